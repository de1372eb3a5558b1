"""Simulated Entra ID token endpoint: ``POST /{tenant}/oauth2/v2.0/token``.

Redeems an authorization code (PKCE S256), a refresh token or a device code. Errors are JSON with
the AADSTS code in ``error_codes`` and as the prefix of ``error_description``, followed by the
Trace ID / Correlation ID / Timestamp lines Entra appends
(https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from wizard.simulator.entra.common import (
    GROUP,
    EntraError,
    app_info,
    b64url,
    base_url,
    check_client,
    granted,
    guard_tenant,
    parse_scopes,
    required,
    s256,
    token_endpoint_error,
)
from wizard.simulator.routing import RouteTable, json_response
from wizard.simulator.state import SimState

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

routes = RouteTable()


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


def _tokens_for_grant(
    state: SimState, base: str, client_id: str, rec: dict[str, Any], nonce: str | None
) -> dict[str, Any]:
    """The tokens for a redeemed authorization code or device code record."""
    return issue_tokens(
        state,
        base,
        client_id,
        rec["user_id"],
        rec["perms"],
        rec["scope_echo"],
        nonce=nonce,
        offline=rec["offline"],
    )


@routes.route("/<tenant>/oauth2/v2.0/token", ["POST"], group=GROUP)
def token(sim: Sim, request: Request, tenant: str) -> Response:
    form = request.form.to_dict()
    try:
        guard_tenant(sim, tenant)
        client_id = check_client(form.get("client_id"), page=False)
        grant_type = form.get("grant_type", "")
        redeem = _REDEEMERS.get(grant_type)
        if redeem is None:
            raise EntraError(
                "unsupported_grant_type",
                70003,
                f"The app requested an unsupported grant type '{grant_type}'.",
            )
        with sim.state.lock:
            body = redeem(sim.state, base_url(request), client_id, form)
    except EntraError as exc:
        return token_endpoint_error(exc)
    resp = json_response(body)
    resp.headers["Cache-Control"] = "no-store, no-cache"
    resp.headers["Pragma"] = "no-cache"
    return resp


def _invalid_grant(message: str = "Provided grant is invalid or malformed.") -> EntraError:
    return EntraError("invalid_grant", 70000, message)


def _redeem_code(
    st: SimState, base: str, client_id: str, form: Mapping[str, str]
) -> dict[str, Any]:
    code = required(form, "code")
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
    return _tokens_for_grant(st, base, client_id, rec, rec["nonce"])


def _redeem_refresh_token(
    st: SimState, base: str, client_id: str, form: Mapping[str, str]
) -> dict[str, Any]:
    presented = required(form, "refresh_token")
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
    st: SimState, base: str, client_id: str, form: Mapping[str, str]
) -> dict[str, Any]:
    device_code = form.get("device_code") or required(form, "code")
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
    return _tokens_for_grant(st, base, client_id, rec, None)


#: grant_type -> how it is redeemed (under the state lock).
_REDEEMERS: dict[str, Callable[[SimState, str, str, Mapping[str, str]], dict[str, Any]]] = {
    "authorization_code": _redeem_code,
    "refresh_token": _redeem_refresh_token,
    "urn:ietf:params:oauth:grant-type:device_code": _redeem_device_code,
    "device_code": _redeem_device_code,
}
