"""The setup wizard window: page ids, page order, window size, Cancel semantics, and the step
list at the side.

Cancel asks for confirmation only when leaving would lose something (a sign-in happened or a
change was made): on the first pages a confirmation is just an extra click. Whatever way the
window closes (Cancel, Escape, the title bar's X, Finish), every page's running operation is
cancelled first, so no task outlives its widgets.
"""

from __future__ import annotations

import logging

from wizard.ui.context import WizardContext
from wizard.ui.page_ids import PageId
from wizard.ui.pages import PAGE_CLASSES, BasePage
from wizard.ui.qt import QGuiApplication, QMessageBox, QSize, Qt, QWidget, QWizard, is_alive
from wizard.ui.step_list import StepList
from wizard.ui.style import icon
from wizard.ui.widgets import ask_yes_no, in_memory_demo

log = logging.getLogger("wizard.ui")

MIN_SIZE = QSize(860, 620)
#: The pages' 940 px plus the step list.
PREFERRED_SIZE = QSize(1100, 680)
#: Room left for the window frame, title bar and a taskbar on a 1366x768 screen.
FRAME_ALLOWANCE = QSize(24, 48)

__all__ = ["PageId", "SetupWizard"]


class SetupWizard(QWizard):
    def __init__(
        self,
        ctx: WizardContext,
        parent: QWidget | None = None,
        *,
        start_page: PageId | None = None,
    ) -> None:
        super().__init__(parent)
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
        for cls in PAGE_CLASSES:
            page = cls(ctx, self)
            self.setPage(int(cls.page_id), page)
            self.pages[cls.page_id] = page
        self.setStartId(int(start_page if start_page is not None else PageId.WELCOME))
        self.steps = StepList()
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._show_position)
        # The window that owns this one (run_gui's open_window) opens repair on this signal:
        # the setup pages and the repair window never import each other.
        self.repair_requested = self.pages[PageId.START].repair_requested  # type: ignore[attr-defined]
        if in_memory_demo(ctx):
            for page in self.pages.values():
                page.demo_banner.say_secrets_in_memory()
        #: The repair window opened from the start page (None until then); its operations are
        #: cancelled with this window's.
        self.repair_window: QWidget | None = None

        self._confirm: QMessageBox | None = None
        self._leaving_confirmed = False
        self.setMinimumSize(MIN_SIZE)
        self.fit_to_screen()

    # ------------------------------------------------------------------ geometry
    def fit_to_screen(self) -> None:
        """Preferred size, shrunk to the screen's free area (taskbars included), centred."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(PREFERRED_SIZE)
            return
        free = screen.availableGeometry()
        width = min(PREFERRED_SIZE.width(), free.width() - FRAME_ALLOWANCE.width())
        height = min(PREFERRED_SIZE.height(), free.height() - FRAME_ALLOWANCE.height())
        if width < MIN_SIZE.width() or height < MIN_SIZE.height():
            # A very small screen: fitting on it beats our minimum.
            self.setMinimumSize(min(width, MIN_SIZE.width()), min(height, MIN_SIZE.height()))
        self.resize(width, height)
        self.move(
            free.x() + (free.width() - width) // 2,
            free.y() + max(0, (free.height() - height - FRAME_ALLOWANCE.height()) // 2),
        )

    # ------------------------------------------------------------------ pages
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
        if self._confirm is not None and self._confirm.isVisible():
            return
        texts = (
            self.tr("Stop the setup?"),
            self.tr(
                "You have already signed in or made changes. Changes already made stay in "
                "place; you can run the wizard again later to finish or repair the setup."
            ),
            self.tr("Stop setup"),
            self.tr("Continue setup"),
        )
        self._confirm = ask_yes_no(self, "ConfirmCancel", texts, self._confirm_finished)

    def _confirm_finished(self, stop: bool) -> None:
        box, self._confirm = self._confirm, None
        if box is None:
            return
        box.deleteLater()
        if stop:
            self._leaving_confirmed = True
            log.info("setup cancelled by the user after progress was made")
            self.reject()
