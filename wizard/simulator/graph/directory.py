"""Directory reads of the simulated Graph: ``/me``, ``/organization``, role membership, users, groups.

Paths and property names follow the v1.0 CSDL: the ``me`` singleton and the ``users``,
``groups``, ``organization`` entity sets; ``memberOf`` / ``transitiveMemberOf`` are
``Collection(graph.directoryObject)`` navigation properties of ``user``, so each element
carries ``@odata.type``, and the ``/microsoft.graph.directoryRole`` segment is an OData type
cast to the derived ``directoryRole`` type (whose properties are ``description``,
``displayName``, ``roleTemplateId``). That is what the product uses to check the admin's roles.

Users are returned with Graph's documented default property set (https://learn.microsoft.com/en-us/graph/api/user-list:
businessPhones, displayName, givenName, id, jobTitle, mail, mobilePhone, officeLocation,
preferredLanguage, surname, userPrincipalName); anything else needs ``$select``, as in Graph.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from wizard.simulator.graph.common import GraphRoutes, ODataError, not_found, stored_copy
from wizard.simulator.graph.query import (
    FilterRules,
    collection,
    project,
    read_list,
    read_one,
    select_fields,
)
from wizard.simulator.state import ROLE_NAMES

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

routes = GraphRoutes()

USER_DEFAULT_PROPERTIES = (
    "businessPhones",
    "displayName",
    "givenName",
    "jobTitle",
    "mail",
    "mobilePhone",
    "officeLocation",
    "preferredLanguage",
    "surname",
    "userPrincipalName",
    "id",
)
USER_FILTER = FilterRules(
    "user",
    "User",
    frozenset(
        {
            "displayName",
            "userPrincipalName",
            "mail",
            "givenName",
            "surname",
            "id",
            "accountEnabled",
            "usageLocation",
        }
    ),
)
GROUP_FILTER = FilterRules(
    "group",
    "Group",
    frozenset({"displayName", "mail", "mailNickname", "id", "securityEnabled", "mailEnabled"}),
)
USER_SEARCH = frozenset(
    {"displayName", "userPrincipalName", "mail", "givenName", "surname", "mailNickname"}
)
GROUP_SEARCH = frozenset({"displayName", "description", "mail", "mailNickname"})


def user_view(user: dict[str, Any], fields: list[str] | None) -> dict[str, Any]:
    """A user as Graph returns it: the default set unless ``$select`` names others."""
    full = {"businessPhones": [], **user}
    return project(full, fields if fields is not None else list(USER_DEFAULT_PROPERTIES))


def _directory_role(sim: Sim, template_id: str) -> dict[str, Any]:
    # An activated directory role has a per-tenant object id; roleTemplateId is the global one.
    return {
        "@odata.type": "#microsoft.graph.directoryRole",
        "id": str(uuid.uuid5(uuid.UUID(sim.state.tenant_id), template_id)),
        "deletedDateTime": None,
        "description": f"{ROLE_NAMES.get(template_id, 'Directory role')} (simulated).",
        "displayName": ROLE_NAMES.get(template_id, template_id),
        "roleTemplateId": template_id,
    }


def _member_of(sim: Sim, user_id: str) -> list[dict[str, Any]]:
    st = sim.state
    with st.lock:
        groups = [
            {"@odata.type": "#microsoft.graph.group", **st.groups[gid]}
            for gid, members in st.group_members.items()
            if user_id in members and gid in st.groups
        ]
        roles = sorted(st.role_assignments.get(user_id, set()))
    return groups + [_directory_role(sim, t) for t in roles]


def _select_any(request: Request, *type_names: str) -> list[str] | None:
    """``$select`` on a directoryObject collection: a property of any derived type listed."""
    errors: list[ODataError] = []
    for type_name in type_names:
        try:
            return select_fields(request, type_name)
        except ODataError as exc:  # not on this type: try the next derived type
            errors.append(exc)
    raise errors[0]


# ------------------------------------------------------------------------------- me
@routes.graph("/me", ["GET"])
def get_me(sim: Sim, request: Request, caller: str) -> Response:
    return read_one(request, "users", "user", lambda: _user(sim, caller), user_view)


@routes.graph("/me/memberOf", ["GET"], name="graph.me_member_of")
@routes.graph("/me/transitiveMemberOf", ["GET"], name="graph.me_transitive_member_of")
def get_my_memberships(sim: Sim, request: Request, caller: str) -> Response:
    # No nested groups in the simulated tenant, so direct and transitive membership agree.
    fields = _select_any(request, "directoryObject", "directoryRole", "group")
    return collection(request, "directoryObjects", _member_of(sim, caller), fields)


@routes.graph("/me/memberOf/microsoft.graph.directoryRole", ["GET"], name="graph.me_member_of_roles")
@routes.graph(
    "/me/transitiveMemberOf/microsoft.graph.directoryRole",
    ["GET"],
    name="graph.me_transitive_roles",
)
def get_my_roles(sim: Sim, request: Request, caller: str) -> Response:
    fields = select_fields(request, "directoryRole")
    roles = [o for o in _member_of(sim, caller) if o["@odata.type"].endswith(".directoryRole")]
    return collection(request, "directoryRoles", roles, fields)


@routes.graph("/organization", ["GET"])
def list_organization(sim: Sim, request: Request, caller: str) -> Response:
    fields = select_fields(request, "organization")
    with sim.state.lock:
        org = dict(sim.state.organization)
    return collection(request, "organization", [org], fields)


# ------------------------------------------------------------------------------- users, groups
def _user(sim: Sim, key: str) -> dict[str, Any]:
    """A copy of the user with id (or userPrincipalName) *key*, or Graph's 404."""
    with sim.state.lock:
        user = sim.state.users.get(key) or next(
            (u for u in sim.state.users.values() if u["userPrincipalName"].lower() == key.lower()),
            None,
        )
        if user is None:
            raise not_found(key)
        return dict(user)


@routes.graph("/users", ["GET"])
def list_users(sim: Sim, request: Request, caller: str) -> Response:
    with sim.state.lock:
        rows = [dict(u) for u in sim.state.users.values()]
    return read_list(request, "users", rows, USER_FILTER, USER_SEARCH, view=user_view)


@routes.graph("/users/<user_id>", ["GET"])
def get_user(sim: Sim, request: Request, caller: str, user_id: str) -> Response:
    return read_one(request, "users", "user", lambda: _user(sim, user_id), user_view)


@routes.graph("/groups", ["GET"])
def list_groups(sim: Sim, request: Request, caller: str) -> Response:
    with sim.state.lock:
        rows = [dict(g) for g in sim.state.groups.values()]
    return read_list(request, "groups", rows, GROUP_FILTER, GROUP_SEARCH)


@routes.graph("/groups/<group_id>", ["GET"])
def get_group(sim: Sim, request: Request, caller: str, group_id: str) -> Response:
    return read_one(
        request, "groups", "group", lambda: stored_copy(sim, sim.state.groups, group_id)
    )
