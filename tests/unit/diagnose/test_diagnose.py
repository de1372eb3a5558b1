"""Report logic and consent parsing, without network: exit codes, JSON, redaction, state/error order."""

from __future__ import annotations

import pytest

from wizard.core import endpoints as ep
from wizard.core.logs import register_secret
from wizard.diagnose import (
    CHECKS,
    Finding,
    Fix,
    RepairError,
    Report,
    Status,
    report_for_load_error,
)
from wizard.diagnose.report import make_finding as _finding
from wizard.entra.consent import ConsentError, admin_consent_url, parse_redirect


def report(*states: Status) -> Report:
    ids = list(CHECKS)
    return Report([_finding(ids[n], s, "x") for n, s in enumerate(states)], "a", "b")


@pytest.mark.parametrize(
    ("states", "overall", "code"),
    [
        ((Status.OK, Status.OK), Status.OK, 0),
        ((Status.OK, Status.WARNING, Status.SKIPPED), Status.WARNING, 1),
        ((Status.WARNING, Status.UNKNOWN, Status.SKIPPED), Status.UNKNOWN, 2),
        ((Status.UNKNOWN, Status.FAILED), Status.FAILED, 2),
    ],
)
def test_overall_and_exit_code(states, overall, code) -> None:
    r = report(*states)
    assert r.overall() is overall and r.exit_code() == code
    assert r.to_json()["exit_code"] == code and r.to_json()["overall"] == overall.value


def test_fixes_in_check_order_without_repeats() -> None:
    ids = list(CHECKS)
    r = Report(
        [
            _finding(ids[1], Status.FAILED, "t", fix=Fix.RENEW_TOKEN),
            _finding(ids[4], Status.FAILED, "c", fix=Fix.RECONSENT),
            _finding(ids[6], Status.FAILED, "q", fix=Fix.RENEW_TOKEN),
            _finding(ids[7], Status.OK, "ok"),
        ],
        "a",
        "b",
    )
    assert r.fixes() == [Fix.RENEW_TOKEN, Fix.RECONSENT]


def test_secrets_never_reach_text_or_json() -> None:
    secret = "S3cr3tT0ken-abcdefghijklmnopqrstuvwxyz0123456789"
    register_secret(secret)
    f = _finding("webex_token", Status.FAILED, "token {t} refused", {"t": secret}, evidence={"raw": secret})
    r = Report([f], "a", "b")
    assert secret not in r.to_text() and secret not in str(r.to_json())
    assert f.template == "token {t} refused" and f.title == CHECKS["webex_token"]


def test_load_error_report_fails_check_one_and_skips_the_rest() -> None:
    r = report_for_load_error(RepairError.nothing_stored("default"))
    assert [f.status for f in r.findings] == [Status.FAILED] + [Status.SKIPPED] * 7
    assert "Run setup first" in r.to_json()["checks"][0]["error"]["detail"]
    assert r.exit_code() == 2


def test_finding_is_plain_data() -> None:
    f = Finding("config", "t", Status.OK, "fine")
    assert f.fix is Fix.NONE and f.to_json()["fix"] == "none"


# ------------------------------------------------------------------------------------ consent
ENDPOINTS = ep.load(env={})
TENANT = "11111111-2222-3333-4444-555555555555"


def test_consent_url_uses_the_tenant_id_and_a_random_state() -> None:
    a = admin_consent_url(ENDPOINTS, TENANT)
    b = admin_consent_url(ENDPOINTS, TENANT)
    assert a.url.startswith(f"https://login.microsoftonline.com/{TENANT}/adminconsent?")
    assert "client_id=90db942a-c1eb-4e8d-82e4-eebf64a7e2ae" in a.url and f"state={a.state}" in a.url
    assert a.state != b.state and len(a.state) >= 40
    with pytest.raises(ValueError):
        admin_consent_url(ENDPOINTS, "common")


def test_error_is_read_before_admin_consent() -> None:
    req = admin_consent_url(ENDPOINTS, TENANT)
    url = (
        "https://example.invalid/reply?admin_consent=True&error=access_denied&error_description="
        "AADSTS65004%3a+User+declined+to+consent.%0d%0aTrace+ID%3a+"
        "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee&state=" + req.state
    )
    assert req.is_final(url)
    with pytest.raises(ConsentError) as caught:
        parse_redirect(req, url)
    assert caught.value.params["aadsts"] == "AADSTS65004"
    assert caught.value.correlation == {"trace-id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"}


def test_needs_admin_and_state_mismatch_and_success() -> None:
    req = admin_consent_url(ENDPOINTS, TENANT)
    with pytest.raises(ConsentError) as caught:
        parse_redirect(req, f"https://x.invalid/?error=consent_required&error_description=AADSTS90094%3a+x&state={req.state}")
    assert caught.value.code == "consent.needs_admin.AADSTS90094"
    with pytest.raises(ConsentError) as caught:
        parse_redirect(req, f"https://x.invalid/?admin_consent=True&tenant={TENANT}&state=forged")
    assert caught.value.code == "consent.state_mismatch"
    assert not req.is_final("https://login.microsoftonline.com/common/login")
    ok = parse_redirect(req, f"https://x.invalid/?admin_consent=True&tenant={TENANT}&state={req.state}")
    assert ok.tenant == TENANT


# ------------------------------------------------------------------------------------ loading
ORG = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"


def _services(tmp_path, *, saved: bool):
    from wizard.core.paths import Profile
    from wizard.flows.services import Services
    from wizard.storage.secrets import MemoryStore, SecretSet, TokenRecord

    profile = Profile("default", tmp_path / "data", tmp_path / "logs", "wizard-test-load")
    store = MemoryStore(profile)
    if saved:
        SecretSet(store, TENANT, ORG).save(
            token=TokenRecord("t" * 40, 1.0, 2.0), tenant_url="https://example.invalid/scim"
        )
    services = Services(ENDPOINTS, profile)
    services.use_store(store)
    return services


def test_nothing_saved_is_a_report_whose_first_check_says_run_setup(tmp_path) -> None:
    from wizard.flows.diagnostics import load_or_report

    result = load_or_report(_services(tmp_path, saved=False))
    assert isinstance(result, Report)
    assert result.findings[0].error is not None
    assert result.findings[0].error.code == "repair.nothing_stored"
    assert [f.status for f in result.findings] == [Status.FAILED] + [Status.SKIPPED] * 7


def test_the_saved_pair_is_loaded_from_the_run_store_and_a_wrong_one_is_a_usage_error(tmp_path) -> None:
    from wizard.flows.diagnostics import load_or_report

    services = _services(tmp_path, saved=True)
    target = load_or_report(services)
    assert not isinstance(target, Report)
    assert (target.tenant_id, target.org_id) == (TENANT, ORG)
    assert target.endpoints.entra_tenant == TENANT  # sign-ins go to the saved tenant
    assert target.tenant_url == "https://example.invalid/scim"
    with pytest.raises(RepairError) as caught:
        load_or_report(services, f"{TENANT}:00000000-0000-0000-0000-000000000000")
    assert caught.value.code == "config.unknown_profile"


def test_job_state_is_worded_from_both_the_schedule_and_the_status() -> None:
    from types import SimpleNamespace

    from wizard.diagnose.job_checks import check_job_state

    def finding(code: str, schedule: str):
        job = {"status": {"code": code}, "schedule": {"state": schedule}}
        return check_job_state(SimpleNamespace(job=job, findings={}))

    never = finding("NotConfigured", "Disabled")
    assert never.finding == "The job was never started." and never.fix is Fix.RESTART_JOB
    stopped = finding("Active", "Disabled")
    assert "never started" not in stopped.finding
    assert "schedule is off" in stopped.finding and "Active" in stopped.finding
    assert stopped.status is Status.FAILED and stopped.fix is Fix.RESTART_JOB


@pytest.mark.parametrize(
    ("saved", "text", "fix"),
    [
        ({"tenant_url": "https://api.ciscospark.com/v1/scim/o"}, "No Webex token is saved", Fix.RENEW_TOKEN),
        ({"token": object()}, "No SCIM tenant URL is saved", Fix.RECREATE),
        ({}, "No Webex token is saved", Fix.RENEW_TOKEN),  # the token is asked about first
    ],
)
def test_check_1_names_what_was_never_saved_and_its_fix(saved, text, fix) -> None:
    from wizard.diagnose.config_check import check_config
    from wizard.diagnose.target import CheckRun, RepairTarget

    target = RepairTarget(ep.Endpoints(), "t", "o", **saved)
    finding = check_config(CheckRun(target, session=None, graph=None))
    assert finding.status is Status.FAILED and finding.fix is fix
    assert finding.finding.startswith(text)
