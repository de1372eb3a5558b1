"""Webex credentials as one flow: capture the token, check it, save it.

* **capture** — :func:`token_from_redirect` (the embedded browser's redirect, setup and repair)
  and :func:`token_from_text` (a token file or pasted redirect, headless) turn what the admin
  gave into a :class:`WebexToken` and register it with the log redactor, once, the moment it
  exists;
* **check** — :func:`who_signed_in` (people/me), :func:`check_connection` (the four checks of
  :mod:`wizard.webex.connection`: reachable, token, admin, tenant) and :func:`passed` (raising
  the first failing check's error, for headless setup and repair);
* **save** — :func:`save_webex_credentials`: the one place the Webex token record, org ID and
  tenant URL are written to the secret store.

Why one module: the connection-test page, headless setup and repair's token renewal each saved
the token record on their own and registered the same token with the redactor two or three
times; the probe module (:mod:`wizard.webex.connection`) also wrote to the store. The pages use
these functions through :class:`wizard.ui.ops.Op` (worker threads); nothing here imports Qt.

The names the pages need from the Webex layer (token, person, report and error types, pure
validators) are re-exported here, so the UI depends on flows only.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from wizard.core.errors import WizardError
from wizard.core.logs import register_secret
from wizard.webex import connection, people, scim
from wizard.webex.connection import (
    MAX_AUTO_WAIT,
    ORDER,
    Check,
    CheckResult,
    ConnectionReport,
    Outcome,
)
from wizard.webex.errors import WebexAuthError, WebexOrgIdError, WebexTenantUrlError
from wizard.webex.people import WebexPerson
from wizard.webex.token import WebexToken, authorize_url, new_state, parse_redirect

if TYPE_CHECKING:
    from wizard.core.endpoints import Endpoints
    from wizard.flows.services import StoreAccess

log = logging.getLogger("wizard.flows.webex_credentials")

#: The lifetime idbroker's implicit-grant redirect gives (``expires_in=3887999``, about 45 days;
#: see docs/webex.md#token); used when Webex does not tell the expiry of a token read from a file.
DEFAULT_TOKEN_LIFETIME = 3887999


class HasStore(Protocol):
    """What saving needs from :class:`wizard.flows.services.Services`."""

    def store(self) -> StoreAccess: ...


class HasSession(Protocol):
    """What the checks need from :class:`wizard.flows.services.Services`."""

    endpoints: Endpoints

    def session(self) -> Any: ...  # a requests.Session (the run's WizardSession)


@dataclass(frozen=True)
class Opened:
    """A session, endpoints and secret store the caller opened itself (headless commands,
    repair), offered the way :class:`wizard.flows.services.Services` offers its own."""

    endpoints: Endpoints | None = None
    http: Any = None
    secret_store: Any = None

    def session(self) -> Any:
        return self.http

    def store(self) -> StoreAccess:
        from wizard.flows.services import StoreAccess

        return StoreAccess(self.secret_store)


# ------------------------------------------------------------------------------------ capture
def sign_in_request(endpoints: Endpoints) -> tuple[str, str]:
    """(authorize URL, state) for one sign-in attempt; the state is fresh every time, so an old
    window's answer cannot match."""
    state = new_state()
    return authorize_url(endpoints, state), state


def token_from_redirect(url: str, state: str, endpoints: Endpoints) -> WebexToken:
    """The token in the captured redirect (raises for a state mismatch or an idbroker error),
    masked in every log line from now on. Pure and fast: fine on the UI thread."""
    return accepted(parse_redirect(url, state, endpoints))


def token_from_text(services: HasSession, raw: str) -> WebexToken:
    """Worker thread: a token read from a file, with Webex's own expiry when it tells it
    (``GET /authorizations/tokenExpiry``), else the documented lifetime from now."""
    register_secret(raw)
    now = time.time()
    lifetime = DEFAULT_TOKEN_LIFETIME
    try:
        expiry = people.token_expiry(services.session(), services.endpoints, raw)
        lifetime = max(int(expiry - now), 0)
    except WizardError as err:
        log.info("token expiry not available from Webex (%s); assuming %d s", err.code, lifetime)
    return WebexToken(raw, "Bearer", lifetime, now)


def accepted(token: WebexToken) -> WebexToken:
    """Register a newly obtained *token* with the log redactor (the one registration)."""
    register_secret(token.access_token)
    return token


# ------------------------------------------------------------------------------------ check
def who_signed_in(services: HasSession, token: WebexToken) -> WebexPerson:
    """Worker thread: people/me — who the token belongs to, their organization and roles."""
    return people.get_me(services.session(), services.endpoints, token)


def full_admin_error(person: WebexPerson) -> WizardError | None:
    """Why *person* cannot set up provisioning (not a Full Administrator), or None."""
    try:
        people.require_full_admin(person)
    except WizardError as err:
        return err
    return None


def decode_org_id(text: str) -> str:
    """An organization ID typed by hand (UUID or Webex's base64 form); raises WebexOrgIdError."""
    return people.decode_org_id(text)


def validate_tenant_url(url: str, endpoints: Endpoints) -> str:
    """The tenant URL, normalised, if Entra may be given it; raises WebexTenantUrlError."""
    return scim.validate_tenant_url(url, endpoints)


def check_connection(
    services: HasSession,
    tenant_url: str,
    token: WebexToken | str,
    org_id: str | None,
    person: WebexPerson | None = None,
) -> ConnectionReport:
    """Worker thread: the four checks against the exact tenant URL Entra will use. Expected
    failures are in the report, never raised."""
    return connection.run(
        services.session(), services.endpoints, tenant_url, token, org_id, person
    )


def passed(report: ConnectionReport) -> ConnectionReport:
    """*report* when every check passed; else raises the first failing check's error (headless
    setup and repair, which have no page to show the report on)."""
    failure = report.failure
    if failure is not None and failure.error is not None:
        raise failure.error
    return report


# ------------------------------------------------------------------------------------ save
@dataclass(frozen=True)
class Saved:
    """Where the credentials went: "keyring", "memory" (the admin chose not to remember
    secrets), "later" (no Entra tenant known yet) or "failed" (``error`` says why)."""

    where: str
    error: WizardError | None = None


def save_webex_credentials(
    services: HasStore,
    tenant_id: str | None,
    org_id: str,
    token: WebexToken,
    tenant_url: str | None = None,
) -> Saved:
    """Worker thread (keyring): the token record (with capture and expiry times), org ID and,
    when given, tenant URL into the secret set of *tenant_id* + *org_id*.

    The one writer of the Webex token record. Never raises for the keyring: a store that cannot
    be opened or written is reported in :class:`Saved` and the token stays in memory for this
    run (repair asks for it again later).
    """
    from wizard.storage.secrets import KeyringError, SecretSet, TokenRecord

    if not tenant_id:
        # The secret set is keyed by Entra tenant + Webex org; without the Microsoft sign-in
        # there is no tenant yet, and the values stay in memory until there is.
        log.info("Webex credentials not saved yet: no Entra tenant is known")
        return Saved("later")
    access = services.store()
    if access.store is None:
        if access.problem is not None:
            return Saved("failed", access.problem)
        return Saved("memory")
    try:
        SecretSet(access.store, tenant_id, org_id).save(
            token=TokenRecord.from_webex(token), tenant_url=tenant_url
        )
    except KeyringError as err:
        log.warning("could not save the Webex credentials: %s", err.code)
        return Saved("failed", err)
    return Saved("keyring" if getattr(access.store, "remembers", True) else "memory")


__all__ = [
    "DEFAULT_TOKEN_LIFETIME",
    "MAX_AUTO_WAIT",
    "ORDER",
    "Opened",
    "Check",
    "CheckResult",
    "ConnectionReport",
    "Outcome",
    "Saved",
    "WebexAuthError",
    "WebexOrgIdError",
    "WebexPerson",
    "WebexTenantUrlError",
    "WebexToken",
    "accepted",
    "check_connection",
    "decode_org_id",
    "full_admin_error",
    "passed",
    "save_webex_credentials",
    "sign_in_request",
    "token_from_redirect",
    "token_from_text",
    "validate_tenant_url",
    "who_signed_in",
]
