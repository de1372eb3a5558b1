"""Proof that the checkers can fail: a wrong path, a wrong body property and a wrong response
property are each rejected with a reason that names the problem (issue 8 acceptance)."""

from __future__ import annotations

import pytest

from tests.contract import csdl, openapi, report

pytestmark = [
    pytest.mark.contract,
    pytest.mark.skipif(
        not (csdl.csdl_path().is_file() and openapi.spec_path().is_file()),
        reason="published definitions not found (set WIZARD_SPECS_DIR)",
    ),
]
SP = "/v1.0/servicePrincipals/1b4e0a0e-0000-4000-8000-000000000001"
JOB = f"{SP}/synchronization/jobs/ciscowebex.1a2b3c4d"
ORG = "/identity/scim/0c0d0e0f-1111-4222-8333-444455556666/v2"


def call(path: str, method: str = "GET", body=None, status: int = 200, response=None, **kw):  # noqa: ANN001, ANN201
    service = "graph" if path.startswith("/v1.0/") else "webex"
    return {
        "service": service,
        "method": method,
        "path": path,
        "query": kw.get("query", {}),
        "user_agent": kw.get("user_agent", "webex-scim-wizard/0.1"),
        "body": body,
        "status": status,
        "response": response,
        "test": "proof",
    }


def verdict(entry):  # noqa: ANN001, ANN201
    return report.judge(entry, csdl.load(), openapi.load())


# ------------------------------------------------------------------------ Graph: resolution
@pytest.mark.parametrize(
    ("method", "path", "template", "type_ref"),
    [
        (
            "GET",
            "/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole",
            None,
            "Collection(graph.directoryRole)",
        ),
        (
            "GET",
            "/v1.0/servicePrincipals(appId='00000000-0000-0000-0000-000000000001')",
            "/v1.0/servicePrincipals(appId='{appId}')",
            "graph.servicePrincipal",
        ),
        ("POST", f"{SP}/synchronization/jobs/validateCredentials", None, "(no content)"),
        ("POST", f"{JOB}/provisionOnDemand", None, "graph.stringKeyStringValuePair"),
        (
            "PUT",
            f"{SP}/synchronization/secrets",
            None,
            "Collection(graph.synchronizationSecretKeyStringValuePair)",
        ),
        (
            "GET",
            f"{JOB}/schema",
            "/v1.0/servicePrincipals/{id}/synchronization/jobs/{id}/schema",
            "graph.synchronizationSchema",
        ),
        (  # synchronizationTemplate is keyed by an Edm.String in a contained collection
            "GET",
            f"{SP}/synchronization/templates/ciscoWebexSim/schema",
            "/v1.0/servicePrincipals/{id}/synchronization/templates/{id}/schema",
            "graph.synchronizationSchema",
        ),
        (
            "GET",
            "/v1.0/servicePrincipals(appId='00000000-0000-0000-0000-000000000001')"
            "/synchronization/templates/ciscoWebexSim/schema",
            "/v1.0/servicePrincipals(appId='{appId}')/synchronization/templates/{id}/schema",
            "graph.synchronizationSchema",
        ),
    ],
)
def test_resolver_walks_real_graph_paths(method, path, template, type_ref) -> None:  # noqa: ANN001
    target = csdl.resolve(csdl.load(), method, path)
    assert target.type_ref == type_ref
    if template:
        assert target.template == template


def test_wrong_path_is_rejected() -> None:
    graph = csdl.load()
    for method, path, reason in (
        ("POST", f"{JOB}/launch", "no property, navigation, action or function 'launch'"),
        ("GET", "/v1.0/servicePrincipals(displayName='x')", "not a key or alternate key"),
        ("GET", f"{JOB}/start", "bound action, called with GET"),
        ("POST", "/v1.0/applicationTemplates/instantiate", "not a key, nor an action"),
        ("GET", "/v1.0/users/microsoft.graph.group", "does not derive from"),
        ("GET", "/v1.0/servicePrinciples", "no entity set or singleton"),
    ):
        with pytest.raises(csdl.ContractError, match=reason):
            csdl.resolve(graph, method, path)
    # And in the report: a product call to a wrong path that "worked" fails its line.
    v = verdict(call(f"{JOB}/launch", "POST", status=204))
    assert not v.ok and "launch" in v.reason
    with pytest.raises(AssertionError, match="no path in the Webex definition"):
        openapi.match(openapi.load(), "GET", "/v1/persons/me")


def test_wrong_body_property_is_rejected() -> None:
    v = verdict(
        call(
            f"{SP}/synchronization/jobs/validateCredentials",
            "POST",
            body={"useSavedCredentials": True, "credential": []},
            status=204,
        )
    )
    assert not v.ok and "body.credential: not a parameter of validateCredentials" in v.reason
    v = verdict(
        call(
            "/v1.0/applicationTemplates/abc123/instantiate",
            "POST",
            body={"displayName": 7},
            response={},
            status=201,
        )
    )
    assert not v.ok and "body.displayName: 7 is not Edm.String" in v.reason
    v = verdict(
        call(f"{JOB}/restart", "POST", body={"criteria": {"resetScope": "Everything"}}, status=204)
    )
    assert (
        not v.ok
        and "'Everything' is not a member of microsoft.graph.synchronizationJobRestartScope"
        in v.reason
    )
    v = verdict(
        call(f"{SP}/appRoleAssignedTo", "POST", body={"appRoleIds": []}, status=201, response={})
    )
    assert (
        not v.ok and "appRoleIds: not a property of microsoft.graph.appRoleAssignment" in v.reason
    )
    v = verdict(call(f"{SP}/synchronization/secrets", "PUT", body=[{"key": "x"}], status=204))
    assert not v.ok and 'written as {"value"' in v.reason
    secrets = {"value": [{"key": "BaseAddress", "value": "https://x"}]}
    assert verdict(call(f"{SP}/synchronization/secrets", "PUT", body=secrets, status=204)).ok
    v = verdict(
        call(
            f"{SP}/synchronization/secrets",
            "PUT",
            body={"value": [{"key": "Bogus", "value": "1"}]},
            status=204,
        )
    )
    assert (
        not v.ok and "'Bogus' is not a member of microsoft.graph.synchronizationSecret" in v.reason
    )
    v = verdict(call("/v1.0/groups/nope", status=404, response={"error": {}}))
    assert not v.ok and "'nope' is not a key" in v.reason  # directory ids are not bare words
    v = verdict(
        call(
            f"{ORG}/Users",
            "POST",
            body={"schemas": [], "userName": "a", "userType": "robot"},
            status=201,
            response=None,
        )
    )
    assert not v.ok and "userType: 'robot' not in" in v.reason
    v = verdict(call(f"{ORG}/Users/abc", "PUT", body={"schemas": [], "userName": 7}, status=200))
    assert not v.ok and "body.userName: expected string" in v.reason
    assert "missing required 'userType'" in v.reason


def test_request_bodies_follow_openapi_additional_properties() -> None:
    """Request bodies: undeclared properties are allowed unless the schema forbids them
    (``additionalProperties: false``), as in OpenAPI; responses stay closed (see README)."""
    spec = openapi.load()
    put = {"schemas": [], "userName": "a", "userType": "user", "name": {"givenName": "A"}}
    assert verdict(call(f"{ORG}/Users/abc", "PUT", body=put, status=200)).ok
    closed = {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "additionalProperties": False,
    }
    assert openapi.errors(spec, closed, {"a": "x", "b": 1}, open=True) == [
        "$.b: not a property in the definition"
    ]
    assert openapi.errors(spec, closed, {"a": 1}, open=True) == ["$.a: expected string, got int"]
    assert openapi.errors(spec, {"properties": {"a": {}}}, {"b": 1}, open=True) == []
    assert openapi.errors(spec, {"properties": {"a": {}}}, {"b": 1}) == [
        "$.b: not a property in the definition"
    ]


def test_wrong_response_property_is_rejected() -> None:
    v = verdict(call(SP, response={"id": "1", "appID": "x"}))
    assert (
        not v.ok
        and "response.appID: not a property of microsoft.graph.servicePrincipal" in v.reason
    )
    v = verdict(call(f"{SP}/synchronization/jobs", response=[{"id": "j"}]))
    assert not v.ok and "not wrapped in 'value'" in v.reason
    v = verdict(call(f"{SP}/synchronization/jobs", response={"value": [], "next": "x"}))
    assert not v.ok and "unexpected keys beside 'value'" in v.reason
    v = verdict(call(SP, status=404, response={"code": "NotFound", "message": "gone"}))
    assert not v.ok and "Graph's {'error'" in v.reason
    v = verdict(
        call(
            "/v1.0/users",
            query={"$select": "id,displayName,favouriteColour"},
            response={"value": []},
        )
    )
    assert (
        not v.ok
        and "$select: favouriteColour is not a property of microsoft.graph.user" in v.reason
    )
    v = verdict(call("/v1/people/me", response={"id": "x", "emails": "a@b"}))
    assert not v.ok and "$.emails: expected array" in v.reason
    v = verdict(
        call("/v1/people/me", response={"id": "x", "nickName": "n", "favouriteColour": "b"})
    )
    assert not v.ok and "favouriteColour: not a property in the definition" in v.reason
    v = verdict(call(f"{ORG}/Users", response={"Resources": []}))
    assert not v.ok and "missing required 'schemas'" in v.reason
    v = verdict(call(f"{ORG}/Users", status=404, response={"status": 404, "detail": "x"}))
    assert not v.ok and "missing required 'schemas'" in v.reason
    v = verdict(call("/v1/authorizations/tokenExpiry", response={"expires": 1}))
    assert not v.ok and "missing required 'exp'" in v.reason


def test_refused_probe_conforms_but_an_accepted_one_does_not() -> None:
    error = {"error": {"code": "BadRequest", "message": "Resource not found for the segment."}}
    probe = call(f"{JOB}/launch", "POST", status=400, response=error, user_agent="python-requests")
    assert verdict(probe).ok and verdict(probe).refused
    assert not verdict({**probe, "user_agent": "webex-scim-wizard/0.1"}).ok  # the product: never
    assert not verdict({**probe, "status": 200, "response": None}).ok


def test_legacy_tenant_url_maps_to_scim2() -> None:
    m = openapi.match(openapi.load(), "PATCH", "/v1/scim/0c0d0e0f/Users/abc")
    assert (m.template, m.method, m.legacy) == (
        "/identity/scim/{orgId}/v2/Users/{userId}",
        "patch",
        True,
    )


def test_report_lines_and_totals() -> None:
    entries = [
        call("/v1.0/me", response={"id": "1", "displayName": "A"}),
        call("/v1.0/me", response={"id": "2"}),
        call(f"{JOB}/launch", "POST", status=204),
        {**call(SP, response=None), "injected_fault": "malformed"},
    ]
    lines = report.analyse(entries)
    assert [(x.method, x.template, x.ok, x.calls) for x in lines] == [
        ("GET", "/v1.0/me", True, 2),
        ("POST", "/v1.0/servicePrincipals/{id}/synchronization/jobs/{id}/launch", False, 1),
    ]
    text = report.render(lines)
    assert "ok   graph GET    /v1.0/me -> graph.user (2 calls; 200)" in text
    assert "TOTAL distinct calls: 2 (graph 2, webex 0); conform: 1 (50 %); fail: 1" in text
