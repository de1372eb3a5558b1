"""The gallery app steps (wizard.flows.gallery) against the simulated Graph over HTTPS: what
headless setup and the Gallery page rely on — one app only, recorded at once, ready, hidden."""

from __future__ import annotations

import pytest

from wizard.core import endpoints as ep
from wizard.entra.gallery import HIDE_TAG
from wizard.flows import gallery
from wizard.flows.services import Services
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import authorize


@pytest.fixture
def client(simulator: Simulator) -> gallery.GraphClient:
    from wizard.flows import signin

    services = Services(ep.load(env={}, overrides=simulator.endpoint_overrides()))
    prepared = signin.prepare(services)
    flow = signin.begin_embedded(prepared)
    done = signin.finish_embedded(
        services, prepared, flow, authorize(simulator.ca_file, flow.auth_uri), remember=False
    )
    return done.client


def _instantiations(sim: Simulator) -> int:
    return sum(1 for w in sim.state.write_log if w.path.endswith("/instantiate"))


@pytest.mark.sim(replication_delay=1.0)
def test_add_app_adds_once_records_at_once_waits_and_hides(
    simulator: Simulator, client: gallery.GraphClient
) -> None:
    recorded: list[str] = []
    outcome = gallery.add_app(client, None, "Cisco Webex", on_created=lambda m: recorded.append(m.app.id))

    assert outcome.created and recorded == [outcome.app.id]
    assert outcome.waited >= 1.0  # it waited for replication instead of failing on the 404
    assert outcome.hide is not None and outcome.hide.done
    assert HIDE_TAG in simulator.state.service_principals[outcome.app.id]["tags"]

    # Run again (a re-run, a Retry): the app is found and reused, nothing is added or recorded.
    template = gallery.find_template(client)
    found = gallery.existing_app(client, template)
    assert found is not None and found.id == outcome.app.id and found.hidden
    again = gallery.add_app(client, template, on_created=lambda m: recorded.append(m.app.id))
    assert not again.created and again.app.id == outcome.app.id
    assert recorded == [outcome.app.id] and _instantiations(simulator) == 1


def test_add_app_can_leave_the_app_visible(simulator: Simulator, client: gallery.GraphClient) -> None:
    outcome = gallery.add_app(client, None, hide_app=False)
    assert outcome.created and outcome.hide is None
    assert HIDE_TAG not in simulator.state.service_principals[outcome.app.id]["tags"]


def test_a_bad_name_adds_nothing(simulator: Simulator, client: gallery.GraphClient) -> None:
    from wizard.core.errors import WizardError

    with pytest.raises(WizardError) as caught:
        gallery.add_app(client, None, "   ")
    assert caught.value.code == "gallery.invalid_name" and _instantiations(simulator) == 0
