"""Re-consent for "Cisco Webex Identity Integration": the fix for Control Hub's 401/701018 error.

Facts this follows (docs/entra-graph.md#admin-consent-repair):

* The admin-consent URL is built on the **tenant ID**, never ``common`` ("personal accounts
  cannot provide admin consent except in the context of a tenant"), with a fresh random
  ``state`` that must come back unchanged.
* No ``redirect_uri``: Cisco's app has its own registered reply page, which Cisco's TAC note calls the
  "expected error" page. The browser is closed on the first navigation that carries ``error``
  or ``admin_consent``, so the admin never sees it.
* ``admin_consent=True`` is present **even on errors**, so ``error`` is checked first.
* Afterwards the service principal appears only after replication: poll Graph with backoff.

No Qt: the GUI page watches navigations and calls :func:`parse_redirect`; the CLI prints the URL.
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from wizard.core.endpoints import IDENTITY_INTEGRATION_APP_ID, Endpoints
from wizard.core.errors import (
    QT_TRANSLATE_NOOP,
    ErrorKind,
    WizardError,
    factory,
    whole_seconds,
)
from wizard.entra.graph import GraphClient, odata_quote
from wizard.entra.waits import Backoff, StopWaiting, interruptible_sleep

log = logging.getLogger("wizard.entra.consent")

#: Roles that may grant tenant-wide admin consent (docs/entra-graph.md#admin-consent-repair). Cisco's app
#: may request Graph application permissions, which only a Privileged Role Administrator or a
#: Global Administrator can grant, so those two are what the wizard asks for.
CONSENT_ROLES: dict[str, str] = {
    "e8611ab8-c189-46e8-94e1-60213ab1f814": "Privileged Role Administrator",
    "62e90394-69f5-4237-9190-012177145e10": "Global Administrator",
}
#: Replication of a re-created service principal: a look every second, 5 minutes at most, so
#: the wait ends within about a second of it appearing (see Backoff.flat).
CONSENT_BACKOFF = Backoff.flat(1.0, 300.0)
_AADSTS = re.compile(r"AADSTS(\d+)")
_TENANT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,252}")


class ConsentError(WizardError):
    DECLINED = ErrorKind(
        "consent.declined",
        QT_TRANSLATE_NOOP("errors", "Consent for Cisco Webex Identity Integration was not given."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Microsoft answered {error} ({aadsts}): the consent page was cancelled or the "
            "permissions were declined. Nothing was changed in your tenant.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Run the fix again and click Accept on the permissions page, signed in as a "
            "Global Administrator or Privileged Role Administrator.",
        ),
    )
    NEEDS_ADMIN = ErrorKind(
        "consent.needs_admin",
        QT_TRANSLATE_NOOP("errors", "This account cannot grant tenant-wide consent."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Restoring Cisco Webex Identity Integration needs admin consent for the whole "
            "tenant ({aadsts}); the signed-in account does not hold a role that may give it.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in on the consent page as a Global Administrator or Privileged Role "
            "Administrator, or ask one to open the consent link. Nothing was changed.",
        ),
    )
    FAILED = ErrorKind(
        "consent.failed",
        QT_TRANSLATE_NOOP("errors", "Microsoft did not complete the admin consent."),
        QT_TRANSLATE_NOOP("errors", "It answered {error} ({aadsts})."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Retry. If it fails again, send the ids below to support. Nothing was changed.",
        ),
    )
    STATE_MISMATCH = ErrorKind(
        "consent.state_mismatch",
        QT_TRANSLATE_NOOP("errors", "The consent answer did not belong to this request."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Its 'state' value differs from the one the wizard sent, so it may come from "
            "another window or have been forged. It was ignored.",
        ),
        QT_TRANSLATE_NOOP("errors", "Start the re-consent again from the repair page."),
    )
    NOT_VISIBLE = ErrorKind(
        "consent.not_visible",
        QT_TRANSLATE_NOOP(
            "errors", "Cisco Webex Identity Integration has not appeared in your tenant yet."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Consent was given, but after {seconds} seconds Microsoft Graph still does not "
            "list the app. Entra ID sometimes takes several minutes to replicate a new app.",
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Wait a few minutes and run the checks again; consent need not be repeated."
        ),
        transient=True,
    )

    state_mismatch = factory(STATE_MISMATCH)

    @classmethod
    def declined(cls, aadsts: str, error: str, correlation: dict[str, str]) -> ConsentError:
        return cls._answered(cls.DECLINED, aadsts, error, correlation)

    @classmethod
    def failed(cls, aadsts: str, error: str, correlation: dict[str, str]) -> ConsentError:
        return cls._answered(cls.FAILED, aadsts, error, correlation)

    @classmethod
    def _answered(
        cls, kind: ErrorKind, aadsts: str, error: str, correlation: dict[str, str]
    ) -> ConsentError:
        """Microsoft's answer; its code names the AADSTS code, or the OAuth error without one."""
        return cls.of(
            kind,
            {"aadsts": aadsts or "no AADSTS code", "error": error},
            correlation,
            code=f"{kind.code}.{aadsts or error}",
        )

    @classmethod
    def needs_admin(cls, aadsts: str, correlation: dict[str, str]) -> ConsentError:
        return cls.of(
            cls.NEEDS_ADMIN,
            {"aadsts": aadsts or "no AADSTS code"},
            correlation,
            code=f"consent.needs_admin.{aadsts}",
        )

    #: The same wait, when nothing told the wizard how the consent page was answered (headless:
    #: the administrator opens the address in a browser of their own).
    NOT_SEEN = ErrorKind(
        "consent.not_seen",
        QT_TRANSLATE_NOOP(
            "errors", "Cisco Webex Identity Integration has not appeared in your tenant."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "After {seconds} seconds Microsoft Graph still does not list the app. The wizard "
            "cannot tell whether an administrator opened the consent address and clicked "
            "Accept; if one did, Entra ID may still be replicating the app.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Make sure an administrator opened the address and clicked Accept, wait a few "
            "minutes, then run repair again.",
        ),
        transient=True,
    )

    not_visible = factory(
        NOT_VISIBLE, "seconds", correlation="required", convert={"seconds": whole_seconds}
    )
    not_seen = factory(NOT_SEEN, "seconds")


@dataclass(frozen=True)
class ConsentRequest:
    """One admin-consent attempt: show ``url``; hand every navigation to :meth:`is_final`."""

    url: str
    state: str
    tenant_id: str

    def is_final(self, url: str) -> bool:
        """True for the navigation that ends the consent (carries ``error`` or
        ``admin_consent``): the browser closes there and the URL goes to :func:`parse_redirect`."""
        params = _params(url)
        return "error" in params or "admin_consent" in params


@dataclass(frozen=True)
class ConsentResult:
    """A consent Entra reports as given (the service principal may still be replicating)."""

    tenant: str


def new_state() -> str:
    return secrets.token_urlsafe(32)


def admin_consent_url(
    endpoints: Endpoints, tenant_id: str, state: str | None = None
) -> ConsentRequest:
    """``{admin_consent_host}/{tenant_id}/adminconsent?client_id=90db…&state=…`` (v1, as Cisco's
    documented fix, but on the tenant ID instead of ``common``)."""
    if not tenant_id or tenant_id.lower() in ("common", "organizations", "consumers"):
        raise ValueError("admin consent needs the tenant ID, not a multi-tenant alias")
    if not _TENANT.fullmatch(tenant_id):
        raise ValueError("invalid tenant id")
    state = state or new_state()
    query = urlencode({"client_id": IDENTITY_INTEGRATION_APP_ID, "state": state})
    url = f"{endpoints.admin_consent_host.rstrip('/')}/{tenant_id}/adminconsent?{query}"
    return ConsentRequest(url, state, tenant_id)


def _params(url: str) -> dict[str, list[str]]:
    parts = urlsplit(url)
    merged: dict[str, list[str]] = {}
    for raw in (parts.query, parts.fragment):
        for key, values in parse_qs(raw, keep_blank_values=True).items():
            merged.setdefault(key, []).extend(values)
    return merged


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    return values[0] if values else None


def _trace_ids(description: str) -> dict[str, str]:
    ids = {}
    for label, key in (("Trace ID", "trace-id"), ("Correlation ID", "correlation-id")):
        match = re.search(rf"{label}:\s*([0-9A-Fa-f-]{{36}})", description)
        if match:
            ids[key] = match.group(1)
    return ids


def parse_redirect(request: ConsentRequest, url: str) -> ConsentResult:
    """The outcome of the final navigation: :class:`ConsentResult` or a :class:`ConsentError`.

    ``state`` is compared first (an answer to another request is never acted on), then
    ``error`` (Entra keeps ``admin_consent=True`` on errors), then ``admin_consent``.
    """
    params = _params(url)
    got = _one(params, "state") or ""
    if not hmac.compare_digest(got.encode(), request.state.encode()):
        raise ConsentError.state_mismatch()
    error = _one(params, "error")
    if error:
        description = _one(params, "error_description") or ""
        match = _AADSTS.search(description)
        aadsts = f"AADSTS{match.group(1)}" if match else ""
        ids = _trace_ids(description)
        log.info("admin consent ended with %s (%s)", error, aadsts or "no code")
        if aadsts in ("AADSTS65004",) or error == "access_denied":
            raise ConsentError.declined(aadsts, error, ids)
        if aadsts in ("AADSTS90094", "AADSTS90095", "AADSTS90093") or error == "consent_required":
            raise ConsentError.needs_admin(aadsts, ids)
        raise ConsentError.failed(aadsts, error, ids)
    if (_one(params, "admin_consent") or "").lower() != "true":
        raise ConsentError.failed("", "no admin_consent in the answer", {})
    return ConsentResult(tenant=_one(params, "tenant") or request.tenant_id)


def find_service_principal(graph: GraphClient) -> dict[str, Any] | None:
    """Cisco Webex Identity Integration's service principal, or None when the tenant lacks it."""
    rows = graph.get_all(
        "/servicePrincipals",
        operation=QT_TRANSLATE_NOOP("errors", "looking for Cisco Webex Identity Integration"),
        params={
            "$filter": f"appId eq {odata_quote(IDENTITY_INTEGRATION_APP_ID)}",
            "$select": "id,appId,displayName,accountEnabled",
        },
    )
    for row in rows:
        if str(row.get("appId", "")).lower() == IDENTITY_INTEGRATION_APP_ID:
            return row
    return None


def wait_for_service_principal(
    graph: GraphClient,
    *,
    backoff: Backoff = CONSENT_BACKOFF,
    should_stop: Callable[[], bool] = lambda: False,
    on_wait: Callable[[float], None] | None = None,
) -> dict[str, Any]:
    """Poll until the service principal is listed (replication after consent), with backoff.

    Raises :meth:`ConsentError.not_visible` after ``backoff.limit`` seconds and
    :class:`~wizard.entra.graph.StopWaiting` when ``should_stop()`` turns true.
    """
    started = time.monotonic()
    delays = backoff.delays()
    while True:
        found = find_service_principal(graph)
        if found is not None:
            log.info("Cisco Webex Identity Integration visible as %s", found.get("id"))
            return found
        try:
            delay = next(delays)
        except StopIteration:
            raise ConsentError.not_visible(time.monotonic() - started, {}) from None
        if on_wait is not None:
            on_wait(time.monotonic() - started)
        interruptible_sleep(delay, should_stop)


__all__ = [
    "CONSENT_BACKOFF",
    "ConsentError",
    "ConsentRequest",
    "ConsentResult",
    "StopWaiting",
    "admin_consent_url",
    "find_service_principal",
    "new_state",
    "parse_redirect",
    "wait_for_service_principal",
]
