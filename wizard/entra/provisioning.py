"""Provisioning service layer: roles, principals, the job, its status, on-demand runs, mappings.

Everything the admin does today on the Cisco Webex app's *Provisioning* tab and *Users and
groups* page, as Graph v1.0 calls (research/entra-graph.md §2, §6; seeds/DIGEST.md 003–004):

* **Roles**: a real application role from the service principal's ``appRoles``. The all-zero
  *Default Access* role is never offered: "Users with the Default Access role are excluded from
  provisioning" (Microsoft's Cisco Webex tutorial).
* **Templates** are chosen at run time (``default: true``, else the only one, else the admin
  picks): the Cisco Webex template id is not published (research §7 item 2).
* **provisionOnDemand** answers a ``stringKeyStringValuePair`` whose ``key`` and ``value`` are
  JSON *strings* (GDC provisionondemand page); :func:`parse_on_demand` reads them defensively and
  never raises. The documented limit is 5 calls per 10 s: a client-side window keeps us under
  it, and a 429 is waited out (bounded) before it becomes :meth:`ProvisioningError.throttled`.
* **Mappings** are read from the job schema and compared with the seeds' table; nothing here
  changes them (changing mappings must be an explicit admin action).

No Qt. Every function blocks and is meant for a worker thread or the CLI.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, Cancelled, WizardError
from wizard.entra.graph import (
    GraphClient,
    GraphThrottled,
    StopWaiting,
    interruptible_sleep,
    sp_path,
)

log = logging.getLogger("wizard.entra.provisioning")

DEFAULT_ACCESS_ROLE_ID = "00000000-0000-0000-0000-000000000000"
#: provisionOnDemand: "The rate limit for this API is 5 requests per 10 seconds." (GDC)
ON_DEMAND_LIMIT = 5
ON_DEMAND_WINDOW = 10.0
#: Longest Retry-After the on-demand call waits out by itself before asking the admin.
ON_DEMAND_MAX_WAIT = 30.0


# ------------------------------------------------------------------------------------ errors
class ProvisioningError(WizardError):
    """Failures of the provisioning setup, each with what / why / what to do next."""

    @classmethod
    def credentials_rejected(
        cls, reason: str, tenant_url: str, correlation: MappingABC[str, str] | None = None
    ) -> ProvisioningError:
        return cls(
            what=QT_TRANSLATE_NOOP(
                "errors", "Entra ID could not connect to Webex (Test Connection failed)."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "Entra's provisioning service tried the tenant URL {tenant_url} with the Webex "
                "token and answered: {reason}",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "The Webex account must be a full administrator of the organization, and the "
                "tenant URL must name that organization. Go Back to the Webex sign-in, sign in "
                "with a full admin and retry. Nothing was saved in Entra ID.",
            ),
            params={"reason": reason or "no reason given", "tenant_url": tenant_url},
            correlation=dict(correlation or {}),
            code="provisioning.credentials_rejected",
        )

    @classmethod
    def no_assignable_role(cls, app_name: str, default_only: bool) -> ProvisioningError:
        if default_only:
            what = QT_TRANSLATE_NOOP(
                "errors", 'The app "{app}" offers only the Default Access role.'
            )
            why = QT_TRANSLATE_NOOP(
                "errors",
                "Users and groups assigned with Default Access are excluded from provisioning "
                "(Microsoft's Cisco Webex tutorial), so nobody would reach Webex.",
            )
            code = "provisioning.default_access_only"
        else:
            what = QT_TRANSLATE_NOOP(
                "errors", 'The app "{app}" has no role that users can be assigned.'
            )
            why = QT_TRANSLATE_NOOP(
                "errors",
                "None of its application roles is enabled for users and groups, and the "
                "Default Access role is excluded from provisioning.",
            )
            code = "provisioning.no_assignable_role"
        return cls(
            what=what,
            why=why,
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Check the app in the Entra admin center (App registrations > the app > App "
                'roles): it should offer a role such as "User". If someone removed it, delete '
                "the app and let the wizard add it again from the gallery. Nothing was changed.",
            ),
            params={"app": app_name},
            code=code,
        )

    @classmethod
    def default_access_only(cls, user: str) -> ProvisioningError:
        """The test user is assigned, but only with Default Access (found by provisionOnDemand)."""
        return cls(
            what=QT_TRANSLATE_NOOP(
                "errors", "{user} was not provisioned: assigned with Default Access only."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "Entra skips users whose only role on the app is Default Access; they are "
                "excluded from provisioning.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Assign {user} (or a group they belong to) again with a real role such as "
                '"User" on the Scope page, then retry.',
            ),
            params={"user": user},
            code="provisioning.default_access_only",
        )

    @classmethod
    def throttled(
        cls, seconds: float, correlation: MappingABC[str, str] | None = None
    ) -> ProvisioningError:
        return cls(
            what=QT_TRANSLATE_NOOP(
                "errors", "Entra ID is limiting on-demand provisioning right now."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "Provision on demand allows 5 requests per 10 seconds per app, and Microsoft "
                "Graph asked to wait {seconds} seconds (someone else may be using it too).",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Wait {seconds} seconds and click Retry. Everything before this step is done "
                "and will not be repeated.",
            ),
            params={"seconds": f"{seconds:.0f}"},
            correlation=dict(correlation or {}),
            code="provisioning.on_demand_throttled",
            transient=True,
        )

    @classmethod
    def quarantined(
        cls,
        job_id: str,
        reason: str,
        error_code: str,
        message: str,
        correlation: MappingABC[str, str] | None = None,
    ) -> ProvisioningError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The provisioning job was put in quarantine."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "Entra ID stopped job {job_id} after it started ({reason}, {error_code}): "
                "{message} Quarantine usually means the Webex token was revoked or has expired, "
                "or the tenant URL is wrong.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Sign in to Webex again with a full administrator to get a new token, then click "
                "Retry: the wizard saves the new token and starts the job again, which clears "
                "the quarantine.",
            ),
            params={
                "job_id": job_id,
                "reason": reason or "no reason given",
                "error_code": error_code or "no code",
                "message": message or "",
            },
            correlation=dict(correlation or {}),
            code="provisioning.quarantined",
        )

    @classmethod
    def user_out_of_scope(cls, user: str) -> ProvisioningError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "{user} is not in scope for provisioning."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                'With "Sync only assigned users and groups", only users assigned to the app '
                "(directly or through a group) are provisioned, and {user} is not assigned.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Go Back to the Scope page, assign {user} (or a group they belong to) with a "
                "real role, and apply again. Nothing else needs to be redone.",
            ),
            params={"user": user},
            code="provisioning.user_out_of_scope",
        )

    @classmethod
    def on_demand_failed(cls, user: str, error_code: str, message: str) -> ProvisioningError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Provisioning {user} to Webex failed."),
            why=QT_TRANSLATE_NOOP(
                "errors", "Entra's provisioning service reported {error_code}: {message}"
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Check the Webex token and tenant URL (Test Connection), then click Retry. The "
                "provisioning logs in the Entra admin center show the same step report.",
            ),
            params={"user": user, "error_code": error_code or "no code", "message": message},
            code="provisioning.on_demand_failed",
        )

    @classmethod
    def ambiguous_template(cls, template_ids: Iterable[str]) -> ProvisioningError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The app offers several provisioning templates."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "None is marked as the default, so the wizard cannot tell which one to use: "
                "{templates}.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Choose the template to use (ask Cisco support if unsure) and apply again. "
                "Nothing was changed.",
            ),
            params={"templates": ", ".join(template_ids)},
            code="provisioning.ambiguous_template",
        )

    @classmethod
    def no_template(cls, sp_id: str) -> ProvisioningError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The app offers no provisioning template."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "Microsoft Graph lists no synchronization template for the app {sp_id}, so no "
                "provisioning job can be created for it.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                'Make sure the app was added from the gallery entry "Cisco Webex" (not a '
                "custom app), then run the wizard again. Nothing was changed.",
            ),
            params={"sp_id": sp_id},
            code="provisioning.no_template",
        )

    @classmethod
    def no_user_rule(cls, job_id: str) -> ProvisioningError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The provisioning job has no rule for users."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The schema of job {job_id} has no synchronization rule that maps Entra users, "
                "so a user cannot be provisioned on demand.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Check the attribute mappings in the Entra admin center (Provisioning > "
                "Mappings); restore the default mappings if they were removed.",
            ),
            params={"job_id": job_id},
            code="provisioning.no_user_rule",
        )

    @classmethod
    def invalid_email(cls, email: str) -> ProvisioningError:
        return cls(
            what=QT_TRANSLATE_NOOP(
                "errors", "The notification email address is not valid: {email}"
            ),
            why=QT_TRANSLATE_NOOP(
                "errors", "Entra ID sends provisioning failure emails to this address."
            ),
            fix=QT_TRANSLATE_NOOP("errors", "Enter one address such as admin@contoso.com."),
            params={"email": email},
            code="provisioning.invalid_email",
        )


# ------------------------------------------------------------------------------------ roles
@dataclass(frozen=True)
class AppRole:
    id: str
    display_name: str
    description: str
    is_default_access: bool = False


def assignable_roles(sp: MappingABC[str, Any]) -> list[AppRole]:
    """The service principal's roles that users and groups may be given, "User" first.

    Excludes disabled roles, roles only for applications, and the all-zero Default Access role.
    Raises :meth:`ProvisioningError.no_assignable_role` when nothing remains.
    """
    roles: list[AppRole] = []
    raw_roles = [r for r in sp.get("appRoles") or [] if isinstance(r, dict)]
    for raw in raw_roles:
        role_id = str(raw.get("id") or "")
        if not role_id or role_id == DEFAULT_ACCESS_ROLE_ID:
            continue
        if raw.get("isEnabled") is False:
            continue
        members = raw.get("allowedMemberTypes")
        if members is not None and "User" not in members:
            continue
        roles.append(
            AppRole(
                id=role_id,
                display_name=str(raw.get("displayName") or raw.get("value") or role_id),
                description=str(raw.get("description") or ""),
            )
        )
    if not roles:
        real = [r for r in raw_roles if str(r.get("id") or "") != DEFAULT_ACCESS_ROLE_ID]
        raise ProvisioningError.no_assignable_role(
            str(sp.get("displayName") or sp.get("id") or ""), default_only=not real
        )
    # "User" is what the tutorials pick; msiam_access is a legacy SSO role.
    roles.sort(
        key=lambda r: (r.display_name.lower() != "user", r.display_name.lower() == "msiam_access")
    )
    return roles


def read_service_principal(client: GraphClient, sp_id: str) -> dict[str, Any]:
    return client.get(
        sp_path(sp_id),
        operation=QT_TRANSLATE_NOOP("errors", "reading the Cisco Webex app"),
        params={"$select": "id,appId,displayName,appRoles"},
    )


# ------------------------------------------------------------------------------------ principals
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

    Uses ``$search`` with ``ConsistencyLevel: eventual`` (GDC aad-advanced-queries): a tokenized
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


# ---------------------------------------------------------------------- templates, jobs
def sync_templates(client: GraphClient, sp_id: str) -> list[dict[str, Any]]:
    return client.get_all(
        f"{sp_path(sp_id)}/synchronization/templates",
        operation=QT_TRANSLATE_NOOP("errors", "reading the app's provisioning templates"),
    )


def choose_template(client: GraphClient, sp_id: str) -> str:
    """The ``default: true`` template, else the only one, else raise ``ambiguous_template``."""
    templates = [t for t in sync_templates(client, sp_id) if t.get("id")]
    if not templates:
        raise ProvisioningError.no_template(sp_id)
    defaults = [t for t in templates if t.get("default") is True]
    if len(defaults) == 1:
        return str(defaults[0]["id"])
    if len(templates) == 1:
        return str(templates[0]["id"])
    raise ProvisioningError.ambiguous_template(str(t["id"]) for t in templates)


def list_jobs(client: GraphClient, sp_id: str) -> list[dict[str, Any]]:
    return client.get_all(
        f"{sp_path(sp_id)}/synchronization/jobs",
        operation=QT_TRANSLATE_NOOP("errors", "reading the app's provisioning job"),
    )


def get_job(client: GraphClient, sp_id: str, job_id: str) -> dict[str, Any]:
    return client.get(
        f"{sp_path(sp_id)}/synchronization/jobs/{job_id}",
        operation=QT_TRANSLATE_NOOP("errors", "reading the provisioning job's status"),
    )


def create_job(client: GraphClient, sp_id: str, template_id: str) -> dict[str, Any]:
    return client.post(
        f"{sp_path(sp_id)}/synchronization/jobs",
        {"templateId": template_id},
        operation=QT_TRANSLATE_NOOP("errors", "creating the provisioning job"),
    )


def start_job(client: GraphClient, sp_id: str, job_id: str) -> None:
    client.post(
        f"{sp_path(sp_id)}/synchronization/jobs/{job_id}/start",
        None,
        operation=QT_TRANSLATE_NOOP("errors", "starting the provisioning job"),
    )


@dataclass(frozen=True)
class Execution:
    """One provisioning run (``synchronizationTaskExecution``), the parts the admin reads."""

    state: str
    began: str
    ended: str
    error_code: str = ""
    error_message: str = ""
    exported: int = 0

    @classmethod
    def from_graph(cls, raw: Any) -> Execution | None:
        if not isinstance(raw, dict):
            return None
        error = raw.get("error") if isinstance(raw.get("error"), dict) else {}
        return cls(
            state=str(raw.get("state") or ""),
            began=str(raw.get("timeBegan") or ""),
            ended=str(raw.get("timeEnded") or ""),
            error_code=str(error.get("code") or ""),
            error_message=str(error.get("message") or ""),
            exported=_int(raw.get("countExported")),
        )

    def __str__(self) -> str:
        text = f"{self.state} ({self.ended or self.began})"
        return f"{text}: {self.error_code}" if self.error_code else text


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


@dataclass(frozen=True)
class JobStatus:
    """``synchronizationJob.status`` (+ the schedule's state) as the Apply/Finish pages show it."""

    code: str  # NotConfigured | NotRun | Active | Paused | Quarantine
    state: str  # schedule state: Disabled | Active | Paused
    last_execution: Execution | None
    last_successful: Execution | None
    quarantine_reason: str
    quarantine_error: str
    consecutive_failures: int
    #: entitled / imported / exported / escrowed of the last run, plus synchronized entries.
    counts: dict[str, int] = field(default_factory=dict)
    job_id: str = ""

    @classmethod
    def from_graph(cls, job: MappingABC[str, Any]) -> JobStatus:
        status = job.get("status") if isinstance(job.get("status"), dict) else {}
        schedule = job.get("schedule") if isinstance(job.get("schedule"), dict) else {}
        quarantine = status.get("quarantine") if isinstance(status.get("quarantine"), dict) else {}
        q_error = quarantine.get("error") if isinstance(quarantine.get("error"), dict) else {}
        last = status.get("lastExecution") if isinstance(status.get("lastExecution"), dict) else {}
        counts = {
            "entitled": _int(last.get("countEntitled")),
            "imported": _int(last.get("countImported")),
            "exported": _int(last.get("countExported")),
            "escrowed": _int(last.get("countEscrowed")),
        }
        synced = 0
        for pair in status.get("synchronizedEntryCountByType") or []:
            if isinstance(pair, dict):
                synced += _int(pair.get("value"))
        counts["synchronized"] = synced
        error_text = ""
        if q_error:
            error_text = f"{q_error.get('code') or ''}: {q_error.get('message') or ''}".strip(": ")
        return cls(
            code=str(status.get("code") or "Unknown"),
            state=str(schedule.get("state") or ""),
            last_execution=Execution.from_graph(status.get("lastExecution")),
            last_successful=Execution.from_graph(status.get("lastSuccessfulExecution")),
            quarantine_reason=str(quarantine.get("reason") or ""),
            quarantine_error=error_text,
            consecutive_failures=_int(status.get("countSuccessiveCompleteFailures")),
            counts=counts,
            job_id=str(job.get("id") or ""),
        )

    @property
    def running(self) -> bool:
        """Started and not stopped: Microsoft warns against calling start again then."""
        return self.state == "Active" and self.code in ("Active", "NotRun")

    @property
    def quarantined(self) -> bool:
        return self.code == "Quarantine"


def job_status(client: GraphClient, sp_id: str, job_id: str) -> JobStatus:
    return JobStatus.from_graph(get_job(client, sp_id, job_id))


# ------------------------------------------------------------------------------------ secrets
def validate_credentials(
    client: GraphClient,
    sp_id: str,
    *,
    tenant_url: str,
    token: str | None,
    job_id: str | None = None,
    template_id: str | None = None,
) -> None:
    """Entra's Test Connection. ``token=None`` validates the *saved* credentials instead.

    Job-scoped when the job exists, else the collection-bound action with ``templateId``
    (usable before a job exists; research §2.3). Writes nothing. A rejection (400) becomes
    :meth:`ProvisioningError.credentials_rejected` with Entra's reason; other errors propagate.
    """
    from wizard.entra.graph import GraphBadRequest

    if token is None:
        body: dict[str, Any] = {"useSavedCredentials": True}
    else:
        body = {
            "useSavedCredentials": False,
            "credentials": [
                {"key": "BaseAddress", "value": tenant_url},
                {"key": "SecretToken", "value": token},
            ],
        }
    if job_id:
        path = f"{sp_path(sp_id)}/synchronization/jobs/{job_id}/validateCredentials"
    else:
        path = f"{sp_path(sp_id)}/synchronization/jobs/validateCredentials"
        if template_id:
            body["templateId"] = template_id
    try:
        client.post(
            path, body, operation=QT_TRANSLATE_NOOP("errors", "testing the connection to Webex")
        )
    except GraphBadRequest as err:
        if getattr(err, "status", 400) < 400:
            # An unreadable 2xx answer is not Entra rejecting the token: blaming the token would
            # send the admin to sign in to Webex again for a network or proxy fault.
            raise
        raise ProvisioningError.credentials_rejected(
            str(err.params.get("detail") or err.graph_code), tenant_url, err.correlation
        ) from None


def notification_settings(email: str, notify_on_failure: bool) -> str:
    """``SyncNotificationSettings`` value. The recipients format is UNCONFIRMED (research §2.4,
    §7 item 5): Microsoft only shows ``Enabled``/``DeleteThresholdEnabled``; ``Recipients`` is
    what the portal's notification email field most likely maps to."""
    return json.dumps(
        {"Enabled": bool(notify_on_failure), "Recipients": email, "DeleteThresholdEnabled": False},
        separators=(",", ":"),
    )


def secret_pairs(
    tenant_url: str, token: str, email: str, notify_on_failure: bool, sync_all: bool
) -> list[dict[str, str]]:
    """The full secret set; always all four keys, because whether PUT clears omitted keys is
    unconfirmed (research §2.4)."""
    return [
        {"key": "BaseAddress", "value": tenant_url},
        {"key": "SecretToken", "value": token},
        {
            "key": "SyncNotificationSettings",
            "value": notification_settings(email, notify_on_failure),
        },
        {"key": "SyncAll", "value": "true" if sync_all else "false"},
    ]


def save_secrets(client: GraphClient, sp_id: str, pairs: list[dict[str, str]]) -> None:
    client.request(
        "PUT",
        f"{sp_path(sp_id)}/synchronization/secrets",
        operation=QT_TRANSLATE_NOOP("errors", "saving the Webex credentials in Entra ID"),
        body={"value": pairs},
    )


# ------------------------------------------------------------------------------------ on demand
@dataclass(frozen=True)
class OnDemandStep:
    name: str
    kind: str
    status: str
    description: str


@dataclass(frozen=True)
class OnDemandResult:
    """What provisionOnDemand reported for one user."""

    status: str  # Success | Skipped | Failure | Unknown
    message: str
    details: dict[str, Any]
    steps: list[OnDemandStep]
    action: str = ""  # Create | Update | Other ...
    error_code: str = ""
    target_id: str = ""

    @property
    def in_webex(self) -> bool:
        """The user now exists in Webex: created/updated now, or already identical there."""
        return self.status == "Success" or (
            self.status == "Skipped" and self.error_code == "RedundantExport"
        )

    @property
    def not_entitled(self) -> bool:
        return self.error_code == "NotEffectivelyEntitled"


def _loads(raw: Any) -> Any:
    if isinstance(raw, dict | list):
        return raw
    if not isinstance(raw, str):
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def parse_on_demand(pair: Any) -> OnDemandResult:
    """Read the ``stringKeyStringValuePair`` answer; never raises.

    ``key`` is normally ``{"result": ..., "details": {...}}`` and ``value`` an object with
    ``provisioningSteps``/``statusInfo`` (GDC example 1); the cross-tenant example has a type
    name as key and a JSON *array* as value. Anything else reads as status "Unknown".
    """
    if not isinstance(pair, dict):
        return OnDemandResult("Unknown", "The answer could not be read.", {}, [])
    key = _loads(pair.get("key"))
    value = _loads(pair.get("value"))
    reports = [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
    report = value if isinstance(value, dict) else (reports[0] if reports else {})
    status, details = "", {}
    if isinstance(key, dict):
        status = str(key.get("result") or "")
        details = key.get("details") if isinstance(key.get("details"), dict) else {}
    info = report.get("statusInfo") if isinstance(report.get("statusInfo"), dict) else {}
    if not status:
        status = str(info.get("status") or report.get("status") or "")
    steps: list[OnDemandStep] = []
    for raw in report.get("provisioningSteps") or []:
        if isinstance(raw, dict):
            steps.append(
                OnDemandStep(
                    name=str(raw.get("name") or ""),
                    kind=str(raw.get("provisioningStepType") or raw.get("type") or ""),
                    status=str(raw.get("status") or ""),
                    description=str(raw.get("description") or ""),
                )
            )
    error_code = str(details.get("errorCode") or info.get("errorCode") or "")
    message = str(details.get("errorMessage") or info.get("reason") or "")
    if not message and steps:
        message = steps[-1].description
    target = report.get("targetIdentity") if isinstance(report.get("targetIdentity"), dict) else {}
    known = {"success": "Success", "skipped": "Skipped", "failure": "Failure", "failed": "Failure"}
    status = known.get(status.lower(), status or "Unknown")
    if status == "Unknown" and not message:
        message = "The answer could not be read."
    return OnDemandResult(
        status=status,
        message=message,
        details=dict(details),
        steps=steps,
        action=str(report.get("action") or ""),
        error_code=error_code,
        target_id=str(target.get("id") or ""),
    )


class RateWindow:
    """Client-side sliding window: at most *limit* calls per *window* seconds per key."""

    def __init__(
        self,
        limit: int = ON_DEMAND_LIMIT,
        window: float = ON_DEMAND_WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def reserve(self, key: str) -> float:
        """Seconds to wait before the next call for *key* (0 = go; the slot is then taken)."""
        with self._lock:
            now = self.clock()
            calls = self._calls.setdefault(key, deque())
            while calls and now - calls[0] >= self.window:
                calls.popleft()
            if len(calls) >= self.limit:
                return self.window - (now - calls[0])
            calls.append(now)
            return 0.0


#: Shared by every call in this process (the GUI and CLI run one setup at a time).
ON_DEMAND_RATE = RateWindow()


def user_rule_id(schema: MappingABC[str, Any]) -> str | None:
    """The synchronization rule that maps Entra users (its id is provisionOnDemand's ruleId)."""
    rules = [r for r in schema.get("synchronizationRules") or [] if isinstance(r, dict)]
    for rule in rules:
        for om in rule.get("objectMappings") or []:
            if isinstance(om, dict) and str(om.get("sourceObjectName", "")).lower() == "user":
                return str(rule.get("id") or "") or None
    return str(rules[0].get("id") or "") or None if rules else None


def job_schema(client: GraphClient, sp_id: str, job_id: str) -> dict[str, Any]:
    return client.get(
        f"{sp_path(sp_id)}/synchronization/jobs/{job_id}/schema",
        operation=QT_TRANSLATE_NOOP("errors", "reading the provisioning job's schema"),
    )


def provision_on_demand(
    client: GraphClient,
    sp_id: str,
    job_id: str,
    user_id: str,
    *,
    should_stop: Callable[[], bool] = lambda: False,
    max_wait: float = ON_DEMAND_MAX_WAIT,
    rate: RateWindow | None = None,
    sleep: Callable[[float, Callable[[], bool]], None] = interruptible_sleep,
) -> OnDemandResult:
    """Provision one user now and return the parsed step report.

    Stays under 5 calls per 10 s on its own; a 429 is waited out when Graph asks for at most
    *max_wait* seconds in total, else :meth:`ProvisioningError.throttled` is raised.
    """
    rule = user_rule_id(job_schema(client, sp_id, job_id))
    if not rule:
        raise ProvisioningError.no_user_rule(job_id)
    body = {
        "parameters": [
            {"ruleId": rule, "subjects": [{"objectId": user_id, "objectTypeName": "User"}]}
        ]
    }
    window = rate or ON_DEMAND_RATE
    waited = 0.0
    try:
        while True:
            pause = window.reserve(job_id)
            if pause > 0:
                sleep(pause, should_stop)
                continue
            try:
                answer = client.post(
                    f"{sp_path(sp_id)}/synchronization/jobs/{job_id}/provisionOnDemand",
                    body,
                    operation=QT_TRANSLATE_NOOP("errors", "provisioning the test user on demand"),
                )
            except GraphThrottled as err:
                delay = err.retry_after if err.retry_after is not None else 2.0
                if waited + delay > max_wait:
                    raise ProvisioningError.throttled(delay, err.correlation) from None
                log.info("provisionOnDemand throttled; waiting %.0f s", delay)
                waited += delay
                sleep(delay, should_stop)
                continue
            return parse_on_demand(answer)
    except StopWaiting:
        raise Cancelled.by_user() from None


# ------------------------------------------------------------------------------------ mappings
@dataclass(frozen=True)
class Mapping:
    """One attribute mapping row: Entra source (attribute or expression) -> Webex target."""

    source: str
    target: str
    matching: bool = False


ACTIVE_EXPRESSION = 'Switch([IsSoftDeleted], , "False", "True", "True", "False")'

#: The seeds' table (Cisco help, seeds/DIGEST.md 003 step 4): Entra source -> Webex target.
RECOMMENDED_MAPPINGS: tuple[Mapping, ...] = (
    Mapping("userPrincipalName", "userName", True),
    Mapping(ACTIVE_EXPRESSION, "active"),
    Mapping("displayName", "displayName"),
    Mapping("surname", "name.familyName"),
    Mapping("givenName", "name.givenName"),
    Mapping("jobTitle", "title"),
    Mapping("usageLocation", 'addresses[type eq "work"].country'),
    Mapping("city", 'addresses[type eq "work"].locality'),
    Mapping("streetAddress", 'addresses[type eq "work"].streetAddress'),
    Mapping("state", 'addresses[type eq "work"].region'),
    Mapping("postalCode", 'addresses[type eq "work"].postalCode'),
    Mapping("telephoneNumber", 'phoneNumbers[type eq "work"].value'),
    Mapping("mobile", 'phoneNumbers[type eq "mobile"].value'),
    Mapping("facsimileTelephoneNumber", 'phoneNumbers[type eq "fax"].value'),
    Mapping("objectId", "externalId"),
)

SAME, DIFFERENT, MISSING = "same", "different", "missing"


def _source_text(source: Any) -> str:
    if not isinstance(source, dict):
        return ""
    kind = source.get("type")
    if kind == "Attribute":
        return str(source.get("name") or source.get("expression") or "").strip("[]")
    return str(source.get("expression") or source.get("name") or "")


def user_mappings(schema: MappingABC[str, Any]) -> list[Mapping]:
    """The User object mapping's attribute rows of a ``synchronizationSchema``."""
    for rule in schema.get("synchronizationRules") or []:
        for om in (rule or {}).get("objectMappings") or []:
            if not isinstance(om, dict) or str(om.get("sourceObjectName", "")).lower() != "user":
                continue
            if om.get("enabled") is False:
                continue
            return [
                Mapping(
                    _source_text(am.get("source")),
                    str(am.get("targetAttributeName") or ""),
                    _int(am.get("matchingPriority")) > 0,
                )
                for am in om.get("attributeMappings") or []
                if isinstance(am, dict)
            ]
    return []


def effective_mappings(client: GraphClient, sp_id: str, job_id: str) -> list[Mapping]:
    return user_mappings(job_schema(client, sp_id, job_id))


def _norm(text: str) -> str:
    return "".join(text.split()).lower()


def compare_mappings(effective: Iterable[Mapping]) -> list[tuple[Mapping, Mapping | None, str]]:
    """Each recommended row with the effective row of the same target and "same" / "different"
    (other source or matching flag) / "missing"."""
    by_target = {_norm(m.target): m for m in effective}
    rows = []
    for rec in RECOMMENDED_MAPPINGS:
        eff = by_target.get(_norm(rec.target))
        if eff is None:
            rows.append((rec, None, MISSING))
        elif _norm(eff.source) == _norm(rec.source) and eff.matching == rec.matching:
            rows.append((rec, eff, SAME))
        else:
            rows.append((rec, eff, DIFFERENT))
    return rows


def extra_mappings(effective: Iterable[Mapping]) -> list[Mapping]:
    """Effective rows whose target the seeds' table does not list (e.g. mail -> emails)."""
    known = {_norm(m.target) for m in RECOMMENDED_MAPPINGS}
    return [m for m in effective if _norm(m.target) not in known]


MATCHING_PITFALL = QT_TRANSLATE_NOOP(
    "flows",
    "Webex matches existing users by userName. If userName is not mapped from the "
    "userPrincipalName, or a user's UPN differs from their Webex email, Entra creates a new "
    "Webex user instead of matching the existing one.",
)


def matching_warning(effective: Iterable[Mapping]) -> str | None:
    """The UPN-vs-email pitfall (seeds 003 step 4) when the matching row is not UPN→userName."""
    rows = list(effective)
    user_name = next((m for m in rows if _norm(m.target) == "username"), None)
    matching = [m for m in rows if m.matching]
    if (
        user_name is None
        or _norm(user_name.source) != "userprincipalname"
        or [_norm(m.target) for m in matching] != ["username"]
    ):
        return MATCHING_PITFALL
    return None
