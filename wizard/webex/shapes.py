"""The three error bodies Webex answers with, read into one safe summary.

Why one reader: Webex fronts SCIM, REST and identity services that each have their own error
shape (docs/webex.md#error-shapes), and which one a given failure uses is not documented — a 401 on
the SCIM tenant URL may come from the API gateway in the REST shape, a 403 from the identity
service in its own shape. So every caller reads every shape:

1. SCIM (RFC 7644 §3.12): ``{"schemas": [".../Error"], "status": "403", "scimType": …,
   "detail": "…"}``;
2. Webex REST (what wxc_sdk parses): ``{"message": "…", "errors": [{"description": "…",
   "errorCode": 123}], "trackingId": "…"}``;
3. identity service: ``{"error": {"key": "401", "message": [{"code": "701018",
   "description": "…"}]}, "trackingId": "ATLAS_…"}``;

plus the OAuth form (``{"error": "invalid_token", "error_description": "…"}``) some gateways
use. Anything else (HTML from a proxy, a list, garbage) gives an empty summary. The body is
untrusted input: nothing here raises, every text is scrubbed of the token and bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

#: Longest service-provided text we echo; the rest is noise in a dialog.
MAX_ECHO = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
#: How many sub-errors we quote; more is noise in a dialog.
MAX_PARTS = 3


def scrub(value: object, secrets: Iterable[str] = (), limit: int = MAX_ECHO) -> str:
    """Make service-provided text safe to show: no secrets, no control characters, bounded.

    *secrets* are removed wherever they occur (longest first, so a secret that contains
    another one is removed whole).
    """
    text = str(value)
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, "[redacted]")
    text = _CONTROL.sub(" ", text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


@dataclass(frozen=True)
class ErrorBody:
    """What an error body said, safe to show. Empty strings when the body did not say."""

    shape: str  # "scim" | "webex" | "identity" | "oauth" | "unknown"
    detail: str = ""
    code: str = ""
    tracking_id: str = ""

    def detail_or(self, default: str) -> str:
        return self.detail or default


def _text(value: Any, secrets: Iterable[str], limit: int = 200) -> str:
    """A service string made safe, or "" for anything that is not a non-blank scalar."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    text = scrub(value, secrets, limit=limit).strip()
    return text


def _join(parts: Iterable[str]) -> str:
    unique: list[str] = []
    for part in parts:
        if part and part not in unique:
            unique.append(part)
    return "; ".join(unique[:MAX_PARTS])


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value[:20] if isinstance(item, Mapping)]


def parse_error_body(body: Any, secrets: Iterable[str] = ()) -> ErrorBody:
    """Summarise a decoded JSON error body of any Webex shape. Never raises."""
    secrets = tuple(s for s in secrets if isinstance(s, str) and s)
    if not isinstance(body, Mapping):
        return ErrorBody("unknown")
    tracking = _text(body.get("trackingId") or body.get("trackingID"), secrets, limit=120)

    schemas = body.get("schemas")
    if isinstance(schemas, list) and SCIM_ERROR_SCHEMA in schemas:
        return ErrorBody(
            "scim",
            detail=_text(body.get("detail"), secrets),
            code=_text(body.get("scimType"), secrets, limit=40),
            tracking_id=tracking,
        )

    error = body.get("error")
    if isinstance(error, Mapping):
        messages = _dicts(error.get("message"))
        detail = _join(_text(m.get("description"), secrets) for m in messages)
        if not detail and isinstance(error.get("message"), str):
            detail = _text(error.get("message"), secrets)
        code = next(
            (c for c in (_text(m.get("code"), secrets, limit=40) for m in messages) if c), ""
        ) or _text(error.get("key"), secrets, limit=40)
        return ErrorBody("identity", detail=detail, code=code, tracking_id=tracking)

    if isinstance(error, str) and error:
        return ErrorBody(
            "oauth",
            detail=_text(body.get("error_description"), secrets),
            code=_text(error, secrets, limit=40),
            tracking_id=tracking,
        )

    message = _text(body.get("message"), secrets)
    errors = _dicts(body.get("errors"))
    if message or errors:
        detail = message or _join(_text(e.get("description"), secrets) for e in errors)
        code = next(
            (c for c in (_text(e.get("errorCode"), secrets, limit=40) for e in errors) if c), ""
        )
        return ErrorBody("webex", detail=detail, code=code, tracking_id=tracking)

    # A SCIM error without its schema URN still has a "detail" (some servers omit "schemas").
    detail = _text(body.get("detail"), secrets)
    if detail:
        return ErrorBody(
            "scim",
            detail=detail,
            code=_text(body.get("scimType"), secrets, limit=40),
            tracking_id=tracking,
        )
    return ErrorBody("unknown", tracking_id=tracking)


def correlation(
    base: Mapping[str, str] | None, parsed: ErrorBody, sent_tracking_id: str = ""
) -> dict[str, str]:
    """The ids support asks for: the HTTP layer's, the body's trackingId, and ours if no other.

    Webex support finds a call by its TrackingID; when the answer carries none (a proxy
    answered, or the call never got an answer) the one we sent is the next best thing.
    """
    ids = {k: v for k, v in dict(base or {}).items() if v}
    if parsed.tracking_id and parsed.tracking_id not in ids.values():
        ids["trackingId"] = parsed.tracking_id
    if sent_tracking_id and not any(k.lower() == "trackingid" for k in ids):
        ids["TrackingID"] = sent_tracking_id
    return ids


def shown_tracking_id(ids: Mapping[str, str]) -> str:
    """The one tracking id to print next to a result: Webex's answer first, then ours."""
    for key in ("trackingid", "trackingId", "TrackingID"):
        if ids.get(key):
            return ids[key]
    return ""
