"""Every service-principal route also answers by the alternate key ``(appId='…')``, and the
scenarios not covered elsewhere (quarantine, replication delay) bend the world as documented.

The CSDL declares ``appId`` as an alternate key of servicePrincipal, so Graph accepts
``/servicePrincipals(appId='…')`` wherever ``/servicePrincipals/{id}`` is accepted; the simulator
registers both forms, and this file proves the second form behaves exactly like the first.
"""

from __future__ import annotations

import time

import pytest
from test_sim_graph import Graph

from wizard.simulator import Simulator


def _strip(body: dict) -> dict:
    return {k: v for k, v in body.items() if not k.startswith("@odata.context")}


@pytest.mark.sim(state="configured")
def test_every_service_principal_route_answers_by_app_id(simulator: Simulator) -> None:
    st = simulator.state
    graph = Graph(simulator, st.issue_token("graph", st.admin_id, 3600))
    cfg = simulator.configured
    assert cfg is not None
    sp_id, job_id = cfg["service_principal_id"], cfg["job_id"]
    app_id = st.service_principals[sp_id]["appId"]
    by_id = f"/servicePrincipals/{sp_id}"
    by_app = f"/servicePrincipals(appId='{app_id}')"
    template = st.WEBEX_SYNC_TEMPLATE_ID

    for suffix in (
        "",
        "/appRoleAssignedTo",
        "/synchronization/templates",
        f"/synchronization/templates/{template}/schema",
        "/synchronization/jobs",
        f"/synchronization/jobs/{job_id}",
        f"/synchronization/jobs/{job_id}/schema",
    ):
        a, b = graph.get(by_id + suffix), graph.get(by_app + suffix)
        assert a.status_code == b.status_code == 200, suffix
        assert _strip(a.json()) == _strip(b.json()), suffix

    secrets = list(st.sync[sp_id]["secrets"])
    assert graph.call("PUT", f"{by_app}/synchronization/secrets", json={"value": secrets}).status_code == 204
    # Reading the set back answers the same by either key (the stored SecretToken stays masked).
    a, b = graph.get(f"{by_id}/synchronization/secrets"), graph.get(f"{by_app}/synchronization/secrets")
    assert a.status_code == b.status_code == 200
    assert _strip(a.json()) == _strip(b.json())
    creds = [s for s in secrets if s["key"] in ("BaseAddress", "SecretToken")]
    assert graph.post(f"{by_app}/synchronization/jobs/{job_id}/validateCredentials",
                      {"useSavedCredentials": True}).status_code == 204
    assert graph.post(f"{by_app}/synchronization/jobs/validateCredentials",
                      {"useSavedCredentials": False, "templateId": template, "credentials": creds}).status_code == 204

    assert graph.post(f"{by_app}/synchronization/jobs/{job_id}/pause").status_code == 204
    assert st.sync[sp_id]["jobs"][job_id]["status"]["code"] == "Paused"
    assert graph.post(f"{by_app}/synchronization/jobs/{job_id}/start").status_code == 204
    assert st.sync[sp_id]["jobs"][job_id]["status"]["code"] == "Active"
    assert graph.post(f"{by_app}/synchronization/jobs/{job_id}/restart",
                      {"criteria": {"resetScope": "Full"}}).status_code == 204

    rule_id = graph.get(f"{by_app}/synchronization/jobs/{job_id}/schema").json()["synchronizationRules"][0]["id"]
    pod = graph.post(
        f"{by_app}/synchronization/jobs/{job_id}/provisionOnDemand",
        {"parameters": [{"ruleId": rule_id, "subjects": [{"objectId": st.admin_id, "objectTypeName": "User"}]}]},
    )
    assert pod.status_code == 200 and isinstance(pod.json()["key"], str)

    extra = graph.post(f"{by_app}/synchronization/jobs", {"templateId": template})
    assert extra.status_code == 201
    assert graph.call("DELETE", f"{by_app}/synchronization/jobs/{extra.json()['id']}").status_code == 204
    assert extra.json()["id"] not in st.sync[sp_id]["jobs"]

    assignment = st.assignments[sp_id][0]["id"]
    assert graph.call("DELETE", f"{by_app}/appRoleAssignedTo/{assignment}").status_code == 204
    assert all(a["id"] != assignment for a in st.assignments[sp_id])

    assert graph.call("DELETE", by_app).status_code == 204
    gone = graph.get(by_app)
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "Request_ResourceNotFound"


def test_transitive_member_of_lists_directory_roles(simulator: Simulator) -> None:
    st = simulator.state
    graph = Graph(simulator, st.issue_token("graph", st.admin_id, 3600))
    body = graph.get("/me/transitiveMemberOf").json()
    roles = [o for o in body["value"] if o.get("@odata.type") == "#microsoft.graph.directoryRole"]
    assert any(r["displayName"] == "Global Administrator" for r in roles)
    assert all("roleTemplateId" in r for r in roles)


@pytest.mark.sim(state="configured", scenario="quarantine")
def test_quarantine_scenario_shows_reason_and_start_clears_it(simulator: Simulator) -> None:
    st = simulator.state
    graph = Graph(simulator, st.issue_token("graph", st.admin_id, 3600))
    cfg = simulator.configured
    assert cfg is not None
    path = f"/servicePrincipals/{cfg['service_principal_id']}/synchronization/jobs/{cfg['job_id']}"
    status = graph.get(path).json()["status"]
    assert status["code"] == "Quarantine"
    assert status["quarantine"]["reason"] == "EncounteredEscrowProportionThreshold"
    assert {"currentBegan", "nextAttempt", "seriesCount", "error"} <= set(status["quarantine"])
    # Microsoft: "If the job is in quarantine, the quarantine status is cleared" by start.
    assert graph.post(f"{path}/start").status_code == 204
    assert graph.get(path).json()["status"]["code"] == "Active"


@pytest.mark.sim(scenario="replication-delay")
def test_replication_delay_scenario_hides_a_new_service_principal_for_a_while(simulator: Simulator) -> None:
    st = simulator.state
    graph = Graph(simulator, st.issue_token("graph", st.admin_id, 3600))
    tpl = graph.get("/applicationTemplates", params={"$filter": "displayName eq 'Cisco Webex'"}).json()["value"][0]
    created = graph.post(f"/applicationTemplates/{tpl['id']}/instantiate", {"displayName": "Cisco Webex"})
    assert created.status_code == 201
    sp_id = created.json()["servicePrincipal"]["id"]
    first = graph.get(f"/servicePrincipals/{sp_id}")
    assert first.status_code == 404 and first.json()["error"]["code"] == "Request_ResourceNotFound"
    deadline = time.monotonic() + 15
    while graph.get(f"/servicePrincipals/{sp_id}").status_code == 404:
        assert time.monotonic() < deadline, "still not replicated"
        time.sleep(0.25)
    assert st.faults.replication_delay == 4.0
