"""The product's Graph sign-in asks for every delegated permission its setup uses.

The simulated Graph checks each call against the permissions its Microsoft Learn page lists
(wizard/simulator/graph/permissions.py), so a sign-in request missing one of them makes the
setup journey meet Graph's 403 ``Authorization_RequestDenied`` — and the product explains it.
"""

from __future__ import annotations

import pytest

from tests.integration.test_msal_signin import new_auth, signed_in
from tests.integration.test_setup_flow import inputs_for, make_app, run, writes
from wizard.core import endpoints as ep
from wizard.core.http import make_session
from wizard.entra import auth as entra_auth
from wizard.entra.graph import GraphClient
from wizard.entra.graph_errors import GraphAccessDenied
from wizard.flows import scope
from wizard.flows.setup import FAILED
from wizard.simulator import Simulator
from wizard.storage.statefile import StateFile


def client_signed_in_with(
    sim: Simulator, endpoints: ep.Endpoints, monkeypatch: pytest.MonkeyPatch, perms: tuple[str, ...]
) -> GraphClient:
    """A Graph client whose token comes from the product's sign-in, asking for *perms*."""
    monkeypatch.setattr(entra_auth, "GRAPH_PERMISSIONS", perms)
    result = signed_in(sim, new_auth(sim, endpoints))
    info = sim.state.token_info(result.access_token, "graph")
    assert set(info.scopes) == set(perms)
    return GraphClient(
        f"{sim.base_url}/v1.0", make_session(sim.ca_file), lambda force_refresh=False: result.access_token
    )


#: (permission dropped from the sign-in, the operation Graph then refuses)
DROPPED = [
    ("AppRoleAssignment.ReadWrite.All", "assigning"),
    ("Synchronization.ReadWrite.All", "provisioning job"),
    ("Application.ReadWrite.All", "Cisco Webex"),
]


@pytest.mark.parametrize(("dropped", "operation"), DROPPED, ids=[d for d, _ in DROPPED])
def test_setup_without_one_permission_meets_graphs_403_explained(
    simulator: Simulator,
    endpoints: ep.Endpoints,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path,
    dropped: str,
    operation: str,
) -> None:
    reduced = tuple(p for p in entra_auth.GRAPH_PERMISSIONS if p != dropped)
    assert len(reduced) == len(entra_auth.GRAPH_PERMISSIONS) - 1
    client = client_signed_in_with(simulator, endpoints, monkeypatch, reduced)
    sp = make_app(simulator)
    inputs = inputs_for(simulator, sp)
    state = StateFile(tmp_path)
    with simulator.state.lock:
        simulator.state.sp_created[sp["id"]] = 0.0

    try:
        _steps, result, _seen = run(client, inputs, state)
    except GraphAccessDenied as err:  # refused while reading the tenant for the plan
        error: BaseException = err
    else:
        failed = [s for s in result.steps if s.status == FAILED]
        assert len(failed) == 1, [(s.key, s.status) for s in result.steps]
        error = failed[0].error
    assert isinstance(error, GraphAccessDenied), repr(error)
    text = error.render()
    assert "403 (Authorization_RequestDenied)" in text
    assert operation in text
    assert "role or permission" in text
    # Nothing that needs the dropped permission was written.
    needs = {
        "AppRoleAssignment.ReadWrite.All": "/appRoleAssignedTo",
        "Synchronization.ReadWrite.All": "/synchronization",
        "Application.ReadWrite.All": "/servicePrincipals",
    }[dropped]
    assert not [w for w in writes(simulator) if needs in w[2]]


def test_setup_with_the_products_permissions_is_not_refused(
    simulator: Simulator, endpoints: ep.Endpoints, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    client = client_signed_in_with(simulator, endpoints, monkeypatch, entra_auth.GRAPH_PERMISSIONS)
    sp = make_app(simulator)
    with simulator.state.lock:
        simulator.state.sp_created[sp["id"]] = 0.0
    _steps, result, _seen = run(client, inputs_for(simulator, sp), StateFile(tmp_path))
    assert [s.key for s in result.steps if s.status == FAILED] == []


@pytest.mark.parametrize("dropped", ["User.Read.All", "Group.Read.All"])
def test_the_user_and_group_search_without_its_permission_meets_graphs_403(
    simulator: Simulator, endpoints: ep.Endpoints, monkeypatch: pytest.MonkeyPatch, dropped: str
) -> None:
    reduced = tuple(p for p in entra_auth.GRAPH_PERMISSIONS if p != dropped)
    client = client_signed_in_with(simulator, endpoints, monkeypatch, reduced)
    with pytest.raises(GraphAccessDenied) as info:
        scope.search(client, "Megan", top=10)
    assert "403 (Authorization_RequestDenied)" in info.value.render()
    assert "searching users and groups" in info.value.render()
