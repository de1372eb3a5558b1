"""The product's Webex client (token, people, scim) against the simulator over real HTTPS.

The sign-in form is driven with our own session (what the embedded browser does, minus the
screen); the redirect to http://localhost:3000 is never fetched, only handed to the parser.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import requests
from werkzeug.serving import make_server
from werkzeug.wrappers import Response

from wizard.core.endpoints import Endpoints
from wizard.core.errors import NetworkError
from wizard.core.http import default_retry, make_session
from wizard.simulator import Simulator, tls
from wizard.webex import people, scim
from wizard.webex.errors import (
    WebexApiError,
    WebexAuthError,
    WebexScimError,
    WebexTenantUrlError,
)
from wizard.webex.token import WebexToken, authorize_url, is_redirect, new_state, parse_redirect


class _Form(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.action = ""
        self.fields: dict[str, str] = {}
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.action = a.get("action", "")
        elif tag == "input" and "name" in a:
            self.fields[a["name"]] = a.get("value", "")


def capture(
    session: requests.Session,
    endpoints: Endpoints,
    url: str,
    *,
    email: str | None = None,
    password: str | None = None,
    action: str = "signin",
) -> str:
    """Play the browser: load *url*, submit the sign-in form once, follow idbroker's redirects,
    and return the URL of the navigation to the redirect URI (never fetched)."""
    response = session.get(url, allow_redirects=False)
    submitted = False
    for _ in range(6):
        if response.status_code in (301, 302, 303):
            target = urljoin(response.url, response.headers["Location"])
            if is_redirect(target, endpoints):
                return target
            response = session.get(target, allow_redirects=False)
            continue
        assert response.status_code == 200 and not submitted, response.text[:300]
        form = _Form(response.text)
        data = dict(form.fields)
        if email is not None:
            data["email"] = email
        if password is not None:
            data["password"] = password
        data["action"] = action
        response = session.post(
            urljoin(response.url, form.action), data=data, allow_redirects=False
        )
        submitted = True
    raise AssertionError("no redirect to the redirect URI")


def sign_in(
    session: requests.Session, endpoints: Endpoints, *, wrap_sso: bool = False, **kw: str
) -> WebexToken:
    state = new_state()
    url = capture(session, endpoints, authorize_url(endpoints, state, wrap_sso=wrap_sso), **kw)
    return parse_redirect(url, state, endpoints)


def no_retry_session(endpoints: Endpoints) -> requests.Session:
    # The simulator's outage answers Retry-After: 30, which the default session would wait out
    # four times; the mapping under test is what happens once retries are exhausted.
    return make_session(endpoints.ca_bundle, retry=default_retry(total=0))


# ------------------------------------------------------------------------- the happy path
@pytest.mark.parametrize("wrap_sso", [False, True])
def test_sign_in_people_me_and_tenant_probe(
    simulator: Simulator,
    endpoints: Endpoints,
    session: requests.Session,
    caplog: pytest.LogCaptureFixture,
    wrap_sso: bool,
) -> None:
    caplog.set_level(logging.DEBUG)
    started = time.time()
    token = sign_in(session, endpoints, wrap_sso=wrap_sso)
    info = simulator.state.token_info(token.access_token, "webex")
    assert info is not None and info.subject == simulator.state.webex_admin_id
    assert token.expires_in == 3887999
    assert started <= token.captured_at <= time.time()
    assert abs(token.expires_at - info.expires_at) < 5
    assert token.org_hint() == simulator.state.webex_org_id

    me = people.get_me(session, endpoints, token)
    assert me.display_name == "Adele Admin"
    assert me.email == "admin@contoso.example"
    assert me.org_id == simulator.state.webex_org_id
    assert me.roles == ("id_full_admin",)
    assert me.full_admin is True
    assert me.id in simulator.state.webex_people

    assert abs(people.token_expiry(session, endpoints, token) - info.expires_at) < 0.01

    for scim2 in (False, True):
        tenant = scim.validate_tenant_url(
            endpoints.scim_tenant_url(me.org_id, scim2=scim2), endpoints
        )
        result = scim.probe_tenant_url(session, tenant, token)
        assert result.tenant_url == tenant
        assert result.total_results == 0
        assert result.correlation["trackingid"].startswith("SIM_")
    # The probe is a read: nothing was written to Webex.
    assert simulator.state.write_log == []
    probes = [p for _m, p, _s in simulator.requests_seen if p.endswith("/Users")]
    assert len(probes) == 2

    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "/v1/people/me -> 200" in logged
    assert token.access_token not in logged
    assert token.access_token not in repr(me)


def test_probe_finds_users_provisioned_through_the_other_base(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = sign_in(session, endpoints)
    org = simulator.state.webex_org_id
    r = session.post(
        endpoints.scim_tenant_url(org, scim2=True) + "/Users",
        json={
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": "a@contoso.example",
            "userType": "user",
        },
        headers={"Authorization": f"Bearer {token.access_token}"},
    )
    assert r.status_code == 201
    listing = session.get(
        endpoints.scim_tenant_url(org) + "/Users",
        headers={"Authorization": f"Bearer {token.access_token}"},
    ).json()
    assert listing["totalResults"] == 1
    # The probe's user name is unique and unreal, so it still finds nobody.
    assert scim.probe_tenant_url(session, endpoints.scim_tenant_url(org), token).total_results == 0


# ------------------------------------------------------------------------- sign-in failures
def test_cancel_is_access_denied(endpoints: Endpoints, session: requests.Session) -> None:
    state = new_state()
    url = capture(session, endpoints, authorize_url(endpoints, state), action="cancel")
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(url, state, endpoints)
    assert info.value.code == "webex.auth.access_denied"
    assert "cancelled" in str(info.value)


def test_answer_for_another_sign_in_is_refused(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    url = capture(session, endpoints, authorize_url(endpoints, new_state()))
    token = url.split("access_token=")[1].split("&")[0]
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(url, new_state(), endpoints)
    assert info.value.code == "webex.auth.state_mismatch"
    assert token not in info.value.render()


def test_invalid_scope_from_idbroker(endpoints: Endpoints, session: requests.Session) -> None:
    bad = endpoints.replace(webex_scopes="spark:people_read made:up")
    state = new_state()
    response = session.get(authorize_url(bad, state), allow_redirects=False)
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(response.headers["Location"], state, bad)
    assert info.value.code == "webex.auth.invalid_scope"


# ------------------------------------------------------------------------- roles
@pytest.mark.sim(scenario="non-admin")
def test_non_admin_scenario(endpoints: Endpoints, session: requests.Session) -> None:
    token = sign_in(session, endpoints)
    me = people.get_me(session, endpoints, token)
    assert me.email == "admin@contoso.example"
    assert me.full_admin is False and me.roles == ()
    with pytest.raises(WebexScimError) as info:
        scim.probe_tenant_url(session, endpoints.scim_tenant_url(me.org_id), token)
    err = info.value
    assert err.code == "webex.scim.forbidden" and err.status == 403
    assert "not an administrator" in str(err)
    assert err.correlation["trackingid"]


@pytest.mark.parametrize(
    ("email", "roles", "probe_ok"),
    [
        ("user@contoso.example", (), False),
        ("readonly@contoso.example", ("id_readonly_admin",), True),
        ("useradmin@contoso.example", ("id_user_admin",), True),
    ],
)
def test_other_accounts(
    endpoints: Endpoints,
    session: requests.Session,
    email: str,
    roles: tuple[str, ...],
    probe_ok: bool,
) -> None:
    token = sign_in(session, endpoints, email=email)
    me = people.get_me(session, endpoints, token)
    assert (me.email, me.roles, me.full_admin) == (email, roles, False)
    tenant = endpoints.scim_tenant_url(me.org_id, scim2=True)
    if probe_ok:
        assert scim.probe_tenant_url(session, tenant, token).total_results == 0
    else:
        with pytest.raises(WebexScimError, match="not an administrator"):
            scim.probe_tenant_url(session, tenant, token)


def test_token_without_scim_scope(endpoints: Endpoints, session: requests.Session) -> None:
    narrow = endpoints.replace(webex_scopes="spark:people_read")
    token = sign_in(session, narrow)
    me = people.get_me(session, narrow, token)
    assert me.full_admin
    with pytest.raises(WebexScimError) as info:
        scim.probe_tenant_url(session, narrow.scim_tenant_url(me.org_id), token)
    assert info.value.code == "webex.scim.forbidden"


# ------------------------------------------------------------------------- expired / revoked
def saved_token(sim: Simulator) -> WebexToken:
    """The token as the wizard stored it at setup: value, lifetime, capture time."""
    cfg = sim.configured
    lifetime = sim.state.WEBEX_WEBEX_TOKEN_LIFETIME
    return WebexToken(
        cfg["webex_token"], "Bearer", lifetime, cfg["webex_token_expires_at"] - lifetime
    )


@pytest.mark.sim(scenario="expired-token", state="configured")
def test_expired_token(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = saved_token(simulator)
    assert token.expired()
    with pytest.raises(WebexApiError) as info:
        people.get_me(session, endpoints, token)
    err = info.value
    assert (err.code, err.status, err.transient) == ("webex.token.expired", 401, False)
    assert time.strftime("%Y-%m-%d", time.gmtime(token.expires_at)) in str(err)
    assert err.correlation["trackingid"].startswith("SIM_")
    assert token.access_token not in err.render()
    # A bare string carries no expiry, but Webex's 401 says the token expired: that answer wins.
    with pytest.raises(WebexApiError) as info:
        people.get_me(session, endpoints, token.access_token)
    assert info.value.code == "webex.token.expired"
    with pytest.raises(WebexScimError) as scim_info:
        scim.probe_tenant_url(session, simulator.configured["tenant_url"], token)
    # The recorded expiry has passed, so the SCIM 401 says "expired", with the date.
    assert scim_info.value.code == "webex.scim.token_expired"
    assert time.strftime("%Y-%m-%d", time.gmtime(token.expires_at)) in str(scim_info.value)
    assert token.access_token not in str(scim_info.value)
    with pytest.raises(WebexScimError) as scim_info:
        scim.probe_tenant_url(session, simulator.configured["tenant_url"], token.access_token)
    assert scim_info.value.code == "webex.scim.unauthorized"


@pytest.mark.sim(scenario="revoked-token", state="configured")
def test_revoked_token(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = saved_token(simulator)
    assert not token.expired()
    with pytest.raises(WebexApiError) as info:
        people.get_me(session, endpoints, token)
    assert info.value.code == "webex.token.rejected"
    assert "revoked" in str(info.value)
    with pytest.raises(WebexApiError):
        people.token_expiry(session, endpoints, token)
    with pytest.raises(WebexScimError) as scim_info:
        scim.probe_tenant_url(session, simulator.configured["tenant_url"], token)
    assert scim_info.value.status == 401


# ------------------------------------------------------------------------- outages, throttling
@pytest.mark.sim(scenario="webex-outage")
def test_webex_outage(simulator: Simulator, endpoints: Endpoints) -> None:
    session = no_retry_session(endpoints)
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    with pytest.raises(WebexApiError) as info:
        people.get_me(session, endpoints, token)
    err = info.value
    assert (err.code, err.status, err.transient) == ("webex.outage.503", 503, True)
    assert "on Webex's side" in str(err) and "nothing was changed" in str(err)
    assert err.correlation["trackingid"].startswith("SIM_")
    with pytest.raises(WebexScimError) as scim_info:
        scim.probe_tenant_url(
            session, endpoints.scim_tenant_url(simulator.state.webex_org_id), token
        )
    assert scim_info.value.transient and scim_info.value.status == 503
    assert simulator.state.write_log == []


def test_timeout_is_reported_as_an_outage(simulator: Simulator, endpoints: Endpoints) -> None:
    simulator.state.faults.latency["webex"] = 1.5
    simulator.state.faults.latency["scim"] = 1.5
    session = make_session(endpoints.ca_bundle, timeout=(5.0, 0.5), retry=default_retry(total=0))
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    with pytest.raises(WebexApiError) as info:
        people.get_me(session, endpoints, token)
    assert info.value.code == "webex.outage.timeout" and info.value.transient
    assert info.value.correlation["client-request-id"]
    with pytest.raises(WebexScimError) as scim_info:
        scim.probe_tenant_url(
            session, endpoints.scim_tenant_url(simulator.state.webex_org_id), token
        )
    assert scim_info.value.code == "webex.scim.outage.timeout"


@pytest.mark.sim(scenario="throttling")
def test_throttling_is_waited_out(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    assert people.get_me(session, endpoints, token).full_admin
    tenant = endpoints.scim_tenant_url(simulator.state.webex_org_id)
    assert scim.probe_tenant_url(session, tenant, token).total_results == 0
    statuses = [s for _m, _p, s in simulator.requests_seen]
    assert statuses == [429, 429, 200, 429, 429, 200]


@pytest.mark.sim(scenario="throttling")
def test_throttling_without_retries_is_a_typed_error(
    simulator: Simulator, endpoints: Endpoints
) -> None:
    session = no_retry_session(endpoints)
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    with pytest.raises(WebexApiError) as info:
        people.get_me(session, endpoints, token)
    assert (info.value.code, info.value.params["retry_after"]) == ("webex.throttled", "1")
    with pytest.raises(WebexScimError) as scim_info:
        scim.probe_tenant_url(
            session, endpoints.scim_tenant_url(simulator.state.webex_org_id), token
        )
    assert scim_info.value.code == "webex.scim.throttled" and scim_info.value.transient


# ------------------------------------------------------------------------- probe mapping
def test_wrong_org_is_refused(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    tenant = endpoints.scim_tenant_url(str(uuid.uuid4()))
    with pytest.raises(WebexScimError) as info:
        scim.probe_tenant_url(session, tenant, token)
    # Webex answers 403 for another organization's ID, not 404.
    assert (info.value.code, info.value.status) == ("webex.scim.forbidden", 403)
    assert urlsplit(tenant).netloc in str(info.value)


def test_unknown_token_is_unauthorized(
    simulator: Simulator, endpoints: Endpoints, session: requests.Session
) -> None:
    secret = "made-up-token-value-0123456789abcdef"
    with pytest.raises(WebexScimError) as info:
        scim.probe_tenant_url(
            session, endpoints.scim_tenant_url(simulator.state.webex_org_id), secret
        )
    assert info.value.code == "webex.scim.unauthorized"
    assert secret not in info.value.render()
    with pytest.raises(WebexApiError) as api:
        people.get_me(session, endpoints, secret)
    assert api.value.code == "webex.token.rejected" and secret not in str(api.value)


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A real HTTPS server that answers 200 with an HTML page everywhere (a captive portal)."""
    certs = tls.generate(tmp_path / "tls")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certs.cert_file, certs.key_file)

    def app(environ, start_response):  # noqa: ANN001, ANN202
        return Response("<html>Sign in to the Wi-Fi</html>", content_type="text/html")(
            environ, start_response
        )

    server = make_server("127.0.0.1", 0, app, threaded=True, ssl_context=ctx)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_port}", str(certs.ca_file)
    server.shutdown()


def test_a_200_that_is_not_scim_is_refused(portal: tuple[str, str]) -> None:
    url, ca = portal
    with pytest.raises(WebexScimError) as info:
        scim.probe_tenant_url(make_session(ca), f"{url}/v1/scim/{uuid.uuid4()}", "tok")
    assert info.value.code == "webex.scim.http.200"
    assert "not a SCIM ListResponse" in str(info.value)


def test_people_me_without_org_id_is_a_bad_response(portal: tuple[str, str]) -> None:
    url, ca = portal
    with pytest.raises(WebexApiError) as info:
        people.get_me(make_session(ca), Endpoints(webex_rest_base=f"{url}/v1"), "tok")
    assert info.value.code == "webex.bad_response"


def test_unreachable_host_stays_a_network_error(endpoints: Endpoints) -> None:
    closed = endpoints.replace(webex_rest_base="https://127.0.0.1:9/v1")
    with pytest.raises(NetworkError) as info:
        people.get_me(
            make_session(endpoints.ca_bundle, retry=default_retry(total=0)), closed, "tok"
        )
    assert info.value.code == "net.unreachable"


# ------------------------------------------------------------------------- validate_tenant_url
ORG = "96abc2aa-3dcc-11e5-a152-fe34819cdc9a"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"https://api.ciscospark.com/v1/scim/{ORG}", f"https://api.ciscospark.com/v1/scim/{ORG}"),
        (f"https://api.ciscospark.com/v1/scim/{ORG}/", f"https://api.ciscospark.com/v1/scim/{ORG}"),
        (
            f" https://webexapis.com/identity/scim/{ORG}/v2 ",
            f"https://webexapis.com/identity/scim/{ORG}/v2",
        ),
        (
            f"https://WEBEXAPIS.com:443/identity/scim/{ORG}/v2",
            f"https://WEBEXAPIS.com:443/identity/scim/{ORG}/v2",
        ),
    ],
)
def test_valid_tenant_urls(url: str, expected: str) -> None:
    assert scim.validate_tenant_url(url, Endpoints()) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        f"http://api.ciscospark.com/v1/scim/{ORG}",
        f"https://evil.example/v1/scim/{ORG}",
        f"https://api.ciscospark.com.evil.example/v1/scim/{ORG}",
        f"https://api.ciscospark.com:8443/v1/scim/{ORG}",
        f"https://user:pw@api.ciscospark.com/v1/scim/{ORG}",
        "https://api.ciscospark.com/v1/scim/",
        "https://api.ciscospark.com/v1/scim/a35bfbc6-ccbd-4a17-a488-72gf46c5420c",
        f"https://api.ciscospark.com/v1/scim/{ORG}?x=1",
        f"https://api.ciscospark.com/v1/scim/{ORG}#frag",
        "https://[::1/v1/scim",
        "not a url",
    ],
)
def test_invalid_tenant_urls(url: str) -> None:
    with pytest.raises(WebexTenantUrlError) as info:
        scim.validate_tenant_url(url, Endpoints())
    err = info.value
    assert err.code == "webex.tenant_url.invalid"
    assert "api.ciscospark.com" in err.render() and "webexapis.com" in err.render()


def test_tenant_url_host_follows_the_environment(
    simulator: Simulator, endpoints: Endpoints
) -> None:
    local = endpoints.scim_tenant_url(simulator.state.webex_org_id)
    assert scim.validate_tenant_url(local, endpoints) == local
    with pytest.raises(WebexTenantUrlError):
        scim.validate_tenant_url(local, Endpoints())
    fedramp = Endpoints(webex_scim2_base="https://api-usgov.webex.com/identity/scim/{org_id}/v2")
    assert scim.validate_tenant_url(f"https://api-usgov.webex.com/identity/scim/{ORG}/v2", fedramp)
