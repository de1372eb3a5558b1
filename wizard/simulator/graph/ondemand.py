"""provisionOnDemand of the simulated provisioning engine: one user, now, with a step report.

The response is the documented ``stringKeyStringValuePair`` whose ``key`` and ``value`` are
JSON *strings*: key ``{"result": "Success"|"Skipped"|"Failure", "details": {...}}``, value
with ``action``, ``provisioningSteps[]``, ``statusInfo``, ``sourceIdentity``,
``targetIdentity``... (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-provisionondemand,
example 1). A user outside scope, or assigned only the Default Access role,
is Skipped with ``NotEffectivelyEntitled`` (PowerShell New-MgBetaApplicationSynchronizationJobOnDemand:
"No user or group will be provisioned on-demand that would not have been provisioned through the
regular provisioning cycles"). The same page documents the rate limit: 5 requests per 10 seconds.
"""

from __future__ import annotations

import json
import math
import uuid
import weakref
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wizard.simulator.graph.common import ODataError, bad_request
from wizard.simulator.graph.engine import (
    CODE_BAD_RESPONSE,
    CODE_CREDENTIALS,
    CODE_UNAUTHORIZED,
    CODE_UNAVAILABLE,
    TargetError,
    entitlement,
    exclusive,
    export_user,
    saved_target,
)
from wizard.simulator.graph.schema import (
    SCIM_CORE_USER,
    SOURCE_DIRECTORY,
    TARGET_DIRECTORY,
    build_schema,
    rule_ids,
)
from wizard.simulator.state import SimState, iso

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

POD_LIMIT = 5
POD_WINDOW = 10.0

#: job id -> times of recent calls, per simulated world (not tenant state, so not in SimState).
_calls: weakref.WeakKeyDictionary[SimState, dict[str, deque[float]]] = weakref.WeakKeyDictionary()


def check_rate(sim: Sim, job_id: str) -> None:
    """5 requests per 10 s per job, else 429 with the seconds until a slot frees up."""
    now = sim.state.now()
    with sim.state.lock:
        calls = _calls.setdefault(sim.state, {}).setdefault(job_id, deque())
        while calls and now - calls[0] >= POD_WINDOW:
            calls.popleft()
        if len(calls) >= POD_LIMIT:
            wait = max(1, math.ceil(POD_WINDOW - (now - calls[0])))
            raise ODataError(
                429,
                "TooManyRequests",
                "Too many requests. The rate limit for provisionOnDemand is 5 requests per 10 seconds.",
                {"Retry-After": str(wait)},
            )
        calls.append(now)


def subject_user(sim: Sim, job_id: str, parameters: Any) -> dict[str, Any]:
    """The one User subject of ``parameters`` (synchronizationJobApplicationParameters)."""
    if (
        not isinstance(parameters, list)
        or len(parameters) != 1
        or not isinstance(parameters[0], dict)
    ):
        raise bad_request(
            "The 'parameters' collection must hold exactly one entry with 'ruleId' and 'subjects'."
        )
    entry = parameters[0]
    user_rule, _group_rule = rule_ids(job_id)
    if entry.get("ruleId") != user_rule:
        raise bad_request(
            f"The synchronization rule '{entry.get('ruleId')}' was not found in the schema of job '{job_id}'."
        )
    subjects = entry.get("subjects")
    if not isinstance(subjects, list) or len(subjects) != 1 or not isinstance(subjects[0], dict):
        raise bad_request(
            "Provide exactly one subject ({objectId, objectTypeName}) to provision on demand."
        )
    subject = subjects[0]
    if str(subject.get("objectTypeName", "")).lower() != "user":
        raise bad_request(
            f"The object type '{subject.get('objectTypeName')}' is not supported here: the simulated "
            "Cisco Webex connector provisions User subjects on demand."
        )
    object_id = subject.get("objectId")
    with sim.state.lock:
        user = sim.state.users.get(object_id) if isinstance(object_id, str) else None
        if user is None:
            raise bad_request(
                f"The object '{object_id}' of type 'User' was not found in {SOURCE_DIRECTORY}."
            )
        return dict(user)


@dataclass
class _Outcome:
    """What one on-demand run found: the key's result/details and the value's report."""

    result: str  # Success | Skipped | Failure
    details: dict[str, Any]
    status: dict[str, Any]
    steps: list[dict[str, Any]]
    action: str = "Other"
    target_id: str | None = None


def _step(
    sim: Sim, name: str, kind: str, status: str, description: str, details: dict[str, Any]
) -> dict[str, Any]:
    return {
        "name": name,
        "type": kind,
        "status": status,
        "description": description,
        "timestamp": iso(sim.state.now()),
        "details": {k: str(v) for k, v in details.items()},
    }


def _not_entitled(sim: Sim, scope: str) -> _Outcome:
    if scope == "default-only":
        reason = (
            "The user is assigned to the application only with the Default Access role, which is "
            "excluded from provisioning. Assign an application-specific role."
        )
    else:
        reason = (
            "The user is not assigned to the application, so it is not in scope for provisioning."
        )
    scoping = {"Assigned": scope == "default-only", "IsEffectivelyEntitledForProvisioning": False}
    return _Outcome(
        "Skipped",
        {"errorCode": "NotEffectivelyEntitled", "errorMessage": reason},
        {"status": "Skipped", "errorCode": "NotEffectivelyEntitled", "reason": reason},
        [_step(sim, "EntrySynchronizationScoping", "Scoping", "Skipped", reason, scoping)],
    )


def _failure(sim: Sim, code: str, message: str) -> _Outcome:
    return _Outcome(
        "Failure",
        {"errorCode": code, "errorMessage": message},
        {"status": "Failure", "errorCode": code, "reason": message},
        [_step(sim, "EntryExport", "Export", "Failure", message, {})],
    )


def _export(sim: Sim, sp_id: str, job_id: str, user: dict[str, Any]) -> _Outcome:
    """Match, then create/update/skip, exactly as a cycle would for this one user."""
    try:
        with exclusive(sim):
            export = export_user(sim, saved_target(sim, sp_id), build_schema(job_id), user)
    except ODataError as exc:  # no usable saved credentials
        return _failure(sim, CODE_CREDENTIALS, exc.message)
    except TargetError as exc:
        if exc.credentials:
            return _failure(sim, CODE_UNAUTHORIZED, exc.message)
        return _failure(
            sim, CODE_UNAVAILABLE if exc.status >= 500 else CODE_BAD_RESPONSE, exc.message
        )
    if export.action == "Skip":
        message = "The state of the user in both the source and target systems already match."
        return _Outcome(
            "Skipped",
            {"errorCode": "RedundantExport", "errorMessage": message},
            {"status": "Skipped", "errorCode": None, "reason": None},
            [
                _step(
                    sim,
                    "EntrySynchronizationSkip",
                    "Export",
                    "Skipped",
                    message,
                    {"SkipReason": "RedundantExport"},
                )
            ],
            target_id=export.scim_id,
        )
    name = "EntryExportAdd" if export.action == "Create" else "EntryExportUpdate"
    done = f"User '{user['userPrincipalName']}' was {export.action.lower()}d in {TARGET_DIRECTORY}"
    return _Outcome(
        "Success",
        {},
        {"status": "Success", "errorCode": None, "reason": None},
        [
            _step(
                sim,
                name,
                "Export",
                "Success",
                done,
                {"id": export.scim_id, "userName": export.body.get("userName")},
            )
        ],
        action=export.action,
        target_id=export.scim_id,
    )


def provision(sim: Sim, sp_id: str, job_id: str, user: dict[str, Any]) -> dict[str, str]:
    """Provision one user now; the documented key/value pair of JSON strings."""
    began = iso(sim.state.now())
    upn = user["userPrincipalName"]
    imported = {
        "objectId": user["id"],
        "userPrincipalName": upn,
        "displayName": user.get("displayName"),
    }
    steps = [
        _step(
            sim,
            "EntryImport",
            "Import",
            "Success",
            f"Retrieved User '{upn}' from {SOURCE_DIRECTORY}",
            imported,
        )
    ]
    scope = entitlement(sim, sp_id, user["id"])
    if scope != "entitled":
        outcome = _not_entitled(sim, scope)
    else:
        in_scope = {"Assigned": True, "IsEffectivelyEntitledForProvisioning": True}
        steps.append(
            _step(
                sim,
                "EntrySynchronizationScoping",
                "Scoping",
                "Success",
                "Determine if User in scope by evaluating against each scoping filter",
                in_scope,
            )
        )
        outcome = _export(sim, sp_id, job_id, user)
    value = _provisioning_object(sim, user, began, steps + outcome.steps, outcome)
    return {
        "key": json.dumps({"result": outcome.result, "details": outcome.details}),
        "value": json.dumps(value),
    }


def _provisioning_object(
    sim: Sim, user: dict[str, Any], began: str, steps: list[dict[str, Any]], outcome: _Outcome
) -> dict[str, Any]:
    """The ``provisioningObjectSummary``-shaped value of the answer."""
    return {
        "action": outcome.action,
        "changeId": str(uuid.uuid4()),
        "startTime": began,
        "endTime": iso(sim.state.now()),
        "modifiedProperties": [],
        "provisioningSteps": steps,
        "reportableIdentifier": user["userPrincipalName"],
        "statusInfo": {
            **outcome.status,
            "additionalDetails": None,
            "errorCategory": None,
            "recommendedAction": None,
        },
        "sourceIdentity": {
            "id": user["id"],
            "type": "User",
            "displayName": user.get("displayName"),
            "details": None,
        },
        "sourceSystem": {"id": None, "name": SOURCE_DIRECTORY, "details": None},
        "targetIdentity": {
            "id": outcome.target_id,
            "type": SCIM_CORE_USER,
            "displayName": None,
            "details": None,
        },
        "targetSystem": {"id": None, "name": TARGET_DIRECTORY, "details": None},
    }
