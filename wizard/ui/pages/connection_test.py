"""Connection test: call Webex's SCIM service at the exact tenant URL Entra will use.

Runs by itself when the page is entered (off the UI thread), and shows one line per check —
Webex answers over HTTPS, accepts the token, grants admin rights, and the tenant URL names the
right organization — each with its status and Webex's TrackingID, and for a failure what
happened, why and what to do next. Next is enabled only when every check passed.

A 429 is waited out: short Retry-After values inside the HTTP layer, longer ones (up to
:data:`~wizard.flows.webex_credentials.MAX_AUTO_WAIT`) here, visibly and cancellably, then the test
runs again by itself. After a pass, token, org ID and tenant URL go to the secret store (the save
step of :mod:`wizard.flows.webex_credentials`).

Entra's own Test Connection (``validateCredentials``) needs the provisioning job, which is
created later (issue 5); the page says so instead of pretending to have run it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.flows import webex_credentials as credentials
from wizard.flows.webex_credentials import (
    Check,
    CheckResult,
    ConnectionReport,
    Outcome,
    Saved,
    WebexAuthError,
)
from wizard.ui.ops import Op, run_in_thread
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage
from wizard.ui.qt import (
    QCoreApplication,
    QFrame,
    QWidget,
)
from wizard.ui.style import colour as style_colour
from wizard.ui.widgets import label, list_row_grid, push_button, tr_error

log = logging.getLogger("wizard.ui.pages.connection_test")

#: How many times a throttled test waits and runs again by itself before asking the admin.
MAX_AUTO_RETRIES = 3
#: Colour kinds (style.colour picks the shade that reads on the current palette).
COLOURS = {
    Outcome.PASSED: "ok",
    Outcome.FAILED: "error",
    Outcome.NOT_CHECKED: "muted",
}


class CheckRow(QFrame):
    """One check: status mark and word, title, and details (TrackingID, or what/why/next)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CheckRow")
        self.status = label(name="CheckStatus")
        self.title = label(title, name="CheckTitle")
        self.detail = label(name="CheckDetail")
        list_row_grid(self, self.status, self.title, self.detail, mark_width=110, line_spacing=2)

    def set_state(self, outcome: Outcome | None, detail: str = "") -> None:
        if outcome is None:
            text, colour = (
                QCoreApplication.translate("ConnectionTestPage", "… Checking"),
                "palette(text)",
            )
        else:
            text = {
                Outcome.PASSED: QCoreApplication.translate("ConnectionTestPage", "✓ Passed"),
                Outcome.FAILED: QCoreApplication.translate("ConnectionTestPage", "✗ Failed"),
                Outcome.NOT_CHECKED: QCoreApplication.translate(
                    "ConnectionTestPage", "– Not checked"
                ),
            }[outcome]
            colour = style_colour(COLOURS[outcome])
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class ConnectionTestPage(BasePage):
    page_id = PageId.CONNECTION_TEST
    intro_text = QT_TRANSLATE_NOOP(
        "ConnectionTestPage",
        "The wizard calls the Webex provisioning (SCIM) service at the tenant URL with the "
        "captured token, as Entra ID will. The test reads only; it changes nothing.",
    )

    def build(self) -> None:
        #: The last test's report and where the credentials it passed were saved (None until
        #: then; read by the tests).
        self.report: ConnectionReport | None = None
        self.saved: Saved | None = None
        self._op: Op[Any] | None = None
        self.tenant_label = self.add_label(name="TestedTenantUrl")
        titles = {
            Check.REACHABLE: self.tr("Webex answers over HTTPS"),
            Check.TOKEN: self.tr("Webex accepts the token"),
            Check.ADMIN: self.tr("The account has administrator rights"),
            Check.TENANT: self.tr("The tenant URL and organization ID are right"),
        }
        self.rows: dict[Check, CheckRow] = {}
        for check in credentials.ORDER:
            row = CheckRow(titles[check])
            row.setObjectName(f"Check_{check.value}")
            self.rows[check] = row
            self.body.addWidget(row)
        self.retry_button = push_button(self.tr("Run the test &again"), "RetryTest", self.run_test)
        self.add_row(self.retry_button)
        self.saved_label = self.add_label(name="Muted")
        self.store_note = self.add_note([])
        self.entra_note = self.add_paragraph(
            self.tr("Entra ID's own Test Connection runs later, once the provisioning job exists."),
            muted=True,
        )
        self._show(None)

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        self.run_test()

    def on_back(self) -> None:
        self.report = None
        self.saved = None
        self._show(None)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.report is None or not self.report.ok:
            return False
        self.ctx.webex_connection = self.report
        return True

    # ------------------------------------------------------------------ the test
    def run_test(self) -> None:
        """Start (or restart) the test; the result lands in the rows."""
        self.report = None
        self.saved = None
        self._show(None)
        token = self.ctx.webex_token
        url = self.ctx.webex_tenant_url or ""
        self.tenant_label.setText(self.tr("Tenant URL: {url}").format(url=url or "–"))
        if token is None or not url:
            self.retry_button.setVisible(False)
            self._show_not_run()
            self.show_error(WebexAuthError.no_token())
            return
        op: Op[tuple[ConnectionReport, Saved | None]] = Op.coroutine(self, self._run)
        op.with_progress(self._progress_text())
        op.success(self._finished)
        op.failure(self._failed)
        self._op = op
        op.run()

    def _progress_text(self) -> str:
        return self.tr("Calling Webex at the tenant URL…")

    async def _run(self) -> tuple[ConnectionReport, Saved | None]:
        ctx = self.ctx
        waits = 0
        while True:
            report = await run_in_thread(
                credentials.check_connection,
                ctx.services,
                ctx.webex_tenant_url or "",
                ctx.webex_token,
                ctx.webex_org_id,
                ctx.webex_person,
            )
            wait = report.retry_after
            if wait is None or wait > credentials.MAX_AUTO_WAIT or waits >= MAX_AUTO_RETRIES:
                break
            waits += 1
            log.info("Webex asked to wait %s s before the next request; waiting", wait)
            self._show(report)
            self.show_busy(
                self.tr(
                    "Webex asks to wait {seconds} seconds before the next request; the test "
                    "continues by itself."
                ).format(seconds=wait),
                self._cancel_op,
            )
            await asyncio.sleep(wait)
            self._show(None)
            self.show_busy(self._progress_text(), self._cancel_op)
        saved = await run_in_thread(self._save) if report.ok else None
        return report, saved

    def _cancel_op(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def _save(self) -> Saved:
        """Worker thread: token, org ID and tenant URL into the secret store (never a file)."""
        ctx = self.ctx
        return credentials.save_webex_credentials(
            ctx.services,
            getattr(ctx.ms_signin, "tenant_id", None),
            ctx.webex_org_id or "",
            ctx.webex_token,
            ctx.webex_tenant_url,
        )

    def _finished(self, result: tuple[ConnectionReport, Saved | None]) -> None:
        report, saved = result
        self.report = report
        self.saved = saved
        self._show(report)
        self._show_saved(saved)
        if report.ok:
            self.ctx.webex_connection = report
            self.move_on()  # every check passed: nothing to decide here
        else:
            self.focus_later(self.retry_button)

    def _failed(self, err: WizardError) -> None:
        # Not a check failure (those are in the report): a cancel or a bug.
        self._show_not_run()
        self.retry_button.setVisible(True)
        self.show_error(err)
        self.focus_later(self.retry_button)

    # ------------------------------------------------------------------ report → widgets
    def _show(self, report: ConnectionReport | None) -> None:
        for check, row in self.rows.items():
            if report is None:
                row.set_state(None)
                continue
            row.set_state(report.result(check).outcome, self._detail(report.result(check)))
        failed = report is not None and not report.ok
        self.retry_button.setVisible(failed)
        self.set_complete(report is not None and report.ok)

    def _show_not_run(self) -> None:
        for row in self.rows.values():
            row.set_state(Outcome.NOT_CHECKED)
        self.set_complete(False)

    def _detail(self, result: CheckResult) -> str:
        lines: list[str] = []
        err = result.error
        if err is not None:
            lines.append(tr_error(err.what, err))
            if err.why:
                lines.append(tr_error(err.why, err))
            lines.append(self.tr("What to do next: {fix}").format(fix=tr_error(err.fix, err)))
        elif result.note:
            lines.append(QCoreApplication.translate("connection", result.note))
        if result.tracking_id:
            lines.append(self.tr("TrackingID: {id}").format(id=result.tracking_id))
        return "\n".join(lines)

    def _show_saved(self, saved: Saved | None) -> None:
        self.store_note.set_lines([])
        self.saved_label.setText("")
        if saved is None:
            return
        if saved.where == "keyring":
            text = self.tr(
                "The token, organization ID and tenant URL were saved in the system keyring."
            )
        elif saved.where == "memory":
            text = self.tr(
                "The token, organization ID and tenant URL are kept in memory only, as you "
                "chose not to remember secrets."
            )
        elif saved.where == "later":
            text = self.tr(
                "The token, organization ID and tenant URL are kept in memory; they are saved "
                "in the system keyring once the Microsoft sign-in tells the wizard your tenant."
            )
        else:
            err = saved.error
            if err is None:  # not saved, yet no error: nothing to explain
                return
            # Not fatal: the token stays in memory for this run, repair asks for it later.
            self.store_note.set_lines(
                [
                    tr_error(err.what, err),
                    tr_error(err.why, err),
                    self.tr("What to do next: {fix}").format(fix=tr_error(err.fix, err)),
                    self.tr("Setup can continue; the token is kept in memory for this session."),
                ]
            )
            return
        self.saved_label.setText(text)
