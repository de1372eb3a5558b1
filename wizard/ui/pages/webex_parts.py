"""Small parts of the Webex sign-in page: dates in the admin's locale, and the flat toggles
that open a part of the page."""

from __future__ import annotations

from collections.abc import Callable

from wizard.ui.qt import QDateTime, QLocale, Qt, QToolButton


def local_date(epoch: float) -> str:
    """The date in the user's locale (QLocale's default follows the chosen UI language)."""
    moment = QDateTime.fromSecsSinceEpoch(int(epoch))
    return QLocale().toString(moment.date(), QLocale.FormatType.LongFormat)


def disclosure(text: str, name: str, slot: Callable[[bool], None]) -> QToolButton:
    """A flat "▸ text" toggle that opens a part of the page (like the Environment page's
    "Advanced"), its arrow following its state."""
    toggle = QToolButton()
    toggle.setObjectName(name)
    toggle.setText(text)
    toggle.setCheckable(True)
    toggle.setAutoRaise(True)
    toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toggle.setArrowType(Qt.ArrowType.RightArrow)
    toggle.setStyleSheet("QToolButton { border: none; padding: 2px 0; }")
    toggle.toggled.connect(
        lambda open_: toggle.setArrowType(
            Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow
        )
    )
    toggle.toggled.connect(slot)
    return toggle
