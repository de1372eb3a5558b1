"""The connection test for the tenant URL the wizard is about to give Entra.

Why our own probe before Entra's ``validateCredentials``: Entra answers a failed Test Connection
with one generic message, while a direct call tells 401 (token) from 403 (role/scope) from 404
(URL/org ID) from an outage, each with Webex's tracking ID (docs/webex.md#connection-probe). The
probe is the read Entra's provisioning engine itself does on every cycle: a filtered search for a
user that cannot exist, so it changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import requests

from wizard.core.endpoints import Endpoints
from wizard.core.errors import NetworkError
from wizard.webex.errors import WebexScimError, WebexTenantUrlError
from wizard.webex.network import classify
from wizard.webex.people import UUID_RE
from wizard.webex.shapes import ErrorBody, parse_error_body, scrub, shown_tracking_id
from wizard.webex.shapes import correlation as correlation_ids
from wizard.webex.token import WebexToken

LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PROBE_DOMAIN = "invalid.example"  # RFC 2606: can never be a real user's domain


@dataclass(frozen=True)
class ProbeResult:
    """What a successful probe saw, for the report (no secrets)."""

    tenant_url: str
    total_results: int
    correlation: dict[str, str] = field(default_factory=dict)

    @property
    def tracking_id(self) -> str:
        return shown_tracking_id(self.correlation)


def probe_user_name() -> str:
    return f"wizard-probe-{uuid.uuid4()}@{PROBE_DOMAIN}"


def new_tracking_id() -> str:
    """Our ``TrackingID`` header, in the ``<PREFIX>_<uuid>`` form Webex's own clients send."""
    return f"WIZARD_{uuid.uuid4()}"


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.rpartition("@")[2] or url


def _raw(token: WebexToken | str) -> str:
    return token.access_token if isinstance(token, WebexToken) else token


def probe_error(
    status: int,
    body: Any,
    headers: Mapping[str, str],
    tenant_url: str,
    token: WebexToken | str,
    correlation: Mapping[str, str],
) -> WebexScimError:
    """The typed error for a non-200 probe answer (docs/webex.md#connection-probe).

    401 → token invalid, expired (when we know its expiry) or from another environment;
    403 → not a full/user admin, or the SCIM scope is missing; 404 → wrong org ID or URL;
    429 → wait for Retry-After; 5xx → Webex's side. The body may be any of the three Webex
    error shapes; its text is scrubbed of the token and its tracking id kept.
    """
    base = tenant_url.rstrip("/")
    host = _host(base)
    parsed = parse_error_body(body, [_raw(token)])
    ids = correlation_ids(correlation, parsed)
    detail = parsed.detail_or("no details")
    if status == 401:
        if isinstance(token, WebexToken) and token.expired():
            return WebexScimError.token_expired(host, token.expires_at, ids)
        return WebexScimError.unauthorized(host, detail, ids)
    if status == 403:
        return WebexScimError.forbidden(host, detail, ids)
    if status == 404:
        return WebexScimError.not_found(base, ids)
    if status == 429:
        return WebexScimError.throttled(scrub(headers.get("Retry-After", ""), [_raw(token)]), ids)
    if status >= 500:
        return WebexScimError.outage(host, status, ids)
    return WebexScimError.unexpected(host, status, detail, ids)


def probe_tenant_url(
    session: requests.Session, tenant_url: str, token: WebexToken | str
) -> ProbeResult:
    """``GET {tenant}/Users?filter=userName eq "wizard-probe-…"&count=1``; 200 ListResponse or a typed error.

    Network failures stay :class:`NetworkError` (DNS and proxy get their own
    :class:`~wizard.webex.network.WebexNetworkError`); a timeout is a Webex-side outage.
    """
    raw = _raw(token)
    base = tenant_url.rstrip("/")
    host = _host(base)
    tracking = new_tracking_id()
    # %20 rather than "+" for the spaces: that is how Entra's engine sends the filter.
    query = urlencode(
        {"filter": f'userName eq "{probe_user_name()}"', "count": "1"}, quote_via=quote, safe=""
    )
    try:
        response = session.get(
            f"{base}/Users?{query}",
            headers={
                "Authorization": f"Bearer {raw}",
                "Accept": "application/scim+json, application/json",
                "TrackingID": tracking,
            },
        )
    except NetworkError as exc:
        ids = correlation_ids(exc.correlation, ErrorBody("unknown"), tracking)
        if exc.code == "net.timeout":
            raise WebexScimError.outage(host, 0, ids) from None
        exc.correlation = ids
        raise classify(exc, host) from None
    sent = dict(getattr(response, "correlation", {}) or {})
    try:
        body = response.json()
    except ValueError:
        body = None
    status = response.status_code
    if status == 200:
        ids = correlation_ids(sent, ErrorBody("unknown"), tracking)
        schemas = body.get("schemas") if isinstance(body, dict) else None
        total = body.get("totalResults") if isinstance(body, dict) else None
        if (
            not isinstance(schemas, list)
            or LIST_RESPONSE not in schemas
            or isinstance(total, bool)
            or not isinstance(total, int)
        ):
            raise WebexScimError.unexpected(
                host, status, "the answer is not a SCIM ListResponse", ids
            )
        return ProbeResult(tenant_url=base, total_results=total, correlation=ids)
    raise probe_error(
        status,
        body,
        response.headers,
        base,
        token,
        correlation_ids(sent, ErrorBody("unknown"), tracking),
    )


def _allowed_origins(endpoints: Endpoints) -> dict[tuple[str, int], str]:
    origins: dict[tuple[str, int], str] = {}
    for template in (endpoints.webex_scim_tenant_url, endpoints.webex_scim2_base):
        parts = urlsplit(template.replace("{org_id}", "org"))
        if parts.hostname:
            origins[(parts.hostname.lower(), parts.port or 443)] = parts.netloc
    return origins


def validate_tenant_url(url: str, endpoints: Endpoints) -> str:
    """Check a tenant URL before it is saved in Entra; return it without a trailing slash.

    It must be https, on the host of one of the configured Webex SCIM addresses (so a typo or
    a phishing host never receives the token), and name the organization by its UUID.
    """
    origins = _allowed_origins(endpoints)
    hosts = ", ".join(sorted(set(origins.values())))

    def bad(reason: str) -> WebexTenantUrlError:
        return WebexTenantUrlError.invalid(str(url), reason, hosts)

    if not isinstance(url, str) or not url.strip():
        raise bad("It is empty")
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise bad("It is not a valid address") from None
    if parts.scheme.lower() != "https":
        raise bad("It must start with https://")
    if parts.username is not None or parts.password is not None:
        raise bad("It must not contain a user name or password")
    if parts.query or parts.fragment:
        raise bad("It must not contain '?' or '#' parts")
    if not parts.hostname or (parts.hostname.lower(), port or 443) not in origins:
        raise bad("Its host is not a Webex SCIM host of the chosen environment")
    if not any(UUID_RE.fullmatch(segment) for segment in parts.path.split("/")):
        raise bad("It does not contain the organization ID (a UUID)")
    return text.rstrip("/")


def org_of_tenant_url(url: str) -> str | None:
    """The organization UUID a tenant URL names (its last UUID path segment), lower case."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    found = [segment for segment in path.split("/") if UUID_RE.fullmatch(segment)]
    return found[-1].lower() if found else None
