"""Who ``setup --assign NAME`` assigns: exactly that user or group, never a near miss."""

from __future__ import annotations

import copy
import uuid

import pytest

from tests.integration.test_setup_flow import graph_client
from wizard.cli.headless import HeadlessError, resolve_principal
from wizard.simulator import Simulator


def _twin_group(sim: Simulator, like: str, name: str) -> str:
    with sim.state.lock:
        original = next(g for g in sim.state.groups.values() if g["displayName"] == like)
        twin = copy.deepcopy(original)
        twin["id"] = str(uuid.uuid4())
        twin["displayName"] = name
        sim.state.groups[twin["id"]] = twin
    return twin["id"]


def test_a_group_name_matching_several_groups_is_refused(simulator: Simulator) -> None:
    _twin_group(simulator, "Sales", "sales")
    with pytest.raises(HeadlessError) as caught:
        resolve_principal(graph_client(simulator), "SALES")
    assert caught.value.code == "config.ambiguous_principal"


def test_a_group_is_matched_in_any_case(simulator: Simulator) -> None:
    found = resolve_principal(graph_client(simulator), "sALES")
    assert found.display_name == "Sales" and found.principal_type == "Group"


def test_a_upn_is_encoded_so_it_cannot_reach_another_user(simulator: Simulator) -> None:
    megan = next(u for u in simulator.state.users.values() if u["givenName"] == "Megan")
    with pytest.raises(HeadlessError) as caught:
        resolve_principal(graph_client(simulator), f"nobody@x/../{megan['userPrincipalName']}")
    assert caught.value.code == "config.principal_not_found"
    assert resolve_principal(graph_client(simulator), megan["userPrincipalName"]).principal_id == megan["id"]
