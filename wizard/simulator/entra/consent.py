"""Simulated tenant-wide admin consent: ``/{tenant}/adminconsent`` (v1, as Cisco's TAC note uses it)
and ``/{tenant}/v2.0/adminconsent``, plus Cisco's reply page ``/cisco/identity/consent``.

For Cisco's identity-integration app an accepted consent re-creates its deleted service
principal (docs/entra-graph.md#admin-consent-repair), subject to the replication delay like any new object, and records a
write. Declines, the consent-declined scenario and accounts without an admin role change nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from werkzeug.wrappers import Request, Response

from wizard.core.endpoints import IDENTITY_INTEGRATION_APP_ID
from wizard.simulator.entra import pages
from wizard.simulator.entra.common import (
    ALL_PRINCIPALS,
    GRAPH_PERMISSIONS,
    GROUP,
    TENANT_CONSENT_ROLES,
    EntraError,
    admin_consent_required,
    app_info,
    base_url,
    check_client,
    consent_answered,
    consent_form,
    declined,
    describe,
    error_page,
    grant,
    guard_tenant,
    parse_scopes,
    permission_order,
    redirect_allowed,
    redirect_to,
    roles_of,
    session_user,
    sign_in_form,
    signed_in,
)
from wizard.simulator.routing import RouteTable
from wizard.simulator.state import SimState

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

routes = RouteTable()


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
    sim: Sim, base: str, tenant: str, params: Mapping[str, str], v2: bool
) -> ConsentRequest:
    guard_tenant(sim, tenant)
    client_id = check_client(params.get("client_id"), page=True)
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
    # Entra keeps admin_consent=True even on errors (docs/entra-graph.md#admin-consent-repair).
    return redirect_to(
        creq.reply_url,
        {
            "error": error.error,
            "error_description": describe(error.code, error.message),
            "admin_consent": "True",
            "state": creq.state,
        },
    )


def _admin_consent(sim: Sim, request: Request, tenant: str, v2: bool) -> Response:
    st = sim.state
    base = base_url(request)
    params = request.args.to_dict() if request.method == "GET" else request.form.to_dict()
    action = request.path
    step = params.get("step") if request.method == "POST" else None
    if step == "consent":
        return consent_answered(
            sim, params, "adminconsent", lambda ticket: _answered(sim, action, params, ticket)
        )
    try:
        creq = parse_admin_consent(sim, base, tenant, params, v2)
    except EntraError as exc:
        return error_page(exc)
    user_id = session_user(st, request)
    if step == "login":
        return signed_in(
            sim,
            action,
            creq.raw | {"step": "login"},
            params,
            lambda user_id: _admin_consent_page(sim, action, creq, user_id),
        )
    if user_id is None or params.get("prompt") in ("login", "select_account"):
        return sign_in_form(sim, action, creq.raw | {"step": "login"}, None)
    return _admin_consent_page(sim, action, creq, user_id)


def _answered(
    sim: Sim, action: str, params: Mapping[str, str], ticket: dict[str, Any]
) -> Response:
    """Accept grants tenant-wide; anything else (or the consent-declined scenario) declines."""
    st = sim.state
    creq: ConsentRequest = ticket["creq"]
    if params.get("consent") != "accept" or st.faults.consent_declined:
        return _consent_reply(creq, st, declined())
    _apply_admin_consent(sim, creq, action)
    return _consent_reply(creq, st, None)


def _admin_consent_page(
    sim: Sim, action: str, creq: ConsentRequest, user_id: str
) -> Response:
    st = sim.state
    if not roles_of(st, user_id) & TENANT_CONSENT_ROLES:
        return _consent_reply(creq, st, admin_consent_required(creq.client_id))
    hidden, card = consent_form(sim, "adminconsent", {"creq": creq}, creq.client_id, user_id)
    texts = [GRAPH_PERMISSIONS[p].text for p in _ordered(creq)]
    return pages.consent(action, hidden, card, texts, for_organization=True)


def _ordered(creq: ConsentRequest) -> list[str]:
    configured = app_info(creq.client_id).configured
    if not creq.scope and set(configured) == creq.perms:
        return list(configured)  # the order Cisco's TAC note shows
    return sorted(creq.perms, key=permission_order)


def _apply_admin_consent(sim: Sim, creq: ConsentRequest, path: str) -> None:
    """Grant for all principals; re-create Cisco's service principal if it was deleted."""
    st = sim.state
    with st.lock:
        grant(st.entra_auth, creq.client_id, ALL_PRINCIPALS, creq.perms)
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


@routes.route("/<tenant>/adminconsent", ["GET", "POST"], group=GROUP)
def admin_consent(sim: Sim, request: Request, tenant: str) -> Response:
    return _admin_consent(sim, request, tenant, v2=False)


@routes.route("/<tenant>/v2.0/adminconsent", ["GET", "POST"], group=GROUP)
def admin_consent_v2(sim: Sim, request: Request, tenant: str) -> Response:
    return _admin_consent(sim, request, tenant, v2=True)


@routes.route("/cisco/identity/consent", ["GET"], group=GROUP)
def cisco_consent_reply(sim: Sim, request: Request) -> Response:
    """Cisco's registered reply URL: an error-looking page, as Cisco's TAC note describes."""
    if request.args.get("error"):
        return pages.cisco_consent_reply("The request could not be completed.")
    return pages.cisco_consent_reply("Something went wrong. Please close this window.")
