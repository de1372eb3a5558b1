"""The admin's provisioning settings in Entra survive setup and token renewal (simulator, HTTPS).

Entra's secret set is replaced whole by every PUT, so the wizard reads it first and changes only
its own keys. These tests start from a tenant where an administrator already set a notification
e-mail, the accidental-deletion threshold (on, 50) and "sync all users and groups".
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.integration.test_setup_flow import graph_client, make_app, run
from wizard.diagnose import RepairTarget
from wizard.entra.graph_errors import GraphBadRequest
from wizard.entra.sync.credentials import merge_secrets, save_secrets
from wizard.flows.repair import renew_token
from wizard.flows.setup import SetupInputs
from wizard.simulator import Simulator
from wizard.storage.statefile import StateFile
from wizard.webex.token import WebexToken

ADMIN_NOTIFICATIONS = {
    "Enabled": True,
    "Recipients": "ops@contoso.example",
    "DeleteThresholdEnabled": True,
    "DeleteThresholdValue": 50,
}


def admin_settings(sim: Simulator, sp: dict[str, Any]) -> None:
    """What the administrator set on the app's Provisioning page before the wizard ran."""
    with sim.state.lock:
        sim.state.sync[sp["id"]]["secrets"] = [
            {"key": "SyncNotificationSettings", "value": json.dumps(ADMIN_NOTIFICATIONS)},
            {"key": "SyncAll", "value": "true"},
        ]


def entra_secrets(sim: Simulator, sp_id: str) -> dict[str, str]:
    with sim.state.lock:
        return {s["key"]: s["value"] for s in sim.state.sync[sp_id]["secrets"]}


def assert_admin_settings_kept(secrets: dict[str, str]) -> None:
    notifications = json.loads(secrets["SyncNotificationSettings"])
    assert notifications["Recipients"] == "ops@contoso.example"
    assert notifications["DeleteThresholdEnabled"] is True
    assert notifications["DeleteThresholdValue"] == 50
    assert secrets["SyncAll"] == "true"


def webex_token(sim: Simulator) -> str:
    return sim.state.issue_token("webex", sim.state.webex_admin_id, 3887999)


def setup_inputs(sim: Simulator, sp: dict[str, Any]) -> SetupInputs:
    return SetupInputs(
        tenant_id=sim.state.tenant_id,
        sp_id=sp["id"],
        tenant_url=f"{sim.base_url}/v1/scim/{sim.state.webex_org_id}",
        webex_token=webex_token(sim),
        notification_email="ops@contoso.example",
    )


def test_admin_settings_survive_setup_and_token_renewal(
    simulator: Simulator, endpoints, tmp_path: Path
) -> None:
    sp = make_app(simulator)
    admin_settings(simulator, sp)
    client = graph_client(simulator)
    inputs = setup_inputs(simulator, sp)
    _steps, result, _seen = run(client, inputs, StateFile(tmp_path / "state.json"))
    secrets = entra_secrets(simulator, sp["id"])
    assert secrets["SecretToken"] == inputs.webex_token
    assert secrets["BaseAddress"] == inputs.tenant_url
    assert_admin_settings_kept(secrets)

    # Token renewal, knowing nothing of what setup saved (no state file).
    target = RepairTarget(
        endpoints,
        simulator.state.tenant_id,
        simulator.state.webex_org_id,
        sp_id=sp["id"],
        job_id=result.job_id,
        tenant_url=inputs.tenant_url,
    )
    raw = webex_token(simulator)
    renewed = renew_token(target, client, WebexToken(raw, "Bearer", 3887999, time.time()), None)
    assert renewed.changed
    secrets = entra_secrets(simulator, sp["id"])
    assert secrets["SecretToken"] == raw
    assert_admin_settings_kept(secrets)


def test_a_new_setup_turns_the_deletion_threshold_on(simulator: Simulator, tmp_path: Path) -> None:
    sp = make_app(simulator)
    client = graph_client(simulator)
    inputs = setup_inputs(simulator, sp)
    run(client, inputs, StateFile(tmp_path / "state.json"))
    secrets = entra_secrets(simulator, sp["id"])
    notifications = json.loads(secrets["SyncNotificationSettings"])
    assert notifications["DeleteThresholdEnabled"] is True
    assert notifications["DeleteThresholdValue"] > 0
    assert notifications["Recipients"] == "ops@contoso.example"
    assert secrets["SyncAll"] == "false"


def test_a_refused_read_falls_back_to_what_the_wizard_saved_and_says_so(
    simulator: Simulator, tmp_path: Path
) -> None:
    sp = make_app(simulator)
    admin_settings(simulator, sp)
    client = graph_client(simulator)
    state = StateFile(tmp_path / "state.json")
    inputs = setup_inputs(simulator, sp)
    run(client, inputs, state)
    # Another run (new token), with Entra refusing the read this time.
    simulator.state.faults.route_faults["graph.get_secrets:GET"] = ["403*"]
    again = setup_inputs(simulator, sp)
    steps, _result, _seen = run(client, again, state)
    save = next(s for s in steps if s.key == "save_secrets")
    assert "did not let the wizard read" in save.note
    secrets = entra_secrets(simulator, sp["id"])
    assert secrets["SecretToken"] == again.webex_token
    assert_admin_settings_kept(secrets)


def test_no_empty_json_value_is_ever_sent() -> None:
    pairs = merge_secrets(
        [{"key": "SyncNotificationSettings", "value": ""}, {"key": "SyncAll", "value": ""}],
        tenant_url="https://x/v1/scim/o",
        token="t",
    )
    values = {p["key"]: p["value"] for p in pairs}
    assert all(values.values())
    assert json.loads(values["SyncNotificationSettings"])["DeleteThresholdEnabled"] is True


def test_the_simulator_refuses_an_empty_notification_value(simulator: Simulator) -> None:
    sp = make_app(simulator)
    client = graph_client(simulator)
    with pytest.raises(GraphBadRequest) as caught:
        client.request(
            "PUT",
            f"/servicePrincipals/{sp['id']}/synchronization/secrets",
            operation="test",
            body={"value": [{"key": "SyncNotificationSettings", "value": ""}]},
        )
    assert caught.value.graph_code == "InvalidNotificationSettings"
    saved = save_secrets(client, sp["id"], {"tenant_url": "https://x/v1/scim/o", "token": "t"})
    assert saved.read_from_entra and saved.setting("SyncAll") == "false"


def test_the_plan_says_what_happens_to_the_deletion_threshold(simulator: Simulator) -> None:
    from wizard.flows.setup import plan_setup

    sp = make_app(simulator)
    client = graph_client(simulator)

    def threshold() -> tuple[str, int]:
        steps = plan_setup(client, setup_inputs(simulator, sp))
        data = next(s.data for s in steps if s.key == "save_secrets")
        return data["deletion_threshold"], data["deletion_threshold_value"]

    assert threshold() == ("new", 500)
    admin_settings(simulator, sp)
    assert threshold() == ("on", 50)
    with simulator.state.lock:
        simulator.state.sync[sp["id"]]["secrets"][0]["value"] = json.dumps({"Enabled": False})
    assert threshold() == ("off", 0)
