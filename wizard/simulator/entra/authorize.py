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

The device login pages live in entra_device.py and admin consent in entra_consent.py; both are
imported at the end of this module so that importing it registers every Entra route.

Errors use the real shapes: the token endpoint answers JSON with the AADSTS code in ``error_codes``
and as the prefix of ``error_description`` (followed by Trace ID / Correlation ID / Timestamp
lines, as Entra does); the authorize endpoint redirects ``error=...`` to a trusted redirect URI,
or renders an error page when the client or redirect URI itself is the problem.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from werkzeug.wrappers import Request, Response

from wizard.core.endpoints import UUID_RE
from wizard.simulator import entra_pages as pages
from wizard.simulator.entra_common import (
    GROUP,
    SESSION_COOKIE,
    EntraError,
    admin_consent_required,
    app_info,
    b64url,
    base_url,
    check_client,
    check_credentials,
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
    required,
    roles_of,
    s256,
    session_user,
    sign_in_form,
    start_session,
    take_ticket,
    tenant_known,
    token_error,
    unknown_tenant,
)
from wizard.simulator.routing import json_response, route
from wizard.simulator.state import SimState

if TYPE_CHECKING:
    from wizard.simulator.server import Simulator

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


@route("/<tenant>/v2.0/.well-known/openid-configuration", ["GET"], group=GROUP)
def openid_configuration(sim: Simulator, request: Request, tenant: str) -> Response:
    if not tenant_known(sim.state, tenant):
        exc = unknown_tenant(tenant)
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
    guard_tenant(sim, tenant)
    client_id = check_client(params.get("client_id"), page=True)
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


@route("/<tenant>/oauth2/v2.0/authorize", ["POST"], group=GROUP)
def authorize_post(sim: Simulator, request: Request, tenant: str) -> Response:
    form = request.form.to_dict()
    base = base_url(request)
    step = form.get("step")
    if step == "consent":
        try:
            ticket = take_ticket(sim.state, form.get("ctx"), "authorize")
        except EntraError as exc:
            return error_page(exc)
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
        return _after_sign_in(sim, request.path, areq, ticket["user_id"])  # no button: ask again
    try:
        areq = parse_authorize(sim, base, tenant, form)
    except EntraError as exc:
        return _authorize_error(None, exc, form)
    user_id, error = check_credentials(sim.state, form.get("login", ""), form.get("passwd", ""))
    if user_id is None:
        return sign_in_form(
            sim, request.path, areq.raw | {"step": "login"}, form.get("login"), error
        )
    return start_session(sim.state, _after_sign_in(sim, request.path, areq, user_id), user_id)


def _after_sign_in(sim: Simulator, action: str, areq: AuthRequest, user_id: str) -> Response:
    st = sim.state
    with st.lock:
        missing = areq.perms - granted(st.entra_auth, areq.client_id, user_id)
        roles = roles_of(st, user_id)
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
        roles,
        _relogin_link(action, areq),
    )


def _relogin_link(action: str, areq: AuthRequest) -> str:
    """The need-admin page's "Sign in with that account" link: this request with prompt=login."""
    return f"{action}?{urlencode(areq.raw | {'prompt': 'login'})}"


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
        "sub": b64url(hashlib.sha256(f"{user_id}:{client_id}".encode()).digest()),
        "tid": state.tenant_id,
        "ver": "2.0",
    }
    if nonce:
        claims["nonce"] = nonce
    header = b64url(json.dumps({"typ": "JWT", "alg": "none"}).encode())
    return f"{header}.{b64url(json.dumps(claims).encode())}."


def client_info(state: SimState, user_id: str) -> str:
    return b64url(json.dumps({"uid": user_id, "utid": state.tenant_id}).encode())


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
    scopes_granted = tuple(sorted(perms))
    body: dict[str, Any] = {
        "token_type": "Bearer",
        "scope": " ".join(scope_echo),
        "expires_in": int(lifetime),
        "ext_expires_in": int(lifetime),
        "access_token": state.issue_token("graph", user_id, lifetime, scopes_granted, client_id),
    }
    if offline:
        body["refresh_token"] = state.issue_token(
            "refresh", user_id, data.refresh_token_lifetime, scopes_granted, client_id
        )
    body["id_token"] = id_token(state, base, client_id, user_id, nonce)
    body["client_info"] = client_info(state, user_id)
    return body


@route("/<tenant>/oauth2/v2.0/token", ["POST"], group=GROUP)
def token(sim: Simulator, request: Request, tenant: str) -> Response:
    form = request.form.to_dict()
    try:
        guard_tenant(sim, tenant)
        client_id = check_client(form.get("client_id"), page=False)
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


def _invalid_grant(message: str = "Provided grant is invalid or malformed.") -> EntraError:
    return EntraError("invalid_grant", 70000, message)


def _redeem_code(
    sim: Simulator, base: str, client_id: str, form: Mapping[str, str]
) -> dict[str, Any]:
    st = sim.state
    code = required(form, "code")
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
    presented = required(form, "refresh_token")
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
        if perms - granted(st.entra_auth, client_id, info.subject):
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
    device_code = form.get("device_code") or required(form, "code")
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


# Registers the device code and admin consent routes with this module's.
from wizard.simulator import entra_consent, entra_device  # noqa: E402, F401
