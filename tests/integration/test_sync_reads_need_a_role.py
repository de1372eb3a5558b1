"""Synchronization reads need an admin role (Microsoft's synchronization API pages), as writes
do: an account without one meets Graph's 403, and the product says why and what to do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.test_cli_headless import default_keyring, run_setup  # noqa: F401
from tests.integration.test_repair_scenarios import setup, statuses, target_of  # noqa: F401
from wizard.core.endpoints import GRAPH_CLI_CLIENT_ID
from wizard.diagnose import Status
from wizard.entra.auth import GRAPH_PERMISSIONS
from wizard.flows.diagnostics import run_checks
from wizard.simulator import Simulator
from wizard.simulator.entra.common import ALL_PRINCIPALS, grant

ROLES = "Application Administrator, Cloud Application Administrator or Global Administrator"


@pytest.mark.sim(state="configured")
def test_check_explains_a_refused_job_read(simulator: Simulator, endpoints, setup) -> None:  # noqa: F811
    st = simulator.state
    target = target_of(setup, endpoints)
    with st.lock:  # e.g. the role was only eligible, and its activation ran out
        st.role_assignments[st.admin_id] = set()
    report = run_checks(target)
    finding = report.get("webex_app")
    assert finding.status is Status.FAILED
    assert "refused reading the provisioning job" in finding.finding
    assert "lacks a role or permission" in finding.finding
    assert ROLES in finding.finding
    assert [c for c, s in statuses(report).items() if s == "failed"] == ["webex_app"]
    # The check's own line ("[FAIL] 6. …"), not any line with "6." in it: an evidence line
    # such as a random job id ("…aa1006.4ce4…") came first once and failed the run.
    check_lines = [line for line in report.to_text().splitlines() if line.startswith("[FAIL] 6. ")]
    assert len(check_lines) == 1 and "403" in check_lines[0], report.to_text()


@pytest.mark.sim(state="configured")
def test_headless_setup_without_a_role_says_which_roles(
    simulator: Simulator, secret_service, default_keyring, tmp_path: Path  # noqa: F811
) -> None:
    st = simulator.state
    with st.lock:  # consented for everyone earlier; the signed-in admin holds no role today
        grant(st.entra_auth, GRAPH_CLI_CLIENT_ID, ALL_PRINCIPALS, set(GRAPH_PERMISSIONS))
        st.role_assignments[st.admin_id] = set()
    code, out, err = run_setup(simulator, tmp_path, "--dry-run")
    assert code == 1, err  # setup's "the operation failed" (see --help)
    assert "refused reading the app's provisioning job" in err
    assert "403 (Authorization_RequestDenied)" in err and ROLES in err
    assert json.loads(out)["error"]["code"]
    assert [w for w in st.write_log if w.service == "graph"] == []
