"""Look and feel: fonts that cover CJK, one small stylesheet, and the app's icons.

Why no hard-coded font: "Segoe UI" does not exist on Linux and "Noto Sans CJK" not on a stock
Windows. We keep the platform's default UI font first and add a fallback list per language, so
Qt picks the right Han glyph variants (Japanese vs Korean vs Simplified Chinese) when the
default font lacks them.
"""

from __future__ import annotations

from pathlib import Path

from wizard.ui.qt import QApplication, QFont, QIcon, QStyle

#: Fallback families per language, most specific first; missing ones are skipped by Qt.
CJK_FALLBACKS: dict[str, list[str]] = {
    "ja": ["Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP"],
    "ko": ["Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "Noto Sans KR"],
    "zh_CN": ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC"],
}
#: Latin UI families tried after the platform default, then a CJK set for names in any script.
UI_FALLBACKS = ["Segoe UI", "SF Pro Text", "Helvetica Neue", "Noto Sans", "DejaVu Sans", "Arial"]
MIN_POINT_SIZE = 10.0

ACCENT = "#0b5cab"
ERROR = "#b42318"

#: Kept short on purpose: the platform style does the rest, so the app feels native.
STYLESHEET = f"""
QLabel#PageLead {{ font-size: 11pt; }}
QLabel#Muted {{ color: palette(placeholder-text); }}
QLabel#SectionTitle {{ font-weight: 600; }}
QLabel#InlineError {{ color: {ERROR}; }}
QFrame#DemoBanner {{
    background: #fff4d6; border: 1px solid #e7b416; border-radius: 4px;
}}
QFrame#DemoBanner QLabel {{ color: #5c4400; }}
QFrame#Note {{
    background: #eef4fb; border: 1px solid #b9d2ee; border-radius: 4px;
}}
QFrame#Note QLabel {{ color: #1d3a5c; }}
QFrame#ErrorPanel {{
    background: #fdf0ef; border: 1px solid #f0b8b3; border-radius: 4px;
}}
QFrame#ErrorPanel QLabel {{ color: #3d1410; }}
QLabel#ErrorTitle {{ font-weight: 600; color: {ERROR}; }}
QLabel#CorrelationIds {{ font-family: monospace; font-size: 9pt; }}
QFrame#BusyPanel QLabel {{ color: palette(text); }}
QFrame#AddressBar {{ border-bottom: 1px solid palette(mid); }}
QLabel#AddressHost {{ font-weight: 600; }}
QToolButton#AdvancedToggle {{ border: none; padding: 2px 0; }}
"""


def icon_dirs() -> list[Path]:
    """Icons ship inside the package (``wizard/resources/icons``) so installs and freezes find them."""
    return [Path(__file__).resolve().parents[1] / "resources" / "icons"]


def icon(name: str, fallback: QStyle.StandardPixmap | None = None) -> QIcon:
    """An SVG from the icon folders, else the style's standard icon, else an empty icon."""
    for directory in icon_dirs():
        path = directory / f"{name}.svg"
        if path.is_file():
            return QIcon(str(path))
    app = QApplication.instance()
    if fallback is not None and isinstance(app, QApplication):
        # Hold the style in a local: chaining app.style().standardIcon() on a temporary wrapper
        # crashed once under a long test session after the style sheet had been replaced.
        style = app.style()
        if style is not None:
            return QIcon(style.standardIcon(fallback))
    return QIcon()


def ui_font(base: QFont, lang: str) -> QFont:
    font = QFont(base)
    families = [base.family(), *UI_FALLBACKS, *CJK_FALLBACKS.get(lang, [])]
    for other, names in CJK_FALLBACKS.items():
        if other != lang:
            families.extend(names)  # names of people in other scripts still render
    seen: list[str] = []
    for family in families:
        if family and family not in seen:
            seen.append(family)
    font.setFamilies(seen)
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    return font


def apply_look(app: QApplication, lang: str) -> None:
    app.setFont(ui_font(app.font(), lang))
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(icon("app"))
