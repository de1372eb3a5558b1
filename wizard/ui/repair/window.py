"""The repair window (``--repair``, ``run_gui(..., start_page="repair")``).

Why its own window and not a page of the setup wizard: repair is not a step of setup — it has
no Back/Next, it is opened on its own after an outage, and "Re-create" hands over to the setup
wizard and comes back. Keeping it out of the wizard's page order also keeps the setup journey
(and its tests) exactly as it is.

It offers the same surface :func:`wizard.ui.app.run_gui` uses on the setup wizard:
``finished``, ``cancel_all_operations()`` and ``current_page_id()``.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from wizard.ui.context import WizardContext
from wizard.ui.page_ids import PageId
from wizard.ui.qt import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSize,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from wizard.ui.repair.page import RepairPage
from wizard.ui.style import icon
from wizard.ui.widgets import DemoBanner, fitted_size, in_memory_demo, label

log = logging.getLogger("wizard.ui.repair")

PREFERRED_SIZE = QSize(940, 680)
MIN_SIZE = QSize(760, 560)
#: The setup page Re-create opens: signing in again is quick (silent from the cache) and the
#: pre-flight and gallery pages that follow find what still exists and create what is missing.
RECREATE_START = PageId.MS_SIGNIN


class RepairWindow(QDialog):
    def __init__(
        self, ctx: WizardContext, parent: QWidget | None = None, *, renew: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("RepairWindow")
        name = self.tr("Repair Webex provisioning")
        title = name
        if ctx.is_demo:
            title = self.tr("{title} (Demo)").format(title=title)
        self.setWindowTitle(title)
        self.setup_wizard: Any = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(40, 40))
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        self.title_label = QLabel(
            f"<span style='font-size:14pt; font-weight:600'>{html.escape(name)}</span>"
        )
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setObjectName("RepairTitle")
        titles.addWidget(self.title_label)
        titles.addWidget(
            label(
                self.tr(
                    "The wizard checks every link from Entra ID to Webex and says what is "
                    "broken, why, and how to fix it. Nothing changes until you click a Fix."
                ),
                name="Muted",
            )
        )
        header.addLayout(titles, 1)
        outer.addLayout(header)
        outer.addWidget(self._demo_banner(ctx))

        self.page = RepairPage(ctx, self)
        self.page.recreate_requested.connect(self.open_setup)
        outer.addWidget(self.page, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("CloseRepair")
        self.close_button.setAutoDefault(False)  # Enter belongs to "Fix all" when it is offered
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.setMinimumSize(MIN_SIZE)
        self._fit_to_screen()
        # Start once the event loop runs: the checks are async work on qasync's loop. "Renew the
        # Webex token" on the start page goes straight into the renewal (it re-checks after).
        QTimer.singleShot(0, self, self.page.renew_now if renew else self.page.start)

    def _demo_banner(self, ctx: WizardContext) -> DemoBanner:
        banner = DemoBanner(self)
        banner.setVisible(ctx.is_demo)
        if in_memory_demo(ctx):
            banner.say_secrets_in_memory()
        return banner

    def _fit_to_screen(self) -> None:
        size, free = fitted_size(self, PREFERRED_SIZE)
        if free is not None:
            self.move(free.x() + (free.width() - size.width()) // 2, free.y() + 8)
        self.resize(size)

    # ------------------------------------------------------------------ run_gui's surface
    def current_page_id(self) -> str:
        return "repair"

    def cancel_all_operations(self) -> None:
        if is_alive(self.page):
            self.page.cancel_running()
        wizard = self.setup_wizard
        if wizard is not None and is_alive(wizard):
            wizard.cancel_all_operations()

    def done(self, result: int) -> None:
        self.cancel_all_operations()
        super().done(result)

    # ------------------------------------------------------------------ Re-create
    def open_setup(self) -> None:
        """Hand over to the setup wizard (same context: the sign-in is reused), then re-check."""
        from wizard.ui.wizard import SetupWizard

        log.info("repair hands over to setup at %s to re-create what is missing", RECREATE_START)
        wizard = SetupWizard(self.ctx, start_page=RECREATE_START)
        wizard.setObjectName("SetupWizardFromRepair")
        wizard.finished.connect(self._setup_closed)
        self.setup_wizard = wizard
        self.hide()
        wizard.show()

    def _setup_closed(self, _result: int) -> None:
        wizard, self.setup_wizard = self.setup_wizard, None
        if wizard is not None and is_alive(wizard):
            wizard.deleteLater()
        if not is_alive(self):
            return
        self.show()
        self.page.target = None  # setup may have saved new ids and secrets
        self.page.recheck()


def open_from_start(wizard: Any, renew: bool = False) -> RepairWindow:
    """The start page's "Check & repair" / "Renew the Webex token": the repair window over the
    wizard's context, in its place; closing it ends the run like closing the wizard."""
    log.info("start page opens repair%s", " to renew the token" if renew else "")
    window = RepairWindow(wizard.ctx, renew=renew)
    window.finished.connect(wizard.done)
    wizard.repair_window = window
    wizard.hide()
    window.show()
    return window


__all__ = ["RECREATE_START", "RepairWindow", "open_from_start"]
