"""The simulated Entra provisioning engine: what makes the demo's "start" really provision.

Entra's provisioning service calls the app's SCIM endpoint (``BaseAddress`` with the
``SecretToken`` as bearer). The simulator does the same, in-process: it calls its own WSGI app
through ``werkzeug.test.Client`` with the BaseAddress's path, so the request passes through the
same middleware (latency, outage, throttling, write log) and the same Webex SCIM routes the
product talks to over HTTPS. A BaseAddress naming any other host is refused: the simulator
never leaves the machine.

Behaviour modelled, and its sources:

* Test connection (``validateCredentials``): ``GET {BaseAddress}/Users?filter=userName eq
  "probe@invalid.example"&count=1``; 2xx is success. Entra's real failure body is unconfirmed
  (docs/entra-graph.md#not-published): the simulator answers 400 ``BadRequest`` naming the
  SCIM status.
* A cycle provisions users assigned directly or through an assigned group, except those whose
  only role is Default Access (https://learn.microsoft.com/en-us/entra/identity/saas-apps/cisco-webex-provisioning-tutorial: "Users with the Default
  Access role are excluded from provisioning"). Matching is on userName first (the mapping's
  matching attribute), so re-running never creates a duplicate. A user who left scope is set
  ``active: false`` (docs/webex.md#attribute-mappings: removing an assignment marks the Webex
  user inactive at the next cycle).
* Rejected credentials quarantine the job (docs/entra-graph.md#provisioning-job: quarantine on "revoked/expired
  credentials"); a target outage (5xx) fails the run without quarantine, as a transient error.
* provisionOnDemand (one user, same export path) lives in :mod:`wizard.simulator.graph.ondemand`.
* Failure codes are modelled on Entra's provisioning-log codes; the exact code Entra uses for
  each SCIM status is unconfirmed.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
import weakref
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from werkzeug.test import Client

from wizard.simulator.graph.common import ODataError, bad_request
from wizard.simulator.graph.schema import (
    SCIM_CORE_USER,
    build_schema,
    covers,
    scim_user,
)
from wizard.simulator.state import DEFAULT_ACCESS_ROLE_ID, SimState, iso

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

PROBE_USER = "probe@invalid.example"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost"})
#: Retry-After the engine honours on a throttled SCIM call, and how often.
SCIM_RETRY_AFTER_CAP = 5.0
SCIM_RETRIES = 3
QUARANTINE_REASON = "EncounteredQuarantineException"
CODE_CREDENTIALS = "SystemForCrossDomainIdentityManagementCredentialValidationUnavailable"
CODE_UNAUTHORIZED = "SystemForCrossDomainIdentityManagementUnauthorized"
CODE_UNAVAILABLE = "SystemForCrossDomainIdentityManagementServiceUnavailable"
CODE_BAD_RESPONSE = "SystemForCrossDomainIdentityManagementBadResponse"


@dataclass
class _Runtime:
    """Engine bookkeeping that is not tenant state (so it stays out of ``SimState``)."""

    #: One export at a time per world, as Entra runs one cycle at a time: two overlapping
    #: starts must not both find "no such user" and create it twice.
    export_lock: threading.Lock = field(default_factory=threading.Lock)


_runtime: weakref.WeakKeyDictionary[SimState, _Runtime] = weakref.WeakKeyDictionary()


def _rt(sim: Sim) -> _Runtime:
    with sim.state.lock:
        return _runtime.setdefault(sim.state, _Runtime())


def exclusive(sim: Sim) -> threading.Lock:
    """Hold while exporting (cycle or on-demand). Never taken while holding ``state.lock``."""
    return _rt(sim).export_lock


# ------------------------------------------------------------------------------- SCIM transport
@dataclass(frozen=True)
class Target:
    """Where and how to reach the SCIM endpoint: path under this simulator, bearer token."""

    path: str
    token: str = field(repr=False)  # never in reprs or logs


@dataclass
class ScimReply:
    status: int
    body: Any

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class TargetError(Exception):
    """The SCIM endpoint rejected or failed a call. Carries no secret."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message

    @property
    def credentials(self) -> bool:
        return self.status in (401, 403)


def status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def target_from(sim: Sim, credentials: list[dict[str, Any]]) -> Target:
    """Read BaseAddress/SecretToken; refuse anything this simulator cannot serve (400)."""
    values = {c.get("key"): c.get("value") for c in credentials if isinstance(c, dict)}
    base, token = values.get("BaseAddress"), values.get("SecretToken")
    if not base or not isinstance(base, str):
        raise bad_request("The credential 'BaseAddress' (Tenant URL) is missing.")
    if not token or not isinstance(token, str):
        raise bad_request("The credential 'SecretToken' is missing.")
    parts = urlsplit(base.strip())
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme != "https" or parts.hostname not in LOCAL_HOSTS or port != sim.port:
        raise bad_request(
            f"The provisioning service could not connect to the target system at "
            f"'{parts.scheme}://{parts.netloc}': the host cannot be reached from the simulated tenant "
            "(only this simulator's own address is reachable). Check the Tenant URL."
        )
    return Target(parts.path.rstrip("/"), token)


def scim_call(
    sim: Sim,
    target: Target,
    method: str,
    path: str,
    *,
    query: dict[str, str] | None = None,
    body: dict[str, Any] | None = None,
) -> ScimReply:
    """One SCIM request through the simulator's own WSGI app (honours 429 Retry-After)."""
    client = Client(sim.wsgi_app)
    headers = {
        "Authorization": f"Bearer {target.token}",
        "Accept": "application/scim+json",
        "User-Agent": "Microsoft.Identity.Provisioning (simulated)",
        "client-request-id": str(uuid.uuid4()),
    }
    data = json.dumps(body) if body is not None else None
    for attempt in range(SCIM_RETRIES + 1):
        response = client.open(
            target.path + path,
            method=method,
            base_url=sim.base_url,
            query_string=query,
            headers=headers,
            data=data,
            content_type="application/scim+json" if data is not None else None,
        )
        if response.status_code == 429 and attempt < SCIM_RETRIES:
            try:
                wait = float(response.headers.get("Retry-After", "1"))
            except ValueError:
                wait = 1.0
            time.sleep(min(max(wait, 0.0), SCIM_RETRY_AFTER_CAP))
            continue
        break
    text = response.get_data(as_text=True)
    try:
        parsed = json.loads(text) if text else None
    except ValueError:
        parsed = None
    return ScimReply(response.status_code, parsed)


def _find_user(sim: Sim, target: Target, user_name: str) -> dict[str, Any] | None:
    reply = scim_call(
        sim, target, "GET", "/Users", query={"filter": f'userName eq "{user_name}"', "count": "1"}
    )
    if not reply.ok:
        raise TargetError(
            reply.status, f"The target system answered {status_text(reply.status)} to a search."
        )
    resources = (reply.body or {}).get("Resources") or []
    return resources[0] if resources else None


def probe(sim: Sim, target: Target) -> None:
    """Test connection. Raises :class:`TargetError` when the SCIM endpoint does not answer 2xx."""
    reply = scim_call(
        sim, target, "GET", "/Users", query={"filter": f'userName eq "{PROBE_USER}"', "count": "1"}
    )
    if not reply.ok:
        raise TargetError(
            reply.status,
            f"The target system rejected the request with {status_text(reply.status)}. "
            "Check the Tenant URL and that the Secret Token is valid and belongs to a full administrator.",
        )


def validate_credentials(sim: Sim, credentials: list[dict[str, Any]]) -> None:
    """validateCredentials: 204 on success, else raise the 400 the route answers."""
    target = target_from(sim, credentials)
    try:
        probe(sim, target)
    except TargetError as exc:
        # Real Entra's failure body is unconfirmed (docs/entra-graph.md#not-published); this names the SCIM status.
        raise ODataError(
            400, "BadRequest", f"Credentials could not be validated: {exc.message}"
        ) from None


def list_users(sim: Sim, target: Target) -> list[dict[str, Any]]:
    """Every SCIM user behind *target*, paging with startIndex/count (RFC 7644 §3.4.2.4)."""
    users: list[dict[str, Any]] = []
    start = 1
    while True:
        reply = scim_call(
            sim, target, "GET", "/Users", query={"startIndex": str(start), "count": "100"}
        )
        if not reply.ok:
            raise TargetError(
                reply.status, f"Listing users failed with {status_text(reply.status)}."
            )
        page = (reply.body or {}).get("Resources") or []
        users.extend(page)
        total = int((reply.body or {}).get("totalResults", len(users)))
        if not page or len(users) >= total:
            return users
        start += len(page)


# ------------------------------------------------------------------------------- scope
def entitlement(sim: Sim, sp_id: str, user_id: str) -> str:
    """'entitled', 'default-only' (only Default Access) or 'unassigned'."""
    st = sim.state
    with st.lock:
        secrets = {s["key"]: s["value"] for s in st.sync.get(sp_id, {}).get("secrets", [])}
        if str(secrets.get("SyncAll", "false")).lower() == "true":
            return "entitled"
        roles: set[str] = set()
        for a in st.assignments.get(sp_id, []):
            pid = a["principalId"]
            if pid == user_id or (
                a["principalType"] == "Group" and user_id in st.group_members.get(pid, [])
            ):
                roles.add(a["appRoleId"].lower())
    if not roles:
        return "unassigned"
    return "entitled" if roles - {DEFAULT_ACCESS_ROLE_ID} else "default-only"


def in_scope(sim: Sim, sp_id: str) -> list[dict[str, Any]]:
    with sim.state.lock:
        users = [dict(u) for u in sim.state.users.values()]
    return [u for u in users if entitlement(sim, sp_id, u["id"]) == "entitled"]


# ------------------------------------------------------------------------------- export
@dataclass
class Export:
    action: str  # "Create" | "Update" | "Disable" | "Skip"
    scim_id: str | None
    body: dict[str, Any]


def export_user(
    sim: Sim,
    target: Target,
    schema: dict[str, Any],
    user: dict[str, Any],
    *,
    soft_deleted: bool = False,
) -> Export:
    """Match by userName, then create, update or skip. Raises TargetError on SCIM failure.

    A soft-deleted user (out of scope, or disabled in the directory) is only ever deactivated
    in the target, never created there.
    """
    deleted = soft_deleted or not user.get("accountEnabled", True)
    body = scim_user(schema, user, soft_deleted=deleted)
    existing = _find_user(sim, target, body["userName"])
    if existing is None:
        if deleted:
            return Export("Skip", None, body)
        reply = scim_call(sim, target, "POST", "/Users", body=body)
        if reply.status == 409:  # created meanwhile: match again rather than duplicate
            existing = _find_user(sim, target, body["userName"])
        elif not reply.ok:
            raise TargetError(
                reply.status, f"Creating the user failed with {status_text(reply.status)}."
            )
        else:
            return Export("Create", (reply.body or {}).get("id"), body)
    if existing is None:
        raise TargetError(409, "The user exists in the target system but could not be matched.")
    if covers(existing, body):
        return Export("Skip", existing.get("id"), body)
    # The id is in the URL; Webex's PutUser body does not declare it.
    reply = scim_call(sim, target, "PUT", f"/Users/{existing['id']}", body=body)
    if not reply.ok:
        raise TargetError(
            reply.status, f"Updating the user failed with {status_text(reply.status)}."
        )
    return Export("Disable" if deleted else "Update", existing.get("id"), body)


def saved_target(sim: Sim, sp_id: str) -> Target:
    with sim.state.lock:
        saved = list(sim.state.sync.get(sp_id, {}).get("secrets", []))
    return target_from(sim, saved)


def _execution(
    began: float, ended: float, counts: dict[str, int], state: str, error: dict[str, Any] | None
) -> dict[str, Any]:
    return {
        "activityIdentifier": str(uuid.uuid4()),
        "countEntitled": counts.get("entitled", 0),
        "countEntitledForProvisioning": counts.get("entitled", 0),
        "countEscrowed": counts.get("escrowed", 0),
        "countEscrowedRaw": counts.get("escrowed", 0),
        "countExported": counts.get("exported", 0),
        "countExports": counts.get("exported", 0),
        "countImported": counts.get("imported", 0),
        "countImportedDeltas": counts.get("imported", 0),
        "countImportedReferenceDeltas": 0,
        "error": error,
        "state": state,
        "timeBegan": iso(began),
        "timeEnded": iso(ended),
    }


def run_cycle(sim: Sim, sp_id: str, job_id: str) -> None:
    """One provisioning cycle, as ``start`` triggers. Outcome lands in the job's status."""
    with exclusive(sim):
        _cycle(sim, sp_id, job_id)


def _cycle(sim: Sim, sp_id: str, job_id: str) -> None:
    st = sim.state
    began = st.now()
    with st.lock:
        if job_id not in st.sync.get(sp_id, {}).get("jobs", {}):
            return  # deleted meanwhile: nothing to run, nothing to record
    try:
        target = saved_target(sim, sp_id)
    except ODataError as exc:
        st.quarantine_job(sp_id, job_id, QUARANTINE_REASON, CODE_CREDENTIALS, exc.message)
        return
    try:
        probe(sim, target)
    except TargetError as exc:
        if exc.credentials or exc.status == 404:
            st.quarantine_job(
                sp_id,
                job_id,
                QUARANTINE_REASON,
                CODE_CREDENTIALS,
                f"The credentials provided for the target system were rejected ({status_text(exc.status)}).",
            )
        else:
            _record_failure(sim, sp_id, job_id, began, exc)
        return
    schema = build_schema(job_id)
    entitled = in_scope(sim, sp_id)
    entitled_ids = {u["id"] for u in entitled}
    counts = {"entitled": len(entitled), "imported": len(entitled), "exported": 0, "escrowed": 0}
    try:
        for user in entitled:
            try:
                if export_user(sim, target, schema, user).action != "Skip":
                    counts["exported"] += 1
            except TargetError as exc:
                if exc.status >= 500 or exc.credentials:
                    raise
                counts["escrowed"] += 1
        for user in _left_scope(sim, target, entitled_ids):
            counts["imported"] += 1
            if export_user(sim, target, schema, user, soft_deleted=True).action != "Skip":
                counts["exported"] += 1
    except TargetError as exc:
        _record_failure(sim, sp_id, job_id, began, exc)
        return
    _record_success(sim, sp_id, job_id, began, counts)


def _left_scope(sim: Sim, target: Target, entitled_ids: set[str]) -> list[dict[str, Any]]:
    """Tenant users provisioned earlier (externalId = objectId), still active, now out of scope."""
    with sim.state.lock:
        users = {uid: dict(u) for uid, u in sim.state.users.items()}
    out = []
    for res in list_users(sim, target):
        uid = res.get("externalId")
        if uid in users and uid not in entitled_ids and res.get("active", True):
            out.append(users[uid])
    return out


def _record_success(
    sim: Sim, sp_id: str, job_id: str, began: float, counts: dict[str, int]
) -> None:
    st = sim.state
    with st.lock:
        job = st.sync.get(sp_id, {}).get("jobs", {}).get(job_id)
        if job is None:
            return
        state = "EntryLevelErrors" if counts["escrowed"] else "Succeeded"
        run = _execution(began, st.now(), counts, state, None)
        status = job["status"]
        status.update(
            code="Active",
            countSuccessiveCompleteFailures=0,
            lastExecution=run,
            quarantine=None,
            synchronizedEntryCountByType=[
                {"key": f"user to {SCIM_CORE_USER}", "value": counts["entitled"]}
            ],
            progress=[],
        )
        status["lastSuccessfulExecution"] = run
        if counts["exported"]:
            status["lastSuccessfulExecutionWithExports"] = run
        now = iso(st.now())
        if status.get("steadyStateFirstAchievedTime", "").startswith("0001"):
            status["steadyStateFirstAchievedTime"] = now
        status["steadyStateLastAchievedTime"] = now
        job["schedule"]["state"] = "Active"


def _record_failure(
    sim: Sim, sp_id: str, job_id: str, began: float, exc: TargetError
) -> None:
    st = sim.state
    code = CODE_UNAVAILABLE if exc.status >= 500 or exc.status == 429 else CODE_BAD_RESPONSE
    with st.lock:
        job = st.sync.get(sp_id, {}).get("jobs", {}).get(job_id)
        if job is None:
            return
        error = {"code": code, "message": exc.message, "tenantActionable": False}
        job["status"]["lastExecution"] = _execution(began, st.now(), {}, "Failed", error)
        job["status"]["countSuccessiveCompleteFailures"] += 1
        job["status"]["code"] = "Active"
        job["schedule"]["state"] = "Active"
