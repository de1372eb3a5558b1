"""Runs that change things take turns: four ``setup`` processes at once make one app, one job.

Each run is a real subprocess against one in-process simulator and one data folder (one
profile). Whichever run gets the profile lock first does the setup; the others either wait
for it and then find everything in place, or give up with a message naming the busy process.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from test_cli_headless import ROOT, child_env, config_for

from wizard.core import paths
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import device_login
from wizard.storage.secrets import SecretSet, SecretStore, known_pairs

RUNS = 4


@pytest.fixture
def default_keyring(secret_service):
    store = SecretStore(paths.profile(demo=False), backend=secret_service)

    def clear() -> None:
        for pair in known_pairs(store):
            SecretSet(store, pair.tenant_id, pair.org_id).forget()

    clear()
    yield store
    clear()


def _setup_process(sim: Simulator, cfg: Path, token_file: Path, data: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable, "-m", "wizard", "--config", str(cfg), "setup",
            "--webex-token-file", str(token_file), "--notification-email", "ops@contoso.example",
            "--assign", "Webex Users", "--assign", "alexw@contoso.onmicrosoft.com", *extra,
        ],
        cwd=ROOT,
        env=child_env(data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(sim: Simulator, proc: subprocess.Popen[str], results: list) -> None:
    """Complete the device code sign-in the run asks for, then collect its outcome."""
    assert proc.stderr is not None and proc.stdout is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        match = re.search(r"open the page (\S+) and enter the code (\S+)", line)
        if match:
            device_login(sim.ca_file, match.group(1), match.group(2))
    out = proc.stdout.read()
    results.append((proc.wait(timeout=120), out, "".join(lines), proc.pid))


@pytest.mark.sim(latency={"graph": 0.1})
def test_four_setups_at_once_make_one_app_one_job_one_assignment_each(
    simulator, secret_service, default_keyring, tmp_path: Path
) -> None:
    cfg = config_for(simulator, tmp_path)
    st = simulator.state
    token_file = tmp_path / "webex-token.txt"
    token_file.write_text(st.issue_token("webex", st.webex_admin_id, st.WEBEX_WEBEX_TOKEN_LIFETIME) + "\n")
    # One dry run signs in (device code) and saves the sign-in, so that the four real runs all
    # sign in silently and start together, as scheduled tasks on one machine would.
    signed_in: list = []
    _finish(simulator, _setup_process(simulator, cfg, token_file, tmp_path, "--dry-run"), signed_in)
    assert signed_in[0][0] == 0, signed_in[0][2]
    assert not st.write_log or all(w.service != "graph" for w in st.write_log)
    procs = [_setup_process(simulator, cfg, token_file, tmp_path) for _ in range(RUNS)]
    results: list = []
    threads = [threading.Thread(target=_finish, args=(simulator, p, results)) for p in procs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert len(results) == RUNS

    pids = {pid for *_rest, pid in results}
    succeeded = [r for r in results if r[0] == 0]
    assert succeeded, [r[2] for r in results]
    for code, _out, err, _pid in results:
        assert "Traceback" not in err
        if code != 0:
            assert code == 2, err
            assert "Another run of the wizard is changing this profile." in err
            busy = re.search(r"Process (\d+) \(setup\) holds the lock", err)
            assert busy and int(busy.group(1)) in pids, err

    writes = Counter(
        (w.method, w.path.rsplit("/", 1)[-1]) for w in st.write_log if w.service == "graph"
    )
    assert writes[("POST", "instantiate")] == 1, writes
    assert writes[("POST", "jobs")] == 1, writes
    assert writes[("POST", "appRoleAssignedTo")] == 2, writes  # the group and the user, once each
    sps = [sp for sp in st.service_principals if st.sync.get(sp, {}).get("jobs")]
    assert len(sps) == 1 and len(st.sync[sps[0]]["jobs"]) == 1


def test_a_job_another_computer_added_to_the_new_app_is_reused(
    simulator, secret_service, default_keyring, tmp_path: Path
) -> None:
    """The lock cannot reach another computer: after adding the app, setup reads its jobs again
    before creating one (the re-plan, and the job step itself), and reuses the job another run
    added meanwhile."""
    from test_cli_headless import run_setup

    st = simulator.state
    gate = simulator.hold("synchronization/jobs", timeout=120)
    injected: list[str] = []

    def other_computer() -> None:
        # As soon as this run's app exists, "another computer" adds a job to it; only then may
        # this run's own look at the jobs (or its create) go through.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not injected:
            with st.lock:
                ready = [
                    (sp_id, data["templates"][0]["id"]) for sp_id, data in st.sync.items()
                    if data.get("templates") and not data.get("jobs")
                ]
            if ready:
                sp_id, template_id = ready[0]
                injected.append(st.new_job(sp_id, template_id)["id"])
                break
            time.sleep(0.05)  # polling the simulator's state; no assertion depends on timing
        gate.set()

    helper = threading.Thread(target=other_computer)
    helper.start()
    code, out, err = run_setup(simulator, tmp_path)
    helper.join(timeout=130)
    assert code == 0, err
    assert injected, "the app never appeared"
    result = json.loads(out)
    assert result["job_id"] == injected[0]
    assert list(st.sync[result["service_principal_id"]]["jobs"]) == injected
