"""Pre-flight: roles, an existing Cisco Webex app (and its job), Cisco's integration app.

The checks are :func:`wizard.flows.preflight.check` (plain data); this page runs them off the UI
thread and shows the findings as a checklist with an icon per line. Next is disabled only when a
finding is blocking (no setup role, or no app and no way to add one). When exactly one existing
"Cisco Webex" app is found it is reused and Next skips the gallery page.
"""

from __future__ import annotations

import logging
import threading

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.flows import preflight, repair
from wizard.flows.preflight import SKIP_GALLERY, Finding, Report, Status
from wizard.ui.browser import run_dialog
from wizard.ui.consent import CONSENT_POLL_TIMEOUT, ConsentBrowser
from wizard.ui.errors import RepairUiError
from wizard.ui.ops import Op, run_in_thread
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage, LocalizedErrors
from wizard.ui.qt import (
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from wizard.ui.style import icon
from wizard.ui.widgets import button_row, column_box, label, push_button
from wizard.ui.words import phrase_in

log = logging.getLogger("wizard.ui.pages.preflight")

#: The finding whose "Restore it now" runs the admin consent.
IDENTITY_INTEGRATION = "identity_integration"

_ICONS = {
    Status.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    Status.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Status.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def _translate(context: str, text: str) -> str:
    """Our catalogue first; a value it does not hold may be one of Graph's status words."""
    return phrase_in(context)(text)


class FindingRow(QFrame):
    """Icon, message, explanation and (small) evidence of one finding; a missing Identity
    Integration app has a button that restores it."""

    restore_requested = Signal()

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName(f"Finding_{finding.key}")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(10)
        self.icon = QLabel()
        self.icon.setPixmap(
            icon(f"status-{finding.status.value}", _ICONS[finding.status]).pixmap(20, 20)
        )
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        status_names = {
            Status.OK: QCoreApplication.translate("PreflightPage", "OK"),
            Status.WARNING: QCoreApplication.translate("PreflightPage", "Warning"),
            Status.FAILED: QCoreApplication.translate("PreflightPage", "Failed"),
        }
        self.icon.setAccessibleName(status_names[finding.status])
        self.icon.setToolTip(status_names[finding.status])
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.message = label(finding.text(_translate))
        self.message.setObjectName("FindingMessage")
        self.message.setAccessibleName(f"{status_names[finding.status]}: {self.message.text()}")
        column.addWidget(self.message)
        detail = finding.detail_text(_translate)
        self.detail = label(detail)
        self.detail.setObjectName("FindingDetail")
        self.detail.setVisible(bool(detail))
        column.addWidget(self.detail)
        self.evidence = label("\n".join(finding.evidence_text(_translate)), name="Muted")
        self.evidence.setStyleSheet("font-size: 9pt;")
        self.evidence.setVisible(bool(finding.evidence))
        column.addWidget(self.evidence)
        self.restore_button: QPushButton | None = None
        if finding.key == IDENTITY_INTEGRATION and finding.status is Status.WARNING:
            self.restore_button = push_button(
                QCoreApplication.translate("PreflightPage", "&Restore it now (admin consent)"),
                "RestoreIdentityIntegration",
                self.restore_requested,
            )
            column.addLayout(button_row(self.restore_button))
        row.addLayout(column, 1)


class PreflightPage(LocalizedErrors, BasePage):
    page_id = PageId.PREFLIGHT
    intro_text = QT_TRANSLATE_NOOP(
        "PreflightPage",
        'The wizard checks your Entra roles, looks for an existing "Cisco Webex" enterprise app '
        'and its provisioning job, and for the "Cisco Webex Identity Integration" app. Nothing '
        "is changed here.",
    )

    def build(self) -> None:
        self._report: Report | None = None
        #: The admin-consent window while "Restore it now" runs (tests drive it).
        self.consent_dialog: ConsentBrowser | None = None
        self.checklist_box, self.checklist = column_box("Checklist", spacing=8)
        self.body.addWidget(self.checklist_box)
        self.outcome = self.add_label(name="SectionTitle", hidden=True)
        self.check_again = push_button(self.tr("Check again"), "CheckAgain", self.run_checks)
        self.check_again.hide()
        self.add_row(self.check_again)

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        self._clear()
        signin_first = self.tr("Sign in to Microsoft first: go Back to the sign-in page.")
        if not self.lacks_microsoft_signin(self.outcome, signin_first):
            self.run_checks()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        report = self._report
        if report is not None and not report.blocking and SKIP_GALLERY in report.skips:
            return int(PageId.WEBEX_SIGNIN)
        return super().nextId()

    # ------------------------------------------------------------------ checks
    def run_checks(self) -> None:
        self.read_tenant(
            preflight.check,
            self.tr("Checking your roles and existing apps…"),
            self._show_report,
            before=self._clear,
        )

    def _clear(self) -> None:
        self._report = None
        while self.checklist.count():
            item = self.checklist.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.outcome.hide()
        self.check_again.hide()

    def _show_report(self, report: Report) -> None:
        self._report = report
        ctx = self.ctx
        ctx.preflight = report
        for finding in report.findings:
            row = FindingRow(finding)
            row.restore_requested.connect(self.restore_identity_integration)
            self.checklist.addWidget(row)
        ctx.webex_app = preflight.app_after_check(report, ctx.webex_app, ctx.created_sp_id)
        if report.blocking:
            self.outcome.setText(self.tr("Setup cannot continue until the failed check is fixed."))
        elif SKIP_GALLERY in report.skips:
            self.outcome.setText(
                self.tr("All set. Next skips adding the app and goes to the Webex sign-in.")
            )
        else:
            self.outcome.setText(self.tr("All set. Click Next to continue."))
        self.outcome.show()
        self.check_again.show()
        self.set_complete(not report.blocking)
        # QWizard asks nextId() when it refreshes its buttons; a changed skip needs a refresh.
        self.completeChanged.emit()

    # ------------------------------------------------------------------ Identity Integration
    def restore_identity_integration(self) -> None:
        """The admin consent repair uses, for the signed-in tenant; then the checks again."""
        (
            Op.coroutine(self, self._restore_flow)
            .with_progress(
                self.tr("Waiting for a Global Administrator to accept in the Microsoft window…")
            )
            .success(lambda _sp: self.run_checks())
            .run()
        )

    async def _restore_flow(self) -> dict:
        tenant_id = getattr(self.ctx.ms_tenant, "id", "") or getattr(
            self.ctx.ms_signin, "tenant_id", ""
        )
        if self.ctx.graph is None or not tenant_id:
            raise RepairUiError.not_signed_in()
        request = repair.consent_request_for(self.ctx.endpoints, tenant_id)
        dialog = ConsentBrowser(
            request,
            trusted_fingerprint=self.ctx.trusted_fingerprint(),
            title=self.tr("Admin consent for Cisco Webex Identity Integration"),
            parent=self,
        )
        dialog.setObjectName("ConsentBrowser")
        self.consent_dialog = dialog
        try:
            captured = await run_dialog(dialog)
        finally:
            self.consent_dialog = None
        if captured is None:
            raise RepairUiError.consent_window_closed()
        repair.consent_answer(request, captured)  # a decline raises with Entra's reason
        self.ops.set_progress(self.tr("Consent given. Waiting for Entra ID to show the app…"))
        stop = threading.Event()
        try:
            return await run_in_thread(
                repair.wait_for_identity_integration,
                self.ctx.graph,
                CONSENT_POLL_TIMEOUT,
                should_stop=stop.is_set,
            )
        finally:
            stop.set()

    # ------------------------------------------------------------------ tests and diagnostics
    @property
    def report(self) -> Report | None:
        return self._report

    def rows(self) -> list[FindingRow]:
        return [
            self.checklist.itemAt(i).widget()
            for i in range(self.checklist.count())
            if isinstance(self.checklist.itemAt(i).widget(), FindingRow)
        ]
