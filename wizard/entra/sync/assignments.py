"""Who is in the app's scope: searching users and groups, reading and adding role assignments."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.entra.graph import GraphClient, sp_path


@dataclass(frozen=True)
class Principal:
    id: str
    type: str  # "User" | "Group"
    display_name: str
    #: UPN (or mail) for users, description for groups.
    detail: str


@dataclass(frozen=True)
class Assignment:
    principal_id: str
    principal_type: str
    display_name: str
    app_role_id: str
    assignment_id: str | None = None


def _search_term(text: str) -> str:
    # Graph's $search clause is "property:term"; quotes and backslashes would end the clause.
    return " ".join(text.replace('"', " ").replace("\\", " ").split())


def search_principals(client: GraphClient, text: str, *, top: int = 20) -> list[Principal]:
    """Users then groups matching *text* (one page each, at most *top* of each).

    Uses ``$search`` with ``ConsistencyLevel: eventual`` (https://learn.microsoft.com/en-us/graph/aad-advanced-queries): a tokenized
    prefix match on display name, UPN and mail, which is what an admin expects from a picker.
    An empty text lists the first users and groups.
    """
    term = _search_term(text)
    top = max(1, min(int(top), 999))
    headers = {"ConsistencyLevel": "eventual"}
    found: list[Principal] = []
    for kind, path, select, props in (
        (
            "User",
            "/users",
            "id,displayName,userPrincipalName,mail",
            ("displayName", "userPrincipalName", "mail"),
        ),
        ("Group", "/groups", "id,displayName,description,mail", ("displayName", "mail")),
    ):
        params = {"$select": select, "$top": str(top)}
        if term:
            params["$search"] = " OR ".join(f'"{p}:{term}"' for p in props)
        response = client.request(
            "GET",
            path,
            operation=QT_TRANSLATE_NOOP("errors", "searching users and groups"),
            params=params,
            headers=headers,
        )
        try:
            rows = response.json().get("value") or []
        except (ValueError, AttributeError):
            rows = []
        for row in rows:
            if not isinstance(row, dict) or not row.get("id"):
                continue
            if kind == "User":
                detail = str(row.get("userPrincipalName") or row.get("mail") or "")
            else:
                detail = str(row.get("description") or row.get("mail") or "")
            found.append(Principal(str(row["id"]), kind, str(row.get("displayName") or ""), detail))
    return found


def current_assignments(client: GraphClient, sp_id: str) -> list[Assignment]:
    """Who is assigned to the app now (``GET /servicePrincipals/{id}/appRoleAssignedTo``)."""
    rows = client.get_all(
        f"{sp_path(sp_id)}/appRoleAssignedTo",
        operation=QT_TRANSLATE_NOOP("errors", "reading who is assigned to the app"),
    )
    return [
        Assignment(
            principal_id=str(r.get("principalId") or ""),
            principal_type=str(r.get("principalType") or ""),
            display_name=str(r.get("principalDisplayName") or ""),
            app_role_id=str(r.get("appRoleId") or ""),
            assignment_id=str(r["id"]) if r.get("id") else None,
        )
        for r in rows
    ]


def assign(client: GraphClient, sp_id: str, assignment: Assignment) -> Assignment:
    """``POST /servicePrincipals/{id}/appRoleAssignedTo`` (201 → the new assignment)."""
    body = client.post(
        f"{sp_path(sp_id)}/appRoleAssignedTo",
        {
            "principalId": assignment.principal_id,
            "resourceId": sp_id,
            "appRoleId": assignment.app_role_id,
        },
        operation=QT_TRANSLATE_NOOP("errors", "assigning users and groups to the app"),
    )
    return Assignment(
        principal_id=str(body.get("principalId") or assignment.principal_id),
        principal_type=str(body.get("principalType") or assignment.principal_type),
        display_name=str(body.get("principalDisplayName") or assignment.display_name),
        app_role_id=str(body.get("appRoleId") or assignment.app_role_id),
        assignment_id=str(body["id"]) if body.get("id") else None,
    )
