"""wizard.entra.sync against the simulated Graph over HTTPS (reads, templates, on demand)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_setup_flow import graph_client, make_app, user, user_role

from wizard.entra.graph import GraphClient
from wizard.entra.sync.assignments import Assignment, assign, current_assignments, search_principals
from wizard.entra.sync.credentials import validate_credentials
from wizard.entra.sync.errors import ProvisioningError
from wizard.entra.sync.jobs import choose_template, create_job, job_status
from wizard.entra.sync.mappings import SAME, AttributeMapping, compare_mappings, effective_mappings
from wizard.entra.sync.ondemand import RateWindow, provision_on_demand
from wizard.entra.sync.roles import assignable_roles, read_service_principal
from wizard.simulator import Simulator


@pytest.fixture
def sp(simulator: Simulator) -> dict[str, Any]:
    return make_app(simulator)


@pytest.fixture
def client(simulator: Simulator) -> GraphClient:
    return graph_client(simulator)


def pod_calls(sim: Simulator) -> list[float]:
    with sim.state.lock:
        return [w.at for w in sim.state.write_log if w.path.endswith("/provisionOnDemand")]


def test_search_finds_users_and_groups(simulator: Simulator, client: GraphClient) -> None:
    found = search_principals(client, "meg")
    assert [(p.type, p.display_name, p.detail) for p in found] == [
        ("User", "Megan Bowen", "meganb@contoso.onmicrosoft.com")
    ]
    sales = search_principals(client, "sal")
    assert [(p.type, p.display_name, p.detail) for p in sales] == [("Group", "Sales", "Sales team")]
    assert len(search_principals(client, '"', top=3)) == 5  # 3 users + 2 groups, no error
    assert search_principals(client, "zzz-nobody") == []


def test_assign_and_list_current_assignments(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient
) -> None:
    megan = user(simulator, "Megan")
    made = assign(
        client, sp["id"], Assignment(megan["id"], "User", "Megan Bowen", user_role(sp))
    )
    assert made.assignment_id and made.principal_type == "User"
    (current,) = current_assignments(client, sp["id"])
    assert current == made
    roles = assignable_roles(read_service_principal(client, sp["id"]))
    assert [r.display_name for r in roles] == ["User", "msiam_access"]


def test_choose_template(simulator: Simulator, sp: dict[str, Any], client: GraphClient) -> None:
    assert choose_template(client, sp["id"]) == "ciscoWebexSim"
    templates = simulator.state.sync[sp["id"]]["templates"]
    extra = dict(templates[0], id="other", default=False)
    with simulator.state.lock:
        templates.append(extra)
    assert choose_template(client, sp["id"]) == "ciscoWebexSim"  # the default one
    with simulator.state.lock:
        templates[0]["default"] = False
    with pytest.raises(ProvisioningError) as caught:
        choose_template(client, sp["id"])
    assert caught.value.code == "provisioning.ambiguous_template"
    assert "ciscoWebexSim, other" in caught.value.render()
    with simulator.state.lock:
        del templates[0]
    assert choose_template(client, sp["id"]) == "other"  # the only one
    with simulator.state.lock:
        templates.clear()
    with pytest.raises(ProvisioningError) as caught:
        choose_template(client, sp["id"])
    assert caught.value.code == "provisioning.no_template"


def test_effective_mappings_and_status_of_a_new_job(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient
) -> None:
    job = create_job(client, sp["id"], "ciscoWebexSim")
    effective = effective_mappings(client, sp["id"], job["id"])
    assert effective[0] == AttributeMapping("userPrincipalName", "userName", True)
    assert all(s == SAME for _r, _e, s in compare_mappings(effective))
    status = job_status(client, sp["id"], job["id"])
    assert (status.code, status.state, status.job_id) == ("NotConfigured", "Disabled", job["id"])
    assert status.last_execution is None and not status.running


def test_validate_before_a_job_exists(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient
) -> None:
    url = f"{simulator.base_url}/v1/scim/{simulator.state.webex_org_id}"
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    validate_credentials(
        client, sp["id"], tenant_url=url, token=token, template_id="ciscoWebexSim"
    )
    simulator.state.tokens[token].revoked = True
    with pytest.raises(ProvisioningError) as caught:
        validate_credentials(client, sp["id"], tenant_url=url, token=token)
    assert caught.value.code == "provisioning.credentials_rejected"
    assert token not in caught.value.render()


def test_six_on_demand_calls_stay_under_the_limit(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient
) -> None:
    """The sixth call in 10 s waits client-side instead of earning a 429."""
    megan = user(simulator, "Megan")
    job = create_job(client, sp["id"], "ciscoWebexSim")
    window = RateWindow()
    started = time.monotonic()
    results = [
        provision_on_demand(client, sp["id"], job["id"], megan["id"], rate=window)
        for _ in range(6)
    ]
    assert time.monotonic() - started >= 9.0
    calls = pod_calls(simulator)
    assert len(calls) == 6 and calls[5] - calls[0] >= 9.0
    # Megan is not assigned: every answer is the documented NotEffectivelyEntitled skip.
    assert {(r.status, r.error_code) for r in results} == {("Skipped", "NotEffectivelyEntitled")}
