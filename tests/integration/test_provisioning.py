"""wizard.entra.provisioning against the simulated Graph over HTTPS (reads, templates, on demand)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_setup_flow import graph_client, make_app, user, user_role

from wizard.entra import provisioning as prov
from wizard.entra.graph import GraphClient
from wizard.entra.provisioning import Assignment, ProvisioningError, RateWindow
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
    found = prov.search_principals(client, "meg")
    assert [(p.type, p.display_name, p.detail) for p in found] == [
        ("User", "Megan Bowen", "meganb@contoso.onmicrosoft.com")
    ]
    sales = prov.search_principals(client, "sal")
    assert [(p.type, p.display_name, p.detail) for p in sales] == [("Group", "Sales", "Sales team")]
    assert len(prov.search_principals(client, '"', top=3)) == 5  # 3 users + 2 groups, no error
    assert prov.search_principals(client, "zzz-nobody") == []


def test_assign_and_list_current_assignments(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient
) -> None:
    megan = user(simulator, "Megan")
    made = prov.assign(
        client, sp["id"], Assignment(megan["id"], "User", "Megan Bowen", user_role(sp))
    )
    assert made.assignment_id and made.principal_type == "User"
    (current,) = prov.current_assignments(client, sp["id"])
    assert current == made
    roles = prov.assignable_roles(prov.read_service_principal(client, sp["id"]))
    assert [r.display_name for r in roles] == ["User", "msiam_access"]


def test_choose_template(simulator: Simulator, sp: dict[str, Any], client: GraphClient) -> None:
    assert prov.choose_template(client, sp["id"]) == "ciscoWebexSim"
    templates = simulator.state.sync[sp["id"]]["templates"]
    extra = dict(templates[0], id="other", default=False)
    with simulator.state.lock:
        templates.append(extra)
    assert prov.choose_template(client, sp["id"]) == "ciscoWebexSim"  # the default one
    with simulator.state.lock:
        templates[0]["default"] = False
    with pytest.raises(ProvisioningError) as caught:
        prov.choose_template(client, sp["id"])
    assert caught.value.code == "provisioning.ambiguous_template"
    assert "ciscoWebexSim, other" in caught.value.render()
    with simulator.state.lock:
        del templates[0]
    assert prov.choose_template(client, sp["id"]) == "other"  # the only one
    with simulator.state.lock:
        templates.clear()
    with pytest.raises(ProvisioningError) as caught:
        prov.choose_template(client, sp["id"])
    assert caught.value.code == "provisioning.no_template"


def test_effective_mappings_and_status_of_a_new_job(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient
) -> None:
    job = prov.create_job(client, sp["id"], "ciscoWebexSim")
    effective = prov.effective_mappings(client, sp["id"], job["id"])
    assert effective[0] == prov.Mapping("userPrincipalName", "userName", True)
    assert all(s == prov.SAME for _r, _e, s in prov.compare_mappings(effective))
    status = prov.job_status(client, sp["id"], job["id"])
    assert (status.code, status.state, status.job_id) == ("NotConfigured", "Disabled", job["id"])
    assert status.last_execution is None and not status.running


def test_validate_before_a_job_exists(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient
) -> None:
    url = f"{simulator.base_url}/v1/scim/{simulator.state.webex_org_id}"
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    prov.validate_credentials(
        client, sp["id"], tenant_url=url, token=token, template_id="ciscoWebexSim"
    )
    simulator.state.tokens[token].revoked = True
    with pytest.raises(ProvisioningError) as caught:
        prov.validate_credentials(client, sp["id"], tenant_url=url, token=token)
    assert caught.value.code == "provisioning.credentials_rejected"
    assert token not in caught.value.render()


def test_six_on_demand_calls_stay_under_the_limit(
    simulator: Simulator, sp: dict[str, Any], client: GraphClient
) -> None:
    """The sixth call in 10 s waits client-side instead of earning a 429."""
    megan = user(simulator, "Megan")
    job = prov.create_job(client, sp["id"], "ciscoWebexSim")
    window = RateWindow()
    started = time.monotonic()
    results = [
        prov.provision_on_demand(client, sp["id"], job["id"], megan["id"], rate=window)
        for _ in range(6)
    ]
    assert time.monotonic() - started >= 9.0
    calls = pod_calls(simulator)
    assert len(calls) == 6 and calls[5] - calls[0] >= 9.0
    # Megan is not assigned: every answer is the documented NotEffectivelyEntitled skip.
    assert {(r.status, r.error_code) for r in results} == {("Skipped", "NotEffectivelyEntitled")}
