"""Gallery, service principals and app-role assignments of the simulated Graph.

CSDL anchors: entity sets ``applicationTemplates`` and ``servicePrincipals``; bound action
``instantiate(displayName)`` on ``applicationTemplate`` returning
``graph.applicationServicePrincipal`` (``application`` + ``servicePrincipal``); the
``servicePrincipal`` alternate key ``appId``; containment navigation ``appRoleAssignedTo``
(``Collection(graph.appRoleAssignment)``).

Behaviour not in the CSDL, and where it comes from:

* A new service principal reads as 404 ``Request_ResourceNotFound`` until replicated
  (https://learn.microsoft.com/en-us/graph/application-saml-sso-configure-api: "poll every 5-10 seconds";
  docs/entra-graph.md#replication-delay). Lists omit it meanwhile.
* Duplicate assignment: 400 ``Request_BadRequest`` "Permission being assigned already exists on
  the object" (the message Graph answers;
  https://learn.microsoft.com/en-us/graph/api/serviceprincipal-post-approleassignedto).
* ``appRoleId`` must be one of the resource's ``appRoles`` or the all-zero default
  (https://learn.microsoft.com/en-us/graph/api/resources/approleassignment).
* ``$filter`` on ``applicationTemplateId`` is rejected as unsupported: whether Graph supports it
  is unconfirmed (docs/entra-graph.md#not-published), so the product must not rely on it.
"""

from __future__ import annotations

import base64
import copy
import secrets
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from wizard.simulator.graph.common import (
    GraphRoutes,
    bad_request,
    entity,
    no_content,
    not_found,
    read_json,
    stored_copy,
)
from wizard.simulator.graph.csdl import has_property
from wizard.simulator.graph.query import FilterRules, collection, read_list, read_one, select_fields
from wizard.simulator.state import DEFAULT_ACCESS_ROLE_ID, iso

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

routes = GraphRoutes()

TEMPLATE_FILTER = FilterRules(
    "applicationTemplate",
    "ApplicationTemplate",
    frozenset({"displayName", "categories"}),
    frozenset({"contains", "startswith"}),
)
SP_FILTER = FilterRules(
    "servicePrincipal",
    "ServicePrincipal",
    # applicationTemplateId: documented as filterable (eq, ne, not) in
    # https://learn.microsoft.com/en-us/graph/api/resources/serviceprincipal
    frozenset(
        {
            "appId",
            "displayName",
            "id",
            "servicePrincipalType",
            "accountEnabled",
            "tags",
            "applicationTemplateId",
        }
    ),
)
SP_SEARCH = frozenset({"displayName", "description"})
#: Properties a PATCH may not change (set by the directory).
SP_READ_ONLY = frozenset(
    {
        "id",
        "appId",
        "appDisplayName",
        "applicationTemplateId",
        "appOwnerOrganizationId",
        "deletedDateTime",
        "createdByAppId",
    }
)
_SP_VALUE_TYPES: dict[str, type | tuple[type, ...]] = {
    "accountEnabled": bool,
    "appRoleAssignmentRequired": bool,
    "displayName": str,
    "description": (str, type(None)),
    "notes": (str, type(None)),
    "preferredSingleSignOnMode": (str, type(None)),
    "tags": list,
    "notificationEmailAddresses": list,
}


# ------------------------------------------------------------------------------- gallery
@routes.graph("/applicationTemplates", ["GET"])
def list_templates(sim: Sim, request: Request, caller: str) -> Response:
    with sim.state.lock:
        rows = [copy.deepcopy(t) for t in sim.state.application_templates.values()]
    return read_list(request, "applicationTemplates", rows, TEMPLATE_FILTER, skippable=True)


def _template(sim: Sim, template_id: str) -> dict[str, Any]:
    return stored_copy(sim, sim.state.application_templates, template_id)


@routes.graph("/applicationTemplates/<template_id>", ["GET"])
def get_template(sim: Sim, request: Request, caller: str, template_id: str) -> Response:
    return read_one(
        request, "applicationTemplates", "applicationTemplate", lambda: _template(sim, template_id)
    )


@routes.graph("/applicationTemplates/<template_id>/instantiate", ["POST"], writes=True)
def instantiate(sim: Sim, request: Request, caller: str, template_id: str) -> Response:
    _template(sim, template_id)
    body = read_json(request)
    name = body.get("displayName")
    if not isinstance(name, str) or not name.strip():
        raise bad_request("The 'displayName' parameter is required and must be a non-empty string.")
    app, sp = sim.state.instantiate_template(template_id, name.strip())
    with sim.state.lock:
        payload = {"application": copy.deepcopy(app), "servicePrincipal": copy.deepcopy(sp)}
    return entity(request, "microsoft.graph.applicationServicePrincipal", payload, 201)


# ------------------------------------------------------------------------------- service principals
@routes.graph("/servicePrincipals", ["GET"])
def list_service_principals(sim: Sim, request: Request, caller: str) -> Response:
    with sim.state.lock:
        rows = [
            copy.deepcopy(sp)
            for sp_id, sp in sim.state.service_principals.items()
            if sim.state.sp_visible(sp_id)
        ]
    return read_list(request, "servicePrincipals", rows, SP_FILTER, SP_SEARCH)


@routes.sp("", ["GET"])
def get_service_principal(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any]
) -> Response:
    return read_one(
        request, "servicePrincipals", "servicePrincipal", lambda: _copy_under_lock(sim, sp)
    )


def _copy_under_lock(sim: Sim, obj: dict[str, Any]) -> dict[str, Any]:
    with sim.state.lock:
        return copy.deepcopy(obj)


@routes.sp("", ["PATCH"], writes=True)
def patch_service_principal(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any]
) -> Response:
    body = read_json(request)
    for prop, value in body.items():
        if prop.startswith("@odata."):
            continue
        if not has_property("servicePrincipal", prop):
            raise bad_request(
                f"Property '{prop}' does not exist on type 'microsoft.graph.servicePrincipal'. Make "
                "sure to only use property names that are defined by the type or mark the type as "
                "open type."
            )
        if prop in SP_READ_ONLY:
            raise bad_request(
                f"Property '{prop}' is read-only and cannot be set.", "Request_BadRequest"
            )
        expected = _SP_VALUE_TYPES.get(prop)
        if expected is not None and not isinstance(value, expected):
            raise bad_request(
                f"Invalid value specified for property '{prop}' of resource 'ServicePrincipal'.",
                "Request_BadRequest",
            )
        if prop in ("tags", "notificationEmailAddresses") and not all(
            isinstance(v, str) for v in value
        ):
            raise bad_request(
                f"Invalid value specified for property '{prop}' of resource 'ServicePrincipal'.",
                "Request_BadRequest",
            )
    with sim.state.lock:
        sp.update({k: copy.deepcopy(v) for k, v in body.items() if not k.startswith("@odata.")})
    return no_content()


@routes.sp("", ["DELETE"], writes=True)
def delete_service_principal(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any]
) -> Response:
    st = sim.state
    with st.lock:
        sp_id = sp["id"]
        st.service_principals.pop(sp_id, None)
        st.sp_created.pop(sp_id, None)
        st.assignments.pop(sp_id, None)
        st.sync.pop(sp_id, None)
    return no_content()


# ------------------------------------------------------------------------------- assignments
def _assigned_to_fragment(sp: dict[str, Any]) -> str:
    return f"servicePrincipals('{sp['id']}')/appRoleAssignedTo"


@routes.sp("/appRoleAssignedTo", ["GET"])
def list_assigned_to(sim: Sim, request: Request, caller: str, sp: dict[str, Any]) -> Response:
    if "$filter" in request.args:
        raise bad_request("This query is not supported.", "Request_UnsupportedQuery")
    fields = select_fields(request, "appRoleAssignment")
    with sim.state.lock:
        rows = copy.deepcopy(sim.state.assignments.get(sp["id"], []))
    return collection(request, _assigned_to_fragment(sp), rows, fields)


def _principal(sim: Sim, principal_id: str) -> tuple[str, str]:
    """(principalType, principalDisplayName) of a user, group or service principal."""
    st = sim.state
    if principal_id in st.users:
        return "User", st.users[principal_id]["displayName"]
    if principal_id in st.groups:
        return "Group", st.groups[principal_id]["displayName"]
    if principal_id in st.service_principals and st.sp_visible(principal_id):
        return "ServicePrincipal", st.service_principals[principal_id]["displayName"]
    raise not_found(principal_id)


@routes.sp("/appRoleAssignedTo", ["POST"], writes=True)
def add_assigned_to(sim: Sim, request: Request, caller: str, sp: dict[str, Any]) -> Response:
    body = read_json(request)
    missing = [
        k for k in ("principalId", "resourceId", "appRoleId") if not isinstance(body.get(k), str)
    ]
    if missing:
        raise bad_request(
            f"Required property '{missing[0]}' is missing or not a string.", "Request_BadRequest"
        )
    principal_id, resource_id, role_id = body["principalId"], body["resourceId"], body["appRoleId"]
    if resource_id.lower() != sp["id"].lower():
        raise bad_request(
            f"The resourceId '{resource_id}' must be the id of the service principal in the request URL.",
            "Request_BadRequest",
        )
    st = sim.state
    with st.lock:
        principal_type, principal_name = _principal(sim, principal_id)
        roles = {r["id"].lower() for r in sp.get("appRoles", []) if r.get("isEnabled", True)}
        if role_id.lower() not in roles and role_id != DEFAULT_ACCESS_ROLE_ID:
            raise bad_request(
                f"Permission being assigned was not found on application '{sp['appId']}'.",
                "Request_BadRequest",
            )
        existing = st.assignments.setdefault(sp["id"], [])
        if any(
            a["principalId"] == principal_id and a["appRoleId"].lower() == role_id.lower()
            for a in existing
        ):
            raise bad_request(
                "Permission being assigned already exists on the object", "Request_BadRequest"
            )
        assignment = {
            # Real assignment ids are 43-character base64url strings, not GUIDs.
            "id": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("="),
            "deletedDateTime": None,
            "appRoleId": role_id,
            "createdDateTime": iso(st.now()),
            "principalDisplayName": principal_name,
            "principalId": principal_id,
            "principalType": principal_type,
            "resourceDisplayName": sp["displayName"],
            "resourceId": sp["id"],
        }
        existing.append(assignment)
        payload = copy.deepcopy(assignment)
    return entity(request, _assigned_to_fragment(sp) + "/$entity", payload, 201)


@routes.sp("/appRoleAssignedTo/<assignment_id>", ["DELETE"], writes=True)
def delete_assigned_to(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any], assignment_id: str
) -> Response:
    with sim.state.lock:
        rows = sim.state.assignments.get(sp["id"], [])
        for i, row in enumerate(rows):
            if row["id"] == assignment_id:
                del rows[i]
                return no_content()
    raise not_found(assignment_id)
