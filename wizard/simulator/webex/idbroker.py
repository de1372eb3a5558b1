"""Simulated Webex idbroker sign-in: the implicit grant Cisco's Entra client uses.

``GET|POST /idb/oauth2/v1/authorize`` shows the sign-in form and redirects with the token in the
fragment (RFC 6749 §4.2, https://www.rfc-editor.org/rfc/rfc6749#section-4.2);
``GET|POST /idb/saml2/jsp/doSSO.jsp`` signs in first and then continues to its ``goto``
authorize address without a second form, as real single sign-on does.
"""

from __future__ import annotations

import html
import secrets
import weakref
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from werkzeug.wrappers import Request, Response

from wizard.core.endpoints import WEBEX_AZURE_CLIENT_ID, Endpoints
from wizard.simulator.routing import RouteTable, Sim
from wizard.simulator.state import DEMO_PASSWORD, SimState
from wizard.simulator.webex.people import person_by_email

routes = RouteTable()

AUTHORIZE_PATH = "/idb/oauth2/v1/authorize"
SSO_PATH = "/idb/saml2/jsp/doSSO.jsp"
#: Cisco's Entra client and the one redirect URI registered for it.
REGISTERED_CLIENTS = {WEBEX_AZURE_CLIENT_ID: Endpoints().webex_redirect_uri}
TOKEN_LIFETIME = 3887999  # what the real redirect says: ~45 days
#: Webex for Government: "Admin tokens are valid for no longer than 12 hours"
#: (https://developer.webex.com/docs/api/guides/create-a-fedramp-integration).
FEDRAMP_TOKEN_LIFETIME = 12 * 3600
#: The worlds that stand for Webex for Government (:func:`as_fedramp`).
_fedramp: weakref.WeakSet[SimState] = weakref.WeakSet()
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
SESSION_COOKIE = "idb_sim_session"

#: Session cookie -> person id, per simulated world (not tenant state, so not in SimState).
_sessions_by_world: weakref.WeakKeyDictionary[SimState, dict[str, str]] = weakref.WeakKeyDictionary()


def _sessions(sim: Sim) -> dict[str, str]:
    with sim.state.lock:
        return _sessions_by_world.setdefault(sim.state, {})


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
    """Errors go in the query string: Cisco's SDK reads them there."""
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


def as_fedramp(sim: Sim) -> None:
    """Make this world Webex for Government: its admin tokens last 12 hours."""
    with sim.state.lock:
        _fedramp.add(sim.state)


def token_lifetime(sim: Sim) -> int:
    with sim.state.lock:
        return FEDRAMP_TOKEN_LIFETIME if sim.state in _fedramp else TOKEN_LIFETIME


def _grant(sim: Sim, person_id: str, params: dict[str, str]) -> Response:
    """The implicit-grant success redirect: the token in the fragment (RFC 6749 §4.2.2)."""
    lifetime = token_lifetime(sim)
    token = sim.state.issue_token(
        "webex", person_id, lifetime, tuple(params["scope"].split()), params["client_id"]
    )
    fragment = {"access_token": token, "token_type": "Bearer", "expires_in": str(lifetime)}
    if params["state"]:
        fragment["state"] = params["state"]
    return _redirect(f"{params['redirect_uri']}#{urlencode(fragment, quote_via=quote, safe='')}")


def _authenticate(sim: Sim, email: str, password: str) -> str | None:
    pid = person_by_email(sim, email)
    if pid is None or not secrets.compare_digest(password.encode(), DEMO_PASSWORD.encode()):
        return None
    return pid


def _session_person(sim: Sim, request: Request) -> str | None:
    sid = request.cookies.get(SESSION_COOKIE)
    return _sessions(sim).get(sid) if sid else None


def _admin_email(sim: Sim) -> str:
    """What the sign-in form is prefilled with: the demo organization's admin."""
    return str(sim.state.webex_people[sim.state.webex_admin_id]["emails"][0])


def _cancelled(params: dict[str, str]) -> Response:
    return _error_redirect(
        params["redirect_uri"], "access_denied", "The user cancelled the sign-in.", params["state"]
    )


@routes.route(AUTHORIZE_PATH, ["GET"], group="idbroker")
def authorize_form(sim: Sim, request: Request) -> Response:
    params = _oauth_params(request.args)
    problem = _check_request(params)
    if problem is not None:
        return problem
    pid = _session_person(sim, request)
    if pid is not None:  # a doSSO sign-in just happened: no second form, as real SSO
        return _grant(sim, pid, params)
    return _signin_form(AUTHORIZE_PATH, params, _admin_email(sim), DEMO_PASSWORD)


def _submitted(
    sim: Sim,
    form: Any,
    params: dict[str, str],
    action: str,
    hidden: dict[str, str],
    signed_in: Callable[[str], Response],
) -> Response:
    """A posted sign-in form (*action*, *hidden*): the request checked, then Cancel, the form
    again after a wrong password, or *signed_in* for the person."""
    problem = _check_request(params)
    if problem is not None:
        return problem
    if form.get("action") == "cancel":
        return _cancelled(params)
    email = form.get("email", "")
    pid = _authenticate(sim, email, form.get("password", ""))
    if pid is None:
        return _signin_form(action, hidden, email, "", "Incorrect email or password.")
    return signed_in(pid)


@routes.route(AUTHORIZE_PATH, ["POST"], group="idbroker")
def authorize_submit(sim: Sim, request: Request) -> Response:
    params = _oauth_params(request.form)
    return _submitted(
        sim, request.form, params, AUTHORIZE_PATH, params, lambda pid: _grant(sim, pid, params)
    )


def _goto_params(request: Request, goto: str) -> dict[str, str] | None:
    """The OAuth params of a doSSO ``goto``, if it is this idbroker's authorize URL (no open redirect)."""
    try:
        parts = urlsplit(goto)
    except ValueError:
        return None
    if parts.scheme != "https" or parts.netloc != request.host or parts.path != AUTHORIZE_PATH:
        return None
    return _oauth_params(dict(parse_qsl(parts.query, keep_blank_values=True)))


@routes.route(SSO_PATH, ["GET"], group="idbroker")
def sso_form(sim: Sim, request: Request) -> Response:
    """``doSSO.jsp?type=login&goto=…``: always the sign-in form, then on to ``goto``."""
    goto = request.args.get("goto", "")
    params = _goto_params(request, goto)
    if params is None:
        return _error_page("The goto address is not a Webex authorize address.")
    problem = _check_request(params)
    if problem is not None:
        return problem
    hidden = {"type": request.args.get("type", "login"), "goto": goto}
    return _signin_form(SSO_PATH, hidden, _admin_email(sim), DEMO_PASSWORD)


@routes.route(SSO_PATH, ["POST"], group="idbroker")
def sso_submit(sim: Sim, request: Request) -> Response:
    form = request.form
    goto = form.get("goto", "")
    params = _goto_params(request, goto)
    if params is None:
        return _error_page("The goto address is not a Webex authorize address.")
    hidden = {"type": form.get("type", "login"), "goto": goto}
    return _submitted(
        sim, form, params, SSO_PATH, hidden, lambda pid: _sso_session(sim, pid, goto)
    )


def _sso_session(sim: Sim, pid: str, goto: str) -> Response:
    """Signed in: a session cookie for idbroker, and on to ``goto`` (its authorize address)."""
    sid = secrets.token_urlsafe(24)
    with sim.state.lock:
        _sessions(sim)[sid] = pid
    response = _redirect(goto)
    response.set_cookie(
        SESSION_COOKIE, sid, path="/idb", secure=True, httponly=True, samesite="Lax"
    )
    return response
