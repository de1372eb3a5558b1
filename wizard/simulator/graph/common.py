"""Shared machinery of the simulated Microsoft Graph: registration, auth, admin check, errors.

Every Graph route is declared through :meth:`GraphRoutes.graph` (or :meth:`GraphRoutes.sp` for
routes under a service principal), which applies, in Graph's order: bearer-token check (401
``InvalidAuthenticationToken``), the delegated-permission check of :mod:`.permissions` (403
``Authorization_RequestDenied``), the directory-role check for writes and for every
synchronization call, reads included (403 ``Authorization_RequestDenied``), and for
service-principal routes the replication delay (404 ``Request_ResourceNotFound`` while
``state.sp_visible`` is False). Handlers raise :class:`ODataError` instead of building error
responses, so the error shape is uniform.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from wizard.simulator.graph import permissions
from wizard.simulator.routing import RouteTable, bearer_token, graph_error, graph_response
from wizard.simulator.state import (
    ROLE_APPLICATION_ADMIN,
    ROLE_CLOUD_APPLICATION_ADMIN,
    ROLE_GLOBAL_ADMIN,
    IssuedToken,
)

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

#: Directory roles that may change applications, assignments and provisioning
#: (docs/entra-graph.md#permissions-and-roles).
WRITE_ROLES = frozenset({ROLE_GLOBAL_ADMIN, ROLE_APPLICATION_ADMIN, ROLE_CLOUD_APPLICATION_ADMIN})
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: The synchronization API pages require one of those roles for reads as well ("the signed-in
#: user must be ... assigned a supported Microsoft Entra role"), e.g.
#: https://learn.microsoft.com/en-us/graph/api/synchronization-synchronization-list-templates
ROLE_READ_PREFIXES = ("/synchronization",)
DENIED = "Insufficient privileges to complete the operation."
GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000"


class ODataError(Exception):
    """Raised by handlers; turned into Graph's error body by the route wrapper."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def not_found(resource_id: str) -> ODataError:
    # Graph's directory wording, also what a not-yet-replicated object answers (docs/entra-graph.md#replication-delay).
    return ODataError(
        404,
        "Request_ResourceNotFound",
        f"Resource '{resource_id}' does not exist or one of its queried reference-property "
        "objects are not present.",
    )


def bad_request(message: str, code: str = "BadRequest") -> ODataError:
    return ODataError(400, code, message)


def stored_copy(sim: Sim, table: Mapping[str, dict[str, Any]], key: str) -> dict[str, Any]:
    """A copy of ``table[key]`` (one of ``sim.state``'s), taken under the lock; else the 404."""
    with sim.state.lock:
        obj = table.get(key)
        if obj is None:
            raise not_found(key)
        return copy.deepcopy(obj)


# ------------------------------------------------------------------------------- registration
GraphHandler = Callable[..., Response]


def _run(request: Request, call: Callable[[], Response]) -> Response:
    try:
        return call()
    except ODataError as exc:
        return graph_error(request, exc.status, exc.code, exc.message, exc.headers or None)


def authenticate(sim: Sim, request: Request) -> str:
    """The signed-in user's object id, or raise 401 the way Graph does."""
    return token_of(sim, request).subject


def token_of(sim: Sim, request: Request) -> IssuedToken:
    """The valid Graph token of the request, or raise 401 the way Graph does."""
    token = bearer_token(request)
    challenge = {
        "WWW-Authenticate": 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/'
        f'common/oauth2/authorize", client_id="{GRAPH_APP_ID}"'
    }
    if not token:
        raise ODataError(401, "InvalidAuthenticationToken", "Access token is empty.", challenge)
    info = sim.state.token_info(token, "graph")
    if info is None:
        raise ODataError(
            401, "InvalidAuthenticationToken", "Access token validation failure.", challenge
        )
    if not info.valid(sim.state.now()):
        raise ODataError(
            401,
            "InvalidAuthenticationToken",
            "Access token has expired or is not yet valid.",
            challenge,
        )
    return info


def require_scopes(info: IssuedToken, rule: permissions.Requirement) -> None:
    """403 as Graph answers a token without the call's delegated permission."""
    if not rule.satisfied_by(info.scopes):
        raise ODataError(403, "Authorization_RequestDenied", DENIED)


def require_writer(sim: Sim, caller: str) -> None:
    with sim.state.lock:
        roles = set(sim.state.role_assignments.get(caller, set()))
    if not roles & WRITE_ROLES:
        raise ODataError(403, "Authorization_RequestDenied", DENIED)


def visible_sp(sim: Sim, sp_id: str) -> dict[str, Any]:
    """The service principal, or 404 while it is missing or still replicating."""
    with sim.state.lock:
        sp = sim.state.service_principals.get(sp_id)
        if sp is None or not sim.state.sp_visible(sp_id):
            raise not_found(sp_id)
        return sp


def sp_by_app_id(sim: Sim, app_id: str) -> dict[str, Any]:
    with sim.state.lock:
        for sp_id, sp in sim.state.service_principals.items():
            if sp["appId"].lower() == app_id.lower() and sim.state.sp_visible(sp_id):
                return sp
    # The alternate-key form names the appId in Graph's message, as the key the caller used.
    raise not_found(app_id)


class GraphRoutes(RouteTable):
    """The Graph routes of one module, declared with :meth:`graph` and :meth:`sp`."""

    def graph(
        self, pattern: str, methods: list[str], *, writes: bool = False, name: str | None = None
    ) -> Callable[[GraphHandler], GraphHandler]:
        """Declare ``handler(sim, request, caller, **path_args)`` under ``/v1.0{pattern}``."""

        rules = {m: permissions.requirement(m, pattern) for m in methods}
        roles_on_reads = pattern.startswith("/servicePrincipals") and any(
            p in pattern for p in ROLE_READ_PREFIXES
        )

        def decorate(fn: GraphHandler) -> GraphHandler:
            @functools.wraps(fn)
            def handler(sim: Sim, request: Request, **args: Any) -> Response:
                def call() -> Response:
                    info = token_of(sim, request)
                    require_scopes(info, rules[request.method])
                    if request.method in WRITE_METHODS or roles_on_reads:
                        require_writer(sim, info.subject)
                    return fn(sim, request, info.subject, **args)

                return _run(request, call)

            endpoint = name or f"graph.{fn.__name__}:{','.join(methods)}"
            self.add("/v1.0" + pattern, methods, handler, group="graph", writes=writes, name=endpoint)
            return fn

        return decorate

    def sp(
        self, suffix: str, methods: list[str], *, writes: bool = False
    ) -> Callable[[GraphHandler], GraphHandler]:
        """Declare ``handler(sim, request, caller, sp, **args)`` under both addressing forms.

        ``/servicePrincipals/{id}{suffix}`` and the CSDL alternate key
        ``/servicePrincipals(appId='{appId}'){suffix}`` (servicePrincipal AlternateKeys annotation).
        """

        def decorate(fn: GraphHandler) -> GraphHandler:
            def by_id(sim: Sim, request: Request, caller: str, sp_id: str, **args: Any) -> Response:
                return fn(sim, request, caller, visible_sp(sim, sp_id), **args)

            def by_app_id(
                sim: Sim, request: Request, caller: str, app_id: str, **args: Any
            ) -> Response:
                return fn(sim, request, caller, sp_by_app_id(sim, app_id), **args)

            label = f"{fn.__name__}:{','.join(methods)}"
            self.graph(
                f"/servicePrincipals/<sp_id>{suffix}", methods, writes=writes, name=f"graph.{label}"
            )(by_id)
            self.graph(
                f"/servicePrincipals(appId='<app_id>'){suffix}",
                methods,
                writes=writes,
                name=f"graph.{label}.appId",
            )(by_app_id)
            return fn

        return decorate


# ------------------------------------------------------------------------------- bodies
def read_json(request: Request) -> dict[str, Any]:
    """The JSON object body, or Graph's 400/415 for a payload it would not read.

    Graph reads a body only as ``application/json``: without a Content-Type it answers 400 with
    the message below, and with another media type 415 (https://learn.microsoft.com/en-us/graph/errors,
    "415 Unsupported Media Type"; each API page lists ``Content-Type: application/json`` as a
    required request header).
    """
    mimetype = request.mimetype
    if request.get_data() and mimetype and mimetype != "application/json":
        raise ODataError(
            415,
            "UnsupportedMediaType",
            f"The content type '{request.content_type}' is not supported; use application/json.",
        )
    if request.get_data() and not mimetype:
        raise bad_request(UNREADABLE_BODY)
    try:
        body = json.loads(request.get_data(as_text=True) or "null")
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise bad_request(UNREADABLE_BODY)
    return body


UNREADABLE_BODY = (
    "Unable to read JSON request payload. Please ensure Content-Type header is set and "
    "payload is of valid JSON format."
)


def context_url(request: Request, fragment: str) -> str:
    """``@odata.context``: the metadata URL on the host the caller used."""
    return f"{request.host_url.rstrip('/')}/v1.0/$metadata#{fragment}"


def entity(request: Request, fragment: str, obj: dict[str, Any], status: int = 200) -> Response:
    return graph_response({"@odata.context": context_url(request, fragment), **obj}, status)


def no_content() -> Response:
    return Response(status=204)
