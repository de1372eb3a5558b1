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

import ctypes
import functools
import importlib
import logging
import os
import sys
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


# --------------------------------------------------------------------------- signals
# PySide6 6.12 returns the bool result of SignalInstance.emit() and SignalInstance.disconnect()
# (Py_True / Py_False) without a reference of its own for the caller, so every call from Python
# releases one reference to True that somebody else holds. On Python 3.11 True is an ordinary
# counted object (3.12 made it immortal, which hides the bug there): a few thousand emits, as a
# GUI test file makes, bring its count to zero and the interpreter aborts with "Fatal Python
# error: bool_dealloc: deallocating True or False", usually at exit while garbage-collecting.
# Any signal, any arguments, any receivers (none included); C++ emits are not affected. Found
# by measuring sys.getrefcount(True) around emits; no upstream report was found to cite.
# PySide6 6.11.3 keeps both counts. The same 6.12 build also returns None from every void Qt
# method without a reference; that cannot be given back call by call, only by a PySide6 (or a
# Python >= 3.12) without the defect.
# The workaround gives the reference back, and only where a probe sees it go missing, so it
# switches itself off on a PySide6 that is fixed. Code emits through these helpers, never
# ``.emit()`` directly (tests/gui/test_signal_references.py checks the sources).


class _Probe(QObject):
    ping = Signal()


@functools.cache
def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    probes = 16
    before = sys.getrefcount(True)
    for _ in range(probes):
        probe.ping.emit()
    # Another thread moving True's count during these microseconds can only make this miss
    # the bug (as before this workaround) or see it where it is not (True is then kept by a
    # few references too many: harmless, it is never freed).
    return sys.getrefcount(True) <= before - probes


def _give_back(result: object) -> None:
    if isinstance(result, bool) and _emit_loses_a_reference():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)`` without losing a reference to True (see above)."""
    _give_back(signal.emit(*args))


def disconnect_all(signal: Any) -> None:
    """``signal.disconnect()`` without losing a reference to True (see above)."""
    _give_back(signal.disconnect())


def webengine_loaded() -> bool:
    """True once anything has imported QtWebEngine (startup-cost tests assert it has not)."""
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
    "disconnect_all",
    "emit",
    "is_alive",
    "webengine_loaded",
    *_LAZY,
]
