"""Language choice and translators: the app's own catalogue plus Qt's (for Back/Next/Cancel).

Why Qt's ``qtbase_<lang>.qm`` too: QWizard's buttons and QMessageBox's Yes/No are Qt's own
strings, translated only by Qt's catalogue; without it a Japanese wizard would say "Next >".
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from wizard.ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger("wizard.ui.i18n")

SUPPORTED = ("en", "ko", "ja", "zh_CN")
#: Where the built catalogues live (``wizard_<lang>.qm``), inside the package so they ship.
CATALOG_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def pick_language(lang: str | None = None, system: str | None = None) -> str:
    """One of :data:`SUPPORTED`: explicit *lang*, else ``WIZARD_LANG``, else the system locale.

    Accepts the usual spellings (``ja_JP``, ``ko-KR``, ``zh_Hans_CN``, ``zh-CN``); Chinese other
    than Simplified falls back to English rather than showing the wrong script.
    """
    for candidate in (lang, os.environ.get("WIZARD_LANG"), system or QLocale.system().name()):
        if not candidate:
            continue
        chosen = _normalise(candidate)
        if chosen:
            return chosen
    return "en"


def _normalise(value: str) -> str | None:
    parts = value.replace("-", "_").split(".")[0].split("_")
    base = parts[0].lower()
    rest = {p.lower() for p in parts[1:]}
    if base in ("en", "ko", "ja"):
        return base
    if base == "zh":
        if rest & {"hant", "tw", "hk", "mo"}:
            return None
        return "zh_CN"
    return None


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load and install the catalogues for *lang*; returns them (the app must keep them alive)."""
    installed: list[QTranslator] = []
    if lang == "en":
        return installed  # source strings are English; Qt's own English needs no catalogue
    candidates = [
        (CATALOG_DIR, f"wizard_{lang}"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{lang}"),
    ]
    for directory, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            # Not an error: the lead builds the .qm files later; Qt's may be trimmed by packaging.
            log.info("no translation catalogue %s in %s", name, directory)
    QLocale.setDefault(QLocale(lang))
    return installed
