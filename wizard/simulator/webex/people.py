"""Simulated Webex REST: ``GET /v1/people/me`` and ``GET /v1/authorizations/tokenExpiry``.

Shapes follow Cisco's published API reference (https://developer.webex.com/docs/api/v1/people);
where the real service is undocumented the choice made here is said in a comment, so nobody
mistakes the simulator for evidence. Also the people every Webex route knows: the admin, plus
seeded non-admin and partial-admin people so that every role can be signed in.
"""

from __future__ import annotations

import base64
import binascii
import copy
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING

from werkzeug.wrappers import Request, Response

from wizard.simulator.routing import RouteTable, bearer_token, json_response, webex_error
from wizard.simulator.scopes import holds
from wizard.simulator.state import IssuedToken, SimState

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

routes = RouteTable()

#: "Searching and viewing People requires an auth token with a scope of spark:people_read"
#: (https://developer.webex.com/docs/api/v1/people); spark:all is the legacy all-scopes grant.
REST_SCOPES = (frozenset({"spark:people_read"}), frozenset({"spark:all"}))
#: Cisco's Authorizations API names identity:tokens_read for tokenExpiry
#: (https://developer.webex.com/docs/api/v1/authorizations). Whether Webex enforces it for the
#: tutorial's token is unconfirmed, so it is enforced only in worlds that ask for it
#: (:func:`enforce_token_expiry_scope`, the ``token-expiry-refused`` scenario).
TOKEN_EXPIRY_SCOPES = (frozenset({"identity:tokens_read"}),)
INVALID_TOKEN_MESSAGE = (
    "The request requires a valid access token set in the Authorization request header."
)
#: A known token past its expiry. The shape is Webex's documented error body
#: (https://developer.webex.com/docs/basics, "API Errors"); the wording is the simulator's.
EXPIRED_TOKEN_MESSAGE = "The access token has expired."


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


#: (display name, email, roles) seeded next to the admin, so that every role can be signed in.
EXTRA_PEOPLE = (
    ("Uma User", "user@contoso.example", ()),
    ("Ulla Useradmin", "useradmin@contoso.example", ("id_user_admin",)),
    ("Rory Readonly", "readonly@contoso.example", ("id_readonly_admin",)),
)

#: The worlds whose extra people are seeded (not tenant state, so not in SimState).
_seeded: weakref.WeakSet[SimState] = weakref.WeakSet()


def seed_people(sim: Sim) -> None:
    """Add the non-admin and partial-admin people once per simulator (idempotent)."""
    st = sim.state
    with st.lock:
        if st in _seeded:
            return
        for name, email, roles in EXTRA_PEOPLE:
            st.add_webex_person(name, email, roles=[role_id(r) for r in roles])
        _seeded.add(st)


def person_by_email(sim: Sim, email: str) -> str | None:
    seed_people(sim)
    wanted = email.strip().lower()
    with sim.state.lock:
        for pid, person in sim.state.webex_people.items():
            if any(e.lower() == wanted for e in person["emails"]):
                return pid
    return None


def valid_token(sim: Sim, request: Request) -> IssuedToken | None:
    token = bearer_token(request)
    if not token:
        return None
    with sim.state.lock:
        info = sim.state.token_info(token, "webex")
        if info is None or not info.valid(sim.state.now()):
            return None
        return copy.copy(info)


def refusal_message(sim: Sim, request: Request) -> str:
    """Why a token is refused: expired (a token Webex issued, past its expiry) or invalid."""
    with sim.state.lock:
        info = sim.state.token_info(bearer_token(request) or "", "webex")
        expired = info is not None and not info.revoked and not info.valid(sim.state.now())
    return EXPIRED_TOKEN_MESSAGE if expired else INVALID_TOKEN_MESSAGE


def has_scope(info: IssuedToken, wanted: Iterable[frozenset[str]]) -> bool:
    """All scopes of one alternative in *wanted* (seeded tokens carry the documented scopes)."""
    return holds(info.scopes, wanted)


#: The worlds whose tokenExpiry enforces its documented scope.
_strict_expiry: weakref.WeakSet[SimState] = weakref.WeakSet()


def enforce_token_expiry_scope(sim: Sim) -> None:
    with sim.state.lock:
        _strict_expiry.add(sim.state)


@routes.route("/v1/people/me", ["GET"], group="webex")
def people_me(sim: Sim, request: Request) -> Response:
    """Spec ``Person``; 401 in Webex's generic error shape for a missing/expired/revoked token."""
    seed_people(sim)
    info = valid_token(sim, request)
    if info is None:
        return webex_error(request, 401, refusal_message(sim, request))
    if not has_scope(info, REST_SCOPES):
        return webex_error(request, 403, "The token does not have the scope spark:people_read.")
    with sim.state.lock:
        person = copy.deepcopy(sim.state.webex_people.get(info.subject))
    if person is None:
        return webex_error(request, 404, "The requested resource could not be found.")
    person.setdefault("lastModified", person["created"])
    person.setdefault("status", "active")
    return json_response(person)


@routes.route("/v1/authorizations/tokenExpiry", ["GET"], group="webex")
def token_expiry(sim: Sim, request: Request) -> Response:
    """``{"exp": <epoch milliseconds>}`` (https://developer.webex.com/docs/api/v1/authorizations).

    Whether Webex serves this to a token with only the tutorial's scopes is unconfirmed; the
    simulator answers every valid token unless the world enforces identity:tokens_read.
    """
    info = valid_token(sim, request)
    if info is None:
        return webex_error(request, 401, refusal_message(sim, request))
    with sim.state.lock:
        strict = sim.state in _strict_expiry
    if strict and not has_scope(info, TOKEN_EXPIRY_SCOPES):
        return webex_error(request, 403, "The token does not have the scope identity:tokens_read.")
    return json_response({"exp": int(info.expires_at * 1000)})
