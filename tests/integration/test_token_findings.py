"""What ``check`` says about the saved Webex token, from Webex's own answer (simulator, HTTPS)."""

from __future__ import annotations

import time

import pytest

from tests.integration.test_repair_scenarios import setup, target_of  # noqa: F401 - fixture
from wizard.diagnose import Fix, Status
from wizard.flows.diagnostics import run_checks
from wizard.simulator import Simulator

pytestmark = pytest.mark.sim(state="configured")


def _token_info(simulator: Simulator):
    info = simulator.state.token_info(simulator.configured["webex_token"], "webex")
    assert info is not None
    return info


def test_a_token_webex_calls_expired_is_reported_as_expired(simulator, endpoints, setup) -> None:  # noqa: F811
    with simulator.state.lock:
        _token_info(simulator).expires_at = time.time() - 60  # Webex's clock, not the record's
    finding = run_checks(target_of(setup, endpoints)).get("webex_token")
    assert finding.status is Status.FAILED and finding.fix is Fix.RENEW_TOKEN
    assert "expired" in finding.finding and "revoked" not in finding.finding


def test_a_revoked_token_names_the_admin_it_belongs_to(simulator, endpoints, setup) -> None:  # noqa: F811
    with simulator.state.lock:
        _token_info(simulator).revoked = True
    finding = run_checks(target_of(setup, endpoints)).get("webex_token")
    assert finding.status is Status.FAILED and finding.fix is Fix.RENEW_TOKEN
    assert "revoked or signed out" in finding.finding
    assert "resetting their access in Control Hub" in finding.finding


def test_a_webex_for_government_token_is_a_warning_with_the_reason(
    simulator, endpoints, setup  # noqa: F811
) -> None:
    target = target_of(setup, endpoints)
    target.endpoints = target.endpoints.replace(webex_env="fedramp")
    finding = run_checks(target).get("webex_token")
    assert finding.status is Status.WARNING and finding.fix is Fix.RENEW_TOKEN
    assert "12 hours" in finding.finding
