"""wizard.entra.preflight against the simulated Graph over HTTPS, per scenario."""

from __future__ import annotations

import pytest

from wizard.core import endpoints as ep
from wizard.core.http import make_session
from wizard.entra import preflight
from wizard.entra.auth import GRAPH_PERMISSIONS, GraphAuth
from wizard.entra.graph import GraphClient, SignedInTokens
from wizard.entra.preflight import SKIP_CREATE_JOB, SKIP_GALLERY, Status
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import authorize


def _check(sim: Simulator) -> preflight.Report:
    endpoints = ep.load(env={}, overrides=sim.endpoint_overrides())
    auth = GraphAuth(endpoints, make_session(endpoints.ca_bundle))
    flow = auth.begin_embedded()
    sign_in = auth.finish_embedded(flow, authorize(sim.ca_file, flow.auth_uri))
    client = GraphClient(endpoints.graph_base, auth.session, SignedInTokens(auth, sign_in))
    return preflight.check(client)


def _statuses(report: preflight.Report) -> dict[str, Status]:
    return {f.key: f.status for f in report.findings}


def test_fresh_tenant_passes_and_nothing_is_written(simulator: Simulator) -> None:
    report = _check(simulator)
    assert _statuses(report) == {
        "roles": Status.OK,
        "app": Status.OK,
        "identity_integration": Status.OK,
    }
    assert not report.blocking and report.skips == frozenset()
    assert [r.template_id for r in report.roles] == ["62e90394-69f5-4237-9190-012177145e10"]
    assert simulator.state.write_log == []  # pre-flight changes nothing
    paths = {p for _m, p, _s in simulator.requests_seen}
    assert "/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole" in paths


@pytest.mark.sim(state="configured")
def test_configured_tenant_reuses_app_and_job(simulator: Simulator) -> None:
    report = _check(simulator)
    assert report.reuse is not None
    assert report.reuse.app.id == simulator.configured["service_principal_id"]
    assert report.skips == {SKIP_GALLERY, SKIP_CREATE_JOB}
    assert report.finding("job").params == {"status": "Active"}


@pytest.mark.sim(state="configured", scenario="quarantine")
def test_quarantined_job_is_flagged(simulator: Simulator) -> None:
    report = _check(simulator)
    job = report.finding("job")
    assert job.status is Status.WARNING and "EncounteredEscrowProportionThreshold" in job.text()
    assert not report.blocking


@pytest.mark.sim(scenario="deleted-consent")
def test_deleted_identity_integration_is_a_warning(simulator: Simulator) -> None:
    report = _check(simulator)
    ii = report.finding("identity_integration")
    assert ii.status is Status.WARNING and not report.blocking
    assert report.lookup.identity_integration is None


@pytest.mark.sim(scenario="non-admin")
def test_non_admin_blocks(simulator: Simulator) -> None:
    from wizard.core.endpoints import GRAPH_CLI_CLIENT_ID
    from wizard.simulator.entra.common import ALL_PRINCIPALS, grant

    with simulator.state.lock:
        grant(
            simulator.state.entra_auth, GRAPH_CLI_CLIENT_ID, ALL_PRINCIPALS, set(GRAPH_PERMISSIONS)
        )
    report = _check(simulator)
    roles = report.finding("roles")
    assert roles.status is Status.FAILED and report.blocking
    assert report.roles == ()
    assert "Cloud Application Administrator" in roles.text()


def test_a_setup_role_among_others_is_found(simulator: Simulator) -> None:
    from wizard.simulator.state import ROLE_APPLICATION_ADMIN, ROLE_USER_ADMIN

    st = simulator.state
    with st.lock:
        st.role_assignments[st.admin_id] = {ROLE_USER_ADMIN, ROLE_APPLICATION_ADMIN}
    report = _check(simulator)
    assert report.finding("roles").params == {"role": "Application Administrator"}
    assert sorted(r.display_name for r in report.roles) == [
        "Application Administrator",
        "User Administrator",
    ]
