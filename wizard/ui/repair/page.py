"""The repair report: one traffic light per diagnostic check, a Fix per fixable finding.

What it does (issue 6, research/entra-graph.md §3, seeds 000-002):
- Loads what setup stored (:func:`wizard.diagnose.checks.load_target`), signs in to Microsoft silently
  from the saved MSAL cache, and only if that fails with the embedded browser (the Microsoft
  sign-in page's building blocks: :class:`GraphAuth` + the off-the-record browser), then runs
  :func:`wizard.diagnose.checks.run_checks` in a worker thread with progress and Cancel.
- Fixes: Re-consent (admin consent on the tenant ID with a random state, captured on the first
  navigation that carries ``error`` — checked first — or ``admin_consent``; the window closes
  before Cisco's "expected error" page loads, then Graph is polled with the elapsed time shown),
  Renew token (the same Webex sign-in as setup, then :func:`wizard.flows.repair.renew_token`), Restart
  job, Re-create (hands over to the setup wizard: honest, because setup is what creates apps and
  jobs), Retry (an outage on their side: nothing is changed, the checks run again).
- Every fix is confirmed by running the checks again; "Fix all" does the fixes in order.
- "Export report…" writes text (:meth:`Report.to_text`) or HTML (escaped, redacted).

Why a plain widget and not a QWizardPage: the repair journey is its own window
(:mod:`wizard.ui.repair_window`); it shares the pages' busy/error widgets and :class:`Op`
through the small :class:`OpHost` surface instead of QWizard's navigation.
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.core import logs, paths
from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.core.http import make_session
from wizard.diagnose import checks as diagnose
from wizard.diagnose.checks import Finding, Fix, Report, Status
from wizard.entra import consent
from wizard.flows import repair
from wizard.ui.browser import BrowserDialog, host_and_path, register_url_secrets, run_dialog
from wizard.ui.ops import Op, run_in_thread
from wizard.ui.qt import (
    QCoreApplication,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QTimer,
    QToolButton,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from wizard.ui.webex_capture import capture_webex_token
from wizard.ui.widgets import BusyPanel, ErrorPanel, correlation_text, label

log = logging.getLogger("wizard.ui.pages.repair")

#: Traffic-light colours (the same green/red as the Webex pages; amber and grey for the rest).
COLOURS = {
    Status.OK: "#1a7f37",
    Status.WARNING: "#9a6700",
    Status.FAILED: "#b42318",
    Status.UNKNOWN: "#6e7781",
    Status.SKIPPED: "#6e7781",
}
#: Fixes "Fix all" runs by itself, in report order. Re-create hands over to setup and Retry is
#: only a re-check, so neither belongs in an unattended sequence.
AUTOMATIC = (Fix.SIGN_IN, Fix.RECONSENT, Fix.RENEW_TOKEN, Fix.RESTART_JOB)
#: How long Re-consent waits for Graph to show the re-created service principal.
CONSENT_POLL_TIMEOUT = 120.0


class RepairUiError(WizardError):
    """Errors only the GUI repair journey can meet (the rest come from diagnose/repair/consent)."""

    @classmethod
    def consent_window_closed(cls) -> RepairUiError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The consent window was closed."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "It was closed before Microsoft answered, so no consent was given. Nothing was "
                "changed in your tenant.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Click Re-consent again and accept the permissions, signed in as a Global "
                "Administrator or Privileged Role Administrator.",
            ),
            code="repair.consent_window_closed",
        )

    @classmethod
    def not_signed_in(cls) -> RepairUiError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "You are not signed in to Microsoft."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "This fix changes your Entra ID tenant, which needs an administrator's sign-in. "
                "The sign-in window was closed or could not finish. Nothing was changed.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Click Sign in on the Microsoft sign-in row, then run the fix again.",
            ),
            code="repair.not_signed_in",
        )


def status_text(status: Status) -> str:
    return {
        Status.OK: QCoreApplication.translate("RepairPage", "OK"),
        Status.WARNING: QCoreApplication.translate("RepairPage", "Warning"),
        Status.FAILED: QCoreApplication.translate("RepairPage", "Failed"),
        Status.UNKNOWN: QCoreApplication.translate("RepairPage", "Unknown"),
        Status.SKIPPED: QCoreApplication.translate("RepairPage", "Skipped"),
    }[status]


def fix_text(fix: Fix) -> str:
    return {
        Fix.RECONSENT: QCoreApplication.translate("RepairPage", "Re-consent"),
        Fix.RENEW_TOKEN: QCoreApplication.translate("RepairPage", "Renew token"),
        Fix.RESTART_JOB: QCoreApplication.translate("RepairPage", "Restart job"),
        Fix.RECREATE: QCoreApplication.translate("RepairPage", "Re-create in setup…"),
        Fix.RETRY_LATER: QCoreApplication.translate("RepairPage", "Retry"),
        Fix.SIGN_IN: QCoreApplication.translate("RepairPage", "Sign in"),
    }.get(fix, "")


def finding_texts(finding: Finding) -> tuple[str, str]:
    """Title and finding in the UI language (context "diagnose").

    ``finding.template`` is the English source with ``{params}``; translating the template and
    then filling it keeps ids and names intact. Without a template the English text is shown.
    """
    title = QCoreApplication.translate("diagnose", finding.title)
    if finding.template:
        translated = QCoreApplication.translate("diagnose", finding.template)
        try:
            return title, translated.format(**finding.params)
        except (KeyError, IndexError, ValueError):
            pass  # a broken translation must not hide the finding: English below
    return title, finding.finding


def evidence_lines(finding: Finding) -> list[str]:
    lines = [
        f"{key}: {value}" for key, value in finding.evidence.items() if value not in (None, "")
    ]
    if finding.error is not None and finding.error.correlation:
        lines.append(correlation_text(finding.error))
    return [logs.redact(line) for line in lines]


def report_html(report: Report) -> str:
    """A self-contained HTML page of the report: escaped, redacted, no scripts."""
    rows = []
    for f in report.findings:
        title, text = finding_texts(f)
        evidence = "<br>".join(html.escape(line) for line in evidence_lines(f))
        rows.append(
            "<tr>"
            f"<td style='color:{COLOURS[f.status]};font-weight:600'>"
            f"&#9679; {html.escape(status_text(f.status))}</td>"
            f"<td><strong>{html.escape(title)}</strong><br>{html.escape(text)}</td>"
            f"<td style='font-family:monospace;font-size:90%'>{evidence}</td>"
            "</tr>"
        )
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(QCoreApplication.translate('RepairPage', 'Webex provisioning repair report'))}</title></head><body>"
        f"<h1>{html.escape(QCoreApplication.translate('RepairPage', 'Webex provisioning repair report'))}</h1>"
        f"<p>{html.escape(QCoreApplication.translate('RepairPage', 'Overall: {status}').format(status=status_text(report.overall())))}"
        "</p><table border='1' cellpadding='6' cellspacing='0'>"
        f"<tr><th>{html.escape(QCoreApplication.translate('RepairPage', 'Status'))}</th><th>{html.escape(QCoreApplication.translate('RepairPage', 'Check'))}</th>"
        f"<th>{html.escape(QCoreApplication.translate('RepairPage', 'Evidence'))}</th></tr>"
        + "".join(rows)
        + "</table></body></html>"
    )
    return logs.redact(page)


# ------------------------------------------------------------------------------ one row
class CheckRow(QFrame):
    """Traffic light, title, finding, expandable evidence and the finding's Fix button."""

    fix_requested = Signal(str)

    def __init__(self, check_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_id = check_id
        self.setObjectName(f"Check_{check_id}")
        self.finding: Finding | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.light = QLabel()
        self.light.setObjectName("TrafficLight")
        self.light.setFixedWidth(110)
        self.light.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.title = label(name="SectionTitle")
        self.text = label()
        self.details_toggle = QToolButton()
        self.details_toggle.setObjectName("EvidenceToggle")
        self.details_toggle.setText(QCoreApplication.translate("RepairPage", "Evidence"))
        self.details_toggle.setCheckable(True)
        self.details_toggle.setAutoRaise(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.details_toggle.setStyleSheet("QToolButton { border: none; padding: 2px 0; }")
        self.details_toggle.toggled.connect(self._toggle)
        self.details = label(name="Evidence")
        self.details.setStyleSheet("font-family: monospace; font-size: 9pt;")
        self.details.hide()
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("Fix")
        self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self.check_id))
        self.fix_button.hide()
        grid.addWidget(self.light, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.fix_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, 1, 1)
        grid.addWidget(self.details_toggle, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.details, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)

    def show_finding(self, finding: Finding) -> None:
        self.finding = finding
        colour = COLOURS[finding.status]
        self.light.setText(f"● {status_text(finding.status)}")
        self.light.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.light.setToolTip(status_text(finding.status))
        title, text = finding_texts(finding)
        self.title.setText(title)
        self.text.setText(text)
        lines = evidence_lines(finding)
        self.details.setText("\n".join(lines))
        self.details_toggle.setVisible(bool(lines))
        self.details.setVisible(bool(lines) and self.details_toggle.isChecked())
        fixable = finding.status in (Status.FAILED, Status.WARNING, Status.UNKNOWN) and bool(
            fix_text(finding.fix)
        )
        self.fix_button.setText(fix_text(finding.fix))
        self.fix_button.setVisible(fixable)

    def _toggle(self, open_: bool) -> None:
        self.details.setVisible(open_ and bool(self.details.text()))
        self.details_toggle.setArrowType(
            Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow
        )


# ------------------------------------------------------------------------------ consent window
class ConsentBrowser(BrowserDialog):
    """The off-the-record browser, capturing the first main-frame navigation that carries
    ``error`` or ``admin_consent`` (:meth:`ConsentRequest.is_final`) — wherever Entra sends it —
    before it loads, so the "expected error" page on Cisco's reply URL is never shown."""

    def __init__(self, request: consent.ConsentRequest, **kwargs: Any) -> None:
        self.request = request
        # The prefix is unused: this dialog decides by the answer's parameters, not its address.
        super().__init__(request.url, request.url, **kwargs)

    def _on_navigation(self, navigation: Any) -> None:
        url = navigation.url().toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if not self.request.is_final(url):
            if self.captured_url is not None:
                navigation.reject()  # after the capture nothing else may load
            return
        navigation.reject()  # Cisco's reply page ("expected error") is never fetched
        if not navigation.isMainFrame() or self.captured_url is not None:
            return
        register_url_secrets(url)
        self.captured_url = url
        log.info("captured the admin-consent answer at %s", host_and_path(url))
        QTimer.singleShot(0, self, self._finish_capture)


# ------------------------------------------------------------------------------ the page
@dataclass
class Signed:
    """A Microsoft sign-in the checks and fixes use (GraphClient + what setup pages share)."""

    auth: Any
    sign_in: Any
    client: Any
    tenant: Any = None


class RepairPage(QWidget):
    """The report and its actions. Implements :class:`wizard.ui.ops.OpHost`."""

    #: The admin chose Re-create: the window hands over to the setup wizard.
    recreate_requested = Signal()
    #: A new report is on screen (tests and the window's title wait on it).
    report_changed = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RepairPage")
        self.ctx = ctx
        self.report: Report | None = None
        self.target: Any = None
        self.graph: Any = None
        self.last_result = ""
        self._task: asyncio.Task[Any] | None = None
        self._cancel_op: Callable[[], None] | None = None
        self._retry: Callable[[], object] | None = None
        self._busy = False
        self._store: Any = None
        self._dialog: BrowserDialog | None = None
        self._file_dialog: QFileDialog | None = None
        #: An error to show under the report once it is on screen (load or sign-in failure).
        self._pending_error: WizardError | None = None
        self._build()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.summary = label(name="PageLead")
        self.summary.setObjectName("RepairSummary")
        outer.addWidget(self.summary)
        self.result_label = label(name="RepairResult")
        self.result_label.hide()
        outer.addWidget(self.result_label)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setMinimumSize(1, 1)
        self.rows_layout = QVBoxLayout(body)
        self.rows_layout.setContentsMargins(0, 0, 4, 0)
        self.rows_layout.setSpacing(0)
        self.rows_layout.addStretch(1)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        self.rows: dict[str, CheckRow] = {}

        self.busy = BusyPanel(self)
        self.busy.cancel_requested.connect(self._cancel_clicked)
        outer.addWidget(self.busy)
        self.error_panel = ErrorPanel(self)
        self.error_panel.retry_requested.connect(self._retry_clicked)
        outer.addWidget(self.error_panel)

        actions = QHBoxLayout()
        self.recheck_button = QPushButton(QCoreApplication.translate("RepairPage", "Re-check"))
        self.recheck_button.setObjectName("Recheck")
        self.recheck_button.clicked.connect(self.recheck)
        self.fix_all_button = QPushButton(QCoreApplication.translate("RepairPage", "Fix all"))
        self.fix_all_button.setObjectName("FixAll")
        self.fix_all_button.clicked.connect(self.fix_all)
        self.export_button = QPushButton(QCoreApplication.translate("RepairPage", "Export report…"))
        self.export_button.setObjectName("ExportReport")
        self.export_button.clicked.connect(self.choose_export_file)
        actions.addWidget(self.recheck_button)
        actions.addWidget(self.fix_all_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        outer.addLayout(actions)
        self._refresh_actions()

    # ------------------------------------------------------------------ OpHost
    @property
    def task(self) -> asyncio.Task[Any] | None:
        return self._task

    def track(self, task: asyncio.Task[Any]) -> None:
        if self._task is not None and self._task is not task and not self._task.done():
            self._task.cancel()
        self._task = task

    def is_busy(self) -> bool:
        return self._busy

    def show_busy(self, text: str, on_cancel: Callable[[], None] | None = None) -> None:
        if not is_alive(self):
            return
        self._cancel_op = on_cancel
        self.busy.start(text)
        self.busy.cancel_button.setVisible(on_cancel is not None)
        self._busy = True
        self._refresh_actions()

    def set_progress(self, text: str) -> None:
        if is_alive(self) and self._busy:
            self.busy.status.setText(text)

    def hide_busy(self) -> None:
        if not is_alive(self):
            return
        self._cancel_op = None
        self.busy.stop()
        self._busy = False
        self._refresh_actions()

    def show_error(self, err: WizardError, retry: Callable[[], object] | None = None) -> None:
        if not is_alive(self):
            return
        log.warning("repair shows error %s: %s", err.code, err.summary())
        self._retry = retry
        self.error_panel.show_error(err, can_retry=retry is not None)

    def clear_error(self) -> None:
        if not is_alive(self):
            return
        self._retry = None
        self.error_panel.clear()

    def cancel_running(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
        self.hide_busy()

    def _cancel_clicked(self) -> None:
        if self._cancel_op is not None:
            self._cancel_op()

    def _retry_clicked(self) -> None:
        retry = self._retry
        if retry is not None:
            self.clear_error()
            retry()

    # ------------------------------------------------------------------ display
    def _refresh_actions(self) -> None:
        busy = self._busy
        report = self.report
        self.recheck_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and report is not None)
        self.fix_all_button.setEnabled(not busy and bool(self._automatic_fixes()))
        for row in self.rows.values():
            row.fix_button.setEnabled(not busy)

    def _automatic_fixes(self) -> list[Finding]:
        if self.report is None:
            return []
        return [
            f
            for f in self.report.findings
            if f.status in (Status.FAILED, Status.WARNING, Status.UNKNOWN) and f.fix in AUTOMATIC
        ]

    def show_report(self, report: Report) -> None:
        self.report = report
        for finding in report.findings:
            row = self.rows.get(finding.check_id)
            if row is None:
                row = CheckRow(finding.check_id)
                row.fix_requested.connect(self.fix_check)
                self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
                self.rows[finding.check_id] = row
            row.show_finding(finding)
        overall = report.overall()
        counts = {s: sum(1 for f in report.findings if f.status is s) for s in Status}
        if overall is Status.OK:
            text = QCoreApplication.translate(
                "RepairPage", "Everything checked is working: {n} of {n} checks OK."
            ).format(n=len(report.findings))
        else:
            text = QCoreApplication.translate(
                "RepairPage",
                "{ok} of {n} checks OK, {failed} failed, {warnings} with warnings, "
                "{other} not checked. Fix what is marked, or export the report for support.",
            ).format(
                ok=counts[Status.OK],
                n=len(report.findings),
                failed=counts[Status.FAILED],
                warnings=counts[Status.WARNING],
                other=counts[Status.UNKNOWN] + counts[Status.SKIPPED],
            )
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {COLOURS[overall]};")
        self._refresh_actions()
        first_problem = next(
            (self.rows[f.check_id] for f in report.findings if f.status is not Status.OK), None
        )
        if first_problem is not None:
            # After layout: the row's geometry is known only once the event loop ran.
            QTimer.singleShot(0, self, lambda: self._scroll_to(first_problem))
        self.report_changed.emit()

    def _scroll_to(self, row: CheckRow) -> None:
        if is_alive(row):
            self.scroll.ensureWidgetVisible(row, 0, 8)

    def _show_result(self, text: str) -> None:
        self.last_result = text
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    def status_of(self, check_id: str) -> Status | None:
        """The status a check has on screen (tests, Fix all)."""
        row = self.rows.get(check_id)
        return row.finding.status if row is not None and row.finding is not None else None

    # ------------------------------------------------------------------ start / re-check
    def start(self) -> None:
        """Load what setup stored, sign in to Microsoft, run every check (the window calls it)."""
        self.recheck()

    def recheck(self) -> None:
        (
            Op.coroutine(self, self._check_flow)
            .with_progress(QCoreApplication.translate("RepairPage", "Reading what setup saved…"))
            .success(self._checked)
            .run()
        )

    async def _check_flow(self) -> Report:
        try:
            await self._ensure_target()
        except WizardError as err:
            # Nothing stored, keyring unusable…: check 1 fails, the rest is skipped, and the
            # error panel says what to do (usually: run setup first).
            self._pending_error = err
            return diagnose.report_for_load_error(err)
        await self._ensure_graph(interactive=True)
        return await self._run_checks()

    def _checked(self, report: Report) -> None:
        self.show_report(report)
        err, self._pending_error = self._pending_error, None
        if err is not None:
            self.show_error(err, self.recheck if err.transient else None)

    async def _ensure_target(self) -> None:
        if self.target is not None:
            return
        ctx = self.ctx
        profile = ctx.profile or paths.profile(demo=ctx.is_demo)

        def load() -> Any:
            store = ctx.secret_store
            if store is None:
                from wizard.storage.secrets import open_store

                store = open_store(profile)
            return store, diagnose.load_target(profile, ctx.endpoints, store=store)

        self._store, self.target = await run_in_thread(load)
        ctx.secret_store = self._store

    async def _run_checks(self) -> Report:
        self.set_progress(QCoreApplication.translate("RepairPage", "Running the checks…"))
        loop = asyncio.get_running_loop()
        stop = threading.Event()

        def progress(done: int, total: int, finding: Finding) -> None:  # worker thread
            # Translation is thread-safe; the widget is touched on the UI thread only.
            loop.call_soon_threadsafe(self.set_progress, _progress_text(done, total, finding))

        try:
            return await run_in_thread(
                diagnose.run_checks,
                self.target,
                session=make_session(self.ctx.endpoints.ca_bundle),
                graph=self.graph,
                should_stop=stop.is_set,
                on_progress=progress,
            )
        finally:
            stop.set()  # Cancel: the worker stops at its next check

    # ------------------------------------------------------------------ Microsoft sign-in
    async def _ensure_graph(self, *, interactive: bool) -> None:
        """Silent from the saved cache; the embedded browser only when that is not possible."""
        if self.graph is not None:
            return
        self.set_progress(
            QCoreApplication.translate(
                "RepairPage", "Signing in to Microsoft with your saved sign-in…"
            )
        )
        try:
            signed = await run_in_thread(self._silent_sign_in)
        except WizardError as err:
            if err.transient:
                return  # Entra is unreachable: check 4 reports the outage; no window opens
            log.info("saved Microsoft sign-in not usable: %s", err.code)
            signed = None
        if signed is None and interactive:
            self.set_progress(
                QCoreApplication.translate(
                    "RepairPage", "Sign in to Microsoft in the window that opened…"
                )
            )
            try:
                signed = await self._interactive_sign_in()
            except WizardError as err:
                self._pending_error = err  # shown under the report; check 4 offers Sign in
                return
        if signed is not None:
            self._adopt(signed)

    def _graph_auth(self) -> Any:
        from wizard.entra.auth import GraphAuth
        from wizard.storage.secrets import load_msal_cache

        # The target's endpoints name the stored tenant ID as the authority (not "organizations").
        endpoints = self.target.endpoints
        cache = None
        if self._store is not None:
            try:
                cache = load_msal_cache(self._store, self.target.tenant_id)
            except WizardError as err:
                log.warning("saved Microsoft sign-in not usable: %s", err.code)
        return GraphAuth(endpoints, make_session(endpoints.ca_bundle), cache)

    def _silent_sign_in(self) -> Signed | None:  # worker thread
        auth = self._graph_auth()
        sign_in = auth.acquire_silent()
        if sign_in is None:
            return None
        return self._complete(auth, sign_in)

    def _complete(self, auth: Any, sign_in: Any) -> Signed:  # worker thread
        from wizard.entra.graph import GraphClient, SignedInTokens

        store, tenant_id = self._store, self.target.tenant_id

        def save() -> None:
            if store is None:
                return
            from wizard.storage.secrets import KeyringError, save_msal_cache

            try:
                save_msal_cache(store, tenant_id, auth.cache)
            except KeyringError as err:
                log.warning("could not save the Microsoft sign-in: %s", err.code)

        save()
        tokens = SignedInTokens(auth, sign_in, on_refreshed=lambda _fresh: save())
        client = GraphClient(self.target.endpoints.graph_base, auth.session, tokens)
        client.signed_in = sign_in  # what diagnose's sign-in check reports (the account)
        try:
            tenant = client.organization()
        except WizardError:
            tenant = None  # the checks report Graph's state; the header is only a nicety
        return Signed(auth, sign_in, client, tenant)

    async def _interactive_sign_in(self) -> Signed | None:
        """The Microsoft sign-in page's embedded flow: MSAL's auth URL in the browser."""
        from wizard.ui.browser import capture

        auth = await run_in_thread(self._graph_auth)
        flow = await run_in_thread(auth.begin_embedded)
        url = await capture(
            self,
            flow.auth_uri,
            flow.redirect_uri,
            trusted_fingerprint=self.ctx.trusted_fingerprint(),
            title=QCoreApplication.translate("MicrosoftSignInPage", "Sign in to Microsoft"),
        )
        if url is None:
            return None  # check 4 then says a sign-in is needed, with Sign in as its fix
        sign_in = await run_in_thread(auth.finish_embedded, flow, url)
        return await run_in_thread(self._complete, auth, sign_in)

    def _adopt(self, signed: Signed) -> None:
        self.graph = signed.client
        ctx = self.ctx
        # The setup pages (Re-create) then reuse this sign-in: same endpoints, same tenant.
        ctx.endpoints = self.target.endpoints
        ctx.graph_auth, ctx.ms_signin, ctx.graph = signed.auth, signed.sign_in, signed.client
        ctx.ms_tenant = signed.tenant

    # ------------------------------------------------------------------ fixes
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
            Op.coroutine(self, functools.partial(self._fix_and_confirm, finding))
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
            Op.coroutine(self, self._fix_all_flow)
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
        assert report is not None
        while True:
            pending = [
                f
                for f in report.findings
                if f.status in (Status.FAILED, Status.WARNING, Status.UNKNOWN)
                and f.fix in AUTOMATIC
                and (f.check_id, f.fix) not in tried
            ]
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
            if finding.fix is Fix.SIGN_IN:
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
            report = await self._run_checks()
        else:
            await self._ensure_graph(interactive=True)
            if self.graph is None:
                err, self._pending_error = self._pending_error, None
                raise err if err is not None else RepairUiError.not_signed_in()
            if finding.fix is Fix.RECONSENT:
                result = await self._reconsent()
            elif finding.fix is Fix.RENEW_TOKEN:
                result = await self._renew_token()
            elif finding.fix is Fix.RESTART_JOB:
                self.set_progress(
                    QCoreApplication.translate("RepairPage", "Restarting the provisioning job…")
                )
                result = await run_in_thread(repair.restart_job, self.target, self.graph)
            else:
                raise AssertionError(f"no GUI action for fix {finding.fix}")
            report, text = result.report, QCoreApplication.translate("repair", result.message)
        after = next((f for f in report.findings if f.check_id == finding.check_id), None)
        if after is not None and after.status not in (Status.OK, Status.WARNING):
            text = QCoreApplication.translate(
                "RepairPage", "{result} The check still reports: {finding}"
            ).format(result=text, finding=finding_texts(after)[1])
        return report, text

    def _fixed(self, outcome: tuple[Report, str]) -> None:
        report, result = outcome
        self.show_report(report)
        self._show_result(result)

    # ------------------------------------------------------------------ Re-consent
    async def _reconsent(self) -> repair.RepairResult:
        target, graph = self.target, self.graph
        request = consent.admin_consent_url(self.ctx.endpoints, target.tenant_id)
        self.set_progress(
            QCoreApplication.translate(
                "RepairPage",
                "Waiting for a Global Administrator to accept in the Microsoft window…",
            )
        )
        captured = await self._consent_window(request)
        if captured is None:
            raise RepairUiError.consent_window_closed()
        # State first, then error (Entra keeps admin_consent=True on errors), then admin_consent;
        # a decline raises with the AADSTS reason and nothing was changed.
        consent.parse_redirect(request, captured)
        started = time.monotonic()
        timer = QTimer(self)
        timer.setInterval(1000)

        def tick() -> None:
            self.set_progress(
                QCoreApplication.translate(
                    "RepairPage",
                    "Consent given. Waiting for Entra ID to show the Cisco Webex Identity "
                    "Integration app… ({seconds} s)",
                ).format(seconds=int(time.monotonic() - started))
            )

        timer.timeout.connect(tick)
        tick()
        timer.start()
        stop = threading.Event()
        try:
            return await run_in_thread(
                repair.verify_consent, target, graph, CONSENT_POLL_TIMEOUT, should_stop=stop.is_set
            )
        finally:
            stop.set()  # Cancel: the poller thread stops at its next wait
            timer.stop()
            timer.deleteLater()

    async def _consent_window(self, request: consent.ConsentRequest) -> str | None:
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
        return await run_in_thread(repair.renew_token, self.target, self.graph, token, self._store)

    # ------------------------------------------------------------------ export
    def choose_export_file(self) -> None:
        if self.report is None:
            return
        dialog = QFileDialog(self, QCoreApplication.translate("RepairPage", "Export report"))
        dialog.setObjectName("ExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [
                QCoreApplication.translate("RepairPage", "HTML page (*.html)"),
                QCoreApplication.translate("RepairPage", "Text file (*.txt)"),
            ]
        )
        dialog.setDefaultSuffix("html")
        dialog.selectFile("webex-provisioning-report.html")
        dialog.fileSelected.connect(self.export_to)
        self._file_dialog = dialog
        dialog.open()  # no nested event loop (qasync #59)

    def export_to(self, path: str | Path) -> Path:
        """Write the report: HTML for ``.html``/``.htm``, text otherwise. No secrets."""
        target = Path(path)
        if self.report is None:
            raise ValueError("no report to export yet")
        if target.suffix.lower() in (".html", ".htm"):
            content = report_html(self.report)
        else:
            content = logs.redact(self.report.to_text())
        target.write_text(content, encoding="utf-8")
        self._show_result(
            QCoreApplication.translate("RepairPage", "Report saved to {path}.").format(
                path=str(target)
            )
        )
        return target

    # ------------------------------------------------------------------ tests
    @property
    def browser_dialog(self) -> BrowserDialog | None:
        return self._dialog


def _progress_text(done: int, total: int, finding: Finding) -> str:
    """diagnose's ``on_progress(done, total, finding)`` → a line for the busy panel."""
    return QCoreApplication.translate("RepairPage", "Checked {done} of {total}: {title}").format(
        done=done, total=total, title=finding_texts(finding)[0]
    )


__all__ = ["CheckRow", "ConsentBrowser", "RepairPage", "report_html"]
