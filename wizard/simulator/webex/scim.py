"""Simulated Webex SCIM 2, at both addresses Entra may be given.

SCIM is served by the *scim2-server* library (RFC 7643/7644 behaviour we do not re-implement),
wrapped in the checks Webex does in front of it: a valid Webex bearer token, a known
organization, the SCIM scope and an admin role. One store per organization backs both
addresses:

- ``/identity/scim/{orgId}/v2/…`` — Webex's documented SCIM 2 base
  (https://developer.webex.com/docs/api/v1/scim-2-users);
- ``/v1/scim/{orgId}/…`` — the legacy tenant URL of Microsoft's tutorial
  (https://learn.microsoft.com/entra/identity/saas-apps/cisco-webex-provisioning-tutorial).
  What really backs ``api.ciscospark.com/v1/scim/{orgId}`` is UNCONFIRMED; we serve the same
  SCIM 2 store there, which is the simplest assumption consistent with the tutorial working.

Graph's simulated provisioning engine calls these routes in-process through ``sim.wsgi_app``,
so it meets exactly the checks a real client meets.

The library lives in :mod:`.scim_library`, imported on the first SCIM request: building its
pydantic models costs about half a second (``use_attribute_docstrings`` reads the source of
every model class), which a simulator that never serves SCIM should not pay at start.
"""

from __future__ import annotations

import io
import json
import weakref
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from wizard.simulator.routing import RouteTable, scim_error
from wizard.simulator.state import SimState
from wizard.simulator.webex.people import (
    INVALID_TOKEN_MESSAGE,
    has_scope,
    role_names,
    seed_people,
    valid_token,
)

if TYPE_CHECKING:
    from scim2_server.memory import InMemoryStorage

    from wizard.simulator.routing import Sim
    from wizard.simulator.webex.scim_library import WebexScimApp

routes = RouteTable()

#: Alternatives, each needed in full: Cisco's SCIM 2 reference names identity:people_rw for
#: changes and identity:people_read for reads (https://developer.webex.com/docs/api/v1/scim2-user);
#: the tutorial's token carries Identity:SCIM instead (docs/webex.md#token).
SCIM_READ_SCOPES = tuple(
    frozenset({s}) for s in ("Identity:SCIM", "identity:people_rw", "identity:people_read")
)
SCIM_WRITE_SCOPES = tuple(frozenset({s}) for s in ("Identity:SCIM", "identity:people_rw"))
#: Search/get allow these admins; create/update/delete only the first two
#: (https://developer.webex.com/docs/api/v1/scim-2-users).
SCIM_WRITE_ROLES = frozenset({"id_full_admin", "id_user_admin"})
SCIM_READ_ROLES = SCIM_WRITE_ROLES | {"id_readonly_admin", "id_device_admin"}
NOT_ADMIN_DETAIL = (
    "The signed-in account is not an administrator of this organization: this operation needs "
    "a Full Administrator or User Administrator."
)
CISCO_USER_SCHEMA = "urn:scim:schemas:extension:cisco:webexidentity:2.0:User"


def scim_storage(sim: Sim, org_id: str | None = None) -> InMemoryStorage:
    """The store of *org_id* (default: the simulated org), created on first use."""
    org = (org_id or sim.state.webex_org_id).lower()
    return _scim_app(sim, org).storage

#: org id -> its SCIM app, per simulated world (not tenant state, so not in SimState).
_apps_by_world: weakref.WeakKeyDictionary[SimState, dict[str, WebexScimApp]] = weakref.WeakKeyDictionary()


def _scim_app(sim: Sim, org: str) -> WebexScimApp:
    with sim.state.lock:
        apps = _apps_by_world.setdefault(sim.state, {})
        if org not in apps:
            from wizard.simulator.webex import scim_library

            apps[org] = scim_library.new_app(CISCO_USER_SCHEMA)
        return apps[org]


def scim_users(sim: Sim, org_id: str | None = None) -> list[dict[str, Any]]:
    """Every SCIM user of the org, read from the store directly (for tests and the demo)."""
    storage = scim_storage(sim, org_id)
    return [
        r.model_dump()
        for r in storage.resources
        if r.meta is not None and r.meta.resource_type == "User"
    ]


def _is_write(method: str, rest: str) -> bool:
    return method in ("POST", "PUT", "PATCH", "DELETE") and not rest.rstrip("/").endswith(".search")


def _default_user_type(environ: dict[str, Any], request: Request, rest: str) -> None:
    """Webex requires ``userType`` and returns it on every user (spec ``GetUserResponse``).

    Entra's connector is not known to send it, and it works against Webex, so we infer Webex
    defaults it to ``user`` (INFERENCE) — the simulator does the same on create/replace.
    """
    if request.method not in ("POST", "PUT") or rest.strip("/").split("/")[0] != "Users":
        return
    if rest.rstrip("/").endswith(".search"):
        return
    data = request.get_data(cache=True)
    try:
        body = json.loads(data)
    except ValueError:
        body = None
    if isinstance(body, dict) and "userType" not in body:
        body["userType"] = "user"
        data = json.dumps(body).encode()
    environ["wsgi.input"] = io.BytesIO(data)
    environ["CONTENT_LENGTH"] = str(len(data))


def _scim(sim: Sim, request: Request, org_id: str, rest: str, *, legacy: bool) -> Response:
    seed_people(sim)
    info = valid_token(sim, request)
    if info is None:
        response = scim_error(401, INVALID_TOKEN_MESSAGE)
        response.headers["WWW-Authenticate"] = 'Bearer realm="Webex SCIM"'
        return response
    org = org_id.lower()
    if org != sim.state.webex_org_id:
        # Webex refuses a valid token for another organization's URL (403), which is what
        # Cisco's status table means by "refused" (https://developer.webex.com/docs/basics).
        return scim_error(403, f"The token is not authorized for organization {org_id}.")
    write = _is_write(request.method, rest)
    if not has_scope(info, SCIM_WRITE_SCOPES if write else SCIM_READ_SCOPES):
        return scim_error(403, "The token does not have a SCIM scope (Identity:SCIM).")
    with sim.state.lock:
        person = sim.state.webex_people.get(info.subject) or {}
        held = role_names(person.get("roles", []))
    if not held & (SCIM_WRITE_ROLES if write else SCIM_READ_ROLES):
        return scim_error(403, NOT_ADMIN_DETAIL)

    environ = dict(request.environ)
    prefix = environ.get("SCRIPT_NAME", "").rstrip("/")
    script = f"{prefix}/v1/scim/{org_id}" if legacy else f"{prefix}/identity/scim/{org_id}"
    environ["SCRIPT_NAME"] = script
    environ["PATH_INFO"] = f"/{rest}" if legacy else f"/v2/{rest}"
    environ["wizard.scim_base"] = f"{request.host_url.rstrip('/')}{script}{'' if legacy else '/v2'}"
    _default_user_type(environ, request, rest)

    captured: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        captured["status"], captured["headers"] = status, headers
        return lambda _data: None

    app = _scim_app(sim, org)
    body = b"".join(app(environ, start_response))
    status = int(captured["status"].split()[0])
    if request.method == "PATCH" and status == 204:
        # scim2-server answers 204 when no attributes are requested; Webex's definition declares
        # 200 with the resource for PATCH, so answer with the patched resource.
        read = {**environ, "REQUEST_METHOD": "GET", "CONTENT_LENGTH": "0"}
        read["wsgi.input"] = io.BytesIO(b"")
        body = b"".join(app(read, start_response))
        status = int(captured["status"].split()[0])
    return Response(body, status=status, headers=captured["headers"])


@routes.route("/identity/scim/<org_id>/v2/<path:rest>", ["GET"], group="scim")
def scim2_read(sim: Sim, request: Request, org_id: str, rest: str) -> Response:
    return _scim(sim, request, org_id, rest, legacy=False)


@routes.route(
    "/identity/scim/<org_id>/v2/<path:rest>",
    ["POST", "PUT", "PATCH", "DELETE"],
    group="scim",
    writes=True,
)
def scim2_write(sim: Sim, request: Request, org_id: str, rest: str) -> Response:
    return _scim(sim, request, org_id, rest, legacy=False)


#: SCIM's ``POST …/.search`` (RFC 7644 §3.4.3) is not in Webex's published definition, so the
#: simulator does not serve it: refused in the SCIM error shape, never reaching the store.
SEARCH_NOT_SUPPORTED = "POST .search is not supported; use GET with filter."


@routes.route("/identity/scim/<org_id>/v2/<path:rest>/.search", ["POST"], group="scim")
def scim2_search(sim: Sim, request: Request, org_id: str, rest: str) -> Response:
    return scim_error(404, SEARCH_NOT_SUPPORTED)


@routes.route("/v1/scim/<org_id>/<path:rest>", ["GET"], group="scim")
def legacy_read(sim: Sim, request: Request, org_id: str, rest: str) -> Response:
    """Legacy tenant URL of Microsoft's tutorial; backing service UNCONFIRMED (module docstring)."""
    return _scim(sim, request, org_id, rest, legacy=True)


@routes.route(
    "/v1/scim/<org_id>/<path:rest>", ["POST", "PUT", "PATCH", "DELETE"], group="scim", writes=True
)
def legacy_write(sim: Sim, request: Request, org_id: str, rest: str) -> Response:
    return _scim(sim, request, org_id, rest, legacy=True)


@routes.route("/v1/scim/<org_id>/<path:rest>/.search", ["POST"], group="scim")
def legacy_search(sim: Sim, request: Request, org_id: str, rest: str) -> Response:
    return scim_error(404, SEARCH_NOT_SUPPORTED)
