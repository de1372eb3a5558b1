"""Simulated device code sign-in: ``POST /{tenant}/oauth2/v2.0/devicecode`` and ``/devicelogin``.

The token endpoint (token.py) redeems the device code once the person has entered the user
code, signed in and consented here. ``approve_device_code`` does the same without the pages,
for demos that must not wait for a person.
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from wizard.simulator.entra import pages
from wizard.simulator.entra.common import (
    GROUP,
    USER_CODE_ALPHABET,
    EntraError,
    app_info,
    base_url,
    check_client,
    consent_answered,
    consent_or_need_admin,
    error_page,
    grant,
    granted,
    guard_tenant,
    parse_scopes,
    required,
    sign_in_form,
    signed_in,
    token_endpoint_error,
)
from wizard.simulator.routing import RouteTable, json_response
from wizard.simulator.state import SimState

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

routes = RouteTable()


@routes.route("/<tenant>/oauth2/v2.0/devicecode", ["POST"], group=GROUP)
def devicecode(sim: Sim, request: Request, tenant: str) -> Response:
    st = sim.state
    form = request.form.to_dict()
    base = base_url(request)
    try:
        guard_tenant(sim, tenant)
        client_id = check_client(form.get("client_id"), page=False)
        perms, echo, offline = parse_scopes(st, base, required(form, "scope"), client_id)
    except EntraError as exc:
        return token_endpoint_error(exc)
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
        grant(state.entra_auth, found[1]["client_id"], user_id, found[1]["perms"])
        found[1].update(status="approved", user_id=user_id)
    return True


@routes.route("/devicelogin", ["GET"], group=GROUP)
def devicelogin(sim: Sim, request: Request) -> Response:
    return pages.device_code(request.path, request.args.get("otc", ""))


@routes.route("/devicelogin", ["POST"], group=GROUP)
def devicelogin_post(sim: Sim, request: Request) -> Response:
    st = sim.state
    form = request.form.to_dict()
    step = form.get("step")
    action = request.path
    if step == "consent":
        accepted = form.get("consent") == "accept"
        return consent_answered(
            sim,
            form,
            "device",
            lambda ticket: _finish_device(sim, ticket["device_code"], ticket["user_id"], accepted),
        )
    found = _device_record(st, form.get("user_code") or form.get("otc", ""))
    if found is None:
        return pages.device_code(
            action, form.get("otc", ""), "That code didn't work. Check the code and try again."
        )
    hidden = {"step": "login", "user_code": found[1]["user_code"]}
    if step != "login":
        return sign_in_form(sim, action, hidden, None)
    return signed_in(
        sim, action, hidden, form, lambda user_id: _approve(sim, action, found, user_id)
    )


def _approve(
    sim: Sim, action: str, found: tuple[str, dict[str, Any]], user_id: str
) -> Response:
    """Approve the device code for the signed-in user, or first ask for what is not consented."""
    st = sim.state
    device_code, rec = found
    with st.lock:
        missing = rec["perms"] - granted(st.entra_auth, rec["client_id"], user_id)
    if not missing:
        return _finish_device(sim, device_code, user_id, True)
    return consent_or_need_admin(
        sim,
        action,
        "device",
        {"device_code": device_code},
        rec["client_id"],
        rec["perms"],
        missing,
        user_id,
        action,
    )


def _finish_device(sim: Sim, device_code: str, user_id: str, accepted: bool) -> Response:
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
            grant(st.entra_auth, rec["client_id"], user_id, rec["perms"])
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
