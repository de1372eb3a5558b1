"""Each thing is read from Graph once: the plan reads the chosen app once (its roles and its
tags in one answer), Apply adding the app instantiates the template the plan names (no second
look-up) and reads the new app's roles once for the rest of the plan, and the app-and-job check
lists the gallery template, the tenant's Cisco Webex apps and the app's jobs once each, its "two
setups raced" warnings unchanged. Counted from the requests the simulator actually received."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli_headless import default_keyring, run_setup  # noqa: F401  (default_keyring: fixture)
from test_setup_flow import graph_client, inputs_for, make_app
from test_setup_new_app import new_app, new_inputs

from wizard.diagnose import Status
from wizard.diagnose.entra_checks import check_webex_app
from wizard.diagnose.target import CheckRun, RepairTarget
from wizard.entra.gallery import HIDE_TAG
from wizard.entra.graph import GraphClient
from wizard.flows.setup import ADD_APP, DONE, HIDE_APP, PENDING, apply_setup, plan_setup
from wizard.simulator import Simulator
from wizard.storage.statefile import StateFile, WizardState

APP = "/v1.0/servicePrincipals/<sp_id>"
APPS = "/v1.0/servicePrincipals"
TEMPLATES = "/v1.0/applicationTemplates"
JOBS = "/v1.0/servicePrincipals/<sp_id>/synchronization/jobs"


def gets(sim: Simulator, rule: str) -> list[str]:
    """The query strings of the GETs *rule* received since the last clear."""
    with sim.state.lock:
        return [c.query for c in sim.calls if c.method == "GET" and c.rule == rule]


def clear(sim: Simulator) -> None:
    with sim.state.lock:
        sim.calls.clear()


@pytest.fixture
def client(simulator: Simulator) -> GraphClient:
    return graph_client(simulator)


# ------------------------------------------------------------------------------------ the plan
def added_by_a_run(tmp_path: Path, sp_id: str, *, hide: bool) -> StateFile:
    """A state file saying a run added *sp_id* (and whether the admin chose to hide it)."""
    state = StateFile(tmp_path)
    saved = WizardState(service_principal_id=sp_id)
    saved.record("app.added", sp_id, name="Cisco Webex", hide=hide)
    state.save(saved)
    return state


def test_the_plan_reads_the_app_once_and_plans_the_hide_from_that_answer(
    simulator: Simulator, client: GraphClient, tmp_path: Path
) -> None:
    sp = make_app(simulator)
    state = added_by_a_run(tmp_path, sp["id"], hide=True)
    clear(simulator)
    steps = plan_setup(client, inputs_for(simulator, sp), state=state)
    assert steps[0].key == HIDE_APP and steps[0].status == PENDING
    (query,) = gets(simulator, APP)  # was two: the roles, then the tags
    assert "tags" in query and "appRoles" in query
    # Once hidden, the same single read leaves the hide out.
    with simulator.state.lock:
        simulator.state.service_principals[sp["id"]]["tags"].append(HIDE_TAG)
    clear(simulator)
    again = plan_setup(client, inputs_for(simulator, sp), state=state)
    assert HIDE_APP not in [s.key for s in again]
    assert len(gets(simulator, APP)) == 1


def test_read_app_is_the_app_with_its_tags_as_entra_holds_them(
    simulator: Simulator, client: GraphClient
) -> None:
    from wizard.entra.gallery import read_app  # the entra layer's one read of the app

    sp = make_app(simulator)
    with simulator.state.lock:
        simulator.state.service_principals[sp["id"]]["tags"].append(HIDE_TAG)
    clear(simulator)
    app = read_app(client, sp["id"])
    assert app.id == sp["id"] and app.hidden and app.display_name == "Cisco Webex"
    (query,) = gets(simulator, APP)
    assert "tags" in query and "appRoles" not in query


# ------------------------------------------------------------------------------------ adding the app
def role_reads(sim: Simulator) -> list[str]:
    """The reads of an app's roles (``read_service_principal``); the replication wait's and
    the hide's reads of the app select no roles."""
    return [q for q in gets(sim, APP) if "appRoles" in q]


def test_apply_adds_the_app_from_the_plans_template_and_reads_its_roles_once(
    simulator: Simulator, client: GraphClient, tmp_path: Path
) -> None:
    # The GUI's path: the Gallery page found the template (its id is in NewApp), Review planned
    # without reading the tenant, Apply runs the plan.
    inputs = new_inputs(simulator)
    state = StateFile(tmp_path)
    steps = plan_setup(None, inputs, state=state, new_app=new_app(simulator))
    clear(simulator)
    apply_setup(client, inputs, steps, on_progress=lambda _s: None, state=state)
    assert steps[0].key == ADD_APP and all(s.status == DONE for s in steps)
    (sp_id,) = simulator.state.webex_sp_ids()
    assert gets(simulator, TEMPLATES) == []  # was one: the template the plan already named
    assert len(role_reads(simulator)) == 1  # was two: for the role, then by the re-plan
    saved = state.load()
    assert saved is not None and [c.target for c in saved.history if c.action == "app.added"] == [sp_id]


@pytest.mark.usefixtures("default_keyring")
def test_headless_setup_adding_the_app_looks_up_the_template_and_reads_its_roles_once(
    simulator: Simulator, tmp_path: Path
) -> None:
    code, out, err = run_setup(simulator, tmp_path)
    assert code == 0, err
    assert json.loads(out)["app_created"]
    # prepare's look-up (to find an app made from it) is the one: the add step reuses its id.
    assert len(gets(simulator, TEMPLATES)) == 1  # was two
    assert len(role_reads(simulator)) == 1  # was two


# ------------------------------------------------------------------------------------ the check
def check(sim: Simulator, client: GraphClient, *, sp_id: str | None, job_id: str | None):
    target = RepairTarget(
        endpoints=None,  # type: ignore[arg-type]  # check 6 reads Graph only
        tenant_id=sim.state.tenant_id,
        org_id=sim.state.webex_org_id,
        sp_id=sp_id,
        job_id=job_id,
    )
    clear(sim)
    return check_webex_app(CheckRun(target, session=None, graph=client))


def reads(sim: Simulator) -> tuple[int, int, int]:
    """(template look-ups, apps listings by each filter, job listings)."""
    apps = gets(sim, APPS)
    return len(gets(sim, TEMPLATES)), len(apps), len(gets(sim, JOBS))


@pytest.mark.sim(state="configured")
def test_with_nothing_saved_the_check_lists_template_apps_and_jobs_once(
    simulator: Simulator, client: GraphClient
) -> None:
    finding = check(simulator, client, sp_id=None, job_id=None)
    assert finding.status is Status.OK, finding.finding
    assert finding.params == {
        "sp_id": simulator.configured["service_principal_id"],
        "job_id": simulator.configured["job_id"],
    }
    # One template look-up, the two filtered listings (template id, name), one job list: before,
    # the look-for-twins step made all of them a second time.
    assert reads(simulator) == (1, 2, 1)
    assert gets(simulator, APP) == []


@pytest.mark.sim(state="configured")
def test_a_raced_second_app_and_job_read_once_still_warn_apps_first(
    simulator: Simulator, client: GraphClient
) -> None:
    kept = simulator.configured["service_principal_id"]
    template_id = simulator.state.template_by_name("Cisco Webex")["id"]
    _app, other_app = simulator.state.instantiate_template(template_id, "Cisco Webex (2)")
    with simulator.state.lock:
        job = simulator.state.sync[kept]["jobs"][simulator.configured["job_id"]]
        other_job = simulator.state.new_job(kept, job["templateId"])
    # Nothing saved: the check picks the first app (the configured one) and, with two jobs,
    # cannot tell which one is the wizard's.
    unsaved = check(simulator, client, sp_id=None, job_id=None)
    assert unsaved.status is Status.FAILED and unsaved.params == {"job_id": "none saved"}
    assert reads(simulator) == (1, 2, 1)
    # The job saved: both twins are found, the apps are named first, the jobs in the evidence.
    saved = check(simulator, client, sp_id=None, job_id=job["id"])
    assert saved.status is Status.WARNING
    assert saved.template.startswith("Your tenant has {count} Cisco Webex apps")
    assert saved.params == {
        "count": "2", "sp_id": kept, "job_id": job["id"], "others": other_app["id"],
    }
    assert saved.evidence == {
        "service_principal_id": kept,
        "job_id": job["id"],
        "other_apps": other_app["id"],
        "other_jobs": other_job["id"],
    }
    assert reads(simulator) == (1, 2, 1)
    # The second app gone, the next check (both ids saved) names the second job.
    with simulator.state.lock:
        simulator.state.service_principals.pop(other_app["id"])
    jobs = check(simulator, client, sp_id=kept, job_id=job["id"])
    assert jobs.status is Status.WARNING
    assert jobs.template.startswith("The Cisco Webex app {sp_id} has {count} provisioning jobs")
    assert jobs.params == {"count": "2", "sp_id": kept, "job_id": job["id"], "others": other_job["id"]}
    assert not jobs.evidence.get("other_apps") and jobs.evidence["other_jobs"] == other_job["id"]
    assert reads(simulator) == (1, 2, 1)
