"""The one place the app imports Qt from (qutebrowser's ``qt/`` shim, reduced to one module).

Why a shim: the binding is chosen once (PySide6; ``QT_API`` is pinned so qasync agrees), the
set of Qt names the product uses is visible in one file, and nothing outside ``wizard/ui/``
can grow a Qt dependency by accident — ``wizard/`` below ``ui/`` stays testable without a screen.

QtWebEngine is deliberately NOT imported here at module load: it costs hundreds of
milliseconds and starts Chromium machinery, and most sessions open a browser only at the
sign-in pages. Its names resolve lazily on first attribute access (PEP 562), so
``from wizard.ui.qt import QWebEngineView`` inside a function imports it then, not at startup.
"""

from __future__ import annotations

import importlib
import logging
import os
from typing import Any

# qasync picks the first binding it finds unless told; another binding in the environment must
# never win (qasync issue #23), not even one named in the user's own QT_API. Set before anything
# imports qasync.
if os.environ.get("QT_API", "").strip().lower() not in ("pyside6", "pyside"):
    os.environ["QT_API"] = "pyside6"
# qasync's DEBUG lines format the repr of every callback, including Qt objects that may already
# be deleted; with the app at DEBUG that raised inside the event loop. Its chatter is not ours.
logging.getLogger("qasync").setLevel(logging.INFO)

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QCryptographicHash,
    QDateTime,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import delete as delete_now  # noqa: E402
from shiboken6 import isValid as is_alive  # noqa: E402

#: Names imported only when first used: QtWebEngine must not load at startup.
_LAZY: dict[str, str] = {
    "QWebEngineProfile": "PySide6.QtWebEngineCore",
    "QWebEnginePage": "PySide6.QtWebEngineCore",
    "QWebEngineNavigationRequest": "PySide6.QtWebEngineCore",
    "QWebEngineCertificateError": "PySide6.QtWebEngineCore",
    "QWebEngineSettings": "PySide6.QtWebEngineCore",
    "QWebEngineView": "PySide6.QtWebEngineWidgets",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def webengine_loaded() -> bool:
    """True once anything has imported QtWebEngine (startup-cost tests assert it has not)."""
    import sys

    return "PySide6.QtWebEngineCore" in sys.modules


__all__ = [
    "QApplication",
    "QBrush",
    "QButtonGroup",
    "QCheckBox",
    "QCommandLinkButton",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QCryptographicHash",
    "QDateTime",
    "QDesktopServices",
    "QDialog",
    "QEvent",
    "QEventLoop",
    "QFileDialog",
    "QFont",
    "QFrame",
    "QGridLayout",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QImage",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QLocale",
    "QMessageBox",
    "QPlainTextEdit",
    "QObject",
    "QPalette",
    "QPoint",
    "QProgressBar",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QScrollArea",
    "QSize",
    "QSizePolicy",
    "QStyle",
    "QTextLayout",
    "QTimer",
    "QToolButton",
    "QTranslator",
    "QTreeWidget",
    "QTreeWidgetItem",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "QWizard",
    "QWizardPage",
    "Qt",
    "Signal",
    "Slot",
    "delete_now",
    "is_alive",
    "webengine_loaded",
    *_LAZY,
]
