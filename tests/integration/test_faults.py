"""The fault matrix (issue 7): every outbound call of setup and repair × five network faults.

How it is built: at collection time both journeys (``faults_journeys.py``) run once against a
healthy simulator and the simulator records every distinct call the product made (method +
route endpoint, ``Simulator.calls``). Each recorded call × {429 with Retry-After 1, 503 (a
persistent outage), read timeout (the change IS made, the answer is late), connection reset
(dropped before the server acts), malformed JSON (200 with a broken body)} becomes one test.

Each case asserts: (a) the user-facing result is a specific WizardError with what / why / what
to do and no traceback (or a report whose failed checks say so), or success when the HTTP layer
legitimately waited the fault out (429 with a short Retry-After must always succeed); (b) nothing
in the tenant is duplicated or half-configured; (c) no token in the error text, the report, the
log records or the state file; (d) the same journey re-run without the fault completes.

The specific cases (state mismatch, consent declined, window closed, SIGKILL between steps,
keyring locked/unavailable, disk full) follow the matrix.
"""

from __future__ import annotations

import json
import logging
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from faults_journeys import (
    READ_TIMEOUT,
    RepairWorld,
    SetupWorld,
    assert_repair_consistent,
    assert_set_up_once,
    assert_setup_consistent,
    check_message,
    check_report,
    new_repair_world,
    new_setup_world,
    product_calls,
    repair_journey,
    setup_journey,
)

from wizard.core.errors import WizardError
from wizard.diagnose import Report
from wizard.flows.setup import SetupResult
from wizard.simulator import Simulator

ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = ROOT / "tests" / "artifacts" / "fault-matrix.txt"
FAULTS = ("429", "503", "timeout", "reset", "malformed")
JOURNEYS: dict[str, dict[str, Any]] = {
    "setup": {"state": "fresh"},
    "repair": {"scenario": "expired-token", "state": "configured"},
}
#: The specific cases below (each parametrised case counts once); checked by the last test.
SPECIFIC_CASES = 13
_RESULTS: dict[str, str] = {}
#: Messages that tell the admin their token / tenant URL / choice is wrong: a network fault must
#: never be shown as one of these.
BLAMES_INPUT = {
    "provisioning.credentials_rejected",
    "webex.not_full_admin",
    "webex.scim.unauthorized",
    "webex.auth.state_mismatch",
}


# ------------------------------------------------------------------------------- recording
_RECORDED: dict[str, list[tuple[str, str]]] | None = None


def _distinct(calls: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    for call in calls:
        if call not in seen:
            seen.append(call)
    return seen


def recorded_calls() -> dict[str, list[tuple[str, str]]]:
    """Run each journey once without faults and record the product's distinct calls."""
    global _RECORDED
    if _RECORDED is None:
        recorded: dict[str, list[tuple[str, str]]] = {}
        with tempfile.TemporaryDirectory(prefix="wizard-record-") as tmp:
            with Simulator(**JOURNEYS["setup"]) as sim:
                result = setup_journey(new_setup_world(sim, Path(tmp) / "s"))
                assert result.on_demand is not None and result.on_demand.in_webex
                recorded["setup"] = _distinct(product_calls(sim))
            with Simulator(**JOURNEYS["repair"]) as sim:
                report = repair_journey(new_repair_world(sim, None, Path(tmp) / "r"))
                assert report.exit_code() == 0, report.to_text()
                recorded["repair"] = _distinct(product_calls(sim))
        _RECORDED = recorded
    return _RECORDED


def _short(endpoint: str) -> str:
    return endpoint.rsplit(".", 1)[-1].split(":")[0]


def matrix_cases() -> list[Any]:
    cases = []
    for journey, calls in recorded_calls().items():
        for method, endpoint in calls:
            for fault in FAULTS:
                cases.append(
                    pytest.param(
                        journey, method, endpoint, fault,
                        id=f"{journey}-{method}-{_short(endpoint)}-{fault}",
                    )
                )
    return cases


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "matrix_case" in metafunc.fixturenames:
        metafunc.parametrize("matrix_case", [p.values for p in matrix_cases()],
                             ids=[p.id for p in matrix_cases()])


@pytest.fixture(scope="module", autouse=True)
def _write_matrix_artifact(request: pytest.FixtureRequest):
    yield
    calls = recorded_calls()
    n_calls = sum(len(c) for c in calls.values())
    cases = n_calls * len(FAULTS)
    selected = sum(1 for item in request.session.items if item.name.startswith("test_fault["))
    if selected != cases:
        return  # a narrowed run (-k, one node id) must not overwrite the full run's numbers
    matrix_passed = sum(1 for k in _RESULTS if k.startswith("matrix:"))
    specific_passed = sum(1 for k in _RESULTS if k.startswith("specific:"))
    lines = [
        f"Fault matrix: {n_calls} calls × {len(FAULTS)} faults = {cases} cases "
        f"+ {SPECIFIC_CASES} specific cases; this run: {matrix_passed}/{cases} matrix cases and "
        f"{specific_passed}/{SPECIFIC_CASES} specific cases passed",
        f"faults: {', '.join(FAULTS)} (429 and timeout/reset/malformed once, 503 persistent)",
        "",
    ]
    for journey, journey_calls in calls.items():
        lines.append(f"{journey} journey: {len(journey_calls)} distinct calls")
        lines += [f"  {m} {e}" for m, e in journey_calls]
    lines += ["", "outcome per case (ok = the journey completed despite the fault):"]
    lines += [f"  {k}: {v}" for k, v in sorted(_RESULTS.items())]
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text("\n".join(lines) + "\n")


# ------------------------------------------------------------------------------- the matrix
def _secrets_of_setup(world: SetupWorld) -> list[str]:
    return [world.webex_token, world.graph_token]


def _secrets_of_repair(world: RepairWorld) -> list[str]:
    from wizard.storage.secrets import load_msal_cache

    found = [world.old_token, world.new_token.access_token]
    cache = load_msal_cache(world.store, world.sim.state.tenant_id)
    for kind in ("AccessToken", "RefreshToken", "IdToken"):
        found += [item["secret"] for item in cache.search(kind)]
    return [s for s in found if s]


def _assert_no_leak(secrets: list[str], *texts: str) -> None:
    for secret in secrets:
        for text in texts:
            assert secret not in text, "a secret leaked into user-visible text or the log"


def test_recording_covers_both_journeys() -> None:
    calls = recorded_calls()
    setup = {e for _m, e in calls["setup"]}
    repair = {e for _m, e in calls["repair"]}
    # The writes that matter are all in the matrix.
    assert any(e.endswith("instantiate:POST") or "instantiate" in e for e in setup), setup
    assert sum(1 for m, _e in calls["setup"] if m in ("POST", "PUT", "PATCH")) >= 5
    assert any(m == "PUT" for m, _e in calls["repair"]), calls["repair"]
    assert {"wizard.simulator.webex.people_me:GET", "graph.put_secrets:PUT"} <= repair, repair
    _RESULTS["check:recording"] = "ok"


def test_fault(matrix_case: tuple, secret_service, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    journey, method, endpoint, fault = matrix_case
    caplog.set_level(logging.DEBUG)
    with Simulator(**JOURNEYS[journey]) as sim:
        world: Any
        if journey == "setup":
            world = new_setup_world(sim, tmp_path)
            run, secrets = setup_journey, _secrets_of_setup
        else:
            world = new_repair_world(sim, secret_service, tmp_path)
            run, secrets = repair_journey, _secrets_of_repair
        world.short_timeout = fault == "timeout"
        faults = sim.state.faults
        faults.route_timeout_seconds = READ_TIMEOUT * 4
        faults.route_faults[endpoint] = ["503*"] if fault == "503" else [fault]

        outcome: SetupResult | Report | None = None
        error: WizardError | None = None
        try:
            outcome = run(world)
        except WizardError as err:
            error = err
        fired = [f for k, f in faults.route_faults_fired if k == endpoint]
        assert fired and fired[0] == fault, f"the fault never fired on {method} {endpoint}"

        # (a) a specific message, or success where waiting it out is legitimate.
        shown = ""
        if error is not None:
            assert fault != "429", f"a 429 with Retry-After 1 must be waited out: {error.render()}"
            shown = check_message(error)
            # An injected network fault is never the admin's input being wrong.
            assert error.code not in BLAMES_INPUT, (fault, error.code, shown)
            result = f"error {error.code}"
        elif isinstance(outcome, Report) and outcome.exit_code() != 0:
            assert fault != "429", outcome.to_text()
            shown = check_report(outcome) + json.dumps(outcome.to_json())
            result = "reported " + ",".join(
                f"{f.check_id}={f.status.value}" for f in outcome.findings if f.status.value != "ok"
            )
        else:
            result = "ok"

        # (b) nothing duplicated or half-configured.
        if journey == "setup":
            assert_setup_consistent(world)
        else:
            assert_repair_consistent(world)

        # (c) no secret in what the user sees, the log records or the state file.
        texts = [shown, caplog.text]
        state_files = list(tmp_path.rglob("*.json"))
        texts += [p.read_text(errors="replace") for p in state_files]
        _assert_no_leak(secrets(world), *texts)

        # (d) the same journey without the fault completes.
        faults.route_faults.clear()
        again = run(world)
        if journey == "setup":
            assert isinstance(again, SetupResult)
            assert_set_up_once(world, again)
        else:
            assert isinstance(again, Report) and again.exit_code() == 0, again.to_text()
            assert_repair_consistent(world)
            assert world.secrets()["SecretToken"] == world.new_token.access_token
        _assert_no_leak(secrets(world), caplog.text)
    _RESULTS[f"matrix:{journey} {method} {_short(endpoint)} {fault}"] = result


# =============================================================================== specific cases
def writes(sim: Simulator) -> list[tuple[str, str]]:
    with sim.state.lock:
        return [(w.method, w.path) for w in sim.state.write_log]


def test_webex_redirect_with_a_wrong_state_is_refused(simulator: Simulator, endpoints, session) -> None:
    from test_webex_client import capture

    from wizard.webex.errors import WebexAuthError
    from wizard.webex.token import authorize_url, new_state, parse_redirect

    state = new_state()
    url = capture(session, endpoints, authorize_url(endpoints, state))
    token = url.split("access_token=", 1)[1].split("&", 1)[0]
    with pytest.raises(WebexAuthError) as caught:
        parse_redirect(url, new_state(), endpoints)  # the answer to another sign-in
    assert caught.value.code == "webex.auth.state_mismatch"
    _assert_no_leak([token, state], check_message(caught.value), repr(caught.value))
    assert writes(simulator) == []
    assert parse_redirect(url, state, endpoints).access_token == token  # the right one works
    _RESULTS["specific:webex state mismatch"] = "error webex.auth.state_mismatch"


def test_entra_redirect_with_a_wrong_state_is_refused_unused(simulator: Simulator, endpoints) -> None:
    from urllib.parse import parse_qs, urlsplit

    from wizard.core.http import make_session
    from wizard.entra.auth import GraphAuth
    from wizard.entra.errors import SignInError
    from wizard.simulator.entra.forms import authorize

    auth = GraphAuth(endpoints, make_session(endpoints.ca_bundle))
    flow = auth.begin_embedded()
    location = authorize(simulator.ca_file, flow.auth_uri)
    code = parse_qs(urlsplit(location).query)["code"][0]
    forged = location.replace(f"state={flow.msal_flow['state']}", "state=someone-elses")
    with pytest.raises(SignInError) as caught:
        auth.finish_embedded(flow, forged)
    assert caught.value.code == "entra.state_mismatch"
    _assert_no_leak([code, flow.msal_flow["state"]], check_message(caught.value))
    assert not simulator.state.auth_codes[code]["redeemed"]  # the code was never sent
    assert not any(t.kind == "graph" for t in simulator.state.tokens.values())
    assert auth.finish_embedded(flow, location).access_token  # the genuine answer still works
    _RESULTS["specific:entra state mismatch"] = "error entra.state_mismatch"


@pytest.mark.sim(scenario="consent-declined", state="configured")
def test_consent_declined_changes_nothing_and_accepting_later_restores(simulator: Simulator, endpoints) -> None:
    from wizard.entra.consent import ConsentError, admin_consent_url, parse_redirect
    from wizard.simulator import scenarios
    from wizard.simulator.entra.forms import authorize

    scenarios.deleted_consent(simulator)
    tenant = simulator.state.tenant_id
    before = writes(simulator)
    request = admin_consent_url(endpoints.replace(entra_tenant=tenant), tenant)
    with pytest.raises(ConsentError) as caught:
        parse_redirect(request, authorize(simulator.ca_file, request.url))
    assert "AADSTS65004" in check_message(caught.value)
    assert writes(simulator) == before
    simulator.state.faults.consent_declined = False  # the admin tries again and accepts
    request = admin_consent_url(endpoints.replace(entra_tenant=tenant), tenant)
    assert parse_redirect(request, authorize(simulator.ca_file, request.url)).tenant == tenant
    assert len(writes(simulator)) > len(before)
    _RESULTS["specific:consent declined"] = f"error {caught.value.code}"


def test_window_closed_mid_sign_in_leaves_no_token_and_changes_nothing(simulator: Simulator, endpoints) -> None:
    import msal

    from wizard.core.http import make_session
    from wizard.entra.auth import GraphAuth
    from wizard.ui.pages.ms_signin import SignInPageError
    from wizard.webex.token import authorize_url, new_state

    cache = msal.SerializableTokenCache()
    auth = GraphAuth(endpoints, make_session(endpoints.ca_bundle), cache)
    flow = auth.begin_embedded()
    # The embedded browser loads the sign-in page, then the admin closes the window: the
    # browser returns None and nothing is redeemed.
    make_session(endpoints.ca_bundle).get(flow.auth_uri, allow_redirects=False)
    make_session(endpoints.ca_bundle).get(authorize_url(endpoints, new_state()), allow_redirects=False)
    redirect: str | None = None
    assert redirect is None
    assert not any(t.kind in ("graph", "webex") for t in simulator.state.tokens.values())
    assert not list(cache.search("AccessToken")) and not list(cache.search("RefreshToken"))
    assert writes(simulator) == []
    text = check_message(SignInPageError.cancelled())  # what the page shows
    assert "cancelled" in text
    _RESULTS["specific:window closed"] = "cancelled entra.cancelled"


KILL_SCRIPT = """
import json, os, signal, sys
sys.path[:0] = [{root!r}, {here!r}]
from faults_journeys import run_setup
data = json.loads(sys.argv[1])

def progress(step):
    if step.key.split(":")[0] == data["kill_at"] and step.status == "running":
        os.kill(os.getpid(), signal.SIGKILL)  # a real kill, mid-apply

run_setup(data, progress)
print("NOT KILLED")
"""


@pytest.mark.parametrize(
    "kill_at",
    ["create_job", "test_connection", "save_secrets", "assign", "start_job", "provision_on_demand"],
)
def test_sigkill_when_an_apply_step_starts_then_rerun_completes(
    simulator: Simulator, tmp_path: Path, kill_at: str
) -> None:
    from faults_journeys import plain_inputs, run_setup, webex_apps

    from wizard.storage.statefile import StateFile

    world = new_setup_world(simulator, tmp_path)
    data = plain_inputs(world) | {"kill_at": kill_at}
    script = KILL_SCRIPT.format(root=str(ROOT), here=str(Path(__file__).parent))
    proc = subprocess.run(
        [sys.executable, "-c", script, json.dumps(data)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stdout, proc.stderr[-2000:])
    assert_setup_consistent(world)
    saved = StateFile(world.state_dir).load()  # never a torn file (load raises on one)
    if saved is not None:  # nothing is recorded before the first step completes
        assert saved.service_principal_id == webex_apps(simulator)[0]["id"]
        _assert_no_leak([world.webex_token], StateFile(world.state_dir).path.read_text())
    result = run_setup(plain_inputs(world))
    assert_set_up_once(world, result)
    _RESULTS[f"specific:sigkill at {kill_at}"] = "killed, re-run ok"


@pytest.mark.sim(scenario="expired-token", state="configured")
def test_keyring_locked_during_renew_asks_to_unlock_then_rerun_completes(
    simulator: Simulator, secret_service, tmp_path: Path
) -> None:
    from test_store_keyring import locked_keyring

    from wizard.storage.secrets import KeyringError

    world = new_repair_world(simulator, secret_service, tmp_path)
    with locked_keyring(), pytest.raises(KeyringError) as caught:
        repair_journey(world)
    assert caught.value.code == "keyring.locked"
    text = check_message(caught.value)
    assert "nlock" in text
    _assert_no_leak(_secrets_of_repair(world), text)
    assert_repair_consistent(world)  # Entra may hold the new token; the keyring the old one
    report = repair_journey(world)
    assert report.exit_code() == 0, report.to_text()
    assert_repair_consistent(world)
    _RESULTS["specific:keyring locked"] = f"error {caught.value.code}"


def test_keyring_unavailable_is_refused_with_the_message(tmp_path: Path) -> None:
    from keyring.backends import fail

    from wizard.core.paths import Profile
    from wizard.storage.secrets import KeyringError, open_store

    profile = Profile("demo", tmp_path / "data", tmp_path / "logs", "wizard-fault-fail")
    with pytest.raises(KeyringError) as caught:
        open_store(profile, backend=fail.Keyring())
    text = check_message(caught.value)
    assert caught.value.code == "keyring.unusable", caught.value.code
    assert 'Or choose "Don\'t remember secrets".' in text  # the way out is named
    store = open_store(profile, remember=False)  # the admin's explicit way out still works
    store.put("probe", "value")
    assert store.get("probe") == "value"
    _RESULTS["specific:keyring unavailable"] = f"error {caught.value.code}"


def test_disk_full_when_writing_state_is_reported_then_rerun_completes(
    simulator: Simulator, tiny_disk: Path
) -> None:
    from wizard.storage.statefile import StateFileError

    world = new_setup_world(simulator, tiny_disk)
    world.state_dir.mkdir()
    filler = tiny_disk / "filler"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    with pytest.raises(StateFileError) as caught:
        setup_journey(world)
    assert caught.value.code == "state.write_failed.full"
    text = check_message(caught.value)
    assert "Free some disk space" in text
    assert_setup_consistent(world)
    filler.unlink()
    result = setup_journey(world)
    assert_set_up_once(world, result)
    _RESULTS["specific:disk full"] = f"error {caught.value.code}"


def test_zz_specific_case_count_is_true() -> None:
    """Keeps SPECIFIC_CASES (printed in the README line) equal to the tests above."""
    module = sys.modules[__name__]
    count = 0
    for name in dir(module):
        if name.startswith("test_") and name not in ("test_fault", "test_recording_covers_both_journeys", "test_zz_specific_case_count_is_true"):
            marks = getattr(getattr(module, name), "pytestmark", [])
            params = [m for m in marks if m.name == "parametrize"]
            count += len(params[0].args[1]) if params else 1
    assert count == SPECIFIC_CASES
