"""Simulated Entra ID sign-in in the browser: ``/{tenant}/oauth2/v2.0/authorize`` and ``logout``.

The authorize endpoint shows the sign-in form, then the consent page (or "need admin
approval"), and redirects back with a code. Errors use the real shapes: it redirects
``error=...`` to a trusted redirect URI, or renders an error page when the client or redirect
URI itself is the problem
(https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from werkzeug.wrappers import Request, Response

from wizard.core.endpoints import UUID_RE
from wizard.simulator.entra import pages
from wizard.simulator.entra.common import (
    GROUP,
    SESSION_COOKIE,
    EntraError,
    admin_consent_required,
    base_url,
    check_client,
    consent_answered,
    consent_or_need_admin,
    declined,
    describe,
    error_page,
    grant,
    granted,
    guard_tenant,
    parse_scopes,
    redirect_allowed,
    redirect_to,
    session_user,
    sign_in_form,
    signed_in,
)
from wizard.simulator.routing import RouteTable

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

routes = RouteTable()

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


def parse_authorize(sim: Sim, base: str, tenant: str, params: Mapping[str, str]) -> AuthRequest:
    """Validate an authorization request; raises :class:`EntraError`."""
    guard_tenant(sim, tenant)
    client_id = check_client(params.get("client_id"), page=True)
    redirect_uri = _check_redirect(params, base, client_id)
    response_mode = _check_protocol(params)
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


def _check_redirect(params: Mapping[str, str], base: str, client_id: str) -> str:
    """The redirect URI, or the error page Entra shows instead of redirecting to it."""
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
    return redirect_uri


def _check_protocol(params: Mapping[str, str]) -> str:
    """Check response_type, the required parameters and PKCE; the response_mode to use."""
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
    return response_mode


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


@routes.route("/<tenant>/oauth2/v2.0/authorize", ["GET"], group=GROUP)
def authorize(sim: Sim, request: Request, tenant: str) -> Response:
    params = request.args.to_dict()
    base = base_url(request)
    try:
        areq = parse_authorize(sim, base, tenant, params)
    except EntraError as exc:
        return _authorize_error(None, exc, params)
    user_id = session_user(sim.state, request)
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
        return sign_in_form(sim, request.path, areq.raw | {"step": "login"}, areq.login_hint)
    return _after_sign_in(sim, request.path, areq, user_id)


@routes.route("/<tenant>/oauth2/v2.0/authorize", ["POST"], group=GROUP)
def authorize_post(sim: Sim, request: Request, tenant: str) -> Response:
    form = request.form.to_dict()
    base = base_url(request)
    if form.get("step") == "consent":
        return consent_answered(
            sim, form, "authorize", lambda ticket: _answered(sim, request.path, form, ticket)
        )
    try:
        areq = parse_authorize(sim, base, tenant, form)
    except EntraError as exc:
        return _authorize_error(None, exc, form)
    return signed_in(
        sim,
        request.path,
        areq.raw | {"step": "login"},
        form,
        lambda user_id: _after_sign_in(sim, request.path, areq, user_id),
    )


def _answered(sim: Sim, action: str, form: Mapping[str, str], ticket: dict[str, Any]) -> Response:
    """The button clicked on the consent (or need-admin) page."""
    areq: AuthRequest = ticket["areq"]
    decision = form.get("consent")
    if decision == "accept":
        with sim.state.lock:
            grant(sim.state.entra_auth, areq.client_id, ticket["user_id"], areq.perms)
        return _issue_code(sim, areq, ticket["user_id"])
    if decision == "back":
        return _authorize_error(areq, admin_consent_required(areq.client_id), form)
    if decision == "cancel":
        return _authorize_error(areq, declined(), form)
    return _after_sign_in(sim, action, areq, ticket["user_id"])  # no button: ask again


def _after_sign_in(sim: Sim, action: str, areq: AuthRequest, user_id: str) -> Response:
    st = sim.state
    with st.lock:
        missing = areq.perms - granted(st.entra_auth, areq.client_id, user_id)
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
    return consent_or_need_admin(
        sim,
        action,
        "authorize",
        {"areq": areq},
        areq.client_id,
        areq.perms,
        missing,
        user_id,
        _relogin_link(action, areq),
    )


def _relogin_link(action: str, areq: AuthRequest) -> str:
    """The need-admin page's "Sign in with that account" link: this request with prompt=login."""
    return f"{action}?{urlencode(areq.raw | {'prompt': 'login'})}"


def _issue_code(sim: Sim, areq: AuthRequest, user_id: str) -> Response:
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


@routes.route("/<tenant>/oauth2/v2.0/logout", ["GET"], group=GROUP)
def logout(sim: Sim, request: Request, tenant: str) -> Response:
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
