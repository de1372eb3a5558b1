"""The Microsoft sign-in, as steps shared by the sign-in page, the repair window and headless.

Every function here blocks (MSAL, Graph, the OS keyring over D-Bus): call it on a worker thread
(the UI through :mod:`wizard.ui.ops`). Nothing here touches a widget.

The journey, in the order a caller uses it::

    prepared = signin.prepare(services)                 # store, which cache, an MSAL client
    done = signin.silent(services, prepared)            # SignedIn, or None: sign in interactively
    # interactively, one of:
    flow = signin.begin_embedded(prepared)              # show flow.auth_uri in the browser …
    done = signin.finish_embedded(services, prepared, flow, redirected_url)
    done = signin.system_browser(services, prepared)
    flow = signin.begin_device_code(prepared)           # show flow.user_code …
    done = signin.finish_device_code(services, prepared, flow, should_stop)
    # done.client is the signed-in GraphClient; done.tenant the tenant's name/ID/domain

Why one module: the page, the repair window and headless each assembled "load the cache, build
GraphAuth, sign in, wrap a GraphClient, save the cache, remember the tenant" on their own.

Which tenant's cache a run loads (:func:`cached_tenant`): the tenant named in the configuration
when it is an ID, else the tenant of the last sign-in, remembered in the same store under
:data:`LAST_TENANT_KEY` (not secret: a pointer). The cache itself (it holds the refresh token) is
saved per tenant by :meth:`wizard.flows.services.Services.graph_client`, and again on every token
refresh, so a second launch signs in silently while Microsoft allows it. MSAL's token cache and
silent sign-in: https://learn.microsoft.com/entra/msal/python/advanced/msal-python-token-cache-serialization
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError
from wizard.entra.auth import AuthCodeFlow, DeviceFlow, GraphAuth, SignIn
from wizard.entra.errors import SignInError
from wizard.entra.graph import GraphClient, TenantInfo
from wizard.flows.services import Services, StoreAccess

__all__ = [
    "LAST_TENANT_KEY",
    "SYSTEM_BROWSER_TIMEOUT",
    "AuthCodeFlow",
    "DeviceFlow",
    "GraphAuth",
    "GraphClient",
    "Prepared",
    "SignIn",
    "SignInCancelled",
    "SignedIn",
    "StoreAccess",
    "TenantInfo",
    "begin_device_code",
    "begin_embedded",
    "cached_tenant",
    "complete",
    "finish_device_code",
    "finish_embedded",
    "headless_sign_in",
    "page_error",
    "prepare",
    "read_tenant",
    "remember_tenant",
    "silent",
    "switch_account",
    "system_browser",
]

log = logging.getLogger("wizard.flows.signin")

#: Non-secret pointer to the tenant whose MSAL cache was saved last (keyring, per profile).
LAST_TENANT_KEY = "v1/entra/last-tenant"
#: The system browser's local listener gives up after this long (MSAL cannot be interrupted).
SYSTEM_BROWSER_TIMEOUT = 300
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

Say = Callable[[str], None]


#: The sign-in window was closed before the sign-in finished.
_CANCELLED = ErrorKind(
    "entra.cancelled",
    QT_TRANSLATE_NOOP("errors", "Microsoft sign-in was cancelled."),
    QT_TRANSLATE_NOOP(
        "errors",
        "The sign-in window was closed before the sign-in finished. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "Click Sign in to try again. If the window cannot finish the sign-in (for "
        "example, your organization requires a managed device), choose 'Use my system "
        "browser' or 'Sign in with a code'.",
    ),
)


class SignInCancelled(WizardError):
    @classmethod
    def cancelled(cls) -> SignInCancelled:
        return cls.of(_CANCELLED)


def page_error(aadsts: int) -> SignInError:
    """The error an Entra error page (shown instead of a redirect) stands for: AADSTS number."""
    return SignInError.from_result({"error": "error_page", "error_codes": [aadsts]})


# ------------------------------------------------------------------------------------ results
@dataclass
class Prepared:
    """Ready to sign in: the MSAL client (holding the saved cache of ``tenant_id``) and the store."""

    auth: GraphAuth
    access: StoreAccess
    #: The tenant whose saved cache ``auth`` holds (None: nothing saved to load).
    tenant_id: str | None = None


@dataclass
class SignedIn:
    """A completed sign-in and the Graph client built on it."""

    auth: GraphAuth
    sign_in: SignIn
    access: StoreAccess
    client: GraphClient
    tenant: TenantInfo | None = None
    #: Why the sign-in will not be remembered (None when it was saved, or there is no store).
    store_problem: WizardError | None = None
    #: Reading the tenant's details failed; the sign-in itself is good (read again to retry).
    tenant_error: WizardError | None = None


# ------------------------------------------------------------------------------------ the cache
def cached_tenant(store: object | None, endpoints: object) -> str | None:
    """Which tenant's cache to load: the configured tenant ID, else the last one signed in."""
    configured = str(getattr(endpoints, "entra_tenant", "") or "")
    if _UUID.match(configured):
        return configured.lower()
    getter = getattr(store, "get", None)
    if getter is None:
        return None
    value = getter(LAST_TENANT_KEY)
    return value if isinstance(value, str) and _UUID.match(value) else None


def remember_tenant(services: Services, tenant_id: str) -> WizardError | None:
    """Name *tenant_id* as the one whose cache the next run loads. Returns why not, or None."""
    from wizard.storage.secrets import KeyringError

    store = services.store().store
    if store is None or not tenant_id:
        return None
    try:
        if store.get(LAST_TENANT_KEY) != tenant_id.lower():
            store.put(LAST_TENANT_KEY, tenant_id.lower())
    except KeyringError as err:
        log.warning("could not remember the tenant of the Microsoft sign-in: %s", err.code)
        return err
    return None


def has_account(auth: GraphAuth) -> bool:
    """True when the cache holds an account (checked without building MSAL's app: no network)."""
    import msal

    # search() is a generator in MSAL >= 1.2x: truth-testing it would always say "yes".
    found = auth.cache.search(msal.TokenCache.CredentialType.ACCOUNT)
    return next(iter(found), None) is not None


# ------------------------------------------------------------------------------------ steps
def prepare(
    services: Services,
    tenant_id: str | None = None,
    *,
    pin_authority: bool = False,
    current: GraphAuth | None = None,
) -> Prepared:
    """The MSAL client to sign in with, holding the saved cache of *tenant_id* (None: the
    configured tenant ID, else the last tenant, see :func:`cached_tenant`).

    ``pin_authority``: sign in at that tenant's own authority (repair and headless know the
    tenant); otherwise at the configured one ("organizations" unless the admin named a tenant),
    because the setup journey lets the admin sign in to any tenant. ``current``: the MSAL client
    of an earlier attempt, kept (with its cache) while the endpoints have not changed.
    """
    access = services.store()
    tenant = tenant_id or cached_tenant(access.store, services.endpoints)
    if current is not None and not pin_authority and current.endpoints == services.endpoints:
        return Prepared(current, access, tenant)
    cache = services.msal_cache(tenant)
    auth = services.graph_auth(tenant if pin_authority else None, cache)
    return Prepared(auth, access, tenant)


def silent(services: Services, prepared: Prepared, *, remember: bool = True) -> SignedIn | None:
    """A sign-in from the saved cache (refreshed if needed), or None when the admin must sign in
    (``prepared.auth.last_silent_error`` then says why, e.g. an expired refresh token)."""
    if not has_account(prepared.auth):
        # Nothing cached: do not even build the MSAL app (that would hit the network).
        return None
    sign_in = prepared.auth.acquire_silent()
    if sign_in is None:
        return None
    return complete(services, prepared, sign_in, remember=remember)


def complete(
    services: Services, prepared: Prepared, sign_in: SignIn, *, remember: bool = True
) -> SignedIn:
    """After any sign-in: the Graph client (its cache saved under the tenant now and on every
    refresh), the tenant remembered for the next run (``remember``), the tenant's details read."""
    tenant = sign_in.tenant_id or prepared.tenant_id or ""
    first: list[WizardError | None] = []

    def saved(problem: WizardError | None) -> None:
        if not first:
            first.append(problem)

    client = services.graph_client(prepared.auth, sign_in, tenant, on_saved=saved)
    done = SignedIn(prepared.auth, sign_in, prepared.access, client)
    done.store_problem = first[0] if first else None
    if remember and done.store_problem is None:
        done.store_problem = remember_tenant(services, tenant)
    try:
        done.tenant = client.organization()
    except WizardError as err:
        done.tenant_error = err
    return done


def read_tenant(client: GraphClient) -> TenantInfo:
    """The signed-in tenant's name, ID and primary domain (``GET /organization``)."""
    return client.organization()


def switch_account(services: Services, prepared: Prepared, tenant_id: str | None) -> int:
    """Sign the cached account(s) out before "Sign in as someone else"; the emptied cache is
    saved under *tenant_id*, so the next run does not sign the old account in. Returns how many."""
    removed = prepared.auth.sign_out() if has_account(prepared.auth) else 0
    log.info("signed out %d cached Microsoft account(s)", removed)
    if tenant_id:
        services.save_msal_cache(tenant_id, prepared.auth.cache)
    return removed


def begin_embedded(prepared: Prepared) -> AuthCodeFlow:
    """Start an auth code + PKCE sign-in: show ``auth_uri`` and catch ``redirect_uri``."""
    return prepared.auth.begin_embedded()


def finish_embedded(
    services: Services, prepared: Prepared, flow: AuthCodeFlow, redirected_url: str, *, remember: bool = True
) -> SignedIn:
    """Redeem the redirect the embedded browser caught, then :func:`complete`."""
    sign_in = prepared.auth.finish_embedded(flow, redirected_url)
    return complete(services, prepared, sign_in, remember=remember)


def system_browser(
    services: Services,
    prepared: Prepared,
    timeout: int = SYSTEM_BROWSER_TIMEOUT,
    *,
    remember: bool = True,
) -> SignedIn:
    """Sign in in the system browser (MSAL listens on localhost), then :func:`complete`."""
    sign_in = prepared.auth.interactive_system_browser(timeout=timeout)
    return complete(services, prepared, sign_in, remember=remember)


def begin_device_code(prepared: Prepared) -> DeviceFlow:
    """Start a device code sign-in: show ``user_code`` and ``verification_uri`` (or ``message``)."""
    return prepared.auth.initiate_device_flow()


def finish_device_code(
    services: Services,
    prepared: Prepared,
    flow: DeviceFlow,
    should_stop: Callable[[], bool] = lambda: False,
    *,
    remember: bool = True,
) -> SignedIn:
    """Wait for the admin to finish the device code sign-in (``should_stop`` ends the wait with
    :class:`~wizard.core.errors.Cancelled`), then :func:`complete`."""
    sign_in = prepared.auth.finish_device_flow(flow, should_stop)
    return complete(services, prepared, sign_in, remember=remember)


# ------------------------------------------------------------------------------------ headless
def headless_sign_in(
    services: Services,
    tenant_id: str | None,
    say: Say,
    *,
    allow_device_code: bool = True,
    should_stop: Callable[[], bool] = lambda: False,
) -> tuple[GraphClient, str]:
    """A Graph client from the saved sign-in of *tenant_id*, else by device code (the message
    goes to *say*). Returns (client, tenant id); the MSAL cache is saved under that tenant.

    Headless does not move the last-tenant pointer: it names its tenant (or the one saved pair).
    """
    prepared = prepare(services, tenant_id, pin_authority=True) if tenant_id else None
    signed: SignIn | None = None
    if prepared is not None:
        try:
            signed = prepared.auth.acquire_silent()
        except WizardError as err:
            if err.transient:
                raise
            # The saved tenant is unknown here (another cloud, a deleted test tenant): sign in anew.
            log.info("saved Microsoft sign-in for %s not usable (%s)", tenant_id, err.code)
    if prepared is None or signed is None:
        if not allow_device_code:
            raise (prepared.auth.last_silent_error if prepared else None) or SignInError.no_account()
        # A fresh sign-in goes to the configured authority ("organizations" unless the admin
        # named a tenant): the saved tenant may be gone, and the sign-in says which tenant it is.
        cache = prepared.auth.cache if prepared is not None else services.msal_cache(None)
        prepared = Prepared(services.graph_auth(None, cache), services.store(), tenant_id)
        flow = begin_device_code(prepared)
        say(flow.message)
        signed = prepared.auth.finish_device_flow(flow, should_stop)
    tenant = signed.tenant_id or tenant_id or ""
    client = services.graph_client(prepared.auth, signed, tenant)
    say(f"Signed in to Microsoft as {signed.username} (tenant {tenant}).")
    return client, tenant
