"""The gallery app steps (wizard.flows.gallery) against the simulated Graph over HTTPS: what
Apply (GUI and headless setup) and the Gallery page rely on — one app only, recorded at once,
ready, hidden."""

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
def test_the_app_is_added_once_recorded_at_once_waited_for_and_hidden(
    simulator: Simulator, client: gallery.GraphClient
) -> None:
    # The calls Apply's add and hide steps make (wizard.flows.setup_apply), one by one.
    recorded: list[str] = []
    app, created = gallery.ensure_app(client, None, "Cisco Webex", lambda m: recorded.append(m.app.id))
    assert created and recorded == [app.id]
    ready = gallery.wait_until_ready(client, app)
    assert ready.waited >= 1.0  # it waited for replication instead of failing on the 404
    hidden = gallery.hide(client, ready.app)
    assert hidden.done
    assert HIDE_TAG in simulator.state.service_principals[app.id]["tags"]

    # Run again (a re-run, a Retry): the app is found and reused, nothing is added or recorded.
    template = gallery.find_template(client)
    found = gallery.existing_app(client, template)
    assert found is not None and found.id == app.id and found.hidden
    again, created = gallery.ensure_app(client, template, "Cisco Webex", lambda m: recorded.append(m.app.id))
    assert not created and again.id == app.id
    assert recorded == [app.id] and _instantiations(simulator) == 1


def test_a_bad_name_adds_nothing(simulator: Simulator, client: gallery.GraphClient) -> None:
    from wizard.core.errors import WizardError

    with pytest.raises(WizardError) as caught:
        gallery.ensure_app(client, None, "   ", lambda _m: None)
    assert caught.value.code == "gallery.invalid_name" and _instantiations(simulator) == 0
