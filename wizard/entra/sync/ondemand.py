"""Provisioning one user now (``provisionOnDemand``) and reading its step report.

The answer is a ``stringKeyStringValuePair`` whose ``key`` and ``value`` are JSON *strings*
(https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-provisionondemand);
:func:`parse_on_demand` reads them defensively and never raises. The documented limit is 5 calls
per 10 s: a client-side window keeps us under it, and a 429 is waited out (bounded) before it
becomes :meth:`ProvisioningError.throttled`.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, Cancelled
from wizard.entra.graph import GraphClient, sp_path
from wizard.entra.graph_errors import GraphThrottled
from wizard.entra.sync.errors import ProvisioningError
from wizard.entra.sync.jobs import job_schema
from wizard.entra.waits import StopWaiting, interruptible_sleep

log = logging.getLogger("wizard.entra.sync.ondemand")

#: provisionOnDemand: "The rate limit for this API is 5 requests per 10 seconds."
ON_DEMAND_LIMIT = 5
ON_DEMAND_WINDOW = 10.0
#: Longest Retry-After the on-demand call waits out by itself before asking the admin.
ON_DEMAND_MAX_WAIT = 30.0


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
    ``provisioningSteps``/``statusInfo`` (example 1 of
    https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-provisionondemand); the cross-tenant example has a type
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


def user_rule_id(schema: Mapping[str, Any]) -> str | None:
    """The synchronization rule that maps Entra users (its id is provisionOnDemand's ruleId)."""
    rules = [r for r in schema.get("synchronizationRules") or [] if isinstance(r, dict)]
    for rule in rules:
        for om in rule.get("objectMappings") or []:
            if isinstance(om, dict) and str(om.get("sourceObjectName", "")).lower() == "user":
                return str(rule.get("id") or "") or None
    return str(rules[0].get("id") or "") or None if rules else None


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
