"""The setup wizard window: page ids, page order, window size, Cancel semantics, and the step
list at the side.

Cancel asks for confirmation only when leaving would lose something (a sign-in happened or a
change was made): on the first pages a confirmation is just an extra click. Whatever way the
window closes (Cancel, Escape, the title bar's X, Finish), every page's running operation is
cancelled first, so no task outlives its widgets.
"""

from __future__ import annotations

import functools
import logging
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wizard.ui import warmup
from wizard.ui.context import WizardContext
from wizard.ui.journey import JOURNEY
from wizard.ui.page_ids import PageId
from wizard.ui.pages import page_class
from wizard.ui.qt import (
    QMessageBox,
    QSize,
    Qt,
    QTimer,
    QWidget,
    QWizard,
    Signal,
    is_alive,
)
from wizard.ui.step_list import StepList
from wizard.ui.style import icon
from wizard.ui.widgets import FRAME_ALLOWANCE, Question, fitted_size, in_memory_demo

log = logging.getLogger("wizard.ui")

MIN_SIZE = QSize(860, 620)
#: The pages' 940 px plus the step list.
PREFERRED_SIZE = QSize(1100, 680)

if TYPE_CHECKING:
    from wizard.ui.pages.base import BasePage

__all__ = ["PageId", "SetupWizard"]

#: How long after the first paint the window starts preparing the later pages (a --smoke run,
#: which ends at the first paint, has exited by then).
WARM_UP_AFTER_MS = 100


class SetupWizard(QWizard):
    """Pages are registered by id and built on first use: the first page at once, the others
    in idle slices after the window is shown, or on the spot when asked for first (Next,
    :meth:`page`)."""

    #: The start page's "Check & repair" (False) / "Renew the Webex token" (True); the window
    #: that owns this one (run_gui's open_window) opens repair on it.
    repair_requested = Signal(bool)

    def __init__(
        self,
        ctx: WizardContext,
        parent: QWidget | None = None,
        *,
        start_page: PageId | None = None,
    ) -> None:
        super().__init__(parent)
        # First: Qt may call the overrides below (paintEvent, nextId) while this one runs.
        self._painted = False
        self._showing = False
        self._warm_up_due = True
        self._holds = 0
        self._after_paint: list[Callable[[], object]] = []
        self.ctx = ctx
        self.setObjectName("SetupWizard")
        title = self.tr("Webex Provisioning Wizard")
        if ctx.is_demo:
            title = self.tr("{title} (Demo)").format(title=title)
        self.setWindowTitle(title)
        # ModernStyle renders a proper header (title + subtitle + logo) on every platform,
        # including offscreen; the platform's native style (Aero/Mac) is used where it exists.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(48, 48))
        # Titles are rich text only so BasePage.set_header can size them (text is escaped);
        # subtitles are plain text.
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

        self.pages: dict[PageId, BasePage] = {}
        self._building: set[PageId] = set()
        self.idle = warmup.IdleSlices(self)
        first = start_page if start_page is not None else PageId.WELCOME
        self.build_page(first)
        self.setStartId(int(first))
        self.steps = StepList()
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._show_position)
        #: The repair window opened from the start page (None until then); its operations are
        #: cancelled with this window's.
        self.repair_window: QWidget | None = None

        self._leave_question = Question("ConfirmCancel", self._confirm_finished)
        self._leaving_confirmed = False
        self.setMinimumSize(MIN_SIZE)
        self.fit_to_screen()

    # ------------------------------------------------------------------ geometry
    def fit_to_screen(self) -> None:
        """Preferred size, shrunk to the screen's free area (taskbars included), centred."""
        size, free = fitted_size(self, PREFERRED_SIZE)
        if free is None:
            self.resize(size)
            return
        width, height = size.width(), size.height()
        if width < MIN_SIZE.width() or height < MIN_SIZE.height():
            # A very small screen: fitting on it beats our minimum.
            self.setMinimumSize(min(width, MIN_SIZE.width()), min(height, MIN_SIZE.height()))
        self.resize(width, height)
        self.move(
            free.x() + (free.width() - width) // 2,
            free.y() + max(0, (free.height() - height - FRAME_ALLOWANCE.height()) // 2),
        )

    # ------------------------------------------------------------------ pages
    def build_page(self, page_id: PageId) -> BasePage | None:
        """The page for *page_id*, built (and its module imported) now if it was not yet."""
        page = self.pages.get(page_id)
        if page is not None or page_id in self._building:
            return page  # None only while its own constructor asks for it
        self._building.add(page_id)
        try:
            page = page_class(page_id)(self.ctx, self)
            self.setPage(int(page_id), page)
            self.pages[page_id] = page
        finally:
            self._building.discard(page_id)
        if page_id is PageId.START:
            # The setup pages and the repair window never import each other: the owner connects.
            page.repair_requested.connect(self.repair_requested)  # type: ignore[attr-defined]
        if in_memory_demo(self.ctx):
            page.demo_banner.say_secrets_in_memory()
        return page

    def page(self, page_id: int) -> Any:
        """QWizard.page, building the page first when it is one of ours not built yet."""
        if any(page_id == int(known) for known in JOURNEY):
            self.build_page(PageId(page_id))
        return super().page(page_id)

    def pageIds(self) -> list[int]:  # noqa: N802 - Qt name
        """Every registered page, built or not."""
        return [int(page_id) for page_id in JOURNEY]

    def nextId(self) -> int:  # noqa: N802 - Qt override
        """QWizard asks this before it moves on (the Next button): the page it moves to must
        exist by then. While the window is being shown it is only asked which buttons to show."""
        next_id = super().nextId()
        if next_id >= 0 and self.isVisible() and not self._showing:
            self.build_page(PageId(next_id))
        return next_id

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        self._showing = visible and not self.isVisible()
        try:
            super().setVisible(visible)
        finally:
            self._showing = False

    def next(self) -> None:
        """QWizard.next for Python callers (pages that move on by themselves, tests)."""
        next_id = super().nextId()
        if next_id >= 0:
            self.build_page(PageId(next_id))
        super().next()

    # ------------------------------------------------------------------ after the first paint
    def when_ready(self, fn: Callable[[], object]) -> None:
        """Run *fn* once the first page has painted and nothing holds the window (the demo's
        services starting, a --smoke run that ends at the first paint)."""
        self._after_paint.append(fn)
        self._flush()

    def hold(self) -> None:
        self._holds += 1

    def release(self) -> None:
        self._holds -= 1
        self._flush()

    def _flush(self) -> None:
        if self._painted and self._holds <= 0:
            if self._warm_up_due:
                self._warm_up_due = False
                QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_up)
            waiting, self._after_paint = self._after_paint, []
            for fn in waiting:
                QTimer.singleShot(0, self, fn)

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self._flush()

    def _warm_up(self) -> None:
        """After the first paint: the modules later pages need on a worker thread; the pages
        themselves one per event-loop turn (the window answers in between); then the sign-in
        browser's profile."""
        self.idle.after(warmup.preload())
        for page_id in JOURNEY:
            # Weakly: a queued slice must not keep a closed window alive (Qt deletes it with
            # its Python wrapper, which a reference cycle would leave to the garbage collector,
            # at any moment, even inside one of its own events).
            self.idle.add(f"page {page_id.name}", functools.partial(_build_weakly, weakref.ref(self), page_id))
        self.idle.add("browser", warmup.prepare_browser)

    def current_page_id(self) -> PageId | None:
        current = self.currentId()
        return PageId(current) if current >= 0 else None

    def cancel_all_operations(self) -> None:
        for page in self.pages.values():
            page.cancel_running()
        repair = self.repair_window
        if repair is not None and is_alive(repair):
            repair.cancel_all_operations()  # type: ignore[attr-defined]

    def _show_position(self, current: int) -> None:
        page_id = PageId(current) if current >= 0 else None
        self.steps.setVisible(page_id is not PageId.START)
        visited = [PageId(i) for i in self.visitedIds() if i >= 0]
        self.steps.show_position(page_id, visited)

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        """Cancel / Escape / window close. Asks first only when work would be lost."""
        if self.ctx.progress_made() and not self._leaving_confirmed:
            self._ask_to_leave()
            return
        self.cancel_all_operations()
        super().reject()

    def done(self, result: int) -> None:
        self.cancel_all_operations()
        super().done(result)

    def _ask_to_leave(self) -> None:
        texts = (
            self.tr("Stop the setup?"),
            self.tr(
                "You have already signed in or made changes. Changes already made stay in "
                "place; you can run the wizard again later to finish or repair the setup."
            ),
            self.tr("Stop setup"),
            self.tr("Continue setup"),
        )
        self._leave_question.ask(self, texts)

    @property
    def _confirm(self) -> QMessageBox | None:
        """The open "Stop the setup?" box (the screenshot walk answers it)."""
        return self._leave_question.box

    def _confirm_finished(self, stop: bool) -> None:
        if stop:
            self._leaving_confirmed = True
            log.info("setup cancelled by the user after progress was made")
            self.reject()


def _build_weakly(wizard: weakref.ref[SetupWizard], page_id: PageId) -> None:
    window = wizard()
    if window is not None and is_alive(window):
        window.build_page(page_id)
