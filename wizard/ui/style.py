"""Look and feel: fonts that cover CJK, one small stylesheet, and the app's icons.

Why no hard-coded font: "Segoe UI" does not exist on Linux and "Noto Sans CJK" not on a stock
Windows. We keep the platform's default UI font first and add a fallback list per language, so
Qt picks the right Han glyph variants (Japanese vs Korean vs Simplified Chinese) when the
default font lacks them.
"""

from __future__ import annotations

from pathlib import Path

from wizard.ui.qt import QApplication, QColor, QFont, QIcon, QPalette, QStyle

#: Fallback families per language, most specific first; missing ones are skipped by Qt.
CJK_FALLBACKS: dict[str, list[str]] = {
    "ja": ["Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP"],
    "ko": ["Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "Noto Sans KR"],
    "zh_CN": ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC"],
}
#: Latin UI families tried after the platform default, then a CJK set for names in any script.
UI_FALLBACKS = ["Segoe UI", "SF Pro Text", "Helvetica Neue", "Noto Sans", "DejaVu Sans", "Arial"]
MIN_POINT_SIZE = 10.0

#: Text colours for status words, inline errors and muted notes, one set for a light window and one
#: for a dark one, each at least 4.5:1 against the window background (WCAG 2.1 success criterion
#: 1.4.3, https://www.w3.org/TR/WCAG21/#contrast-minimum). The GitHub-style greens and reds of a
#: light theme fall to about 2:1 on a dark window, so the colour follows the palette in use.
#: A status is never told by colour alone: the word (and an icon where there is room) says it.
STATUS_COLOURS: dict[bool, dict[str, str]] = {
    False: {
        "ok": "#116329",
        "warning": "#7d4e00",
        "error": "#a4161a",
        "muted": "#505860",
        "accent": "#0a4f94",
    },
    True: {
        "ok": "#6fdd8b",
        "warning": "#f0c75e",
        "error": "#ffa198",
        "muted": "#c0c8d0",
        "accent": "#8cc8ff",
    },
}
#: Window backgrounds of the platforms' light themes go down to about this grey (Windows f0f0f0,
#: macOS ececec, GNOME f6f5f4, Fusion efefef); the light colours are checked against it too.
DARKEST_LIGHT_WINDOW = "#e8e8e8"


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (a dark system theme or the dark palette)."""
    if palette is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def colour(kind: str, palette: QPalette | None = None) -> str:
    """The text colour for *kind* (ok, warning, error, muted, accent) on the current palette."""
    return STATUS_COLOURS[is_dark(palette)][kind]


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio of two colours (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio)."""

    def luminance(name: str) -> float:
        c = QColor(name)
        channels = []
        for value in (c.redF(), c.greenF(), c.blueF()):
            channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    """A complete dark palette (what a dark system theme gives the Fusion style).

    Every role is set, the indicator roles too: a half-set palette leaves radio buttons and
    check boxes drawn dark-on-dark, where they all but vanish.
    """
    roles = QPalette.ColorRole
    values = {
        roles.Window: "#2b2b2b",
        roles.WindowText: "#ececec",
        roles.Base: "#1f1f1f",
        roles.AlternateBase: "#333333",
        roles.ToolTipBase: "#3a3a3a",
        roles.ToolTipText: "#ececec",
        roles.PlaceholderText: "#b4b4b4",
        roles.Text: "#ececec",
        roles.Button: "#3a3a3a",
        roles.ButtonText: "#ececec",
        roles.BrightText: "#ffffff",
        roles.Light: "#5a5a5a",
        roles.Midlight: "#484848",
        roles.Mid: "#8a8a8a",
        roles.Dark: "#a0a0a0",
        roles.Shadow: "#000000",
        roles.Highlight: "#2a65ae",
        roles.HighlightedText: "#ffffff",
        roles.Link: STATUS_COLOURS[True]["accent"],
        roles.LinkVisited: "#c8a2ff",
    }
    palette = QPalette()
    for role, name in values.items():
        palette.setColor(role, QColor(name))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def stylesheet(dark: bool) -> str:
    """Kept short on purpose: the platform style does the rest, so the app feels native."""
    c = STATUS_COLOURS[dark]
    return f"""
QLabel#PageLead {{ font-size: 11pt; }}
QLabel#Muted {{ color: {c["muted"]}; }}
QLabel#SectionTitle {{ font-weight: 600; }}
QLabel#InlineError {{ color: {c["error"]}; }}
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
QLabel#ErrorTitle {{ font-weight: 600; color: {STATUS_COLOURS[False]["error"]}; }}
QLabel#CorrelationIds {{ font-family: monospace; font-size: 9pt; }}
QFrame#BusyPanel QLabel {{ color: palette(text); }}
QFrame#AddressBar {{ border-bottom: 1px solid palette(mid); }}
QLabel#AddressHost {{ font-weight: 600; }}
QToolButton#AdvancedToggle {{ border: none; padding: 2px 0; }}
""" + (_DARK_CONTROLS.replace("@ICONS@", icon_dirs()[0].as_posix()) if dark else "")


#: On a dark palette Fusion outlines radio buttons, check boxes and fields with the window colour
#: made darker, so they all but vanish: draw them with a light outline (non-text contrast >= 3:1,
#: https://www.w3.org/TR/WCAG21/#non-text-contrast) and keep the command links' arrow light.
_DARK_CONTROLS = """
QRadioButton::indicator, QCheckBox::indicator {
    width: 14px; height: 14px; border: 1px solid #b4b4b4; background: #1f1f1f;
}
QRadioButton::indicator { border-radius: 8px; }
QRadioButton::indicator:checked {
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 #8cc8ff, stop:0.45 #8cc8ff, stop:0.55 #1f1f1f, stop:1 #1f1f1f);
}
QCheckBox::indicator:checked { background: #8cc8ff; image: url(@ICONS@/check-on-dark.svg); }
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled { border-color: #6e6e6e; }
QLineEdit, QPlainTextEdit {
    border: 1px solid #8a8a8a; border-radius: 2px; padding: 2px; background: palette(base);
}
QLineEdit:focus, QPlainTextEdit:focus { border-color: #8cc8ff; }
QCommandLinkButton { qproperty-icon: url(@ICONS@/go-on-dark.svg); }
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
    app.setStyleSheet(stylesheet(is_dark(app.palette())))
    app.setWindowIcon(icon("app"))
