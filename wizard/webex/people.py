"""Who signed in to Webex, in which organization, with which roles (``GET /v1/people/me``).

Why people/me: the admin's token already carries ``spark:people_read``, so one call gives the
org ID (no copy from Control Hub) and the roles (Full Admin check) without any
extra scope (docs/webex.md#org-id-and-role). Webex IDs are base64 of ``ciscospark://<region>/<TYPE>/
<id>`` without padding, sometimes URL-safe, with region ``us`` or a ``urn:TEAM:…`` cluster, so
decoding never assumes the ``us/`` prefix.
"""

from __future__ import annotations

import base64
import binascii
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from wizard.core.endpoints import Endpoints
from wizard.core.errors import NetworkError
from wizard.webex.errors import WebexApiError, WebexOrgIdError
from wizard.webex.network import classify
from wizard.webex.shapes import correlation as correlation_ids
from wizard.webex.shapes import parse_error_body, scrub
from wizard.webex.token import WebexToken

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_B64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
_REGION = re.compile(r"[A-Za-z0-9:_.-]+")
FULL_ADMIN = "id_full_admin"


def _decode_hydra(value: str) -> tuple[str, str, str] | None:
    """``(region, kind, id)`` of a Webex (hydra) ID, or None when it is not one."""
    text = value.strip()
    if not _B64.fullmatch(text):
        return None
    text = text.rstrip("=").replace("-", "+").replace("_", "/")
    text += "=" * (-len(text) % 4)
    try:
        raw = base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        return None
    prefix = "ciscospark://"
    if not raw.startswith(prefix):
        return None
    parts = raw[len(prefix) :].split("/")
    if len(parts) != 3 or not _REGION.fullmatch(parts[0]) or not parts[1] or not parts[2]:
        return None
    return parts[0], parts[1], parts[2]


def decode_org_id(value: str) -> str:
    """The organization UUID (lower case) of a UUID or an encoded Webex organization ID."""
    if not isinstance(value, str):
        raise WebexOrgIdError.invalid(repr(value), "not text")
    text = value.strip()
    if UUID_RE.fullmatch(text):
        return text.lower()
    decoded = _decode_hydra(text)
    if decoded is None:
        raise WebexOrgIdError.invalid(text, "it does not decode to a ciscospark:// ID")
    _region, kind, ident = decoded
    if kind != "ORGANIZATION":
        raise WebexOrgIdError.invalid(
            text, f"it is the ID of a {scrub(kind.lower(), limit=20)}, not of an organization"
        )
    if not UUID_RE.fullmatch(ident):
        raise WebexOrgIdError.invalid(text, "the decoded ID is not a UUID")
    return ident.lower()


def decode_role(value: str) -> str | None:
    """``id_full_admin`` for ``Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg``; None if not a role."""
    decoded = _decode_hydra(value)
    if decoded is None or decoded[1] != "ROLE":
        return None
    return decoded[2]


def role_names(roles: Iterable[str]) -> tuple[str, ...]:
    """Decoded role names. An entry may hold several comma-separated IDs (the spec's example)."""
    names: list[str] = []
    for entry in roles or ():
        if not isinstance(entry, str):
            continue
        for part in entry.split(","):
            name = decode_role(part) if part.strip() else None
            if name is not None and name not in names:
                names.append(name)
    return tuple(names)


def is_full_admin(roles: Iterable[str]) -> bool:
    """Whether people/me ``roles`` include Full Administrator (docs/webex.md#org-id-and-role)."""
    return FULL_ADMIN in role_names(roles)


@dataclass(frozen=True)
class WebexPerson:
    """The signed-in Webex account, as the wizard shows it for confirmation."""

    id: str
    display_name: str
    email: str
    org_id: str  # UUID, lower case
    roles: tuple[str, ...]  # decoded role names, e.g. ("id_full_admin",)
    full_admin: bool


def _raw_token(token: WebexToken | str) -> str:
    return token.access_token if isinstance(token, WebexToken) else token


def _correlation(response: requests.Response, body: Any) -> dict[str, str]:
    """The HTTP layer's ids plus the body's ``trackingId`` (any of the three error shapes)."""
    return correlation_ids(getattr(response, "correlation", {}), parse_error_body(body))


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _call(
    session: requests.Session, url: str, token: WebexToken | str
) -> tuple[requests.Response, Any]:
    """GET *url* with the token; map timeouts to an outage, and every error status to a type."""
    try:
        response = session.get(
            url,
            headers={"Authorization": f"Bearer {_raw_token(token)}", "Accept": "application/json"},
        )
    except NetworkError as exc:
        if exc.code == "net.timeout":
            raise WebexApiError.outage(0, exc.correlation) from None
        raise classify(exc, urlsplit(url).netloc) from None
    body = _json(response)
    ids = _correlation(response, body)
    status = response.status_code
    if status == 200:
        if not isinstance(body, dict):
            raise WebexApiError.bad_response("The answer is not a JSON object", ids)
        return response, body
    if status == 401:
        if isinstance(token, WebexToken) and token.expired():
            raise WebexApiError.token_expired(token.expires_at, ids)
        said = parse_error_body(body, [_raw_token(token)]).detail
        if "expired" in said.lower():
            # Webex documents the error shape (message, errors, trackingId), not its wording:
            # the text only chooses our words; expired or revoked, the remedy is a new token.
            raise WebexApiError.expired_per_webex(said, ids)
        raise WebexApiError.token_rejected(ids)
    if status == 403:
        raise WebexApiError.forbidden(ids)
    if status == 429:
        raise WebexApiError.throttled(response.headers.get("Retry-After", ""), ids)
    if status >= 500:
        raise WebexApiError.outage(status, ids)
    message = parse_error_body(body, [_raw_token(token)]).detail
    raise WebexApiError.unexpected(status, message, ids)


def get_me(session: requests.Session, endpoints: Endpoints, token: WebexToken | str) -> WebexPerson:
    """The signed-in person (``GET {webex_rest_base}/people/me``) with org UUID and admin flag.

    Pass the :class:`WebexToken` rather than the bare string when you have it: on a 401 its
    recorded expiry lets the message say "expired on …" instead of "expired or revoked".
    """
    url = f"{endpoints.webex_rest_base.rstrip('/')}/people/me"
    response, body = _call(session, url, token)
    ids = _correlation(response, body)
    org = body.get("orgId")
    if not isinstance(org, str) or not org:
        raise WebexApiError.bad_response("The answer has no organization ID (orgId)", ids)
    emails = body.get("emails") or []
    roles = body.get("roles") or []
    names = role_names(roles if isinstance(roles, list) else [])
    return WebexPerson(
        id=str(body.get("id", "")),
        display_name=str(body.get("displayName") or ""),
        email=str(emails[0]) if isinstance(emails, list) and emails else "",
        org_id=decode_org_id(org),
        roles=names,
        full_admin=FULL_ADMIN in names,
    )


def require_full_admin(person: WebexPerson) -> WebexPerson:
    """*person*, or :meth:`WebexApiError.not_full_admin` when they lack the Full Admin role.

    User and read-only administrators pass Webex's SCIM *read* probe but cannot (or, for User
    Admin on the legacy tenant URL, are not known to) create users, so the wizard requires Full
    Admin up front, as Cisco's and Microsoft's instructions do (docs/webex.md#org-id-and-role).
    """
    if person.full_admin:
        return person
    account = person.email or person.display_name or person.id
    raise WebexApiError.not_full_admin(account, ", ".join(person.roles) or "none")


def token_expiry(session: requests.Session, endpoints: Endpoints, token: WebexToken | str) -> float:
    """When Webex says the token expires (epoch seconds), from ``GET /authorizations/tokenExpiry``.

    The endpoint answers in epoch *milliseconds* (spec). Whether Webex serves it to a token
    with only the tutorial's scopes is unconfirmed (docs/webex.md#token): callers fall back to
    :attr:`WebexToken.expires_at` on a 403.
    """
    url = f"{endpoints.webex_rest_base.rstrip('/')}/authorizations/tokenExpiry"
    response, body = _call(session, url, token)
    exp = body.get("exp")
    if isinstance(exp, bool) or not isinstance(exp, int | float) or exp <= 0:
        raise WebexApiError.bad_response(
            "The answer has no expiry time (exp)", _correlation(response, body)
        )
    return float(exp) / 1000.0


def expires_soon(token: WebexToken, within_days: float = 14.0, now: float | None = None) -> bool:
    """Whether to remind the admin: the token runs out within *within_days*."""
    now = time.time() if now is None else now
    return token.expires_at - now <= within_days * 86400


__all__ = [
    "WebexPerson",
    "decode_org_id",
    "decode_role",
    "expires_soon",
    "get_me",
    "is_full_admin",
    "require_full_admin",
    "role_names",
    "token_expiry",
]
