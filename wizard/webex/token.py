"""The Webex bearer token: Cisco's implicit-grant URL, and the redirect that carries the token.

Why the implicit grant: Microsoft's tutorial and Cisco's Entra client
(``C4ca14fe…``) only work with ``response_type=token``; the client has no secret we could know,
and a code-flow token of our own integration would expire in 14 days inside Entra, which cannot
refresh it (docs/webex.md#token). So we keep Cisco's documented flow and harden it: a fresh
random ``state`` checked in constant time, errors read from the query *and* the fragment (the
RFC says fragment, Cisco's SDK reads the query — docs/webex.md#token), and strict checks on every
parameter, because the redirect URL is attacker-controllable input.

Nothing here imports Qt: the embedded browser only hands us the URL it intercepted.
"""

from __future__ import annotations

import hmac
import re
import secrets
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from wizard.core.endpoints import Endpoints, at_or_below
from wizard.webex.errors import WebexAuthError
from wizard.webex.shapes import scrub

AUTHORIZE_PATH = "/idb/oauth2/v1/authorize"
SSO_PATH = "/idb/saml2/jsp/doSSO.jsp"
#: A token lifetime above this is not plausible and would overflow date arithmetic.
MAX_EXPIRES_IN = 10 * 365 * 86400
#: Parameters we interpret; any other parameter in the redirect is ignored.
KNOWN = ("access_token", "token_type", "expires_in", "state", "error", "error_description")
_TOKEN_CHARS = re.compile(r"[\x21-\x7e]+")  # visible ASCII: anything else breaks the header
_DIGITS = re.compile(r"[0-9]{1,12}")  # int() would also accept " 5", "1_0" and "５"


def new_state() -> str:
    """A fresh anti-CSRF ``state``: 256 random bits, URL-safe, never reused."""
    return secrets.token_urlsafe(32)


def authorize_url(endpoints: Endpoints, state: str, *, wrap_sso: bool = False) -> str:
    """Cisco's documented implicit-grant URL (docs/webex.md#token), optionally wrapped in doSSO.

    ``wrap_sso`` reproduces Microsoft's tutorial, which sends the admin through
    ``doSSO.jsp?type=login&goto=…`` to force a fresh sign-in (docs/webex.md#token). Spaces are
    encoded as ``%20``, exactly as in the documented URL.
    """
    if not state:
        raise ValueError("authorize_url needs a non-empty state (use new_state())")
    query = urlencode(
        {
            "response_type": "token",
            "client_id": endpoints.webex_client_id,
            "redirect_uri": endpoints.webex_redirect_uri,
            "scope": endpoints.webex_scopes,
            "state": state,
        },
        quote_via=quote,
        safe="",
    )
    url = f"{endpoints.webex_idbroker.rstrip('/')}{AUTHORIZE_PATH}?{query}"
    if wrap_sso:
        url = (
            f"{endpoints.webex_idbroker.rstrip('/')}{SSO_PATH}?type=login&goto="
            f"{quote(url, safe='')}"
        )
    return url


def is_redirect(url: str, endpoints: Endpoints) -> bool:
    """True when *url* is a navigation to our registered redirect URI (so: intercept it).

    Exact scheme, host and port, and a path equal to the registered one or below it, so that
    ``/auth/codex`` or ``localhost.evil.example`` never match.
    """
    return at_or_below(url, endpoints.webex_redirect_uri)


@dataclass(frozen=True)
class WebexToken:
    """A captured Webex access token. ``repr``/``str`` never show it; use :meth:`masked`."""

    access_token: str = field(repr=False)
    token_type: str
    expires_in: int
    captured_at: float

    @property
    def expires_at(self) -> float:
        # captured_at + expires_in (3887999 s, about 45 days). Microsoft's and Cisco's instructions
        # say "valid for 365 days", but the redirect itself says 3887999 and an implicit grant
        # gives no refresh token (docs/webex.md#token), so we trust expires_in.
        return self.captured_at + self.expires_in

    def expired(self, now: float | None = None) -> bool:
        return (time.time() if now is None else now) >= self.expires_at

    def masked(self) -> str:
        """``abcd…wxyz`` for support conversations; short tokens show nothing at all."""
        t = self.access_token
        return f"{t[:4]}…{t[-4:]}" if len(t) >= 16 else "…"

    def org_hint(self) -> str | None:
        """The org UUID Webex user tokens end with (``<b64>_<cluster>_<orgUUID>``), if any.

        Undocumented (docs/webex.md#token): use only to cross-check people/me, never instead of it.
        """
        parts = self.access_token.split("_")
        if len(parts) >= 3 and re.fullmatch(
            r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            parts[-1],
        ):
            return parts[-1].lower()
        return None

    def __str__(self) -> str:
        return f"WebexToken({self.masked()}, {self.token_type}, expires_in={self.expires_in})"

    __repr__ = __str__


def _collect(url: str) -> dict[str, list[str]]:
    """Every known parameter of the query and the fragment, with all its occurrences."""
    parts = urlsplit(url)
    found: dict[str, list[str]] = {}
    for component in (parts.query, parts.fragment):
        # Non-strict: a stray "&&" or "x" without "=" is ignored, as browsers do.
        for name, value in parse_qsl(component, keep_blank_values=True):
            if name in KNOWN:
                found.setdefault(name, []).append(value)
    return found


def parse_redirect(
    url: str, expected_state: str, endpoints: Endpoints, now: float | None = None
) -> WebexToken:
    """Turn the intercepted redirect into a :class:`WebexToken`, or raise :class:`WebexAuthError`.

    Order matters: ``state`` first, so that no page other than idbroker's answer to our own
    request can make the wizard show anything (RFC 6749 §4.2.2.1 returns ``state`` with errors
    too); then an ``error``; then the token fields.
    Any parameter we rely on must appear exactly once across query and fragment: a second copy,
    even an equal one, means someone other than idbroker shaped the URL.
    """
    if not isinstance(url, str) or not is_redirect(url, endpoints):
        raise WebexAuthError.not_redirect()
    params = _collect(url)
    tokens = params.get("access_token", [])

    def one(name: str) -> str | None:
        values = params.get(name, [])
        if len(values) > 1:
            raise WebexAuthError.malformed(f"the parameter '{name}' appears more than once")
        return values[0] if values else None

    state = one("state")
    if state is None or state == "":
        raise WebexAuthError.state_mismatch(missing=True)
    if not hmac.compare_digest(state.encode("utf-8", "surrogatepass"), expected_state.encode()):
        raise WebexAuthError.state_mismatch(missing=False)

    if "error" in params:
        error = scrub(params["error"][0], tokens, limit=40) or "error"
        description = scrub((params.get("error_description") or ["no description"])[0], tokens)
        if error == "access_denied":
            raise WebexAuthError.denied(description)
        raise WebexAuthError.oauth_error(error, description)

    access_token = one("access_token")
    token_type = one("token_type")
    expires_in = one("expires_in")
    if not access_token:
        raise WebexAuthError.malformed("it carries no access token")
    if not _TOKEN_CHARS.fullmatch(access_token):
        raise WebexAuthError.malformed("the access token contains characters a token cannot have")
    if token_type is None:
        raise WebexAuthError.malformed("the token type is missing")
    if token_type.lower() != "bearer":  # RFC 6749 §7.1: the type is case-insensitive
        raise WebexAuthError.malformed("the token type is not Bearer")
    if expires_in is None:
        raise WebexAuthError.malformed("the token lifetime (expires_in) is missing")
    if not _DIGITS.fullmatch(expires_in):
        raise WebexAuthError.malformed("the token lifetime (expires_in) is not a whole number")
    lifetime = int(expires_in)
    if lifetime <= 0 or lifetime > MAX_EXPIRES_IN:
        raise WebexAuthError.malformed("the token lifetime (expires_in) is out of range")
    return WebexToken(
        access_token=access_token,
        token_type="Bearer",  # noqa: S106 - the token *type*, not a secret
        expires_in=lifetime,
        captured_at=time.time() if now is None else now,
    )
