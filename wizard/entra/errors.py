"""Typed errors of Microsoft sign-in: what happened, why (with the AADSTS code), what to do next.

Entra's own ``error_description`` is written for developers, changes over time and may carry
whatever the request carried, so the messages here are our own, keyed on the AADSTS number
(docs/entra-graph.md#errors-and-throttling), and only ids — never tokens or codes — reach the parameters.
Unknown codes keep a cleaned first line of Entra's text so support still sees something useful.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError, factory

#: Anything this long and token-like in a server message is treated as a possible secret.
_SECRETISH = re.compile(r"[A-Za-z0-9_\-\.~+/=]{40,}")
_AADSTS = re.compile(r"AADSTS(\d+)")
_TRACE_LINE = re.compile(r"^(Trace ID|Correlation ID|Timestamp):\s*(.+)$", re.MULTILINE)


#: Sign-in failures by AADSTS number or OAuth error: their code "entra" gets that number or
#: error appended (``entra.AADSTS65004``), see :meth:`SignInError.from_result`.
_DECLINED = ErrorKind(
    "entra",
    QT_TRANSLATE_NOOP("errors", "Microsoft sign-in was cancelled at the permissions page."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The permissions the wizard asked for were declined ({aadsts}), so Microsoft did not "
        "complete the sign-in.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Sign in again and click Accept on the permissions page. Nothing was changed in your "
        "tenant.",
    ),
)
_REPLY_URL = ErrorKind(
    "entra",
    QT_TRANSLATE_NOOP("errors", "Microsoft rejected the sign-in's reply address."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The app used for sign-in does not list the wizard's redirect URI ({aadsts}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "If you set your own app registration (entra_client_id), add http://localhost as a "
        "'Mobile and desktop applications' redirect URI; otherwise remove entra_client_id and "
        "entra_redirect_uri from the configuration.",
    ),
)
_ADMIN_CONSENT = ErrorKind(
    "entra",
    QT_TRANSLATE_NOOP("errors", "An administrator must approve the wizard's permissions first."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The signed-in account cannot grant the permissions the wizard needs; they need admin "
        "consent ({aadsts}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Sign in with a Global Administrator or Privileged Role Administrator account, or ask "
        "one to grant consent, then try again.",
    ),
)
_EXPIRED = ErrorKind(
    "entra",
    QT_TRANSLATE_NOOP("errors", "Your Microsoft sign-in has expired."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The saved sign-in is no longer accepted ({aadsts}): it expired, was revoked, or the "
        "password changed.",
    ),
    QT_TRANSLATE_NOOP("errors", "Sign in again. Nothing was changed."),
)
_SCOPES = ErrorKind(
    "entra",
    QT_TRANSLATE_NOOP("errors", "Microsoft did not accept the permissions the wizard asked for."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The requested Microsoft Graph permissions are not valid for this cloud ({aadsts}).",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Check that graph_base and the Entra cloud in the configuration belong together, then "
        "sign in again.",
    ),
)

#: AADSTS number -> message. Several numbers share one cause from the admin's point of view.
_BY_CODE: dict[int, ErrorKind] = {
    65004: _DECLINED,
    50011: _REPLY_URL,
    500112: _REPLY_URL,
    500113: _REPLY_URL,
    900971: _REPLY_URL,
    53003: ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP(
            "errors", "Your organization's Conditional Access policy blocked this sign-in."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign-ins from the wizard's built-in browser do not meet a policy, often one that "
            "requires a compliant or registered device ({aadsts}).",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Choose 'Sign in with the system browser' (or the device code sign-in) and try again. "
            "If it still fails, ask your Entra administrator which policy applies.",
        ),
    ),
    50076: ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "Multi-factor authentication is required."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Your organization requires a second sign-in step for this account ({aadsts}).",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in again and complete the verification prompt. If the wizard's browser cannot "
            "show it, choose 'Sign in with the system browser'.",
        ),
    ),
    50079: ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "This account must register for multi-factor authentication."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Your organization requires MFA and this account has not set it up ({aadsts}).",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Set up MFA at https://aka.ms/mfasetup with this account, then sign in again.",
        ),
    ),
    90094: _ADMIN_CONSENT,
    90095: _ADMIN_CONSENT,
    65001: _ADMIN_CONSENT,
    700016: ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "The sign-in app is not available in your tenant."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Entra ID could not find the application used for sign-in in this tenant ({aadsts}). "
            "Some organizations block the Microsoft Graph Command Line Tools app.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check entra_client_id and entra_tenant; or register your own public client app and "
            "set entra_client_id to its application ID.",
        ),
    ),
    50020: ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "This account cannot sign in to this tenant."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The account belongs to another directory, or is a personal Microsoft account ({aadsts}).",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in with a work account of the tenant you want to configure, or set entra_tenant "
            "to that account's tenant ID.",
        ),
    ),
    54005: ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "This sign-in was already completed."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Each sign-in code works only once and this one was already used ({aadsts}), for "
            "example by a second click.",
        ),
        QT_TRANSLATE_NOOP("errors", "Sign in again."),
    ),
    501481: ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "The sign-in could not be completed securely."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The proof key sent at the end did not match the one sent at the start ({aadsts}). "
            "This happens when an old sign-in window is reused or the response was altered.",
        ),
        QT_TRANSLATE_NOOP("errors", "Close any other sign-in windows and sign in again."),
    ),
    90002: ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "Entra ID does not know the tenant in the settings."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The tenant ID or domain is not found in this Microsoft cloud ({aadsts}).",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check entra_tenant (a tenant ID or a verified domain such as "
            "contoso.onmicrosoft.com) and the Entra cloud you chose, then try again.",
        ),
    ),
    70008: _EXPIRED,
    700082: _EXPIRED,
    50173: _EXPIRED,
    70000: _EXPIRED,
    9002313: _EXPIRED,
    70011: _SCOPES,
    500011: _SCOPES,
}

#: OAuth error strings without a more specific AADSTS entry.
_BY_ERROR: dict[str, ErrorKind] = {
    "access_denied": _DECLINED,
    "consent_required": _ADMIN_CONSENT,
    "invalid_grant": _EXPIRED,
    "interaction_required": _EXPIRED,
    "authorization_declined": ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "The device sign-in was declined."),
        QT_TRANSLATE_NOOP(
            "errors", "Someone chose not to approve the sign-in on the code page ({aadsts})."
        ),
        QT_TRANSLATE_NOOP("errors", "Start the device sign-in again and approve it."),
    ),
    "expired_token": ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "The device code expired before the sign-in was finished."),
        QT_TRANSLATE_NOOP("errors", "Device codes are valid for about 15 minutes ({aadsts})."),
        QT_TRANSLATE_NOOP(
            "errors", "Start the device sign-in again and enter the new code promptly."
        ),
    ),
    "temporarily_unavailable": ErrorKind(
        "entra",
        QT_TRANSLATE_NOOP("errors", "Microsoft sign-in is temporarily unavailable."),
        QT_TRANSLATE_NOOP("errors", "Entra ID reported a temporary problem ({aadsts})."),
        QT_TRANSLATE_NOOP("errors", "Wait a minute and try again. Nothing was changed."),
        transient=True,
    ),
}

#: Error strings that say more than the generic AADSTS number that comes with them.
_ERROR_FIRST = frozenset({"authorization_declined", "expired_token", "temporarily_unavailable"})

_UNKNOWN = ErrorKind(
    "entra",
    QT_TRANSLATE_NOOP("errors", "Microsoft sign-in failed."),
    QT_TRANSLATE_NOOP("errors", "Entra ID answered {error} ({aadsts}): {detail}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "Try again. If it keeps failing, send the ids below to your Entra administrator or support.",
    ),
)


def clean_detail(description: str) -> str:
    """First line of a server message, without the AADSTS prefix or anything token-like."""
    first = (description or "").strip().splitlines()[0] if (description or "").strip() else ""
    first = re.sub(r"^AADSTS\d+:\s*", "", first)
    return _SECRETISH.sub("[…]", first)[:300]


def correlation_from(result: Mapping[str, Any]) -> dict[str, str]:
    """Trace/correlation ids from an Entra error body or from its description's trailing lines."""
    ids: dict[str, str] = {}
    for key, name in (
        ("trace_id", "Trace ID"),
        ("correlation_id", "Correlation ID"),
        ("timestamp", "Timestamp"),
    ):
        if result.get(key):
            ids[name] = str(result[key])
    for name, value in _TRACE_LINE.findall(str(result.get("error_description") or "")):
        ids.setdefault(name, value.strip())
    return ids


def aadsts_of(result: Mapping[str, Any]) -> int | None:
    codes = result.get("error_codes")
    if isinstance(codes, list) and codes:
        try:
            return int(codes[0])
        except (TypeError, ValueError):
            pass
    match = _AADSTS.search(str(result.get("error_description") or ""))
    return int(match.group(1)) if match else None


class SignInError(WizardError):
    """Microsoft sign-in (Entra ID / MSAL) did not produce a usable token."""

    #: e.g. "AADSTS65004", or "" when Entra gave no number.
    aadsts: str = ""
    #: The OAuth ``error`` string, e.g. "access_denied".
    error: str = ""

    STATE_MISMATCH = ErrorKind(
        "entra.state_mismatch",
        QT_TRANSLATE_NOOP("errors", "The sign-in response does not belong to this sign-in."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Its 'state' value differs from the one the wizard sent, so it may come from an "
            "older sign-in window or have been altered. It was not used.",
        ),
        QT_TRANSLATE_NOOP("errors", "Close other sign-in windows and sign in again."),
    )
    BAD_RESPONSE = ErrorKind(
        "entra.bad_response",
        QT_TRANSLATE_NOOP("errors", "The sign-in response could not be used."),
        QT_TRANSLATE_NOOP("errors", "It was not what the wizard expected: {reason}."),
        QT_TRANSLATE_NOOP(
            "errors", "Sign in again; if it keeps happening, report it with the log file."
        ),
    )
    DISCOVERY_FAILED = ErrorKind(
        "entra.discovery_failed",
        QT_TRANSLATE_NOOP(
            "errors", "The Microsoft sign-in service at {authority} did not answer as expected."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Its OpenID configuration could not be read, so the address or tenant is probably wrong.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check entra_authority_host and entra_tenant in the configuration (and the proxy), "
            "then try again.",
        ),
    )
    SERVICE_UNAVAILABLE = ErrorKind(
        "entra.unavailable",
        QT_TRANSLATE_NOOP("errors", "Microsoft sign-in at {host} is temporarily unavailable."),
        QT_TRANSLATE_NOOP("errors", "The service answered with a server error."),
        QT_TRANSLATE_NOOP("errors", "Wait a minute and try again. Nothing was changed."),
        transient=True,
    )
    NO_ACCOUNT = ErrorKind(
        "entra.no_account",
        QT_TRANSLATE_NOOP("errors", "There is no saved Microsoft sign-in to use."),
        QT_TRANSLATE_NOOP(
            "errors", "The wizard has not signed in on this computer, or you signed out."
        ),
        QT_TRANSLATE_NOOP("errors", "Sign in with your administrator account."),
    )

    @classmethod
    def from_result(cls, result: Mapping[str, Any]) -> SignInError:
        """Build from an MSAL result dict or a flattened redirect query that carries ``error``."""
        error = str(result.get("error") or "unknown_error")
        number = aadsts_of(result)
        text = (
            (_BY_ERROR.get(error) if error in _ERROR_FIRST else None)
            or (_BY_CODE.get(number) if number is not None else None)
            or _BY_ERROR.get(error)
            or _UNKNOWN
        )
        aadsts = f"AADSTS{number}" if number is not None else error
        detail = clean_detail(str(result.get("error_description") or ""))
        err = cls.of(
            text,
            {"aadsts": aadsts, "error": error, "detail": detail},
            correlation_from(result),
            code=f"{text.code}.{aadsts}",
        )
        err.aadsts = f"AADSTS{number}" if number is not None else ""
        err.error = error
        return err

    state_mismatch = factory(STATE_MISMATCH)
    # The redirect or token response is unusable (missing code, wrong nonce, wrong URL).
    bad_response = factory(BAD_RESPONSE, "reason")
    discovery_failed = factory(DISCOVERY_FAILED, "authority")
    service_unavailable = factory(SERVICE_UNAVAILABLE, "host")
    no_account = factory(NO_ACCOUNT)
