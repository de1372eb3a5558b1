"""The connection test for the tenant URL the wizard is about to give Entra.

Why our own probe before Entra's ``validateCredentials``: Entra answers a failed Test Connection
with one generic message, while a direct call tells 401 (token) from 403 (role/scope) from 404
(URL/org ID) from an outage, each with Webex's tracking ID (research/webex.md §3.2, §3.4). The
probe is the read Entra's provisioning engine itself does on every cycle: a filtered search for a
user that cannot exist, so it changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import requests

from wizard.endpoints import Endpoints
from wizard.errors import NetworkError
from wizard.webex.errors import WebexScimError, WebexTenantUrlError, scrub
from wizard.webex.people import UUID_RE
from wizard.webex.token import WebexToken

LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PROBE_DOMAIN = "invalid.example"  # RFC 2606: can never be a real user's domain


@dataclass(frozen=True)
class ProbeResult:
    """What a successful probe saw, for the report (no secrets)."""

    tenant_url: str
    total_results: int
    correlation: dict[str, str] = field(default_factory=dict)


def probe_user_name() -> str:
    return f"wizard-probe-{uuid.uuid4()}@{PROBE_DOMAIN}"


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc.rpartition("@")[2] or url


def _detail(body: Any, token: str) -> str:
    """The SCIM ``detail`` (RFC 7644 §3.12) or Webex ``message``, made safe to show."""
    if isinstance(body, dict):
        for key in ("detail", "message"):
            if isinstance(body.get(key), str) and body[key]:
                return scrub(body[key], [token])
    return "no details"


def test_tenant_url(
    session: requests.Session, tenant_url: str, token: WebexToken | str
) -> ProbeResult:
    """``GET {tenant}/Users?filter=userName eq "wizard-probe-…"&count=1``; 200 ListResponse or a typed error."""
    raw = token.access_token if isinstance(token, WebexToken) else token
    base = tenant_url.rstrip("/")
    host = _host(base)
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
            },
        )
    except NetworkError as exc:
        if exc.code == "net.timeout":
            raise WebexScimError.outage(host, 0, exc.correlation) from None
        raise
    ids = dict(getattr(response, "correlation", {}) or {})
    try:
        body = response.json()
    except ValueError:
        body = None
    status = response.status_code
    if status == 200:
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
    if status == 401:
        raise WebexScimError.unauthorized(host, _detail(body, raw), ids)
    if status == 403:
        raise WebexScimError.forbidden(host, _detail(body, raw), ids)
    if status == 404:
        raise WebexScimError.not_found(base, ids)
    if status == 429:
        raise WebexScimError.throttled(response.headers.get("Retry-After", ""), ids)
    if status >= 500:
        raise WebexScimError.outage(host, status, ids)
    raise WebexScimError.unexpected(host, status, _detail(body, raw), ids)


# The name starts with "test_" because the brief names it so; keep pytest from collecting it
# when a test module imports it directly.
test_tenant_url.__test__ = False  # type: ignore[attr-defined]


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
