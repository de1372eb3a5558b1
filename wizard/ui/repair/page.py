"""The repair report: one traffic light per diagnostic check, a Fix per fixable finding.

What it does: loads what setup stored (:func:`wizard.flows.diagnostics.load_target`), signs in
to Microsoft silently from the saved sign-in, and only if that fails with the embedded browser
(:mod:`wizard.ui.repair.ms_signin`), then runs the checks in a worker thread with progress and
Cancel. Fixes (:mod:`wizard.ui.repair.fixes`) are each confirmed by running the checks again;
"Fix all" does them in order. "Export report…" writes text or HTML (escaped, redacted).

Why a plain widget and not a QWizardPage: the repair journey is its own window
(:mod:`wizard.ui.repair.window`); its busy indicator, error area and running operation are the
shared :class:`wizard.ui.busy.OpArea`, not QWizard's navigation.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path
from typing import Any

from wizard.core import logs
from wizard.core.errors import WizardError
from wizard.flows import diagnostics
from wizard.flows.diagnostics import Finding, Fix, Report, Status
from wizard.ui.busy import OpArea
from wizard.ui.ops import Op, run_in_thread
from wizard.ui.qt import (
    QCoreApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from wizard.ui.repair.fixes import RepairFixes, automatic_fixes
from wizard.ui.repair.ms_signin import MicrosoftSignIn
from wizard.ui.repair.report_view import (
    CheckRow,
    progress_text,
    report_html,
    status_colour,
    summary_text,
)
from wizard.ui.widgets import button_row, label, push_button

log = logging.getLogger("wizard.ui.repair")

#: Display order of statuses: what needs the admin comes first.
_ORDER = {Status.FAILED: 0, Status.UNKNOWN: 1, Status.WARNING: 2}


def problems_first(findings: list[Finding]) -> list[Finding]:
    """Failed checks first, then unconfirmed (outage) ones, warnings, and the rest; each group in
    check order (``sorted`` is stable)."""
    return sorted(findings, key=lambda f: _ORDER.get(f.status, 3))


class RepairPage(RepairFixes, MicrosoftSignIn, QWidget):
    """The report and its actions; its :attr:`ops` area runs one operation at a time."""

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
        self._dialog: Any = None
        self._file_dialog: QFileDialog | None = None
        #: An error to show under the report once it is on screen (load or sign-in failure).
        self._pending_error: WizardError | None = None
        self.rows: dict[str, CheckRow] = {}
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
        outer.addWidget(self._build_rows(), 1)
        self.ops = OpArea("repair", self)
        self.ops.busy_changed.connect(lambda _busy: self._refresh_actions())
        self.busy, self.error_panel = self.ops.busy, self.ops.error_panel
        outer.addWidget(self.ops)
        outer.addLayout(self._build_actions())
        self._refresh_actions()

    def _build_rows(self) -> QScrollArea:
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a tab stop (as on the setup pages): an unnamed stop says nothing to a screen reader.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        body.setMinimumSize(1, 1)
        self.rows_layout = QVBoxLayout(body)
        self.rows_layout.setContentsMargins(0, 0, 4, 0)
        self.rows_layout.setSpacing(0)
        self.rows_layout.addStretch(1)
        self.scroll.setWidget(body)
        return self.scroll

    def _build_actions(self) -> QHBoxLayout:
        self.recheck_button = push_button(
            QCoreApplication.translate("RepairPage", "Re-check"), "Recheck", self.recheck
        )
        self.fix_all_button = push_button(
            QCoreApplication.translate("RepairPage", "Fix all"), "FixAll", self.fix_all
        )
        self.export_button = push_button(
            QCoreApplication.translate("RepairPage", "Export report…"),
            "ExportReport",
            self.choose_export_file,
        )
        return button_row(self.recheck_button, self.fix_all_button, trailing=(self.export_button,))

    # ------------------------------------------------------------------ the running operation
    @property
    def task(self) -> asyncio.Task[Any] | None:
        return self.ops.task

    def is_busy(self) -> bool:
        return self.ops.is_busy()

    def set_progress(self, text: str) -> None:
        self.ops.set_progress(text)

    def show_error(self, err: WizardError, retry: Any = None) -> None:
        self.ops.show_error(err, retry)

    def cancel_running(self) -> None:
        self.ops.cancel_running()

    # ------------------------------------------------------------------ display
    def _refresh_actions(self) -> None:
        busy = self.ops.is_busy()
        fixable = bool(automatic_fixes(self.report))
        self.recheck_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.report is not None)
        self.fix_all_button.setEnabled(not busy and fixable)
        # Enter runs "Fix all" when there is something to fix (the window's default button).
        self.fix_all_button.setDefault(fixable)
        self.recheck_button.setDefault(not fixable)
        for row in self.rows.values():
            row.fix_button.setEnabled(not busy)

    def show_report(self, report: Report) -> None:
        self.report = report
        for finding in report.findings:
            row = self.rows.get(finding.check_id)
            if row is None:
                row = CheckRow(finding.check_id)
                row.fix_requested.connect(self.fix_check)
                self.rows[finding.check_id] = row
            row.show_finding(finding)
        # What needs the admin first: failed, then unconfirmed, then warnings, then the rest,
        # each group in check order.
        for position, finding in enumerate(problems_first(report.findings)):
            row = self.rows[finding.check_id]
            self.rows_layout.removeWidget(row)  # moving within a layout: out, then in
            self.rows_layout.insertWidget(position, row)
        self.summary.setText(summary_text(report))
        self.summary.setStyleSheet(f"color: {status_colour(report.overall())};")
        self._refresh_actions()
        if self.fix_all_button.isEnabled() and self.isVisible():
            self.fix_all_button.setFocus()
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
            Op.coroutine(self.ops, self._check_flow)
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
            return diagnostics.report_for_load_error(err)
        await self._ensure_graph(interactive=True)
        return await self._run_checks()

    def renew_now(self) -> None:
        """The start page's "Renew the Webex token": the renewal first; its result carries the
        checks run again afterwards."""
        (
            Op.coroutine(self.ops, self._renew_flow)
            .with_progress(QCoreApplication.translate("RepairPage", "Reading what setup saved…"))
            .success(self._fixed)
            .run()
        )

    async def _renew_flow(self) -> tuple[Report, str]:
        await self._ensure_target()
        result = await self._change_fix(Fix.RENEW_TOKEN)
        return result.report, QCoreApplication.translate("repair", result.message)

    def _checked(self, report: Report) -> None:
        self.show_report(report)
        err, self._pending_error = self._pending_error, None
        if err is not None:
            self.show_error(err, self.recheck if err.transient else None)

    async def _ensure_target(self) -> None:
        if self.target is None:
            self.target = await run_in_thread(diagnostics.load_target, self.ctx.services)

    async def _run_checks(self) -> Report:
        self.set_progress(QCoreApplication.translate("RepairPage", "Running the checks…"))
        loop = asyncio.get_running_loop()
        stop = threading.Event()

        def progress(done: int, total: int, finding: Finding) -> None:  # worker thread
            # Translation is thread-safe; the widget is touched on the UI thread only.
            loop.call_soon_threadsafe(self.set_progress, progress_text(done, total, finding))

        try:
            return await run_in_thread(
                diagnostics.run_checks,
                self.target,
                services=self.ctx.services,
                graph=self.graph,
                should_stop=stop.is_set,
                on_progress=progress,
            )
        finally:
            stop.set()  # Cancel: the worker stops at its next check

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
    def browser_dialog(self) -> Any:
        return self._dialog


__all__ = ["RepairPage"]
