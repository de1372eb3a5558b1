"""The simulated Graph against the published v1.0 CSDL: paths, bodies and the generated table.

Three checks, so "every path, property name and body exists in the CSDL" is enforced rather
than promised:

1. the property/enum table the simulator ships (``graph_csdl_data``) equals a fresh derivation;
2. every registered ``/v1.0`` route resolves segment by segment through the CSDL (entity sets,
   singletons, keys, the ``appId`` alternate key, navigation and structural properties, type
   casts, bound actions with the right binding and HTTP method);
3. every JSON body the routes answer during a full setup validates against its CSDL type,
   recursively (unknown property names and enum values fail).

The CSDL is Microsoft's published Graph v1.0 metadata (https://graph.microsoft.com/v1.0/$metadata),
found by :func:`tests.contract.specs_dir` (``WIZARD_GRAPH_CSDL`` overrides it); the module is
skipped when it is absent.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from test_sim_graph import Graph, admin_graph, user_id
from test_sim_graph_sync import full_secrets, webex_token

from tests.contract import csdl as contract_csdl
from tests.contract import specs_dir
from tests.contract.csdl import Csdl
from wizard.simulator import Simulator
from wizard.simulator.graph import csdl as graph_csdl
from wizard.simulator.server import build_router
from wizard.simulator.state import DEFAULT_ACCESS_ROLE_ID

CSDL = Path(os.environ.get("WIZARD_GRAPH_CSDL") or specs_dir() / "graph-v1.0-metadata.xml")
pytestmark = pytest.mark.skipif(not CSDL.is_file(), reason=f"Graph CSDL not found at {CSDL}")


# The CSDL model is shared with the contract checks, in tests/contract/csdl.py.
_short = contract_csdl.short
_unwrap = contract_csdl.unwrap


@pytest.fixture(scope="module")
def csdl() -> Csdl:
    return contract_csdl.load(str(CSDL))


# ------------------------------------------------------------------------------- 1. table
def test_shipped_table_matches_the_csdl() -> None:
    structural, enums = graph_csdl.derive(CSDL)
    assert {k: frozenset(v) for k, v in structural.items()} == graph_csdl.STRUCTURAL_PROPERTIES
    assert enums == graph_csdl.ENUMS


# ------------------------------------------------------------------------------- 2. paths
def resolve(csdl: Csdl, pattern: str, methods: set[str]) -> None:
    """Walk a route pattern through the CSDL; raise AssertionError naming the bad segment."""
    segments = pattern.removeprefix("/v1.0/").split("/")
    first = segments.pop(0)
    alt = re.fullmatch(r"(\w+)\((\w+)='<\w+>'\)", first)
    if alt:
        set_name, key = alt.groups()
        assert set_name in csdl.sets, f"{pattern}: no entity set {set_name}"
        type_name, many = csdl.sets[set_name], False
        assert key in csdl.alternate_keys(type_name), (
            f"{pattern}: {key} is not an alternate key of {type_name}"
        )
    elif first in csdl.sets:
        type_name, many = csdl.sets[first], True
    else:
        assert first in csdl.singletons, f"{pattern}: no entity set or singleton {first}"
        type_name, many = csdl.singletons[first], False
    for seg in segments:
        assert type_name in csdl.types, f"{pattern}: {type_name} is not a structured type"
        if seg.startswith("<"):
            assert many, f"{pattern}: key segment {seg} on a single {type_name}"
            many = False
            continue
        if seg.startswith("microsoft.graph."):
            derived = seg.removeprefix("microsoft.graph.")
            assert type_name in csdl.lineage(derived), (
                f"{pattern}: {derived} does not derive from {type_name}"
            )
            type_name = derived
            continue
        binding = f"Collection(graph.{type_name})" if many else f"graph.{type_name}"
        bound = next(
            (
                kind
                for t in csdl.lineage(type_name)
                for (n, b), kind in csdl.actions.items()
                if n == seg and b == (f"Collection(graph.{t})" if many else f"graph.{t}")
            ),
            None,
        )
        if bound:
            assert seg == segments[-1], f"{pattern}: {seg} must be the last segment"
            assert methods == ({"POST"} if bound == "Action" else {"GET", "HEAD"}), (
                f"{pattern}: {bound} via {methods}"
            )
            return
        assert not many, f"{pattern}: {seg} is not bound to {binding}"
        member = csdl.member(type_name, seg)
        assert member is not None, (
            f"{pattern}: {type_name} has no property, navigation or action {seg}"
        )
        type_name, many = _unwrap(member[1])
        if member[0] == "Property":
            assert seg == segments[-1], f"{pattern}: cannot address below structural property {seg}"


def test_every_graph_route_exists_in_the_csdl(csdl: Csdl) -> None:
    routes = [(p, set(m), info) for p, m, info in build_router().all_routes() if info.group == "graph"]
    assert len(routes) >= 50
    for pattern, methods, _info in routes:
        resolve(csdl, pattern, methods)
    patterns = {p for p, _m, _i in routes}
    for required in (
        "/v1.0/me",
        "/v1.0/organization",
        "/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole",
        "/v1.0/applicationTemplates/<template_id>/instantiate",
        "/v1.0/servicePrincipals(appId='<app_id>')",
        "/v1.0/servicePrincipals/<sp_id>/synchronization/secrets",
        "/v1.0/servicePrincipals/<sp_id>/synchronization/jobs/validateCredentials",
        "/v1.0/servicePrincipals/<sp_id>/synchronization/jobs/<job_id>/provisionOnDemand",
    ):
        assert required in patterns


def test_the_resolver_rejects_what_graph_does_not_have(csdl: Csdl) -> None:
    for bad, methods in (
        ("/v1.0/servicePrincipals/<sp_id>/synchronization/jobs/<job_id>/launch", {"POST"}),
        ("/v1.0/servicePrincipals(displayName='<x>')", {"GET"}),
        ("/v1.0/servicePrincipals/<sp_id>/synchronization/jobs/<job_id>/start", {"GET"}),
        ("/v1.0/applicationTemplates/instantiate", {"POST"}),
        ("/v1.0/me/memberOf/microsoft.graph.application/x", {"GET"}),
    ):
        with pytest.raises(AssertionError):
            resolve(csdl, bad, methods)


# ------------------------------------------------------------------------------- 3. bodies
_PRIMITIVES: dict[str, tuple[type, ...]] = {
    "Edm.String": (str,),
    "Edm.Guid": (str,),
    "Edm.DateTimeOffset": (str,),
    "Edm.Duration": (str,),
    "Edm.Date": (str,),
    "Edm.Boolean": (bool,),
    "Edm.Int32": (int,),
    "Edm.Int64": (int,),
    "Edm.Binary": (str,),
}


def check(csdl: Csdl, type_ref: str, value: Any, where: str) -> None:
    """Recursively validate a JSON value against a CSDL type reference."""
    type_name, many = _unwrap(type_ref)
    if many:
        assert isinstance(value, list), f"{where}: expected a collection"
        for i, item in enumerate(value):
            check(csdl, type_name, item, f"{where}[{i}]")
        return
    if value is None:
        return
    if type_name in _PRIMITIVES:
        assert isinstance(value, _PRIMITIVES[type_name]), f"{where}: {value!r} is not {type_name}"
        return
    if type_name in csdl.enums:
        for member in str(value).split(","):
            assert member.strip() in csdl.enums[type_name], (
                f"{where}: {member!r} not in {type_name}"
            )
        return
    assert type_name in csdl.types, f"{where}: unknown type {type_name}"
    assert isinstance(value, dict), f"{where}: expected an object of {type_name}"
    odata_type = value.get("@odata.type")
    if odata_type:
        derived = odata_type.removeprefix("#microsoft.graph.")
        assert type_name in csdl.lineage(derived), f"{where}: {odata_type} is not a {type_name}"
        type_name = derived
    for key, item in value.items():
        if key.startswith("@odata."):
            continue
        member = csdl.member(type_name, key)
        assert member is not None, f"{where}.{key}: not a property of microsoft.graph.{type_name}"
        check(csdl, member[1], item, f"{where}.{key}")


#: Route (method, path regex) -> CSDL type of a 2xx body. Collections are checked per item.
BODY_TYPES: list[tuple[str, str, str]] = [
    ("GET", r"/v1\.0/me", "graph.user"),
    (
        "GET",
        r"/v1\.0/(me/(transitiveM|m)emberOf(/microsoft\.graph\.directoryRole)?)",
        "Collection(graph.directoryObject)",
    ),
    ("GET", r"/v1\.0/organization", "Collection(graph.organization)"),
    ("GET", r"/v1\.0/users", "Collection(graph.user)"),
    ("GET", r"/v1\.0/users/[^/]+", "graph.user"),
    ("GET", r"/v1\.0/groups", "Collection(graph.group)"),
    ("GET", r"/v1\.0/groups/[^/]+", "graph.group"),
    ("GET", r"/v1\.0/applicationTemplates", "Collection(graph.applicationTemplate)"),
    ("GET", r"/v1\.0/applicationTemplates/[^/]+", "graph.applicationTemplate"),
    ("POST", r"/v1\.0/applicationTemplates/[^/]+/instantiate", "graph.applicationServicePrincipal"),
    ("GET", r"/v1\.0/servicePrincipals", "Collection(graph.servicePrincipal)"),
    ("GET", r"/v1\.0/servicePrincipals(/[^/]+|\(appId='[^']+'\))", "graph.servicePrincipal"),
    (
        "GET",
        r"/v1\.0/servicePrincipals/[^/]+/appRoleAssignedTo",
        "Collection(graph.appRoleAssignment)",
    ),
    ("POST", r"/v1\.0/servicePrincipals/[^/]+/appRoleAssignedTo", "graph.appRoleAssignment"),
    (
        "GET",
        r"/v1\.0/servicePrincipals/[^/]+/synchronization/templates",
        "Collection(graph.synchronizationTemplate)",
    ),
    (
        "GET",
        r"/v1\.0/servicePrincipals/[^/]+/synchronization/jobs",
        "Collection(graph.synchronizationJob)",
    ),
    ("POST", r"/v1\.0/servicePrincipals/[^/]+/synchronization/jobs", "graph.synchronizationJob"),
    (
        "GET",
        r"/v1\.0/servicePrincipals/[^/]+/synchronization/jobs/[^/]+",
        "graph.synchronizationJob",
    ),
    (
        "GET",
        r"/v1\.0/servicePrincipals/[^/]+/synchronization/(jobs|templates)/[^/]+/schema",
        "graph.synchronizationSchema",
    ),
    (
        "POST",
        r"/v1\.0/servicePrincipals/[^/]+/synchronization/jobs/[^/]+/provisionOnDemand",
        "graph.stringKeyStringValuePair",
    ),
]


def _type_of(method: str, path: str) -> str | None:
    for m, pattern, type_ref in BODY_TYPES:
        if m == method and re.fullmatch(pattern, path):
            return type_ref
    return None


def _exercise(sim: Simulator, graph: Graph) -> None:
    """Every 2xx-with-body route, through a complete setup."""
    st = sim.state
    gid = next(iter(st.groups))
    st.group_members[gid].append(st.admin_id)
    for path in (
        "/me",
        "/me/memberOf",
        "/me/transitiveMemberOf/microsoft.graph.directoryRole",
        "/organization",
        "/users",
        "/groups",
        "/applicationTemplates",
        "/servicePrincipals",
    ):
        graph.get(path)
    graph.get(f"/users/{st.admin_id}", params={"$select": "id,usageLocation,city,accountEnabled"})
    graph.get(f"/groups/{gid}")
    tpl = st.template_by_name("Cisco Webex")
    assert tpl is not None
    graph.get(f"/applicationTemplates/{tpl['id']}")
    sp = graph.post(
        f"/applicationTemplates/{tpl['id']}/instantiate", {"displayName": "Cisco Webex"}
    ).json()["servicePrincipal"]
    graph.get(f"/servicePrincipals/{sp['id']}")
    graph.get(f"/servicePrincipals(appId='{sp['appId']}')")
    role = sp["appRoles"][0]["id"]
    for principal, role_id in (
        (user_id(sim, "Megan"), role),
        (gid, role),
        (user_id(sim, "Lee"), DEFAULT_ACCESS_ROLE_ID),
    ):
        graph.post(
            f"/servicePrincipals/{sp['id']}/appRoleAssignedTo",
            {"principalId": principal, "resourceId": sp["id"], "appRoleId": role_id},
        )
    graph.get(f"/servicePrincipals/{sp['id']}/appRoleAssignedTo")
    sync = f"/servicePrincipals/{sp['id']}/synchronization"
    template_id = graph.get(f"{sync}/templates").json()["value"][0]["id"]
    graph.get(f"{sync}/templates/{template_id}/schema")
    job = graph.post(f"{sync}/jobs", {"templateId": template_id}).json()
    graph.put(f"{sync}/secrets", {"value": full_secrets(sim, webex_token(sim))})
    rule = graph.get(f"{sync}/jobs/{job['id']}/schema").json()["synchronizationRules"][0]["id"]
    for uid in (user_id(sim, "Megan"), user_id(sim, "Lee")):
        graph.post(
            f"{sync}/jobs/{job['id']}/provisionOnDemand",
            {
                "parameters": [
                    {"ruleId": rule, "subjects": [{"objectId": uid, "objectTypeName": "User"}]}
                ]
            },
        )
    graph.post(f"{sync}/jobs/{job['id']}/start")
    graph.get(f"{sync}/jobs/{job['id']}")
    graph.get(f"{sync}/jobs")
    # A quarantined job too, so that shape is checked as well.
    other = graph.post(f"{sync}/jobs", {"templateId": template_id}).json()
    graph.put(f"{sync}/secrets", {"value": []})
    graph.post(f"{sync}/jobs/{other['id']}/start")
    graph.get(f"{sync}/jobs/{other['id']}")


def test_every_response_body_conforms_to_the_csdl(csdl: Csdl, simulator: Simulator) -> None:
    graph = admin_graph(simulator)
    _exercise(simulator, graph)
    checked: set[str] = set()
    for method, path, status, body in graph.bodies:
        assert status < 400, f"{method} {path} -> {status}: {body}"
        if body is None:
            continue
        type_ref = _type_of(method, path)
        assert type_ref is not None, f"no CSDL type known for {method} {path}"
        if type_ref.startswith("Collection("):
            assert isinstance(body.get("value"), list), f"{path}: collection without 'value'"
            assert set(body) <= {"@odata.context", "@odata.nextLink", "@odata.count", "value"}
            check(csdl, type_ref, body["value"], f"{method} {path}")
        else:
            check(csdl, type_ref, body, f"{method} {path}")
        checked.add(type_ref)
    assert len(checked) >= 15  # the walk above really covered the body types
    states = {
        b["status"]["code"]
        for m, p, s, b in graph.bodies
        if b and m == "GET" and p.count("/jobs/") and "status" in b
    }
    assert states == {"Active", "Quarantine"}


def test_body_checker_catches_a_wrong_property(csdl: Csdl) -> None:
    with pytest.raises(AssertionError, match="appRoleIds"):
        check(csdl, "graph.appRoleAssignment", {"appRoleIds": []}, "body")
    with pytest.raises(AssertionError, match="Sleeping"):
        check(csdl, "graph.synchronizationJob", {"status": {"code": "Sleeping"}}, "body")
