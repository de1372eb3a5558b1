"""How the repair report looks: traffic-light colours, the texts of statuses and fixes in the UI
language, one :class:`CheckRow` per check, and the exported HTML page.

Translation: titles and findings come from :mod:`wizard.diagnose` as English templates (context
``diagnose``); they are translated here, then filled, so ids and names stay intact.
"""

from __future__ import annotations

import html

from wizard.core import logs
from wizard.flows.diagnostics import Finding, Fix, Report, Status
from wizard.ui.qt import (
    QCoreApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    Qt,
    QToolButton,
    QWidget,
    Signal,
)
from wizard.ui.style import STATUS_COLOURS, colour
from wizard.ui.widgets import correlation_text, label
from wizard.ui.words import phrase_in

#: Traffic-light colour kinds (style.colour picks the shade that reads on the current palette).
COLOUR_KINDS = {
    Status.OK: "ok",
    Status.WARNING: "warning",
    Status.FAILED: "error",
    Status.UNKNOWN: "muted",
    Status.SKIPPED: "muted",
}


def status_colour(status: Status) -> str:
    return colour(COLOUR_KINDS[status])


#: Statuses a Fix button is offered for.
FIXABLE = (Status.FAILED, Status.WARNING, Status.UNKNOWN)


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


def _phrased(params: dict) -> dict[str, str]:
    """Params as the admin reads them: another check's title (a catalogue string of the same
    context) translated, Graph's status words and times phrased by wizard.ui.words."""
    word = phrase_in("diagnose")
    return {key: word(value) for key, value in params.items()}


def finding_texts(finding: Finding) -> tuple[str, str]:
    """Title and finding in the UI language (context "diagnose").

    ``finding.template`` is the English source with ``{params}``; translating the template and
    then filling it keeps ids and names intact. Without a template the English text is shown.
    """
    title = QCoreApplication.translate("diagnose", finding.title)
    if finding.template:
        translated = QCoreApplication.translate("diagnose", finding.template)
        try:
            return title, translated.format(**_phrased(finding.params))
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
            f"<td style='color:{STATUS_COLOURS[False][COLOUR_KINDS[f.status]]};font-weight:600'>"
            f"&#9679; {html.escape(status_text(f.status))}</td>"
            f"<td><strong>{html.escape(title)}</strong><br>{html.escape(text)}</td>"
            f"<td style='font-family:monospace;font-size:90%'>{evidence}</td>"
            "</tr>"
        )
    # Translated first, then escaped: lupdate cannot collect a string inside an f-string.
    heading = html.escape(QCoreApplication.translate("RepairPage", "Webex provisioning repair report"))
    overall = QCoreApplication.translate("RepairPage", "Overall: {status}").format(
        status=status_text(report.overall())
    )
    columns = [
        QCoreApplication.translate("RepairPage", "Status"),
        QCoreApplication.translate("RepairPage", "Check"),
        QCoreApplication.translate("RepairPage", "Evidence"),
    ]
    header = "".join(f"<th>{html.escape(name)}</th>" for name in columns)
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{heading}</title></head><body><h1>{heading}</h1><p>{html.escape(overall)}</p>"
        f"<table border='1' cellpadding='6' cellspacing='0'><tr>{header}</tr>"
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
        self.light.setText(f"● {status_text(finding.status)}")
        self.light.setStyleSheet(f"color: {status_colour(finding.status)}; font-weight: 600;")
        self.light.setToolTip(status_text(finding.status))
        title, text = finding_texts(finding)
        self.title.setText(title)
        self.text.setText(text)
        lines = evidence_lines(finding)
        self.details.setText("\n".join(lines))
        self.details_toggle.setVisible(bool(lines))
        self.details.setVisible(bool(lines) and self.details_toggle.isChecked())
        fixable = finding.status in FIXABLE and bool(fix_text(finding.fix))
        self.fix_button.setText(fix_text(finding.fix))
        self.fix_button.setVisible(fixable)

    def _toggle(self, open_: bool) -> None:
        self.details.setVisible(open_ and bool(self.details.text()))
        self.details_toggle.setArrowType(
            Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow
        )


def progress_text(done: int, total: int, finding: Finding) -> str:
    """diagnose's ``on_progress(done, total, finding)`` → a line for the busy panel."""
    return QCoreApplication.translate("RepairPage", "Checked {done} of {total}: {title}").format(
        done=done, total=total, title=finding_texts(finding)[0]
    )


def summary_text(report: Report) -> str:
    """The line above the rows: all well, or how many checks are in which state."""
    counts = {s: sum(1 for f in report.findings if f.status is s) for s in Status}
    if report.overall() is Status.OK:
        return QCoreApplication.translate(
            "RepairPage", "Everything checked is working: {n} of {n} checks OK."
        ).format(n=len(report.findings))
    return QCoreApplication.translate(
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


__all__ = ["status_colour", "FIXABLE", "CheckRow", "finding_texts", "progress_text", "report_html", "summary_text"]
