"""The objects every flow shares, built once per process: endpoints, one HTTP session, the secret
store, the profile, and the factory for a signed-in Graph client (with its cache saving).

Why one place: the window, the repair window and the headless commands used to assemble these
each on their own (four copies of "load the MSAL cache, build GraphAuth, wrap a GraphClient, save
the cache on refresh"). Heavy modules (keyring backends, MSAL, requests) are imported on first use,
so building a :class:`Services` costs nothing before the first page is painted.

Thread rules: :meth:`Services.store` and :meth:`Services.graph_auth` touch the OS keyring (D-Bus)
and must run on a worker thread; everything else is cheap.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wizard.core.endpoints import Endpoints
from wizard.core.errors import WizardError
from wizard.core.paths import Profile

if TYPE_CHECKING:
    import msal

    from wizard.core.http import WizardSession
    from wizard.entra.auth import GraphAuth, SignIn
    from wizard.entra.graph import GraphClient
    from wizard.storage.secrets import SecretStore

log = logging.getLogger("wizard.flows.services")


@dataclass
class StoreAccess:
    """The secret store, or why there is none (sign-ins then last only as long as the process)."""

    store: SecretStore | None
    problem: WizardError | None = None


@dataclass
class Services:
    """Endpoints, session, store and profile of one run. Replace it (:meth:`for_endpoints`) when
    the admin changes cloud; never mutate ``endpoints`` in place."""

    endpoints: Endpoints
    profile: Profile | None = None
    #: False: keep tokens and sign-ins in memory only (``--dont-remember-secrets``, demo without a
    #: Secret Service).
    remember_secrets: bool = True
    _session: WizardSession | None = field(default=None, init=False, repr=False)
    _access: StoreAccess | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    # ------------------------------------------------------------------------------ building
    @classmethod
    def for_run(cls, endpoints: Endpoints, *, demo: bool, remember_secrets: bool = True) -> Services:
        """The services of a window or command: the profile of the mode (the demo keeps its
        own), and with ``remember_secrets`` False an in-memory store instead of the OS keyring
        (tokens and sign-ins then end with the process; the keyring is never touched)."""
        from wizard.core import paths

        services = cls(endpoints, paths.profile(demo=demo), remember_secrets)
        if not remember_secrets:
            from wizard.storage.secrets import open_store

            services.use_store(open_store(services.profile, remember=False))
        return services

    def for_endpoints(self, endpoints: Endpoints) -> Services:
        """The same run against other endpoints (cloud chosen on the Environment page). The store
        is kept: it belongs to the profile, not to the cloud. Same endpoints: this run itself."""
        if endpoints == self.endpoints:
            return self
        other = Services(endpoints, self.profile, self.remember_secrets)
        other._access = self._access
        return other

    def session(self) -> WizardSession:
        """The one HTTP session of this run (per-request ``verify=``, retries, correlation ids)."""
        with self._lock:
            if self._session is None:
                from wizard.core.http import make_session

                self._session = make_session(self.endpoints.ca_bundle)
            return self._session

    def use_store(self, store: SecretStore | None) -> None:
        """Adopt a store opened elsewhere (tests, the demo's in-memory store)."""
        with self._lock:
            self._access = StoreAccess(store)

    def opened_store(self) -> SecretStore | None:
        """The store, if it was opened or adopted already (never opens one: any thread)."""
        with self._lock:
            return self._access.store if self._access is not None else None

    def store(self) -> StoreAccess:
        """Worker thread: the profile's OS keyring (unsafe backends refused), opened once."""
        with self._lock:
            if self._access is None:
                self._access = self._open_store()
            return self._access

    def require_store(self) -> SecretStore:
        """Worker thread or CLI: the store, raising why there is none (a ``KeyringError`` that
        says which backend was refused and what to do). Without a profile: memory only."""
        access = self.store()
        if access.store is not None:
            return access.store
        if access.problem is not None:
            raise access.problem
        from wizard.storage.secrets import MemoryStore

        self.use_store(MemoryStore(None))
        return self.store().store  # type: ignore[return-value]

    def _open_store(self) -> StoreAccess:
        from wizard.storage.secrets import KeyringError, open_store

        if self.profile is None:
            return StoreAccess(None)
        try:
            return StoreAccess(open_store(self.profile, remember=self.remember_secrets))
        except KeyringError as err:
            log.info("secrets will not be remembered: %s", err.code)
            return StoreAccess(None, err)

    # ------------------------------------------------------------------------------ Microsoft
    def msal_cache(self, tenant_id: str | None) -> msal.SerializableTokenCache:
        """Worker thread: the saved MSAL cache of *tenant_id*, or an empty one."""
        import msal

        from wizard.storage.secrets import load_msal_cache

        store = self.store().store
        if store is None or not tenant_id:
            return msal.SerializableTokenCache()
        try:
            return load_msal_cache(store, tenant_id)
        except WizardError as err:
            log.warning("saved Microsoft sign-in not usable: %s", err.code)
            return msal.SerializableTokenCache()

    def graph_auth(
        self, tenant_id: str | None = None, cache: msal.SerializableTokenCache | None = None
    ) -> GraphAuth:
        """Worker thread: an MSAL client for *tenant_id* (None: the configured authority) over
        this run's session, holding the saved cache of that tenant."""
        from wizard.entra.auth import GraphAuth

        endpoints = self.endpoints.replace(entra_tenant=tenant_id) if tenant_id else self.endpoints
        if cache is None:
            cache = self.msal_cache(tenant_id)
        return GraphAuth(endpoints, self.session(), cache)

    def save_msal_cache(self, tenant_id: str, cache: msal.SerializableTokenCache) -> WizardError | None:
        """Worker thread: keep the sign-in (it holds the refresh token) under its tenant. Returns
        why it could not be kept, or None."""
        from wizard.storage.secrets import KeyringError, save_msal_cache

        access = self.store()
        if access.store is None or not tenant_id:
            return access.problem
        try:
            save_msal_cache(access.store, tenant_id, cache)
        except KeyringError as err:
            log.warning("could not save the Microsoft sign-in: %s", err.code)
            return err
        return None

    def graph_client(
        self,
        auth: GraphAuth,
        sign_in: SignIn,
        tenant_id: str,
        *,
        on_saved: Callable[[WizardError | None], None] | None = None,
    ) -> GraphClient:
        """Worker thread: a Graph client for a completed sign-in. The MSAL cache is saved now and
        again whenever a token is refreshed, so a later run signs in silently."""
        from wizard.entra.graph import GraphClient, SignedInTokens

        def persist(_fresh: Any = None) -> None:
            problem = self.save_msal_cache(tenant_id, auth.cache)
            if on_saved is not None:
                on_saved(problem)

        persist()
        client = GraphClient(self.endpoints.graph_base, auth.session, SignedInTokens(auth, sign_in, persist))
        return client
