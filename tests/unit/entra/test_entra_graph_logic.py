"""The decisions of pre-flight and the gallery step, on plain data (no network, no Qt)."""

from __future__ import annotations

import pytest

from wizard.core.endpoints import IDENTITY_INTEGRATION_APP_ID
from wizard.entra import gallery
from wizard.entra.gallery import (
    Candidate,
    GalleryError,
    GalleryTemplate,
    Lookup,
    ProvisioningJob,
    WebexApp,
    check_display_name,
    match_webex_apps,
)
from wizard.entra.preflight import (
    ROLE_APPLICATION_ADMIN,
    ROLE_GLOBAL_ADMIN,
    SKIP_CREATE_JOB,
    SKIP_GALLERY,
    Report,
    Role,
    Status,
    evaluate,
    summary,
)

TEMPLATE = GalleryTemplate("tpl-webex", "Cisco Webex", ("sync",))
USER_ADMIN = "fe930be7-5e62-47db-91af-98c3a49a38b1"


def sp(id_: str, name: str, template: str | None, app_id: str = "", **extra) -> dict:
    return {
        "id": id_,
        "appId": app_id or f"app-{id_}",
        "displayName": name,
        "applicationTemplateId": template,
        "tags": ["WindowsAzureActiveDirectoryIntegratedApp"],
        **extra,
    }


def lookup(*candidates: Candidate, template=TEMPLATE, identity=True, template_error=None) -> Lookup:
    ii = WebexApp("ii", IDENTITY_INTEGRATION_APP_ID, "Cisco Webex Identity Integration", None)
    return Lookup(template, tuple(candidates), ii if identity else None, template_error)


def job(status: str = "Active", reason: str = "") -> ProvisioningJob:
    return ProvisioningJob("job-1", "ciscoWebex", status, "Active", reason)


def by_key(findings) -> dict:
    return {f.key: f for f in findings}


# --------------------------------------------------------------------------- matching
def test_apps_match_by_template_id_even_when_renamed() -> None:
    sps = [
        sp("a", "Webex provisioning (renamed)", "tpl-webex"),
        sp("b", "Cisco Webex", "tpl-other-gallery-app"),  # another gallery app's instance
        sp("c", "cisco webex", None),  # no template id: the name decides
        sp("d", "Cisco Webex Meetings", None),
        sp("e", "Cisco Webex Identity Integration", None, app_id=IDENTITY_INTEGRATION_APP_ID),
    ]
    found = match_webex_apps(sps, TEMPLATE)
    assert [(a.id, a.matched_by) for a in found] == [("a", "template"), ("c", "name")]


def test_without_a_template_only_the_exact_name_matches() -> None:
    sps = [sp("a", "Cisco Webex", "tpl-x"), sp("b", "Cisco Webex SSO", None)]
    assert [a.id for a in match_webex_apps(sps, None)] == ["a"]


def test_hidden_follows_the_hideapp_tag() -> None:
    app = WebexApp.from_graph(sp("a", "Cisco Webex", "tpl-webex", tags=["HideApp"]))
    assert app.hidden and not WebexApp.from_graph(sp("b", "Cisco Webex", "tpl-webex")).hidden


@pytest.mark.parametrize("name", ["", "   ", "x" * (gallery.MAX_DISPLAY_NAME + 1)])
def test_display_name_must_be_sensible(name: str) -> None:
    with pytest.raises(GalleryError) as caught:
        check_display_name(name)
    assert caught.value.code == "gallery.invalid_name"


def test_display_name_is_trimmed() -> None:
    assert check_display_name("  Cisco   Webex ") == "Cisco Webex"


# --------------------------------------------------------------------------- roles
@pytest.mark.parametrize(
    "template_id",
    [ROLE_GLOBAL_ADMIN, ROLE_APPLICATION_ADMIN, "158c047a-c907-4556-b7ef-446551a6b5f7"],
)
def test_any_setup_role_passes(template_id: str) -> None:
    roles = [Role(USER_ADMIN, "User Administrator"), Role(template_id, "whatever the name")]
    finding = by_key(evaluate(roles, lookup()))["roles"]
    assert finding.status is Status.OK and not finding.blocking
    assert "User Administrator" in finding.evidence[0]


def test_missing_role_blocks_and_names_roles_and_who_grants_them() -> None:
    findings = evaluate([Role(USER_ADMIN, "User Administrator")], lookup())
    roles = by_key(findings)["roles"]
    assert roles.status is Status.FAILED and roles.blocking
    assert roles.text() == (
        "Your account has none of the roles setup needs: Cloud Application Administrator, "
        "Application Administrator or Global Administrator."
    )
    assert "Global Administrator or Privileged Role Administrator" in roles.detail_text()
    assert "Cloud Application Administrator role" in roles.detail_text()
    report = Report(tuple(findings), (), lookup())
    assert report.blocking


def test_role_names_are_not_trusted_only_template_ids() -> None:
    fake = Role("00000000-0000-0000-0000-000000000000", "Global Administrator")
    assert by_key(evaluate([fake], lookup()))["roles"].status is Status.FAILED


# --------------------------------------------------------------------------- apps and jobs
ADMIN = [Role(ROLE_GLOBAL_ADMIN, "Global Administrator")]


def test_no_app_means_the_gallery_step_runs() -> None:
    findings = by_key(evaluate(ADMIN, lookup()))
    assert findings["app"].status is Status.OK and findings["app"].skips == ()
    assert "job" not in findings


def test_one_app_is_reused_and_its_job_kept() -> None:
    app = WebexApp("a", "app-a", "Cisco Webex", "tpl-webex")
    found = lookup(Candidate(app, (job("Active"),)))
    findings = evaluate(ADMIN, found)
    report = Report(tuple(findings), tuple(ADMIN), found)
    assert report.reuse is not None and report.reuse.app is app
    assert report.skips == {SKIP_GALLERY, SKIP_CREATE_JOB}
    assert (
        by_key(findings)["job"]
        .text()
        .startswith("It already has a provisioning job (status Active)")
    )
    assert not report.blocking


def test_quarantined_job_is_a_warning() -> None:
    app = WebexApp("a", "app-a", "Cisco Webex", "tpl-webex")
    finding = by_key(
        evaluate(
            ADMIN, lookup(Candidate(app, (job("Quarantine", "EncounteredQuarantineException"),)))
        )
    )["job"]
    assert finding.status is Status.WARNING and "EncounteredQuarantineException" in finding.text()


def test_several_apps_are_a_choice_not_a_skip() -> None:
    apps = [WebexApp(i, f"app-{i}", "Cisco Webex", "tpl-webex") for i in ("a", "b")]
    found = lookup(*(Candidate(a) for a in apps))
    findings = evaluate(ADMIN, found)
    report = Report(tuple(findings), tuple(ADMIN), found)
    assert by_key(findings)["app"].status is Status.WARNING
    assert report.reuse is None and SKIP_GALLERY not in report.skips and not report.blocking
    assert len(by_key(findings)["app"].evidence) == 2


def test_no_app_and_no_template_blocks_with_the_gallery_error() -> None:
    err = GalleryError.template_not_found("graph.microsoft.us")
    findings = by_key(evaluate(ADMIN, lookup(template=None, template_error=err)))
    assert findings["app"].status is Status.FAILED
    assert "graph.microsoft.us" in findings["app"].detail_text()


def test_missing_identity_integration_is_a_warning_that_explains() -> None:
    findings = by_key(evaluate(ADMIN, lookup(identity=False)))
    ii = findings["identity_integration"]
    assert ii.status is Status.WARNING and not ii.blocking
    assert "Control Hub" in ii.detail_text() and "repair" in ii.detail_text()
    assert IDENTITY_INTEGRATION_APP_ID in ii.evidence[0]


def test_summary_is_plain_data() -> None:
    found = lookup()
    report = Report(tuple(evaluate(ADMIN, found)), tuple(ADMIN), found)
    data = summary(report)
    assert data["blocking"] is False and data["skips"] == []
    assert [f["status"] for f in data["findings"]] == ["ok", "ok", "ok"]


def test_broken_translation_falls_back_to_english() -> None:
    finding = by_key(evaluate([], lookup()))["roles"]
    assert finding.text(lambda _ctx, _s: "{nonexistent}") == finding.text()
