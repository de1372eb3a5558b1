"""Apply: make the reviewed changes, one step at a time, then prove them with one real user.

How (docs/desktop.md#async-model, ARCHITECTURE.md "Async model"):
- :func:`wizard.flows.setup.apply_setup` runs in a worker thread. Its ``on_progress`` callback is
  called from that thread, so it only hands a *copy* of the step to the UI loop with
  ``loop.call_soon_threadsafe``; widgets are touched on the UI thread only.
- Cancel does not kill the thread (threads cannot be killed, and half a Graph call is worse than
  a whole one): it sets a flag that ``apply_setup`` checks *between* steps.
- A failure stops at its step, shows that step's error, and offers "Retry from this step", which
  plans again (the tenant is re-read, so whatever did get done is skipped) and applies again.
- As steps complete, the state file of the profile records them (when the context has a
  profile), so a crash or a closed window resumes where it stopped.
- Afterwards the page shows the first user's on-demand result (and whether that user now exists
  in Webex) and the job status, with a Refresh button.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import threading
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, Cancelled, WizardError
from wizard.flows.setup import (
    JobStatus,
    OnDemandResult,
    SetupResult,
    Step,
    apply_setup_locked,
    job_status,
    plan_setup,
)
from wizard.ui.ops import Op, as_wizard_error, run_in_thread
from wizard.ui.page_ids import PageId
from wizard.ui.pages.apply_rows import StepRow
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.ms_signin import LocalizedErrors
from wizard.ui.pages.review import new_app_of, state_file_of, step_title
from wizard.ui.qt import (
    QCheckBox,
    QCoreApplication,
    Qt,
    QTimer,
    is_alive,
)
from wizard.ui.widgets import grid_box, label, push_button
from wizard.ui.words import local_time, status_word

log = logging.getLogger("wizard.ui.pages.apply")

#: Steps whose failure a new Webex sign-in fixes (the token or the tenant URL was rejected).
WEBEX_CREDENTIAL_STEPS = ("test_connection", "save_secrets")


class ApplyPage(LocalizedErrors, BasePage):
    page_id = PageId.APPLY
    intro_text = QT_TRANSLATE_NOOP(
        "ApplyPage",
        "The wizard makes the changes in order. If one fails it stops there, says why, and can "
        "retry from that step; running it again never duplicates anything.",
    )

    def build(self) -> None:
        self._steps: list[Step] = []
        #: The wait for Entra ID to finish creating an added app (None: the flow's default;
        #: tests shorten it).
        self.backoff: Any = None
        self._result: SetupResult | None = None
        self._stop = threading.Event()
        self._status: JobStatus | None = None
        self.rows: list[StepRow] = []
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._tick)

        #: The overall result, first thing on the page ("Setup complete — …"), above the intro.
        self.headline = label(name="ApplyHeadline")
        self.headline.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.headline.hide()
        self.body.insertWidget(0, self.headline)
        self.list_box, self.list_layout = grid_box("StepList", row_spacing=6)
        self.body.addWidget(self.list_box)
        self.body.addWidget(self._build_details_box())

        self._build_first_user()

        self.job_title = self.add_section(self.tr("Provisioning job"))
        self.job_label = self.add_label(name="JobStatus")
        self.refresh_button = push_button(self.tr("&Refresh"), "RefreshStatus", self.refresh_status)
        self.add_row(self.refresh_button)
        # Just above the error panel (outside the scrolling body), so it is seen with the error.
        self.resign_button = push_button(
            self.tr("Back to the &Webex sign-in"), "BackToWebexSignIn", self.back_to_webex_signin
        )
        self.resign_button.hide()
        outer = self.layout()
        outer.insertWidget(
            outer.indexOf(self.error_panel), self.resign_button, 0, Qt.AlignmentFlag.AlignRight
        )
        self._show_outcome()
        self.set_complete(False)

    def _build_first_user(self) -> None:
        self.first_title = self.add_section(self.tr("First user"))
        self.first_user = self.add_label(name="FirstUser")
        # Entra's own words, in English whatever the UI language: only under "Show details".
        self.first_user_message = self.add_label(name="Muted", hidden=True)

    def _show_message(self, shown: bool) -> None:
        self.first_user_message.setVisible(shown and bool(self.first_user_message.text()))

    def _build_details_box(self) -> QCheckBox:
        self.details_box = QCheckBox(self.tr("Show &details (the Microsoft Graph calls)"))
        self.details_box.setObjectName("ShowApplyDetails")
        self.details_box.toggled.connect(lambda shown: [r.show_details(shown) for r in self.rows])
        self.details_box.toggled.connect(self._show_message)
        return self.details_box

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        if self._result is not None:
            return  # already applied in this run (Back from Finish): show it as it is
        self.run_apply(replan=self.ctx.setup_plan is None)

    def cancel_running(self) -> None:
        # The window is closing or the admin cancelled: stop between steps, too.
        self._stop.set()
        self._ticker.stop()
        super().cancel_running()

    def show_error(self, err: WizardError, retry: Any = None) -> None:
        super().show_error(err, retry)
        if err.code == "gallery.replication_timeout":
            # The app exists; Entra ID is still finishing it: the retry only waits.
            self.error_panel.retry_button.setText(self.tr("Keep waiting"))
        elif retry is not None and self._failed_step() is not None:
            self.error_panel.retry_button.setText(self.tr("Retry from this step"))
        else:
            self.error_panel.retry_button.setText(QCoreApplication.translate("ErrorPanel", "Retry"))

    # ------------------------------------------------------------------ running
    def run_apply(self, *, replan: bool = True) -> asyncio.Task[Any] | None:
        ctx = self.ctx
        if ctx.graph is None or ctx.setup_inputs is None:
            self.first_user.setText(self.tr("Review the changes first: go Back."))
            return None
        self._stop = threading.Event()
        task = asyncio.ensure_future(self._apply(replan))
        self.track(task)
        return task

    def _request_stop(self) -> None:
        self._stop.set()
        self.busy.status.setText(self.tr("Stopping after the current step…"))
        self.busy.cancel_button.setEnabled(False)

    async def _apply(self, replan: bool) -> None:
        ctx = self.ctx
        self.clear_error()
        self.resign_button.hide()
        self._result = None
        self.set_complete(False)
        self.show_busy(self.tr("Applying the changes…"), self._request_stop)
        loop = asyncio.get_running_loop()

        def on_progress(step: Step) -> None:  # worker thread: copy, hand over, touch nothing
            snapshot = dataclasses.replace(step)
            loop.call_soon_threadsafe(self._progress, snapshot)

        try:
            steps = ctx.setup_plan
            if replan or steps is None:
                steps = await run_in_thread(
                    plan_setup,
                    ctx.graph,
                    ctx.setup_inputs,
                    state=state_file_of(ctx),
                    new_app=new_app_of(ctx),
                )
                ctx.setup_plan = steps
            self._show_steps(steps)
            self._ticker.start()
            # One changing run per profile: the CLI's setup/repair/forget take the same lock.
            result = await run_in_thread(
                apply_setup_locked,
                ctx.profile,
                ctx.graph,
                ctx.setup_inputs,
                steps,
                on_progress=on_progress,
                should_stop=self._stop.is_set,
                state=state_file_of(ctx),
                backoff=self.backoff,
            )
        except asyncio.CancelledError:
            self._ticker.stop()
            raise
        except Exception as exc:  # every failure reaches the admin, with Retry
            await asyncio.sleep(0)  # let the last queued progress land first
            self._failed(as_wizard_error(exc))
            return
        await asyncio.sleep(0)
        self._finished(result)

    def _progress(self, step: Step) -> None:
        """UI thread: one status change of one step."""
        if not is_alive(self):
            return
        for row in self.rows:
            if row.step.key == step.key:
                row.set_step(step)
        if step.status == "running":
            self.busy.status.setText(
                self.tr("Applying: {step}").format(step=step_title(step))
                if not self._stop.is_set()
                else self.tr("Stopping after the current step…")
            )
        if step.status == "done":
            self.ctx.applied.append(step_title(step))

    def _show_steps(self, steps: list[Step]) -> None:
        self._steps = list(steps)
        for row in self.rows:
            self.list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for i, step in enumerate(self._steps):
            row = StepRow(step)
            row.show_details(self.details_box.isChecked())
            self.rows.append(row)
            self.list_layout.addWidget(row, i, 0)

    def _tick(self) -> None:
        for row in self.rows:
            row.tick()

    def _failed_step(self) -> Step | None:
        return next((r.step for r in self.rows if r.step.status == "failed"), None)

    def _failed(self, err: WizardError) -> None:
        self._ticker.stop()
        self.hide_busy()
        self.headline.setText(self.tr("Setup stopped: nothing after the failed step was done."))
        self.headline.show()
        for row in self.rows:
            if row.step.status == "running":
                row.set_step(dataclasses.replace(row.step, status="failed"))
        if isinstance(err, Cancelled):
            log.info("apply stopped by the admin between steps")
        failed = self._failed_step()
        # Review is the commit page, so QWizard's Back is gone here; when the fix is a new Webex
        # token (Test Connection rejected it), offer the way back explicitly. Going back undoes
        # nothing: the next Apply re-plans and skips what is already done.
        self.resign_button.setVisible(
            failed is not None and failed.key.split(":", 1)[0] in WEBEX_CREDENTIAL_STEPS
        )
        self.show_error(err, retry=self.retry)

    def back_to_webex_signin(self) -> None:
        """Walk back through the history (QWizard.back() ignores the commit point on purpose)."""
        wizard = self.wizard()
        self.resign_button.hide()
        self.ctx.setup_plan = None
        while wizard is not None and wizard.currentId() > int(PageId.WEBEX_SIGNIN):
            before = wizard.currentId()
            wizard.back()
            if wizard.currentId() == before:
                break

    def retry(self) -> None:
        """Retry from the failed step: re-plan (the tenant is read again) and apply. While the
        app is not added yet the same steps run again: the add step remembers the app Graph
        created, so the retry waits for it instead of adding a second one."""
        steps = self.ctx.setup_plan or []
        adding = any(s.key == "add_app" and s.status != "done" for s in steps)
        self.run_apply(replan=not adding)

    def _finished(self, result: SetupResult) -> None:
        self._ticker.stop()
        self.hide_busy()
        # A failed hide from My Apps does not stop the setup: its row shows the failure.
        failed = next((s for s in result.steps if s.status == "failed" and s not in result.warnings), None)
        for row in self.rows:
            match = next((s for s in result.steps if s.key == row.step.key), None)
            if match is not None:
                row.set_step(dataclasses.replace(match))
        if failed is not None:
            err = failed.error if isinstance(failed.error, WizardError) else None
            self.show_error(err or as_wizard_error(RuntimeError("step failed")), retry=self.retry)
            return
        self._result = result
        self.ctx.setup_result = result
        if result.app is not None:
            self.ctx.webex_app, self.ctx.new_app = result.app, None
        self._status = result.job_status
        self._show_outcome()
        self.set_complete(True)
        self.focus_next()
        # The headline says how it went: the page opens at the top, on it.
        QTimer.singleShot(
            0, lambda: is_alive(self) and self.scroll.verticalScrollBar().setValue(0)
        )

    # ------------------------------------------------------------------ outcome
    def _show_outcome(self) -> None:
        result = self._result
        visible = result is not None
        for widget in (self.first_title, self.first_user, self.job_title, self.job_label):
            widget.setVisible(visible)
        self.refresh_button.setVisible(visible)
        if result is None:
            self.headline.hide()
            return
        self.headline.setText(self.headline_text(result))
        self.headline.show()
        self.first_user.setText(self.first_user_text(result.on_demand))
        message = result.on_demand.message if result.on_demand is not None else ""
        self.first_user_message.setText(
            self.tr("Microsoft Entra's message: {message}").format(message=message) if message else ""
        )
        self._show_message(self.details_box.isChecked())
        self.job_label.setText(self.job_text(self._status))

    def headline_text(self, result: SetupResult) -> str:
        outcome = result.on_demand
        if outcome is not None and outcome.in_webex:
            return self.tr("Setup complete — {user} is in Webex and provisioning is on.").format(
                user=self._test_user_name()
            )
        return self.tr("Setup complete — provisioning is on.")

    def first_user_text(self, outcome: OnDemandResult | None) -> str:
        if outcome is None:
            return self.tr("No test user was chosen, so nobody was provisioned on demand.")
        name = self._test_user_name()
        verdict = {
            "Success": self.tr("Success"),
            # Skipped by Entra because the user is already identical in Webex: a success.
            "Skipped": self.tr("Already up to date in Webex"),
            "Failure": self.tr("Failure"),
        }.get(outcome.status, outcome.status)
        lines = [self.tr("{user}: {verdict}").format(user=name, verdict=verdict)]
        if outcome.in_webex:
            lines.append(self.tr("The user now exists in Webex."))
        else:
            lines.append(self.tr("The user is not in Webex yet."))
        return "\n".join(lines)

    def _test_user_name(self) -> str:
        inputs = self.ctx.setup_inputs
        test_id = getattr(inputs, "test_user_id", None)
        for assignment in getattr(inputs, "assignments", []) or []:
            if assignment.principal_id == test_id:
                return assignment.display_name
        return test_id or self.tr("Test user")

    def job_text(self, status: JobStatus | None) -> str:
        if status is None:
            return self.tr("Status unknown.")
        lines = [self.tr("Status: {code}").format(code=status_word(status.code))]
        last = status.last_execution
        if last is not None:
            lines.append(
                self.tr("Last run: {state}, {time}").format(
                    state=status_word(last.state), time=local_time(last.ended or last.began)
                )
            )
        else:
            lines.append(self.tr("Last run: not yet (Entra ID runs the first cycle shortly)"))
        counts = status.counts or {}
        if counts:
            lines.append(
                self.tr(
                    "In scope: {entitled}, exported to Webex: {exported}, in escrow: {escrowed}"
                ).format(
                    entitled=counts.get("entitled", 0),
                    exported=counts.get("exported", 0),
                    escrowed=counts.get("escrowed", 0),
                )
            )
        if status.quarantined:
            lines.append(
                self.tr("In quarantine: {reason}").format(
                    reason=status.quarantine_reason or status.quarantine_error or "–"
                )
            )
        return "\n".join(lines)

    def refresh_status(self) -> None:
        result = self._result
        if result is None or not result.job_id:
            return
        op: Op[JobStatus] = Op(
            self, job_status, self.ctx.graph, self.ctx.setup_inputs.sp_id, result.job_id
        )
        op.with_progress(self.tr("Reading the job status…"))
        op.success(self._status_read)
        op.run()

    def _status_read(self, status: JobStatus) -> None:
        self._status = status
        self.job_label.setText(self.job_text(status))

    # ------------------------------------------------------------------ for tests
    @property
    def result(self) -> SetupResult | None:
        return self._result

    @property
    def steps(self) -> list[Step]:
        return [r.step for r in self.rows]
