"""wizard.entra.graph against the simulated Graph over real HTTPS: typed errors keyed on
``error.code``, correlation ids, paging, the eventual-consistency retry (only for objects just
created), token refresh, throttling and network failures."""

from __future__ import annotations

import logging
import socket
import time

import pytest
from werkzeug.wrappers import Request, Response

from wizard.core import endpoints as ep
from wizard.core.errors import NetworkError
from wizard.core.http import make_session
from wizard.entra.auth import GraphAuth
from wizard.entra.graph import GraphClient, SignedInTokens, sp_path
from wizard.entra.graph_errors import (
    GraphAccessDenied,
    GraphBadRequest,
    GraphError,
    GraphNotFound,
    GraphThrottled,
    GraphUnauthenticated,
    GraphUnavailable,
    error_class,
)
from wizard.entra.waits import Backoff, ConsistencyTimeout, StopWaiting
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import authorize
from wizard.simulator.routing import graph_error


def _client(sim: Simulator, endpoints: ep.Endpoints, **kw) -> tuple[GraphClient, SignedInTokens]:
    auth = GraphAuth(endpoints, make_session(endpoints.ca_bundle))
    flow = auth.begin_embedded()
    sign_in = auth.finish_embedded(flow, authorize(sim.ca_file, flow.auth_uri))
    tokens = SignedInTokens(auth, sign_in)
    return GraphClient(endpoints.graph_base, auth.session, tokens, **kw), tokens


@pytest.fixture
def client(simulator: Simulator, endpoints: ep.Endpoints) -> GraphClient:
    return _client(simulator, endpoints)[0]


def _graph_calls(sim: Simulator, suffix: str) -> list[int]:
    return [status for _m, path, status in sim.requests_seen if path.endswith(suffix)]


# --------------------------------------------------------------------------- errors
def test_not_found_is_typed_by_code_with_correlation_ids(client: GraphClient) -> None:
    with pytest.raises(GraphNotFound) as caught:
        client.get(sp_path("00000000-1111-2222-3333-444444444444"), operation="reading an app")
    err = caught.value
    assert err.status == 404 and err.graph_code == "Request_ResourceNotFound"
    assert err.code == "graph.Request_ResourceNotFound"
    assert set(err.correlation) >= {"request-id", "client-request-id"}
    assert err.summary() == "Microsoft Graph could not find reading an app."
    assert "404 (Request_ResourceNotFound)" in err.render()
    assert not err.transient


def test_error_class_follows_the_code_not_the_status_or_message() -> None:
    # The same code under another status is still that error; an unknown code uses the status.
    assert error_class("Request_ResourceNotFound", 400) is GraphNotFound
    assert error_class("Authorization_RequestDenied", 400) is GraphAccessDenied
    assert error_class("Directory_ConcurrencyViolation", 400).__name__ == "GraphConflict"
    assert error_class("SomethingNew", 403) is GraphAccessDenied
    assert error_class("SomethingNew", 418) is GraphError
    assert error_class("", 502) is GraphUnavailable


class ScriptedSimulator(Simulator):
    """The simulator plus test-only Graph paths answering chosen errors and pages."""

    def dispatch(self, request: Request) -> Response:
        if request.path == "/v1.0/test/error":
            code = request.args.get("code", "")
            message = request.args.get("message", "")
            return graph_error(request, int(request.args["status"]), code, message)
        if request.path == "/v1.0/test/evil-page":
            return Response(
                '{"value": [{"id": "1"}], "@odata.nextLink": "https://evil.example/v1.0/users"}',
                content_type="application/json",
            )
        if request.path == "/v1.0/test/not-json":
            return Response("<html>proxy login</html>", content_type="text/html")
        return super().dispatch(request)


@pytest.fixture
def scripted():
    with ScriptedSimulator() as sim:
        yield sim


def test_messages_never_decide_the_type(scripted: Simulator) -> None:
    endpoints = ep.load(env={}, overrides=scripted.endpoint_overrides())
    client, _ = _client(scripted, endpoints)
    seen = []
    for message in ("Resource not found", "Insufficient privileges", "anything at all"):
        with pytest.raises(GraphError) as caught:
            client.get(
                "/test/error",
                operation="testing",
                params={"status": "403", "code": "Authorization_RequestDenied", "message": message},
            )
        seen.append(type(caught.value))
    assert seen == [GraphAccessDenied] * 3
    # A secret-looking message is masked in the detail; the error keeps no raw body.
    secret = "eyJ" + "a" * 60
    with pytest.raises(GraphBadRequest) as caught:
        client.get(
            "/test/error",
            operation="testing",
            params={"status": "400", "code": "Request_BadRequest", "message": f"bad {secret}"},
        )
    assert secret not in caught.value.render() and "[…]" in caught.value.render()


def test_untrusted_next_link_is_refused(scripted: Simulator) -> None:
    endpoints = ep.load(env={}, overrides=scripted.endpoint_overrides())
    client, _ = _client(scripted, endpoints)
    with pytest.raises(GraphBadRequest) as caught:
        client.get_all("/test/evil-page", operation="listing")
    assert caught.value.graph_code == "UntrustedNextLink"
    # Nothing was sent to the other host: it never resolved, and we never tried.


def test_non_json_answer_is_a_typed_error(scripted: Simulator) -> None:
    endpoints = ep.load(env={}, overrides=scripted.endpoint_overrides())
    client, _ = _client(scripted, endpoints)
    with pytest.raises(GraphBadRequest) as caught:
        client.get("/test/not-json", operation="reading")
    assert caught.value.graph_code == "UnexpectedResponse"


# --------------------------------------------------------------------------- paging
def test_get_all_follows_next_links(simulator: Simulator, client: GraphClient) -> None:
    users = client.get_all(
        "/users", operation="listing users", params={"$top": "2", "$select": "id"}
    )
    assert sorted(u["id"] for u in users) == sorted(simulator.state.users)
    assert len(users) == 7
    pages = [p for m, p, s in simulator.requests_seen if p == "/v1.0/users" and s == 200]
    assert len(pages) == 4  # 2 + 2 + 2 + 1


# --------------------------------------------------------------------------- consistency
@pytest.mark.sim(replication_delay=1.5)
def test_404_is_retried_only_for_an_object_just_created(
    simulator: Simulator, client: GraphClient
) -> None:
    st = simulator.state
    tpl = st.template_by_name("Cisco Webex")
    _app, sp = st.instantiate_template(tpl["id"], "Cisco Webex")
    path = sp_path(sp["id"])
    # A plain read: one request, a real "not found".
    with pytest.raises(GraphNotFound):
        client.get(path, operation="reading the app")
    assert _graph_calls(simulator, path) == [404]
    # The same read for an object this run just created: backoff until it appears.
    waits: list[float] = []
    started = time.monotonic()
    body = client.get(
        path,
        operation="reading the new app",
        just_created=Backoff(0.2, 2.0, 0.8, 10.0),
        on_wait=waits.append,
    )
    assert body["id"] == sp["id"]
    assert time.monotonic() - started >= 1.0
    statuses = _graph_calls(simulator, path)
    assert statuses[-1] == 200 and statuses.count(404) >= 3
    assert waits == sorted(waits) and len(waits) == statuses.count(404) - 1


@pytest.mark.sim(replication_delay=60)
def test_consistency_wait_is_bounded_and_cancellable(
    simulator: Simulator, client: GraphClient
) -> None:
    st = simulator.state
    _app, sp = st.instantiate_template(st.template_by_name("Cisco Webex")["id"], "Cisco Webex")
    with pytest.raises(ConsistencyTimeout) as caught:
        client.get(sp_path(sp["id"]), operation="reading", just_created=Backoff(0.1, 2.0, 0.2, 0.5))
    assert caught.value.last.graph_code == "Request_ResourceNotFound"
    assert 0.4 <= caught.value.waited < 3
    with pytest.raises(StopWaiting):
        client.get(
            sp_path(sp["id"]), operation="reading", just_created=Backoff(), should_stop=lambda: True
        )


def test_backoff_doubles_to_the_cap_within_the_limit() -> None:
    delays = list(Backoff(0.5, 2.0, 8.0, 30.0).delays())
    assert delays[:5] == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert max(delays) == 8.0 and abs(sum(delays) - 30.0) < 1e-9


# --------------------------------------------------------------------------- tokens
def test_refused_token_is_refreshed_once(simulator: Simulator, endpoints: ep.Endpoints) -> None:
    client, tokens = _client(simulator, endpoints)
    old = tokens.sign_in.access_token
    with simulator.state.lock:
        simulator.state.tokens[old].revoked = True  # Graph now refuses it
    org = client.organization()
    assert org.id == simulator.state.tenant_id
    assert tokens.sign_in.access_token != old
    assert _graph_calls(simulator, "/v1.0/organization") == [401, 200]


def test_refresh_that_fails_needs_a_new_sign_in(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    client, tokens = _client(simulator, endpoints)
    with simulator.state.lock:
        for info in simulator.state.tokens.values():
            info.revoked = True  # access and refresh tokens alike (password reset)
    with pytest.raises(Exception) as caught:
        client.organization()
    from wizard.entra.errors import SignInError

    assert isinstance(caught.value, SignInError)
    assert caught.value.summary() == "Your Microsoft sign-in has expired."


def test_tokens_never_reach_the_log(
    simulator: Simulator, client: GraphClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client.organization()
    token = client.tokens()
    assert token not in caplog.text


# --------------------------------------------------------------------------- service trouble
@pytest.mark.sim(scenario="throttling")
def test_short_throttling_is_waited_out(simulator: Simulator, client: GraphClient) -> None:
    org = client.organization()
    assert org.display_name == "Contoso (demo)"
    assert _graph_calls(simulator, "/v1.0/organization") == [429, 429, 200]


def test_long_throttling_is_a_transient_error(simulator: Simulator, client: GraphClient) -> None:
    simulator.state.faults.throttle_retry_after = 60
    simulator.state.faults.throttle_remaining["graph"] = 1
    with pytest.raises(GraphThrottled) as caught:
        client.organization()
    err = caught.value
    assert err.status == 429 and err.retry_after == 60 and err.transient
    assert err.summary() == "Microsoft Graph is asking the wizard to slow down."


def test_outage_is_a_transient_error(simulator: Simulator, client: GraphClient) -> None:
    simulator.state.faults.outage.add("graph")
    started = time.monotonic()
    with pytest.raises(GraphUnavailable) as caught:
        client.organization()
    assert time.monotonic() - started < 5  # Retry-After 30 is not waited out inside the call
    assert caught.value.transient and caught.value.status == 503


def test_unauthenticated_without_refresh_source(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    session = make_session(endpoints.ca_bundle)
    client = GraphClient(endpoints.graph_base, session, lambda force_refresh=False: "not-a-token")
    with pytest.raises(GraphUnauthenticated) as caught:
        client.organization()
    assert caught.value.graph_code == "InvalidAuthenticationToken"
    assert "sign in again" in caught.value.fix.lower()


def test_untrusted_certificate_is_a_tls_error(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    from urllib3.util.retry import Retry

    # System trust only: the simulator's CA is unknown. No retries (they only add time here).
    session = make_session(None, retry=Retry(total=0, raise_on_status=False))
    client = GraphClient(endpoints.graph_base, session, lambda force_refresh=False: "t")
    with pytest.raises(NetworkError) as caught:
        client.organization()
    assert caught.value.code == "net.tls"


def test_closed_port_is_unreachable(endpoints: ep.Endpoints) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    session = make_session(endpoints.ca_bundle)
    client = GraphClient(f"https://127.0.0.1:{port}/v1.0", session, lambda force_refresh=False: "t")
    with pytest.raises(NetworkError) as caught:
        client.organization()
    assert caught.value.code == "net.unreachable" and caught.value.transient
