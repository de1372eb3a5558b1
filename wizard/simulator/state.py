"""The simulated world: one Entra tenant and one Webex organization, shared by every route.

Everything lives in plain dicts shaped like the documented JSON, so a route can return an
object as it is stored. One re-entrant lock guards all of it: the server is threaded, and the
simulated provisioning engine writes to Webex's SCIM store from inside a Graph request.
"""

from __future__ import annotations

import base64
import copy
import functools
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wizard.core.endpoints import IDENTITY_INTEGRATION_APP_ID
from wizard.simulator.scopes import SEEDED_SCOPES

#: Well-known directory role template ids (the same in every tenant).
ROLE_GLOBAL_ADMIN = "62e90394-69f5-4237-9190-012177145e10"
ROLE_APPLICATION_ADMIN = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"
ROLE_CLOUD_APPLICATION_ADMIN = "158c047a-c907-4556-b7ef-446551a6b5f7"
ROLE_USER_ADMIN = "fe930be7-5e62-47db-91af-98c3a49a38b1"
ROLE_NAMES = {
    ROLE_GLOBAL_ADMIN: "Global Administrator",
    ROLE_APPLICATION_ADMIN: "Application Administrator",
    ROLE_CLOUD_APPLICATION_ADMIN: "Cloud Application Administrator",
    ROLE_USER_ADMIN: "User Administrator",
}
DEFAULT_ACCESS_ROLE_ID = "00000000-0000-0000-0000-000000000000"
#: Base64 of ciscospark://us/ROLE/id_full_admin (docs/webex.md#org-id-and-role).
WEBEX_FULL_ADMIN_ROLE = "Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg"

DEMO_PASSWORD = "demo-password"  # shown prefilled on the sign-in forms; not a secret


def new_id() -> str:
    return str(uuid.uuid4())


def iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


@dataclass
class WriteRecord:
    at: float
    service: str  # "graph" | "scim"
    method: str
    path: str


@dataclass
class Faults:
    """What the active scenario breaks. Routes consult this; tests may tweak it directly."""

    #: Seconds a newly created service principal (and its sync templates) read as 404.
    replication_delay: float = 0.0
    #: Route-group name -> number of 429 answers still to give before succeeding.
    throttle_remaining: dict[str, int] = field(default_factory=dict)
    throttle_retry_after: int = 1
    #: Route groups that answer 503 ("webex" covers people + SCIM; "graph" all of Graph).
    outage: set[str] = field(default_factory=set)
    #: The consent page's "Cancel" is clicked for the admin (consent-declined scenario).
    consent_declined: bool = False
    #: Seconds of extra latency per route group ("*" applies to all).
    latency: dict[str, float] = field(default_factory=dict)
    #: Per-route faults (the fault matrix): key = route endpoint name or ``"METHOD pattern"``,
    #: value = the faults still to inject, in order, one per matching call. Each entry is one of
    #: "429" (Retry-After ``route_retry_after``), "503" (Retry-After 30, like an outage),
    #: "500" (the handler runs and its change is kept, the answer is 500 UnknownError),
    #: "403" (refused before the handler runs, Authorization_RequestDenied),
    #: "timeout" (the handler runs, the answer comes after ``route_timeout_seconds``: the client
    #: has given up but the change was made), "reset" (the connection is dropped before the
    #: handler runs) or "malformed" (the handler runs, the answer is 200 with invalid JSON).
    #: A trailing ``"*"`` ("503*") makes an entry persistent: it fires on every later call.
    route_faults: dict[str, list[str]] = field(default_factory=dict)
    route_retry_after: int = 1
    route_timeout_seconds: float = 2.0
    #: (key, fault) for every injected per-route fault, in order: what fired, how often.
    route_faults_fired: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class IssuedToken:
    kind: str  # "graph" | "webex" | "refresh"
    subject: str  # user/person id
    expires_at: float
    scopes: tuple[str, ...] = ()
    revoked: bool = False
    client_id: str = ""

    def valid(self, now: float) -> bool:
        return not self.revoked and now < self.expires_at


class SimState:
    """The whole world. Mutate only under ``lock``."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.faults = Faults()
        self.write_log: list[WriteRecord] = []
        self.tokens: dict[str, IssuedToken] = {}
        # OAuth transient state: auth codes and device codes.
        self.auth_codes: dict[str, dict[str, Any]] = {}
        self.device_codes: dict[str, dict[str, Any]] = {}

        # --- Entra tenant -------------------------------------------------------------
        self.tenant_id = new_id()
        self.organization = {
            "id": self.tenant_id,
            "displayName": "Contoso (demo)",
            "verifiedDomains": [
                {
                    "capabilities": "Email, OfficeCommunicationsOnline",
                    "isDefault": True,
                    "isInitial": True,
                    "name": "contoso.onmicrosoft.com",
                    "type": "Managed",
                }
            ],
            "tenantType": "AAD",
        }
        self.users: dict[str, dict[str, Any]] = {}
        self.groups: dict[str, dict[str, Any]] = {}
        self.group_members: dict[str, list[str]] = {}
        #: user id -> role template ids held (directory roles of the signed-in user).
        self.role_assignments: dict[str, set[str]] = {}
        self.admin_id = self._seed_directory()

        self.application_templates: dict[str, dict[str, Any]] = {}
        self.applications: dict[str, dict[str, Any]] = {}
        self.service_principals: dict[str, dict[str, Any]] = {}
        #: sp id -> created_at, for the replication delay.
        self.sp_created: dict[str, float] = {}
        #: sp id -> list of appRoleAssignment dicts
        self.assignments: dict[str, list[dict[str, Any]]] = {}
        #: sp id -> {"templates": [...], "jobs": {job_id: job}, "secrets": [...]}
        self.sync: dict[str, dict[str, Any]] = {}
        self._seed_gallery()
        self.identity_integration_sp_id = self._add_identity_integration()

        # --- Webex organization -------------------------------------------------------
        self.webex_org_id = new_id()
        self.webex_people: dict[str, dict[str, Any]] = {}
        self.webex_admin_id = self.add_webex_person(
            "Adele Admin", "admin@contoso.example", roles=[WEBEX_FULL_ADMIN_ROLE]
        )

    def _seed_directory(self) -> str:
        """The admin (a Global Administrator), six colleagues and two groups; the admin's id."""
        admin_id = self.add_user("Adele Admin", "admin", given="Adele", surname="Admin")
        self.role_assignments[admin_id] = {ROLE_GLOBAL_ADMIN}
        for given, surname, title in (
            ("Alex", "Wilber", "Marketing Assistant"),
            ("Megan", "Bowen", "Marketing Manager"),
            ("Lee", "Gu", "Director"),
            ("Miyu", "Sato", "Engineer"),
            ("Jisoo", "Kim", "Designer"),
            ("Wei", "Zhang", "Accountant"),
        ):
            self.add_user(f"{given} {surname}", f"{given}{surname[0]}".lower(), given=given, surname=surname, title=title)
        self.add_group("Webex Users", "All staff who use Webex")
        self.add_group("Sales", "Sales team")
        return admin_id

    # ---------------------------------------------------------------- helpers: time, log
    def now(self) -> float:
        return self.clock()

    def record_write(self, service: str, method: str, path: str) -> None:
        with self.lock:
            self.write_log.append(WriteRecord(self.now(), service, method, path))

    # ---------------------------------------------------------------- directory objects
    @staticmethod
    def _add_object(table: dict[str, dict[str, Any]], properties: dict[str, Any]) -> str:
        """Store a new object in *table* under a new id (its first property); the id."""
        object_id = new_id()
        table[object_id] = {"id": object_id, **properties}
        return object_id

    def add_user(
        self, name: str, alias: str, *, given: str = "", surname: str = "", title: str | None = None
    ) -> str:
        domain = self.organization["verifiedDomains"][0]["name"]
        user = {
            "displayName": name,
            "givenName": given or None,
            "surname": surname or None,
            "jobTitle": title,
            "mail": f"{alias}@contoso.example",
            "userPrincipalName": f"{alias}@{domain}",
            "usageLocation": "US",
            "city": "Redmond",
            "accountEnabled": True,
        }
        return self._add_object(self.users, user)

    def add_group(self, name: str, description: str) -> str:
        group = {
            "displayName": name,
            "description": description,
            "mailEnabled": False,
            "securityEnabled": True,
            "mailNickname": name.lower().replace(" ", "-"),
            "groupTypes": [],
        }
        gid = self._add_object(self.groups, group)
        self.group_members[gid] = []
        return gid

    def _seed_gallery(self) -> None:
        # Ids are random per run on purpose: the product must never hard-code them.
        for name, publisher, provisioning in (
            ("Cisco Webex", "Cisco Systems, Inc.", ["sync"]),
            ("Cisco Webex Meetings", "Cisco Systems, Inc.", []),
            ("Cisco Webex Control Hub", "Cisco Systems, Inc.", []),
            ("Slack", "Slack Technologies", ["sync"]),
        ):
            template = {
                "displayName": name,
                "homePageUrl": "https://www.webex.com/" if "Webex" in name else "https://slack.com/",
                "supportedSingleSignOnModes": ["saml", "external"],
                "supportedProvisioningTypes": provisioning,
                "logoUrl": f"https://az495088.vo.msecnd.net/app-logo/{name.lower().replace(' ', '')}_215.png",
                "categories": ["collaboration", "productivity"],
                "publisher": publisher,
                "description": f"{name} gallery application (simulated).",
            }
            self._add_object(self.application_templates, template)

    def template_by_name(self, name: str) -> dict[str, Any] | None:
        for tpl in self.application_templates.values():
            if tpl["displayName"] == name:
                return tpl
        return None

    def _add_identity_integration(self) -> str:
        return self.add_service_principal(
            app_id=IDENTITY_INTEGRATION_APP_ID,
            display_name="Cisco Webex Identity Integration",
            template_id=None,
            app_roles=[],
            replicated=True,
        )

    def add_service_principal(
        self,
        *,
        app_id: str,
        display_name: str,
        template_id: str | None,
        app_roles: list[dict[str, Any]],
        replicated: bool = False,
        tags: list[str] | None = None,
    ) -> str:
        sp = {
            "appId": app_id,
            "appDisplayName": display_name,
            "displayName": display_name,
            "applicationTemplateId": template_id,
            "accountEnabled": True,
            "appRoleAssignmentRequired": True,
            "appRoles": app_roles,
            "servicePrincipalType": "Application",
            "tags": tags if tags is not None else ["WindowsAzureActiveDirectoryIntegratedApp"],
            "preferredSingleSignOnMode": None,
            "signInAudience": "AzureADMultipleOrgs",
        }
        sp_id = self._add_object(self.service_principals, sp)
        self.sp_created[sp_id] = 0.0 if replicated else self.now()
        self.assignments[sp_id] = []
        return sp_id

    def sp_visible(self, sp_id: str) -> bool:
        """False while a new service principal is still "replicating" (eventual consistency)."""
        created = self.sp_created.get(sp_id)
        if created is None or sp_id not in self.service_principals:
            return False
        return self.now() - created >= self.faults.replication_delay

    def webex_app_roles(self) -> list[dict[str, Any]]:
        return [
            {
                "allowedMemberTypes": ["User"],
                "description": name,
                "displayName": name,
                "id": new_id(),
                "isEnabled": True,
                "origin": "Application",
                "value": None,
            }
            for name in ("User", "msiam_access")
        ]

    # ---------------------------------------------------------------- webex
    def add_webex_person(self, name: str, email: str, roles: list[str]) -> str:
        raw = f"ciscospark://us/PEOPLE/{new_id()}".encode()
        pid = base64.b64encode(raw).decode().rstrip("=")
        self.webex_people[pid] = {
            "id": pid,
            "emails": [email],
            "displayName": name,
            "firstName": name.split()[0],
            "lastName": name.split()[-1],
            "orgId": self.webex_org_hydra_id(),
            "roles": roles,
            "created": iso(self.now() - 86400 * 400),
            "type": "person",
        }
        return pid

    def webex_org_hydra_id(self) -> str:
        raw = f"ciscospark://us/ORGANIZATION/{self.webex_org_id}".encode()
        return base64.b64encode(raw).decode().rstrip("=")

    # ---------------------------------------------------------------- tokens
    def issue_token(
        self,
        kind: str,
        subject: str,
        lifetime: float,
        scopes: tuple[str, ...] | None = None,
        client_id: str = "",
    ) -> str:
        if scopes is None:  # a seeded token: see wizard/simulator/scopes.py
            scopes = SEEDED_SCOPES.get(kind, ())
        if kind == "webex":
            # Shape of real Webex user tokens: <base64>_<cluster>_<orgUUID> (docs/webex.md#token).
            token = f"{secrets.token_urlsafe(48)}_P0A1_{self.webex_org_id}"
        else:
            token = secrets.token_urlsafe(64)
        with self.lock:
            self.tokens[token] = IssuedToken(kind, subject, self.now() + lifetime, scopes, False, client_id)
        return token

    def token_info(self, token: str, kind: str) -> IssuedToken | None:
        info = self.tokens.get(token)
        if info is None or info.kind != kind:
            return None
        return info

    def snapshot(self) -> dict[str, Any]:
        """A deep copy for tests: assert on the world without racing the server."""
        with self.lock:
            return copy.deepcopy(
                {
                    "service_principals": self.service_principals,
                    "applications": self.applications,
                    "assignments": self.assignments,
                    "sync": self.sync,
                    "write_log": [w.__dict__ for w in self.write_log],
                }
            )

    # ---------------------------------------------------------------- gallery + sync model
    #: The job template the simulated Cisco Webex app offers. Not the real one (unknown,
    #: docs/entra-graph.md#not-published): the product discovers it at run time.
    WEBEX_SYNC_TEMPLATE_ID = "ciscoWebexSim"
    WEBEX_WEBEX_TOKEN_LIFETIME = 3887999  # seconds, as in the real redirect (≈45 days)

    def instantiate_template(self, template_id: str, display_name: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """What POST /applicationTemplates/{id}/instantiate does: an application + its SP."""
        with self.lock:
            tpl = self.application_templates[template_id]
            app_id = new_id()
            roles = self.webex_app_roles() if tpl["displayName"] == "Cisco Webex" else []
            app = {
                "appId": app_id,
                "applicationTemplateId": template_id,
                "displayName": display_name,
                "createdDateTime": iso(self.now()),
                "signInAudience": "AzureADMyOrg",
                "appRoles": roles,
                "tags": [],
            }
            app = self.applications[self._add_object(self.applications, app)]
            sp_id = self.add_service_principal(
                app_id=app_id,
                display_name=display_name,
                template_id=template_id,
                app_roles=roles,
            )
            if "sync" in tpl["supportedProvisioningTypes"]:
                self.sync[sp_id] = {
                    "templates": [self._sync_template(app_id)],
                    "jobs": {},
                    "secrets": [],
                }
            return app, self.service_principals[sp_id]

    def _sync_template(self, app_id: str) -> dict[str, Any]:
        return {
            "id": self.WEBEX_SYNC_TEMPLATE_ID,
            "applicationId": app_id,
            "default": True,
            "description": "Provision users and groups to Cisco Webex (simulated connector).",
            "discoverable": True,
            "factoryTag": self.WEBEX_SYNC_TEMPLATE_ID,
            "metadata": [],
        }

    def new_job(self, sp_id: str, template_id: str) -> dict[str, Any]:
        with self.lock:
            job_id = f"{template_id}.{uuid.uuid4().hex}.{uuid.uuid4().hex[:12]}"
            job = {
                "id": job_id,
                "templateId": template_id,
                "schedule": {
                    "expiration": None,
                    "interval": "PT40M",
                    "state": "Disabled",
                },
                "status": {
                    "code": "NotConfigured",
                    "countSuccessiveCompleteFailures": 0,
                    "escrowsPruned": False,
                    "lastExecution": None,
                    "lastSuccessfulExecution": None,
                    "lastSuccessfulExecutionWithExports": None,
                    "progress": [],
                    "quarantine": None,
                    "steadyStateFirstAchievedTime": "0001-01-01T00:00:00Z",
                    "steadyStateLastAchievedTime": "0001-01-01T00:00:00Z",
                    "synchronizedEntryCountByType": [],
                    "troubleshootingUrl": None,
                },
                "synchronizationJobSettings": [
                    {"name": "QuarantineTooManyDeletesThreshold", "value": "500"}
                ],
            }
            self.sync[sp_id]["jobs"][job_id] = job
            return job

    def quarantine_job(self, sp_id: str, job_id: str, reason: str, code: str, message: str) -> None:
        with self.lock:
            job = self.sync[sp_id]["jobs"][job_id]
            now = iso(self.now())
            job["schedule"]["state"] = "Active"
            job["status"]["code"] = "Quarantine"
            job["status"]["countSuccessiveCompleteFailures"] = 3
            job["status"]["quarantine"] = {
                "currentBegan": now,
                "nextAttempt": iso(self.now() + 3600),
                "reason": reason,
                "seriesBegan": now,
                "seriesCount": 3,
                "error": {"code": code, "message": message, "tenantActionable": True},
            }

    def webex_sp_ids(self) -> list[str]:
        with self.lock:
            return [
                sp_id
                for sp_id, sp in self.service_principals.items()
                if sp.get("applicationTemplateId")
                and self.application_templates.get(sp["applicationTemplateId"], {}).get("displayName") == "Cisco Webex"
            ]

    # ---------------------------------------------------------------- entra sign-in (entra/)
    @functools.cached_property
    def entra_auth(self) -> EntraAuthData:
        """Sign-in sessions, consent grants and token lifetimes of the simulated Entra ID."""
        return EntraAuthData()


@dataclass
class EntraAuthData:
    """What the real Entra ID keeps about sign-ins: sessions, consent grants, lifetimes.

    Lifetimes are fields so a test can shorten them (e.g. an access token that MSAL already
    considers expired) instead of waiting an hour. Mutate only under ``SimState.lock``.
    """

    access_token_lifetime: float = 3600.0
    refresh_token_lifetime: float = 90 * 86400.0
    code_lifetime: float = 600.0
    device_code_lifetime: float = 900.0
    #: (client_id, user id or "AllPrincipals") -> consented Graph permission names.
    grants: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    #: Session cookie value -> signed-in user id (the ESTSAUTH cookie of the real service).
    sessions: dict[str, str] = field(default_factory=dict)
    #: One-time ticket between the sign-in form and the consent page -> request context.
    tickets: dict[str, dict[str, Any]] = field(default_factory=dict)
