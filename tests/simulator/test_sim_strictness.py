"""The simulator is as strict as the real services: delegated permissions, roles on
synchronization reads, Content-Type on bodies, Webex scopes as whole sets, another org's SCIM ID.
"""

from __future__ import annotations

import pytest
from test_sim_graph import Graph, admin_graph, assert_graph_error
from test_sim_webex import ERROR_URN, Web, bearer, entra_user, scim_bases

from wizard.simulator import Simulator
from wizard.simulator.graph import permissions
from wizard.simulator.scenarios import SCENARIOS
from wizard.simulator.server import build_router
from wizard.simulator.state import ROLE_APPLICATION_ADMIN
from wizard.simulator.webex.scim import scim_users

DENIED = "Insufficient privileges to complete the operation."


def graph_with(sim: Simulator, *scopes: str) -> Graph:
    return Graph(sim, sim.state.issue_token("graph", sim.state.admin_id, 3600, scopes))


def webex_token(sim: Simulator, *scopes: str) -> str:
    return sim.state.issue_token("webex", sim.state.webex_admin_id, 3600, scopes)


def instantiated_sp(sim: Simulator) -> str:
    tpl = sim.state.template_by_name("Cisco Webex")
    with sim.state.lock:
        _app, sp = sim.state.instantiate_template(tpl["id"], "Cisco Webex")
        sim.state.sp_created[sp["id"]] = 0.0
    return sp["id"]


# ------------------------------------------------------------------------------ Graph scopes
def test_every_graph_route_has_a_documented_permission_rule() -> None:
    graph_routes = [
        (pattern, method)
        for pattern, methods, info in build_router().all_routes()
        if info.group == "graph"
        for method in methods
        if method not in ("HEAD", "OPTIONS")
    ]
    assert graph_routes
    for pattern, method in graph_routes:
        rule = permissions.requirement(method, pattern.removeprefix("/v1.0"))
        assert rule.source.startswith("https://learn.microsoft.com/en-us/graph/api/")


@pytest.mark.parametrize(
    ("scopes", "allowed"),
    [
        ((), False),
        (("User.Read.All",), False),
        (("Synchronization.Read.All",), True),  # the least privileged
        (("Synchronization.ReadWrite.All",), True),  # the higher one
    ],
)
def test_synchronization_reads_need_a_synchronization_permission(
    simulator: Simulator, scopes: tuple[str, ...], allowed: bool
) -> None:
    sp_id = instantiated_sp(simulator)
    response = graph_with(simulator, *scopes).get(f"/servicePrincipals/{sp_id}/synchronization/jobs")
    if allowed:
        assert response.status_code == 200, response.text
    else:
        assert_graph_error(response, 403, "Authorization_RequestDenied", DENIED)


def test_reading_is_not_writing(simulator: Simulator) -> None:
    sp_id = instantiated_sp(simulator)
    graph = graph_with(simulator, "Synchronization.Read.All", "Application.Read.All")
    refused = graph.post(
        f"/servicePrincipals/{sp_id}/synchronization/jobs", {"templateId": "ciscoWebexSim"}
    )
    assert_graph_error(refused, 403, "Authorization_RequestDenied", DENIED)
    assert simulator.state.write_log == []


def test_an_assignment_needs_both_permissions_of_a_set(simulator: Simulator) -> None:
    sp_id = instantiated_sp(simulator)
    sp = simulator.state.service_principals[sp_id]
    body = {
        "principalId": simulator.state.admin_id,
        "resourceId": sp_id,
        "appRoleId": sp["appRoles"][0]["id"],
    }
    path = f"/servicePrincipals/{sp_id}/appRoleAssignedTo"
    alone = graph_with(simulator, "AppRoleAssignment.ReadWrite.All").post(path, body)
    assert_graph_error(alone, 403, "Authorization_RequestDenied", DENIED)
    assert simulator.state.assignments[sp_id] == []
    both = graph_with(simulator, "AppRoleAssignment.ReadWrite.All", "Application.Read.All")
    assert both.post(path, body).status_code == 201


def test_application_templates_need_only_a_valid_token(simulator: Simulator) -> None:
    response = graph_with(simulator).get("/applicationTemplates")
    assert response.status_code == 200, response.text


# ------------------------------------------------------------------------------ Graph roles
@pytest.mark.parametrize("suffix", ["templates", "jobs", "templates/ciscoWebexSim/schema"])
def test_synchronization_reads_need_an_admin_role(simulator: Simulator, suffix: str) -> None:
    sp_id = instantiated_sp(simulator)
    st = simulator.state
    graph = admin_graph(simulator)
    path = f"/servicePrincipals/{sp_id}/synchronization/{suffix}"
    with st.lock:
        st.role_assignments[st.admin_id] = set()
    assert_graph_error(graph.get(path), 403, "Authorization_RequestDenied", DENIED)
    with st.lock:
        st.role_assignments[st.admin_id] = {ROLE_APPLICATION_ADMIN}
    assert graph.get(path).status_code == 200


def test_reading_the_app_itself_needs_no_role(simulator: Simulator) -> None:
    sp_id = instantiated_sp(simulator)
    st = simulator.state
    with st.lock:
        st.role_assignments[st.admin_id] = set()
    assert admin_graph(simulator).get(f"/servicePrincipals/{sp_id}").status_code == 200


# ------------------------------------------------------------------------------ Content-Type
def test_a_body_without_content_type_is_refused(simulator: Simulator) -> None:
    sp_id = instantiated_sp(simulator)
    graph = admin_graph(simulator)
    path = f"{graph.base}/servicePrincipals/{sp_id}/synchronization/jobs"
    raw = b'{"templateId": "ciscoWebexSim"}'
    missing = graph.session.post(
        path, data=raw, headers={"Authorization": f"Bearer {graph.token}"}
    )
    assert missing.request.headers.get("Content-Type") is None
    assert missing.status_code == 400 and missing.json()["error"]["code"] == "BadRequest"
    other = graph.session.post(
        path,
        data=raw,
        headers={"Authorization": f"Bearer {graph.token}", "Content-Type": "text/plain"},
    )
    assert other.status_code == 415
    assert other.json()["error"]["code"] == "UnsupportedMediaType"
    assert simulator.state.write_log == []
    accepted = graph.session.post(
        path,
        data=raw,
        headers={
            "Authorization": f"Bearer {graph.token}",
            "Content-Type": "application/json; charset=utf-8",
        },
    )
    assert accepted.status_code == 201, accepted.text


# ------------------------------------------------------------------------------ Webex scopes
def test_seeded_webex_tokens_carry_the_documented_scopes(simulator: Simulator) -> None:
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    info = simulator.state.token_info(token, "webex")
    assert set(info.scopes) == {"spark:people_read", "spark:people_write", "Identity:SCIM"}


@pytest.mark.sim(state="configured")
def test_the_configured_token_has_no_scope_beyond_the_documented_ones(
    simulator: Simulator,
) -> None:
    info = simulator.state.token_info(simulator.configured["webex_token"], "webex")
    assert set(info.scopes) == {"spark:people_read", "spark:people_write", "Identity:SCIM"}


def test_a_webex_token_without_scopes_is_refused(simulator: Simulator) -> None:
    web = Web(simulator)
    token = webex_token(simulator)
    me = web.get("/v1/people/me", headers=bearer(token))
    assert me.status_code == 403
    base = scim_bases(simulator)[1]
    users = web.get(f"{base}/Users", headers=bearer(token))
    assert users.status_code == 403 and users.json()["schemas"] == [ERROR_URN]


def test_people_scope_does_not_open_scim(simulator: Simulator) -> None:
    web = Web(simulator)
    token = webex_token(simulator, "spark:people_read", "spark:people_write")
    assert web.get("/v1/people/me", headers=bearer(token)).status_code == 200
    base = scim_bases(simulator)[1]
    created = web.post(
        f"{base}/Users", json=entra_user("x@contoso.example"), headers=bearer(token)
    )
    assert created.status_code == 403
    assert scim_users(simulator) == []


def test_token_expiry_answers_any_valid_token_unless_the_scope_is_enforced(
    simulator: Simulator,
) -> None:
    web = Web(simulator)
    token = webex_token(simulator, "spark:people_read", "spark:people_write", "Identity:SCIM")
    assert web.get("/v1/authorizations/tokenExpiry", headers=bearer(token)).status_code == 200
    SCENARIOS["token-expiry-refused"](simulator)
    refused = web.get("/v1/authorizations/tokenExpiry", headers=bearer(token))
    assert refused.status_code == 403
    assert "identity:tokens_read" in refused.json()["message"]
    with_scope = webex_token(simulator, "identity:tokens_read")
    assert web.get("/v1/authorizations/tokenExpiry", headers=bearer(with_scope)).status_code == 200


# ------------------------------------------------------------------------------ SCIM org
@pytest.mark.parametrize("legacy", [True, False])
def test_another_orgs_scim_url_is_forbidden(simulator: Simulator, legacy: bool) -> None:
    web = Web(simulator)
    token = webex_token(simulator, "Identity:SCIM")
    base = scim_bases(simulator)[0 if legacy else 1]
    wrong = base.replace(simulator.state.webex_org_id, "0ae87ade-8c8a-4952-af08-318798958d0c")
    response = web.get(f"{wrong}/Users", headers=bearer(token))
    assert response.status_code == 403
    assert response.json()["status"] == "403"
