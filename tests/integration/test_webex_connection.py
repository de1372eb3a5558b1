"""The connection test's four checks, against the simulator (and small real servers) over HTTPS.

Each scenario must fail at its own check with its own message: the admin needs to know whether
to sign in again (token), use another account (admin), fix the URL (tenant), or wait / call the
network team (reachable).
"""

from __future__ import annotations

import json
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from wizard.core.endpoints import Endpoints
from wizard.core.errors import NetworkError
from wizard.core.http import default_retry, make_session
from wizard.flows.services import Services
from wizard.flows.webex_credentials import save_webex_credentials
from wizard.simulator import Simulator, tls
from wizard.storage.secrets import MemoryStore, SecretSet
from wizard.webex import connection, people, scim
from wizard.webex.connection import Check, Outcome
from wizard.webex.network import WebexNetworkError
from wizard.webex.token import WebexToken

P, F, N = Outcome.PASSED, Outcome.FAILED, Outcome.NOT_CHECKED


def outcomes(report: connection.ConnectionReport) -> list[Outcome]:
    return [c.outcome for c in report.checks]


def admin_token(sim: Simulator, email: str | None = None) -> WebexToken:
    """A token idbroker issued to the admin (or *email*), as the sign-in page captures it."""
    pid = sim.state.webex_admin_id
    if email is not None:
        from wizard.simulator.webex.people import person_by_email

        pid = person_by_email(sim, email)
    raw = sim.state.issue_token(
        "webex", pid, 3887999, ("spark:people_read", "spark:people_write", "Identity:SCIM")
    )
    return WebexToken(raw, "Bearer", 3887999, time.time())


def saved_token(sim: Simulator) -> WebexToken:
    cfg = sim.configured
    lifetime = sim.state.WEBEX_WEBEX_TOKEN_LIFETIME
    return WebexToken(
        cfg["webex_token"], "Bearer", lifetime, cfg["webex_token_expires_at"] - lifetime
    )


def tenant(sim: Simulator, endpoints: Endpoints, *, scim2: bool = False) -> str:
    return endpoints.scim_tenant_url(sim.state.webex_org_id, scim2=scim2)


# ------------------------------------------------------------------------- passes
@pytest.mark.parametrize("scim2", [False, True])
def test_all_four_checks_pass_with_tracking_ids(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session, scim2: bool
) -> None:
    token = admin_token(simulator)
    me = people.get_me(session, endpoints, token)
    url = tenant(simulator, endpoints, scim2=scim2)
    report = connection.run(session, endpoints, url, token, me.org_id, me)
    assert report.ok and outcomes(report) == [P, P, P, P]
    assert report.tenant_url == url and report.failure is None
    assert report.probe is not None and report.probe.total_results == 0
    ids = {c.tracking_id for c in report.checks}
    assert len(ids) == 1 and ids.pop().startswith("SIM_")  # Webex's id for the one call
    assert all(c.note == "" for c in report.checks)
    assert simulator.state.write_log == []  # the test only reads


def test_probe_sends_our_tracking_id(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    seen: list[str] = []
    original = simulator.dispatch

    def spy(request: Request) -> Response:
        if request.path.endswith("/Users"):
            seen.append(request.headers.get("TrackingID", ""))
        return original(request)

    simulator.dispatch = spy  # type: ignore[method-assign]
    result = scim.probe_tenant_url(session, tenant(simulator, endpoints), admin_token(simulator))
    assert len(seen) == 1 and seen[0].startswith("WIZARD_")
    uuid.UUID(seen[0].removeprefix("WIZARD_"))
    assert result.tracking_id.startswith("SIM_")


def test_without_people_me_the_admin_check_says_what_it_could_check(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = admin_token(simulator, "readonly@contoso.example")
    report = connection.run(
        session, endpoints, tenant(simulator, endpoints), token, simulator.state.webex_org_id
    )
    assert report.ok
    assert report.result(Check.ADMIN).note == connection.NOTE_READ_ONLY


# ------------------------------------------------------------------------- failures, by check
@pytest.mark.sim(scenario="non-admin")
def test_non_admin_fails_the_admin_check(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = admin_token(simulator)
    me = people.get_me(session, endpoints, token)
    assert not me.full_admin
    report = connection.run(session, endpoints, tenant(simulator, endpoints), token, me.org_id, me)
    assert outcomes(report) == [P, P, F, N]
    err = report.failure.error
    assert err.code == "webex.scim.forbidden"
    assert "not an administrator of this organization" in err.render()
    assert report.failure.tracking_id.startswith("SIM_")


def test_read_only_admin_passes_scim_but_not_the_full_admin_check(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = admin_token(simulator, "readonly@contoso.example")
    me = people.get_me(session, endpoints, token)
    report = connection.run(session, endpoints, tenant(simulator, endpoints), token, me.org_id, me)
    assert outcomes(report) == [P, P, F, N]
    assert report.failure.error.code == "webex.not_full_admin"
    assert "cannot create users" in report.failure.error.render()


@pytest.mark.sim(scenario="expired-token", state="configured")
def test_expired_token_fails_the_token_check_with_its_date(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = saved_token(simulator)
    report = connection.run(
        session,
        endpoints,
        simulator.configured["tenant_url"],
        token,
        simulator.configured["org_id"],
    )
    assert outcomes(report) == [P, F, N, N]
    err = report.failure.error
    assert err.code == "webex.scim.token_expired"
    assert time.strftime("%Y-%m-%d", time.gmtime(token.expires_at)) in err.render()
    assert token.access_token not in err.render()


@pytest.mark.sim(scenario="revoked-token", state="configured")
def test_revoked_token_fails_the_token_check(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = saved_token(simulator)
    report = connection.run(
        session,
        endpoints,
        simulator.configured["tenant_url"],
        token,
        simulator.configured["org_id"],
    )
    assert outcomes(report) == [P, F, N, N]
    err = report.failure.error
    assert err.code == "webex.scim.unauthorized" and err.status == 401
    assert "revoked" in err.render()


@pytest.mark.sim(scenario="webex-outage")
def test_outage_fails_reachable_and_changes_nothing(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    started = time.monotonic()
    report = connection.run(
        session, endpoints, tenant(simulator, endpoints), admin_token(simulator), None
    )
    # Retry-After: 30 is longer than the HTTP layer waits: the answer comes at once.
    assert time.monotonic() - started < 5
    assert outcomes(report) == [F, N, N, N]
    err = report.failure.error
    assert (err.code, err.transient) == ("webex.scim.outage.503", True)
    assert "on Webex's side" in err.render()
    assert report.retry_after is None  # an outage is not waited out like throttling
    assert simulator.state.write_log == []


@pytest.mark.sim(scenario="throttling")
def test_short_throttling_is_waited_out(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    report = connection.run(
        session, endpoints, tenant(simulator, endpoints), admin_token(simulator), None
    )
    assert report.ok
    assert [s for _m, p, s in simulator.requests_seen if p.endswith("/Users")] == [429, 429, 200]


@pytest.mark.sim(scenario="throttling")
def test_throttling_beyond_the_http_layer_reports_retry_after(
    simulator: Simulator, endpoints: Endpoints
) -> None:
    session = make_session(endpoints.ca_bundle, retry=default_retry(total=0))
    report = connection.run(
        session, endpoints, tenant(simulator, endpoints), admin_token(simulator), None
    )
    assert outcomes(report) == [F, N, N, N]
    assert report.failure.error.code == "webex.scim.throttled"
    assert report.retry_after == 1


def test_unknown_org_fails_the_tenant_check(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    other = str(uuid.uuid4())
    signed_in = simulator.state.webex_org_id
    report = connection.run(
        session, endpoints, endpoints.scim_tenant_url(other), admin_token(simulator), signed_in
    )
    # Webex refuses another organization's URL (403); the report names the organizations
    # rather than blaming the admin role.
    assert outcomes(report) == [P, N, N, F]
    assert report.failure.error.code == "webex.scim.org_mismatch"
    assert other in report.failure.error.render()


def test_url_for_another_org_than_the_sign_in_fails_the_tenant_check(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    signed_in = str(uuid.uuid4())
    report = connection.run(
        session, endpoints, tenant(simulator, endpoints), admin_token(simulator), signed_in
    )
    assert outcomes(report) == [P, P, P, F]
    err = report.failure.error
    assert err.code == "webex.scim.org_mismatch"
    assert simulator.state.webex_org_id in err.render() and signed_in in err.render()


def test_invalid_tenant_url_is_refused_before_any_call(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = admin_token(simulator)
    report = connection.run(session, endpoints, "https://evil.example/v1/scim/x", token, None)
    assert outcomes(report) == [N, N, N, F]
    assert report.failure.error.code == "webex.tenant_url.invalid"
    assert not any(p.endswith("/Users") for _m, p, _s in simulator.requests_seen)


# ------------------------------------------------------------------------- local network
def test_dns_failure_is_named(simulator: Simulator, endpoints: Endpoints) -> None:
    lost = endpoints.replace(webex_scim_tenant_url="https://wizard-test.invalid/v1/scim/{org_id}")
    session = make_session(endpoints.ca_bundle, retry=default_retry(total=0))
    report = connection.run(
        session, lost, tenant(simulator, lost), admin_token(simulator), simulator.state.webex_org_id
    )
    assert outcomes(report) == [F, N, N, N]
    err = report.failure.error
    assert isinstance(err, WebexNetworkError) and isinstance(err, NetworkError)
    assert err.code == "net.dns" and err.transient
    assert err.summary() == "The name wizard-test.invalid could not be found."
    assert err.correlation["TrackingID"].startswith("WIZARD_")
    assert report.failure.tracking_id == err.correlation["TrackingID"]


def test_proxy_failure_is_named(simulator: Simulator, endpoints: Endpoints) -> None:
    session = make_session(endpoints.ca_bundle, retry=default_retry(total=0))
    session.trust_env = False  # only our proxy, not the machine's
    session.proxies = {"https": "http://127.0.0.1:9"}  # nothing listens on the discard port
    report = connection.run(
        session, endpoints, tenant(simulator, endpoints), admin_token(simulator), None
    )
    assert outcomes(report) == [F, N, N, N]
    err = report.failure.error
    assert err.code == "net.proxy"
    assert "HTTPS_PROXY" in err.render()


def test_untrusted_certificate_is_a_tls_error(simulator: Simulator, endpoints: Endpoints) -> None:
    # No simulator CA: the machine's trust store (REQUESTS_CA_BUNDLE) does not know it.
    session = make_session(None, retry=default_retry(total=0))
    report = connection.run(
        session, endpoints, tenant(simulator, endpoints), admin_token(simulator), None
    )
    assert outcomes(report) == [F, N, N, N]
    assert report.failure.error.code == "net.tls"
    assert "proxy" in report.failure.error.render()


def test_people_me_names_dns_failures_too(endpoints: Endpoints) -> None:
    lost = endpoints.replace(webex_rest_base="https://wizard-test.invalid/v1")
    with pytest.raises(WebexNetworkError) as info:
        people.get_me(make_session(endpoints.ca_bundle, retry=default_retry(total=0)), lost, "t")
    assert info.value.code == "net.dns"


# ------------------------------------------------------------------------- the three shapes
@pytest.fixture
def webex_like(tmp_path: Path) -> Iterator[tuple[str, str, list[tuple[int, object]]]]:
    """A real HTTPS server answering each request with the next (status, JSON body) given."""
    certs = tls.generate(tmp_path / "tls")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certs.cert_file, certs.key_file)
    answers: list[tuple[int, object]] = []

    def app(environ, start_response):  # noqa: ANN001, ANN202
        status, body = answers.pop(0)
        response = Response(json.dumps(body), status=status, content_type="application/json")
        return response(environ, start_response)

    server = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=ctx)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_port}", str(certs.ca_file), answers
    server.shutdown()


SHAPES = [
    (
        {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
            "status": "403",
            "detail": "Insufficient privileges.",
        },
        "Insufficient privileges.",
        None,
    ),
    (
        {
            "message": "Missing scope.",
            "errors": [{"description": "Missing scope."}],
            "trackingId": "ROUTERGW_abc",
        },
        "Missing scope.",
        "ROUTERGW_abc",
    ),
    (
        {
            "error": {"key": "403", "message": [{"code": "200001", "description": "No access."}]},
            "trackingId": "ATLAS_def",
        },
        "No access.",
        "ATLAS_def",
    ),
]


@pytest.mark.parametrize(("body", "detail", "tracking"), SHAPES)
def test_every_shape_reaches_the_admin_check_message(
    webex_like: tuple[str, str, list[tuple[int, object]]],
    body: dict[str, object],
    detail: str,
    tracking: str | None,
) -> None:
    base, ca, answers = webex_like
    org = str(uuid.uuid4())
    endpoints = Endpoints(
        webex_scim_tenant_url=f"{base}/v1/scim/{{org_id}}", webex_rest_base=f"{base}/v1"
    )
    answers.append((403, body))
    report = connection.run(
        make_session(ca), endpoints, endpoints.scim_tenant_url(org), "tok-0123456789", org
    )
    assert outcomes(report) == [P, P, F, N]
    err = report.failure.error
    assert f"Webex said: {detail}" in err.render()
    if tracking:
        assert err.correlation["trackingId"] == tracking
        assert report.failure.tracking_id == tracking
    else:  # no id in body or headers: the one we sent is shown
        assert report.failure.tracking_id.startswith("WIZARD_")
    # people/me reads the same shapes.
    answers.append((418, body))
    with pytest.raises(people.WebexApiError) as info:
        people.get_me(make_session(ca), endpoints, "tok-0123456789")
    assert info.value.params["message"] == detail


# ------------------------------------------------------------------------- secret store
def test_save_credentials_hands_everything_to_the_store(
    simulator: Simulator, endpoints: Endpoints
) -> None:
    store = MemoryStore()
    token = admin_token(simulator)
    url = tenant(simulator, endpoints)
    org = simulator.state.webex_org_id
    services = Services(endpoints)
    services.use_store(store)
    save_webex_credentials(services, simulator.state.tenant_id, org, token, url)
    saved = SecretSet(store, simulator.state.tenant_id, org).load()
    assert saved.org_id == org and saved.tenant_url == url
    assert saved.token is not None and saved.token.token == token.access_token
    assert saved.token.captured_at == token.captured_at
    assert saved.token.expires_at == token.expires_at
    assert token.access_token not in repr(saved)
