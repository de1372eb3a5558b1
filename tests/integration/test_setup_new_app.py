"""Apply adds the gallery app itself (Review is the first write): a plan made before the app
exists starts with adding it; Apply adds it, waits for it, hides it, plans the later steps for
its new ids, and never adds a second app — not on a Retry, not after a kill right after Graph
answered 201."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from test_setup_flow import Killed, assert_set_up_once, graph_client, group_id, user

from wizard.entra.gallery import GalleryError
from wizard.entra.graph import GraphClient
from wizard.entra.sync.assignments import Assignment
from wizard.entra.waits import Backoff
from wizard.flows import gallery
from wizard.flows import setup_apply as apply_module
from wizard.flows.setup import (
    ADD_APP,
    DONE,
    FAILED,
    HIDE_APP,
    PENDING,
    SetupInputs,
    Step,
    apply_setup,
    plan_setup,
)
from wizard.flows.setup_plan import NewApp
from wizard.simulator import Simulator
from wizard.storage.statefile import Change, StateFile, WizardState


def new_inputs(sim: Simulator) -> SetupInputs:
    megan = user(sim, "Megan")
    return SetupInputs(
        tenant_id=sim.state.tenant_id,
        sp_id="",
        tenant_url=f"{sim.base_url}/v1/scim/{sim.state.webex_org_id}",
        webex_token=sim.state.issue_token("webex", sim.state.webex_admin_id, 3887999),
        notification_email="admin@contoso.example",
        assignments=[
            Assignment(megan["id"], "User", megan["displayName"], ""),
            Assignment(group_id(sim, "Sales"), "Group", "Sales", ""),
        ],
        test_user_id=megan["id"],
    )


def new_app(sim: Simulator) -> NewApp:
    return NewApp(sim.state.template_by_name("Cisco Webex")["id"], "Cisco Webex", "User")


def apply_new(sim: Simulator, client: GraphClient, inputs: SetupInputs, state: StateFile):
    steps = plan_setup(None, inputs, state=state, new_app=new_app(sim))
    return steps, apply_setup(client, inputs, steps, on_progress=lambda _s: None, state=state)


@pytest.fixture
def client(simulator: Simulator) -> GraphClient:
    return graph_client(simulator)


@pytest.fixture
def state(tmp_path: Path) -> StateFile:
    return StateFile(tmp_path)


def test_apply_adds_the_app_then_sets_it_up_with_its_new_ids(
    simulator: Simulator, client: GraphClient, state: StateFile
) -> None:
    assert simulator.state.webex_sp_ids() == []
    inputs = new_inputs(simulator)
    steps, result = apply_new(simulator, client, inputs, state)
    (sp_id,) = simulator.state.webex_sp_ids()
    assert [s.status for s in steps] == [DONE] * len(steps)
    assert steps[0].key == ADD_APP and steps[0].data["sp_id"] == sp_id
    assert inputs.sp_id == sp_id and result.app is not None and result.app.id == sp_id
    assert all("{id}" not in s.detail for s in steps[1:])  # later steps name the real app
    with simulator.state.lock:
        sp = dict(simulator.state.service_principals[sp_id])
    assert "HideApp" in sp["tags"]
    assert_set_up_once(simulator, sp, inputs)  # the "User" role, by name, for both principals
    saved = state.load()
    assert saved is not None and saved.service_principal_id == sp_id
    assert [c.target for c in saved.history if c.action == "app.added"] == [sp_id]


def test_a_kill_right_after_the_app_was_added_resumes_with_that_app(
    simulator: Simulator,
    client: GraphClient,
    state: StateFile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_wait = gallery.wait_until_ready

    def killed(*_args: object, **_kwargs: object) -> object:
        raise Killed("after 201")

    monkeypatch.setattr(apply_module.gallery, "wait_until_ready", killed)
    with pytest.raises(Killed):
        apply_new(simulator, client, new_inputs(simulator), state)
    (sp_id,) = simulator.state.webex_sp_ids()
    monkeypatch.setattr(apply_module.gallery, "wait_until_ready", real_wait)
    # Hide the app from the tenant-wide look-up (as replication lag can): a naive re-run would
    # add a second one; the state file's record makes Apply wait for the first instead.
    monkeypatch.setattr(apply_module.gallery, "find_template", _no_lookup)
    monkeypatch.setattr(apply_module.gallery, "ensure_app", _no_lookup)  # the plan names the template
    inputs = new_inputs(simulator)
    steps, _result = apply_new(simulator, client, inputs, state)
    assert simulator.state.webex_sp_ids() == [sp_id]
    assert inputs.sp_id == sp_id and all(s.status == DONE for s in steps)


def _no_lookup(*_args: object) -> object:
    raise AssertionError("a resumed Apply must not look for (or add) another app")


def test_a_retry_of_the_same_plan_never_adds_a_second_app(
    simulator: Simulator,
    client: GraphClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_wait = gallery.wait_until_ready
    calls: list[str] = []

    def fails_once(client: GraphClient, app: gallery.WebexApp, **kwargs: object) -> object:
        calls.append(app.id)
        if len(calls) == 1:
            raise Killed("replication wait gave up")
        return real_wait(client, app, **kwargs)

    monkeypatch.setattr(apply_module.gallery, "wait_until_ready", fails_once)
    inputs = new_inputs(simulator)
    steps = plan_setup(None, inputs, new_app=new_app(simulator))  # no state file at all
    with pytest.raises(Killed):
        apply_setup(client, inputs, steps, on_progress=lambda _s: None)
    assert steps[0].status != DONE and steps[1].status == PENDING
    steps[0].status = PENDING
    seen: list[Step] = []
    apply_setup(client, inputs, steps, on_progress=seen.append)
    (sp_id,) = simulator.state.webex_sp_ids()
    assert calls == [sp_id, sp_id]
    assert all(s.status == DONE for s in steps)


HIDE_FAULT = "graph.patch_service_principal:PATCH"


def _tags(sim: Simulator, sp_id: str) -> list[str]:
    with sim.state.lock:
        return list(sim.state.service_principals[sp_id].get("tags") or [])


def test_a_kill_between_adding_and_hiding_is_finished_by_the_next_run(
    simulator: Simulator,
    client: GraphClient,
    state: StateFile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def killed(*_args: object, **_kwargs: object) -> object:
        raise Killed("before the hide")

    monkeypatch.setattr(apply_module.gallery, "hide", killed)
    with pytest.raises(Killed):
        apply_new(simulator, client, new_inputs(simulator), state)
    (sp_id,) = simulator.state.webex_sp_ids()
    assert "HideApp" not in _tags(simulator, sp_id)
    monkeypatch.undo()
    # The next run finds the app (the Gallery page, headless prepare) and plans for it: the
    # admin's choice to hide it was kept in the state file, so the hide is still to do.
    inputs = new_inputs(simulator)
    inputs.sp_id = sp_id
    steps = plan_setup(client, inputs, state=state)
    assert steps[0].key == HIDE_APP and steps[0].status == PENDING
    result = apply_setup(client, inputs, steps, on_progress=lambda _s: None, state=state)
    assert "HideApp" in _tags(simulator, sp_id) and result.warnings == []
    assert all(s.status == DONE for s in steps)
    # Hidden now: a further plan has nothing left to hide.
    assert HIDE_APP not in [s.key for s in plan_setup(client, inputs, state=state)]


def test_no_hide_is_planned_for_an_app_the_admin_chose_to_leave_visible(
    simulator: Simulator, client: GraphClient, state: StateFile
) -> None:
    inputs = new_inputs(simulator)
    visible = NewApp(new_app(simulator).template_id, "Cisco Webex", "User", hide=False)
    steps = plan_setup(None, inputs, state=state, new_app=visible)
    assert HIDE_APP not in [s.key for s in steps]
    apply_setup(client, inputs, steps, on_progress=lambda _s: None, state=state)
    assert "HideApp" not in _tags(simulator, inputs.sp_id)
    assert HIDE_APP not in [s.key for s in plan_setup(client, inputs, state=state)]


def test_a_failed_hide_is_reported_and_the_setup_still_finishes(
    simulator: Simulator, client: GraphClient, state: StateFile
) -> None:
    simulator.state.faults.route_faults[HIDE_FAULT] = ["403*"]
    inputs = new_inputs(simulator)
    steps, result = apply_new(simulator, client, inputs, state)
    (hide,) = result.warnings
    assert hide.key == HIDE_APP and hide.status == FAILED and hide.error is not None
    assert hide.note.startswith("not hidden: ") and "Visible to users?" in hide.note
    assert all(s.status == DONE for s in steps if s is not hide)
    assert result.job_id and "HideApp" not in _tags(simulator, inputs.sp_id)
    # The next run plans it again and, the fault over, hides the app.
    simulator.state.faults.route_faults.clear()
    again = plan_setup(client, inputs, state=state)
    assert again[0].key == HIDE_APP and again[0].status == PENDING
    assert apply_setup(client, inputs, again, on_progress=lambda _s: None, state=state).warnings == []
    assert "HideApp" in _tags(simulator, inputs.sp_id)


def test_an_app_added_long_ago_and_deleted_since_is_added_again_not_waited_for(
    simulator: Simulator, client: GraphClient, state: StateFile
) -> None:
    # A setup added an app long ago (the state file still points at it); an admin deleted it,
    # so the plan adds the app again (headless prepare, repair's recreate): the old record is
    # no replication lag to wait out, and waiting for that app could only time out.
    gone = str(uuid.uuid4())
    state.save(
        WizardState(
            tenant_id=simulator.state.tenant_id,
            service_principal_id=gone,
            history=[Change("2020-01-01T00:00:00Z", "app.added", gone, {"hide": True})],
        )
    )
    inputs = new_inputs(simulator)
    steps = plan_setup(None, inputs, state=state, new_app=new_app(simulator))
    apply_setup(
        client, inputs, steps, on_progress=lambda _s: None, state=state,
        backoff=Backoff.flat(0.5, 10.0),  # without the fix: a timeout waiting for `gone`
    )
    (sp_id,) = simulator.state.webex_sp_ids()
    assert sp_id != gone and inputs.sp_id == sp_id and all(s.status == DONE for s in steps)
    saved = state.load()
    assert saved is not None and saved.service_principal_id == sp_id


# ------------------------------------------------------------------------------------ the template
def _template_gone(sim: Simulator) -> dict:
    """The Cisco Webex template removed from the gallery (as it was before, for re-adding)."""
    with sim.state.lock:
        tpl = sim.state.template_by_name("Cisco Webex")
        return sim.state.application_templates.pop(tpl["id"])


def _template_calls(sim: Simulator) -> list[tuple[str, str]]:
    with sim.state.lock:
        return [(c.method, c.rule) for c in sim.calls if "/applicationTemplates" in c.rule]


def test_a_template_gone_since_the_plan_fails_the_add_step_as_the_look_up_says(
    simulator: Simulator, client: GraphClient, state: StateFile
) -> None:
    inputs = new_inputs(simulator)
    steps = plan_setup(None, inputs, state=state, new_app=new_app(simulator))
    _template_gone(simulator)
    with pytest.raises(GalleryError) as looked_up:  # what a look-up says: the same error
        gallery.find_template(client)
    with pytest.raises(GalleryError) as caught:
        apply_setup(client, inputs, steps, on_progress=lambda _s: None, state=state)
    err = caught.value
    assert err.code == "gallery.template_not_found" and err.params == looked_up.value.params
    assert err.render() == looked_up.value.render() and "Nothing was changed." in err.render()
    assert steps[0].status == FAILED and steps[0].error is err
    assert all(s.status == PENDING for s in steps[1:])
    assert simulator.state.webex_sp_ids() == []
    saved = state.load()
    assert saved is None or not [c for c in saved.history if c.action == "app.added"]


def test_a_template_published_again_under_a_new_id_adds_the_app_from_that_one(
    simulator: Simulator, client: GraphClient, state: StateFile
) -> None:
    inputs = new_inputs(simulator)
    steps = plan_setup(None, inputs, state=state, new_app=new_app(simulator))
    again = {**_template_gone(simulator), "id": str(uuid.uuid4())}
    with simulator.state.lock:
        simulator.state.application_templates[again["id"]] = again
    apply_setup(client, inputs, steps, on_progress=lambda _s: None, state=state)
    (sp_id,) = simulator.state.webex_sp_ids()
    assert all(s.status == DONE for s in steps) and inputs.sp_id == sp_id
    with simulator.state.lock:
        assert simulator.state.service_principals[sp_id]["applicationTemplateId"] == again["id"]


def test_a_plan_naming_the_template_adds_the_app_without_a_look_up_and_one_naming_none_looks(
    simulator: Simulator, client: GraphClient, state: StateFile
) -> None:
    inputs = new_inputs(simulator)
    steps = plan_setup(None, inputs, state=state, new_app=new_app(simulator))
    apply_setup(client, inputs, steps, on_progress=lambda _s: None, state=state)
    assert _template_calls(simulator) == [("POST", "/v1.0/applicationTemplates/<template_id>/instantiate")]
    # An add step without the template's id (a plan from an older version) looks it up first.
    with simulator.state.lock:
        for sp_id in simulator.state.webex_sp_ids():
            simulator.state.service_principals.pop(sp_id)
        simulator.calls.clear()
    older = new_inputs(simulator)
    steps = plan_setup(None, older, new_app=new_app(simulator))
    del steps[0].data["template_id"]
    apply_setup(client, older, steps, on_progress=lambda _s: None)
    assert all(s.status == DONE for s in steps) and older.sp_id in simulator.state.webex_sp_ids()
    assert _template_calls(simulator) == [
        ("GET", "/v1.0/applicationTemplates"),
        ("POST", "/v1.0/applicationTemplates/<template_id>/instantiate"),
    ]
