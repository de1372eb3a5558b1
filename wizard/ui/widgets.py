"""Small reusable widgets: error panel, busy indicator, demo banner, notes and text blocks; the
builders the pages and windows share for the groups they all make (button rows, columns and
grids, framed boxes, captions beside values, list rows, inputs, a window's size on the screen)
and the one-at-a-time yes/no question.

Every label that can show text from a server or a user is ``Qt.PlainText``: a service's error
message must never be interpreted as HTML (it could hide text or fake a link).
"""

from __future__ import annotations

import html
import weakref
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from wizard.core.errors import WizardError
from wizard.core.logs import redact
from wizard.ui.qt import (
    QCoreApplication,
    QFrame,
    QGridLayout,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRect,
    QSize,
    QSizePolicy,
    QStyle,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from wizard.ui.style import icon

CONTEXT = "widgets"


#: Room left for a window's frame and title bar (and a taskbar on a 1366x768 screen).
FRAME_ALLOWANCE = QSize(24, 48)


def fitted_size(
    window: QWidget, preferred: QSize, allowance: QSize = FRAME_ALLOWANCE
) -> tuple[QSize, QRect | None]:
    """*preferred*, shrunk to the free area of the window's screen (taskbars excluded) less
    *allowance*; and that free area, or None when there is no screen to fit."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return preferred, None
    free = screen.availableGeometry()
    return (
        QSize(
            min(preferred.width(), free.width() - allowance.width()),
            min(preferred.height(), free.height() - allowance.height()),
        ),
        free,
    )


def tr_error(template: str, err: WizardError) -> str:
    """Translate one part of an error (context "errors") and fill in its parameters."""
    translated = QCoreApplication.translate("errors", template)
    try:
        return translated.format(**err.params)
    except (KeyError, IndexError, ValueError):
        # A broken translation must not hide the error: fall back to the English source.
        return template.format(**err.params)


def correlation_text(err: WizardError) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(err.correlation.items()))


W = TypeVar("W", bound=QWidget)
L = TypeVar("L", QVBoxLayout, QHBoxLayout, QGridLayout)


def named(widget: W, name: str, heading: QLabel | None = None) -> W:
    """*widget* with the name a screen reader says for it; *heading*, the label above it,
    becomes its buddy (its mnemonic moves the focus there)."""
    widget.setAccessibleName(name.replace("&", ""))
    if heading is not None:
        heading.setBuddy(widget)
    return widget


def label(text: str = "", *, name: str | None = None, rich: bool = False) -> QLabel:
    """A wrapping, selectable label; plain text unless *rich* (only for our own markup)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        widget.setObjectName(name)
    return widget


def push_button(
    text: str, name: str, slot: Callable[..., object], *, default: bool = False
) -> QPushButton:
    """A button with its objectName (tests, the stylesheet and the keyboard journey find it by
    it) and what a click does; *default*: Enter on the page presses it."""
    button = QPushButton(text)
    button.setObjectName(name)
    if default:
        button.setDefault(True)
    button.clicked.connect(slot)
    return button


def button_row(*buttons: QWidget, trailing: Iterable[QWidget] = ()) -> QHBoxLayout:
    """Buttons side by side from the left edge; *trailing* ones pushed to the right edge."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    for button in trailing:
        row.addWidget(button)
    return row


def column_box(
    name: str | None = None, *, top: int = 0, left: int = 0, spacing: int = 4
) -> tuple[QWidget, QVBoxLayout]:
    """A widget holding a column of others (shown and hidden as one), flush with the page's
    text except for the *top* gap and *left* indent."""
    box = QWidget()
    if name:
        box.setObjectName(name)
    column = QVBoxLayout(box)
    column.setContentsMargins(left, top, 0, 0)
    column.setSpacing(spacing)
    return box, column


def framed_box(name: str, layout: type[L], margins: tuple[int, int, int, int]) -> tuple[QFrame, L]:
    """A frame the stylesheet draws by its *name* (a note card, the sign-in window's address
    bar) around a *layout* set in from its edges by *margins* (left, top, right, bottom)."""
    box = QFrame()
    box.setObjectName(name)
    inner = layout(box)
    inner.setContentsMargins(*margins)
    return box, inner


def caption_rows(
    grid: QGridLayout,
    rows: Iterable[tuple[str, QLabel]],
    *,
    first: int = 0,
    name: str = "Muted",
    wrap: bool = True,
) -> list[QLabel]:
    """Captions beside their values, a row each from row *first* of *grid*: the caption (a
    label named *name*, kept on one line unless *wrap*) at the top of its row, the value taking
    the width left. Returns the captions."""
    captions = []
    for row, (text, value) in enumerate(rows, start=first):
        caption = label(text, name=name)
        caption.setWordWrap(wrap)
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1)
        captions.append(caption)
    grid.setColumnStretch(1, 1)
    return captions


def grid_box(
    name: str, *, row_spacing: int, column_spacing: int | None = None
) -> tuple[QWidget, QGridLayout]:
    """A widget holding a grid (a list of rows, a table of captions and values), flush with
    the page's text."""
    box = QWidget()
    box.setObjectName(name)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setVerticalSpacing(row_spacing)
    if column_spacing is not None:
        grid.setHorizontalSpacing(column_spacing)
    return box, grid


def line_edit(
    name: str, text: str = "", *, placeholder: str = "", max_width: int | None = None
) -> QLineEdit:
    """A one-line input with its objectName, an optional grey hint and an optional width cap
    (so an address field does not run across a wide window)."""
    edit = QLineEdit(text)
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    if max_width is not None:
        edit.setMaximumWidth(max_width)
    return edit


def list_row_grid(
    row: QFrame,
    mark: QLabel,
    title: QLabel,
    detail: QLabel,
    *,
    mark_width: int,
    side: QLabel | None = None,
    line_spacing: int = 1,
) -> QGridLayout:
    """The layout of one line of a list of steps or checks: a one-line *mark* (status or
    number) top left, the *title* beside it, an optional one-line *side* note on the right,
    the *detail* under the title."""
    grid = QGridLayout(row)
    grid.setContentsMargins(0, 2, 0, 2)
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(line_spacing)
    mark.setWordWrap(False)
    mark.setMinimumWidth(mark_width)
    grid.addWidget(mark, 0, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(title, 0, 1)
    if side is not None:
        side.setWordWrap(False)
        grid.addWidget(side, 0, 2, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(detail, 1, 1, 1, 2 if side is not None else 1)
    grid.setColumnStretch(1, 1)
    return grid


def value_label(name: str) -> QLabel:
    """One unwrapped value the admin may copy (a host name, a sign-in code): plain text, since
    it comes from a server."""
    widget = QLabel()
    widget.setObjectName(name)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def bullets(items: Iterable[str]) -> QLabel:
    """A bulleted list; items are escaped, so translations cannot inject markup."""
    rows = "".join(f"<li style='margin-bottom:4px'>{html.escape(item)}</li>" for item in items)
    widget = label(f"<ul style='margin-left:-18px'>{rows}</ul>", rich=True)
    return widget


class NoteBox(QFrame):
    """A calm, boxed note (e.g. "this address is unconfirmed")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Note")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 8)
        self._layout.setSpacing(4)
        self._labels: list[QLabel] = []

    def set_lines(self, lines: list[str]) -> None:
        for old in self._labels:
            self._layout.removeWidget(old)
            old.deleteLater()
        self._labels = [label(line) for line in lines]
        for widget in self._labels:
            self._layout.addWidget(widget)
        self.setVisible(bool(lines))

    def texts(self) -> list[str]:
        return [widget.text() for widget in self._labels]


def ask_yes_no(
    parent: QWidget, name: str, texts: tuple[str, str, str, str], on_answer: Callable[[bool], None]
) -> QMessageBox:
    """A window-modal question (*texts*: question, explanation, Yes's text, No's text); No is
    the default, so Enter never does the irreversible thing. ``open()``, not ``exec()``: a nested
    event loop inside qasync breaks running tasks (qasync #59). *on_answer* gets True for Yes."""
    question, explanation, yes_text, no_text = texts
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.window().windowTitle())
    box.setText(question)
    box.setInformativeText(explanation)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.No).setText(no_text)
    box.finished.connect(
        lambda _result: on_answer(box.clickedButton() is box.button(QMessageBox.StandardButton.Yes))
    )
    box.open()
    return box


class Question:
    """A yes/no question (see :func:`ask_yes_no`) that is open at most once: asking again while
    it is up does nothing (a second Cancel or click), and the box is deleted once answered.
    *on_answer*, a method of the window that asks, gets True for Yes; :attr:`box` is the open
    box (tests answer it). The method is held weakly: the window owns its question, and a
    reference back would keep a closed window alive until the next garbage collection."""

    def __init__(self, name: str, on_answer: Callable[[bool], None]) -> None:
        self._name = name
        self._on_answer = weakref.WeakMethod(on_answer)
        self.box: QMessageBox | None = None

    def ask(self, parent: QWidget, texts: tuple[str, str, str, str]) -> None:
        if self.box is not None and self.box.isVisible():
            return
        self.box = ask_yes_no(parent, self._name, texts, self._answered)

    def _answered(self, yes: bool) -> None:
        box, self.box = self.box, None
        on_answer = self._on_answer()
        if box is None or on_answer is None:
            return
        box.deleteLater()
        on_answer(yes)


def in_memory_demo(ctx: Any) -> bool:
    """A demo whose secrets live in memory because no keyring answered (not because the admin
    chose "don't remember secrets"): its banner says so."""
    store = ctx.secret_store
    chosen = not getattr(ctx.services, "remember_secrets", True)
    return bool(ctx.is_demo) and store is not None and not store.remembers and not chosen


class DemoBanner(QFrame):
    """Shown on every page in demo mode, so no one mistakes the simulator for their tenant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DemoBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = label(
            QCoreApplication.translate(
                "DemoBanner",
                "Demo mode: every sign-in and change goes to a simulator on this computer. "
                "Your real Microsoft tenant and Webex organization are not touched.",
            )
        )
        layout.addWidget(self.text)

    def say_secrets_in_memory(self) -> None:
        """No usable keyring on this computer: the demo keeps its (fake) secrets in memory."""
        self.text.setText(
            QCoreApplication.translate(
                "DemoBanner",
                "Demo mode: every sign-in and change goes to a simulator on this computer. "
                "Your real Microsoft tenant and Webex organization are not touched. No system "
                "keyring was found, so the demo keeps its sign-ins in memory until it closes.",
            )
        )


class BusyPanel(QFrame):
    """Indeterminate progress, what is happening, and a Cancel for the running operation."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BusyPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        self.status = label()
        self.cancel_button = QPushButton(QCoreApplication.translate("BusyPanel", "Cancel"))
        self.cancel_button.setObjectName("CancelOperation")
        self.cancel_button.clicked.connect(self.cancel_requested)
        row.addWidget(self.status, 1)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # indeterminate: we rarely know how long a service takes
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        self.hide()

    def start(self, text: str) -> None:
        self.status.setText(text)
        self.cancel_button.setEnabled(True)
        self.show()

    def stop(self) -> None:
        self.hide()


class ErrorPanel(QFrame):
    """What happened / why / what to do next / support ids; selectable, copyable, retryable."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorPanel")
        self._error: WizardError | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.setSpacing(10)
        self.icon = QLabel()
        self.icon.setPixmap(
            icon("error", QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(24, 24)
        )
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.what = label(name="ErrorTitle")
        self.why = label()
        self.fix = label()
        self.ids = label(name="CorrelationIds")
        for widget in (self.what, self.why, self.fix, self.ids):
            column.addWidget(widget)
        self.copy_button = push_button(
            QCoreApplication.translate("ErrorPanel", "Copy details"), "CopyDetails", self.copy_details
        )
        self.retry_button = push_button(
            QCoreApplication.translate("ErrorPanel", "Retry"), "Retry", self.retry_requested
        )
        column.addLayout(button_row(trailing=(self.copy_button, self.retry_button)))
        outer.addLayout(column, 1)
        self.hide()

    @property
    def error(self) -> WizardError | None:
        return self._error

    def show_error(self, err: WizardError, *, can_retry: bool) -> None:
        self._error = err
        self.what.setText(tr_error(err.what, err))
        self.why.setText(tr_error(err.why, err))
        self.why.setVisible(bool(err.why))
        self.fix.setText(
            QCoreApplication.translate("ErrorPanel", "What to do next: {fix}").format(
                fix=tr_error(err.fix, err)
            )
        )
        ids = correlation_text(err)
        self.ids.setText(
            QCoreApplication.translate("ErrorPanel", "Support ids: {ids}").format(ids=ids)
        )
        self.ids.setVisible(bool(ids))
        self.retry_button.setVisible(can_retry)
        self.show()

    def clear(self) -> None:
        self._error = None
        self.hide()

    def details_text(self) -> str:
        """Everything a support engineer needs, in the user's language, plus the error code."""
        if self._error is None:
            return ""
        lines = [self.what.text(), self.why.text(), self.fix.text()]
        if self.ids.isVisibleTo(self):
            lines.append(self.ids.text())
        lines.append(
            QCoreApplication.translate("ErrorPanel", "Error type: {code}").format(
                code=self._error.code
            )
        )
        return "\n".join(line for line in lines if line)

    def copy_details(self) -> None:
        # Defence in depth: errors carry no secrets, but the clipboard leaves the app.
        QGuiApplication.clipboard().setText(redact(self.details_text()))
