"""Demo mode: start the simulator and point every endpoint at it.

The demo runs under its own profile (keyring service and data directory), so trying the product
or rehearsing a repair can never touch a real tenant's secrets. In the "configured" state the
secrets setup would have saved are seeded into that demo profile, so repair and check can be
tried straight away.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from wizard import endpoints as ep
from wizard.paths import Profile
from wizard.simulator import Simulator
from wizard.store import SecretSet, SecretStore, TokenRecord

log = logging.getLogger(__name__)


@dataclass
class Demo:
    simulator: Simulator
    endpoints: ep.Endpoints

    def stop(self) -> None:
        self.simulator.stop()


def start(
    scenario: str | None = None,
    state: str = "fresh",
    latency: float | dict[str, float] = 0.0,
    config_file: str | None = None,
) -> Demo:
    sim = Simulator(scenario=scenario, state=state, latency=latency).start()
    try:
        endpoints = ep.load(config_file=config_file, env={}, overrides=sim.endpoint_overrides())
    except Exception:
        sim.stop()
        raise
    return Demo(sim, endpoints)


def seed_configured_secrets(demo: Demo, profile: Profile, store: SecretStore) -> bool:
    """Write the "configured" tenant's saved Webex credentials into the demo keyring.

    Uses the same entry set setup writes (:class:`wizard.store.SecretSet`), so repair and check
    find them exactly as after a real setup. Returns False (and logs why) when there is nothing
    to seed. *store* is a :class:`wizard.store.SecretStore` for the demo profile.
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
    secret_set = SecretSet(store, st.tenant_id, cfg["org_id"])
    secret_set.save(token=token, tenant_url=cfg["tenant_url"])
    log.info(
        "seeded demo secrets for the configured state (tenant %s, org %s)",
        secret_set.tenant_id,
        secret_set.org_id,
    )
    return True
