"""Synchronization routes and the simulated provisioning engine, over real HTTPS.

The engine reaches the Webex SCIM routes in-process; what it provisions is read back through
``wizard.simulator.webex.scim.scim_users`` (a direct read of the Webex SCIM store).
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from typing import Any

import pytest
from test_sim_graph import Graph, admin_graph, assert_graph_error, instantiate_webex, user_id

from wizard.simulator import Simulator
from wizard.simulator.state import DEFAULT_ACCESS_ROLE_ID, ROLE_APPLICATION_ADMIN
from wizard.simulator.webex.scim import scim_users

EXPECTED_USER_TARGETS = [
    "userName",
    "active",
    "displayName",
    "name.familyName",
    "name.givenName",
    "title",
    'emails[type eq "work"].value',
    'addresses[type eq "work"].country',
    'addresses[type eq "work"].locality',
    'addresses[type eq "work"].streetAddress',
    'addresses[type eq "work"].region',
    'addresses[type eq "work"].postalCode',
    'phoneNumbers[type eq "work"].value',
    'phoneNumbers[type eq "mobile"].value',
    'phoneNumbers[type eq "fax"].value',
    "externalId",
]


@dataclass
class App:
    graph: Graph
    sp: dict[str, Any]
    template_id: str

    @property
    def sync(self) -> str:
        return f"/servicePrincipals/{self.sp['id']}/synchronization"

    @property
    def role(self) -> str:
        return next(r["id"] for r in self.sp["appRoles"] if r["displayName"] == "User")

    def create_job(self) -> dict[str, Any]:
        response = self.graph.post(f"{self.sync}/jobs", {"templateId": self.template_id})
        assert response.status_code == 201, response.text
        return response.json()

    def assign(self, principal_id: str, role: str | None = None) -> dict[str, Any]:
        response = self.graph.post(
            f"/servicePrincipals/{self.sp['id']}/appRoleAssignedTo",
            {
                "principalId": principal_id,
                "resourceId": self.sp["id"],
                "appRoleId": role or self.role,
            },
        )
        assert response.status_code == 201, response.text
        return response.json()

    def job(self, job_id: str) -> dict[str, Any]:
        response = self.graph.get(f"{self.sync}/jobs/{job_id}")
        assert response.status_code == 200, response.text
        return response.json()


def credentials(sim: Simulator, token: str, *, legacy: bool = True) -> list[dict[str, str]]:
    org = sim.state.webex_org_id
    base = f"{sim.base_url}/v1/scim/{org}" if legacy else f"{sim.base_url}/identity/scim/{org}/v2"
    return [{"key": "BaseAddress", "value": base}, {"key": "SecretToken", "value": token}]


def full_secrets(sim: Simulator, token: str) -> list[dict[str, str]]:
    return [
        *credentials(sim, token),
        {
            "key": "SyncNotificationSettings",
            "value": '{"Enabled":true,"Recipients":"admin@contoso.example","DeleteThresholdEnabled":false}',
        },
        {"key": "SyncAll", "value": "false"},
    ]


def webex_token(sim: Simulator) -> str:
    return sim.state.issue_token("webex", sim.state.webex_admin_id, 3887999)


@pytest.fixture
def app(simulator: Simulator) -> App:
    graph = admin_graph(simulator)
    body = instantiate_webex(graph)
    templates = graph.get(
        f"/servicePrincipals/{body['servicePrincipal']['id']}/synchronization/templates"
    ).json()
    return App(graph, body["servicePrincipal"], templates["value"][0]["id"])


def by_user_name(sim: Simulator) -> dict[str, dict[str, Any]]:
    users = scim_users(sim)
    names = [u["userName"] for u in users]
    assert len(names) == len(set(names)), f"duplicate SCIM users: {names}"
    return {u["userName"]: u for u in users}


# ------------------------------------------------------------------------------- templates, jobs
def test_templates_list(app: App, simulator: Simulator) -> None:
    body = app.graph.get(f"{app.sync}/templates").json()
    assert body["@odata.context"].endswith(
        f"servicePrincipals('{app.sp['id']}')/synchronization/templates"
    )
    (template,) = body["value"]
    assert template["default"] is True and template["discoverable"] is True
    assert template["applicationId"] == app.sp["appId"]
    assert {"id", "factoryTag", "description", "metadata"} <= set(template)


def test_job_lifecycle(app: App, simulator: Simulator) -> None:
    job = app.create_job()
    assert job["@odata.context"].endswith("/synchronization/jobs/$entity")
    assert job["templateId"] == app.template_id
    assert job["schedule"]["state"] == "Disabled"
    assert job["status"]["code"] == "NotConfigured" and job["status"]["quarantine"] is None
    listed = app.graph.get(f"{app.sync}/jobs").json()
    assert [j["id"] for j in listed["value"]] == [job["id"]]
    selected = app.graph.get(f"{app.sync}/jobs/{job['id']}", params={"$select": "id,status"}).json()
    assert set(selected) == {"@odata.context", "id", "status"}
    assert_graph_error(
        app.graph.get(f"{app.sync}/jobs/{job['id']}", params={"$select": "secrets"}),
        400,
        "BadRequest",
    )

    assert_graph_error(
        app.graph.post(f"{app.sync}/jobs", {"templateId": "noSuchTemplate"}), 400, "BadRequest"
    )
    assert app.graph.delete(f"{app.sync}/jobs/{job['id']}").status_code == 204
    assert_graph_error(
        app.graph.get(f"{app.sync}/jobs/{job['id']}"), 404, "Request_ResourceNotFound"
    )
    assert app.graph.get(f"{app.sync}/jobs").json()["value"] == []
    writes = [
        (w["method"], w["path"].rsplit("/", 1)[-1]) for w in simulator.state.snapshot()["write_log"]
    ]
    assert writes == [("POST", "instantiate"), ("POST", "jobs"), ("DELETE", job["id"])]


@pytest.mark.sim(replication_delay=30)
def test_sync_routes_wait_for_replication(simulator: Simulator) -> None:
    graph = admin_graph(simulator)
    sp_id = instantiate_webex(graph)["servicePrincipal"]["id"]
    for path in ("synchronization/templates", "synchronization/jobs"):
        assert_graph_error(
            graph.get(f"/servicePrincipals/{sp_id}/{path}"), 404, "Request_ResourceNotFound"
        )
    assert_graph_error(
        graph.post(
            f"/servicePrincipals/{sp_id}/synchronization/jobs", {"templateId": "ciscoWebexSim"}
        ),
        404,
        "Request_ResourceNotFound",
    )
    simulator.state.faults.replication_delay = 0
    assert graph.get(f"/servicePrincipals/{sp_id}/synchronization/templates").status_code == 200


@pytest.mark.sim(scenario="non-admin")
def test_non_admin_cannot_configure_provisioning(simulator: Simulator) -> None:
    st = simulator.state
    st.role_assignments[st.admin_id] = {ROLE_APPLICATION_ADMIN}  # enough to set up
    app_sp = instantiate_webex(admin_graph(simulator))["servicePrincipal"]
    st.role_assignments[st.admin_id] = set()
    graph = admin_graph(simulator)
    sync = f"/servicePrincipals/{app_sp['id']}/synchronization"
    # The synchronization API requires the role for reads too (its pages' "Permissions").
    for response in (
        graph.get(f"{sync}/templates"),
        graph.get(f"{sync}/jobs"),
        graph.get(f"{sync}/templates/ciscoWebexSim/schema"),
        graph.post(f"{sync}/jobs", {"templateId": "ciscoWebexSim"}),
        graph.put(f"{sync}/secrets", {"value": []}),
        graph.post(f"{sync}/jobs/validateCredentials", {"credentials": []}),
    ):
        assert_graph_error(
            response,
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.",
        )
    assert st.sync[app_sp["id"]]["jobs"] == {}


# ------------------------------------------------------------------------------- credentials, secrets
def test_validate_credentials(app: App, simulator: Simulator) -> None:
    job = app.create_job()
    action = f"{app.sync}/jobs/{job['id']}/validateCredentials"
    token = webex_token(simulator)
    ok = app.graph.post(
        action, {"useSavedCredentials": False, "credentials": credentials(simulator, token)}
    )
    assert ok.status_code == 204 and ok.content == b""
    scim2 = app.graph.post(
        action,
        {"useSavedCredentials": False, "credentials": credentials(simulator, token, legacy=False)},
    )
    assert scim2.status_code == 204

    bogus = "not-a-real-token"
    rejected = app.graph.post(
        action, {"useSavedCredentials": False, "credentials": credentials(simulator, bogus)}
    )
    error = assert_graph_error(rejected, 400, "BadRequest")
    assert "HTTP 401 Unauthorized" in error["message"] and bogus not in rejected.text

    wrong_org = [
        {
            "key": "BaseAddress",
            "value": f"{simulator.base_url}/v1/scim/00000000-0000-0000-0000-000000000000",
        },
        {"key": "SecretToken", "value": token},
    ]
    assert (
        "HTTP 403"
        in assert_graph_error(
            app.graph.post(action, {"credentials": wrong_org}), 400, "BadRequest"
        )["message"]
    )

    elsewhere = [
        {
            "key": "BaseAddress",
            "value": f"https://api.ciscospark.com/v1/scim/{simulator.state.webex_org_id}",
        },
        {"key": "SecretToken", "value": token},
    ]
    far = assert_graph_error(app.graph.post(action, {"credentials": elsewhere}), 400, "BadRequest")
    assert "could not connect" in far["message"] and "api.ciscospark.com" in far["message"]
    assert token not in json.dumps(app.graph.bodies)

    missing = assert_graph_error(
        app.graph.post(action, {"useSavedCredentials": True}), 400, "BadRequest"
    )
    assert "BaseAddress" in missing["message"]
    assert_graph_error(
        app.graph.post(action, {"credentials": [{"key": "NotASecret", "value": "x"}]}),
        400,
        "BadRequest",
    )
    assert_graph_error(app.graph.post(action, {"bogusParameter": 1}), 400, "BadRequest")
    assert_graph_error(
        app.graph.post(f"{app.sync}/jobs/nope/validateCredentials", {"credentials": []}),
        404,
        "Request_ResourceNotFound",
    )

    # validateCredentials is not a tenant write; the probe reads SCIM only.
    services = {(w["service"], w["method"]) for w in simulator.state.snapshot()["write_log"]}
    assert services == {("graph", "POST")}
    probes = [p for m, p, s in simulator.requests_seen if p.endswith("/Users") and m == "GET"]
    assert probes, "the connection test never reached the SCIM endpoint"


def test_validate_credentials_before_a_job_exists(app: App, simulator: Simulator) -> None:
    action = f"{app.sync}/jobs/validateCredentials"
    body = {
        "useSavedCredentials": False,
        "templateId": app.template_id,
        "credentials": credentials(simulator, webex_token(simulator)),
    }
    assert app.graph.post(action, body).status_code == 204
    assert_graph_error(app.graph.post(action, {**body, "templateId": "other"}), 400, "BadRequest")


def test_put_secrets_replaces_the_set(app: App, simulator: Simulator) -> None:
    token = webex_token(simulator)
    assert (
        app.graph.put(f"{app.sync}/secrets", {"value": full_secrets(simulator, token)}).status_code
        == 204
    )
    saved = simulator.state.sync[app.sp["id"]]["secrets"]
    assert [s["key"] for s in saved] == [
        "BaseAddress",
        "SecretToken",
        "SyncNotificationSettings",
        "SyncAll",
    ]
    job = app.create_job()
    assert (
        app.graph.post(
            f"{app.sync}/jobs/{job['id']}/validateCredentials", {"useSavedCredentials": True}
        ).status_code
        == 204
    )

    assert (
        app.graph.put(
            f"{app.sync}/secrets", {"value": [{"key": "SyncAll", "value": "false"}]}
        ).status_code
        == 204
    )
    assert simulator.state.sync[app.sp["id"]]["secrets"] == [{"key": "SyncAll", "value": "false"}]
    assert_graph_error(
        app.graph.put(f"{app.sync}/secrets", {"value": [{"key": "Bogus", "value": "1"}]}),
        400,
        "BadRequest",
    )
    assert_graph_error(app.graph.put(f"{app.sync}/secrets", {"credentials": []}), 400, "BadRequest")
    # Secrets are write-only: no job or template response carries the token.
    assert token not in app.graph.get(f"{app.sync}/jobs").text


# ------------------------------------------------------------------------------- schema
def test_job_schema_reproduces_the_recommended_mappings(app: App) -> None:
    job = app.create_job()
    schema = app.graph.get(f"{app.sync}/jobs/{job['id']}/schema").json()
    assert schema["@odata.context"].endswith(f"/synchronization/jobs('{job['id']}')/schema/$entity")
    (rule,) = schema["synchronizationRules"]
    assert rule["id"] and rule["name"]
    assert rule["sourceDirectoryName"] == "Azure Active Directory"
    assert rule["targetDirectoryName"]
    users, groups = rule["objectMappings"]
    assert (users["sourceObjectName"], users["targetObjectName"]) == ("User", "User")
    assert (groups["sourceObjectName"], groups["targetObjectName"]) == ("Group", "Group")
    targets = [m["targetAttributeName"] for m in users["attributeMappings"]]
    assert targets == EXPECTED_USER_TARGETS
    by_target = {m["targetAttributeName"]: m for m in users["attributeMappings"]}
    assert by_target["userName"]["source"]["name"] == "userPrincipalName"
    assert by_target["userName"]["matchingPriority"] == 1
    active = by_target["active"]["source"]
    assert active["type"] == "Function"
    assert active["expression"] == 'Switch([IsSoftDeleted], , "False", "True", "True", "False")'
    assert by_target["externalId"]["source"]["name"] == "objectId"
    assert by_target['addresses[type eq "work"].country']["source"]["name"] == "usageLocation"
    assert {m["targetAttributeName"] for m in groups["attributeMappings"]} >= {
        "displayName",
        "externalId",
    }
    # Same rule id every time: the product stores it for provisionOnDemand.
    again = app.graph.get(f"{app.sync}/jobs/{job['id']}/schema").json()
    assert again["synchronizationRules"][0]["id"] == rule["id"]
    tpl = app.graph.get(f"{app.sync}/templates/{app.template_id}/schema")
    assert tpl.status_code == 200 and tpl.json()["synchronizationRules"]


# ------------------------------------------------------------------------------- start, pause, restart
def test_end_to_end_setup_provisions_once(
    simulator: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    graph = admin_graph(simulator)
    st = simulator.state
    token = webex_token(simulator)

    templates = graph.get(
        "/applicationTemplates", params={"$filter": "displayName eq 'Cisco Webex'"}
    ).json()["value"]
    body = graph.post(
        f"/applicationTemplates/{templates[0]['id']}/instantiate", {"displayName": "Cisco Webex"}
    ).json()
    sp = body["servicePrincipal"]
    sync = f"/servicePrincipals/{sp['id']}/synchronization"
    template_id = graph.get(f"{sync}/templates").json()["value"][0]["id"]
    job = graph.post(f"{sync}/jobs", {"templateId": template_id}).json()
    jobs = f"{sync}/jobs/{job['id']}"
    assert (
        graph.post(
            f"{jobs}/validateCredentials",
            {"useSavedCredentials": False, "credentials": credentials(simulator, token)},
        ).status_code
        == 204
    )
    assert (
        graph.put(f"{sync}/secrets", {"value": full_secrets(simulator, token)}).status_code == 204
    )

    role = next(r["id"] for r in sp["appRoles"] if r["displayName"] == "User")
    megan = st.users[user_id(simulator, "Megan")]
    group = next(g for g in st.groups.values() if g["displayName"] == "Webex Users")
    st.group_members[group["id"]] += [user_id(simulator, "Miyu"), user_id(simulator, "Lee")]
    for principal, role_id in (
        (megan["id"], role),
        (group["id"], role),
        (user_id(simulator, "Lee"), DEFAULT_ACCESS_ROLE_ID),
        (user_id(simulator, "Wei"), DEFAULT_ACCESS_ROLE_ID),
    ):
        assert (
            graph.post(
                f"/servicePrincipals/{sp['id']}/appRoleAssignedTo",
                {"principalId": principal, "resourceId": sp["id"], "appRoleId": role_id},
            ).status_code
            == 201
        )

    assert graph.post(f"{jobs}/start").status_code == 204
    status = graph.get(jobs).json()
    assert status["status"]["code"] == "Active" and status["schedule"]["state"] == "Active"
    run = status["status"]["lastExecution"]
    assert run["state"] == "Succeeded" and run["countEntitled"] == 3 and run["countExported"] == 3
    assert (
        status["status"]["lastSuccessfulExecution"]["activityIdentifier"]
        == run["activityIdentifier"]
    )

    provisioned = by_user_name(simulator)
    # Megan directly; Miyu and Lee through the group (Lee's own Default Access does not matter);
    # Wei has Default Access only and is excluded.
    assert set(provisioned) == {
        "meganb@contoso.onmicrosoft.com",
        "miyus@contoso.onmicrosoft.com",
        "leeg@contoso.onmicrosoft.com",
    }
    m = provisioned["meganb@contoso.onmicrosoft.com"]
    assert m["name"]["givenName"] == "Megan" and m["name"]["familyName"] == "Bowen"
    assert m["displayName"] == "Megan Bowen" and m["title"] == "Marketing Manager"
    assert m["active"] is True and m["externalId"] == megan["id"]
    assert [(e["type"], e["value"]) for e in m["emails"]] == [("work", "meganb@contoso.example")]
    assert [(a["type"], a["country"], a["locality"]) for a in m["addresses"]] == [
        ("work", "US", "Redmond")
    ]

    assert graph.post(f"{jobs}/start").status_code == 204
    second = graph.get(jobs).json()["status"]["lastExecution"]
    assert second["state"] == "Succeeded" and second["countExported"] == 0
    assert set(by_user_name(simulator)) == set(provisioned)  # still one of each

    # Secrets never leak: not in Graph answers, not in any log line.
    assert token not in json.dumps(graph.bodies)
    assert not [r for r in caplog.records if token in r.getMessage()]


def test_changed_user_is_updated_and_unassigned_user_disabled(
    app: App, simulator: Simulator
) -> None:
    st = simulator.state
    token = webex_token(simulator)
    app.graph.put(f"{app.sync}/secrets", {"value": full_secrets(simulator, token)})
    job = app.create_job()
    alex, jisoo = user_id(simulator, "Alex"), user_id(simulator, "Jisoo")
    assignment = app.assign(alex)
    app.assign(jisoo)
    st.users[jisoo]["accountEnabled"] = False  # disabled in Entra: never created in Webex
    app.graph.post(f"{app.sync}/jobs/{job['id']}/start")
    assert list(by_user_name(simulator)) == ["alexw@contoso.onmicrosoft.com"]
    assert (
        by_user_name(simulator)["alexw@contoso.onmicrosoft.com"]["title"] == "Marketing Assistant"
    )

    st.users[alex]["jobTitle"] = "Marketing Lead"
    app.graph.post(f"{app.sync}/jobs/{job['id']}/start")
    assert by_user_name(simulator)["alexw@contoso.onmicrosoft.com"]["title"] == "Marketing Lead"
    assert app.job(job["id"])["status"]["lastExecution"]["countExported"] == 1

    assert (
        app.graph.delete(
            f"/servicePrincipals/{app.sp['id']}/appRoleAssignedTo/{assignment['id']}"
        ).status_code
        == 204
    )
    app.graph.post(f"{app.sync}/jobs/{job['id']}/start")
    alex_scim = by_user_name(simulator)["alexw@contoso.onmicrosoft.com"]
    assert alex_scim["active"] is False  # kept, but deactivated
    assert app.job(job["id"])["status"]["lastExecution"]["countExported"] == 1


def test_start_with_rejected_token_quarantines(app: App, simulator: Simulator) -> None:
    token = webex_token(simulator)
    simulator.state.tokens[token].revoked = True
    app.graph.put(f"{app.sync}/secrets", {"value": full_secrets(simulator, token)})
    job = app.create_job()
    app.assign(user_id(simulator, "Megan"))
    assert app.graph.post(f"{app.sync}/jobs/{job['id']}/start").status_code == 204
    status = app.job(job["id"])["status"]
    assert status["code"] == "Quarantine"
    assert status["quarantine"]["reason"] == "EncounteredQuarantineException"
    assert "401" in status["quarantine"]["error"]["message"]
    assert scim_users(simulator) == []

    # Fixing the token and starting again clears the quarantine (learn: start on a quarantined job).
    fresh = webex_token(simulator)
    app.graph.put(f"{app.sync}/secrets", {"value": full_secrets(simulator, fresh)})
    assert app.graph.post(f"{app.sync}/jobs/{job['id']}/start").status_code == 204
    status = app.job(job["id"])["status"]
    assert status["code"] == "Active" and status["quarantine"] is None
    assert list(by_user_name(simulator)) == ["meganb@contoso.onmicrosoft.com"]


def test_start_without_secrets_quarantines(app: App) -> None:
    job = app.create_job()
    assert app.graph.post(f"{app.sync}/jobs/{job['id']}/start").status_code == 204
    status = app.job(job["id"])["status"]
    assert (
        status["code"] == "Quarantine" and "BaseAddress" in status["quarantine"]["error"]["message"]
    )


def test_pause_and_restart(app: App, simulator: Simulator) -> None:
    app.graph.put(f"{app.sync}/secrets", {"value": full_secrets(simulator, webex_token(simulator))})
    job = app.create_job()
    path = f"{app.sync}/jobs/{job['id']}"
    assert app.graph.post(f"{path}/pause").status_code == 204
    paused = app.job(job["id"])
    assert paused["status"]["code"] == "Paused" and paused["schedule"]["state"] == "Paused"
    restart = app.graph.post(
        f"{path}/restart", {"criteria": {"resetScope": "Watermark, Escrows, QuarantineState"}}
    )
    assert restart.status_code == 204
    assert app.job(job["id"])["status"]["code"] == "Active"
    assert_graph_error(
        app.graph.post(f"{path}/restart", {"criteria": {"resetScope": "Everything"}}),
        400,
        "BadRequest",
    )
    assert_graph_error(app.graph.post(f"{path}/start", {"force": True}), 400, "BadRequest")


@pytest.mark.sim(scenario="webex-outage")
def test_webex_outage_fails_without_quarantine(app: App, simulator: Simulator) -> None:
    token = webex_token(simulator)
    job = app.create_job()
    rejected = app.graph.post(
        f"{app.sync}/jobs/{job['id']}/validateCredentials",
        {"credentials": credentials(simulator, token)},
    )
    assert "HTTP 503" in assert_graph_error(rejected, 400, "BadRequest")["message"]
    app.graph.put(f"{app.sync}/secrets", {"value": full_secrets(simulator, token)})
    assert app.graph.post(f"{app.sync}/jobs/{job['id']}/start").status_code == 204
    status = app.job(job["id"])["status"]
    assert status["code"] == "Active" and status["quarantine"] is None
    assert status["lastExecution"]["state"] == "Failed"
    assert status["countSuccessiveCompleteFailures"] == 1


@pytest.mark.sim(state="configured", scenario="expired-token")
def test_configured_tenant_with_expired_token(simulator: Simulator) -> None:
    graph = admin_graph(simulator)
    cfg = simulator.configured
    assert cfg is not None
    jobs = f"/servicePrincipals/{cfg['service_principal_id']}/synchronization/jobs/{cfg['job_id']}"
    job = graph.get(jobs).json()
    assert job["status"]["code"] == "Quarantine"
    saved = graph.post(f"{jobs}/validateCredentials", {"useSavedCredentials": True})
    assert "HTTP 401" in assert_graph_error(saved, 400, "BadRequest")["message"]
    assert graph.post(f"{jobs}/start").status_code == 204
    assert graph.get(jobs).json()["status"]["code"] == "Quarantine"


@pytest.mark.sim(state="configured")
def test_configured_tenant_runs(simulator: Simulator) -> None:
    graph = admin_graph(simulator)
    cfg = simulator.configured
    assert cfg is not None
    jobs = f"/servicePrincipals/{cfg['service_principal_id']}/synchronization/jobs/{cfg['job_id']}"
    assert (
        graph.post(f"{jobs}/validateCredentials", {"useSavedCredentials": True}).status_code == 204
    )
    assert graph.post(f"{jobs}/start").status_code == 204
    assert "admin@contoso.onmicrosoft.com" in by_user_name(simulator)


# ------------------------------------------------------------------------------- provision on demand
def _pod(app: App, job_id: str, rule_id: str, object_id: str, type_name: str = "User") -> Any:
    return app.graph.post(
        f"{app.sync}/jobs/{job_id}/provisionOnDemand",
        {
            "parameters": [
                {
                    "ruleId": rule_id,
                    "subjects": [{"objectId": object_id, "objectTypeName": type_name}],
                }
            ]
        },
    )


def _pod_result(response: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["@odata.context"].endswith("$metadata#microsoft.graph.stringKeyStringValuePair")
    assert isinstance(body["key"], str) and isinstance(body["value"], str)  # JSON *strings*
    return json.loads(body["key"]), json.loads(body["value"])


def test_provision_on_demand(app: App, simulator: Simulator) -> None:
    app.graph.put(f"{app.sync}/secrets", {"value": full_secrets(simulator, webex_token(simulator))})
    job = app.create_job()
    rule = app.graph.get(f"{app.sync}/jobs/{job['id']}/schema").json()["synchronizationRules"][0][
        "id"
    ]
    megan, lee, wei = (user_id(simulator, n) for n in ("Megan", "Lee", "Wei"))
    app.assign(megan)
    app.assign(lee, DEFAULT_ACCESS_ROLE_ID)

    key, value = _pod_result(_pod(app, job["id"], rule, megan))
    assert key == {"result": "Success", "details": {}}
    assert value["action"] == "Create" and value["statusInfo"]["status"] == "Success"
    assert (
        value["sourceIdentity"]["id"] == megan
        and value["reportableIdentifier"] == "meganb@contoso.onmicrosoft.com"
    )
    assert (
        value["targetIdentity"]["id"]
        == by_user_name(simulator)["meganb@contoso.onmicrosoft.com"]["id"]
    )
    assert [s["type"] for s in value["provisioningSteps"]] == ["Import", "Scoping", "Export"]

    key, value = _pod_result(_pod(app, job["id"], rule, megan))
    assert key["result"] == "Skipped" and key["details"]["errorCode"] == "RedundantExport"

    key, value = _pod_result(_pod(app, job["id"], rule, lee))
    assert key["result"] == "Skipped" and key["details"]["errorCode"] == "NotEffectivelyEntitled"
    assert "Default Access" in key["details"]["errorMessage"]
    key, _ = _pod_result(_pod(app, job["id"], rule, wei))
    assert (
        key["details"]["errorCode"] == "NotEffectivelyEntitled"
        and "not assigned" in key["details"]["errorMessage"]
    )
    assert set(by_user_name(simulator)) == {"meganb@contoso.onmicrosoft.com"}
    assert (
        job["status"]["code"] == app.job(job["id"])["status"]["code"] == "NotConfigured"
    )  # PoD does not start the job


def test_provision_on_demand_validation_and_rate_limit(app: App, simulator: Simulator) -> None:
    job = app.create_job()
    rule = app.graph.get(f"{app.sync}/jobs/{job['id']}/schema").json()["synchronizationRules"][0][
        "id"
    ]
    megan = user_id(simulator, "Megan")
    assert_graph_error(_pod(app, job["id"], "not-a-rule", megan), 400, "BadRequest")
    assert_graph_error(_pod(app, job["id"], rule, "missing-user"), 400, "BadRequest")
    assert_graph_error(_pod(app, job["id"], rule, megan, "Device"), 400, "BadRequest")
    assert_graph_error(
        app.graph.post(f"{app.sync}/jobs/{job['id']}/provisionOnDemand", {"parameters": []}),
        400,
        "BadRequest",
    )

    # Those four count against the limit too (5 per 10 s per job): one more passes, then 429.
    app.assign(megan)
    key, _ = _pod_result(_pod(app, job["id"], rule, megan))
    assert (
        key["result"] == "Failure"
    )  # no credentials saved yet: reported in the result, not raised
    limited = _pod(app, job["id"], rule, megan)
    assert_graph_error(limited, 429, "TooManyRequests")
    assert 1 <= int(limited.headers["Retry-After"]) <= 10
    simulator.state.clock = lambda: time.time() + 11  # the 10 s window moves on
    assert _pod(app, job["id"], rule, megan).status_code == 200


def test_engine_waits_out_a_throttled_scim_endpoint(app: App, simulator: Simulator) -> None:
    app.graph.put(f"{app.sync}/secrets", {"value": full_secrets(simulator, webex_token(simulator))})
    job = app.create_job()
    app.assign(user_id(simulator, "Jisoo"))
    simulator.state.faults.throttle_retry_after = 1
    simulator.state.faults.throttle_remaining["scim"] = 2
    assert app.graph.post(f"{app.sync}/jobs/{job['id']}/start").status_code == 204
    assert app.job(job["id"])["status"]["lastExecution"]["state"] == "Succeeded"
    assert list(by_user_name(simulator)) == ["jisook@contoso.onmicrosoft.com"]
    scim_statuses = [s for m, p, s in simulator.requests_seen if "/scim/" in p]
    assert scim_statuses[:3] == [429, 429, 200]  # the probe was throttled twice, then retried
