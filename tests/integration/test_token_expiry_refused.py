"""A Webex token read from text: Webex's own expiry when tokenExpiry answers, ``expires_in``'s
documented lifetime when it refuses (403: the token lacks identity:tokens_read, which Cisco's
Authorizations API names and the tutorial's token is not known to carry)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import requests

from wizard.core import endpoints as ep
from wizard.core.http import make_session
from wizard.flows.webex_credentials import DEFAULT_TOKEN_LIFETIME, token_from_text
from wizard.simulator import Simulator


@dataclass
class Services:
    """What token_from_text uses of flows.services.Services: the endpoints and one session."""

    endpoints: ep.Endpoints
    _session: requests.Session

    def session(self) -> requests.Session:
        return self._session


def expiry_answers(sim: Simulator) -> list[int]:
    return [s for _m, p, s in sim.requests_seen if p.endswith("/authorizations/tokenExpiry")]


def read_token(sim: Simulator, endpoints: ep.Endpoints, lifetime: int):
    raw = sim.state.issue_token("webex", sim.state.webex_admin_id, lifetime)
    return token_from_text(Services(endpoints, make_session(endpoints.ca_bundle)), raw)


def test_webex_expiry_is_used_when_token_expiry_answers(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    token = read_token(simulator, endpoints, 1000)
    assert expiry_answers(simulator) == [200]
    assert 990 <= token.expires_in <= 1000


@pytest.mark.sim(scenario="token-expiry-refused")
def test_a_refused_token_expiry_falls_back_to_expires_in(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    token = read_token(simulator, endpoints, 1000)
    assert expiry_answers(simulator) == [403]
    assert token.expires_in == DEFAULT_TOKEN_LIFETIME
