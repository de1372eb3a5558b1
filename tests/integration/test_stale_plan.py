"""A plan goes stale between Review and Apply: another admin (or a run on another computer)
adds the app, the job or an assignment in the meantime. Apply looks again right before each
write, reuses what it finds, creates nothing twice, and says so in the step's note."""

from __future__ import annotations

from pathlib import Path

from test_setup_flow import graph_client, inputs_for, make_app, writes
from test_setup_new_app import new_app, new_inputs

from wizard.flows.setup import (
    ADD_APP,
    ASSIGN,
    CREATE_JOB,
    DONE,
    FAILED,
    PENDING,
    apply_setup,
    plan_setup,
)
from wizard.simulator import Simulator
from wizard.storage.statefile import StateFile


def job_posts(sim: Simulator) -> list[str]:
    return [p for _s, m, p in writes(sim) if m == "POST" and p.endswith("/synchronization/jobs")]


def test_apply_reuses_a_job_and_an_assignment_added_after_review(
    simulator: Simulator, tmp_path: Path
) -> None:
    client = graph_client(simulator)
    sp = make_app(simulator)
    with simulator.state.lock:
        simulator.state.sp_created[sp["id"]] = 0.0
    inputs = inputs_for(simulator, sp)
    state = StateFile(tmp_path)
    steps = plan_setup(client, inputs, state=state)  # Review
    create = next(s for s in steps if s.key == CREATE_JOB)
    megan_id = inputs.test_user_id
    megan = next(s for s in steps if s.key == f"{ASSIGN}:{megan_id}")
    assert (create.status, megan.status) == (PENDING, PENDING)

    # Another admin, between Review and Apply, through Graph like any client.
    other = graph_client(simulator)
    theirs = other.post(
        f"/servicePrincipals/{sp['id']}/synchronization/jobs",
        {"templateId": create.data["template_id"]},
        operation="another admin creating the job",
    )
    other.post(
        f"/servicePrincipals/{sp['id']}/appRoleAssignedTo",
        {
            "principalId": megan_id,
            "resourceId": sp["id"],
            "appRoleId": megan.data["app_role_id"],
        },
        operation="another admin assigning Megan",
    )
    before = len(writes(simulator))
    seen_before = len(simulator.requests_seen)

    result = apply_setup(client, inputs, steps, on_progress=lambda _s: None, state=state)

    assert [s.key for s in result.steps if s.status == FAILED] == []
    assert create.status == DONE and create.note == f"reuse job {theirs['id']}"
    assert megan.status == DONE and megan.note == "already assigned with this role"
    assert result.job_id == theirs["id"]
    with simulator.state.lock:
        jobs = list(simulator.state.sync[sp["id"]]["jobs"])
        megans = [
            a for a in simulator.state.assignments[sp["id"]]
            if a["principalId"] == megan_id
        ]
    assert jobs == [theirs["id"]]
    assert len(megans) == 1
    assert job_posts(simulator) == [f"/v1.0/servicePrincipals/{sp['id']}/synchronization/jobs"]
    ours = writes(simulator)[before:]
    assert not [w for w in ours if w[1] == "POST" and w[2].endswith("/synchronization/jobs")]
    # Apply looked before writing: it did not even try to assign Megan again.
    tried = [
        p for m, p, _s in simulator.requests_seen[seen_before:]
        if m == "POST" and p.endswith("/appRoleAssignedTo")
    ]
    assert len(tried) == 1  # Sales only


def test_apply_reuses_an_app_added_after_review(simulator: Simulator, tmp_path: Path) -> None:
    client = graph_client(simulator)
    inputs = new_inputs(simulator)
    state = StateFile(tmp_path)
    steps = plan_setup(None, inputs, state=state, new_app=new_app(simulator))  # Review
    assert steps[0].key == ADD_APP and steps[0].status == PENDING

    theirs = make_app(simulator)  # another admin adds the gallery app meanwhile
    with simulator.state.lock:
        simulator.state.sp_created[theirs["id"]] = 0.0

    result = apply_setup(client, inputs, steps, on_progress=lambda _s: None, state=state)

    assert [s.key for s in result.steps if s.status == FAILED] == []
    assert steps[0].status == DONE
    assert steps[0].note == "the tenant already had it; nothing was added"
    assert simulator.state.webex_sp_ids() == [theirs["id"]]
    assert inputs.sp_id == theirs["id"]
    assert not [w for w in writes(simulator) if w[2].endswith("/instantiate")]
