"""The Microsoft sign-in steps (wizard.flows.signin) against the simulated Entra ID over HTTPS.

What the sign-in page, the repair window and headless rely on: a completed sign-in saves the MSAL
cache under its tenant and names that tenant for the next run, and the next run signs in from it
without any device code or browser.
"""

from __future__ import annotations

import threading

import pytest

from wizard.core import endpoints as ep
from wizard.flows import signin
from wizard.flows.services import Services
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import device_login
from wizard.storage.secrets import MemoryStore, load_msal_cache


def device_code_posts(sim: Simulator) -> int:
    return sum(1 for method, path, _ in sim.requests_seen if method == "POST" and path.endswith("/devicecode"))


def services_with(endpoints: ep.Endpoints, store: MemoryStore) -> Services:
    services = Services(endpoints)
    services.use_store(store)
    return services


def sign_in_by_device_code(sim: Simulator, services: Services) -> signin.SignedIn:
    prepared = signin.prepare(services)
    flow = signin.begin_device_code(prepared)
    outcome: dict[str, signin.SignedIn] = {}
    worker = threading.Thread(
        target=lambda: outcome.update(done=signin.finish_device_code(services, prepared, flow))
    )
    worker.start()
    device_login(sim.ca_file, flow.verification_uri, flow.user_code)
    worker.join(timeout=30)
    assert not worker.is_alive()
    return outcome["done"]


def test_sign_in_saves_the_cache_under_the_tenant_and_remembers_it(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    store = MemoryStore()
    services = services_with(endpoints, store)
    done = sign_in_by_device_code(simulator, services)

    tenant = simulator.state.tenant_id
    assert done.sign_in.tenant_id == tenant
    assert done.tenant is not None and done.tenant.id == tenant
    assert done.store_problem is None and done.tenant_error is None
    assert store.get(signin.LAST_TENANT_KEY) == tenant.lower()
    cache = load_msal_cache(store, tenant)
    assert next(iter(cache.search("Account")), None) is not None


def test_next_run_signs_in_silently_from_the_saved_cache(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    store = MemoryStore()
    first = sign_in_by_device_code(simulator, services_with(endpoints, store))
    codes = device_code_posts(simulator)

    # A new run: new Services (new session, new MSAL app), the same store.
    later = services_with(endpoints, store)
    prepared = signin.prepare(later)
    assert prepared.tenant_id == simulator.state.tenant_id.lower()
    done = signin.silent(later, prepared)

    assert done is not None
    assert done.sign_in.username == first.sign_in.username
    assert done.client.organization().id == simulator.state.tenant_id
    assert device_code_posts(simulator) == codes  # no device code, no browser


def test_without_a_saved_sign_in_silent_says_sign_in(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    services = services_with(endpoints, MemoryStore())
    prepared = signin.prepare(services)
    assert prepared.tenant_id is None
    assert signin.silent(services, prepared) is None


def test_configured_tenant_id_wins_over_the_last_tenant(endpoints: ep.Endpoints) -> None:
    store = MemoryStore()
    store.put(signin.LAST_TENANT_KEY, "11111111-1111-1111-1111-111111111111")
    configured = endpoints.replace(entra_tenant="22222222-2222-2222-2222-222222222222")
    assert signin.cached_tenant(store, configured) == "22222222-2222-2222-2222-222222222222"
    assert signin.cached_tenant(store, endpoints) == "11111111-1111-1111-1111-111111111111"
    store.put(signin.LAST_TENANT_KEY, "not-a-tenant")
    assert signin.cached_tenant(store, endpoints) is None


def test_headless_sign_in_reuses_the_saved_sign_in_without_a_device_code(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    store = MemoryStore()
    first = sign_in_by_device_code(simulator, services_with(endpoints, store))
    codes = device_code_posts(simulator)
    said: list[str] = []

    client, tenant = signin.headless_sign_in(
        services_with(endpoints, store), simulator.state.tenant_id, said.append, allow_device_code=False
    )

    assert tenant == simulator.state.tenant_id
    assert client.organization().id == tenant
    assert device_code_posts(simulator) == codes
    assert said == [f"Signed in to Microsoft as {first.sign_in.username} (tenant {tenant})."]


def test_headless_sign_in_without_a_saved_sign_in_and_no_device_code_fails(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    from wizard.entra.errors import SignInError

    with pytest.raises(SignInError):
        signin.headless_sign_in(
            services_with(endpoints, MemoryStore()), None, lambda _t: None, allow_device_code=False
        )
