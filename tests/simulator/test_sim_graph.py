"""The simulated Microsoft Graph over real HTTPS: auth, errors, query options, directory, apps.

Synchronization and the provisioning engine are in ``test_sim_graph_sync.py``; conformance of
paths and bodies to the published CSDL in ``test_sim_graph_csdl.py``. The small client below is
shared with them (imported by module name, as pytest puts this directory on ``sys.path``).
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from urllib3.util.retry import Retry

from wizard.core.endpoints import IDENTITY_INTEGRATION_APP_ID
from wizard.core.http import make_session
from wizard.simulator import Simulator
from wizard.simulator.state import (
    DEFAULT_ACCESS_ROLE_ID,
    ROLE_GLOBAL_ADMIN,
    ROLE_USER_ADMIN,
)

#: The tests' own clients say who they are: the contract report only lets a request outside the
#: definition pass as "refused" when it was not sent by the product (``webex-scim-wizard``).
TEST_AGENT = "wizard-tests"


class Graph:
    """Real HTTPS to the simulator's /v1.0 with a bearer token; no retries unless asked."""

    def __init__(self, sim: Simulator, token: str | None, *, retry: Retry | None = None) -> None:
        self.sim = sim
        self.token = token
        self.base = f"{sim.base_url}/v1.0"
        self.session = make_session(
            sim.ca_file, retry=retry if retry is not None else Retry(total=0)
        )
        self.session.headers["User-Agent"] = TEST_AGENT
        self.bodies: list[tuple[str, str, int, Any]] = []  # (method, path, status, json) seen

    def call(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, **kw: Any
    ) -> requests.Response:
        sent = dict(headers or {})
        if self.token is not None:
            sent.setdefault("Authorization", f"Bearer {self.token}")
        url = path if path.startswith("https://") else self.base + path
        response = self.session.request(method, url, headers=sent, **kw)
        body = (
            response.json()
            if response.content and "json" in response.headers.get("Content-Type", "")
            else None
        )
        self.bodies.append((method, urlsplit(url).path, response.status_code, body))
        return response

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.call("GET", path, **kw)

    def post(self, path: str, body: Any = None, **kw: Any) -> requests.Response:
        return self.call("POST", path, json=body, **kw)

    def put(self, path: str, body: Any, **kw: Any) -> requests.Response:
        return self.call("PUT", path, json=body, **kw)

    def patch(self, path: str, body: Any, **kw: Any) -> requests.Response:
        return self.call("PATCH", path, json=body, **kw)

    def delete(self, path: str, **kw: Any) -> requests.Response:
        return self.call("DELETE", path, **kw)


def admin_graph(sim: Simulator) -> Graph:
    return Graph(sim, sim.state.issue_token("graph", sim.state.admin_id, 3600))


def assert_graph_error(
    response: requests.Response, status: int, code: str, message: str | None = None
) -> dict[str, Any]:
    """Graph's documented error shape, correlated with the response headers."""
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    if message is not None:
        assert error["message"] == message
    inner = error["innerError"]
    assert inner["request-id"] and inner["request-id"] == response.headers["request-id"]
    assert inner["client-request-id"] == response.request.headers["client-request-id"]
    assert time.strptime(inner["date"], "%Y-%m-%dT%H:%M:%S")
    return error


def user_id(sim: Simulator, given: str) -> str:
    return next(u["id"] for u in sim.state.users.values() if u["givenName"] == given)


def webex_template_id(sim: Simulator) -> str:
    tpl = sim.state.template_by_name("Cisco Webex")
    assert tpl is not None
    return tpl["id"]


def instantiate_webex(graph: Graph) -> dict[str, Any]:
    response = graph.post(
        f"/applicationTemplates/{webex_template_id(graph.sim)}/instantiate",
        {"displayName": "Cisco Webex"},
    )
    assert response.status_code == 201, response.text
    return response.json()


@pytest.fixture
def graph(simulator: Simulator) -> Graph:
    return admin_graph(simulator)


# ------------------------------------------------------------------------------- auth + errors
def test_missing_token_is_401_with_graph_error_shape(simulator: Simulator) -> None:
    anonymous = Graph(simulator, None)
    response = anonymous.get("/me")
    assert_graph_error(response, 401, "InvalidAuthenticationToken", "Access token is empty.")
    assert "Bearer" in response.headers["WWW-Authenticate"]


def test_expired_token_is_401(simulator: Simulator) -> None:
    token = simulator.state.issue_token("graph", simulator.state.admin_id, -1)
    response = Graph(simulator, token).get("/organization")
    assert_graph_error(
        response, 401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid."
    )


def test_webex_token_is_not_a_graph_token(simulator: Simulator) -> None:
    webex = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    response = Graph(simulator, webex).get("/me")
    assert_graph_error(response, 401, "InvalidAuthenticationToken")
    assert webex not in response.text


def test_unknown_segment_is_graph_400(graph: Graph) -> None:
    response = graph.get("/nonsense")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "BadRequest"


# ------------------------------------------------------------------------------- me, org, roles
def test_me_default_properties_and_select(graph: Graph, simulator: Simulator) -> None:
    me = graph.get("/me")
    assert me.status_code == 200
    body = me.json()
    assert body["@odata.context"] == f"{simulator.base_url}/v1.0/$metadata#users/$entity"
    assert body["id"] == simulator.state.admin_id
    assert body["userPrincipalName"] == "admin@contoso.onmicrosoft.com"
    assert body["businessPhones"] == []
    assert "usageLocation" not in body  # not in Graph's default set

    selected = graph.get("/me", params={"$select": "id,usageLocation,department"}).json()
    assert selected["@odata.context"].endswith("#users(id,usageLocation,department)/$entity")
    assert {k: v for k, v in selected.items() if not k.startswith("@")} == {
        "id": simulator.state.admin_id,
        "usageLocation": "US",
        "department": None,
    }


def test_select_unknown_property_is_400(graph: Graph, simulator: Simulator) -> None:
    assert_graph_error(
        graph.get("/servicePrincipals", params={"$select": "id,bogus"}),
        400,
        "BadRequest",
        "Could not find a property named 'bogus' on type 'microsoft.graph.servicePrincipal'.",
    )
    assert_graph_error(
        graph.get("/me", params={"$select": "secretStuff"}),
        400,
        "BadRequest",
        "Could not find a property named 'secretStuff' on type 'microsoft.graph.user'.",
    )
    # Base-type properties count: deletedDateTime is declared on directoryObject.
    ok = graph.get(
        f"/servicePrincipals/{simulator.state.identity_integration_sp_id}",
        params={"$select": "deletedDateTime,appId"},
    )
    assert ok.status_code == 200
    assert ok.json()["appId"] == IDENTITY_INTEGRATION_APP_ID


def test_organization_is_a_collection(graph: Graph, simulator: Simulator) -> None:
    body = graph.get("/organization").json()
    assert body["@odata.context"].endswith("$metadata#organization")
    assert [o["id"] for o in body["value"]] == [simulator.state.tenant_id]
    assert body["value"][0]["verifiedDomains"][0]["name"] == "contoso.onmicrosoft.com"


def test_admin_roles_visible_through_member_of(graph: Graph, simulator: Simulator) -> None:
    simulator.state.role_assignments[simulator.state.admin_id].add(ROLE_USER_ADMIN)
    roles = graph.get("/me/transitiveMemberOf/microsoft.graph.directoryRole").json()
    assert roles["@odata.context"].endswith("$metadata#directoryRoles")
    by_template = {r["roleTemplateId"]: r for r in roles["value"]}
    assert set(by_template) == {ROLE_GLOBAL_ADMIN, ROLE_USER_ADMIN}
    role = by_template[ROLE_GLOBAL_ADMIN]
    assert role["@odata.type"] == "#microsoft.graph.directoryRole"
    assert role["displayName"] == "Global Administrator"
    assert role["id"] != ROLE_GLOBAL_ADMIN  # per-tenant object id, not the template id

    gid = next(iter(simulator.state.groups))
    simulator.state.group_members[gid].append(simulator.state.admin_id)
    member_of = graph.get("/me/memberOf").json()["value"]
    types = sorted(o["@odata.type"] for o in member_of)
    assert types == ["#microsoft.graph.directoryRole"] * 2 + ["#microsoft.graph.group"]
    cast = graph.get(
        "/me/memberOf/microsoft.graph.directoryRole", params={"$select": "roleTemplateId"}
    ).json()
    assert sorted(r["roleTemplateId"] for r in cast["value"]) == sorted(
        [ROLE_GLOBAL_ADMIN, ROLE_USER_ADMIN]
    )


@pytest.mark.sim(scenario="non-admin")
def test_non_admin_has_no_roles(graph: Graph) -> None:
    roles = graph.get("/me/transitiveMemberOf/microsoft.graph.directoryRole")
    assert roles.status_code == 200
    assert roles.json()["value"] == []


# ------------------------------------------------------------------------------- users, groups
def test_users_filter_startswith(graph: Graph) -> None:
    response = graph.get(
        "/users",
        params={
            "$filter": "startswith(displayName,'meg') or startswith(userPrincipalName,'lee')",
            "$select": "displayName",
        },
    )
    assert response.status_code == 200
    assert sorted(u["displayName"] for u in response.json()["value"]) == ["Lee Gu", "Megan Bowen"]
    eq = graph.get(
        "/users", params={"$filter": "userPrincipalName eq 'MIYUS@contoso.onmicrosoft.com'"}
    ).json()
    assert [u["displayName"] for u in eq["value"]] == ["Miyu Sato"]


def test_users_filter_errors(graph: Graph) -> None:
    assert_graph_error(
        graph.get("/users", params={"$filter": "startswith(nickname,'x')"}),
        400,
        "BadRequest",
        "Could not find a property named 'nickname' on type 'microsoft.graph.user'.",
    )
    assert_graph_error(
        graph.get("/users", params={"$filter": "startswith(department,'x')"}),
        400,
        "Request_UnsupportedQuery",
        "Unsupported or invalid query filter clause specified for property 'department' of resource 'User'.",
    )
    assert_graph_error(graph.get("/users", params={"$filter": "displayName eq"}), 400, "BadRequest")


def test_users_search_needs_consistency_level(graph: Graph) -> None:
    params = {"$search": '"displayName:bow"'}
    assert_graph_error(
        graph.get("/users", params=params),
        400,
        "Request_UnsupportedQuery",
        "Request with $search query parameter only works through MSGraph with a special request "
        "header: 'ConsistencyLevel: eventual'",
    )
    found = graph.get(
        "/users", params={**params, "$count": "true"}, headers={"ConsistencyLevel": "eventual"}
    ).json()
    assert [u["displayName"] for u in found["value"]] == ["Megan Bowen"]
    assert found["@odata.count"] == 1
    both = graph.get(
        "/users",
        params={"$search": '"displayName:wei" OR "mail:lee"'},
        headers={"ConsistencyLevel": "eventual"},
    ).json()
    assert sorted(u["displayName"] for u in both["value"]) == ["Lee Gu", "Wei Zhang"]


def test_count_without_eventual_is_rejected(graph: Graph) -> None:
    assert_graph_error(graph.get("/users", params={"$count": "true"}), 400, "Request_BadRequest")


def test_users_paging_with_top_and_skiptoken(graph: Graph, simulator: Simulator) -> None:
    first = graph.get("/users", params={"$top": "3", "$select": "id,displayName"})
    body = first.json()
    assert len(body["value"]) == 3
    link = body["@odata.nextLink"]
    parts = urlsplit(link)
    assert f"{parts.scheme}://{parts.netloc}" == simulator.base_url and parts.path == "/v1.0/users"
    query = parse_qs(parts.query)
    assert query["$top"] == ["3"] and query["$select"] == ["id,displayName"] and query["$skiptoken"]
    seen = [u["id"] for u in body["value"]]
    pages = 1
    while "@odata.nextLink" in body:
        body = graph.get(body["@odata.nextLink"]).json()
        assert set(body["value"][0]) == {"id", "displayName"}  # $select carried over
        seen += [u["id"] for u in body["value"]]
        pages += 1
    assert pages == 3
    assert sorted(seen) == sorted(simulator.state.users)  # every user exactly once
    assert "@odata.nextLink" not in graph.get("/users").json()  # default page holds all 7


def test_top_and_skiptoken_validation(graph: Graph) -> None:
    assert_graph_error(
        graph.get("/users", params={"$top": "1000"}),
        400,
        "Request_BadRequest",
        "Invalid page size specified: '1000'. Must be between 1 and 999 inclusive.",
    )
    assert_graph_error(
        graph.get("/users", params={"$skiptoken": "garbage"}), 400, "Request_BadRequest"
    )
    assert_graph_error(graph.get("/users", params={"$skip": "2"}), 400, "Request_BadRequest")


def test_get_user_and_missing_user(graph: Graph, simulator: Simulator) -> None:
    uid = user_id(simulator, "Alex")
    body = graph.get(f"/users/{uid}").json()
    assert body["displayName"] == "Alex Wilber" and body["jobTitle"] == "Marketing Assistant"
    assert body["@odata.context"].endswith("#users/$entity")
    assert graph.get("/users/alexw@contoso.onmicrosoft.com").json()["id"] == uid
    missing = "11111111-2222-3333-4444-555555555555"
    assert_graph_error(
        graph.get(f"/users/{missing}"),
        404,
        "Request_ResourceNotFound",
        f"Resource '{missing}' does not exist or one of its queried reference-property objects are not present.",
    )


def test_groups_list_filter_search_get(graph: Graph, simulator: Simulator) -> None:
    groups = graph.get("/groups").json()
    assert sorted(g["displayName"] for g in groups["value"]) == ["Sales", "Webex Users"]
    filtered = graph.get("/groups", params={"$filter": "startswith(displayName,'web')"}).json()[
        "value"
    ]
    assert [g["displayName"] for g in filtered] == ["Webex Users"]
    searched = graph.get(
        "/groups", params={"$search": '"displayName:sal"'}, headers={"ConsistencyLevel": "eventual"}
    ).json()["value"]
    assert [g["displayName"] for g in searched] == ["Sales"]
    gid = filtered[0]["id"]
    one = graph.get(f"/groups/{gid}", params={"$select": "id,securityEnabled"}).json()
    assert one["securityEnabled"] is True and set(one) == {
        "@odata.context",
        "id",
        "securityEnabled",
    }
    assert_graph_error(graph.get("/groups/nope"), 404, "Request_ResourceNotFound")


# ------------------------------------------------------------------------------- gallery
def test_application_templates_filters(graph: Graph) -> None:
    exact = graph.get(
        "/applicationTemplates", params={"$filter": "displayName eq 'Cisco Webex'"}
    ).json()
    assert exact["@odata.context"].endswith("$metadata#applicationTemplates")
    assert [t["displayName"] for t in exact["value"]] == ["Cisco Webex"]
    tpl = exact["value"][0]
    assert tpl["supportedProvisioningTypes"] == ["sync"]
    assert {
        "id",
        "publisher",
        "categories",
        "logoUrl",
        "homePageUrl",
        "supportedSingleSignOnModes",
    } <= set(tpl)
    fuzzy = graph.get(
        "/applicationTemplates", params={"$filter": "contains(displayName,'WEBEX')"}
    ).json()
    assert sorted(t["displayName"] for t in fuzzy["value"]) == [
        "Cisco Webex",
        "Cisco Webex Control Hub",
        "Cisco Webex Meetings",
    ]
    one = graph.get(f"/applicationTemplates/{tpl['id']}").json()
    assert one["displayName"] == "Cisco Webex" and one["@odata.context"].endswith(
        "#applicationTemplates/$entity"
    )
    assert_graph_error(
        graph.get("/applicationTemplates/00000000-0000-0000-0000-00000000abcd"),
        404,
        "Request_ResourceNotFound",
    )


def test_instantiate_returns_application_and_service_principal(
    graph: Graph, simulator: Simulator
) -> None:
    body = instantiate_webex(graph)
    assert body["@odata.context"].endswith("$metadata#microsoft.graph.applicationServicePrincipal")
    app, sp = body["application"], body["servicePrincipal"]
    assert app["appId"] == sp["appId"] and app["displayName"] == sp["displayName"] == "Cisco Webex"
    assert sp["applicationTemplateId"] == webex_template_id(simulator)
    assert {r["displayName"] for r in sp["appRoles"]} == {"User", "msiam_access"}
    assert "WindowsAzureActiveDirectoryIntegratedApp" in sp["tags"]
    writes = [
        (w["service"], w["method"], w["path"]) for w in simulator.state.snapshot()["write_log"]
    ]
    assert writes == [
        ("graph", "POST", f"/v1.0/applicationTemplates/{webex_template_id(simulator)}/instantiate")
    ]


def test_instantiate_validates_body(graph: Graph, simulator: Simulator) -> None:
    path = f"/applicationTemplates/{webex_template_id(simulator)}/instantiate"
    assert_graph_error(graph.post(path, {}), 400, "BadRequest")
    assert_graph_error(
        graph.call("POST", path, data="not json", headers={"Content-Type": "application/json"}),
        400,
        "BadRequest",
    )
    assert simulator.state.snapshot()["write_log"] == []


# ------------------------------------------------------------------------------- replication
@pytest.mark.sim(replication_delay=1.5)
def test_new_service_principal_is_404_until_replicated(graph: Graph, simulator: Simulator) -> None:
    body = instantiate_webex(graph)
    sp_id, app_id = body["servicePrincipal"]["id"], body["servicePrincipal"]["appId"]
    message = f"Resource '{sp_id}' does not exist or one of its queried reference-property objects are not present."
    assert_graph_error(
        graph.get(f"/servicePrincipals/{sp_id}"), 404, "Request_ResourceNotFound", message
    )
    assert_graph_error(
        graph.get(f"/servicePrincipals/{sp_id}/appRoleAssignedTo"),
        404,
        "Request_ResourceNotFound",
        message,
    )
    assert_graph_error(
        graph.get(f"/servicePrincipals/{sp_id}/synchronization/templates"),
        404,
        "Request_ResourceNotFound",
    )
    assert graph.get(f"/servicePrincipals(appId='{app_id}')").status_code == 404
    listed = graph.get("/servicePrincipals", params={"$filter": f"appId eq '{app_id}'"}).json()
    assert listed["value"] == []

    deadline = time.monotonic() + 10
    while (response := graph.get(f"/servicePrincipals/{sp_id}")).status_code == 404:
        assert time.monotonic() < deadline, "service principal never replicated"
        time.sleep(0.2)
    assert response.status_code == 200 and response.json()["id"] == sp_id
    assert graph.get(f"/servicePrincipals/{sp_id}/synchronization/templates").status_code == 200
    assert [
        s["id"]
        for s in graph.get("/servicePrincipals", params={"$filter": f"appId eq '{app_id}'"}).json()[
            "value"
        ]
    ] == [sp_id]


# ------------------------------------------------------------------------------- non-admin, throttling
@pytest.mark.sim(scenario="non-admin")
def test_non_admin_cannot_write_but_can_read(graph: Graph, simulator: Simulator) -> None:
    denied = "Insufficient privileges to complete the operation."
    tpl = webex_template_id(simulator)
    assert_graph_error(
        graph.post(f"/applicationTemplates/{tpl}/instantiate", {"displayName": "x"}),
        403,
        "Authorization_RequestDenied",
        denied,
    )
    sp = simulator.state.identity_integration_sp_id
    assert_graph_error(
        graph.patch(f"/servicePrincipals/{sp}", {"tags": ["HideApp"]}),
        403,
        "Authorization_RequestDenied",
        denied,
    )
    assert_graph_error(
        graph.delete(f"/servicePrincipals/{sp}"), 403, "Authorization_RequestDenied", denied
    )
    assert_graph_error(
        graph.post(
            f"/servicePrincipals/{sp}/appRoleAssignedTo",
            {"principalId": "x", "resourceId": sp, "appRoleId": DEFAULT_ACCESS_ROLE_ID},
        ),
        403,
        "Authorization_RequestDenied",
        denied,
    )
    assert graph.get("/applicationTemplates").status_code == 200
    assert graph.get(f"/servicePrincipals/{sp}").status_code == 200
    assert simulator.state.snapshot()["write_log"] == []
    assert sp in simulator.state.service_principals


@pytest.mark.sim(scenario="throttling")
def test_throttling_answers_429_with_retry_after_then_succeeds(
    graph: Graph, simulator: Simulator
) -> None:
    for _ in range(2):
        response = graph.get("/organization")
        error = assert_graph_error(response, 429, "TooManyRequests")
        assert "Too many requests" in error["message"]
        assert response.headers["Retry-After"] == "1"
    assert graph.get("/organization").status_code == 200

    # The product's session honours Retry-After and gets through on its own.
    simulator.state.faults.throttle_remaining["graph"] = 2
    patient = Graph(simulator, graph.token, retry=None)
    patient.session = make_session(simulator.ca_file)
    started = time.monotonic()
    assert patient.get("/organization").status_code == 200
    assert time.monotonic() - started >= 1.5  # it waited out two Retry-After: 1
    statuses = [s for m, p, s in simulator.requests_seen if p == "/v1.0/organization"]
    assert statuses[-3:] == [429, 429, 200]


# ------------------------------------------------------------------------------- service principals
def test_service_principal_lookup_by_app_id(graph: Graph, simulator: Simulator) -> None:
    sp_id = simulator.state.identity_integration_sp_id
    listed = graph.get(
        "/servicePrincipals",
        params={
            "$filter": f"appId eq '{IDENTITY_INTEGRATION_APP_ID}'",
            "$select": "id,appId,displayName",
        },
    ).json()
    assert listed["@odata.context"].endswith("$metadata#servicePrincipals(id,appId,displayName)")
    assert listed["value"] == [
        {
            "id": sp_id,
            "appId": IDENTITY_INTEGRATION_APP_ID,
            "displayName": "Cisco Webex Identity Integration",
        }
    ]
    alt = graph.get(f"/servicePrincipals(appId='{IDENTITY_INTEGRATION_APP_ID}')")
    assert alt.status_code == 200 and alt.json()["id"] == sp_id
    by_name = graph.get(
        "/servicePrincipals",
        params={"$filter": "displayName eq 'cisco webex identity integration'"},
    ).json()
    assert [s["id"] for s in by_name["value"]] == [sp_id]
    assert_graph_error(
        graph.get("/servicePrincipals", params={"$filter": "homepage eq 'x'"}),
        400,
        "Request_UnsupportedQuery",
    )
    # applicationTemplateId is filterable (servicePrincipal reference, "Supports $filter").
    none = graph.get("/servicePrincipals", params={"$filter": "applicationTemplateId eq 'x'"})
    assert none.status_code == 200 and none.json()["value"] == []
    tagged = graph.get(
        "/servicePrincipals",
        params={
            "$filter": "tags/any(t:t eq 'WindowsAzureActiveDirectoryIntegratedApp')",
            "$top": "1",
        },
    ).json()
    assert len(tagged["value"]) == 1


@pytest.mark.sim(scenario="deleted-consent")
def test_deleted_identity_integration_is_missing(graph: Graph) -> None:
    listed = graph.get(
        "/servicePrincipals", params={"$filter": f"appId eq '{IDENTITY_INTEGRATION_APP_ID}'"}
    )
    assert listed.status_code == 200 and listed.json()["value"] == []
    assert_graph_error(
        graph.get(f"/servicePrincipals(appId='{IDENTITY_INTEGRATION_APP_ID}')"),
        404,
        "Request_ResourceNotFound",
        f"Resource '{IDENTITY_INTEGRATION_APP_ID}' does not exist or one of its queried reference-property objects are not present.",
    )


def test_patch_service_principal(graph: Graph, simulator: Simulator) -> None:
    sp = instantiate_webex(graph)["servicePrincipal"]
    path = f"/servicePrincipals/{sp['id']}"
    response = graph.patch(
        path, {"tags": [*sp["tags"], "HideApp"], "displayName": "Cisco Webex (SCIM)"}
    )
    assert response.status_code == 204 and response.content == b""
    after = graph.get(path).json()
    assert after["tags"] == ["WindowsAzureActiveDirectoryIntegratedApp", "HideApp"]
    assert after["displayName"] == "Cisco Webex (SCIM)"
    assert_graph_error(graph.patch(path, {"appId": "x"}), 400, "Request_BadRequest")
    assert_graph_error(graph.patch(path, {"colour": "blue"}), 400, "BadRequest")
    assert_graph_error(graph.patch(path, {"tags": "HideApp"}), 400, "Request_BadRequest")
    alt = graph.patch(
        f"/servicePrincipals(appId='{sp['appId']}')", {"notes": "managed by the wizard"}
    )
    assert alt.status_code == 204
    assert simulator.state.service_principals[sp["id"]]["notes"] == "managed by the wizard"


def test_delete_service_principal(graph: Graph, simulator: Simulator) -> None:
    sp_id = simulator.state.identity_integration_sp_id
    assert graph.delete(f"/servicePrincipals/{sp_id}").status_code == 204
    assert_graph_error(graph.get(f"/servicePrincipals/{sp_id}"), 404, "Request_ResourceNotFound")
    assert_graph_error(graph.delete(f"/servicePrincipals/{sp_id}"), 404, "Request_ResourceNotFound")
    assert sp_id not in simulator.state.service_principals
    assert [w["method"] for w in simulator.state.snapshot()["write_log"]] == ["DELETE"]


# ------------------------------------------------------------------------------- assignments
def test_app_role_assignments(graph: Graph, simulator: Simulator) -> None:
    sp = instantiate_webex(graph)["servicePrincipal"]
    path = f"/servicePrincipals/{sp['id']}/appRoleAssignedTo"
    role = next(r["id"] for r in sp["appRoles"] if r["displayName"] == "User")
    megan = user_id(simulator, "Megan")
    group = next(g for g in simulator.state.groups.values() if g["displayName"] == "Webex Users")

    created = graph.post(path, {"principalId": megan, "resourceId": sp["id"], "appRoleId": role})
    assert created.status_code == 201
    body = created.json()
    assert body["@odata.context"].endswith(
        f"servicePrincipals('{sp['id']}')/appRoleAssignedTo/$entity"
    )
    assert body["principalType"] == "User" and body["principalDisplayName"] == "Megan Bowen"
    assert body["resourceDisplayName"] == "Cisco Webex" and body["resourceId"] == sp["id"]
    assert body["appRoleId"] == role and body["principalId"] == megan
    assert time.strptime(body["createdDateTime"], "%Y-%m-%dT%H:%M:%SZ")
    assert len(body["id"]) == 43

    as_group = graph.post(
        path, {"principalId": group["id"], "resourceId": sp["id"], "appRoleId": role}
    ).json()
    assert (
        as_group["principalType"] == "Group" and as_group["principalDisplayName"] == "Webex Users"
    )
    default = graph.post(
        path,
        {
            "principalId": user_id(simulator, "Lee"),
            "resourceId": sp["id"],
            "appRoleId": DEFAULT_ACCESS_ROLE_ID,
        },
    )
    assert default.status_code == 201

    assert_graph_error(
        graph.post(path, {"principalId": megan, "resourceId": sp["id"], "appRoleId": role}),
        400,
        "Request_BadRequest",
        "Permission being assigned already exists on the object",
    )
    assert_graph_error(
        graph.post(
            path,
            {
                "principalId": megan,
                "resourceId": sp["id"],
                "appRoleId": "6a4a1b1a-0000-4000-8000-000000000001",
            },
        ),
        400,
        "Request_BadRequest",
    )
    assert_graph_error(
        graph.post(
            path, {"principalId": "no-such-user", "resourceId": sp["id"], "appRoleId": role}
        ),
        404,
        "Request_ResourceNotFound",
    )
    assert_graph_error(
        graph.post(path, {"principalId": megan, "resourceId": "other", "appRoleId": role}),
        400,
        "Request_BadRequest",
    )

    listed = graph.get(path).json()
    assert listed["@odata.context"].endswith(f"servicePrincipals('{sp['id']}')/appRoleAssignedTo")
    assert sorted(a["principalId"] for a in listed["value"]) == sorted(
        [megan, group["id"], user_id(simulator, "Lee")]
    )
    assert len(graph.get(path, params={"$top": "2"}).json()["value"]) == 2

    assert graph.delete(f"{path}/{body['id']}").status_code == 204
    assert_graph_error(graph.delete(f"{path}/{body['id']}"), 404, "Request_ResourceNotFound")
    assert megan not in [a["principalId"] for a in simulator.state.assignments[sp["id"]]]
    # By alternate key as well (docs/entra-graph.md#assignments-and-provision-on-demand).
    again = graph.post(
        f"/servicePrincipals(appId='{sp['appId']}')/appRoleAssignedTo",
        {"principalId": megan, "resourceId": sp["id"], "appRoleId": role},
    )
    assert again.status_code == 201
