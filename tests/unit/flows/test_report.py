"""The setup report: every fact in it, the renewal date, the admin links, and no secret ever."""

from __future__ import annotations

from datetime import UTC, datetime

from wizard.core import endpoints as ep
from wizard.core import logs
from wizard.flows.setup_report import (
    StepLine,
    Summary,
    admin_links,
    render_html,
    render_text,
    renew_before,
)

TOKEN = "ZmFrZXRva2VuZmFrZXRva2VuZmFrZXRva2Vu_P0A1_0c1b3c8e-2f6d-4a3b-9f7e-2b1d6c9e8a11"
EXPIRES = datetime(2026, 3, 15, 12, 0, tzinfo=UTC).timestamp()


def _summary(**changes: object) -> Summary:
    values: dict[str, object] = {
        "tenant_name": "Contoso",
        "tenant_id": "11111111-2222-3333-4444-555555555555",
        "app_name": "Cisco Webex",
        "sp_id": "sp-1",
        "job_id": "webexProvisioning.abc.def",
        "job_status": "Active",
        "tenant_url": "https://api.ciscospark.com/v1/scim/org-1",
        "org_id": "org-1",
        "token_expires_at": EXPIRES,
        "notification_email": "admin@contoso.example",
        "scope": "Only assigned users and groups",
        "assigned": ("Alex Wilber (alexw@contoso.onmicrosoft.com), role User",),
        "first_user": "Success: alexw@contoso.onmicrosoft.com exists in Webex",
        "steps": (StepLine("Create the provisioning job", "done"),),
        "entra_url": "https://entra.microsoft.com",
        "control_hub_url": "https://admin.webex.com",
        "generated_at": datetime(2026, 1, 29, 8, 30, tzinfo=UTC).timestamp(),
    }
    values.update(changes)
    return Summary(**values)  # type: ignore[arg-type]


def test_text_report_lists_every_fact_and_the_renewal_date() -> None:
    text = render_text(_summary())
    for line in (
        "Microsoft Entra tenant: Contoso",
        "Tenant ID: 11111111-2222-3333-4444-555555555555",
        "Enterprise app: Cisco Webex",
        "Service principal (object) ID: sp-1",
        "Provisioning job ID: webexProvisioning.abc.def",
        "Provisioning job status: Active",
        "Webex tenant URL: https://api.ciscospark.com/v1/scim/org-1",
        "Webex organization ID: org-1",
        "Webex token expires: 2026-03-15",
        "Renew the token before: 2026-03-01",
        "Failure notifications go to: admin@contoso.example",
        "  - Alex Wilber (alexw@contoso.onmicrosoft.com), role User",
        "  [done] Create the provisioning job",
        "  Entra admin center: https://entra.microsoft.com",
        "  Control Hub: https://admin.webex.com",
        "Generated (UTC): 2026-01-29 08:30:00",
    ):
        assert line in text.splitlines(), line
    assert "Repair" in text


def test_html_report_is_escaped_and_complete() -> None:
    html = render_html(_summary(app_name="Cisco <Webex> & co"), lang="ja")
    assert html.startswith("<!DOCTYPE html>") and "lang='ja'" in html
    assert "Cisco &lt;Webex&gt; &amp; co" in html and "<Webex>" not in html
    assert "<th>Renew the token before</th><td>2026-03-01</td>" in html
    assert "<a href='https://admin.webex.com'>" in html


def test_no_secret_reaches_either_report() -> None:
    logs.register_secret("opaque-secret-value-123")
    summary = _summary(
        app_name=f"Cisco Webex {TOKEN}",
        first_user="note with opaque-secret-value-123 inside",
        steps=(StepLine("Save", "done", note=f"SecretToken={TOKEN}"),),
    )
    for rendered in (render_text(summary), render_html(summary)):
        assert TOKEN not in rendered and TOKEN[5:30] not in rendered
        assert "opaque-secret-value-123" not in rendered
        assert "[REDACTED" in rendered


def test_translation_function_is_applied() -> None:
    text = render_text(_summary(), translate=lambda s: s.upper())
    assert "TENANT ID: 11111111-2222-3333-4444-555555555555" in text
    assert render_text(_summary(token_expires_at=None)).count(": unknown") == 2


def test_admin_links_follow_the_clouds() -> None:
    entra, hub = admin_links(ep.preset("global", "commercial"))
    assert (entra, hub) == ("https://entra.microsoft.com", "https://admin.webex.com")
    entra, hub = admin_links(ep.preset("usgov", "fedramp"), sp_id="s1", app_id="a1")
    assert entra == (
        "https://entra.microsoft.us/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview"
        "/objectId/s1/appId/a1"
    )
    assert hub == "https://admin-usgov.webex.com"
    assert renew_before(EXPIRES) == "2026-03-01"  # the check's 14-day warning period
