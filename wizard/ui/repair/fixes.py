"""The repair page's Fix buttons and "Fix all": each fix runs through :mod:`wizard.flows.repair`
and is confirmed by the checks run again afterwards.

- Re-consent: admin consent on the tenant ID with a random state, captured on the first
  navigation that carries ``error`` (checked first) or ``admin_consent``; the window closes before
  Cisco's "expected error" page loads, then Graph is polled with the elapsed time shown.
- Renew token: the same Webex sign-in as setup, then :func:`wizard.flows.repair.renew_token`.
- Restart job; Sign in (the embedded Microsoft sign-in again); Retry (an outage on their side:
  nothing is changed, the checks run again).
- Re-create hands over to the setup wizard (the window does that): setup is what creates apps
  and jobs.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from wizard.core.errors import WizardError
from wizard.flows import repair
from wizard.flows.diagnostics import PASSED, Finding, Fix, Report
from wizard.ui.consent import CONSENT_POLL_TIMEOUT, ConsentBrowser
from wizard.ui.errors import RepairUiError
from wizard.ui.ops import Op, run_in_thread
from wizard.ui.qt import QCoreApplication, QTimer
from wizard.ui.repair.report_view import FIXABLE, finding_texts
from wizard.ui.webex_capture import capture_webex_token

#: Fixes "Fix all" runs by itself, in report order. Re-create hands over to setup and Retry is
#: only a re-check, so neither belongs in an unattended sequence.
AUTOMATIC = (Fix.SIGN_IN, Fix.RECONSENT, Fix.RENEW_TOKEN, Fix.RESTART_JOB)


def automatic_fixes(report: Report | None) -> list[Finding]:
    """The findings "Fix all" would fix, in report order."""
    if report is None:
        return []
    return [f for f in report.findings if f.status in FIXABLE and f.fix in AUTOMATIC]


class RepairFixes:
    """Mixin of :class:`~wizard.ui.repair.page.RepairPage` (it provides the attributes below)."""

    ctx: Any
    target: Any
    graph: Any
    report: Report | None
    rows: dict[str, Any]
    ops: Any
    _pending_error: WizardError | None
    _dialog: Any
    recreate_requested: Any
    set_progress: Callable[[str], None]
    show_report: Callable[[Report], None]
    _show_result: Callable[[str], None]
    _ensure_target: Callable[[], Awaitable[None]]
    _ensure_graph: Callable[..., Awaitable[None]]
    _run_checks: Callable[[], Awaitable[Report]]

    def fix_check(self, check_id: str) -> None:
        row = self.rows.get(check_id)
        if row is None or row.finding is None:
            return
        finding = row.finding
        if finding.fix is Fix.RECREATE:
            self._show_result(
                QCoreApplication.translate(
                    "RepairPage",
                    "Setup opens to re-create what is missing; this report runs again after it.",
                )
            )
            self.recreate_requested.emit()
            return
        (
            Op.coroutine(self.ops, functools.partial(self._fix_and_confirm, finding))
            .with_progress(
                QCoreApplication.translate("RepairPage", "Fixing: {title}…").format(
                    title=finding_texts(finding)[0]
                )
            )
            .success(self._fixed)
            .run()
        )

    def fix_all(self) -> None:
        (
            Op.coroutine(self.ops, self._fix_all_flow)
            .with_progress(
                QCoreApplication.translate(
                    "RepairPage", "Fixing everything that can be fixed here…"
                )
            )
            .success(self._fixed)
            .run()
        )

    async def _fix_all_flow(self) -> tuple[Report, str]:
        done: list[str] = []
        tried: set[tuple[str, Fix]] = set()
        report = self.report
        if report is None:  # the button is only enabled once a report is shown
            raise ValueError("fixing needs a report")
        while True:
            pending = [f for f in automatic_fixes(report) if (f.check_id, f.fix) not in tried]
            if not pending:
                break
            finding = pending[0]
            tried.add((finding.check_id, finding.fix))
            report, result = await self._fix_and_confirm(finding)
            done.append(result)
            self.show_report(report)  # each fix's confirmation is visible as it happens
        return report, " ".join(done) or QCoreApplication.translate(
            "RepairPage", "Nothing here could be fixed automatically."
        )

    async def _fix_and_confirm(self, finding: Finding) -> tuple[Report, str]:
        """Run one fix; its result carries the checks run again afterwards (the confirmation)."""
        await self._ensure_target()
        if finding.fix in (Fix.RETRY_LATER, Fix.SIGN_IN):
            report, text = await self._recheck_fix(finding.fix)
        else:
            result = await self._change_fix(finding.fix)
            report, text = result.report, QCoreApplication.translate("repair", result.message)
        after = next((f for f in report.findings if f.check_id == finding.check_id), None)
        if after is not None and after.status not in PASSED:
            text = QCoreApplication.translate(
                "RepairPage", "{result} The check still reports: {finding}"
            ).format(result=text, finding=finding_texts(after)[1])
        return report, text

    async def _recheck_fix(self, fix: Fix) -> tuple[Report, str]:
        """Sign in again or retry after an outage: nothing changes in the tenant; checks rerun."""
        if fix is Fix.SIGN_IN:
            self.graph = None
            await self._ensure_graph(interactive=True)
            err, self._pending_error = self._pending_error, None
            if err is not None:
                raise err
            text = QCoreApplication.translate("RepairPage", "Signed in to Microsoft.")
        else:
            text = QCoreApplication.translate(
                "RepairPage", "Nothing was changed; the checks ran again."
            )
        return await self._run_checks(), text

    async def _change_fix(self, fix: Fix) -> repair.RepairResult:
        """A fix that changes the tenant: only signed in, and only through flows.repair."""
        await self._ensure_graph(interactive=True)
        if self.graph is None:
            err, self._pending_error = self._pending_error, None
            raise err if err is not None else RepairUiError.not_signed_in()
        if fix is Fix.RECONSENT:
            return await self._reconsent()
        if fix is Fix.RENEW_TOKEN:
            return await self._renew_token()
        if fix is Fix.RESTART_JOB:
            self.set_progress(
                QCoreApplication.translate("RepairPage", "Restarting the provisioning job…")
            )
            return await run_in_thread(
                repair.restart_job_locked, self.ctx.profile, self.target, self.graph
            )
        raise AssertionError(f"no GUI action for fix {fix}")

    def _fixed(self, outcome: tuple[Report, str]) -> None:
        report, result = outcome
        self.show_report(report)
        self._show_result(result)

    # ------------------------------------------------------------------ Re-consent
    async def _reconsent(self) -> repair.RepairResult:
        target, graph = self.target, self.graph
        request = repair.consent_request(target)
        self.set_progress(
            QCoreApplication.translate(
                "RepairPage",
                "Waiting for a Global Administrator to accept in the Microsoft window…",
            )
        )
        captured = await self._consent_window(request)
        if captured is None:
            raise RepairUiError.consent_window_closed()
        # A decline raises with the AADSTS reason; nothing was changed then.
        repair.consent_answer(request, captured)
        timer = self._consent_wait_ticker()
        stop = threading.Event()
        try:
            return await run_in_thread(
                repair.verify_consent, target, graph, CONSENT_POLL_TIMEOUT, should_stop=stop.is_set
            )
        finally:
            stop.set()  # Cancel: the poller thread stops at its next wait
            timer.stop()
            timer.deleteLater()

    def _consent_wait_ticker(self) -> QTimer:
        """Shows the seconds waited for Entra to show the app, every second, until stopped."""
        started = time.monotonic()
        timer = QTimer(self)  # type: ignore[arg-type] - the page owns the timer

        def tick() -> None:
            self.set_progress(
                QCoreApplication.translate(
                    "RepairPage",
                    "Consent given. Waiting for Entra ID to show the Cisco Webex Identity "
                    "Integration app… ({seconds} s)",
                ).format(seconds=int(time.monotonic() - started))
            )

        timer.setInterval(1000)
        timer.timeout.connect(tick)
        tick()
        timer.start()
        return timer

    async def _consent_window(self, request: repair.ConsentRequest) -> str | None:
        from wizard.ui.browser import run_dialog

        dialog = ConsentBrowser(
            request,
            trusted_fingerprint=self.ctx.trusted_fingerprint(),
            title=QCoreApplication.translate(
                "RepairPage", "Admin consent for Cisco Webex Identity Integration"
            ),
            parent=self,
        )
        dialog.setObjectName("ConsentBrowser")
        self._dialog = dialog
        try:
            return await run_dialog(dialog)
        finally:
            self._dialog = None

    # ------------------------------------------------------------------ Renew token
    async def _renew_token(self) -> repair.RepairResult:
        self.set_progress(
            QCoreApplication.translate(
                "RepairPage", "Sign in to Webex as a Full Administrator in the window that opened…"
            )
        )
        token = await capture_webex_token(
            self,
            self.ctx.endpoints,
            trusted_fingerprint=self.ctx.trusted_fingerprint(),
            title=QCoreApplication.translate("RepairPage", "Sign in to Webex to renew the token"),
        )
        self.set_progress(
            QCoreApplication.translate(
                "RepairPage", "Testing the new token and giving it to Entra ID…"
            )
        )
        return await run_in_thread(
            repair.renew_token_locked,
            self.ctx.profile, self.target, self.graph, token, self.ctx.services,
        )
