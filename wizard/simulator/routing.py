"""A tiny router shared by the simulator's services, plus the error shapes they answer with.

Each service module calls :func:`route` at import time; the server matches a request against
every registered rule with werkzeug's router. A rule names its *group* (``entra``, ``graph``,
``idbroker``, ``webex``, ``scim``) so scenarios can slow, throttle or break a whole service,
and says whether it *writes* to the tenant, so tests can assert that nothing was changed.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

if TYPE_CHECKING:
    from wizard.simulator.server import Simulator

Handler = Callable[..., Response]


@dataclass(frozen=True)
class RouteInfo:
    group: str
    writes: bool
    handler: Handler
    name: str


_rules: list[Rule] = []
_routes: dict[str, RouteInfo] = {}


def route(
    pattern: str, methods: list[str], *, group: str, writes: bool = False, name: str | None = None
) -> Callable[[Handler], Handler]:
    """Register ``handler(sim, request, **path_args) -> Response`` for *pattern*."""

    def decorate(handler: Handler) -> Handler:
        endpoint = name or f"{handler.__module__}.{handler.__name__}:{','.join(methods)}"
        if endpoint in _routes:
            raise ValueError(f"duplicate simulator route {endpoint}")
        _routes[endpoint] = RouteInfo(group, writes, handler, endpoint)
        _rules.append(Rule(pattern, endpoint=endpoint, methods=methods, strict_slashes=False))
        return handler

    return decorate


def url_map() -> Map:
    return Map([r.empty() for r in _rules], converters={})


def route_info(endpoint: str) -> RouteInfo:
    return _routes[endpoint]


def all_routes() -> list[tuple[str, list[str], RouteInfo]]:
    """(pattern, methods, info) for every route, for coverage tests and docs."""
    return [(r.rule, sorted(r.methods or []), _routes[r.endpoint]) for r in _rules]


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
    """Graph's documented error shape (research/entra-graph.md §4.3)."""
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
    """The generic Webex REST error shape (research/webex.md §3.3 item 2)."""
    tracking = request.environ.get("sim.tracking_id", "")
    body = {"message": message, "errors": [{"description": message}], "trackingId": tracking}
    return json_response(body, status, headers)


def scim_error(status: int, detail: str, scim_type: str | None = None) -> Response:
    """RFC 7644 §3.12 error shape."""
    body: dict[str, Any] = {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
        "status": str(status),
        "detail": detail,
    }
    if scim_type:
        body["scimType"] = scim_type
    return Response(json.dumps(body), status=status, content_type="application/scim+json")


def oauth_error(error: str, description: str, status: int = 400, codes: list[int] | None = None) -> Response:
    """Entra token-endpoint error shape (research/entra-graph.md §3.4)."""
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


def sim_of(request: Request) -> Simulator:
    return request.environ["sim.simulator"]
