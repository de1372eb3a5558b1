"""Route tables, the router the server matches requests with, and the services' error shapes.

Each service package (:mod:`~wizard.simulator.entra`, :mod:`~wizard.simulator.graph`,
:mod:`~wizard.simulator.webex`) declares its routes in module-level :class:`RouteTable` objects,
and its ``register(router)`` adds them to the :class:`Router` the server builds: importing a
module registers nothing. A rule names its *group* (``entra``, ``graph``, ``idbroker``,
``webex``, ``scim``) so scenarios can slow, throttle or break a whole service, and says whether
it *writes* to the tenant, so tests can assert that nothing was changed.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

if TYPE_CHECKING:
    from wizard.simulator.state import SimState

Handler = Callable[..., Response]


class Sim(Protocol):
    """What route handlers use of the simulator (:class:`wizard.simulator.server.Simulator`)."""

    state: SimState
    #: Set by the "configured" state: the ids and Webex token setup would have saved.
    configured: dict[str, Any] | None

    @property
    def port(self) -> int: ...

    @property
    def base_url(self) -> str: ...

    def wsgi_app(self, environ: dict[str, Any], start_response: Any) -> Any: ...


@dataclass(frozen=True)
class RouteInfo:
    group: str
    writes: bool
    handler: Handler
    name: str


@dataclass(frozen=True)
class RouteSpec:
    pattern: str
    methods: tuple[str, ...]
    info: RouteInfo


@dataclass
class RouteTable:
    """The routes one module declares, in order; its service's ``register()`` adds them."""

    specs: list[RouteSpec] = field(default_factory=list)

    def add(
        self,
        pattern: str,
        methods: list[str],
        handler: Handler,
        *,
        group: str,
        writes: bool = False,
        name: str | None = None,
    ) -> None:
        """Declare ``handler(sim, request, **path_args) -> Response`` for *pattern*.

        The default endpoint name is ``<package>.<handler>:<METHODS>`` (the handler's package,
        not its module), so names stay put when a service's modules are split or merged.
        """
        package = handler.__module__.rpartition(".")[0]
        endpoint = name or f"{package}.{handler.__name__}:{','.join(methods)}"
        info = RouteInfo(group, writes, handler, endpoint)
        self.specs.append(RouteSpec(pattern, tuple(methods), info))

    def route(
        self,
        pattern: str,
        methods: list[str],
        *,
        group: str,
        writes: bool = False,
        name: str | None = None,
    ) -> Callable[[Handler], Handler]:
        """:meth:`add` as a decorator; the handler is returned unchanged."""

        def decorate(handler: Handler) -> Handler:
            self.add(pattern, methods, handler, group=group, writes=writes, name=name)
            return handler

        return decorate


class Router:
    """Every route of one simulator, matched with werkzeug's router."""

    def __init__(self) -> None:
        self._rules: list[Rule] = []
        self._routes: dict[str, RouteInfo] = {}

    def include(self, table: RouteTable) -> None:
        for spec in table.specs:
            endpoint = spec.info.name
            if endpoint in self._routes:
                raise ValueError(f"duplicate simulator route {endpoint}")
            self._routes[endpoint] = spec.info
            rule = Rule(spec.pattern, endpoint=endpoint, methods=list(spec.methods), strict_slashes=False)
            self._rules.append(rule)

    def url_map(self) -> Map:
        return Map([r.empty() for r in self._rules], converters={})

    def route_info(self, endpoint: str) -> RouteInfo:
        return self._routes[endpoint]

    def all_routes(self) -> list[tuple[str, list[str], RouteInfo]]:
        """(pattern, methods, info) for every route, for coverage tests and docs."""
        return [(r.rule, sorted(r.methods or []), self._routes[r.endpoint]) for r in self._rules]


# ------------------------------------------------------------------------- response helpers
def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body),
        status=status,
        headers=headers or {},
        content_type="application/json",
    )


def graph_response(body: Any, status: int = 200) -> Response:
    return Response(
        json.dumps(body),
        status=status,
        content_type="application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8",
    )


def graph_error(request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    """Graph's documented error shape (https://learn.microsoft.com/graph/errors)."""
    body = {
        "error": {
            "code": code,
            "message": message,
            "innerError": {
                "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()),
                "request-id": request.environ.get("sim.request_id", ""),
                "client-request-id": request.headers.get("client-request-id", ""),
            },
        }
    }
    return json_response(body, status, headers)


def webex_error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """The generic Webex REST error shape (https://developer.webex.com/docs/basics, "API Errors")."""
    tracking = request.environ.get("sim.tracking_id", "")
    body = {"message": message, "errors": [{"description": message}], "trackingId": tracking}
    return json_response(body, status, headers)


def scim_error(status: int, detail: str, scim_type: str | None = None) -> Response:
    """The SCIM error shape (https://www.rfc-editor.org/rfc/rfc7644#section-3.12)."""
    body: dict[str, Any] = {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
        "status": str(status),
        "detail": detail,
    }
    if scim_type:
        body["scimType"] = scim_type
    return Response(json.dumps(body), status=status, content_type="application/scim+json")


def oauth_error(error: str, description: str, status: int = 400, codes: list[int] | None = None) -> Response:
    """Entra's token-endpoint error shape (error responses in
    https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow)."""
    return json_response(
        {
            "error": error,
            "error_description": description,
            "error_codes": codes or [],
            "timestamp": time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime()),
            "trace_id": str(uuid.uuid4()),
            "correlation_id": str(uuid.uuid4()),
            "error_uri": "https://login.microsoftonline.com/error?code=" + (str(codes[0]) if codes else ""),
        },
        status,
    )


def bearer_token(request: Request) -> str | None:
    scheme, _, token = (request.headers.get("Authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return token.strip()

