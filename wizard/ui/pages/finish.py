"""Finish: what was connected, where to look, when to renew the token, and a report to keep;
"Keep it healthy" schedules the daily check and saves a calendar reminder (:mod:`.finish_upkeep`).

The summary is built from the context (nothing is fetched here): tenant, app, job, tenant URL,
org ID, the token's expiry date and the date to renew it by with Repair, and the principals
assigned. "Open in Entra admin center" and "Open Control Hub" go to the consoles of the clouds
chosen on the Environment page; in demo mode they are shown, not opened (the simulator has no
console, and opening the real one would suggest the demo changed it).

"Save report…" writes plain text or HTML (by the chosen file type) through
:mod:`wizard.flows.setup_report`, which redacts every line: the report can be attached to a ticket.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from wizard.flows import setup_report as report
from wizard.flows.setup_report import StepLine, Summary
from wizard.ui.ops import run_in_thread
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.finish_upkeep import FinishUpkeep
from wizard.ui.pages.review import step_title
from wizard.ui.qt import (
    QCoreApplication,
    QDesktopServices,
    QFileDialog,
    QUrl,
    is_alive,
)
from wizard.ui.widgets import caption_rows, grid_box, label, push_button
from wizard.ui.words import status_word

log = logging.getLogger("wizard.ui.pages.finish")


def tr_report(text: str) -> str:
    return QCoreApplication.translate("report", text)


class FinishPage(BasePage):
    page_id = PageId.FINISH

    def build(self) -> None:
        self._summary: Summary | None = None
        self._dialog: QFileDialog | None = None
        self._writes: set[asyncio.Task[str | None]] = set()
        self.intro = self.add_label()  # done or not: known on entry
        self.grid_box, self.grid = grid_box("SummaryGrid", row_spacing=3, column_spacing=14)
        self.body.addWidget(self.grid_box)
        self.values: dict[str, object] = {}
        self.renew_note = self.add_note([])
        self.add_section(self.tr("Keep it healthy"))
        self.upkeep = FinishUpkeep(self)
        self.body.addWidget(self.upkeep)

        self.assigned_title = self.add_section(self.tr("Assigned users and groups"))
        self.assigned = self.add_label(name="AssignedList")

        self.add_section(self.tr("Admin consoles"))
        self.entra_button = push_button(
            self.tr("Open in Entra admin center"),
            "OpenEntra",
            lambda: self._open(self._summary_url("entra")),
        )
        self.hub_button = push_button(
            self.tr("Open Control Hub"), "OpenControlHub", lambda: self._open(self._summary_url("hub"))
        )
        self.add_row(self.entra_button, self.hub_button)
        self.links = self.add_label(name="Muted")

        self.save_button = push_button(self.tr("Save report…"), "SaveReport", self.ask_where_to_save)
        self.add_row(self.save_button)
        self.saved_label = self.add_label(name="Muted")

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        self._summary = self.summary()
        self._show(self._summary)

    # ------------------------------------------------------------------ summary
    def summary(self) -> Summary:
        """Everything the page and the report show, from the context. Ids and names only."""
        ctx = self.ctx
        tenant = ctx.ms_tenant
        app = ctx.webex_app
        result = ctx.setup_result
        inputs = ctx.setup_inputs
        token = ctx.webex_token
        entra, hub = report.admin_links(
            ctx.endpoints, getattr(app, "id", ""), getattr(app, "app_id", "")
        )
        status = getattr(result, "job_status", None)
        on_demand = getattr(result, "on_demand", None)
        first_user = ""
        if on_demand is not None:
            where = (
                self.tr("exists in Webex") if on_demand.in_webex else self.tr("not in Webex yet")
            )
            first_user = f"{status_word(on_demand.status)}: {where}"
        if inputs is None:
            scope = ""
        elif inputs.sync_all:
            scope = self.tr("All users and groups")
        else:
            scope = self.tr("Only assigned users and groups")
        return Summary(
            tenant_name=getattr(tenant, "display_name", "") or "",
            tenant_id=getattr(tenant, "id", "") or getattr(ctx.ms_signin, "tenant_id", "") or "",
            app_name=getattr(app, "display_name", "") or "",
            sp_id=getattr(app, "id", "") or "",
            job_id=getattr(result, "job_id", "") or "",
            job_status=getattr(status, "code", "") or "",
            tenant_url=ctx.webex_tenant_url or "",
            org_id=ctx.webex_org_id or "",
            token_expires_at=getattr(token, "expires_at", None),
            notification_email=(
                inputs.notification_email if inputs is not None and inputs.notify_on_failure else ""
            ),
            scope=scope,
            assigned=tuple(ctx.setup_assigned),
            first_user=first_user,
            steps=tuple(
                StepLine(step_title(s), s.status) for s in getattr(result, "steps", None) or ()
            ),
            entra_url=entra,
            control_hub_url=hub,
            demo=ctx.is_demo,
            generated_at=time.time(),
        )

    def _summary_url(self, which: str) -> str:
        summary = self._summary or self.summary()
        return summary.entra_url if which == "entra" else summary.control_hub_url

    def _show(self, summary: Summary) -> None:
        done = bool(summary.job_id)
        self.intro.setText(
            self.tr("Provisioning from Entra ID to Webex is set up.")
            if done
            else self.tr("The setup did not run to the end: nothing below was confirmed.")
        )
        self._fill_grid(summary)
        self._show_renewal(summary)
        self.upkeep.show_for(summary.token_expires_at, summary.demo)
        self.assigned.setText(
            "\n".join(f"• {line}" for line in summary.assigned)
            if summary.assigned
            else self.tr("None chosen in this run.")
        )
        self._show_links(summary)

    def _fill_grid(self, summary: Summary) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        rows = [
            (
                "tenant",
                "{name} ({id})".format(
                    name=summary.tenant_name or "–", id=summary.tenant_id or "–"
                ),
            ),
            ("app", summary.app_name or "–"),
            ("sp_id", summary.sp_id or "–"),
            ("job_id", summary.job_id or "–"),
            ("job_status", status_word(summary.job_status) if summary.job_status else "–"),
            ("tenant_url", summary.tenant_url or "–"),
            ("org_id", summary.org_id or "–"),
            (
                "expiry",
                report.utc_date(summary.token_expires_at) if summary.token_expires_at else "–",
            ),
        ]
        values = {key: label(value, name=f"Summary_{key}") for key, value in rows}
        names = (tr_report(report.LABELS[key]) for key in values)
        pairs = zip(names, values.values(), strict=True)
        caption_rows(self.grid, pairs, name="SummaryName", wrap=False)
        self.values = dict(values)

    def _show_renewal(self, summary: Summary) -> None:
        if summary.token_expires_at:
            self.renew_note.set_lines(
                [
                    self.tr(
                        "The Webex token expires on {date}. Renew it before {renew}: run the "
                        "wizard again and choose Renew the Webex token, sign in to Webex, and "
                        "the new token is saved in Entra ID. Provisioning stops when it expires."
                    ).format(
                        date=report.utc_date(summary.token_expires_at),
                        renew=report.renew_before(summary.token_expires_at),
                    ),
                    self.tr(
                        "The token belongs to the Webex administrator who signed in: resetting "
                        "that administrator's access in Control Hub revokes it, and provisioning "
                        "stops until the token is renewed."
                    ),
                ]
            )
        else:
            self.renew_note.set_lines([])

    def _show_links(self, summary: Summary) -> None:
        demo = summary.demo
        self.entra_button.setEnabled(not demo)
        self.hub_button.setEnabled(not demo)
        lines = [
            self.tr("Entra admin center: {url}").format(url=summary.entra_url),
            self.tr("Control Hub: {url}").format(url=summary.control_hub_url),
        ]
        if demo:
            lines.append(
                self.tr(
                    "Demo mode: these are the real consoles, which the simulator does not "
                    "change, so the buttons do not open them."
                )
            )
        self.links.setText("\n".join(lines))

    def _open(self, url: str) -> None:
        if self.ctx.is_demo:
            return
        QDesktopServices.openUrl(QUrl(url))

    # ------------------------------------------------------------------ report
    def ask_where_to_save(self) -> None:
        """A non-modal file dialog: exec() would nest an event loop inside qasync."""
        dialog = QFileDialog(self, self.tr("Save the setup report"))
        dialog.setObjectName("SaveReportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        text_filter = self.tr("Plain text (*.txt)")
        html_filter = self.tr("Web page (*.html)")
        dialog.setNameFilters([text_filter, html_filter])
        dialog.selectFile("webex-provisioning-report.txt")
        dialog.fileSelected.connect(
            lambda path: self.save_report(
                Path(path), html=dialog.selectedNameFilter() == html_filter
            )
        )
        self._dialog = dialog
        dialog.open()

    def save_report(self, path: Path, *, html: bool | None = None) -> Path:
        """Write the report (HTML when *html*, or when the name ends in .html/.htm) off the UI
        thread; returns the file it goes to. The label below the button says when it is there."""
        summary = self._summary or self.summary()
        path, html = report.report_path(path, html)
        content = (
            report.render_html(summary, tr_report, self.ctx.lang)
            if html
            else report.render_text(summary, tr_report)
        )
        # Not an Op: two saves in a row (text, then HTML) must both finish, not replace each other.
        task = asyncio.ensure_future(run_in_thread(report.write_report, path, content))
        task.add_done_callback(lambda done: self._report_written(path, html, done))
        self._writes.add(task)
        return path

    def _report_written(self, path: Path, html: bool, task: asyncio.Task[str | None]) -> None:
        self._writes.discard(task)
        if task.cancelled() or not is_alive(self):
            return
        problem = task.exception() or task.result()
        if problem is not None:
            self.saved_label.setText(
                self.tr("Could not save the report to {path}: {reason}").format(
                    path=str(path), reason=str(problem)
                )
            )
            return
        log.info("setup report saved (%s)", "html" if html else "text")
        self.saved_label.setText(self.tr("Report saved to {path}").format(path=str(path)))

    @property
    def writing(self) -> bool:
        """True while a report is being written (tests wait for it)."""
        return bool(self._writes)
