"""Start: what this computer has saved, and what to do with it (Entra Connect's "Additional
tasks", https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-installation-wizard#additional-tasks).

A launch opens here. What is saved is read by :func:`wizard.flows.start.what_is_saved` on a
worker thread (the keyring is D-Bus); with nothing saved the wizard moves on to Welcome, as
before this page existed. Otherwise each task is one click:

* Set up a new connection — Welcome (Next does the same).
* Check & repair — the repair window (a pair is saved); the last check's result is shown.
* Continue an unfinished setup — the state file says apply stopped half-way: the Microsoft
  sign-in (silent from the saved sign-in), then the pages find what exists, and Review plans
  only what is left, so nothing is made twice.
* Renew the Webex token — the repair window, straight into the renewal.
* Forget saved sign-ins — after a confirmation, what ``forget --yes`` does.
"""

from __future__ import annotations

import logging
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.flows import start as saved_flow
from wizard.flows.start import Saved
from wizard.ui.ops import Op
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage
from wizard.ui.qt import (
    QCommandLinkButton,
    QCoreApplication,
    QMessageBox,
    Signal,
)
from wizard.ui.widgets import Question, tr_error
from wizard.ui.words import local_time

log = logging.getLogger("wizard.ui.pages.start")

#: The last check's overall status in words (translated where shown).
STATUS_WORDS = {
    "ok": QT_TRANSLATE_NOOP("StartPage", "all checks passed"),
    "warning": QT_TRANSLATE_NOOP("StartPage", "passed with warnings"),
    "failed": QT_TRANSLATE_NOOP("StartPage", "something needs fixing"),
    "unknown": QT_TRANSLATE_NOOP("StartPage", "not confirmed (a service did not answer)"),
}


class StartPage(BasePage):
    page_id = PageId.START

    #: "Check & repair" (False) or "Renew the Webex token" (True): the wizard opens repair.
    repair_requested = Signal(bool)

    def build(self) -> None:
        self.saved: Saved | None = None
        #: Where Next goes: Welcome, or the Microsoft sign-in to continue a setup.
        self.choice = PageId.WELCOME
        self._forget_question = Question("ConfirmForget", self._forget_answered)
        self.found = self.add_label(name="Muted")
        self.buttons: dict[str, QCommandLinkButton] = {}
        self._add(
            "repair",
            self.tr("&Check && repair"),
            self.tr("Run every check from Entra ID to Webex and fix what is broken."),
            lambda: self.repair_requested.emit(False),
        )
        self._add(
            "continue",
            self.tr("C&ontinue the unfinished setup"),
            self.tr("Sign in again and finish the setup where it stopped; nothing is made twice."),
            self.continue_setup,
        )
        self._add(
            "renew",
            self.tr("&Renew the Webex token"),
            self.tr("Sign in to Webex and give Entra ID a new token before the old one expires."),
            lambda: self.repair_requested.emit(True),
        )
        self._add(
            "new",
            self.tr("&Set up a new connection"),
            self.tr("Connect a Microsoft tenant to a Webex organization, step by step."),
            self.new_setup,
        )
        self._add(
            "forget",
            self.tr("&Forget saved sign-ins"),
            self.tr(
                "Remove the saved Webex tokens, Microsoft sign-ins, progress and the daily "
                "check from this computer. Your tenant and organization are not changed."
            ),
            self.ask_to_forget,
        )
        self.problem = self.add_label(name="Muted", hidden=True)

    def _add(self, key: str, title: str, detail: str, action: Any) -> None:
        button = QCommandLinkButton(title, detail)
        button.setObjectName(f"Start_{key}")
        button.setAccessibleName(title.replace("&&", "\x00").replace("&", "").replace("\x00", "&"))
        button.setAccessibleDescription(detail)
        button.clicked.connect(action)
        button.hide()
        self.buttons[key] = button
        self.body.addWidget(button)

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        self.choice = PageId.WELCOME
        # Once the window is up (and the demo's services answer): the keyring is read on a
        # worker whose start would compete with the first paint.
        when_ready = getattr(self.wizard(), "when_ready", None)
        if when_ready is not None:
            when_ready(self.look)
        else:
            self.look()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return int(self.choice)

    def look(self) -> None:
        """Read what is saved (worker thread), then offer the tasks that apply."""
        for button in self.buttons.values():
            button.hide()
        self.set_complete(False)
        self.start(
            Op(self, saved_flow.what_is_saved, self.ctx.services)
            .with_progress(self.tr("Looking for saved connections…"))
            .success(self.show_saved)
        )

    def show_saved(self, saved: Saved) -> None:
        self.saved = saved
        self.set_complete(True)
        wizard = self.wizard()
        if not saved.anything and saved.store_problem is None and wizard is not None:
            # Nothing to offer: the first launch goes on to Welcome, which has no Back.
            wizard.setStartId(int(PageId.WELCOME))
            wizard.restart()
            return
        has_pair = bool(saved.pairs)
        self.buttons["repair"].setVisible(has_pair)
        self.buttons["renew"].setVisible(has_pair)
        self.buttons["continue"].setVisible(saved.unfinished)
        self.buttons["new"].show()
        self.buttons["forget"].setVisible(saved.anything)
        self.found.setText(self._found_text(saved))
        self.problem.setVisible(saved.store_problem is not None)
        if saved.store_problem is not None:
            self.problem.setText(
                self.tr("Saved sign-ins could not be read: {what}").format(
                    what=tr_error(saved.store_problem.what, saved.store_problem)
                )
            )
        first = next(
            (self.buttons[k] for k in ("repair", "continue", "new") if self.buttons[k].isVisible()),
            None,
        )
        if first is not None:
            first.setFocus()

    def _found_text(self, saved: Saved) -> str:
        lines = []
        if saved.pairs:
            lines.append(
                self.tr("Saved connection: Entra tenant {tenant}, Webex organization {org}.").format(
                    tenant=saved.pairs[-1].partition(":")[0], org=saved.pairs[-1].partition(":")[2]
                )
            )
        if saved.last_check is not None:
            status = STATUS_WORDS.get(saved.last_check.overall, saved.last_check.overall)
            lines.append(
                self.tr("Last check: {when}, {status}.").format(
                    when=local_time(saved.last_check.at),
                    status=QCoreApplication.translate("StartPage", status),
                )
            )
        elif saved.pairs:
            lines.append(self.tr("No check has run on this computer yet."))
        if saved.unfinished:
            lines.append(self.tr("A setup stopped before it finished."))
        return "\n".join(lines)

    # ------------------------------------------------------------------ the tasks
    def new_setup(self) -> None:
        self.choice = PageId.WELCOME
        self.wizard().next()

    def continue_setup(self) -> None:
        """Back to the clouds the stopped setup used, then the Microsoft sign-in."""
        state = self.saved.state if self.saved is not None else None
        if state is not None and state.entra_cloud and state.webex_env:
            try:
                self.ctx.endpoints = self.ctx.with_environment(state.entra_cloud, state.webex_env)
            except WizardError as err:
                log.info("saved environment not usable: %s", err.code)
        self.choice = PageId.MS_SIGNIN
        self.wizard().next()

    def ask_to_forget(self) -> None:
        texts = (
            self.tr("Forget the saved sign-ins?"),
            self.tr(
                "This removes the saved Webex tokens, Microsoft sign-ins, progress and the daily "
                "check from this computer. Your Entra tenant and Webex organization are not "
                "changed; repair will ask you to sign in again."
            ),
            self.tr("Forget"),
            self.tr("Keep"),
        )
        self._forget_question.ask(self, texts)

    def _forget_answered(self, yes: bool) -> None:
        if not yes:
            return
        self.start(
            Op(self, saved_flow.forget_everything, self.ctx.services)
            .with_progress(self.tr("Removing the saved sign-ins…"))
            .success(self._forgotten)
        )

    def _forgotten(self, pairs: list[str]) -> None:
        log.info("forgot %d saved pair(s) from the start page", len(pairs))
        self.look()

    # ------------------------------------------------------------------ tests
    @property
    def confirm_box(self) -> QMessageBox | None:
        return self._forget_question.box
