"""wizard.flows.setup against the simulator over HTTPS: plan, apply, re-run, kill-and-resume, failures.

Real parts only: the product's GraphClient over a WizardSession trusting the simulator's CA, the
simulated Graph + provisioning engine, and the Webex SCIM store behind it. The Graph token is
issued by the simulated Entra ID (MSAL sign-in has its own tests).
"""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path
from typing import Any

import pytest

from wizard.core.errors import Cancelled
from wizard.core.http import make_session
from wizard.entra.graph import GraphClient
from wizard.entra.sync.assignments import Assignment
from wizard.entra.sync.errors import ProvisioningError
from wizard.flows.setup import (
    ASSIGN,
    CREATE_JOB,
    DONE,
    FAILED,
    ON_DEMAND,
    PENDING,
    SAVE_SECRETS,
    SKIPPED,
    START_JOB,
    TEST_CONNECTION,
    SetupInputs,
    Step,
    apply_setup,
    dry_run_lines,
    plan_setup,
)
from wizard.simulator import Simulator
from wizard.simulator.webex.scim import scim_users
from wizard.storage.statefile import StateFile


class Killed(Exception):
    """Stands for the process dying in the middle of a step."""


def graph_client(sim: Simulator) -> GraphClient:
    token = sim.state.issue_token("graph", sim.state.admin_id, 3600)
    return GraphClient(
        f"{sim.base_url}/v1.0", make_session(sim.ca_file), lambda force_refresh=False: token
    )


def user(sim: Simulator, given: str) -> dict[str, Any]:
    return next(u for u in sim.state.users.values() if u["givenName"] == given)


def group_id(sim: Simulator, name: str) -> str:
    return next(g["id"] for g in sim.state.groups.values() if g["displayName"] == name)


def make_app(sim: Simulator) -> dict[str, Any]:
    tpl = sim.state.template_by_name("Cisco Webex")
    _app, sp = sim.state.instantiate_template(tpl["id"], "Cisco Webex")
    return sp


def user_role(sp: dict[str, Any]) -> str:
    return next(r["id"] for r in sp["appRoles"] if r["displayName"] == "User")


def inputs_for(
    sim: Simulator, sp: dict[str, Any], *, token: str | None = None, test_user: str = "Megan"
) -> SetupInputs:
    megan = user(sim, test_user)
    return SetupInputs(
        tenant_id=sim.state.tenant_id,
        sp_id=sp["id"],
        tenant_url=f"{sim.base_url}/v1/scim/{sim.state.webex_org_id}",
        webex_token=token or sim.state.issue_token("webex", sim.state.webex_admin_id, 3887999),
        notification_email="admin@contoso.example",
        assignments=[
            Assignment(megan["id"], "User", megan["displayName"], user_role(sp)),
            Assignment(group_id(sim, "Sales"), "Group", "Sales", ""),
        ],
        test_user_id=megan["id"],
    )


def writes(sim: Simulator) -> list[tuple[str, str, str]]:
    with sim.state.lock:
        return [(w.service, w.method, w.path) for w in sim.state.write_log]


def run(client: GraphClient, inputs: SetupInputs, state: StateFile, hook=None):
    steps = plan_setup(client, inputs, state=state)
    seen: list[tuple[str, str]] = []

    def progress(step: Step) -> None:
        seen.append((step.key, step.status))
        if hook is not None:
            hook(step)

    result = apply_setup(client, inputs, steps, on_progress=progress, state=state)
    return steps, result, seen


def assert_set_up_once(sim: Simulator, sp: dict[str, Any], inputs: SetupInputs) -> None:
    with sim.state.lock:
        sync = sim.state.sync[sp["id"]]
        jobs = list(sync["jobs"].values())
        secrets = {s["key"]: s["value"] for s in sync["secrets"]}
        assignments = [(a["principalId"], a["appRoleId"]) for a in sim.state.assignments[sp["id"]]]
    assert len(jobs) == 1, [j["id"] for j in jobs]
    assert jobs[0]["status"]["code"] == "Active" and jobs[0]["schedule"]["state"] == "Active"
    assert set(secrets) == {"BaseAddress", "SecretToken", "SyncNotificationSettings", "SyncAll"}
    assert secrets["BaseAddress"] == inputs.tenant_url
    assert secrets["SecretToken"] == inputs.webex_token
    assert secrets["SyncAll"] == "false"
    assert '"Recipients":"admin@contoso.example"' in secrets["SyncNotificationSettings"]
    assert len(assignments) == len(set(assignments)) == 2
    assert {p for p, _ in assignments} == {inputs.test_user_id, group_id(sim, "Sales")}
    assert all(r == user_role(sp) for _, r in assignments)  # a real role, never Default Access
    names = [u["userName"] for u in scim_users(sim)]
    assert len(names) == len(set(names)), names


@pytest.fixture
def sp(simulator: Simulator) -> dict[str, Any]:
    return make_app(simulator)


@pytest.fixture
def client(simulator: Simulator) -> GraphClient:
    return graph_client(simulator)


@pytest.fixture
def state(tmp_path: Path) -> StateFile:
    return StateFile(tmp_path)


# ------------------------------------------------------------------------------- happy path
def test_plan_lists_the_exact_steps_and_writes_nothing(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    inputs = inputs_for(simulator, sp)
    before = writes(simulator)
    steps = plan_setup(client, inputs, state=state)
    assert writes(simulator) == before
    megan, sales = inputs.assignments[0].principal_id, inputs.assignments[1].principal_id
    assert [(s.key, s.status) for s in steps] == [
        (CREATE_JOB, PENDING),
        (TEST_CONNECTION, PENDING),
        (SAVE_SECRETS, PENDING),
        (f"{ASSIGN}:{megan}", PENDING),
        (f"{ASSIGN}:{sales}", PENDING),
        (START_JOB, PENDING),
        (ON_DEMAND, PENDING),
    ]
    assert "from template ciscoWebexSim" in steps[0].detail
    assert steps[0].detail.startswith(f"POST /servicePrincipals/{sp['id']}/synchronization/jobs")
    assert steps[3].title == "Assign Megan Bowen to the app as User"
    assert steps[3].title_template == "Assign {name} to the app as {role}"
    assert steps[4].data["app_role_id"] == user_role(sp)  # role chosen for the group: "User"
    text = "\n".join(dry_run_lines(steps))
    assert "1. [will do] Create the provisioning job" in text
    assert "nothing has been changed" in text
    assert inputs.webex_token not in text and inputs.webex_token not in repr(steps)


def test_full_flow_provisions_the_test_user(
    simulator: Simulator,
    sp: dict[str, Any],
    client: GraphClient,
    state: StateFile,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    inputs = inputs_for(simulator, sp)
    steps, result, seen = run(client, inputs, state)
    assert caplog.records and inputs.webex_token not in caplog.text
    assert all(s.status == DONE for s in steps), [(s.key, s.status) for s in steps]
    assert seen[:2] == [(CREATE_JOB, "running"), (CREATE_JOB, DONE)]
    assert len(seen) == 2 * len(steps)
    assert_set_up_once(simulator, sp, inputs)
    job_id = next(iter(simulator.state.sync[sp["id"]]["jobs"]))
    assert result.job_id == job_id
    assert result.job_status.code == "Active" and result.job_status.quarantine_reason == ""
    assert result.job_status.last_execution is not None
    assert result.on_demand is not None and result.on_demand.in_webex
    megan = user(simulator, "Megan")
    (scim,) = [u for u in scim_users(simulator) if u["userName"] == megan["userPrincipalName"]]
    assert scim["externalId"] == megan["id"]
    assert scim["displayName"] == "Megan Bowen"
    assert scim["name"] == {"givenName": "Megan", "familyName": "Bowen"}
    assert scim["active"] is True
    saved = state.load()
    assert saved is not None and saved.job_id == job_id and saved.step == ON_DEMAND
    actions = [c.action for c in saved.history]
    assert actions == [
        "job.created",
        "connection.tested",
        "secrets.saved",
        "principal.assigned",
        "principal.assigned",
        "job.started",
        "user.provisioned",
    ]
    assert inputs.webex_token not in state.path.read_text()


def test_rerun_skips_everything_and_writes_nothing_new(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    inputs = inputs_for(simulator, sp)
    run(client, inputs, state)
    before = writes(simulator)
    steps = plan_setup(client, inputs, state=state)
    assert writes(simulator) == before
    assert [s.status for s in steps] == [
        SKIPPED,
        PENDING,  # Test Connection always runs (writes nothing)
        SKIPPED,
        SKIPPED,
        SKIPPED,
        SKIPPED,
        PENDING,  # the test user is re-validated on demand
    ]
    assert steps[0].note.startswith("reuse job ")
    apply_setup(client, inputs, steps, on_progress=lambda s: None, state=state)
    new = writes(simulator)[len(before) :]
    # The on-demand call is the only write: the user is already identical in Webex.
    assert new == [
        (
            "graph",
            "POST",
            f"/v1.0/servicePrincipals/{sp['id']}/synchronization/jobs/"
            f"{steps[0].data['job_id']}/provisionOnDemand",
        )
    ]
    assert steps[-1].note == "already up to date in Webex"
    assert_set_up_once(simulator, sp, inputs)


def test_new_token_is_saved_again(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    run(client, inputs_for(simulator, sp), state)
    fresh = inputs_for(simulator, sp)  # a new Webex sign-in: another token
    steps = plan_setup(client, fresh, state=state)
    assert {s.key: s.status for s in steps}[SAVE_SECRETS] == PENDING


# ------------------------------------------------------------------------------- kill + resume
KILL_AT = [CREATE_JOB, TEST_CONNECTION, SAVE_SECRETS, ASSIGN, START_JOB, ON_DEMAND]


@pytest.mark.parametrize("kill_at", KILL_AT)
@pytest.mark.parametrize("when", ["running", "done"])
def test_killed_at_each_step_then_rerun_completes_once(
    simulator: Simulator,
    sp: dict[str, Any],
    client: GraphClient,
    state: StateFile,
    kill_at: str,
    when: str,
) -> None:
    inputs = inputs_for(simulator, sp)

    def hook(step: Step) -> None:
        if step.key.split(":")[0] == kill_at and step.status == when:
            raise Killed(step.key)

    with pytest.raises(Killed):
        run(client, inputs, state, hook)
    steps, result, _seen = run(client, inputs, state)
    assert all(s.status in (DONE, SKIPPED) for s in steps)
    assert_set_up_once(simulator, sp, inputs)
    assert result.on_demand is not None and result.on_demand.in_webex


def test_should_stop_cancels_between_steps(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    inputs = inputs_for(simulator, sp)
    steps = plan_setup(client, inputs, state=state)
    done: list[str] = []
    with pytest.raises(Cancelled):
        apply_setup(
            client,
            inputs,
            steps,
            on_progress=lambda s: done.append(s.key) if s.status == DONE else None,
            should_stop=lambda: len(done) >= 2,
            state=state,
        )
    assert done == [CREATE_JOB, TEST_CONNECTION]
    assert [s.status for s in steps[2:]] == [PENDING] * (len(steps) - 2)
    assert simulator.state.sync[sp["id"]]["secrets"] == []
    saved = state.load()
    assert saved is not None and saved.step == TEST_CONNECTION and saved.job_id


# ------------------------------------------------------------------------------- failures
def test_rejected_token_is_explained_and_never_saved(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    inputs = inputs_for(simulator, sp)
    simulator.state.tokens[inputs.webex_token].revoked = True
    steps = plan_setup(client, inputs, state=state)
    with pytest.raises(ProvisioningError) as caught:
        apply_setup(client, inputs, steps, on_progress=lambda s: None, state=state)
    err = caught.value
    assert err.code == "provisioning.credentials_rejected"
    text = err.render()
    assert "401" in text  # Entra's reason names the SCIM answer
    assert "full administrator" in text
    assert err.correlation.get("request-id")
    assert inputs.webex_token not in text
    assert [s.status for s in steps[:3]] == [DONE, FAILED, PENDING]
    assert steps[1].error is err
    assert simulator.state.sync[sp["id"]]["secrets"] == []  # never saved
    assert not any(p.endswith("/secrets") for _s, _m, p in writes(simulator))


@pytest.mark.parametrize("default_only", [True, False])
def test_no_assignable_role_is_explained(
    simulator: Simulator,
    sp: dict[str, Any],
    client: GraphClient,
    state: StateFile,
    default_only: bool,
) -> None:
    inputs = inputs_for(simulator, sp)
    with simulator.state.lock:
        if default_only:
            sp["appRoles"] = []
        else:
            for role in sp["appRoles"]:
                role["isEnabled"] = False
    before = writes(simulator)
    with pytest.raises(ProvisioningError) as caught:
        plan_setup(client, inputs, state=state)
    expected = "default_access_only" if default_only else "no_assignable_role"
    assert caught.value.code == f"provisioning.{expected}"
    assert "excluded from provisioning" in caught.value.render()
    assert writes(simulator) == before


def test_default_access_assignment_is_refused(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    inputs = inputs_for(simulator, sp)
    first = inputs.assignments[0]
    inputs.assignments = [
        Assignment(
            first.principal_id, "User", first.display_name, "0" * 8 + "-0000" * 3 + "-" + "0" * 12
        )
    ]
    with pytest.raises(ProvisioningError) as caught:
        plan_setup(client, inputs, state=state)
    assert caught.value.code == "provisioning.default_access_only"


def test_test_user_out_of_scope_is_explained(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    inputs = inputs_for(simulator, sp)
    alex = user(simulator, "Alex")  # not assigned, not in Sales
    inputs.test_user_id = alex["id"]
    steps = plan_setup(client, inputs, state=state)
    with pytest.raises(ProvisioningError) as caught:
        apply_setup(client, inputs, steps, on_progress=lambda s: None, state=state)
    assert caught.value.code == "provisioning.user_out_of_scope"
    assert alex["userPrincipalName"] in caught.value.render()
    assert steps[-1].status == FAILED
    assert all(s.status == DONE for s in steps[:-1])
    assert alex["userPrincipalName"] not in {u["userName"] for u in scim_users(simulator)}


def test_test_user_with_default_access_only_is_explained(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    inputs = inputs_for(simulator, sp)
    lee = user(simulator, "Lee")
    with simulator.state.lock:  # assigned by someone else, with Default Access
        simulator.state.assignments[sp["id"]].append(
            {
                "id": "x" * 43,
                "appRoleId": "00000000-0000-0000-0000-000000000000",
                "principalId": lee["id"],
                "principalType": "User",
                "principalDisplayName": lee["displayName"],
                "resourceId": sp["id"],
            }
        )
    inputs.test_user_id = lee["id"]
    steps = plan_setup(client, inputs, state=state)
    with pytest.raises(ProvisioningError) as caught:
        apply_setup(client, inputs, steps, on_progress=lambda s: None, state=state)
    assert caught.value.code == "provisioning.default_access_only"
    assert "Default Access" in caught.value.render()


def test_quarantine_after_start_is_explained_then_repaired(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    inputs = inputs_for(simulator, sp)

    def revoke_after_save(step: Step) -> None:
        if step.key == START_JOB and step.status == "running":
            simulator.state.tokens[inputs.webex_token].revoked = True

    with pytest.raises(ProvisioningError) as caught:
        run(client, inputs, state, revoke_after_save)
    err = caught.value
    assert err.code == "provisioning.quarantined"
    assert "EncounteredQuarantineException" in err.render()
    assert "revoked" in err.render()
    (job,) = simulator.state.sync[sp["id"]]["jobs"].values()
    assert job["status"]["code"] == "Quarantine"

    # The admin signs in to Webex again: re-plan saves the new token and starts the job again.
    fresh = inputs_for(simulator, sp)
    steps = plan_setup(client, fresh, state=state)
    status = {s.key.split(":")[0]: s.status for s in steps}
    assert status[SAVE_SECRETS] == PENDING and status[START_JOB] == PENDING
    result = apply_setup(client, fresh, steps, on_progress=lambda s: None, state=state)
    assert result.job_status.code == "Active"
    assert_set_up_once(simulator, sp, fresh)


def test_on_demand_throttled_is_explained(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient, state: StateFile
) -> None:
    """Another tool used up the 5-per-10-s budget and Graph asks for a long pause."""
    from wizard.simulator.graph import ondemand as graph_ondemand

    inputs = inputs_for(simulator, sp)

    def hog_the_budget(step: Step) -> None:
        if step.key == ON_DEMAND and step.status == "running":
            job_id = next(iter(simulator.state.sync[sp["id"]]["jobs"]))
            future = simulator.state.now() + 50  # Retry-After ~60 s: beyond what we wait out
            calls = graph_ondemand._calls.setdefault(simulator.state, {})
            calls[job_id] = deque([future] * graph_ondemand.POD_LIMIT)

    with pytest.raises(ProvisioningError) as caught:
        run(client, inputs, state, hog_the_budget)
    err = caught.value
    assert err.code == "provisioning.on_demand_throttled" and err.transient
    assert "5 requests per 10 seconds" in err.render()
    assert err.params["seconds"] == "60"
