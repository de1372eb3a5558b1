"""The headless commands as a script runs them: a subprocess, JSON on stdout, progress on stderr.

Demo runs start their own simulator (``--demo``); runs that need the test to see or break the
simulated tenant point the CLI at an in-process simulator with ``--config``. The keyring is the
real Secret Service on the private bus of the ``secret_service`` fixture (inherited through
``DBUS_SESSION_BUS_ADDRESS``).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core import paths
from wizard.core.paths import Profile
from wizard.demo import Demo, seed_configured_secrets
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import device_login
from wizard.simulator.webex.scim import scim_users
from wizard.storage.secrets import SecretSet, SecretStore, known_pairs

ROOT = Path(__file__).resolve().parents[2]


def child_env(data: Path) -> dict[str, str]:
    """The CLI's environment: the test runner's own WIZARD_CONTRACT (contract gate, tests only) is
    not a wizard setting, and the wizard rightly refuses unknown WIZARD_* settings."""
    env = {k: v for k, v in os.environ.items() if k != "WIZARD_CONTRACT"}
    return {**env, "WIZARD_DATA_DIR": str(data)}


def cli(*args: str, data: Path, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        cwd=ROOT,
        env=child_env(data),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def checks(stdout: str) -> dict[str, dict]:
    return {c["id"]: c for c in json.loads(stdout)["checks"]}


def config_for(sim: Simulator, tmp_path: Path) -> Path:
    cfg = tmp_path / "sim.toml"
    lines = ["[endpoints]"] + [f'{k} = "{v}"' for k, v in sim.endpoint_overrides().items()]
    cfg.write_text("\n".join(lines) + "\n")
    return cfg


def test_check_demo_configured_is_all_ok(secret_service, tmp_path: Path) -> None:
    result = cli("check", "--demo", "--demo-state", "configured", "--json", data=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["overall"] == "ok" and report["exit_code"] == 0
    assert [c["status"] for c in report["checks"]] == ["ok"] * 8
    assert "[8/8]" in result.stderr  # progress on stderr


def test_check_demo_deleted_consent_exits_2_naming_the_identity_check(secret_service, tmp_path: Path) -> None:
    result = cli(
        "check", "--demo", "--demo-state", "configured", "--demo-scenario", "deleted-consent", "--json",
        data=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    found = checks(result.stdout)
    assert found["identity_integration"]["status"] == "failed"
    assert found["identity_integration"]["fix"] == "reconsent"
    assert [k for k, c in found.items() if c["status"] != "ok"] == ["identity_integration"]
    assert "Traceback" not in result.stderr


def test_check_demo_webex_outage_is_unknown_retry_later(secret_service, tmp_path: Path) -> None:
    result = cli(
        "--demo", "--demo-state", "configured", "--demo-scenario", "webex-outage", "check", "--json",
        data=tmp_path,
    )
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["overall"] == "unknown" and report["fixes"] == ["retry_later"]
    assert checks(result.stdout)["webex_token"]["status"] == "unknown"


def test_check_text_output_and_nothing_saved(secret_service, tmp_path: Path) -> None:
    result = cli("check", "--demo", data=tmp_path)
    assert result.returncode == 2
    assert "[FAIL] 1. Saved configuration and secrets" in result.stdout
    assert "Nothing is saved for repair yet" in result.stdout


def test_repair_demo_quarantine_restarts_the_job(secret_service, tmp_path: Path) -> None:
    result = cli(
        "repair", "--demo", "--demo-state", "configured", "--demo-scenario", "quarantine", "--json",
        data=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["fixes"] == [
        {"fix": "restart_job", "changed": True, "message": "The provisioning job was started again."}
    ]
    assert out["report"]["overall"] == "ok"


def test_forget_asks_first(secret_service, tmp_path: Path) -> None:
    declined = cli("forget", "--demo", "--demo-state", "configured", data=tmp_path, stdin="n\n")
    assert declined.returncode == 1 and "Nothing was removed" in declined.stderr
    done = cli("forget", "--demo", "--demo-state", "configured", "--yes", data=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["forgotten"]) == 1
    store = SecretStore(paths.profile(demo=True), backend=secret_service)
    assert known_pairs(store) == []


# ----------------------------------------------------------------------------- against our sim
@pytest.fixture
def default_keyring(secret_service):
    """The default profile's keyring service, emptied before and after (tests share the bus)."""
    store = SecretStore(paths.profile(demo=False), backend=secret_service)

    def clear() -> None:
        for pair in known_pairs(store):
            SecretSet(store, pair.tenant_id, pair.org_id).forget()

    clear()
    yield store
    clear()


def seed_default_profile(sim: Simulator, tmp_path: Path, secret_service) -> SecretStore:
    """What setup would have saved, in the *default* profile the CLI uses without --demo."""
    os.environ["WIZARD_DATA_DIR"] = str(tmp_path)  # paths.profile() reads it
    try:
        real = paths.profile(demo=False)
    finally:
        os.environ.pop("WIZARD_DATA_DIR")
    # seed_configured_secrets only writes "demo" profiles: name it so, keep the real locations.
    as_demo = Profile("demo", real.data_dir, real.log_dir, real.keyring_service)
    store = SecretStore(as_demo, backend=secret_service)
    from wizard.core import endpoints as ep

    endpoints = ep.load(env={}, overrides=sim.endpoint_overrides())
    assert seed_configured_secrets(Demo(sim, endpoints), as_demo, store)
    return store


@pytest.mark.sim(scenario="revoked-token", state="configured")
def test_repair_renews_a_revoked_token_from_a_file(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    store = seed_default_profile(simulator, tmp_path, secret_service)
    cfg = config_for(simulator, tmp_path)
    before = cli("--config", str(cfg), "check", "--json", data=tmp_path)
    assert before.returncode == 2
    found = checks(before.stdout)
    assert found["webex_token"]["fix"] == "renew_token" and found["job_state"]["fix"] == "renew_token"
    st = simulator.state
    raw = st.issue_token("webex", st.webex_admin_id, st.WEBEX_WEBEX_TOKEN_LIFETIME)
    token_file = tmp_path / "token.txt"
    token_file.write_text(f"http://localhost:3000/auth/code#access_token={raw}&expires_in=3887999\n")
    result = cli(
        "--config", str(cfg), "repair", "--fix", "renew_token", "--webex-token-file", str(token_file), "--json",
        data=tmp_path,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert raw not in result.stdout and raw not in result.stderr
    out = json.loads(result.stdout)
    assert out["fixes"][0]["fix"] == "renew_token" and out["fixes"][0]["changed"] is True
    tenant, org = st.tenant_id, simulator.configured["org_id"]
    assert SecretSet(store, tenant, org).webex_token().token == raw
    after = cli("--config", str(cfg), "check", "--json", data=tmp_path)
    assert after.returncode == 0, after.stdout


@pytest.mark.sim(scenario="revoked-token", state="configured")
def test_repair_all_skips_restart_when_the_token_renewal_failed(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    seed_default_profile(simulator, tmp_path, secret_service)
    st = simulator.state
    with st.lock:  # the admin also paused the job
        job = st.sync[simulator.configured["service_principal_id"]]["jobs"][simulator.configured["job_id"]]
        job["schedule"]["state"] = job["status"]["code"] = "Paused"
    cfg = config_for(simulator, tmp_path)
    token_file = tmp_path / "token.txt"
    token_file.write_text("http://localhost:3000/auth/code#access_token=not-a-webex-token&expires_in=3887999\n")
    starts = len([w for w in st.write_log if w.path.endswith("/start")])
    result = cli(
        "--config", str(cfg), "repair", "--fix", "all", "--webex-token-file", str(token_file), "--json",
        data=tmp_path,
    )
    fixes = {f["fix"]: f for f in json.loads(result.stdout)["fixes"]}
    assert "error" in fixes["renew_token"], fixes
    assert fixes["restart_job"]["changed"] is False
    assert "renew_token failed" in fixes["restart_job"]["skipped"]
    assert "restart_job: skipped because renew_token failed" in result.stderr
    assert len([w for w in st.write_log if w.path.endswith("/start")]) == starts


# ----------------------------------------------------------------------------- setup
def run_setup(sim: Simulator, tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    """Run setup, completing the device code sign-in it asks for on stderr when it does."""
    cfg = config_for(sim, tmp_path)
    token_file = tmp_path / "webex-token.txt"
    st = sim.state
    if not token_file.exists():
        token_file.write_text(st.issue_token("webex", st.webex_admin_id, st.WEBEX_WEBEX_TOKEN_LIFETIME) + "\n")
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "wizard", "--config", str(cfg), "setup",
            "--webex-token-file", str(token_file), "--notification-email", "ops@contoso.example",
            "--assign", "Webex Users", "--assign", "alexw@contoso.onmicrosoft.com",
            "--test-user", "alexw@contoso.onmicrosoft.com", *extra,
        ],
        cwd=ROOT,
        env=child_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None and proc.stdout is not None
    err_lines = []
    for line in proc.stderr:
        err_lines.append(line)
        match = re.search(r"open the page (\S+) and enter the code (\S+)", line)
        if match:
            device_login(sim.ca_file, match.group(1), match.group(2))
    out = proc.stdout.read()
    return proc.wait(timeout=60), out, "".join(err_lines)


def graph_writes(sim: Simulator) -> list[tuple[str, str]]:
    return [(w.method, w.path) for w in sim.state.write_log if w.service == "graph"]


def test_setup_dry_run_then_apply_then_nothing_left(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    code, out, err = run_setup(simulator, tmp_path, "--dry-run")
    assert code == 0, err
    plan = json.loads(out)
    assert plan["dry_run"] is True
    keys = [s["key"] for s in plan["steps"]]
    assert keys[0] == "add_app" and "create_job" in keys and "save_secrets" in keys
    assert sum(k.startswith("assign:") for k in keys) == 2 and "start_job" in keys
    assert "nothing has been changed" in err
    assert simulator.state.write_log == []

    code, out, err = run_setup(simulator, tmp_path)
    assert code == 0, err
    result = json.loads(out)
    assert result["ok"] and result["app_created"] and result["test_user"]["in_webex"]
    done = [w for w in graph_writes(simulator)]
    kinds = [(m, p.rsplit("/", 1)[-1] if "appRoleAssignedTo" not in p else "appRoleAssignedTo") for m, p in done]
    sp = result["service_principal_id"]
    assert kinds == [
        ("POST", "instantiate"),
        ("PATCH", sp),
        ("POST", "jobs"),
        ("PUT", "secrets"),
        ("POST", "appRoleAssignedTo"),
        ("POST", "appRoleAssignedTo"),
        ("POST", "start"),
        ("POST", "provisionOnDemand"),
    ], done
    assert "alexw@contoso.onmicrosoft.com" in {u["userName"] for u in scim_users(simulator)}

    before = len(graph_writes(simulator))
    code, out, err = run_setup(simulator, tmp_path, "--dry-run")
    assert code == 0, err
    again = json.loads(out)
    pending = [s["key"] for s in again["steps"] if s["status"] == "pending"]
    assert set(pending) <= {"test_connection", "provision_on_demand"}, again["steps"]
    assert "0 of them changing the tenant" in err or "1 of them changing the tenant" in err
    assert len(graph_writes(simulator)) == before
    # And the saved setup passes every check.
    checked = cli("--config", str(config_for(simulator, tmp_path)), "check", "--json", data=tmp_path)
    assert checked.returncode == 0, checked.stdout


def test_the_sign_in_of_a_dry_run_is_reused_and_then_forgotten(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    from wizard.storage.secrets import known_tenants

    code, _out, err = run_setup(simulator, tmp_path, "--dry-run")
    assert code == 0 and "enter the code" in err, err
    store = SecretStore(paths_profile(tmp_path), backend=secret_service)
    assert known_tenants(store) == [simulator.state.tenant_id] and known_pairs(store) == []
    # The real run signs in from the dry run's saved sign-in, without a new device code.
    code, _out, err = run_setup(simulator, tmp_path)
    assert code == 0, err
    assert "enter the code" not in err
    forgot = cli("forget", "--yes", data=tmp_path)
    assert forgot.returncode == 0, forgot.stderr
    assert known_tenants(store) == [] and known_pairs(store) == []


def test_forget_after_a_dry_run_removes_the_microsoft_sign_in(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    from wizard.storage.secrets import known_tenants, load_msal_cache

    code, _out, err = run_setup(simulator, tmp_path, "--dry-run")
    assert code == 0, err
    forgot = cli("forget", "--yes", data=tmp_path)
    assert forgot.returncode == 0, forgot.stderr
    store = SecretStore(paths_profile(tmp_path), backend=secret_service)
    assert known_tenants(store) == []
    assert load_msal_cache(store, simulator.state.tenant_id).serialize() == "{}"  # empty


def paths_profile(tmp_path: Path) -> Profile:
    os.environ["WIZARD_DATA_DIR"] = str(tmp_path)
    try:
        return paths.profile(demo=False)
    finally:
        os.environ.pop("WIZARD_DATA_DIR")


@pytest.mark.sim(state="configured")
def test_repair_recreates_a_deleted_job_through_setup(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    seed_default_profile(simulator, tmp_path, secret_service)
    cfg = config_for(simulator, tmp_path)
    sp_id, job_id = simulator.configured["service_principal_id"], simulator.configured["job_id"]
    with simulator.state.lock:
        del simulator.state.sync[sp_id]["jobs"][job_id]
    result = cli("--config", str(cfg), "repair", "--fix", "recreate", "--json", data=tmp_path)
    assert result.returncode == 0, result.stderr + result.stdout
    out = json.loads(result.stdout)
    assert out["fixes"][0]["fix"] == "recreate" and out["fixes"][0]["changed"]
    assert out["report"]["overall"] == "ok"
    assert len(simulator.state.sync[sp_id]["jobs"]) == 1


@pytest.mark.sim(state="configured")
def test_repair_recreates_a_deleted_app(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    seed_default_profile(simulator, tmp_path, secret_service)
    cfg = config_for(simulator, tmp_path)
    with simulator.state.lock:
        simulator.state.service_principals.pop(simulator.configured["service_principal_id"])
    result = cli(
        "--config", str(cfg), "repair", "--fix", "recreate", "--assign", "meganb@contoso.onmicrosoft.com",
        "--test-user", "meganb@contoso.onmicrosoft.com", "--json",
        data=tmp_path,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    out = json.loads(result.stdout)
    assert out["report"]["overall"] == "ok"
    assert "meganb@contoso.onmicrosoft.com" in {u["userName"] for u in scim_users(simulator)}


@pytest.mark.sim(scenario="deleted-consent", state="configured")
def test_repair_reconsent_prints_the_url_and_waits_for_the_app(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    from wizard.simulator.entra.forms import authorize

    seed_default_profile(simulator, tmp_path, secret_service)
    cfg = config_for(simulator, tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "wizard", "--config", str(cfg), "repair", "--fix", "reconsent", "--consent-timeout", "60", "--json"],
        cwd=ROOT,
        env=child_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None and proc.stdout is not None
    url = ""
    for line in proc.stderr:
        if line.startswith("CONSENT_URL "):
            url = line.split(" ", 1)[1].strip()
            break
    assert f"/{simulator.state.tenant_id}/adminconsent?client_id=90db942a-c1eb-4e8d-82e4-eebf64a7e2ae&state=" in url
    authorize(simulator.ca_file, url)  # the administrator clicks Accept in a browser
    out, _err = proc.communicate(timeout=90)
    assert proc.returncode == 0, out
    result = json.loads(out)
    assert result["fixes"][0]["fix"] == "reconsent" and result["report"]["overall"] == "ok"


@pytest.mark.sim(scenario="deleted-consent", state="configured")
def test_repair_reconsent_never_claims_consent_it_did_not_see(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    seed_default_profile(simulator, tmp_path, secret_service)
    cfg = config_for(simulator, tmp_path)
    result = cli(
        "--config", str(cfg), "repair", "--fix", "reconsent", "--consent-timeout", "1", "--json",
        data=tmp_path,
    )  # nobody opens the address
    assert "CONSENT_URL " in result.stderr
    assert "Consent was given" not in result.stderr
    assert "cannot tell whether an administrator opened the consent address" in result.stderr
    assert json.loads(result.stdout)["fixes"][0]["error"]["code"] == "consent.not_seen"


# ----------------------------------------------------------------------------- plan inputs first
def test_an_unknown_role_never_claims_nothing_was_changed(simulator, secret_service, default_keyring, tmp_path: Path) -> None:
    # No app yet: roles can only be read from the app, so the refusal comes right after adding it.
    code, out, err = run_setup(simulator, tmp_path, "--role", "No Such Role")
    assert code == 2, err
    assert "The app has no role named No Such Role." in err and "Nothing was changed" not in err
    assert "it reuses the Cisco Webex app it has just added" in err
    assert json.loads(out)["error"]["code"] == "config.unknown_role"
    assert [p.rsplit("/", 1)[-1] for _m, p in graph_writes(simulator)][0] == "instantiate"
    # The app exists now: the same mistake is refused before any write, in --dry-run too.
    before = len(graph_writes(simulator))
    for extra in ((), ("--dry-run",)):
        code, out, err = run_setup(simulator, tmp_path, "--role", "No Such Role", *extra)
        assert code == 2, err
        assert "Give one of them with --role. Nothing was changed." in err
    assert len(graph_writes(simulator)) == before


def test_setup_stopped_after_adding_the_app_hides_it_on_the_next_run_and_reports_a_failed_hide(
    simulator, secret_service, default_keyring, tmp_path: Path
) -> None:
    # Stopped right after adding the app (the role is found wrong only then): not hidden yet.
    code, _out, err = run_setup(simulator, tmp_path, "--role", "No Such Role")
    assert code == 2, err
    (sp_id,) = simulator.state.webex_sp_ids()
    assert ("PATCH", sp_id) not in [(m, p.rsplit("/", 1)[-1]) for m, p in graph_writes(simulator)]
    code, out, err = run_setup(simulator, tmp_path, "--dry-run")
    assert code == 0, err
    assert [s["key"] for s in json.loads(out)["steps"]][0] == "hide_app"
    # The next run hides it; Entra refusing that is reported, and the setup still finishes.
    simulator.state.faults.route_faults["graph.patch_service_principal:PATCH"] = ["403*"]
    code, out, err = run_setup(simulator, tmp_path)
    assert code == 0, err
    result = json.loads(out)
    assert [w["key"] for w in result["warnings"]] == ["hide_app"] and result["job_id"]
    assert "Warning: Hide the app from My Apps failed: not hidden: " in err
    with simulator.state.lock:
        assert "HideApp" not in (simulator.state.service_principals[sp_id].get("tags") or [])
    simulator.state.faults.route_faults.clear()
    code, out, err = run_setup(simulator, tmp_path)
    assert code == 0, err
    assert json.loads(out)["warnings"] == []
    with simulator.state.lock:
        assert "HideApp" in simulator.state.service_principals[sp_id]["tags"]
