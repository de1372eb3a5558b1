"""Shared parts of the simulated Entra ID: permission catalogue, error shapes, sign-in helpers.

Used by the route modules of this package (discovery, authorize, token, device, consent).
Nothing here declares a route.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from werkzeug.wrappers import Request, Response

from wizard.core.endpoints import (
    GRAPH_CLI_CLIENT_ID,
    IDENTITY_INTEGRATION_APP_ID,
    UUID_RE,
    is_loopback,
)
from wizard.simulator.entra import pages
from wizard.simulator.routing import oauth_error
from wizard.simulator.state import (
    DEMO_PASSWORD,
    ROLE_APPLICATION_ADMIN,
    ROLE_CLOUD_APPLICATION_ADMIN,
    ROLE_GLOBAL_ADMIN,
    EntraAuthData,
    SimState,
)

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

GROUP = "entra"

ROLE_PRIVILEGED_ROLE_ADMIN = "e8611ab8-c189-46e8-94e1-60213ab1f814"

#: Who may grant tenant-wide admin consent on /adminconsent (Cisco's app may hold Graph app roles,
#: which only these two roles can consent to — docs/entra-graph.md#admin-consent-repair).
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


#: "Cisco Webex Identity Integration" asks for what Cisco's TAC note shows on its consent page.
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


def app_info(client_id: str) -> KnownApp:
    return KNOWN_APPS.get(
        client_id.lower(), KnownApp(f"Application {client_id}", "Unverified publisher")
    )


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


def token_endpoint_error(exc: EntraError) -> Response:
    """*exc* as the token and device-code endpoints answer it (unknown tenant: invalid_request)."""
    error = "invalid_request" if exc.error == "invalid_tenant" else exc.error
    return token_error(error, exc.code, exc.message)


def error_page(exc: EntraError, status: int = 400) -> Response:
    trace = _trace()
    return pages.message(
        "Sign in to your account",
        "Sorry, but we’re having trouble signing you in.",
        [f"AADSTS{exc.code}: {exc.message}"],
        details={"Error": exc.error, **trace},
        status=status,
    )


def base_url(request: Request) -> str:
    return request.host_url.rstrip("/")


def tenant_known(state: SimState, tenant: str) -> bool:
    t = tenant.lower()
    domains = {d["name"].lower() for d in state.organization["verifiedDomains"]}
    return t in ("organizations", "common") or t == state.tenant_id.lower() or t in domains


def unknown_tenant(tenant: str) -> EntraError:
    return EntraError(
        "invalid_tenant",
        90002,
        f"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are "
        "signing into the correct cloud.",
        page=True,
    )


def check_client(client_id: str | None, *, page: bool) -> str:
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


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def s256(verifier: str) -> str:
    return b64url(hashlib.sha256(verifier.encode("ascii")).digest())


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
                perms |= granted(state.entra_auth, client_id, None) or {"User.Read"}
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


def granted(data: EntraAuthData, client_id: str, user_id: str | None) -> set[str]:
    result = set(data.grants.get((client_id, ALL_PRINCIPALS), set()))
    if user_id:
        result |= data.grants.get((client_id, user_id), set())
    return result


def roles_of(state: SimState, user_id: str) -> set[str]:
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


def session_user(state: SimState, request: Request) -> str | None:
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return None
    with state.lock:
        uid = state.entra_auth.sessions.get(cookie)
        return uid if uid in state.users else None


def start_session(state: SimState, response: Response, user_id: str) -> Response:
    cookie = secrets.token_urlsafe(32)
    with state.lock:
        state.entra_auth.sessions[cookie] = user_id
    response.set_cookie(
        SESSION_COOKIE, cookie, secure=True, httponly=True, samesite="None", path="/"
    )
    return response


def new_ticket(state: SimState, kind: str, user_id: str, context: dict[str, Any]) -> str:
    ticket = secrets.token_urlsafe(24)
    with state.lock:
        state.entra_auth.tickets[ticket] = {
            "kind": kind,
            "user_id": user_id,
            "expires_at": state.now() + 600,
            **context,
        }
    return ticket


def consent_answered(
    sim: Sim, form: Mapping[str, str], kind: str, proceed: Callable[[dict[str, Any]], Response]
) -> Response:
    """A consent page's answer: *proceed* with the ticket it carried (of *kind*, used up), or
    the error page when that ticket has expired or was used already."""
    st = sim.state
    with st.lock:
        ticket = st.entra_auth.tickets.pop(form.get("ctx") or "", None)
    if ticket is None or ticket["kind"] != kind or ticket["expires_at"] < st.now():
        return error_page(
            EntraError(
                "invalid_request",
                50058,
                "Your sign-in session has expired or was already used. Start the sign-in again.",
                page=True,
            )
        )
    return proceed(ticket)


def guard_tenant(sim: Sim, tenant: str) -> None:
    if not tenant_known(sim.state, tenant):
        raise unknown_tenant(tenant)


def declined() -> EntraError:
    return EntraError("access_denied", 65004, "User declined to consent to access the app.")


def admin_consent_required(client_id: str) -> EntraError:
    return EntraError(
        "consent_required",
        90094,
        f"The grant requires admin permission. {app_info(client_id).name} needs permission to access "
        "resources in your organization that only an admin can grant.",
    )


def sign_in_form(
    sim: Sim, action: str, hidden: dict[str, str], login: str | None, error: str | None = None
) -> Response:
    login = login or sim.state.users[sim.state.admin_id]["userPrincipalName"]
    return pages.sign_in(action, hidden, login, DEMO_PASSWORD, error)


def signed_in(
    sim: Sim,
    action: str,
    hidden: dict[str, str],
    form: Mapping[str, str],
    proceed: Callable[[str], Response],
) -> Response:
    """A posted sign-in form: shown again with the real page's message, or *proceed* for the
    user, who now has a session."""
    user_id, error = check_credentials(sim.state, form.get("login", ""), form.get("passwd", ""))
    if user_id is None:
        return sign_in_form(sim, action, hidden, form.get("login"), error)
    return start_session(sim.state, proceed(user_id), user_id)


def consent_form(
    sim: Sim, kind: str, context: dict[str, Any], client_id: str, user_id: str
) -> tuple[dict[str, str], pages.AppCard]:
    """A consent page's hidden fields (a new *kind* ticket holding *context*) and app card."""
    app = app_info(client_id)
    hidden = {"step": "consent", "ctx": new_ticket(sim.state, kind, user_id, context)}
    account = sim.state.users[user_id]["userPrincipalName"]
    return hidden, pages.AppCard(account, app.name, app.publisher)


def consent_or_need_admin(
    sim: Sim,
    action: str,
    kind: str,
    context: dict[str, Any],
    client_id: str,
    perms: set[str],
    missing: set[str],
    user_id: str,
    admin_link: str,
) -> Response:
    """The user's consent page, or "need admin approval" when *missing* holds a permission only
    an administrator may consent to and the user has no role that may."""
    hidden, card = consent_form(sim, kind, context, client_id, user_id)
    needs_admin = any(GRAPH_PERMISSIONS[p].admin for p in missing)
    with sim.state.lock:
        roles = roles_of(sim.state, user_id)
    if needs_admin and not roles & DELEGATED_CONSENT_ROLES:
        return pages.need_admin(action, hidden, card, admin_link)
    texts = [GRAPH_PERMISSIONS[p].text for p in sorted(perms, key=permission_order)]
    return pages.consent(action, hidden, card, texts, for_organization=False)


def permission_order(name: str) -> tuple[int, str]:
    # "Sign in and read user profile" first, as Microsoft lists it; the rest alphabetically.
    return (0 if name == "User.Read" else 1, name)


def grant(data: EntraAuthData, client_id: str, principal: str, perms: set[str]) -> None:
    data.grants.setdefault((client_id, principal), set()).update(perms)


def required(form: Mapping[str, str], name: str) -> str:
    value = form.get(name)
    if not value:
        raise EntraError(
            "invalid_request",
            900144,
            f"The request body must contain the following parameter: '{name}'.",
        )
    return value
