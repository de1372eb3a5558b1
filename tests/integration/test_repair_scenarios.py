"""Repair mode in-process against the simulator over HTTPS, with the real Secret Service.

Each test starts from a working setup (the simulator's "configured" state, seeded into a keyring
profile exactly as the demo does, including a real MSAL sign-in), breaks it the way the scenario
does, runs the checks, applies the non-GUI fix, and ends with every check ok and a newly assigned
user arriving in Webex's SCIM store.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import pytest

from wizard.core import endpoints as ep
from wizard.core import runlock
from wizard.core.http import make_session
from wizard.core.paths import Profile
from wizard.core.runlock import RunLockError, hold_profile_lock
from wizard.demo import Demo, seed_configured_secrets
from wizard.diagnose import Fix, RepairError, Status, load_target
from wizard.entra.consent import ConsentError, admin_consent_url, parse_redirect
from wizard.entra.sync.assignments import Assignment, assign
from wizard.entra.sync.ondemand import provision_on_demand
from wizard.entra.sync.roles import assignable_roles, read_service_principal
from wizard.flows.diagnostics import run_checks
from wizard.flows.repair import (
    renew_token,
    renew_token_locked,
    restart_job,
    restart_job_locked,
    verify_consent,
)
from wizard.simulator import Simulator, scenarios
from wizard.simulator.entra.forms import authorize
from wizard.simulator.webex.scim import scim_users
from wizard.storage.secrets import SecretSet, SecretStore
from wizard.storage.statefile import StateFile
from wizard.webex.token import WebexToken

pytestmark = pytest.mark.sim(state="configured")


@pytest.fixture
def setup(simulator: Simulator, endpoints: ep.Endpoints, secret_service, tmp_path: Path):
    profile = Profile("demo", tmp_path / "data", tmp_path / "logs", f"wizard-test-{uuid.uuid4().hex[:8]}")
    store = SecretStore(profile, backend=secret_service)
    assert seed_configured_secrets(Demo(simulator, endpoints), profile, store)
    return profile, store


def target_of(setup, endpoints):
    profile, store = setup
    return load_target(profile, endpoints, store=store)


def statuses(report) -> dict[str, str]:
    return {f.check_id: f.status.value for f in report.findings}


def writes(sim: Simulator) -> list[tuple[str, str]]:
    return [(w.method, w.path) for w in sim.state.write_log]


def assert_provisioning_works(sim: Simulator, graph, target, name: str = "miyus") -> None:
    """Assign a user nobody assigned before and provision on demand: it must reach SCIM."""
    upn = f"{name}@contoso.onmicrosoft.com"
    user_id = next(u["id"] for u in sim.state.users.values() if u["userPrincipalName"] == upn)
    sp = read_service_principal(graph, target.sp_id)
    role = assignable_roles(sp)[0]
    assign(graph, target.sp_id, Assignment(user_id, "User", name, role.id))
    result = provision_on_demand(graph, target.sp_id, target.job_id, user_id)
    assert result.in_webex, result
    assert upn in {u["userName"] for u in scim_users(sim)}


def test_working_setup_passes_every_check(simulator, endpoints, setup) -> None:
    target = target_of(setup, endpoints)
    assert target.sp_id == simulator.configured["service_principal_id"]
    assert target.job_id == simulator.configured["job_id"]
    seen = []
    report = run_checks(target, on_progress=lambda n, total, f: seen.append((n, total, f.check_id)))
    assert set(statuses(report).values()) == {"ok"}, report.to_text()
    assert [s[2] for s in seen] == list(statuses(report)) and seen[-1][:2] == (8, 8)
    assert report.exit_code() == 0
    # No secret in any output; the token only masked.
    token = simulator.configured["webex_token"]
    assert token not in report.to_text() and token not in str(report.to_json())
    assert report.get("webex_token").evidence["token"] == f"{token[:4]}…{token[-4:]}"
    before = len(simulator.state.write_log)  # checks never write
    run_checks(target)
    assert len(simulator.state.write_log) == before


def test_deleted_consent_is_found_and_reconsent_restores_it(simulator, endpoints, setup) -> None:
    scenarios.deleted_consent(simulator)
    target = target_of(setup, endpoints)
    report = run_checks(target)
    finding = report.get("identity_integration")
    assert finding.status is Status.FAILED and finding.fix is Fix.RECONSENT
    assert "701018" in finding.finding and "401" in finding.finding
    assert [c for c, s in statuses(report).items() if s != "ok"] == ["identity_integration"]
    assert report.exit_code() == 2
    request = admin_consent_url(target.endpoints, target.tenant_id)
    assert f"/{target.tenant_id}/adminconsent?" in request.url and "common" not in request.url
    location = authorize(simulator.ca_file, request.url)  # the admin clicks Accept
    assert request.is_final(location)
    assert parse_redirect(request, location).tenant == simulator.state.tenant_id
    simulator.state.faults.replication_delay = 1.5  # the new SP replicates like any other
    started = time.monotonic()
    result = verify_consent(target, report.graph, timeout=30)
    assert time.monotonic() - started >= 1.0
    assert result.ok and result.report.exit_code() == 0, result.report.to_text()
    assert_provisioning_works(simulator, report.graph, target)


def test_consent_declined_reports_aadsts65004_and_changes_nothing(simulator, endpoints, setup) -> None:
    scenarios.deleted_consent(simulator)
    scenarios.consent_declined(simulator)
    target = target_of(setup, endpoints)
    report = run_checks(target)
    assert report.get("identity_integration").fix is Fix.RECONSENT
    before = writes(simulator)
    request = admin_consent_url(target.endpoints, target.tenant_id)
    location = authorize(simulator.ca_file, request.url)
    assert "admin_consent=True" in location and "error=" in location  # error is read first
    with pytest.raises(ConsentError) as caught:
        parse_redirect(request, location)
    assert "AADSTS65004" in caught.value.render()
    assert caught.value.code == "consent.declined.AADSTS65004"
    assert writes(simulator) == before
    assert run_checks(target).get("identity_integration").status is Status.FAILED


@pytest.mark.sim(scenario="expired-token", state="configured")
def test_expired_token_is_renewed_with_a_new_token(simulator, endpoints, setup) -> None:
    profile, store = setup
    target = target_of(setup, endpoints)
    report = run_checks(target)
    assert report.get("webex_token").status is Status.FAILED
    assert report.get("webex_token").fix is Fix.RENEW_TOKEN
    assert "expired on" in report.get("webex_token").finding
    job = report.get("job_state")
    assert job.status is Status.FAILED and job.fix is Fix.RENEW_TOKEN
    assert job.evidence["quarantine_reason"] == "EncounteredQuarantineException"
    assert report.get("scim").status is Status.SKIPPED
    assert report.get("credentials").status is Status.SKIPPED
    assert report.exit_code() == 2 and report.fixes() == [Fix.RENEW_TOKEN]

    st = simulator.state
    raw = st.issue_token("webex", st.webex_admin_id, st.WEBEX_WEBEX_TOKEN_LIFETIME)
    result = renew_token(target, report.graph, WebexToken(raw, "Bearer", st.WEBEX_WEBEX_TOKEN_LIFETIME, time.time()), store)
    assert result.changed and result.report.exit_code() == 0, result.report.to_text()
    secrets = {s["key"]: s["value"] for s in st.sync[target.sp_id]["secrets"]}
    assert secrets["SecretToken"] == raw
    assert secrets["BaseAddress"] == simulator.configured["tenant_url"]
    assert '"Recipients":"admin@contoso.example"' in secrets["SyncNotificationSettings"]
    assert secrets["SyncAll"] == "false"
    saved = SecretSet(store, target.tenant_id, target.org_id).webex_token()
    assert saved is not None and saved.token == raw
    assert ("POST", f"/v1.0/servicePrincipals/{target.sp_id}/synchronization/jobs/{target.job_id}/start") in writes(simulator)
    assert_provisioning_works(simulator, report.graph, target)


def test_renew_refuses_a_token_of_a_non_admin_and_changes_nothing(simulator, endpoints, setup) -> None:
    scenarios.revoked_token(simulator)
    target = target_of(setup, endpoints)
    report = run_checks(target)
    assert "no longer accepts" in report.get("webex_token").finding
    st = simulator.state
    person = st.add_webex_person("Uma User", "uma@contoso.example", roles=[])
    raw = st.issue_token("webex", person, 3600)
    before = writes(simulator)
    with pytest.raises(Exception) as caught:
        renew_token(target, report.graph, WebexToken(raw, "Bearer", 3600, time.time()), setup[1])
    assert caught.value.code == "webex.not_full_admin"
    assert raw not in str(caught.value)
    assert writes(simulator) == before


def test_quarantine_is_fixed_by_restarting_the_job(simulator, endpoints, setup) -> None:
    scenarios.quarantine(simulator)
    target = target_of(setup, endpoints)
    report = run_checks(target)
    job = report.get("job_state")
    assert job.status is Status.FAILED and job.fix is Fix.RESTART_JOB
    assert job.evidence["quarantine_reason"] == "EncounteredEscrowProportionThreshold"
    assert report.get("credentials").status is Status.OK
    result = restart_job(target, report.graph)
    assert result.changed and result.report.exit_code() == 0, result.report.to_text()
    # A running job is never started again.
    again = restart_job(target, report.graph)
    assert not again.changed
    assert_provisioning_works(simulator, report.graph, target)


def test_the_window_fixes_give_way_to_a_run_holding_the_profile_lock(
    simulator, endpoints, setup, monkeypatch
) -> None:
    """The fixes the repair window runs take the profile's run lock themselves: while another
    run holds it they give up with the busy error and change nothing, in Entra or on disk."""
    monkeypatch.setattr(runlock, "DEFAULT_WAIT", 0.5)  # the busy answer, without 10 s waits
    profile, store = setup
    scenarios.quarantine(simulator)
    target = target_of(setup, endpoints)
    report = run_checks(target)
    assert report.get("job_state").fix is Fix.RESTART_JOB
    st = simulator.state
    raw = st.issue_token("webex", st.webex_admin_id, 3600)
    before = writes(simulator)
    state_file = StateFile.for_profile(profile).path
    state_before = state_file.read_bytes()
    with hold_profile_lock(profile, "setup"):
        with pytest.raises(RunLockError) as restarting:
            restart_job_locked(profile, target, report.graph)
        with pytest.raises(RunLockError) as renewing:
            renew_token_locked(
                profile, target, report.graph, WebexToken(raw, "Bearer", 3600, time.time()), store
            )
    for caught in (restarting, renewing):
        assert caught.value.code == "config.run_busy"
        assert f"Process {os.getpid()} (setup) holds the lock" in str(caught.value)
    assert writes(simulator) == before
    assert state_file.read_bytes() == state_before
    assert SecretSet(store, target.tenant_id, target.org_id).webex_token().token != raw
    assert run_checks(target).get("job_state").status is Status.FAILED
    # Free again: the same locked fix goes through.
    assert restart_job_locked(profile, target, report.graph).changed


def test_webex_outage_reports_unknown_and_changes_nothing(simulator, endpoints, setup) -> None:
    scenarios.webex_outage(simulator)
    target = target_of(setup, endpoints)
    before = writes(simulator)
    report = run_checks(target)
    token = report.get("webex_token")
    assert token.status is Status.UNKNOWN and token.fix is Fix.RETRY_LATER
    assert "on their side" in token.finding and "nothing was changed" in token.finding
    assert report.overall() is Status.UNKNOWN and report.exit_code() == 2
    assert report.get("credentials").status is Status.SKIPPED
    st = simulator.state
    raw = st.issue_token("webex", st.webex_admin_id, 3600)
    with pytest.raises(RepairError) as caught:
        renew_token(target, report.graph, WebexToken(raw, "Bearer", 3600, time.time()), setup[1])
    assert caught.value.code == "repair.outage"
    st.quarantine_job(target.sp_id, target.job_id, "EncounteredEscrowProportionThreshold", "X", "y")
    with pytest.raises(RepairError):
        restart_job(target, report.graph)
    assert writes(simulator) == before


def test_deleted_job_is_reported_for_recreate(simulator, endpoints, setup) -> None:
    target = target_of(setup, endpoints)
    with simulator.state.lock:
        del simulator.state.sync[target.sp_id]["jobs"][target.job_id]
    report = run_checks(target)
    app = report.get("webex_app")
    assert app.status is Status.FAILED and app.fix is Fix.RECREATE
    assert "provisioning job" in app.finding
    assert statuses(report)["job_state"] == "skipped" and statuses(report)["credentials"] == "skipped"
    assert report.exit_code() == 2


def test_deleted_app_is_reported_for_recreate(simulator, endpoints, setup) -> None:
    target = target_of(setup, endpoints)
    with simulator.state.lock:
        simulator.state.service_principals.pop(target.sp_id)
    report = run_checks(target)
    app = report.get("webex_app")
    assert app.status is Status.FAILED and app.fix is Fix.RECREATE
    assert "no longer exists" in app.finding
    assert report.exit_code() == 2


def test_without_a_saved_sign_in_the_fix_is_sign_in(simulator, endpoints, setup) -> None:
    profile, store = setup
    from wizard.storage.secrets import forget_msal_cache

    target = target_of(setup, endpoints)
    forget_msal_cache(store, target.tenant_id)
    report = run_checks(target, session=make_session(endpoints.ca_bundle))
    signin = report.get("microsoft_signin")
    assert signin.status is Status.FAILED and signin.fix is Fix.SIGN_IN
    for check in ("identity_integration", "webex_app", "job_state", "credentials"):
        assert report.get(check).status is Status.SKIPPED


def test_a_second_webex_app_is_a_warning_naming_which_one_to_keep(simulator, endpoints, setup) -> None:
    # Two computers that set up at once can each add the gallery app.
    target = target_of(setup, endpoints)
    template_id = simulator.state.template_by_name("Cisco Webex")["id"]
    _app, other = simulator.state.instantiate_template(template_id, "Cisco Webex (2)")
    report = run_checks(target)
    app = report.get("webex_app")
    assert app.status is Status.WARNING and report.exit_code() == 1, report.to_text()
    assert f"The wizard uses {target.sp_id}, the one in its saved setup" in app.finding
    assert f"the others ({other['id']})" in app.finding and "Entra admin center" in app.finding
    assert app.evidence["other_apps"] == other["id"]
    # A warning lets the later checks run, and it changes nothing.
    assert statuses(report)["job_state"] == "ok" and statuses(report)["credentials"] == "ok"
    assert writes(simulator) == []


def test_a_second_provisioning_job_is_a_warning_naming_which_one_to_keep(simulator, endpoints, setup) -> None:
    target = target_of(setup, endpoints)
    with simulator.state.lock:
        kept = simulator.state.sync[target.sp_id]["jobs"][target.job_id]
        other = simulator.state.new_job(target.sp_id, kept["templateId"])
    report = run_checks(target)
    app = report.get("webex_app")
    assert app.status is Status.WARNING and report.exit_code() == 1, report.to_text()
    assert f"has 2 provisioning jobs. The wizard uses {target.job_id}" in app.finding
    assert f"the others ({other['id']})" in app.finding
    assert app.evidence["other_jobs"] == other["id"] and not app.evidence.get("other_apps")
    assert statuses(report)["job_state"] == "ok"
