"""Synchronization (provisioning) routes of the simulated Graph.

CSDL anchors: ``servicePrincipal.synchronization`` (containment) -> entity ``synchronization``
with property ``secrets`` (``Collection(graph.synchronizationSecretKeyStringValuePair)``, so
``PUT .../synchronization/secrets`` with ``{"value": [...]}`` replaces it) and navigations
``jobs`` / ``templates``; ``synchronizationJob`` navigation ``schema``; bound actions on
``synchronizationJob``: ``start``, ``pause``, ``restart(criteria)``,
``validateCredentials(applicationIdentifier, templateId, useSavedCredentials, credentials)``,
``provisionOnDemand(parameters)`` returning ``graph.stringKeyStringValuePair``; and the same
``validateCredentials`` bound to ``Collection(graph.synchronizationJob)`` (test before a job exists).

Not in the CSDL: the job starts ``Disabled``/``NotConfigured`` and ``start`` clears quarantine
(learn.microsoft.com synchronization-synchronizationjob-start); ``restart`` re-runs after
resetting what ``criteria.resetScope`` names (synchronizationJobRestartScope flags). The
provisioning outcome itself is simulated by :mod:`wizard.simulator.graph.engine`.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from wizard.simulator.graph import engine, ondemand
from wizard.simulator.graph.common import (
    GraphHandler,
    GraphRoutes,
    bad_request,
    entity,
    no_content,
    not_found,
    read_json,
)
from wizard.simulator.graph.csdl import ENUMS
from wizard.simulator.graph.query import collection, project, select_fields
from wizard.simulator.graph.schema import build_schema

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

routes = GraphRoutes()

SECRET_KEYS = frozenset(ENUMS["synchronizationSecret"])
RESTART_SCOPES = frozenset(ENUMS["synchronizationJobRestartScope"])
_VALIDATE_PARAMS = frozenset(
    {"applicationIdentifier", "templateId", "useSavedCredentials", "credentials"}
)


def _fragment(sp: dict[str, Any], tail: str) -> str:
    return f"servicePrincipals('{sp['id']}')/synchronization/{tail}"


def _sync(sim: Sim, sp: dict[str, Any]) -> dict[str, Any]:
    """The SP's synchronization entity; apps without provisioning have an empty one."""
    return sim.state.sync.get(sp["id"]) or {"templates": [], "jobs": {}, "secrets": []}


def _job(sim: Sim, sp: dict[str, Any], job_id: str) -> dict[str, Any]:
    job = _sync(sim, sp)["jobs"].get(job_id)
    if job is None:
        raise not_found(job_id)
    return job


def action_body(
    request: Request, action: str, allowed: frozenset[str], *, optional: bool = False
) -> dict[str, Any]:
    """The action's parameters; unknown names are refused the way OData does."""
    if optional and not request.get_data():
        return {}
    body = read_json(request)
    for name in body:
        if name not in allowed and not name.startswith("@odata."):
            raise bad_request(
                f"The parameter '{name}' in the request payload is not a valid parameter for the "
                f"operation '{action}'."
            )
    return body


def secret_pairs(value: Any, what: str) -> list[dict[str, str]]:
    """A synchronizationSecretKeyStringValuePair collection, keys checked against the enum."""
    if not isinstance(value, list):
        raise bad_request(f"The '{what}' value must be a collection of key/value pairs.")
    pairs = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("key"), str):
            raise bad_request(f"Each item of '{what}' needs a 'key' and a 'value'.")
        if item["key"] not in SECRET_KEYS:
            raise bad_request(
                f"The value '{item['key']}' is not a valid member of 'microsoft.graph.synchronizationSecret'."
            )
        if item.get("value") is not None and not isinstance(item["value"], str):
            raise bad_request(f"The value of secret '{item['key']}' must be a string.")
        pairs.append({"key": item["key"], "value": item.get("value")})
    return pairs


# ------------------------------------------------------------------------------- templates
@routes.sp("/synchronization/templates", ["GET"])
def list_sync_templates(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any]
) -> Response:
    fields = select_fields(request, "synchronizationTemplate")
    with sim.state.lock:
        rows = copy.deepcopy(_sync(sim, sp)["templates"])
    return collection(request, _fragment(sp, "templates"), rows, fields, countable=False)


@routes.sp("/synchronization/templates/<template_id>/schema", ["GET"])
def get_template_schema(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any], template_id: str
) -> Response:
    with sim.state.lock:
        if not any(t["id"] == template_id for t in _sync(sim, sp)["templates"]):
            raise not_found(template_id)
    return entity(
        request,
        _fragment(sp, f"templates('{template_id}')/schema/$entity"),
        build_schema(template_id),
    )


# ------------------------------------------------------------------------------- jobs
@routes.sp("/synchronization/jobs", ["GET"])
def list_jobs(sim: Sim, request: Request, caller: str, sp: dict[str, Any]) -> Response:
    fields = select_fields(request, "synchronizationJob")
    with sim.state.lock:
        rows = copy.deepcopy(list(_sync(sim, sp)["jobs"].values()))
    return collection(request, _fragment(sp, "jobs"), rows, fields, countable=False)


@routes.sp("/synchronization/jobs", ["POST"], writes=True)
def create_job(sim: Sim, request: Request, caller: str, sp: dict[str, Any]) -> Response:
    body = read_json(request)
    template_id = body.get("templateId")
    with sim.state.lock:
        known = {t["id"] for t in _sync(sim, sp)["templates"]}
        if not isinstance(template_id, str) or template_id not in known:
            raise bad_request(
                f"The synchronization template '{template_id}' was not found for this application. "
                "Use one of the templates listed under synchronization/templates."
            )
        job = copy.deepcopy(sim.state.new_job(sp["id"], template_id))
    return entity(request, _fragment(sp, "jobs/$entity"), job, 201)


def _read_job(
    sim: Sim,
    request: Request,
    sp: dict[str, Any],
    job_id: str,
    type_name: str,
    tail: str,
    body_of: Callable[[dict[str, Any]], dict[str, Any]],
) -> Response:
    """A GET of the job or of what hangs off it (*body_of* the job), ``$select`` on *type_name*
    checked before the job is looked up; *tail* ends the ``@odata.context``."""
    fields = select_fields(request, type_name)
    with sim.state.lock:
        body = project(body_of(_job(sim, sp, job_id)), fields)
    return entity(request, _fragment(sp, tail), body)


@routes.sp("/synchronization/jobs/<job_id>", ["GET"])
def get_job(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any], job_id: str
) -> Response:
    return _read_job(
        sim, request, sp, job_id, "synchronizationJob", "jobs/$entity", copy.deepcopy
    )


@routes.sp("/synchronization/jobs/<job_id>", ["DELETE"], writes=True)
def delete_job(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any], job_id: str
) -> Response:
    with sim.state.lock:
        _job(sim, sp, job_id)
        del sim.state.sync[sp["id"]]["jobs"][job_id]
    return no_content()


@routes.sp("/synchronization/jobs/<job_id>/schema", ["GET"])
def get_job_schema(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any], job_id: str
) -> Response:
    tail = f"jobs('{job_id}')/schema/$entity"
    return _read_job(
        sim, request, sp, job_id, "synchronizationSchema", tail, lambda _: build_schema(job_id)
    )


# ------------------------------------------------------------------------------- job actions
def _job_action(
    action: str, params: frozenset[str] = frozenset(), *, optional: bool = True
) -> Callable[[GraphHandler], GraphHandler]:
    """Declare ``handler(sim, request, sp, job_id, body)`` for ``POST .../jobs/{id}/{action}``:
    the action's parameters are checked (:func:`action_body`) before the job is looked up."""

    def decorate(fn: GraphHandler) -> GraphHandler:
        @routes.sp(f"/synchronization/jobs/<job_id>/{action}", ["POST"], writes=True)
        @functools.wraps(fn)
        def handler(
            sim: Sim, request: Request, caller: str, sp: dict[str, Any], job_id: str
        ) -> Response:
            body = action_body(request, action, params, optional=optional)
            return fn(sim, request, sp, job_id, body)

        return fn

    return decorate


def _schedule(
    sim: Sim, sp: dict[str, Any], job_id: str, state: str, update: Callable[[dict[str, Any]], None]
) -> Response:
    """Set the job's schedule *state* and *update* its status; an Active job runs a cycle."""
    with sim.state.lock:
        job = _job(sim, sp, job_id)
        job["schedule"]["state"] = state
        update(job["status"])
    if state == "Active":
        # Real Entra runs the cycle asynchronously; the simulator runs it before answering so
        # the demo is deterministic. The outcome is read from the job's status, as with Entra.
        engine.run_cycle(sim, sp["id"], job_id)
    return no_content()


def _unpause(status: dict[str, Any]) -> None:
    if status["code"] in ("NotConfigured", "Paused"):
        status["code"] = "NotRun"


def _pause(status: dict[str, Any]) -> None:
    status["code"] = "Paused"


def _reset(scopes: set[str], status: dict[str, Any]) -> None:
    """What ``restart`` clears, by ``criteria.resetScope``; the job then runs afresh."""
    if scopes & {"QuarantineState", "Full"}:
        status["quarantine"] = None
        status["countSuccessiveCompleteFailures"] = 0
    if scopes & {"Watermark", "Full"}:
        status["steadyStateFirstAchievedTime"] = "0001-01-01T00:00:00Z"
    status["code"] = "NotRun"


@_job_action("start")
def start_job(
    sim: Sim, request: Request, sp: dict[str, Any], job_id: str, body: dict[str, Any]
) -> Response:
    return _schedule(sim, sp, job_id, "Active", _unpause)


@_job_action("pause")
def pause_job(
    sim: Sim, request: Request, sp: dict[str, Any], job_id: str, body: dict[str, Any]
) -> Response:
    return _schedule(sim, sp, job_id, "Paused", _pause)


@_job_action("restart", frozenset({"criteria"}))
def restart_job(
    sim: Sim, request: Request, sp: dict[str, Any], job_id: str, body: dict[str, Any]
) -> Response:
    criteria = body.get("criteria") or {}
    if not isinstance(criteria, dict) or set(criteria) - {"resetScope"}:
        raise bad_request(
            "The 'criteria' parameter must be a synchronizationJobRestartCriteria object."
        )
    raw = criteria.get("resetScope") or "Full"
    scopes = {s.strip() for s in str(raw).split(",") if s.strip()}
    unknown = sorted(scopes - RESTART_SCOPES)
    if unknown:
        raise bad_request(
            f"The value '{unknown[0]}' is not a valid member of 'microsoft.graph.synchronizationJobRestartScope'."
        )
    return _schedule(sim, sp, job_id, "Active", functools.partial(_reset, scopes))


@routes.sp("/synchronization/jobs/<job_id>/validateCredentials", ["POST"])
def validate_job_credentials(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any], job_id: str
) -> Response:
    with sim.state.lock:
        _job(sim, sp, job_id)
    _validate(sim, request, sp)
    return no_content()


@routes.sp("/synchronization/jobs/validateCredentials", ["POST"])
def validate_credentials(
    sim: Sim, request: Request, caller: str, sp: dict[str, Any]
) -> Response:
    body = _validate(sim, request, sp)
    template_id = body.get("templateId")
    if template_id is not None:
        with sim.state.lock:
            if template_id not in {t["id"] for t in _sync(sim, sp)["templates"]}:
                raise bad_request(
                    f"The synchronization template '{template_id}' was not found for this application."
                )
    return no_content()


def _validate(sim: Sim, request: Request, sp: dict[str, Any]) -> dict[str, Any]:
    body = action_body(request, "validateCredentials", _VALIDATE_PARAMS)
    if body.get("useSavedCredentials") is True:
        # "When true, the credentials parameter will be ignored and the previously saved
        # credentials (if any) will be validated instead." (docs/entra-graph.md#provisioning-job)
        with sim.state.lock:
            credentials = copy.deepcopy(_sync(sim, sp)["secrets"])
    else:
        credentials = secret_pairs(body.get("credentials"), "credentials")
    engine.validate_credentials(sim, credentials)
    return body


@_job_action("provisionOnDemand", frozenset({"parameters"}), optional=False)
def provision_on_demand(
    sim: Sim, request: Request, sp: dict[str, Any], job_id: str, body: dict[str, Any]
) -> Response:
    with sim.state.lock:
        _job(sim, sp, job_id)
    ondemand.check_rate(sim, job_id)
    user = ondemand.subject_user(sim, job_id, body.get("parameters"))
    pair = ondemand.provision(sim, sp["id"], job_id, user)
    return entity(request, "microsoft.graph.stringKeyStringValuePair", pair)


# ------------------------------------------------------------------------------- secrets
#: Keys whose value is a JSON object; an empty value is refused (msgraph-metadata issue 347).
JSON_SECRETS = frozenset({"SyncNotificationSettings"})
#: Keys Entra never returns in the clear.
MASKED_SECRETS = frozenset({"SecretToken", "Password", "ClientSecret", "Oauth2ClientSecret"})


@routes.sp("/synchronization/secrets", ["GET"])
def get_secrets(sim: Sim, request: Request, caller: str, sp: dict[str, Any]) -> Response:
    """The saved set, secrets masked: Microsoft's procedure reads it before adding keys
    (https://learn.microsoft.com/en-us/entra/identity/app-provisioning/skip-out-of-scope-deletions)."""
    with sim.state.lock:
        pairs = copy.deepcopy(_sync(sim, sp)["secrets"])
    shown = [
        {"key": p["key"], "value": "*" * 8 if p["key"] in MASKED_SECRETS else p["value"]}
        for p in pairs
    ]
    return entity(request, _fragment(sp, "secrets"), {"value": shown})


@routes.sp("/synchronization/secrets", ["PUT"], writes=True)
def put_secrets(sim: Sim, request: Request, caller: str, sp: dict[str, Any]) -> Response:
    body = read_json(request)
    if set(body) - {"value"} - {k for k in body if k.startswith("@odata.")}:
        raise bad_request('The request body must be {"value": [...]} (synchronization secrets).')
    pairs = secret_pairs(body.get("value"), "value")
    for pair in pairs:
        if pair["key"] in JSON_SECRETS and not (pair["value"] or "").strip():
            raise bad_request(
                f"The value of '{pair['key']}' is not valid notification settings JSON.",
                "InvalidNotificationSettings",
            )
    with sim.state.lock:
        if sp["id"] not in sim.state.sync:
            raise bad_request("This application does not support provisioning.")
        # PUT replaces the whole set (docs/entra-graph.md#provisioning-job: always send the full set).
        sim.state.sync[sp["id"]]["secrets"] = pairs
    return no_content()
