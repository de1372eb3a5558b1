"""wizard.entra.gallery against the simulated Graph over HTTPS: the template by name, one
instance only, the replication wait, and hiding the app from My Apps."""

from __future__ import annotations

import pytest

from wizard.core import endpoints as ep
from wizard.core.http import make_session
from wizard.entra import gallery
from wizard.entra.auth import GRAPH_PERMISSIONS, GraphAuth
from wizard.entra.gallery import HIDE_TAG, GalleryError
from wizard.entra.graph import GraphClient, SignedInTokens
from wizard.entra.graph_errors import GraphAccessDenied
from wizard.entra.waits import Backoff
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import authorize


def _client(sim: Simulator) -> GraphClient:
    endpoints = ep.load(env={}, overrides=sim.endpoint_overrides())
    auth = GraphAuth(endpoints, make_session(endpoints.ca_bundle))
    flow = auth.begin_embedded()
    sign_in = auth.finish_embedded(flow, authorize(sim.ca_file, flow.auth_uri))
    return GraphClient(endpoints.graph_base, auth.session, SignedInTokens(auth, sign_in))


@pytest.fixture
def client(simulator: Simulator) -> GraphClient:
    return _client(simulator)


def _instantiations(sim: Simulator) -> int:
    return sum(1 for w in sim.state.write_log if w.path.endswith("/instantiate"))


def test_template_is_found_by_name_at_run_time(simulator: Simulator, client: GraphClient) -> None:
    template = gallery.find_template(client)
    assert template.id == simulator.state.template_by_name("Cisco Webex")["id"]  # random per run
    assert "sync" in template.provisioning_types
    filters = [p for m, p, s in simulator.requests_seen if p == "/v1.0/applicationTemplates"]
    assert filters  # looked up, not hard-coded


def test_template_without_provisioning_is_refused(
    simulator: Simulator, client: GraphClient
) -> None:
    simulator.state.template_by_name("Cisco Webex")["supportedProvisioningTypes"] = []
    with pytest.raises(GalleryError) as caught:
        gallery.find_template(client)
    assert caught.value.code == "gallery.no_provisioning"


def test_missing_template_names_the_cloud(simulator: Simulator, client: GraphClient) -> None:
    tpl = simulator.state.template_by_name("Cisco Webex")
    del simulator.state.application_templates[tpl["id"]]
    with pytest.raises(GalleryError) as caught:
        gallery.find_template(client)
    err = caught.value
    assert err.code == "gallery.template_not_found"
    assert f"127.0.0.1:{simulator.port}" in err.render()
    assert "Enterprise applications > New application" in err.render()
    found = gallery.lookup(client)
    assert found.template is None and found.template_error is not None


@pytest.mark.sim(replication_delay=1.5)
def test_ensure_app_adds_once_waits_and_reuses(simulator: Simulator, client: GraphClient) -> None:
    template = gallery.find_template(client)
    created: list[str] = []
    app, was_created = gallery.ensure_app(
        client, template, "Cisco Webex", lambda made: created.append(made.app.id)
    )
    assert was_created and created == [app.id]
    assert simulator.state.service_principals[app.id]["displayName"] == "Cisco Webex"
    # Not replicated yet: the list does not show it, and a plain read is a 404 ...
    assert gallery.match_webex_apps(gallery.list_service_principals(client), template) == []
    waits: list[float] = []
    ready = gallery.wait_until_ready(client, app, on_wait=waits.append)
    # ... the wait polled with growing intervals until both the app and its templates answered.
    assert ready.app.id == app.id and ready.waited >= 1.5
    assert waits and waits == sorted(waits)
    assert ready.sync_templates[0]["default"] is True
    assert ready.sync_templates[0]["id"] == simulator.state.WEBEX_SYNC_TEMPLATE_ID
    # Run again: the existing app is reused, nothing is added.
    again, was_created = gallery.ensure_app(client, template, "Cisco Webex", created.append)
    assert not was_created and again.id == app.id and created == [app.id]
    assert _instantiations(simulator) == 1 and simulator.state.webex_sp_ids() == [app.id]


@pytest.mark.sim(replication_delay=60)
def test_replication_wait_gives_up_with_keep_waiting_advice(
    simulator: Simulator, client: GraphClient
) -> None:
    made = gallery.instantiate(client, gallery.find_template(client), "Cisco Webex")
    with pytest.raises(GalleryError) as caught:
        gallery.wait_until_ready(client, made.app, backoff=Backoff(0.1, 2.0, 0.2, 0.6))
    err = caught.value
    assert err.code == "gallery.replication_timeout" and err.transient
    assert made.app.id in err.render() and "Keep waiting" in err.render()
    assert "request-id" in err.correlation


def test_hide_adds_the_tag_and_keeps_the_others(simulator: Simulator, client: GraphClient) -> None:
    made = gallery.instantiate(client, gallery.find_template(client), "Cisco Webex")
    ready = gallery.wait_until_ready(client, made.app)
    result = gallery.hide_from_my_apps(client, ready.app)
    assert result.done and not result.already
    tags = simulator.state.service_principals[made.app.id]["tags"]
    assert tags == ["WindowsAzureActiveDirectoryIntegratedApp", HIDE_TAG]
    again = gallery.wait_until_ready(client, made.app)
    assert gallery.hide_from_my_apps(client, again.app).already
    assert [w.method for w in simulator.state.write_log] == ["POST", "PATCH"]


@pytest.mark.sim(state="configured")
def test_hide_failure_is_reported_not_raised(simulator: Simulator) -> None:
    from wizard.core.endpoints import GRAPH_CLI_CLIENT_ID
    from wizard.simulator.entra.common import ALL_PRINCIPALS, grant

    st = simulator.state
    with st.lock:
        grant(st.entra_auth, GRAPH_CLI_CLIENT_ID, ALL_PRINCIPALS, set(GRAPH_PERMISSIONS))
    client = _client(simulator)
    found = gallery.lookup(client)  # reads the jobs too, which needs an admin role
    with st.lock:
        st.role_assignments[st.admin_id] = set()  # may read the app, may not change it
    result = gallery.hide_from_my_apps(client, found.candidates[0].app)
    assert not result.done and isinstance(result.error, GraphAccessDenied)
    assert HIDE_TAG not in st.service_principals[found.candidates[0].app.id]["tags"]


@pytest.mark.sim(state="configured")
def test_lookup_reports_the_existing_app_and_its_job(
    simulator: Simulator, client: GraphClient
) -> None:
    found = gallery.lookup(client)
    assert [c.app.id for c in found.candidates] == [simulator.configured["service_principal_id"]]
    candidate = found.candidates[0]
    assert candidate.app.matched_by == "template"
    assert [j.status for j in candidate.jobs] == ["Active"]
    assert candidate.jobs[0].id == simulator.configured["job_id"]
    assert found.identity_integration is not None


@pytest.mark.sim(state="configured")
def test_lookup_never_lists_every_service_principal(
    simulator: Simulator, client: GraphClient
) -> None:
    renamed = simulator.configured["service_principal_id"]
    with simulator.state.lock:
        simulator.state.service_principals[renamed]["displayName"] = "Webex (renamed)"
        simulator.calls.clear()
    found = gallery.lookup(client)
    assert [c.app.id for c in found.candidates] == [renamed]  # found by its template id
    assert found.identity_integration is not None
    with simulator.state.lock:
        calls = list(simulator.calls)
    lists = [c for c in calls if c.method == "GET" and c.rule.endswith("/servicePrincipals")]
    assert lists and all("$filter=" in c.query for c in lists), [c.query for c in lists]
    assert any("applicationTemplateId eq" in c.query for c in lists)
    assert any("servicePrincipals(appId=" in c.rule for c in calls), [c.rule for c in calls]
