"""Simulated Microsoft Entra ID sign-in (login.microsoftonline.com), as MSAL and a browser see it.

Routes (group ``entra``), each at its documented path so only the host differs from the real one:

* ``GET  /{tenant}/v2.0/.well-known/openid-configuration`` — OIDC discovery (MSAL reads it first);
* ``GET|POST /{tenant}/oauth2/v2.0/authorize`` — sign-in form, consent page, redirect with a code;
* ``POST /{tenant}/oauth2/v2.0/token`` — authorization_code (PKCE S256), refresh_token, device_code;
* ``POST /{tenant}/oauth2/v2.0/devicecode`` and ``GET|POST /devicelogin`` — the device code flow;
* ``GET|POST /{tenant}/adminconsent`` (and ``/{tenant}/v2.0/adminconsent``) — tenant-wide admin
  consent; for Cisco's identity-integration app it re-creates the deleted service principal and
  lands on Cisco's reply page ``/cisco/identity/consent``, which looks like an error (seeds 000-002);
* ``GET /{tenant}/oauth2/v2.0/logout`` and ``GET /{tenant}/discovery/v2.0/keys``.

Errors use the real shapes: the token endpoint answers JSON with the AADSTS code in ``error_codes``
and as the prefix of ``error_description`` (followed by Trace ID / Correlation ID / Timestamp
lines, as Entra does); the authorize endpoint redirects ``error=...`` to a trusted redirect URI,
or renders an error page when the client or redirect URI itself is the problem.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from werkzeug.wrappers import Request, Response

from wizard.endpoints import GRAPH_CLI_CLIENT_ID, IDENTITY_INTEGRATION_APP_ID, UUID_RE, is_loopback
from wizard.simulator import entra_pages as pages
from wizard.simulator.routing import json_response, oauth_error, route
from wizard.simulator.state import (
    DEMO_PASSWORD,
    ROLE_APPLICATION_ADMIN,
    ROLE_CLOUD_APPLICATION_ADMIN,
    ROLE_GLOBAL_ADMIN,
    EntraAuthData,
    SimState,
)

if TYPE_CHECKING:
    from wizard.simulator.server import Simulator

GROUP = "entra"
ROLE_PRIVILEGED_ROLE_ADMIN = "e8611ab8-c189-46e8-94e1-60213ab1f814"
#: Who may grant tenant-wide admin consent on /adminconsent (Cisco's app may hold Graph app roles,
#: which only these two roles can consent to — research/entra-graph.md §3.3).
TENANT_CONSENT_ROLES = frozenset({ROLE_GLOBAL_ADMIN, ROLE_PRIVILEGED_ROLE_ADMIN})
#: Who may consent to admin-only *delegated* permissions during an ordinary sign-in.
DELEGATED_CONSENT_ROLES = TENANT_CONSENT_ROLES | {
    ROLE_APPLICATION_ADMIN,
    ROLE_CLOUD_APPLICATION_ADMIN,
}
OIDC_SCOPES = frozenset({"openid", "profile", "offline_access", "email"})
SESSION_COOKIE = "ESTSAUTH"
USER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
ALL_PRINCIPALS = "AllPrincipals"


@dataclass(frozen=True)
class Permission:
    admin: bool  # True when only an administrator may consent
    text: str  # the plain words the consent page shows


#: Delegated Microsoft Graph permissions the simulator knows, with Microsoft's consent wording.
GRAPH_PERMISSIONS: dict[str, Permission] = {
    "User.Read": Permission(False, "Sign in and read user profile"),
    "User.ReadBasic.All": Permission(False, "Read all users' basic profiles"),
    "User.Read.All": Permission(True, "Read all users' full profiles"),
    "Group.Read.All": Permission(True, "Read all groups"),
    "GroupMember.Read.All": Permission(True, "Read all group memberships"),
    "Directory.Read.All": Permission(True, "Read directory data"),
    "RoleManagement.Read.Directory": Permission(True, "Read all directory RBAC settings"),
    "Application.Read.All": Permission(True, "Read all applications"),
    "Application.ReadWrite.All": Permission(True, "Read and write all applications"),
    "Application.ReadWrite.OwnedBy": Permission(True, "Manage apps that this app creates or owns"),
    "AppRoleAssignment.ReadWrite.All": Permission(
        True, "Manage app permission grants and app role assignments"
    ),
    "Synchronization.Read.All": Permission(True, "Read all Azure AD synchronization data"),
    "Synchronization.ReadWrite.All": Permission(
        True, "Read and write all Azure AD synchronization data"
    ),
    "AuditLog.Read.All": Permission(True, "Read all audit log data"),
    "Domain.Read.All": Permission(True, "Read domains"),
    "Place.Read.All": Permission(True, "Read all company places"),
}
_PERMISSION_BY_LOWER = {name.lower(): name for name in GRAPH_PERMISSIONS}


@dataclass(frozen=True)
class KnownApp:
    name: str
    publisher: str
    #: Permissions shown on the v1 /adminconsent page ("all configured permissions").
    configured: tuple[str, ...] = ("User.Read",)


#: "Cisco Webex Identity Integration" asks for what seeds 000-002 show on its consent page.
KNOWN_APPS: dict[str, KnownApp] = {
    GRAPH_CLI_CLIENT_ID: KnownApp("Microsoft Graph Command Line Tools", "Microsoft"),
    IDENTITY_INTEGRATION_APP_ID: KnownApp(
        "Cisco Webex Identity Integration",
        "Cisco Systems, Inc.",
        (
            "User.Read",
            "Group.Read.All",
            "Place.Read.All",
            "User.Read.All",
            "AuditLog.Read.All",
            "Application.ReadWrite.OwnedBy",
            "GroupMember.Read.All",
            "Domain.Read.All",
        ),
    ),
}
#: Carried from page to page as hidden fields, exactly as received.
AUTHORIZE_PARAMS = (
    "client_id",
    "response_type",
    "redirect_uri",
    "scope",
    "state",
    "nonce",
    "code_challenge",
    "code_challenge_method",
    "response_mode",
    "prompt",
    "login_hint",
    "client_info",
)


def app_info(client_id: str) -> KnownApp:
    return KNOWN_APPS.get(
        client_id.lower(), KnownApp(f"Application {client_id}", "Unverified publisher")
    )


# ------------------------------------------------------------------------------ errors
class EntraError(Exception):
    """A protocol error; each endpoint renders it its own way (JSON, redirect or page)."""

    def __init__(self, error: str, code: int, message: str, *, page: bool = False) -> None:
        super().__init__(f"AADSTS{code}: {message}")
        self.error = error
        self.code = code
        self.message = message
        #: True when the redirect URI cannot be trusted, so the browser must show the error.
        self.page = page


def _trace() -> dict[str, str]:
    return {
        "Trace ID": str(uuid.uuid4()),
        "Correlation ID": str(uuid.uuid4()),
        "Timestamp": time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime()),
    }


def describe(code: int, message: str, trace: Mapping[str, str] | None = None) -> str:
    """``AADSTS<code>: <message>`` followed by the trace lines Entra appends to every description."""
    trace = trace or _trace()
    return f"AADSTS{code}: {message}" + "".join(f"\r\n{k}: {v}" for k, v in trace.items())


def token_error(error: str, code: int, message: str, status: int = 400) -> Response:
    """The token endpoint's JSON error, with the trace ids repeated in the description."""
    resp = oauth_error(error, f"AADSTS{code}: {message}", status, [code])
    body = json.loads(resp.get_data(as_text=True))
    body["error_description"] = describe(
        code,
        message,
        {
            "Trace ID": body["trace_id"],
            "Correlation ID": body["correlation_id"],
            "Timestamp": body["timestamp"],
        },
    )
    resp.set_data(json.dumps(body))
    return resp


def error_page(exc: EntraError, status: int = 400) -> Response:
    trace = _trace()
    return pages.message(
        "Sign in to your account",
        "Sorry, but we’re having trouble signing you in.",
        [f"AADSTS{exc.code}: {exc.message}"],
        details={"Error": exc.error, **trace},
        status=status,
    )


# ------------------------------------------------------------------------------ helpers
def base_url(request: Request) -> str:
    return request.host_url.rstrip("/")


def tenant_known(state: SimState, tenant: str) -> bool:
    t = tenant.lower()
    domains = {d["name"].lower() for d in state.organization["verifiedDomains"]}
    return t in ("organizations", "common") or t == state.tenant_id.lower() or t in domains


def _unknown_tenant(tenant: str) -> EntraError:
    return EntraError(
        "invalid_tenant",
        90002,
        f"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are "
        "signing into the correct cloud.",
        page=True,
    )


def _check_client(client_id: str | None, *, page: bool) -> str:
    if not client_id:
        raise EntraError(
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'client_id'.",
            page=page,
        )
    if not UUID_RE.match(client_id):
        raise EntraError(
            "unauthorized_client",
            700016,
            f"Application with identifier '{client_id}' was not found in the directory. This can happen "
            "if the application has not been installed by the administrator of the tenant.",
            page=page,
        )
    return client_id.lower()


def redirect_allowed(uri: str, base: str) -> bool:
    """Reply URLs a public client may use: loopback http (any port, RFC 8252) or nativeclient."""
    parts = urlsplit(uri)
    if parts.scheme == "http" and is_loopback(parts.hostname) and parts.path in ("", "/"):
        return True
    if parts.scheme == "https" and parts.path == "/common/oauth2/nativeclient":
        return f"{parts.scheme}://{parts.netloc}" in (base, "https://login.microsoftonline.com")
    return False


def redirect_to(uri: str, params: Mapping[str, str | None], *, fragment: bool = False) -> Response:
    """302 to *uri* with *params*; a path-less URI gets "/" as Entra does (reply-url.md)."""
    parts = urlsplit(uri)
    extra = [(k, v) for k, v in params.items() if v is not None]
    if fragment:
        target = urlunsplit(
            (parts.scheme, parts.netloc, parts.path or "/", parts.query, urlencode(extra))
        )
    else:
        query = urlencode(parse_qsl(parts.query) + extra)
        target = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, ""))
    resp = Response("", status=302)
    resp.headers["Location"] = target
    resp.headers["Cache-Control"] = "no-store"
    return resp


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def s256(verifier: str) -> str:
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def parse_scopes(
    state: SimState, base: str, scope: str, client_id: str
) -> tuple[set[str], list[str], bool]:
    """(Graph permission names, the resource scopes as requested, offline_access requested).

    A scope may be a bare Graph permission (``User.Read``) or a full URI whose resource is this
    simulator's base URL (the product builds scopes from the configured Graph host).
    """
    perms: set[str] = set()
    echo: list[str] = []
    offline = False
    for item in scope.split():
        if item.lower() in OIDC_SCOPES:
            offline |= item.lower() == "offline_access"
            continue
        name = item
        if "://" in item:
            parts = urlsplit(item)
            resource = f"{parts.scheme}://{parts.netloc}"
            if resource.lower() != base.lower():
                raise EntraError(
                    "invalid_resource",
                    500011,
                    f"The resource principal named {resource} was not found in the tenant named "
                    f"{state.organization['displayName']}. This can happen if the application has not "
                    "been installed by the administrator of the tenant or consented to by any user in "
                    "the tenant.",
                )
            name = parts.path.lstrip("/")
        if name == ".default":
            with state.lock:
                perms |= _granted(state.entra_auth, client_id, None) or {"User.Read"}
            echo.append(item)
            continue
        canonical = _PERMISSION_BY_LOWER.get(name.lower())
        if canonical is None:
            raise EntraError(
                "invalid_scope",
                70011,
                f"The provided value for the input parameter 'scope' is not valid. The scope {item} is not valid.",
            )
        perms.add(canonical)
        echo.append(item)
    if not perms:
        # Like Entra: an OIDC-only request still yields a Graph token for the profile.
        perms = {"User.Read"}
        echo = ["User.Read"]
    return perms, echo, offline


def _granted(data: EntraAuthData, client_id: str, user_id: str | None) -> set[str]:
    granted = set(data.grants.get((client_id, ALL_PRINCIPALS), set()))
    if user_id:
        granted |= data.grants.get((client_id, user_id), set())
    return granted


def _roles(state: SimState, user_id: str) -> set[str]:
    return set(state.role_assignments.get(user_id, set()))


def find_user(state: SimState, login: str) -> dict[str, Any] | None:
    login = login.strip().lower()
    for user in state.users.values():
        if login and login in (user["userPrincipalName"].lower(), (user.get("mail") or "").lower()):
            return user
    return None


def check_credentials(state: SimState, login: str, password: str) -> tuple[str | None, str | None]:
    """(user id, None) or (None, the message the real page shows)."""
    with state.lock:
        user = find_user(state, login)
        if user is None:
            return None, (
                "This username may be incorrect. Make sure you typed it correctly. "
                "Otherwise, contact your admin."
            )
        if not user.get("accountEnabled", True):
            return (
                None,
                "Your account has been locked. Contact your support person to unlock it, then try again.",
            )
        if password != DEMO_PASSWORD:
            return None, (
                "Your account or password is incorrect. If you don't remember your password, reset it now."
            )
        return user["id"], None


def _session_user(state: SimState, request: Request) -> str | None:
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    with state.lock:
        uid = state.entra_auth.sessions.get(cookie)
        return uid if uid in state.users else None


def _start_session(state: SimState, response: Response, user_id: str) -> Response:
    cookie = secrets.token_urlsafe(32)
    with state.lock:
        state.entra_auth.sessions[cookie] = user_id
    response.set_cookie(
        SESSION_COOKIE, cookie, secure=True, httponly=True, samesite="None", path="/"
    )
    return response


def _new_ticket(state: SimState, kind: str, user_id: str, context: dict[str, Any]) -> str:
    ticket = secrets.token_urlsafe(24)
    with state.lock:
        state.entra_auth.tickets[ticket] = {
            "kind": kind,
            "user_id": user_id,
            "expires_at": state.now() + 600,
            **context,
        }
    return ticket


def _take_ticket(state: SimState, ticket: str | None, kind: str) -> dict[str, Any]:
    with state.lock:
        data = state.entra_auth.tickets.pop(ticket or "", None)
        if data is None or data["kind"] != kind or data["expires_at"] < state.now():
            raise EntraError(
                "invalid_request",
                50058,
                "Your sign-in session has expired or was already used. Start the sign-in again.",
                page=True,
            )
        return data


def _default_login(state: SimState, hint: str | None) -> str:
    return hint or state.users[state.admin_id]["userPrincipalName"]


def _user_label(state: SimState, user_id: str) -> str:
    return state.users[user_id]["userPrincipalName"]


# ------------------------------------------------------------------------------ discovery
def _guard_tenant(sim: Simulator, tenant: str) -> None:
    if not tenant_known(sim.state, tenant):
        raise _unknown_tenant(tenant)


@route("/<tenant>/v2.0/.well-known/openid-configuration", ["GET"], group=GROUP)
def openid_configuration(sim: Simulator, request: Request, tenant: str) -> Response:
    if not tenant_known(sim.state, tenant):
        exc = _unknown_tenant(tenant)
        return token_error(exc.error, exc.code, exc.message)
    base = base_url(request)
    root = f"{base}/{tenant}"
    return json_response(
        {
            "token_endpoint": f"{root}/oauth2/v2.0/token",
            "token_endpoint_auth_methods_supported": [
                "client_secret_post",
                "private_key_jwt",
                "client_secret_basic",
            ],
            "jwks_uri": f"{root}/discovery/v2.0/keys",
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            # The simulator's ID tokens are unsigned; MSAL >= 1.38 does not validate them.
            "id_token_signing_alg_values_supported": ["none"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": f"{base}/{sim.state.tenant_id}/v2.0",
            "request_uri_parameter_supported": False,
            "authorization_endpoint": f"{root}/oauth2/v2.0/authorize",
            "device_authorization_endpoint": f"{root}/oauth2/v2.0/devicecode",
            "http_logout_supported": True,
            "frontchannel_logout_supported": True,
            "end_session_endpoint": f"{root}/oauth2/v2.0/logout",
            "claims_supported": [
                "sub",
                "iss",
                "aud",
                "exp",
                "iat",
                "nbf",
                "name",
                "nonce",
                "oid",
                "preferred_username",
                "tid",
                "ver",
            ],
            "tenant_region_scope": "NA",
            "cloud_instance_name": urlsplit(base).hostname,
            "msgraph_host": urlsplit(base).netloc,
        }
    )


@route("/<tenant>/discovery/v2.0/keys", ["GET"], group=GROUP)
def jwks(sim: Simulator, request: Request, tenant: str) -> Response:
    # No signing keys: the simulator's tokens are unsigned (see id_token_signing_alg_values_supported).
    return json_response({"keys": []})


# ------------------------------------------------------------------------------ authorize
@dataclass
class AuthRequest:
    tenant: str
    client_id: str
    redirect_uri: str
    state: str
    nonce: str
    code_challenge: str
    prompt: str
    login_hint: str | None
    response_mode: str
    perms: set[str]
    scope_echo: list[str]
    offline: bool
    raw: dict[str, str] = field(default_factory=dict)


def parse_authorize(
    sim: Simulator, base: str, tenant: str, params: Mapping[str, str]
) -> AuthRequest:
    """Validate an authorization request; raises :class:`EntraError`."""
    _guard_tenant(sim, tenant)
    client_id = _check_client(params.get("client_id"), page=True)
    redirect_uri = params.get("redirect_uri") or ""
    if not redirect_uri:
        raise EntraError("invalid_request", 900971, "No reply address provided.", page=True)
    if not redirect_allowed(redirect_uri, base):
        raise EntraError(
            "invalid_request",
            50011,
            f"The redirect URI '{redirect_uri}' specified in the request does not match the redirect "
            f"URIs configured for the application '{client_id}'. Make sure the redirect URI sent in the "
            "request matches one added to your application in the Azure portal.",
            page=True,
        )
    response_type = params.get("response_type", "")
    if response_type != "code":
        raise EntraError(
            "unsupported_response_type",
            700054,
            f"response_type '{response_type}' is not enabled for the application.",
        )
    response_mode = params.get("response_mode") or "query"
    if response_mode not in ("query", "fragment", "form_post"):
        raise EntraError(
            "invalid_request", 900144, f"response_mode '{response_mode}' is not supported."
        )
    for name in ("scope", "state", "nonce", "code_challenge"):
        if not params.get(name):
            raise EntraError(
                "invalid_request",
                900144,
                f"The request body must contain the following parameter: '{name}'.",
            )
    if params.get("code_challenge_method") != "S256":
        raise EntraError(
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'code_challenge_method' with the value 'S256'.",
        )
    prompt = params.get("prompt") or ""
    if prompt not in ("", "login", "select_account", "consent", "none"):
        raise EntraError("invalid_request", 90023, f"Invalid prompt value '{prompt}'.")
    perms, echo, offline = parse_scopes(sim.state, base, params["scope"], client_id)
    return AuthRequest(
        tenant=tenant,
        client_id=client_id,
        redirect_uri=redirect_uri,
        state=params["state"],
        nonce=params["nonce"],
        code_challenge=params["code_challenge"],
        prompt=prompt,
        login_hint=params.get("login_hint") or None,
        response_mode=response_mode,
        perms=perms,
        scope_echo=echo,
        offline=offline,
        raw={k: params[k] for k in AUTHORIZE_PARAMS if params.get(k)},
    )


def _authorize_error(
    areq: AuthRequest | None, exc: EntraError, params: Mapping[str, str]
) -> Response:
    if exc.page or areq is None and not _trusted_redirect(params):
        return error_page(exc)
    redirect_uri = areq.redirect_uri if areq else params["redirect_uri"]
    state = areq.state if areq else params.get("state")
    mode = (areq.response_mode if areq else params.get("response_mode")) or "query"
    extra = {"error_subcode": "cancel"} if exc.code == 65004 else {}
    return reply(
        redirect_uri,
        {
            "error": exc.error,
            **extra,
            "error_description": describe(exc.code, exc.message),
            "state": state,
        },
        mode,
    )


def reply(redirect_uri: str, params: Mapping[str, str | None], mode: str) -> Response:
    """Send the authorization response back the way the client asked (response_mode)."""
    if mode == "form_post":
        target = redirect_uri if urlsplit(redirect_uri).path else redirect_uri + "/"
        return pages.form_post(target, {k: v for k, v in params.items() if v is not None})
    return redirect_to(redirect_uri, params, fragment=mode == "fragment")


def _trusted_redirect(params: Mapping[str, str]) -> bool:
    return (
        bool(params.get("redirect_uri"))
        and bool(params.get("client_id"))
        and bool(UUID_RE.match(params.get("client_id", "")))
    )


@route("/<tenant>/oauth2/v2.0/authorize", ["GET"], group=GROUP)
def authorize(sim: Simulator, request: Request, tenant: str) -> Response:
    params = request.args.to_dict()
    base = base_url(request)
    try:
        areq = parse_authorize(sim, base, tenant, params)
    except EntraError as exc:
        if exc.page:
            return error_page(exc)
        return _authorize_error(None, exc, params)
    user_id = _session_user(sim.state, request)
    if areq.prompt == "none" and user_id is None:
        return _authorize_error(
            areq,
            EntraError(
                "login_required",
                50058,
                "A silent sign-in request was sent but no user is signed in.",
            ),
            params,
        )
    if user_id is None or areq.prompt in ("login", "select_account"):
        return _sign_in_form(sim, request.path, areq.raw | {"step": "login"}, areq.login_hint)
    return _after_sign_in(sim, request.path, areq, user_id)


@route("/<tenant>/oauth2/v2.0/authorize", ["POST"], group=GROUP)
def authorize_post(sim: Simulator, request: Request, tenant: str) -> Response:
    form = request.form.to_dict()
    base = base_url(request)
    step = form.get("step")
    if step == "consent":
        try:
            ticket = _take_ticket(sim.state, form.get("ctx"), "authorize")
        except EntraError as exc:
            return error_page(exc)
        areq: AuthRequest = ticket["areq"]
        decision = form.get("consent")
        if decision == "accept":
            with sim.state.lock:
                grants = sim.state.entra_auth.grants
                grants.setdefault((areq.client_id, ticket["user_id"]), set()).update(areq.perms)
            return _issue_code(sim, areq, ticket["user_id"])
        if decision == "back":
            return _authorize_error(areq, _admin_consent_required(areq.client_id), form)
        if decision == "cancel":
            return _authorize_error(areq, _declined(), form)
        return _after_sign_in(sim, request.path, areq, ticket["user_id"])  # no button: ask again
    try:
        areq = parse_authorize(sim, base, tenant, form)
    except EntraError as exc:
        return error_page(exc) if exc.page else _authorize_error(None, exc, form)
    user_id, error = check_credentials(sim.state, form.get("login", ""), form.get("passwd", ""))
    if user_id is None:
        return _sign_in_form(
            sim, request.path, areq.raw | {"step": "login"}, form.get("login"), error
        )
    return _start_session(sim.state, _after_sign_in(sim, request.path, areq, user_id), user_id)


def _declined() -> EntraError:
    return EntraError("access_denied", 65004, "User declined to consent to access the app.")


def _admin_consent_required(client_id: str) -> EntraError:
    return EntraError(
        "consent_required",
        90094,
        f"The grant requires admin permission. {app_info(client_id).name} needs permission to access "
        "resources in your organization that only an admin can grant.",
    )


def _sign_in_form(
    sim: Simulator, action: str, hidden: dict[str, str], login: str | None, error: str | None = None
) -> Response:
    return pages.sign_in(action, hidden, _default_login(sim.state, login), DEMO_PASSWORD, error)


def _after_sign_in(sim: Simulator, action: str, areq: AuthRequest, user_id: str) -> Response:
    st = sim.state
    with st.lock:
        missing = areq.perms - _granted(st.entra_auth, areq.client_id, user_id)
        roles = _roles(st, user_id)
    if areq.prompt == "consent":
        missing = set(areq.perms)
    if not missing:
        return _issue_code(sim, areq, user_id)
    if areq.prompt == "none":
        return _authorize_error(
            areq,
            EntraError(
                "consent_required",
                65001,
                f"The user or administrator has not consented to use the application with ID '{areq.client_id}'.",
            ),
            areq.raw,
        )
    return _consent_or_need_admin(
        sim,
        action,
        "authorize",
        {"areq": areq},
        areq.client_id,
        areq.perms,
        missing,
        user_id,
        roles,
    )


def _consent_or_need_admin(
    sim: Simulator,
    action: str,
    kind: str,
    context: dict[str, Any],
    client_id: str,
    perms: set[str],
    missing: set[str],
    user_id: str,
    roles: set[str],
) -> Response:
    app = app_info(client_id)
    ticket = _new_ticket(sim.state, kind, user_id, context)
    hidden = {"step": "consent", "ctx": ticket}
    needs_admin = any(GRAPH_PERMISSIONS[p].admin for p in missing)
    if needs_admin and not roles & DELEGATED_CONSENT_ROLES:
        return pages.need_admin(
            action,
            hidden,
            account=_user_label(sim.state, user_id),
            app_name=app.name,
            publisher=app.publisher,
            admin_link=action if kind == "device" else _relogin_link(action, context),
        )
    return pages.consent(
        action,
        hidden,
        account=_user_label(sim.state, user_id),
        app_name=app.name,
        publisher=app.publisher,
        permissions=[GRAPH_PERMISSIONS[p].text for p in sorted(perms, key=_permission_order)],
        for_organization=False,
    )


def _relogin_link(action: str, context: Mapping[str, Any]) -> str:
    areq: AuthRequest | None = context.get("areq")
    if areq is None:
        return action
    return f"{action}?{urlencode(areq.raw | {'prompt': 'login'})}"


def _permission_order(name: str) -> tuple[int, str]:
    # "Sign in and read user profile" first, as Microsoft lists it; the rest alphabetically.
    return (0 if name == "User.Read" else 1, name)


def _issue_code(sim: Simulator, areq: AuthRequest, user_id: str) -> Response:
    st = sim.state
    code = secrets.token_urlsafe(48)
    with st.lock:
        st.auth_codes[code] = {
            "client_id": areq.client_id,
            "redirect_uri": areq.redirect_uri,
            "code_challenge": areq.code_challenge,
            "user_id": user_id,
            "perms": set(areq.perms),
            "scope_echo": list(areq.scope_echo),
            "offline": areq.offline,
            "nonce": areq.nonce,
            "expires_at": st.now() + st.entra_auth.code_lifetime,
            "redeemed": False,
        }
    return reply(
        areq.redirect_uri,
        {"code": code, "state": areq.state, "session_state": str(uuid.uuid4())},
        areq.response_mode,
    )


# ------------------------------------------------------------------------------ token
def id_token(state: SimState, base: str, client_id: str, user_id: str, nonce: str | None) -> str:
    """An unsigned (alg none) ID token with the v2.0 claims MSAL reads."""
    user = state.users[user_id]
    now = int(state.now())
    claims: dict[str, Any] = {
        "aud": client_id,
        "iss": f"{base}/{state.tenant_id}/v2.0",
        "iat": now,
        "nbf": now,
        "exp": now + 3600,
        "name": user["displayName"],
        "oid": user_id,
        "preferred_username": user["userPrincipalName"],
        # Real "sub" is pairwise per application; derive it the same way.
        "sub": _b64url(hashlib.sha256(f"{user_id}:{client_id}".encode()).digest()),
        "tid": state.tenant_id,
        "ver": "2.0",
    }
    if nonce:
        claims["nonce"] = nonce
    header = _b64url(json.dumps({"typ": "JWT", "alg": "none"}).encode())
    return f"{header}.{_b64url(json.dumps(claims).encode())}."


def client_info(state: SimState, user_id: str) -> str:
    return _b64url(json.dumps({"uid": user_id, "utid": state.tenant_id}).encode())


def issue_tokens(
    state: SimState,
    base: str,
    client_id: str,
    user_id: str,
    perms: set[str],
    scope_echo: list[str],
    *,
    nonce: str | None,
    offline: bool,
) -> dict[str, Any]:
    data = state.entra_auth
    lifetime = data.access_token_lifetime
    granted = tuple(sorted(perms))
    body: dict[str, Any] = {
        "token_type": "Bearer",
        "scope": " ".join(scope_echo),
        "expires_in": int(lifetime),
        "ext_expires_in": int(lifetime),
        "access_token": state.issue_token("graph", user_id, lifetime, granted, client_id),
    }
    if offline:
        body["refresh_token"] = state.issue_token(
            "refresh", user_id, data.refresh_token_lifetime, granted, client_id
        )
    body["id_token"] = id_token(state, base, client_id, user_id, nonce)
    body["client_info"] = client_info(state, user_id)
    return body


@route("/<tenant>/oauth2/v2.0/token", ["POST"], group=GROUP)
def token(sim: Simulator, request: Request, tenant: str) -> Response:
    form = request.form.to_dict()
    try:
        _guard_tenant(sim, tenant)
        client_id = _check_client(form.get("client_id"), page=False)
        grant_type = form.get("grant_type", "")
        if grant_type == "authorization_code":
            body = _redeem_code(sim, base_url(request), client_id, form)
        elif grant_type == "refresh_token":
            body = _redeem_refresh_token(sim, base_url(request), client_id, form)
        elif grant_type in ("urn:ietf:params:oauth:grant-type:device_code", "device_code"):
            body = _redeem_device_code(sim, base_url(request), client_id, form)
        else:
            raise EntraError(
                "unsupported_grant_type",
                70003,
                f"The app requested an unsupported grant type '{grant_type}'.",
            )
    except EntraError as exc:
        error = "invalid_request" if exc.error == "invalid_tenant" else exc.error
        return token_error(error, exc.code, exc.message)
    resp = json_response(body)
    resp.headers["Cache-Control"] = "no-store, no-cache"
    resp.headers["Pragma"] = "no-cache"
    return resp


def _required(form: Mapping[str, str], name: str) -> str:
    value = form.get(name)
    if not value:
        raise EntraError(
            "invalid_request",
            900144,
            f"The request body must contain the following parameter: '{name}'.",
        )
    return value


def _invalid_grant(message: str = "Provided grant is invalid or malformed.") -> EntraError:
    return EntraError("invalid_grant", 70000, message)


def _redeem_code(
    sim: Simulator, base: str, client_id: str, form: Mapping[str, str]
) -> dict[str, Any]:
    st = sim.state
    code = _required(form, "code")
    with st.lock:
        rec = st.auth_codes.get(code)
        if rec is None or rec["client_id"] != client_id:
            raise _invalid_grant()
        if rec["redeemed"]:
            raise EntraError(
                "invalid_grant",
                54005,
                "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use "
                "an existing refresh token.",
            )
        if st.now() > rec["expires_at"]:
            raise EntraError(
                "invalid_grant",
                70008,
                "The provided authorization code or refresh token has expired due to inactivity. Send a new "
                "interactive authorization request for this user and resource.",
            )
        if form.get("redirect_uri", "") != rec["redirect_uri"]:
            raise EntraError(
                "invalid_grant",
                50011,
                f"The redirect URI '{form.get('redirect_uri', '')}' specified in the request does not match the "
                "redirect URI used to obtain the authorization code.",
            )
        verifier = form.get("code_verifier", "")
        if not verifier or not secrets.compare_digest(s256(verifier), rec["code_challenge"]):
            raise EntraError(
                "invalid_grant",
                501481,
                "The Code_Verifier does not match the code_challenge supplied in the authorization request.",
            )
        rec["redeemed"] = True
        return issue_tokens(
            st,
            base,
            client_id,
            rec["user_id"],
            rec["perms"],
            rec["scope_echo"],
            nonce=rec["nonce"],
            offline=rec["offline"],
        )


def _redeem_refresh_token(
    sim: Simulator, base: str, client_id: str, form: Mapping[str, str]
) -> dict[str, Any]:
    st = sim.state
    presented = _required(form, "refresh_token")
    with st.lock:
        info = st.token_info(presented, "refresh")
        if info is None or info.client_id != client_id:
            raise _invalid_grant()
        if info.revoked:
            raise EntraError(
                "invalid_grant",
                50173,
                "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user "
                "might have changed or reset their password.",
            )
        if not info.valid(st.now()):
            raise EntraError(
                "invalid_grant",
                700082,
                "The refresh token has expired due to inactivity. The token was inactive for 90.00:00:00.",
            )
        if info.subject not in st.users:
            raise EntraError(
                "invalid_grant", 50034, "The user account does not exist in the directory."
            )
        perms, echo, _offline = (
            parse_scopes(st, base, form["scope"], client_id)
            if form.get("scope")
            else (set(info.scopes), list(info.scopes), True)
        )
        if perms - _granted(st.entra_auth, client_id, info.subject):
            raise EntraError(
                "invalid_grant",
                65001,
                f"The user or administrator has not consented to use the application with ID '{client_id}' "
                f"named '{app_info(client_id).name}'. Send an interactive authorization request for this user "
                "and resource.",
            )
        # Entra rotates refresh tokens: a new one comes back; the old one stays valid until it expires.
        return issue_tokens(
            st, base, client_id, info.subject, perms, echo, nonce=None, offline=True
        )


def _redeem_device_code(
    sim: Simulator, base: str, client_id: str, form: Mapping[str, str]
) -> dict[str, Any]:
    st = sim.state
    device_code = form.get("device_code") or _required(form, "code")
    with st.lock:
        rec = st.device_codes.get(device_code)
        if rec is None or rec["client_id"] != client_id:
            raise _invalid_grant()
        if rec["status"] == "redeemed":
            raise EntraError("invalid_grant", 54005, "The device code was already redeemed.")
        if st.now() > rec["expires_at"]:
            raise EntraError(
                "expired_token",
                70019,
                "Verification code expired. Have the user retry the sign-in.",
            )
        if rec["status"] == "declined":
            raise EntraError(
                "authorization_declined", 70000, "The user declined the sign-in request."
            )
        if rec["status"] != "approved":
            raise EntraError(
                "authorization_pending",
                70016,
                "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
            )
        rec["status"] = "redeemed"
        return issue_tokens(
            st,
            base,
            client_id,
            rec["user_id"],
            rec["perms"],
            rec["scope_echo"],
            nonce=None,
            offline=rec["offline"],
        )


# ------------------------------------------------------------------------------ device code
@route("/<tenant>/oauth2/v2.0/devicecode", ["POST"], group=GROUP)
def devicecode(sim: Simulator, request: Request, tenant: str) -> Response:
    st = sim.state
    form = request.form.to_dict()
    base = base_url(request)
    try:
        _guard_tenant(sim, tenant)
        client_id = _check_client(form.get("client_id"), page=False)
        perms, echo, offline = parse_scopes(st, base, _required(form, "scope"), client_id)
    except EntraError as exc:
        error = "invalid_request" if exc.error == "invalid_tenant" else exc.error
        return token_error(error, exc.code, exc.message)
    device_code = secrets.token_urlsafe(48)
    user_code = "".join(secrets.choice(USER_CODE_ALPHABET) for _ in range(9))
    lifetime = st.entra_auth.device_code_lifetime
    with st.lock:
        st.device_codes[device_code] = {
            "client_id": client_id,
            "user_code": user_code,
            "perms": perms,
            "scope_echo": echo,
            "offline": offline,
            "status": "pending",
            "user_id": None,
            "expires_at": st.now() + lifetime,
        }
    verification_uri = f"{base}/devicelogin"
    return json_response(
        {
            "user_code": user_code,
            "device_code": device_code,
            "verification_uri": verification_uri,
            "expires_in": int(lifetime),
            # 1 s instead of Entra's 5 s keeps demo and tests quick; MSAL honours whatever we say.
            "interval": 1,
            "message": f"To sign in, use a web browser to open the page {verification_uri} and enter the "
            f"code {user_code} to authenticate.",
        }
    )


def _device_record(state: SimState, user_code: str) -> tuple[str, dict[str, Any]] | None:
    wanted = re.sub(r"[\s-]", "", user_code).upper()
    with state.lock:
        for device_code, rec in state.device_codes.items():
            if (
                rec["user_code"] == wanted
                and rec["status"] == "pending"
                and rec["expires_at"] >= state.now()
            ):
                return device_code, rec
    return None


def approve_device_code(state: SimState, user_code: str, user_id: str) -> bool:
    """Approve a pending device code for *user_id* without the pages (demo automation)."""
    found = _device_record(state, user_code)
    if found is None:
        return False
    with state.lock:
        _grant(state.entra_auth, found[1]["client_id"], user_id, found[1]["perms"])
        found[1].update(status="approved", user_id=user_id)
    return True


def _grant(data: EntraAuthData, client_id: str, principal: str, perms: set[str]) -> None:
    data.grants.setdefault((client_id, principal), set()).update(perms)


@route("/devicelogin", ["GET"], group=GROUP)
def devicelogin(sim: Simulator, request: Request) -> Response:
    return pages.device_code(request.path, request.args.get("otc", ""))


@route("/devicelogin", ["POST"], group=GROUP)
def devicelogin_post(sim: Simulator, request: Request) -> Response:
    st = sim.state
    form = request.form.to_dict()
    step = form.get("step")
    action = request.path
    if step == "consent":
        try:
            ticket = _take_ticket(st, form.get("ctx"), "device")
        except EntraError as exc:
            return error_page(exc)
        return _finish_device(
            sim, ticket["device_code"], ticket["user_id"], form.get("consent") == "accept"
        )
    found = _device_record(st, form.get("user_code") or form.get("otc", ""))
    if found is None:
        return pages.device_code(
            action, form.get("otc", ""), "That code didn't work. Check the code and try again."
        )
    device_code, rec = found
    hidden = {"step": "login", "user_code": rec["user_code"]}
    if step != "login":
        return _sign_in_form(sim, action, hidden, None)
    user_id, error = check_credentials(st, form.get("login", ""), form.get("passwd", ""))
    if user_id is None:
        return _sign_in_form(sim, action, hidden, form.get("login"), error)
    with st.lock:
        missing = rec["perms"] - _granted(st.entra_auth, rec["client_id"], user_id)
        roles = _roles(st, user_id)
    if not missing:
        return _start_session(st, _finish_device(sim, device_code, user_id, True), user_id)
    page = _consent_or_need_admin(
        sim,
        action,
        "device",
        {"device_code": device_code},
        rec["client_id"],
        rec["perms"],
        missing,
        user_id,
        roles,
    )
    return _start_session(st, page, user_id)


def _finish_device(sim: Simulator, device_code: str, user_id: str, accepted: bool) -> Response:
    st = sim.state
    with st.lock:
        rec = st.device_codes.get(device_code)
        if rec is None or rec["status"] != "pending":
            return error_page(
                EntraError(
                    "invalid_request",
                    70019,
                    "Verification code expired or already used.",
                    page=True,
                )
            )
        app = app_info(rec["client_id"])
        if accepted:
            _grant(st.entra_auth, rec["client_id"], user_id, rec["perms"])
            rec.update(status="approved", user_id=user_id)
        else:
            rec.update(status="declined", user_id=user_id)
    if accepted:
        return pages.message(
            "Signed in",
            app.name,
            [
                f"You have signed in to the {app.name} application on your device. "
                "You may now close this window."
            ],
        )
    return pages.message(
        "Sign-in cancelled",
        app.name,
        [
            "You have declined to sign in to the application on your device. You may now close this window."
        ],
    )


# ------------------------------------------------------------------------------ admin consent
def admin_reply_url(base: str, client_id: str, redirect_uri: str | None) -> str:
    """The reply URL registered for *client_id*; a given ``redirect_uri`` must be one of them."""
    if client_id == IDENTITY_INTEGRATION_APP_ID:
        registered = f"{base}/cisco/identity/consent"
        if redirect_uri and redirect_uri.rstrip("/") != registered:
            raise _reply_mismatch(redirect_uri, client_id)
        return registered
    if redirect_uri:
        if not redirect_allowed(redirect_uri, base):
            raise _reply_mismatch(redirect_uri, client_id)
        return redirect_uri
    return "http://localhost"  # the Graph CLI client's (and the wizard's) registered reply URL


def _reply_mismatch(redirect_uri: str, client_id: str) -> EntraError:
    return EntraError(
        "invalid_request",
        50011,
        f"The redirect URI '{redirect_uri}' specified in the request does not match the redirect URIs "
        f"configured for the application '{client_id}'.",
        page=True,
    )


@dataclass
class ConsentRequest:
    tenant: str
    client_id: str
    reply_url: str
    state: str | None
    perms: set[str]
    scope: str | None
    raw: dict[str, str]


def parse_admin_consent(
    sim: Simulator, base: str, tenant: str, params: Mapping[str, str], v2: bool
) -> ConsentRequest:
    _guard_tenant(sim, tenant)
    client_id = _check_client(params.get("client_id"), page=True)
    reply = admin_reply_url(base, client_id, params.get("redirect_uri"))
    scope = params.get("scope")
    if v2 and not scope:
        raise EntraError(
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'scope'.",
            page=True,
        )
    if scope:
        try:
            perms, _echo, _offline = parse_scopes(sim.state, base, scope, client_id)
        except EntraError as exc:
            exc.page = True
            raise
    else:
        perms = set(app_info(client_id).configured)
    return ConsentRequest(
        tenant=tenant,
        client_id=client_id,
        reply_url=reply,
        state=params.get("state"),
        perms=perms,
        scope=scope,
        raw={
            k: params[k]
            for k in ("client_id", "state", "redirect_uri", "scope", "prompt")
            if params.get(k)
        },
    )


def _consent_reply(creq: ConsentRequest, state: SimState, error: EntraError | None) -> Response:
    if error is None:
        params: dict[str, str | None] = {"admin_consent": "True", "tenant": state.tenant_id}
        if creq.scope:
            params["scope"] = creq.scope
        params["state"] = creq.state
        return redirect_to(creq.reply_url, params)
    # Entra keeps admin_consent=True even on errors (research/entra-graph.md §3.3).
    return redirect_to(
        creq.reply_url,
        {
            "error": error.error,
            "error_description": describe(error.code, error.message),
            "admin_consent": "True",
            "state": creq.state,
        },
    )


def _admin_consent(sim: Simulator, request: Request, tenant: str, v2: bool) -> Response:
    st = sim.state
    base = base_url(request)
    params = request.args.to_dict() if request.method == "GET" else request.form.to_dict()
    action = request.path
    step = params.get("step") if request.method == "POST" else None
    if step == "consent":
        try:
            ticket = _take_ticket(st, params.get("ctx"), "adminconsent")
        except EntraError as exc:
            return error_page(exc)
        creq: ConsentRequest = ticket["creq"]
        if params.get("consent") != "accept" or st.faults.consent_declined:
            return _consent_reply(creq, st, _declined())
        _apply_admin_consent(sim, creq, request.path)
        return _consent_reply(creq, st, None)
    try:
        creq = parse_admin_consent(sim, base, tenant, params, v2)
    except EntraError as exc:
        return error_page(exc)
    user_id = _session_user(st, request)
    if step == "login":
        user_id, error = check_credentials(st, params.get("login", ""), params.get("passwd", ""))
        if user_id is None:
            return _sign_in_form(
                sim, action, creq.raw | {"step": "login"}, params.get("login"), error
            )
        return _start_session(st, _admin_consent_page(sim, action, creq, user_id), user_id)
    if user_id is None or params.get("prompt") in ("login", "select_account"):
        return _sign_in_form(sim, action, creq.raw | {"step": "login"}, None)
    return _admin_consent_page(sim, action, creq, user_id)


def _admin_consent_page(
    sim: Simulator, action: str, creq: ConsentRequest, user_id: str
) -> Response:
    st = sim.state
    if not _roles(st, user_id) & TENANT_CONSENT_ROLES:
        return _consent_reply(creq, st, _admin_consent_required(creq.client_id))
    app = app_info(creq.client_id)
    ticket = _new_ticket(st, "adminconsent", user_id, {"creq": creq})
    return pages.consent(
        action,
        {"step": "consent", "ctx": ticket},
        account=_user_label(st, user_id),
        app_name=app.name,
        publisher=app.publisher,
        permissions=[GRAPH_PERMISSIONS[p].text for p in _ordered(creq)],
        for_organization=True,
    )


def _ordered(creq: ConsentRequest) -> list[str]:
    configured = app_info(creq.client_id).configured
    if not creq.scope and set(configured) == creq.perms:
        return list(configured)  # the order seeds 000-002 show
    return sorted(creq.perms, key=_permission_order)


def _apply_admin_consent(sim: Simulator, creq: ConsentRequest, path: str) -> None:
    """Grant for all principals; re-create Cisco's service principal if it was deleted."""
    st = sim.state
    with st.lock:
        _grant(st.entra_auth, creq.client_id, ALL_PRINCIPALS, creq.perms)
        if creq.client_id == IDENTITY_INTEGRATION_APP_ID and not any(
            sp["appId"] == IDENTITY_INTEGRATION_APP_ID for sp in st.service_principals.values()
        ):
            # A new object: it goes through the same replication delay as any other.
            st.identity_integration_sp_id = st.add_service_principal(
                app_id=IDENTITY_INTEGRATION_APP_ID,
                display_name=app_info(IDENTITY_INTEGRATION_APP_ID).name,
                template_id=None,
                app_roles=[],
                replicated=False,
            )
        # Consent changes the tenant (a grant, maybe a service principal): tests assert on it.
        st.record_write(GROUP, "POST", path)


@route("/<tenant>/adminconsent", ["GET", "POST"], group=GROUP)
def admin_consent(sim: Simulator, request: Request, tenant: str) -> Response:
    return _admin_consent(sim, request, tenant, v2=False)


@route("/<tenant>/v2.0/adminconsent", ["GET", "POST"], group=GROUP)
def admin_consent_v2(sim: Simulator, request: Request, tenant: str) -> Response:
    return _admin_consent(sim, request, tenant, v2=True)


@route("/cisco/identity/consent", ["GET"], group=GROUP)
def cisco_consent_reply(sim: Simulator, request: Request) -> Response:
    """Cisco's registered reply URL: an error-looking page, as the seeds describe."""
    if request.args.get("error"):
        return pages.cisco_consent_reply("The request could not be completed.")
    return pages.cisco_consent_reply("Something went wrong. Please close this window.")


# ------------------------------------------------------------------------------ sign-out
@route("/<tenant>/oauth2/v2.0/logout", ["GET"], group=GROUP)
def logout(sim: Simulator, request: Request, tenant: str) -> Response:
    st = sim.state
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        with st.lock:
            st.entra_auth.sessions.pop(cookie, None)
    target = request.args.get("post_logout_redirect_uri")
    if target and redirect_allowed(target, base_url(request)):
        resp = redirect_to(target, {"state": request.args.get("state")})
    else:
        resp = pages.message(
            "Sign out",
            "You signed out of your account",
            ["It's a good idea to close all browser windows."],
        )
    resp.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="None")
    return resp
