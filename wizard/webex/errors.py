"""Errors the Webex side of the wizard can raise: sign-in redirect, org ID, people/me, SCIM probe.

Same contract as :mod:`wizard.core.errors`: what happened, why, what to do next, correlation ids.
Every value that ends up in ``params`` is either ours (a host, a status code, a date) or comes
from the service and is passed through :func:`~wizard.webex.shapes.scrub` first, so that an
attacker-shaped redirect (or a careless server) cannot smuggle the access token into an error
message, a log line or a crash report.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Self

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError, factory
from wizard.webex.shapes import scrub

#: Texts more than one kind of error shares.
_CANCELLED = QT_TRANSLATE_NOOP("errors", "The Webex sign-in was cancelled.")
_EXPIRED_ON = QT_TRANSLATE_NOOP(
    "errors",
    "It expired on {date}. Webex tokens from this sign-in last about 45 days and "
    "cannot be renewed automatically.",
)
_SIGN_IN_FOR_NEW_TOKEN = QT_TRANSLATE_NOOP(
    "errors", "Sign in to Webex again to get a new token; the wizard updates Entra."
)
_TOO_MANY = QT_TRANSLATE_NOOP(
    "errors", "Too many requests were sent; Webex asks to wait {retry_after} seconds."
)
_WAIT_THEN_RETRY = QT_TRANSLATE_NOOP("errors", "Nothing was changed. Wait, then click Retry.")
_WEBEX_SIDE = QT_TRANSLATE_NOOP(
    "errors",
    "The problem is on Webex's side ({status}); nothing was changed.",
)
_RETRY_LATER = QT_TRANSLATE_NOOP("errors", "Retry later. If it lasts, check status.webex.com.")


def _date(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(epoch))


class WebexAuthError(WizardError):
    """The Webex sign-in redirect could not be turned into a token."""

    NOT_REDIRECT = ErrorKind(
        "webex.auth.not_redirect",
        QT_TRANSLATE_NOOP("errors", "The Webex sign-in did not return to the wizard."),
        QT_TRANSLATE_NOOP(
            "errors", "The address it went to is not the wizard's registered return address."
        ),
        QT_TRANSLATE_NOOP("errors", "Close the sign-in window and sign in to Webex again."),
    )
    DENIED = ErrorKind(
        "webex.auth.access_denied",
        _CANCELLED,
        QT_TRANSLATE_NOOP("errors", "Webex reports that access was not granted ({description})."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in to Webex again and, when asked, allow access with a Full "
            "Administrator account.",
        ),
    )
    _NOT_OURS = QT_TRANSLATE_NOOP(
        "errors", "The Webex sign-in answer does not belong to this sign-in."
    )
    _SIGN_IN_FROM_WIZARD = QT_TRANSLATE_NOOP(
        "errors", "Close other sign-in windows and sign in to Webex again from the wizard."
    )
    STATE_MISSING = ErrorKind(
        "webex.auth.state_missing",
        _NOT_OURS,
        QT_TRANSLATE_NOOP(
            "errors", "It carries no 'state' value, so it cannot be matched to our request."
        ),
        _SIGN_IN_FROM_WIZARD,
    )
    STATE_MISMATCH = ErrorKind(
        "webex.auth.state_mismatch",
        _NOT_OURS,
        QT_TRANSLATE_NOOP(
            "errors",
            "Its 'state' value differs from the one the wizard sent. It may come from an "
            "older sign-in window, or from someone else's link.",
        ),
        _SIGN_IN_FROM_WIZARD,
    )
    MALFORMED = ErrorKind(
        "webex.auth.malformed",
        QT_TRANSLATE_NOOP("errors", "The Webex sign-in answer could not be read."),
        QT_TRANSLATE_NOOP("errors", "It is not a valid token response: {reason}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in to Webex again. If it keeps happening, send this message to support.",
        ),
    )
    NO_TOKEN = ErrorKind(
        "webex.auth.no_token",
        QT_TRANSLATE_NOOP("errors", "There is no Webex token to test yet."),
        QT_TRANSLATE_NOOP("errors", "The Webex sign-in step has not been completed."),
        QT_TRANSLATE_NOOP("errors", "Go Back and sign in to Webex."),
    )
    WINDOW_CLOSED = ErrorKind(
        "webex.auth.window_closed",
        _CANCELLED,
        QT_TRANSLATE_NOOP("errors", "The sign-in window was closed before Webex returned a token."),
        QT_TRANSLATE_NOOP("errors", 'Click "Sign in to Webex" when you are ready to try again.'),
    )
    OAUTH_ERROR = ErrorKind(
        "webex.auth.error",
        QT_TRANSLATE_NOOP("errors", "Webex refused the sign-in request."),
        QT_TRANSLATE_NOOP("errors", "Webex answered '{error}': {description}"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in again. If it keeps failing, check the Webex settings (environment, "
            "client ID) and send this message to support.",
        ),
    )

    not_redirect = factory(NOT_REDIRECT)
    denied = factory(DENIED, "description")
    # *reason* is one of our own short English phrases, never service text.
    malformed = factory(MALFORMED, "reason")
    # A step that needs the Webex token was reached without one.
    no_token = factory(NO_TOKEN)
    # The admin closed the sign-in window (or pressed Cancel) before Webex answered.
    window_closed = factory(WINDOW_CLOSED)

    @classmethod
    def oauth_error(cls, error: str, description: str) -> WebexAuthError:
        return cls.of(
            cls.OAUTH_ERROR,
            {"error": error, "description": description},
            code=f"webex.auth.{error}"
            if re.fullmatch(r"[a-z_]{1,40}", error)
            else "webex.auth.error",
        )

    @classmethod
    def state_mismatch(cls, missing: bool) -> WebexAuthError:
        return cls.of(cls.STATE_MISSING if missing else cls.STATE_MISMATCH)


class WebexOrgIdError(WizardError):
    """A Webex organization ID that is neither a UUID nor an encoded organization ID."""

    INVALID = ErrorKind(
        "webex.org_id.invalid",
        QT_TRANSLATE_NOOP("errors", "'{value}' is not a Webex organization ID."),
        QT_TRANSLATE_NOOP(
            "errors",
            "An organization ID is a UUID such as 96abc2aa-3dcc-11e5-a152-fe34819cdc9a, or "
            "Webex's encoded form of one ({reason}).",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Let the wizard read the ID after the Webex sign-in, or copy it from Control "
            "Hub (click the organization name, bottom left).",
        ),
    )

    @classmethod
    def invalid(cls, value: str, reason: str) -> WebexOrgIdError:
        return cls.of(cls.INVALID, {"value": scrub(value, limit=80), "reason": reason})


class _WebexHttpError(WizardError):
    """An answer of a Webex service (REST or SCIM), with its HTTP status."""

    status: int = 0
    THROTTLED: ErrorKind
    TOKEN_EXPIRED: ErrorKind
    OUTAGE: ErrorKind
    UNEXPECTED: ErrorKind

    @classmethod
    def throttled(cls, retry_after: str, correlation: Mapping[str, str]) -> Self:
        return cls.of(
            cls.THROTTLED,
            {"retry_after": scrub(retry_after or "?", limit=20)},
            correlation,
            status=429,
        )

    @classmethod
    def _expired(cls, expired_at: float, correlation: Mapping[str, str], **where: str) -> Self:
        """A 401 for a token whose recorded expiry has passed: say so, not "revoked or …"."""
        params = {**where, "date": _date(expired_at)}
        return cls.of(cls.TOKEN_EXPIRED, params, correlation, status=401)

    @classmethod
    def _outage(cls, status: int, correlation: Mapping[str, str], **where: str) -> Self:
        """A 5xx, or no answer at all (status 0): the code says which (``webex.outage.timeout``)."""
        return cls.of(
            cls.OUTAGE,
            {**where, "status": status or "no answer"},
            correlation,
            code=f"{cls.OUTAGE.code}.{status or 'timeout'}",
            status=status,
        )

    @classmethod
    def _unexpected(
        cls, status: int, params: Mapping[str, object], correlation: Mapping[str, str]
    ) -> Self:
        """Any other error status: the code names it (``webex.http.418``)."""
        code = f"{cls.UNEXPECTED.code}.{status}"
        return cls.of(cls.UNEXPECTED, params, correlation, code=code, status=status)


class WebexApiError(_WebexHttpError):
    """Webex REST (people/me, tokenExpiry) answered with an error, or not at all."""

    TOKEN_EXPIRED = ErrorKind(
        "webex.token.expired",
        QT_TRANSLATE_NOOP("errors", "The Webex token has expired."),
        _EXPIRED_ON,
        _SIGN_IN_FOR_NEW_TOKEN,
    )
    #: Webex's 401 said the token expired although the saved record does not (yet) say so.
    EXPIRED_PER_WEBEX = ErrorKind(
        "webex.token.expired",
        QT_TRANSLATE_NOOP("errors", "The Webex token has expired."),
        QT_TRANSLATE_NOOP("errors", "Webex said so when the wizard used it: {detail}"),
        _SIGN_IN_FOR_NEW_TOKEN,
    )
    TOKEN_REJECTED = ErrorKind(
        "webex.token.rejected",
        QT_TRANSLATE_NOOP("errors", "Webex no longer accepts the token."),
        QT_TRANSLATE_NOOP(
            "errors",
            "It has not reached its expiry date, so it was most likely revoked (for example "
            "by a sign-out, a password change or an administrator), or it belongs to "
            "another Webex environment.",
        ),
        _SIGN_IN_FOR_NEW_TOKEN,
    )
    FORBIDDEN = ErrorKind(
        "webex.forbidden",
        QT_TRANSLATE_NOOP("errors", "Webex did not allow the request."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The signed-in account or its token lacks the permission (scope or admin role) "
            "this step needs.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in to Webex again with a Full Administrator account of the organization.",
        ),
    )
    THROTTLED = ErrorKind(
        "webex.throttled",
        QT_TRANSLATE_NOOP("errors", "Webex is limiting the number of requests."),
        _TOO_MANY,
        _WAIT_THEN_RETRY,
        transient=True,
    )
    BAD_RESPONSE = ErrorKind(
        "webex.bad_response",
        QT_TRANSLATE_NOOP("errors", "Webex's answer could not be understood."),
        QT_TRANSLATE_NOOP("errors", "{detail}. A proxy may have replaced the answer."),
        QT_TRANSLATE_NOOP(
            "errors", "Check the Webex settings and proxy, retry, then contact support."
        ),
    )
    NOT_FULL_ADMIN = ErrorKind(
        "webex.not_full_admin",
        QT_TRANSLATE_NOOP(
            "errors", "{account} is not a Full Administrator of this Webex organization."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "A token from an account without the Full Administrator role cannot create "
            "users in Webex, so provisioning would fail. Roles of this account: {roles}.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            'Click "Sign in as someone else" and sign in with a Full Administrator '
            "account of the organization.",
        ),
    )
    OUTAGE = ErrorKind(
        "webex.outage",
        QT_TRANSLATE_NOOP("errors", "Webex is not answering normally."),
        _WEBEX_SIDE,
        _RETRY_LATER,
        transient=True,
    )
    UNEXPECTED = ErrorKind(
        "webex.http",
        QT_TRANSLATE_NOOP("errors", "Webex answered with an unexpected error."),
        QT_TRANSLATE_NOOP("errors", "Status {status}: {message}"),
        QT_TRANSLATE_NOOP("errors", "Retry; if it happens again, send the ids below to support."),
    )

    token_rejected = factory(TOKEN_REJECTED, correlation="required", status=401)
    expired_per_webex = factory(EXPIRED_PER_WEBEX, "detail", correlation="required", status=401)
    forbidden = factory(FORBIDDEN, correlation="required", status=403)
    # *detail*: what was wrong with the answer.
    bad_response = factory(BAD_RESPONSE, "detail", correlation="required")

    @classmethod
    def token_expired(cls, expired_at: float, correlation: Mapping[str, str]) -> WebexApiError:
        return cls._expired(expired_at, correlation)

    @classmethod
    def outage(cls, status: int, correlation: Mapping[str, str]) -> WebexApiError:
        return cls._outage(status, correlation)

    @classmethod
    def unexpected(cls, status: int, message: str, correlation: Mapping[str, str]) -> WebexApiError:
        params = {"status": status, "message": message or "no details"}
        return cls._unexpected(status, params, correlation)

    @classmethod
    def not_full_admin(cls, account: str, roles: str) -> WebexApiError:
        """people/me worked, but the account lacks ``id_full_admin`` (docs/webex.md#org-id-and-role)."""
        return cls.of(
            cls.NOT_FULL_ADMIN, {"account": scrub(account, limit=120), "roles": roles}, status=200
        )


class WebexScimError(_WebexHttpError):
    """The SCIM pre-flight against the tenant URL failed (docs/webex.md#connection-probe)."""

    UNAUTHORIZED = ErrorKind(
        "webex.scim.unauthorized",
        QT_TRANSLATE_NOOP("errors", "The Webex SCIM service at {host} rejected the token."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The token is expired, revoked, or from another Webex environment (for example "
            "a Webex for Government token on a commercial address). Webex said: {detail}",
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Sign in to Webex again, and check the Webex environment setting."
        ),
    )
    FORBIDDEN = ErrorKind(
        "webex.scim.forbidden",
        QT_TRANSLATE_NOOP("errors", "The Webex SCIM service at {host} refused access."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The signed-in Webex account is not a Full (or User) Administrator of this "
            "organization, or the token lacks the SCIM scope. Webex said: {detail}",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in to Webex again with a Full Administrator account of this organization.",
        ),
    )
    NOT_FOUND = ErrorKind(
        "webex.scim.not_found",
        QT_TRANSLATE_NOOP("errors", "The tenant URL {url} was not found."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The address or the organization ID in it is wrong, or Webex has retired this "
            "form of the address.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Use the tenant URL the wizard proposes (it contains the organization ID read "
            "from your sign-in), or try the other Webex SCIM address.",
        ),
    )
    THROTTLED = ErrorKind(
        "webex.scim.throttled",
        QT_TRANSLATE_NOOP("errors", "Webex is limiting the number of SCIM requests."),
        _TOO_MANY,
        _WAIT_THEN_RETRY,
        transient=True,
    )
    TOKEN_EXPIRED = ErrorKind(
        "webex.scim.token_expired",
        QT_TRANSLATE_NOOP(
            "errors", "The Webex SCIM service at {host} rejected the token: it has expired."
        ),
        _EXPIRED_ON,
        _SIGN_IN_FOR_NEW_TOKEN,
    )
    ORG_MISMATCH = ErrorKind(
        "webex.scim.org_mismatch",
        QT_TRANSLATE_NOOP("errors", "The tenant URL belongs to another Webex organization."),
        QT_TRANSLATE_NOOP(
            "errors",
            "It names the organization {url_org}, but you signed in to {org}. Entra would "
            "provision users into the wrong organization, or fail.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Go Back and choose the tenant URL the wizard proposes for your organization.",
        ),
    )
    OUTAGE = ErrorKind(
        "webex.scim.outage",
        QT_TRANSLATE_NOOP("errors", "The Webex SCIM service at {host} is not answering normally."),
        _WEBEX_SIDE,
        _RETRY_LATER,
        transient=True,
    )
    UNEXPECTED = ErrorKind(
        "webex.scim.http",
        QT_TRANSLATE_NOOP("errors", "The Webex SCIM service at {host} answered {status}."),
        QT_TRANSLATE_NOOP("errors", "The connection test expected a SCIM list: {detail}"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check the tenant URL; if it is right, send the ids below to support.",
        ),
    )

    unauthorized = factory(UNAUTHORIZED, "host", "detail", correlation="required", status=401)
    forbidden = factory(FORBIDDEN, "host", "detail", correlation="required", status=403)
    not_found = factory(NOT_FOUND, "url", correlation="required", status=404)
    # The tenant URL names the organization *url_org*, the admin signed in to *org*.
    org_mismatch = factory(ORG_MISMATCH, "url_org", "org", status=0)

    @classmethod
    def outage(cls, host: str, status: int, correlation: Mapping[str, str]) -> WebexScimError:
        return cls._outage(status, correlation, host=host)

    @classmethod
    def unexpected(
        cls, host: str, status: int, detail: str, correlation: Mapping[str, str]
    ) -> WebexScimError:
        params = {"host": host, "status": status, "detail": detail or "no details"}
        return cls._unexpected(status, params, correlation)

    @classmethod
    def token_expired(
        cls, host: str, expired_at: float, correlation: Mapping[str, str]
    ) -> WebexScimError:
        return cls._expired(expired_at, correlation, host=host)


class WebexTenantUrlError(WizardError):
    """A tenant URL the wizard will not hand to Entra."""

    INVALID = ErrorKind(
        "webex.tenant_url.invalid",
        QT_TRANSLATE_NOOP("errors", "The tenant URL '{url}' cannot be used."),
        QT_TRANSLATE_NOOP("errors", "{reason}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Use an https:// address on {hosts} that ends with your organization ID, such "
            "as the one the wizard proposes.",
        ),
    )

    @classmethod
    def invalid(cls, url: str, reason: str, expected_hosts: str) -> WebexTenantUrlError:
        return cls.of(
            cls.INVALID, {"url": scrub(url, limit=120), "reason": reason, "hosts": expected_hosts}
        )
