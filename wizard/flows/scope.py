"""The reads behind the Scope page (who is provisioned, with which app role): the app's roles,
who is assigned now, the attribute mappings the job has (or its template will give it), and the
user and group search. Nothing here writes; the choices become
:class:`wizard.flows.setup.SetupInputs`. Every function blocks: call it on a worker thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.entra import gallery
from wizard.entra.graph import GraphClient, sp_path
from wizard.entra.sync.assignments import (
    Assignment,
    Principal,
    current_assignments,
    search_principals,
)
from wizard.entra.sync.jobs import choose_template
from wizard.entra.sync.mappings import (
    MATCHING_PITFALL,
    AttributeMapping,
    compare_mappings,
    effective_mappings,
    user_mappings,
)
from wizard.entra.sync.roles import AppRole, assignable_roles, read_service_principal

__all__ = [
    "MATCHING_PITFALL",
    "AppRole",
    "Assignment",
    "AttributeMapping",
    "Chosen",
    "Loaded",
    "MappingRow",
    "Principal",
    "for_new_app",
    "offered_roles",
    "read_app",
    "search",
    "valid_email",
]

#: Deliberately simple: one @, a dot in the domain, no spaces. Entra itself checks further.
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")

OP_SCHEMA = QT_TRANSLATE_NOOP("errors", "reading the app's attribute mappings")

#: (recommended row, the row in the job or template or None, "same" | "different" | "missing")
MappingRow = tuple[AttributeMapping, AttributeMapping | None, str]


@dataclass
class Loaded:
    """What the Scope page shows about the app when it is entered."""

    roles: list[AppRole]
    assignments: list[Assignment]
    mappings: list[MappingRow] | None
    #: The app offers no assignable role (only "Default Access"); the page says why.
    role_error: WizardError | None = None
    job_id: str | None = None


#: The SAML role Entra adds to gallery apps for single sign-on. It is not the role Cisco's and
#: Microsoft's provisioning guide assigns ("User"), and to an admin it is a raw value:
#: https://learn.microsoft.com/entra/identity/saas-apps/cisco-webex-provisioning-tutorial
SSO_ONLY_ROLE = "msiam_access"


def offered_roles(roles: list[AppRole]) -> list[AppRole]:
    """The roles the Scope page offers: never Default Access (assignable_roles drops it) and
    never msiam_access — unless it is all the app has."""
    kept = [r for r in roles if r.display_name.lower() != SSO_ONLY_ROLE]
    return kept or roles


def for_new_app(role_name: str) -> Loaded:
    """What the Scope page shows for the app Apply is going to add: nobody is assigned yet, its
    one provisioning role is *role_name*, its mappings are the gallery app's defaults (read once
    it exists). The role's id is found by name after the app is added."""
    return Loaded([AppRole("", role_name, "")], [], None)


def read_app(client: GraphClient, sp_id: str) -> Loaded:
    """Roles, current assignments, and the mappings the job has (or, before the job exists, the
    ones its template will give it)."""
    sp = read_service_principal(client, sp_id)
    role_error: WizardError | None = None
    try:
        roles = offered_roles(assignable_roles(sp))
    except WizardError as err:
        roles, role_error = [], err
    assignments = current_assignments(client, sp_id)
    jobs = gallery.jobs_of(client, sp_id)
    job_id = jobs[0].id if jobs else None
    if job_id:
        effective = effective_mappings(client, sp_id, job_id)
    else:
        template_id = choose_template(client, sp_id)
        schema = client.get(
            f"{sp_path(sp_id)}/synchronization/templates/{quote(template_id, safe='')}/schema",
            operation=OP_SCHEMA,
        )
        effective = user_mappings(schema)
    return Loaded(roles, assignments, compare_mappings(effective), role_error, job_id)


def search(client: GraphClient, text: str, *, top: int) -> list[Principal]:
    """Users then groups matching *text* (at most *top* of each)."""
    return search_principals(client, text, top=top)


def valid_email(text: str) -> bool:
    """Good enough to send failure notifications to (Entra checks further)."""
    return bool(EMAIL_RE.match(text.strip()))


@dataclass
class Chosen:
    """The principals the admin picked, in order (the first user is the on-demand test user)."""

    items: list[Principal] = field(default_factory=list)

    def ids(self) -> list[str]:
        return [p.id for p in self.items]

    def add(self, principal: Principal) -> None:
        if principal.id not in self.ids():
            self.items.append(principal)

    def test_user(self) -> Principal | None:
        return next((p for p in self.items if p.type == "User"), None)
