"""What a screen reader hears: every input, list and button on every window has a name.

The name is what Qt's accessibility interface reports (QAccessible::Name): a button's text, an
accessible name set on the widget, or the text of the label whose buddy the widget is. Windows
from tests/gui/page_walk.py: the start page, each setup page as it first appears and signed in
with content, the repair window.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible  # not re-exported by wizard.ui.qt (the UI needs none)
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea

from tests.gui.page_walk import every_window, look
from wizard.ui.qt import QComboBox, QLabel, QLineEdit, QPlainTextEdit, Qt, QWidget

pytestmark = pytest.mark.gui

#: Widgets the keyboard reaches and a screen reader must be able to name.
NAMED = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractScrollArea)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def unnamed(window: QWidget) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled() and isinstance(widget, NAMED)):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue  # the keyboard never stops here (scroll areas of a page, viewports)
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def fields_without_buddy(window: QWidget) -> list[str]:
    """A label right above or beside an input names it: it must say so (setBuddy), so the
    screen reader reads it and its mnemonic moves the focus there."""
    orphans = []
    for lbl in window.findChildren(QLabel):
        buddy = lbl.buddy()
        if buddy is not None and not buddy.isVisible() and lbl.isVisible():
            orphans.append(f"{lbl.text()!r} names a hidden widget")
    return orphans


@pytest.mark.sim(state="configured")
@pytest.mark.parametrize("theme", ["light"])
def test_every_input_list_and_button_has_a_name(qapp, qtbot, simulator, tmp_path, theme) -> None:
    missing: dict[str, list[str]] = {}
    buddies = 0
    with look(qapp, "en", dark=theme == "dark"):
        for name, window in every_window(qtbot, simulator, tmp_path):
            found = unnamed(window) + fields_without_buddy(window)
            if found:
                missing[name] = found
            buddies += sum(1 for lbl in window.findChildren(QLabel) if lbl.buddy() is not None)
    assert not missing, "\n".join(f"{name}: {found}" for name, found in missing.items())
    assert buddies >= 10  # headings of fields are buddies of their fields


def test_a_button_without_text_or_name_is_reported(qtbot) -> None:
    from wizard.ui.qt import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    silent, named = QPushButton(), QLineEdit()
    named.setAccessibleName("Search users")
    layout.addWidget(silent)
    layout.addWidget(named)
    window.show()
    qtbot.waitExposed(window)
    assert unnamed(window) == ["QPushButton ''"]
