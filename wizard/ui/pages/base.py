"""The base of every page: header, scrollable body, busy indicator, error area, async plumbing.

Why one base (SecureDrop's export wizard does the same): every page must show errors the same
way (what / why / what to do / support ids), cancel its work the same way when the admin goes
Back or closes the window, and drive Next through ``isComplete`` — QWizard calls
``isComplete``/``validatePage`` synchronously, so async work can only *report* completion
(``completeChanged``), never be awaited from them
(https://doc.qt.io/qt-6/qwizardpage.html#isComplete).
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar, cast

from wizard.core.errors import WizardError
from wizard.ui.busy import OpArea
from wizard.ui.context import WizardContext
from wizard.ui.journey import JOURNEY
from wizard.ui.ops import Op
from wizard.ui.page_ids import PageId
from wizard.ui.qt import (
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    is_alive,
)
from wizard.ui.widgets import DemoBanner, NoteBox, bullets, button_row, label


def localize_error(err: WizardError) -> WizardError:
    """Translate the ``operation`` parameter of Graph errors (its source text is marked with
    ``QT_TRANSLATE_NOOP("errors", …)`` where the call is made)."""
    operation = err.params.get("operation") if isinstance(err.params, dict) else None
    if isinstance(operation, str) and operation:
        err.params = {**err.params, "operation": QCoreApplication.translate("errors", operation)}
    return err


class BasePage(QWizardPage):
    """Subclasses set ``page_id``, may declare an intro and fill the body in :meth:`build`;
    the header and where Next leads are the page's row of :data:`~wizard.ui.journey.JOURNEY`."""

    page_id: ClassVar[PageId]
    #: The page's own pace: after a sign-in or a passed test with nothing left to decide, go on
    #: by itself (and the Webex page opens its window when reached). False keeps every page as
    #: the admin left it (tests that look at a finished page).
    moves_on = True
    #: The paragraph the body opens with, kept as ``self.intro``: ``QT_TRANSLATE_NOOP(
    #: "<PageClass>", …)``, the context being the class that declares it, as for a ``self.tr``
    #: written in that class, so the catalogues' (context, source text) keys are the same.
    intro_text: ClassVar[str] = ""

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._complete = True
        self._busy = False
        self.plain_title = ""

        outer = QVBoxLayout(self)
        outer.setContentsMargins(9, 4, 9, 0)  # text lines up with the header's title
        outer.setSpacing(8)
        self.demo_banner = DemoBanner(self)
        self.demo_banner.setVisible(ctx.is_demo)
        outer.addWidget(self.demo_banner)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("PageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.viewport().setAutoFillBackground(False)
        # Not a tab stop: an unnamed scroll area took the first focus, so Enter did nothing.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body_widget = QWidget()
        self.body_widget.setAutoFillBackground(False)
        # Word-wrapped labels report their minimum height at their narrowest width, which makes
        # the scroll area think the body is ~2x taller than it is (a spurious scrollbar). With an
        # explicit tiny minimum, QScrollArea uses the layout's height-for-width instead.
        self.body_widget.setMinimumSize(1, 1)
        self.body_widget.setObjectName("PageBody")
        self.body = QVBoxLayout(self.body_widget)
        self.body.setContentsMargins(0, 6, 2, 0)
        self.body.setSpacing(10)
        self.scroll.setWidget(self.body_widget)
        outer.addWidget(self.scroll, 1)

        #: Busy panel, error panel and the running operation (shared with the repair window).
        self.ops = OpArea(f"page {self.page_id.name}", self)
        self.ops.busy_changed.connect(self._busy_changed)
        self.busy, self.error_panel = self.ops.busy, self.ops.error_panel
        outer.addWidget(self.ops)

        self._show_declared_texts()
        self.build()
        self.body.addStretch(1)

    # ------------------------------------------------------------------ content helpers
    def build(self) -> None:
        """Fill ``self.body`` (under the declared intro). Subclasses override."""

    def _declared(self, name: str) -> tuple[str, Any]:
        """The class-level *name* and its translation context: the class that declares it."""
        cls = next(c for c in type(self).__mro__ if name in vars(c))
        return cls.__name__, vars(cls)[name]

    def _show_declared_texts(self) -> None:
        stage = JOURNEY[self.page_id]
        self.set_header(
            *(QCoreApplication.translate(stage.cls, text) for text in (stage.title, stage.subtitle))
        )
        context, intro = self._declared("intro_text")
        if intro:
            self.intro = self.add_paragraph(QCoreApplication.translate(context, intro))

    def set_header(self, title: str, subtitle: str) -> None:
        """Title (larger, in QWizard's header) and subtitle. ``plain_title`` keeps the text."""
        self.plain_title = title
        # The wizard renders titles as rich text only to size them; the text itself is escaped.
        self.setTitle(f"<span style='font-size:14pt; font-weight:600'>{html.escape(title)}</span>")
        self.setSubTitle(subtitle)

    def add_label(self, text: str = "", *, name: str | None = None, hidden: bool = False) -> QLabel:
        """A label at the end of the body; *hidden* ones are shown when they have something
        to say."""
        widget = label(text, name=name)
        if hidden:  # (showing a widget that has no parent yet would open it as a window)
            widget.hide()
        self.body.addWidget(widget)
        return widget

    def add_paragraph(self, text: str, *, muted: bool = False) -> QLabel:
        return self.add_label(text, name="Muted" if muted else None)

    def add_row(self, *widgets: QWidget) -> QHBoxLayout:
        """Buttons (or a combo box) side by side from the left, at the end of the body."""
        row = button_row(*widgets)
        self.body.addLayout(row)
        return row

    def add_section(self, title: str) -> QLabel:
        if self.body.count():
            self.body.addSpacing(4)
        widget = label(title, name="SectionTitle")
        self.body.addWidget(widget)
        return widget

    def add_bullets(self, items: list[str]) -> QLabel:
        widget = bullets(items)
        self.body.addWidget(widget)
        return widget

    def add_note(self, lines: list[str]) -> NoteBox:
        note = NoteBox()
        note.set_lines(lines)
        self.body.addWidget(note)
        return note

    # ------------------------------------------------------------------ QWizardPage
    def nextId(self) -> int:  # noqa: N802 - Qt override
        following = JOURNEY[self.page_id].next
        return int(following) if following is not None else -1

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._complete and not self._busy and super().isComplete()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.clear_error()
        self.on_enter()
        QTimer.singleShot(0, self._settle_focus)

    def _settle_focus(self) -> None:
        """After a page change the keyboard focus must be somewhere Enter does something: if
        the page gave it to nothing (or QWizard left it on a hidden or busy-panel widget),
        it goes to Next."""
        if not is_alive(self) or self.wizard() is None or self.wizard().currentPage() is not self:
            return
        focus = self.window().focusWidget()  # the window's, even while it is not active
        lost = focus is None or not focus.isVisible() or self.ops.isAncestorOf(focus)
        if lost or not self.isAncestorOf(focus):
            # At once: a page's own focus request queued after this one must win.
            self.focus_next(now=True)

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        # Back: whatever this page started is no longer wanted.
        self.cancel_running()
        self.clear_error()
        self.on_back()
        super().cleanupPage()

    def on_enter(self) -> None:
        """Called each time the page is entered with Next: start the page's work here."""

    def on_back(self) -> None:
        """Called when the admin leaves with Back, after the running work was cancelled."""

    # ------------------------------------------------------------------ keyboard and pace
    def focus_later(self, widget: QWidget) -> None:
        """Give *widget* the keyboard focus once the page is shown (QWizard focuses the page's
        first child after initializePage, so an earlier setFocus would be undone)."""

        def focus() -> None:
            if is_alive(widget) and widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

        QTimer.singleShot(0, focus)

    def focus_next(self, *, now: bool = False) -> None:
        """Nothing to do on the page but go on: the keyboard goes to Next (or Apply, Finish)."""
        wizard = self.wizard()
        if wizard is None:
            return
        for which in (
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        ):
            button = wizard.button(which)
            if button is not None and button.isVisible():
                if now:
                    button.setFocus(Qt.FocusReason.OtherFocusReason)
                else:
                    self.focus_later(button)
                return

    def move_on(self) -> None:
        """Nothing is left to decide on this page: go on as Next would (once, if still here).
        ``moves_on = False`` keeps the page up (tests that look at the finished page)."""

        def go() -> None:
            wizard = self.wizard() if is_alive(self) and self.moves_on else None
            if wizard is not None and wizard.currentPage() is self and self.isComplete():
                wizard.next()

        QTimer.singleShot(0, go)

    # ------------------------------------------------------------------ completion
    def set_complete(self, complete: bool) -> None:
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    # ------------------------------------------------------------------ async work
    def start(self, work: Op[Any] | Awaitable[Any]) -> asyncio.Task[Any]:
        """Run an :class:`Op` (or a coroutine, without Retry) with this page's busy indicator."""
        op = work if isinstance(work, Op) else Op.once(self, work)
        return op.run()

    def track(self, task: asyncio.Task[Any]) -> None:
        """One operation per page: a new one replaces (cancels) the previous one."""
        self.ops.track(task)

    @property
    def task(self) -> asyncio.Task[Any] | None:
        return self.ops.task

    def is_busy(self) -> bool:
        return self._busy

    def cancel_running(self) -> None:
        """Cancel the running operation, if any (Back, wizard closed). Shows nothing."""
        self.ops.cancel_running()
        self.hide_busy()

    def busy_actions(self) -> tuple[QWidget, ...]:
        """Buttons that start the page's own work: disabled while it runs (one at a time)."""
        return ()

    def idle_focus(self) -> QWidget | None:
        """Where the keyboard goes when the work ends (None: where it was)."""
        return None

    def show_busy(self, text: str, on_cancel: Callable[[], None] | None = None) -> None:
        self.ops.show_busy(text, on_cancel)
        if is_alive(self):
            self._enable_busy_actions(False)

    def hide_busy(self) -> None:
        # The task may finish after the window closed: OpArea never touches a deleted widget.
        self.ops.hide_busy()
        if not is_alive(self):
            return
        self._enable_busy_actions(True)
        focus = self.idle_focus()
        if focus is not None:
            self.focus_later(focus)

    def _enable_busy_actions(self, enabled: bool) -> None:
        for button in self.busy_actions():
            button.setEnabled(enabled)

    def _busy_changed(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.completeChanged.emit()
            if not busy:
                QTimer.singleShot(0, self._settle_focus)  # the busy panel's Cancel had it

    # ------------------------------------------------------------------ errors
    def show_error(self, err: WizardError, retry: Callable[[], object] | None = None) -> None:
        self.ops.show_error(err, retry)

    def clear_error(self) -> None:
        self.ops.clear_error()


class LocalizedErrors:
    """Mixin for the Entra pages (all BasePages): Graph errors name the step in the user's
    language, and the tenant is read with the signed-in Graph client."""

    def show_error(self, err: WizardError, retry: Callable[[], object] | None = None) -> None:
        BasePage.show_error(cast(BasePage, self), localize_error(err), retry)

    def lacks_microsoft_signin(self, note: QLabel, text: str) -> bool:
        """True when there is no Microsoft sign-in to read the tenant with (the page was
        reached without one): *note* shows *text*, and Next stays disabled."""
        page = cast(BasePage, self)
        if page.ctx.graph is not None and page.ctx.ms_signin is not None:
            return False
        page.set_complete(False)
        note.setText(text)
        note.show()
        return True

    def read_tenant(
        self,
        work: Callable[[Any], Any],
        progress: str,
        done: Callable[[Any], object],
        *,
        before: Callable[[], object],
    ) -> None:
        """Run *work* with the signed-in Graph client on a worker, showing *progress*, then
        *done* with its answer; *before* clears the last answer, and Next waits for the new
        one. Without a sign-in there is nothing to read."""
        page = cast(BasePage, self)
        client = page.ctx.graph
        if client is None:
            return
        before()
        page.set_complete(False)
        page.start(Op(page, work, client).with_progress(progress).success(done))
