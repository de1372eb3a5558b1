"""The setup report: what was connected, where to look, and when the Webex token must be renewed.

Plain text (for a ticket or an email) and HTML (for a browser or a printout), built from a
:class:`Summary` of plain values. No Qt here: the Finish page, the CLI and tests share it.

Why the report is safe to share: a :class:`Summary` holds ids, names, URLs and dates only —
never a token — and every rendered line is passed through :func:`wizard.core.logs.redact` anyway,
so a secret that slipped into a name or a note (defence in depth) is masked before it is written.

Labels are English source strings marked for translation (context ``report``); the UI passes
its translate function as *translate* so the saved report is in the admin's language.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wizard.core.endpoints import Endpoints
from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.core.logs import redact
from wizard.diagnose import EXPIRY_WARNING_DAYS

log = logging.getLogger("wizard.flows.setup_report")

#: Renew this long before the token expires: the daily check's warning period, so Finish, the
#: report, the reminder and ``check`` name the same day.
RENEW_MARGIN = timedelta(days=EXPIRY_WARNING_DAYS)

#: Admin consoles per cloud. Consoles are not API endpoints (nothing calls them), so they are
#: derived from the chosen cloud rather than configured. The China and FedRAMP entries follow
#: docs/webex.md#webex-for-government and https://learn.microsoft.com/en-us/graph/deployments.
ENTRA_ADMIN_CENTER = {
    "global": "https://entra.microsoft.com",
    "usgov": "https://entra.microsoft.us",
    "usgov-dod": "https://entra.microsoft.us",
    "china": "https://portal.azure.cn",
}
CONTROL_HUB = {
    "commercial": "https://admin.webex.com",
    "fedramp": "https://admin-usgov.webex.com",
}

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class StepLine:
    """One line of the Apply log: its (already translated) title and its final status."""

    title: str
    status: str
    note: str = ""


@dataclass(frozen=True)
class Summary:
    """Everything the Finish page shows and the report contains. Ids and names only."""

    tenant_name: str = ""
    tenant_id: str = ""
    app_name: str = ""
    sp_id: str = ""
    job_id: str = ""
    job_status: str = ""
    tenant_url: str = ""
    org_id: str = ""
    #: Seconds since the epoch, or None when no token expiry is known.
    token_expires_at: float | None = None
    notification_email: str = ""
    scope: str = ""
    #: "Alex Wilber (alexw@contoso.onmicrosoft.com) — User, role User" etc.
    assigned: tuple[str, ...] = ()
    first_user: str = ""
    steps: tuple[StepLine, ...] = ()
    entra_url: str = ""
    control_hub_url: str = ""
    demo: bool = False
    generated_at: float = field(default=0.0)


def admin_links(endpoints: Endpoints, sp_id: str = "", app_id: str = "") -> tuple[str, str]:
    """(Entra admin center URL for the app, Control Hub URL) for the endpoints' clouds.

    The Entra link opens the enterprise app's overview when its ids are known (the portal's
    documented deep-link form), else the admin center's home page.
    """
    entra = ENTRA_ADMIN_CENTER.get(endpoints.entra_cloud, ENTRA_ADMIN_CENTER["global"])
    if sp_id and app_id:
        entra = (
            f"{entra}/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/{sp_id}"
            f"/appId/{app_id}"
        )
    hub = CONTROL_HUB.get(endpoints.webex_env, CONTROL_HUB["commercial"])
    return entra, hub


def utc_date(ts: float) -> str:
    """YYYY-MM-DD in UTC: unambiguous in every language and time zone."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")


def renew_before(expires_at: float) -> str:
    """The date to renew the Webex token by (:data:`RENEW_MARGIN` before it expires), YYYY-MM-DD."""
    return utc_date((datetime.fromtimestamp(expires_at, UTC) - RENEW_MARGIN).timestamp())


# Labels, in report order. Keys are stable; values are translatable English.
LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("report", "Webex provisioning setup report"),
    "generated": QT_TRANSLATE_NOOP("report", "Generated (UTC)"),
    "demo": QT_TRANSLATE_NOOP(
        "report", "Demo mode: these values come from the simulator, not a real tenant."
    ),
    "tenant": QT_TRANSLATE_NOOP("report", "Microsoft Entra tenant"),
    "tenant_id": QT_TRANSLATE_NOOP("report", "Tenant ID"),
    "app": QT_TRANSLATE_NOOP("report", "Enterprise app"),
    "sp_id": QT_TRANSLATE_NOOP("report", "Service principal (object) ID"),
    "job_id": QT_TRANSLATE_NOOP("report", "Provisioning job ID"),
    "job_status": QT_TRANSLATE_NOOP("report", "Provisioning job status"),
    "tenant_url": QT_TRANSLATE_NOOP("report", "Webex tenant URL"),
    "org_id": QT_TRANSLATE_NOOP("report", "Webex organization ID"),
    "expiry": QT_TRANSLATE_NOOP("report", "Webex token expires"),
    "renew": QT_TRANSLATE_NOOP("report", "Renew the token before"),
    "email": QT_TRANSLATE_NOOP("report", "Failure notifications go to"),
    "scope": QT_TRANSLATE_NOOP("report", "Scope"),
    "assigned": QT_TRANSLATE_NOOP("report", "Assigned users and groups"),
    "first_user": QT_TRANSLATE_NOOP("report", "First user"),
    "steps": QT_TRANSLATE_NOOP("report", "Changes made"),
    "links": QT_TRANSLATE_NOOP("report", "Admin consoles"),
    "entra_url": QT_TRANSLATE_NOOP("report", "Entra admin center"),
    "hub_url": QT_TRANSLATE_NOOP("report", "Control Hub"),
    "none": QT_TRANSLATE_NOOP("report", "none"),
    "unknown": QT_TRANSLATE_NOOP("report", "unknown"),
    "renew_how": QT_TRANSLATE_NOOP(
        "report",
        "Before that date, run the wizard's Repair to sign in to Webex again and save the new "
        "token in Entra ID; provisioning stops when the token expires.",
    ),
}


def _fields(summary: Summary, translate: Translate) -> list[tuple[str, str]]:
    unknown = translate(LABELS["unknown"])
    expiry = renew = unknown
    if summary.token_expires_at:
        expiry = utc_date(summary.token_expires_at)
        renew = renew_before(summary.token_expires_at)
    tenant = summary.tenant_name or unknown
    rows = [
        (LABELS["tenant"], tenant),
        (LABELS["tenant_id"], summary.tenant_id or unknown),
        (LABELS["app"], summary.app_name or unknown),
        (LABELS["sp_id"], summary.sp_id or unknown),
        (LABELS["job_id"], summary.job_id or unknown),
        (LABELS["job_status"], summary.job_status or unknown),
        (LABELS["tenant_url"], summary.tenant_url or unknown),
        (LABELS["org_id"], summary.org_id or unknown),
        (LABELS["expiry"], expiry),
        (LABELS["renew"], renew),
        (LABELS["email"], summary.notification_email or translate(LABELS["none"])),
        (LABELS["scope"], summary.scope or unknown),
        (LABELS["first_user"], summary.first_user or translate(LABELS["none"])),
    ]
    return [(translate(k), v) for k, v in rows]


def _generated(summary: Summary) -> str:
    ts = summary.generated_at or datetime.now(UTC).timestamp()
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S")


def render_text(summary: Summary, translate: Translate = _same) -> str:
    """The report as plain text, redacted."""
    lines = [translate(LABELS["title"]), "=" * len(translate(LABELS["title"]))]
    lines.append(f"{translate(LABELS['generated'])}: {_generated(summary)}")
    if summary.demo:
        lines.append(translate(LABELS["demo"]))
    lines.append("")
    for name, value in _fields(summary, translate):
        lines.append(f"{name}: {value}")
    lines.append("")
    lines.append(translate(LABELS["renew_how"]))
    lines.append("")
    lines.append(f"{translate(LABELS['assigned'])}:")
    lines += [f"  - {item}" for item in summary.assigned] or [f"  {translate(LABELS['none'])}"]
    lines.append("")
    lines.append(f"{translate(LABELS['steps'])}:")
    for step in summary.steps:
        note = f" ({step.note})" if step.note else ""
        lines.append(f"  [{step.status}] {step.title}{note}")
    if not summary.steps:
        lines.append(f"  {translate(LABELS['none'])}")
    lines.append("")
    lines.append(f"{translate(LABELS['links'])}:")
    lines.append(f"  {translate(LABELS['entra_url'])}: {summary.entra_url}")
    lines.append(f"  {translate(LABELS['hub_url'])}: {summary.control_hub_url}")
    return redact("\n".join(lines) + "\n")


def render_html(summary: Summary, translate: Translate = _same, lang: str = "en") -> str:
    """The report as a standalone HTML document, escaped and redacted."""

    def e(text: str) -> str:
        return html.escape(redact(text))

    title = translate(LABELS["title"])
    rows = "\n".join(
        f"<tr><th>{e(name)}</th><td>{e(value)}</td></tr>"
        for name, value in _fields(summary, translate)
    )
    assigned = _items([e(a) for a in summary.assigned], e(translate(LABELS["none"])))
    steps = _items(
        [
            f"<span class='status'>[{e(s.status)}]</span> {e(s.title)}"
            + (f" <span class='note'>({e(s.note)})</span>" if s.note else "")
            for s in summary.steps
        ],
        e(translate(LABELS["none"])),
    )
    links = _items(
        [
            f"{e(translate(LABELS['entra_url']))}: <a href='{e(summary.entra_url)}'>"
            f"{e(summary.entra_url)}</a>",
            f"{e(translate(LABELS['hub_url']))}: <a href='{e(summary.control_hub_url)}'>"
            f"{e(summary.control_hub_url)}</a>",
        ],
        "",
    )
    demo = f"<p class='demo'>{e(translate(LABELS['demo']))}</p>" if summary.demo else ""
    return (
        f"<!DOCTYPE html>\n<html lang='{e(lang)}'><head><meta charset='utf-8'>"
        f"<title>{e(title)}</title><style>"
        "body{font-family:sans-serif;margin:2em;max-width:60em}"
        "th{text-align:left;padding-right:1.5em;vertical-align:top}"
        ".demo{color:#8a5a00}.status{font-family:monospace}.note{color:#555}"
        "</style></head><body>\n"
        f"<h1>{e(title)}</h1>\n<p>{e(translate(LABELS['generated']))}: {e(_generated(summary))}</p>\n"
        f"{demo}\n<table>\n{rows}\n</table>\n<p>{e(translate(LABELS['renew_how']))}</p>\n"
        f"<h2>{e(translate(LABELS['assigned']))}</h2>\n{assigned}\n"
        f"<h2>{e(translate(LABELS['steps']))}</h2>\n{steps}\n"
        f"<h2>{e(translate(LABELS['links']))}</h2>\n{links}\n</body></html>\n"
    )


def _items(items: Sequence[str], empty: str) -> str:
    if not items:
        return f"<p>{empty}</p>"
    return "<ul>\n" + "\n".join(f"<li>{item}</li>" for item in items) + "\n</ul>"


# ------------------------------------------------------------------------------------ saving
def report_path(path: Path, html: bool | None = None) -> tuple[Path, bool]:
    """Where a report chosen as *path* is written, and whether as HTML: *html* None follows the
    name (.html/.htm); HTML gets that suffix, text without a suffix gets .txt."""
    suffix = path.suffix.lower()
    if html is None:
        html = suffix in (".html", ".htm")
    if html and suffix not in (".html", ".htm"):
        path = path.with_suffix(".html")
    elif not html and not suffix:
        path = path.with_suffix(".txt")
    return path, html


def write_report(path: Path, content: str) -> str | None:
    """Worker thread: write a rendered (already redacted) report; None, or why it failed."""
    try:
        path.write_text(content, encoding="utf-8")
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        log.warning("could not save the report: %s", reason)
        return reason
    return None
