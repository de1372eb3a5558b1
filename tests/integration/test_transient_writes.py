"""Writes that fail transiently yet took effect (500 UnknownError, no answer in time) are retried
only after re-reading whether the first attempt worked (simulator, HTTPS)."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_setup_flow import graph_client, make_app, run
from tests.integration.test_tenant_settings_kept import entra_secrets, setup_inputs
from wizard.simulator import Simulator
from wizard.storage.statefile import StateFile


def test_a_job_created_despite_a_500_is_not_created_twice(
    simulator: Simulator, tmp_path: Path
) -> None:
    sp = make_app(simulator)
    simulator.state.faults.route_faults["graph.create_job:POST"] = ["500"]
    inputs = setup_inputs(simulator, sp)
    _steps, result, _seen = run(graph_client(simulator), inputs, StateFile(tmp_path / "s.json"))
    assert simulator.state.faults.route_faults_fired == [("graph.create_job:POST", "500")]
    with simulator.state.lock:
        jobs = list(simulator.state.sync[sp["id"]]["jobs"])
    assert jobs == [result.job_id]


def test_a_secret_save_that_failed_with_500_is_saved_again(
    simulator: Simulator, tmp_path: Path
) -> None:
    sp = make_app(simulator)
    simulator.state.faults.route_faults["graph.put_secrets:PUT"] = ["500"]
    inputs = setup_inputs(simulator, sp)
    run(graph_client(simulator), inputs, StateFile(tmp_path / "s.json"))
    assert entra_secrets(simulator, sp["id"])["SecretToken"] == inputs.webex_token
    fired = [f for _k, f in simulator.state.faults.route_faults_fired]
    assert fired == ["500"]
