"""Errors the Webex side of the wizard can raise: sign-in redirect, org ID, people/me, SCIM probe.

Same contract as :mod:`wizard.core.errors`: what happened, why, what to do next, correlation ids.
Every value that ends up in ``params`` is either ours (a host, a status code, a date) or comes
from the service and is passed through :func:`scrub` first, so that an attacker-shaped redirect
(or a careless server) cannot smuggle the access token into an error message, a log line or a
crash report.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError

#: Longest service-provided text we echo; the rest is noise in a dialog.
MAX_ECHO = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


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


def _date(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(epoch))


class WebexAuthError(WizardError):
    """The Webex sign-in redirect could not be turned into a token."""

    @classmethod
    def not_redirect(cls) -> WebexAuthError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The Webex sign-in did not return to the wizard."),
            why=QT_TRANSLATE_NOOP(
                "errors", "The address it went to is not the wizard's registered return address."
            ),
            fix=QT_TRANSLATE_NOOP("errors", "Close the sign-in window and sign in to Webex again."),
            code="webex.auth.not_redirect",
        )

    @classmethod
    def denied(cls, description: str) -> WebexAuthError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The Webex sign-in was cancelled."),
            why=QT_TRANSLATE_NOOP(
                "errors", "Webex reports that access was not granted ({description})."
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Sign in to Webex again and, when asked, allow access with a Full "
                "Administrator account.",
            ),
            params={"description": description},
            code="webex.auth.access_denied",
        )

    @classmethod
    def oauth_error(cls, error: str, description: str) -> WebexAuthError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Webex refused the sign-in request."),
            why=QT_TRANSLATE_NOOP("errors", "Webex answered '{error}': {description}"),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Sign in again. If it keeps failing, check the Webex settings (environment, "
                "client ID) and send this message to support.",
            ),
            params={"error": error, "description": description},
            code=f"webex.auth.{error}"
            if re.fullmatch(r"[a-z_]{1,40}", error)
            else "webex.auth.error",
        )

    @classmethod
    def state_mismatch(cls, missing: bool) -> WebexAuthError:
        return cls(
            what=QT_TRANSLATE_NOOP(
                "errors", "The Webex sign-in answer does not belong to this sign-in."
            ),
            why=(
                QT_TRANSLATE_NOOP(
                    "errors", "It carries no 'state' value, so it cannot be matched to our request."
                )
                if missing
                else QT_TRANSLATE_NOOP(
                    "errors",
                    "Its 'state' value differs from the one the wizard sent. It may come from an "
                    "older sign-in window, or from someone else's link.",
                )
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Close other sign-in windows and sign in to Webex again from the wizard."
            ),
            code="webex.auth.state_missing" if missing else "webex.auth.state_mismatch",
        )

    @classmethod
    def malformed(cls, reason: str) -> WebexAuthError:
        """*reason* is one of our own short English phrases, never service text."""
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The Webex sign-in answer could not be read."),
            why=QT_TRANSLATE_NOOP("errors", "It is not a valid token response: {reason}."),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Sign in to Webex again. If it keeps happening, send this message to support.",
            ),
            params={"reason": reason},
            code="webex.auth.malformed",
        )

    @classmethod
    def no_token(cls) -> WebexAuthError:
        """A step that needs the Webex token was reached without one."""
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "There is no Webex token to test yet."),
            why=QT_TRANSLATE_NOOP("errors", "The Webex sign-in step has not been completed."),
            fix=QT_TRANSLATE_NOOP("errors", "Go Back and sign in to Webex."),
            code="webex.auth.no_token",
        )

    @classmethod
    def window_closed(cls) -> WebexAuthError:
        """The admin closed the sign-in window (or pressed Cancel) before Webex answered."""
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The Webex sign-in was cancelled."),
            why=QT_TRANSLATE_NOOP(
                "errors", "The sign-in window was closed before Webex returned a token."
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Click \"Sign in to Webex\" when you are ready to try again."
            ),
            code="webex.auth.window_closed",
        )


class WebexOrgIdError(WizardError):
    """A Webex organization ID that is neither a UUID nor an encoded organization ID."""

    @classmethod
    def invalid(cls, value: str, reason: str) -> WebexOrgIdError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "'{value}' is not a Webex organization ID."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "An organization ID is a UUID such as 96abc2aa-3dcc-11e5-a152-fe34819cdc9a, or "
                "Webex's encoded form of one ({reason}).",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Let the wizard read the ID after the Webex sign-in, or copy it from Control "
                "Hub (click the organization name, bottom left).",
            ),
            params={"value": scrub(value, limit=80), "reason": reason},
            code="webex.org_id.invalid",
        )


class WebexApiError(WizardError):
    """Webex REST (people/me, tokenExpiry) answered with an error, or not at all."""

    status: int = 0

    @classmethod
    def token_expired(cls, expired_at: float, correlation: Mapping[str, str]) -> WebexApiError:
        err = cls(
            what=QT_TRANSLATE_NOOP("errors", "The Webex token has expired."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "It expired on {date}. Webex tokens from this sign-in last about 45 days and "
                "cannot be renewed automatically.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Sign in to Webex again to get a new token; the wizard updates Entra."
            ),
            params={"date": _date(expired_at)},
            correlation=correlation,
            code="webex.token.expired",
        )
        err.status = 401
        return err

    @classmethod
    def token_rejected(cls, correlation: Mapping[str, str]) -> WebexApiError:
        err = cls(
            what=QT_TRANSLATE_NOOP("errors", "Webex no longer accepts the token."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "It has not reached its expiry date, so it was most likely revoked (for example "
                "by a sign-out, a password change or an administrator), or it belongs to "
                "another Webex environment.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Sign in to Webex again to get a new token; the wizard updates Entra."
            ),
            correlation=correlation,
            code="webex.token.rejected",
        )
        err.status = 401
        return err

    @classmethod
    def forbidden(cls, correlation: Mapping[str, str]) -> WebexApiError:
        err = cls(
            what=QT_TRANSLATE_NOOP("errors", "Webex did not allow the request."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The signed-in account or its token lacks the permission (scope or admin role) "
                "this step needs.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Sign in to Webex again with a Full Administrator account of the organization.",
            ),
            correlation=correlation,
            code="webex.forbidden",
        )
        err.status = 403
        return err

    @classmethod
    def outage(cls, status: int, correlation: Mapping[str, str]) -> WebexApiError:
        err = cls(
            what=QT_TRANSLATE_NOOP("errors", "Webex is not answering normally."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The problem is on Webex's side ({status}); nothing was changed.",
            ),
            fix=QT_TRANSLATE_NOOP("errors", "Retry later. If it lasts, check status.webex.com."),
            params={"status": status or "no answer"},
            correlation=correlation,
            code=f"webex.outage.{status or 'timeout'}",
            transient=True,
        )
        err.status = status
        return err

    @classmethod
    def throttled(cls, retry_after: str, correlation: Mapping[str, str]) -> WebexApiError:
        err = cls(
            what=QT_TRANSLATE_NOOP("errors", "Webex is limiting the number of requests."),
            why=QT_TRANSLATE_NOOP(
                "errors", "Too many requests were sent; Webex asks to wait {retry_after} seconds."
            ),
            fix=QT_TRANSLATE_NOOP("errors", "Nothing was changed. Wait, then click Retry."),
            params={"retry_after": scrub(retry_after or "?", limit=20)},
            correlation=correlation,
            code="webex.throttled",
            transient=True,
        )
        err.status = 429
        return err

    @classmethod
    def unexpected(cls, status: int, message: str, correlation: Mapping[str, str]) -> WebexApiError:
        err = cls(
            what=QT_TRANSLATE_NOOP("errors", "Webex answered with an unexpected error."),
            why=QT_TRANSLATE_NOOP("errors", "Status {status}: {message}"),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Retry; if it happens again, send the ids below to support."
            ),
            params={"status": status, "message": message or "no details"},
            correlation=correlation,
            code=f"webex.http.{status}",
        )
        err.status = status
        return err

    @classmethod
    def bad_response(cls, what_was_wrong: str, correlation: Mapping[str, str]) -> WebexApiError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Webex's answer could not be understood."),
            why=QT_TRANSLATE_NOOP("errors", "{detail}. A proxy may have replaced the answer."),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Check the Webex settings and proxy, retry, then contact support."
            ),
            params={"detail": what_was_wrong},
            correlation=correlation,
            code="webex.bad_response",
        )

    @classmethod
    def not_full_admin(cls, account: str, roles: str) -> WebexApiError:
        """people/me worked, but the account lacks ``id_full_admin`` (seed 003 step 3)."""
        err = cls(
            what=QT_TRANSLATE_NOOP(
                "errors", "{account} is not a Full Administrator of this Webex organization."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "A token from an account without the Full Administrator role cannot create "
                "users in Webex, so provisioning would fail. Roles of this account: {roles}.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Click \"Sign in as someone else\" and sign in with a Full Administrator "
                "account of the organization.",
            ),
            params={"account": scrub(account, limit=120), "roles": roles},
            code="webex.not_full_admin",
        )
        err.status = 200
        return err


class WebexScimError(WizardError):
    """The SCIM pre-flight against the tenant URL failed (research/webex.md §3.2, §3.4)."""

    status: int = 0

    @classmethod
    def _make(cls, status: int, **kwargs: object) -> WebexScimError:
        err = cls(**kwargs)  # type: ignore[arg-type]
        err.status = status
        return err

    @classmethod
    def unauthorized(cls, host: str, detail: str, correlation: Mapping[str, str]) -> WebexScimError:
        return cls._make(
            401,
            what=QT_TRANSLATE_NOOP(
                "errors", "The Webex SCIM service at {host} rejected the token."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The token is expired, revoked, or from another Webex environment (for example "
                "a Webex for Government token on a commercial address). Webex said: {detail}",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Sign in to Webex again, and check the Webex environment setting."
            ),
            params={"host": host, "detail": detail},
            correlation=correlation,
            code="webex.scim.unauthorized",
        )

    @classmethod
    def forbidden(cls, host: str, detail: str, correlation: Mapping[str, str]) -> WebexScimError:
        return cls._make(
            403,
            what=QT_TRANSLATE_NOOP("errors", "The Webex SCIM service at {host} refused access."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The signed-in Webex account is not a Full (or User) Administrator of this "
                "organization, or the token lacks the SCIM scope. Webex said: {detail}",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Sign in to Webex again with a Full Administrator account of this organization.",
            ),
            params={"host": host, "detail": detail},
            correlation=correlation,
            code="webex.scim.forbidden",
        )

    @classmethod
    def not_found(cls, url: str, correlation: Mapping[str, str]) -> WebexScimError:
        return cls._make(
            404,
            what=QT_TRANSLATE_NOOP("errors", "The tenant URL {url} was not found."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The address or the organization ID in it is wrong, or Webex has retired this "
                "form of the address.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Use the tenant URL the wizard proposes (it contains the organization ID read "
                "from your sign-in), or try the other Webex SCIM address.",
            ),
            params={"url": url},
            correlation=correlation,
            code="webex.scim.not_found",
        )

    @classmethod
    def throttled(cls, retry_after: str, correlation: Mapping[str, str]) -> WebexScimError:
        return cls._make(
            429,
            what=QT_TRANSLATE_NOOP("errors", "Webex is limiting the number of SCIM requests."),
            why=QT_TRANSLATE_NOOP(
                "errors", "Too many requests were sent; Webex asks to wait {retry_after} seconds."
            ),
            fix=QT_TRANSLATE_NOOP("errors", "Nothing was changed. Wait, then click Retry."),
            params={"retry_after": scrub(retry_after or "?", limit=20)},
            correlation=correlation,
            code="webex.scim.throttled",
            transient=True,
        )

    @classmethod
    def outage(cls, host: str, status: int, correlation: Mapping[str, str]) -> WebexScimError:
        return cls._make(
            status,
            what=QT_TRANSLATE_NOOP(
                "errors", "The Webex SCIM service at {host} is not answering normally."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors", "The problem is on Webex's side ({status}); nothing was changed."
            ),
            fix=QT_TRANSLATE_NOOP("errors", "Retry later. If it lasts, check status.webex.com."),
            params={"host": host, "status": status or "no answer"},
            correlation=correlation,
            code=f"webex.scim.outage.{status or 'timeout'}",
            transient=True,
        )

    @classmethod
    def unexpected(
        cls, host: str, status: int, detail: str, correlation: Mapping[str, str]
    ) -> WebexScimError:
        return cls._make(
            status,
            what=QT_TRANSLATE_NOOP("errors", "The Webex SCIM service at {host} answered {status}."),
            why=QT_TRANSLATE_NOOP("errors", "The connection test expected a SCIM list: {detail}"),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Check the tenant URL; if it is right, send the ids below to support.",
            ),
            params={"host": host, "status": status, "detail": detail or "no details"},
            correlation=correlation,
            code=f"webex.scim.http.{status}",
        )

    @classmethod
    def token_expired(
        cls, host: str, expired_at: float, correlation: Mapping[str, str]
    ) -> WebexScimError:
        """A 401 for a token whose recorded expiry has passed: say so, not "revoked or …"."""
        return cls._make(
            401,
            what=QT_TRANSLATE_NOOP(
                "errors", "The Webex SCIM service at {host} rejected the token: it has expired."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "It expired on {date}. Webex tokens from this sign-in last about 45 days and "
                "cannot be renewed automatically.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Sign in to Webex again to get a new token; the wizard updates Entra."
            ),
            params={"host": host, "date": _date(expired_at)},
            correlation=correlation,
            code="webex.scim.token_expired",
        )

    @classmethod
    def org_mismatch(cls, url_org: str, signed_in_org: str) -> WebexScimError:
        """The tenant URL names another organization than the one the admin signed in to."""
        return cls._make(
            0,
            what=QT_TRANSLATE_NOOP(
                "errors", "The tenant URL belongs to another Webex organization."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "It names the organization {url_org}, but you signed in to {org}. Entra would "
                "provision users into the wrong organization, or fail.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Go Back and choose the tenant URL the wizard proposes for your organization.",
            ),
            params={"url_org": url_org, "org": signed_in_org},
            code="webex.scim.org_mismatch",
        )


class WebexTenantUrlError(WizardError):
    """A tenant URL the wizard will not hand to Entra."""

    @classmethod
    def invalid(cls, url: str, reason: str, expected_hosts: str) -> WebexTenantUrlError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The tenant URL '{url}' cannot be used."),
            why=QT_TRANSLATE_NOOP("errors", "{reason}."),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Use an https:// address on {hosts} that ends with your organization ID, such "
                "as the one the wizard proposes.",
            ),
            params={"url": scrub(url, limit=120), "reason": reason, "hosts": expected_hosts},
            code="webex.tenant_url.invalid",
        )
