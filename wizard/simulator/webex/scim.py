"""Simulated Webex: idbroker sign-in (implicit grant), REST people/me + tokenExpiry, and SCIM 2.

Shapes follow Cisco's published OpenAPI definition (``shared/specs/webex-admin.openapi.json``)
and research/webex.md; where the real service is undocumented the choice made here is said in a
comment, so nobody mistakes the simulator for evidence.

SCIM is served by the *scim2-server* library (RFC 7643/7644 behaviour we do not re-implement),
wrapped in the checks Webex does in front of it: a valid Webex bearer token, a known
organization, the SCIM scope and an admin role. One store per organization backs both
addresses Entra may be given:

- ``/identity/scim/{orgId}/v2/…`` — Webex's documented SCIM 2 base (research §3.1);
- ``/v1/scim/{orgId}/…`` — the legacy tenant URL of Microsoft's tutorial. What really backs
  ``api.ciscospark.com/v1/scim/{orgId}`` is UNCONFIRMED (research §3.1, §9); we serve the same
  SCIM 2 store there, which is the simplest assumption consistent with the tutorial working.

Graph's simulated provisioning engine calls these routes in-process through ``sim.wsgi_app``,
so it meets exactly the checks a real client meets.
"""

from __future__ import annotations

import base64
import binascii
import copy
import html
import io
import json
import secrets
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from scim2_models import ResourceType, Schema, ScimProvider
from scim2_server.applications.wsgi import WSGIApplication
from scim2_server.memory import InMemoryStorage
from scim2_server.service import ScimService
from scim2_server.utils import (
    load_default_resource_types,
    load_default_schemas,
    load_default_service_provider_config,
)
from werkzeug.wrappers import Request, Response

from wizard.core.endpoints import WEBEX_AZURE_CLIENT_ID, Endpoints
from wizard.simulator.routing import bearer_token, json_response, route, scim_error, webex_error
from wizard.simulator.state import DEMO_PASSWORD, IssuedToken

if TYPE_CHECKING:
    from wizard.simulator.server import Simulator

AUTHORIZE_PATH = "/idb/oauth2/v1/authorize"
SSO_PATH = "/idb/saml2/jsp/doSSO.jsp"
#: Cisco's Entra client and the one redirect URI registered for it (seed 003, research §1).
REGISTERED_CLIENTS = {WEBEX_AZURE_CLIENT_ID: Endpoints().webex_redirect_uri}
TOKEN_LIFETIME = 3887999  # what the real redirect says: ~45 days (research §1.4)
#: Scopes idbroker would grant in this flow; anything else is invalid_scope (as the SDK tests).
KNOWN_SCOPES = frozenset(
    {
        "spark:people_read",
        "spark:people_write",
        "spark:kms",
        "spark:all",
        "Identity:SCIM",
        "identity:people_read",
        "identity:people_rw",
        "identity:tokens_read",
    }
)
REST_SCOPES = frozenset({"spark:people_read", "spark:all"})
SCIM_READ_SCOPES = frozenset({"Identity:SCIM", "identity:people_rw", "identity:people_read"})
SCIM_WRITE_SCOPES = frozenset({"Identity:SCIM", "identity:people_rw"})
#: Spec: search/get allow these admins; create/update/delete only the first two (research §2.2).
SCIM_WRITE_ROLES = frozenset({"id_full_admin", "id_user_admin"})
SCIM_READ_ROLES = SCIM_WRITE_ROLES | {"id_readonly_admin", "id_device_admin"}
INVALID_TOKEN_MESSAGE = (
    "The request requires a valid access token set in the Authorization request header."
)
NOT_ADMIN_DETAIL = (
    "The signed-in account is not an administrator of this organization: this operation needs "
    "a Full Administrator or User Administrator."
)
CISCO_USER_SCHEMA = "urn:scim:schemas:extension:cisco:webexidentity:2.0:User"
SESSION_COOKIE = "idb_sim_session"


def role_id(name: str) -> str:
    """The base64 people/me role ID of a CI role name, as Webex encodes it (no padding)."""
    return base64.b64encode(f"ciscospark://us/ROLE/{name}".encode()).decode().rstrip("=")


def role_names(roles: Iterable[str]) -> set[str]:
    """Decode people/me role IDs. Deliberately independent of the product's decoder."""
    names: set[str] = set()
    for entry in roles:
        for part in entry.split(","):
            text = part.strip().replace("-", "+").replace("_", "/")
            try:
                raw = base64.b64decode(text + "=" * (-len(text) % 4)).decode()
            except (binascii.Error, ValueError):
                continue
            if "/ROLE/" in raw:
                names.add(raw.rsplit("/", 1)[-1])
    return names


# ------------------------------------------------------------------------- people + sessions
#: (display name, email, roles) seeded next to the admin, so that every role can be signed in.
EXTRA_PEOPLE = (
    ("Uma User", "user@contoso.example", ()),
    ("Ulla Useradmin", "useradmin@contoso.example", ("id_user_admin",)),
    ("Rory Readonly", "readonly@contoso.example", ("id_readonly_admin",)),
)


def seed_people(sim: Simulator) -> None:
    """Add the non-admin and partial-admin people once per simulator (idempotent)."""
    st = sim.state
    with st.lock:
        if getattr(sim, "_webex_people_seeded", False):
            return
        for name, email, roles in EXTRA_PEOPLE:
            st.add_webex_person(name, email, roles=[role_id(r) for r in roles])
        sim._webex_people_seeded = True  # type: ignore[attr-defined]


def person_by_email(sim: Simulator, email: str) -> str | None:
    seed_people(sim)
    wanted = email.strip().lower()
    with sim.state.lock:
        for pid, person in sim.state.webex_people.items():
            if any(e.lower() == wanted for e in person["emails"]):
                return pid
    return None


def _sessions(sim: Simulator) -> dict[str, str]:
    with sim.state.lock:
        if not hasattr(sim, "idb_sessions"):
            sim.idb_sessions = {}  # type: ignore[attr-defined]
        return sim.idb_sessions  # type: ignore[attr-defined,no-any-return]


# ------------------------------------------------------------------------- pages
_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f5f7;margin:0}
main{max-width:380px;margin:48px auto;background:#fff;border-radius:12px;padding:32px;
box-shadow:0 2px 12px rgba(0,0,0,.12)}
h1{font-size:22px;margin:0 0 4px}
.demo{background:#fff4ce;border:1px solid #e0c200;border-radius:6px;padding:8px 10px;font-size:14px}
.error{color:#b00020;font-weight:600}
label{display:block;margin:14px 0 4px;font-size:14px}
input[type=email],input[type=password]{width:100%;box-sizing:border-box;padding:9px;font-size:15px;
border:1px solid #aaa;border-radius:6px}
.buttons{display:flex;flex-direction:row-reverse;gap:10px;margin-top:20px}
button{flex:1;padding:10px;font:inherit;font-size:15px;border-radius:20px;border:1px solid #07c;cursor:pointer}
#signin{background:#07c;color:#fff}#cancel{background:#fff;color:#07c}
"""


def _page(title: str, body: str, status: int = 200) -> Response:
    document = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )
    return Response(
        document,
        status=status,
        content_type="text/html; charset=utf-8",
        headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY"},
    )


def _error_page(message: str) -> Response:
    """RFC 6749 §4.2.2.1: a bad client_id/redirect_uri is shown, never redirected."""
    body = (
        "<h1>Webex</h1>"
        '<p class="demo">Demo organization — simulated Webex sign-in</p>'
        f'<p class="error" id="error">{html.escape(message)}</p>'
    )
    return _page("Error - Webex", body, 400)


def _signin_form(
    action: str, hidden: dict[str, str], email: str, password: str, error: str = ""
) -> Response:
    fields = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
        for k, v in hidden.items()
    )
    error_html = (
        f'<p class="error" id="error" role="alert">{html.escape(error)}</p>' if error else ""
    )
    body = (
        "<h1>Sign in to Webex</h1>"
        '<p class="demo" id="demo-note">Demo organization — simulated Webex sign-in</p>'
        f"{error_html}"
        f'<form method="post" action="{html.escape(action)}" id="signin-form">{fields}'
        '<label for="email">Email address</label>'
        f'<input id="email" name="email" type="email" autocomplete="username" value="{html.escape(email)}">'
        '<label for="password">Password</label>'
        '<input id="password" name="password" type="password" autocomplete="current-password" '
        f'value="{html.escape(password)}">'
        '<div class="buttons">'
        # Sign in comes first in the document: pressing Enter submits with the *first* submit
        # button, which must not be Cancel. row-reverse puts Cancel on the left on screen.
        '<button id="signin" type="submit" name="action" value="signin">Sign in</button>'
        '<button id="cancel" type="submit" name="action" value="cancel" formnovalidate>Cancel</button>'
        "</div></form>"
    )
    return _page("Sign in - Webex", body)


def _redirect(location: str) -> Response:
    # No body: werkzeug's redirect() would echo the URL (and the token in it) into HTML.
    return Response("", status=302, headers={"Location": location, "Cache-Control": "no-store"})


def _error_redirect(redirect_uri: str, error: str, description: str, state: str | None) -> Response:
    """Errors go in the query string: Cisco's SDK reads them there (research §1.3)."""
    params = {"error": error, "error_description": description}
    if state:
        params["state"] = state
    sep = "&" if "?" in redirect_uri else "?"
    return _redirect(f"{redirect_uri}{sep}{urlencode(params, quote_via=quote, safe='')}")


# ------------------------------------------------------------------------- idbroker
OAUTH_FIELDS = ("response_type", "client_id", "redirect_uri", "scope", "state")


def _oauth_params(source: Any) -> dict[str, str]:
    return {k: source.get(k, "") for k in OAUTH_FIELDS}


def _check_request(params: dict[str, str]) -> Response | None:
    """The error response for a bad authorize request, or None when it may proceed."""
    registered = REGISTERED_CLIENTS.get(params["client_id"])
    if registered is None:
        return _error_page("The client is not registered with Webex (invalid client_id).")
    if params["redirect_uri"] != registered:
        return _error_page("The redirect_uri does not match the one registered for this client.")
    if params["response_type"] != "token":
        return _error_redirect(
            registered,
            "unsupported_response_type",
            "This client may only use response_type=token.",
            params["state"],
        )
    scopes = params["scope"].split()
    if not scopes or any(s not in KNOWN_SCOPES for s in scopes):
        return _error_redirect(
            registered, "invalid_scope", "The requested scope is invalid.", params["state"]
        )
    return None


def _grant(sim: Simulator, person_id: str, params: dict[str, str]) -> Response:
    """The implicit-grant success redirect: the token in the fragment (research §1.2)."""
    token = sim.state.issue_token(
        "webex", person_id, TOKEN_LIFETIME, tuple(params["scope"].split()), params["client_id"]
    )
    fragment = {"access_token": token, "token_type": "Bearer", "expires_in": str(TOKEN_LIFETIME)}
    if params["state"]:
        fragment["state"] = params["state"]
    return _redirect(f"{params['redirect_uri']}#{urlencode(fragment, quote_via=quote, safe='')}")


def _authenticate(sim: Simulator, email: str, password: str) -> str | None:
    pid = person_by_email(sim, email)
    if pid is None or not secrets.compare_digest(password.encode(), DEMO_PASSWORD.encode()):
        return None
    return pid


def _session_person(sim: Simulator, request: Request) -> str | None:
    sid = request.cookies.get(SESSION_COOKIE)
    return _sessions(sim).get(sid) if sid else None


@route(AUTHORIZE_PATH, ["GET"], group="idbroker")
def authorize_form(sim: Simulator, request: Request) -> Response:
    params = _oauth_params(request.args)
    problem = _check_request(params)
    if problem is not None:
        return problem
    pid = _session_person(sim, request)
    if pid is not None:  # a doSSO sign-in just happened: no second form, as real SSO
        return _grant(sim, pid, params)
    admin_email = sim.state.webex_people[sim.state.webex_admin_id]["emails"][0]
    return _signin_form(AUTHORIZE_PATH, params, admin_email, DEMO_PASSWORD)


@route(AUTHORIZE_PATH, ["POST"], group="idbroker")
def authorize_submit(sim: Simulator, request: Request) -> Response:
    form = request.form
    params = _oauth_params(form)
    problem = _check_request(params)
    if problem is not None:
        return problem
    if form.get("action") == "cancel":
        return _error_redirect(
            params["redirect_uri"],
            "access_denied",
            "The user cancelled the sign-in.",
            params["state"],
        )
    email = form.get("email", "")
    pid = _authenticate(sim, email, form.get("password", ""))
    if pid is None:
        return _signin_form(AUTHORIZE_PATH, params, email, "", "Incorrect email or password.")
    return _grant(sim, pid, params)


def _goto_params(request: Request, goto: str) -> dict[str, str] | None:
    """The OAuth params of a doSSO ``goto``, if it is this idbroker's authorize URL (no open redirect)."""
    try:
        parts = urlsplit(goto)
    except ValueError:
        return None
    if parts.scheme != "https" or parts.netloc != request.host or parts.path != AUTHORIZE_PATH:
        return None
    return _oauth_params(dict(parse_qsl(parts.query, keep_blank_values=True)))


@route(SSO_PATH, ["GET"], group="idbroker")
def sso_form(sim: Simulator, request: Request) -> Response:
    """``doSSO.jsp?type=login&goto=…``: always the sign-in form, then on to ``goto``."""
    goto = request.args.get("goto", "")
    params = _goto_params(request, goto)
    if params is None:
        return _error_page("The goto address is not a Webex authorize address.")
    problem = _check_request(params)
    if problem is not None:
        return problem
    admin_email = sim.state.webex_people[sim.state.webex_admin_id]["emails"][0]
    hidden = {"type": request.args.get("type", "login"), "goto": goto}
    return _signin_form(SSO_PATH, hidden, admin_email, DEMO_PASSWORD)


@route(SSO_PATH, ["POST"], group="idbroker")
def sso_submit(sim: Simulator, request: Request) -> Response:
    form = request.form
    goto = form.get("goto", "")
    params = _goto_params(request, goto)
    if params is None:
        return _error_page("The goto address is not a Webex authorize address.")
    problem = _check_request(params)
    if problem is not None:
        return problem
    if form.get("action") == "cancel":
        return _error_redirect(
            params["redirect_uri"],
            "access_denied",
            "The user cancelled the sign-in.",
            params["state"],
        )
    email = form.get("email", "")
    pid = _authenticate(sim, email, form.get("password", ""))
    if pid is None:
        hidden = {"type": form.get("type", "login"), "goto": goto}
        return _signin_form(SSO_PATH, hidden, email, "", "Incorrect email or password.")
    sid = secrets.token_urlsafe(24)
    with sim.state.lock:
        _sessions(sim)[sid] = pid
    response = _redirect(goto)
    response.set_cookie(
        SESSION_COOKIE, sid, path="/idb", secure=True, httponly=True, samesite="Lax"
    )
    return response


# ------------------------------------------------------------------------- REST
def _valid_token(sim: Simulator, request: Request) -> IssuedToken | None:
    token = bearer_token(request)
    if not token:
        return None
    with sim.state.lock:
        info = sim.state.token_info(token, "webex")
        if info is None or not info.valid(sim.state.now()):
            return None
        return copy.copy(info)


def _has_scope(info: IssuedToken, wanted: frozenset[str]) -> bool:
    # Tokens seeded without scopes (the "configured" state, other helpers' tests) stand for the
    # tutorial's token, which carries every scope this simulator checks.
    return not info.scopes or bool(wanted & set(info.scopes))


@route("/v1/people/me", ["GET"], group="webex")
def people_me(sim: Simulator, request: Request) -> Response:
    """Spec ``Person``; 401 in Webex's generic error shape for a missing/expired/revoked token."""
    seed_people(sim)
    info = _valid_token(sim, request)
    if info is None:
        return webex_error(request, 401, INVALID_TOKEN_MESSAGE)
    if not _has_scope(info, REST_SCOPES):
        return webex_error(request, 403, "The token does not have the scope spark:people_read.")
    with sim.state.lock:
        person = copy.deepcopy(sim.state.webex_people.get(info.subject))
    if person is None:
        return webex_error(request, 404, "The requested resource could not be found.")
    person.setdefault("lastModified", person["created"])
    person.setdefault("status", "active")
    return json_response(person)


@route("/v1/authorizations/tokenExpiry", ["GET"], group="webex")
def token_expiry(sim: Simulator, request: Request) -> Response:
    """``{"exp": <epoch milliseconds>}`` per the spec (research §2.4).

    Whether Webex serves this to a token with only the tutorial's scopes is unconfirmed; the
    simulator is lenient and answers every valid token.
    """
    info = _valid_token(sim, request)
    if info is None:
        return webex_error(request, 401, INVALID_TOKEN_MESSAGE)
    return json_response({"exp": int(info.expires_at * 1000)})


# ------------------------------------------------------------------------- SCIM
def _cisco_schema() -> Schema:
    """The Webex identity extension (subset): what the spec's User examples carry."""

    def attr(name: str, type_: str = "string", multi: bool = False, **extra: Any) -> dict[str, Any]:
        return {
            "name": name,
            "type": type_,
            "multiValued": multi,
            "required": False,
            "caseExact": False,
            "mutability": "readWrite",
            "returned": "default",
            "uniqueness": "none",
            **extra,
        }

    attributes = [
        # The spec's schema says a single string; its examples show a list. We follow the schema.
        attr("accountStatus"),
        attr(
            "sipAddresses",
            "complex",
            True,
            subAttributes=[
                attr("value"),
                attr("type"),
                attr("display"),
                attr("primary", "boolean"),
            ],
        ),
        attr("managedOrgs", "complex", True, subAttributes=[attr("orgId"), attr("role")]),
        *(attr(f"extensionAttribute{i}", multi=True) for i in range(1, 16)),
    ]
    return Schema.model_validate(
        {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
            "id": CISCO_USER_SCHEMA,
            "name": "WebexIdentityUser",
            "description": "Cisco Webex identity extension (simulated subset)",
            "attributes": attributes,
        }
    )


def _build_provider() -> ScimProvider:
    schemas = dict(load_default_schemas())
    schemas[CISCO_USER_SCHEMA] = _cisco_schema()
    types = dict(load_default_resource_types())
    user = types["User"].model_dump()
    user["schemaExtensions"].append({"schema": CISCO_USER_SCHEMA, "required": False})
    types["User"] = ResourceType.model_validate(user)
    return ScimProvider.from_discovery(
        schemas.values(), types.values(), config=load_default_service_provider_config()
    )


_provider: ScimProvider | None = None


def _scim_provider() -> ScimProvider:
    global _provider
    if _provider is None:
        _provider = _build_provider()
    return _provider


class WebexStorage(InMemoryStorage):
    """Webex user ids are dashed UUIDs (spec examples), not the library's bare hex."""

    def generate_id(self, resource_type: ResourceType, resource: Any) -> str:
        return str(uuid.uuid4())


class WebexScimApp(WSGIApplication):
    """The library app, told its public base URL (which differs between the two mounts)."""

    @staticmethod
    def get_base_url(environ: Any) -> str:
        return str(environ["wizard.scim_base"])


def scim_storage(sim: Simulator, org_id: str | None = None) -> InMemoryStorage:
    """The store of *org_id* (default: the simulated org), created on first use."""
    org = (org_id or sim.state.webex_org_id).lower()
    return _scim_app(sim, org).storage


def _scim_app(sim: Simulator, org: str) -> WebexScimApp:
    with sim.state.lock:
        apps: dict[str, WebexScimApp] | None = getattr(sim, "scim_apps", None)
        if apps is None:
            apps = sim.scim_apps = {}  # type: ignore[attr-defined]
        if org not in apps:
            provider = _scim_provider()
            apps[org] = WebexScimApp(WebexStorage(), provider, ScimService(provider))
        return apps[org]


def scim_users(sim: Simulator, org_id: str | None = None) -> list[dict[str, Any]]:
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


def _scim(sim: Simulator, request: Request, org_id: str, rest: str, *, legacy: bool) -> Response:
    seed_people(sim)
    info = _valid_token(sim, request)
    if info is None:
        response = scim_error(401, INVALID_TOKEN_MESSAGE)
        response.headers["WWW-Authenticate"] = 'Bearer realm="Webex SCIM"'
        return response
    org = org_id.lower()
    if org != sim.state.webex_org_id:
        return scim_error(404, f"Organization {org_id} was not found.")
    write = _is_write(request.method, rest)
    if not _has_scope(info, SCIM_WRITE_SCOPES if write else SCIM_READ_SCOPES):
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


@route("/identity/scim/<org_id>/v2/<path:rest>", ["GET"], group="scim")
def scim2_read(sim: Simulator, request: Request, org_id: str, rest: str) -> Response:
    return _scim(sim, request, org_id, rest, legacy=False)


@route(
    "/identity/scim/<org_id>/v2/<path:rest>",
    ["POST", "PUT", "PATCH", "DELETE"],
    group="scim",
    writes=True,
)
def scim2_write(sim: Simulator, request: Request, org_id: str, rest: str) -> Response:
    return _scim(sim, request, org_id, rest, legacy=False)


#: SCIM's ``POST …/.search`` (RFC 7644 §3.4.3) is not in Webex's published definition, so the
#: simulator does not serve it: refused in the SCIM error shape, never reaching the store.
SEARCH_NOT_SUPPORTED = "POST .search is not supported; use GET with filter."


@route("/identity/scim/<org_id>/v2/<path:rest>/.search", ["POST"], group="scim")
def scim2_search(sim: Simulator, request: Request, org_id: str, rest: str) -> Response:
    return scim_error(404, SEARCH_NOT_SUPPORTED)


@route("/v1/scim/<org_id>/<path:rest>", ["GET"], group="scim")
def legacy_read(sim: Simulator, request: Request, org_id: str, rest: str) -> Response:
    """Legacy tenant URL of Microsoft's tutorial; backing service UNCONFIRMED (module docstring)."""
    return _scim(sim, request, org_id, rest, legacy=True)


@route(
    "/v1/scim/<org_id>/<path:rest>", ["POST", "PUT", "PATCH", "DELETE"], group="scim", writes=True
)
def legacy_write(sim: Simulator, request: Request, org_id: str, rest: str) -> Response:
    return _scim(sim, request, org_id, rest, legacy=True)


@route("/v1/scim/<org_id>/<path:rest>/.search", ["POST"], group="scim")
def legacy_search(sim: Simulator, request: Request, org_id: str, rest: str) -> Response:
    return scim_error(404, SEARCH_NOT_SUPPORTED)
