"""Delegated permissions each simulated Graph call requires, from Microsoft's API pages.

Each entry is what the "Permissions" table of the call's Microsoft Learn page lists for
"Delegated (work or school account)": the least privileged permission(s) and the higher
privileged ones, as alternatives; an alternative with two names ("AppRoleAssignment.ReadWrite.All
and Application.Read.All") needs both. A token holding none of the alternatives gets Graph's 403
``Authorization_RequestDenied`` (https://learn.microsoft.com/en-us/graph/errors). An empty tuple
means the page says no permission is needed beyond a valid Graph token.

One choice of the simulator, not a published rule: a permission also satisfies the ones it
contains (``X.ReadWrite.All`` contains ``X.Read.All``; ``User.Read.All`` contains
``User.ReadBasic.All`` and ``User.Read``), as the permissions reference describes each broader
permission as a superset (https://learn.microsoft.com/en-us/graph/permissions-reference).

The same table, as prose, is in docs/simulator-strictness.md; keep both in step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LEARN = "https://learn.microsoft.com/en-us/graph/api/"


@dataclass(frozen=True)
class Requirement:
    #: Alternatives, least privileged first; each is a set of permissions needed together.
    alternatives: tuple[frozenset[str], ...]
    #: The Microsoft Learn page the alternatives come from.
    source: str

    def satisfied_by(self, scopes: Iterable[str]) -> bool:
        held = effective(scopes)
        return not self.alternatives or any(alt <= held for alt in self.alternatives)

    def least(self) -> str:
        return " and ".join(sorted(self.alternatives[0])) if self.alternatives else ""


def _req(page: str, *alternatives: str) -> Requirement:
    return Requirement(
        tuple(frozenset(a.split(" and ")) for a in alternatives), LEARN + page
    )


_APP_READ = (
    "Application.Read.All",
    "Application.ReadWrite.All",
    "Directory.Read.All",
    "Directory.ReadWrite.All",
)
_APP_WRITE = ("Application.ReadWrite.All", "Directory.ReadWrite.All")
_SYNC_READ = ("Synchronization.Read.All", "Synchronization.ReadWrite.All")
_SYNC_WRITE = ("Synchronization.ReadWrite.All",)
_USERS_READ = (
    "User.ReadBasic.All",
    "User.Read.All",
    "User.ReadWrite.All",
    "Directory.Read.All",
    "Directory.ReadWrite.All",
)
_GROUPS_READ = (
    "GroupMember.Read.All",
    "Group.Read.All",
    "Directory.Read.All",
    "Group.ReadWrite.All",
    "Directory.ReadWrite.All",
)
_SP = "/servicePrincipals/<sp_id>"

#: "METHOD pattern" (pattern under /v1.0; service-principal routes in their id form) -> rule.
REQUIREMENTS: dict[str, Requirement] = {
    "GET /applicationTemplates": _req("applicationtemplate-list"),
    "GET /applicationTemplates/<template_id>": _req("applicationtemplate-get"),
    "POST /applicationTemplates/<template_id>/instantiate": _req(
        "applicationtemplate-instantiate", *_APP_WRITE
    ),
    "GET /servicePrincipals": _req("serviceprincipal-list", *_APP_READ),
    f"GET {_SP}": _req("serviceprincipal-get", *_APP_READ),
    f"PATCH {_SP}": _req("serviceprincipal-update", *_APP_WRITE),
    f"DELETE {_SP}": _req("serviceprincipal-delete", *_APP_WRITE),
    f"GET {_SP}/appRoleAssignedTo": _req("serviceprincipal-list-approleassignedto", *_APP_READ),
    f"POST {_SP}/appRoleAssignedTo": _req(
        "serviceprincipal-post-approleassignedto",
        "AppRoleAssignment.ReadWrite.All and Application.Read.All",
        "AppRoleAssignment.ReadWrite.All and Directory.Read.All",
    ),
    f"DELETE {_SP}/appRoleAssignedTo/<assignment_id>": _req(
        "serviceprincipal-delete-approleassignedto",
        "AppRoleAssignment.ReadWrite.All",
        "Directory.ReadWrite.All",
    ),
    f"GET {_SP}/synchronization/templates": _req(
        "synchronization-synchronization-list-templates", *_SYNC_READ
    ),
    f"GET {_SP}/synchronization/templates/<template_id>/schema": _req(
        "synchronization-synchronizationschema-get", *_SYNC_READ
    ),
    f"GET {_SP}/synchronization/jobs": _req("synchronization-synchronization-list-jobs", *_SYNC_READ),
    f"POST {_SP}/synchronization/jobs": _req(
        "synchronization-synchronization-post-jobs", *_SYNC_WRITE
    ),
    f"GET {_SP}/synchronization/jobs/<job_id>": _req(
        "synchronization-synchronizationjob-get", *_SYNC_READ
    ),
    f"DELETE {_SP}/synchronization/jobs/<job_id>": _req(
        "synchronization-synchronizationjob-delete", *_SYNC_WRITE
    ),
    f"GET {_SP}/synchronization/jobs/<job_id>/schema": _req(
        "synchronization-synchronizationschema-get", *_SYNC_READ
    ),
    f"POST {_SP}/synchronization/jobs/<job_id>/start": _req(
        "synchronization-synchronizationjob-start", *_SYNC_WRITE
    ),
    f"POST {_SP}/synchronization/jobs/<job_id>/pause": _req(
        "synchronization-synchronizationjob-pause", *_SYNC_WRITE
    ),
    f"POST {_SP}/synchronization/jobs/<job_id>/restart": _req(
        "synchronization-synchronizationjob-restart", *_SYNC_WRITE
    ),
    f"POST {_SP}/synchronization/jobs/<job_id>/validateCredentials": _req(
        "synchronization-synchronizationjob-validatecredentials", *_SYNC_WRITE
    ),
    f"POST {_SP}/synchronization/jobs/validateCredentials": _req(
        "synchronization-synchronizationjob-validatecredentials", *_SYNC_WRITE
    ),
    f"POST {_SP}/synchronization/jobs/<job_id>/provisionOnDemand": _req(
        "synchronization-synchronizationjob-provisionondemand", *_SYNC_WRITE
    ),
    f"PUT {_SP}/synchronization/secrets": _req(
        "synchronization-serviceprincipal-put-synchronization", *_SYNC_WRITE
    ),
    # Reading the saved set is Microsoft's own procedure before adding keys (skip-out-of-scope-
    # deletions); no page of its own lists a permission, so it is held to the write's.
    f"GET {_SP}/synchronization/secrets": _req(
        "synchronization-serviceprincipal-put-synchronization", *_SYNC_WRITE
    ),
    "GET /me": _req(
        "user-get",
        "User.Read",
        "User.ReadWrite",
        "User.ReadBasic.All",
        "User.Read.All",
        "User.ReadWrite.All",
        "Directory.Read.All",
        "Directory.ReadWrite.All",
    ),
    "GET /me/memberOf": _req(
        "user-list-memberof",
        "User.Read",
        "Directory.Read.All",
        "Directory.ReadWrite.All",
        "GroupMember.Read.All",
    ),
    "GET /me/transitiveMemberOf": _req(
        "user-list-transitivememberof",
        "User.Read",
        "Directory.Read.All",
        "Directory.ReadWrite.All",
        "Group.Read.All",
        "GroupMember.Read.All",
        "User.Read.All",
    ),
    "GET /organization": _req(
        "organization-list",
        "User.Read",
        "Organization.Read.All",
        "Directory.Read.All",
        "Organization.ReadWrite.All",
        "Directory.ReadWrite.All",
    ),
    "GET /users": _req("user-list", *_USERS_READ),
    "GET /users/<user_id>": _req("user-get", *_USERS_READ),
    "GET /groups": _req("group-list", *_GROUPS_READ),
    "GET /groups/<group_id>": _req("group-get", *_GROUPS_READ),
}
# The cast segment (…/microsoft.graph.directoryRole) filters the same relationship.
REQUIREMENTS["GET /me/memberOf/microsoft.graph.directoryRole"] = REQUIREMENTS["GET /me/memberOf"]
REQUIREMENTS["GET /me/transitiveMemberOf/microsoft.graph.directoryRole"] = REQUIREMENTS[
    "GET /me/transitiveMemberOf"
]

#: What each permission contains besides itself (the simulator's choice, see the docstring).
_CONTAINS: dict[str, tuple[str, ...]] = {
    "User.Read.All": ("User.ReadBasic.All", "User.Read"),
    "User.ReadWrite.All": ("User.Read.All", "User.ReadBasic.All", "User.Read"),
    "User.ReadBasic.All": ("User.Read",),
    "User.ReadWrite": ("User.Read",),
    "Group.ReadWrite.All": ("Group.Read.All", "GroupMember.Read.All"),
    "Group.Read.All": ("GroupMember.Read.All",),
    "Application.ReadWrite.All": ("Application.Read.All",),
    "Synchronization.ReadWrite.All": ("Synchronization.Read.All",),
    "Directory.ReadWrite.All": ("Directory.Read.All",),
    "Organization.ReadWrite.All": ("Organization.Read.All",),
}


def effective(scopes: Iterable[str]) -> frozenset[str]:
    """The permissions a token's scopes grant, containment included."""
    held = set(scopes)
    for name in list(held):
        held.update(_CONTAINS.get(name, ()))
    return frozenset(held)


_ALTERNATE_KEY = "(appId='<app_id>')"


def key(method: str, pattern: str) -> str:
    """The table key of a route: the alternate-key form of a service principal maps to its id form."""
    return f"{method} {pattern.replace(_ALTERNATE_KEY, '/<sp_id>')}"


def requirement(method: str, pattern: str) -> Requirement:
    """The rule for a declared route; a Graph route without one is a declaration error."""
    try:
        return REQUIREMENTS[key(method, pattern)]
    except KeyError:
        raise ValueError(f"no delegated-permission rule for Graph route {key(method, pattern)}") from None
