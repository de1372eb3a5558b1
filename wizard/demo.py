"""Demo mode: start the simulator and point every endpoint at it.

The demo runs under its own profile (keyring service and data directory), so trying the product
or rehearsing a repair can never touch a real tenant's secrets. In the "configured" state the
secrets setup would have saved are seeded into that demo profile, so repair and check can be
tried straight away.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from wizard.core import endpoints as ep
from wizard.core.errors import WizardError
from wizard.core.paths import Profile
from wizard.flows.services import Services
from wizard.simulator import Simulator
from wizard.storage.secrets import (
    KeyringError,
    MemoryStore,
    SecretSet,
    SecretStore,
    TokenRecord,
    known_pairs,
)

#: The notification recipient the simulator's configured job has in its secrets.
DEMO_NOTIFICATION_EMAIL = "admin@contoso.example"

log = logging.getLogger(__name__)


@dataclass
class Demo:
    simulator: Simulator
    endpoints: ep.Endpoints
    #: The demo profile's secret store once :func:`prepare_profile` ran: the OS keyring, or
    #: memory when there is none (the demo's secrets are fake; it must work anywhere).
    store: SecretStore | None = None

    @property
    def secrets_in_memory(self) -> bool:
        return self.store is not None and not self.store.remembers

    def stop(self) -> None:
        self.simulator.stop()


def open_demo_store(profile: Profile) -> SecretStore:
    """The demo profile's OS keyring if it answers, otherwise an in-memory store.

    Why the fallback only here: a real run refuses to keep secrets anywhere but an encrypted
    keyring (or asks the admin to choose "don't remember"); the demo's tokens are issued by the
    simulator on this computer and mean nothing anywhere else.
    """
    try:
        store = SecretStore(profile)
        known_pairs(store)  # a keyring that loads but cannot answer (no D-Bus) fails here
        return store
    except KeyringError as err:
        log.info("demo: no usable keyring (%s); secrets are kept in memory", err.code)
        return MemoryStore(profile)


def prepare_profile(demo: Demo, profile: Profile, state: str) -> SecretStore:
    """The demo profile at the start of a demo run: what an earlier run saved is forgotten, and
    in the ``configured`` state the secrets setup would have saved are seeded. Returns the store
    every part of this run must use (:meth:`Services.use_store`)."""
    store = open_demo_store(profile)
    demo.store = store
    try:
        if state == "configured":
            seed_configured_secrets(demo, profile, store)
        else:
            forget_demo(profile, store)
    except WizardError as err:
        # The demo still runs; only the "already configured" secrets are missing.
        log.warning("demo secrets not seeded: %s", err.summary())
    return store


def serve(scenario: str | None, state: str, latency: float, seconds: float | None) -> int:
    """``webex-scim-wizard simulator``: run the simulator alone until Ctrl+C / SIGTERM (or
    *seconds*), printing its address, CA and a config file that points any client at it."""
    import signal
    import sys
    import threading

    sim = Simulator(scenario=scenario, state=state, latency=latency).start()
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"Simulator running at {sim.base_url} (state={state}, scenario={scenario or 'none'})")
    print(f"CA certificate: {sim.ca_file}")
    print("Point the wizard at it with this config file (--config FILE):\n")
    print("[endpoints]")
    for key, value in sim.endpoint_overrides().items():
        print(f'{key} = "{value}"')
    sys.stdout.flush()
    try:
        stop.wait(seconds)
    finally:
        sim.stop()
    return 0


def start(
    scenario: str | None = None,
    state: str = "fresh",
    latency: float | dict[str, float] = 0.0,
    config_file: str | None = None,
) -> Demo:
    # Settled in the background: the caller's own start-up (imports, the demo keyring) overlaps
    # the configured world's first provisioning cycle; requests wait for it. Not with a scenario:
    # some change the saved token's expiry, which the seeding reads.
    sim = Simulator(scenario=scenario, state=state, latency=latency).start(
        settle_in_background=scenario is None
    )
    try:
        endpoints = ep.load(config_file=config_file, env={}, overrides=sim.endpoint_overrides())
    except Exception:
        sim.stop()
        raise
    return Demo(sim, endpoints)


def seed_configured_secrets(demo: Demo, profile: Profile, store: SecretStore) -> bool:
    """Write the "configured" tenant's saved Webex credentials into the demo keyring.

    Uses the same entry set setup writes (:class:`wizard.storage.secrets.SecretSet`), so repair and check
    find them exactly as after a real setup. Returns False (and logs why) when there is nothing
    to seed. *store* is a :class:`wizard.storage.secrets.SecretStore` for the demo profile.
    """
    if not profile.is_demo:
        raise ValueError("refusing to seed demo secrets into a non-demo profile")
    cfg = demo.simulator.configured
    if not cfg:
        log.info("demo state has no saved secrets to seed")
        return False
    st = demo.simulator.state
    expires_at = float(cfg["webex_token_expires_at"])
    token = TokenRecord(
        cfg["webex_token"],
        # The simulator issued it "now" with the real redirect's lifetime.
        captured_at=expires_at - st.WEBEX_WEBEX_TOKEN_LIFETIME,
        expires_at=expires_at,
    )
    # The simulated world is new on every start: what an earlier demo run saved names a tenant
    # that no longer exists, and would make repair ask which pair to use.
    forget_demo(profile, store)
    secret_set = SecretSet(store, st.tenant_id, cfg["org_id"])
    secret_set.save(token=token, tenant_url=cfg["tenant_url"])
    _seed_state(profile, st.tenant_id, cfg)
    try:
        _seed_msal_cache(demo, profile, store, st.tenant_id)
    except WizardError as err:
        # The demo still works: check reports "sign in" and the GUI signs in interactively.
        log.warning("demo Microsoft sign-in not seeded: %s", err.summary())
    log.info(
        "seeded demo secrets for the configured state (tenant %s, org %s)",
        secret_set.tenant_id,
        secret_set.org_id,
    )
    return True


def forget_demo(profile: Profile, store: SecretStore) -> None:
    """Remove every pair and the state file of the *demo* profile (never the real one)."""
    from wizard.storage.statefile import StateFile

    if not profile.is_demo:
        raise ValueError("refusing to clear a non-demo profile")
    for pair in known_pairs(store):
        SecretSet(store, pair.tenant_id, pair.org_id).forget()
    StateFile.for_profile(profile).start_over()


def _seed_state(profile: Profile, tenant_id: str, cfg: dict) -> None:
    """The state file setup would have left: ids, environment, and the saved notification email."""
    from wizard.storage.statefile import StateFile, WizardState

    state = WizardState(
        entra_cloud="global",
        webex_env="commercial",
        tenant_id=tenant_id,
        org_id=cfg["org_id"],
        service_principal_id=cfg["service_principal_id"],
        job_id=cfg["job_id"],
        step="done",
    )
    state.record(
        "secrets.saved",
        cfg["service_principal_id"],
        tenant_url=cfg["tenant_url"],
        notification_email=DEMO_NOTIFICATION_EMAIL,
    )
    state.record("job.started", cfg["job_id"], status="Active")
    StateFile.for_profile(profile).save(state)


def _seed_msal_cache(demo: Demo, profile: Profile, store: SecretStore, tenant_id: str) -> None:
    """A real Microsoft sign-in to the simulator (its pages driven over HTTP with the demo
    admin's prefilled credentials), so ``check`` can sign in silently from the cache."""
    from wizard.simulator.entra.forms import authorize

    # The run's own Services are built after the demo starts; this one shares its store.
    services = Services(demo.endpoints, profile)
    services.use_store(store)
    auth = services.graph_auth(tenant_id)
    flow = auth.begin_embedded()
    auth.finish_embedded(flow, authorize(demo.simulator.ca_file, flow.auth_uri))
    problem = services.save_msal_cache(tenant_id, auth.cache)
    if problem is not None:
        raise problem
