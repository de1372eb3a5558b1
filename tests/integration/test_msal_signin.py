"""Real MSAL, through WizardSession, against the simulated Entra ID over HTTPS.

The browser part of each sign-in is played by ``requests`` (the embedded browser's job is only
to show the pages and hand back the redirect URL it intercepts), so these tests cover
everything below the UI: PKCE, state, nonce, the token cache, refresh and the typed errors.
"""

from __future__ import annotations

import logging
import threading
from urllib.parse import parse_qs, urlsplit

import msal
import pytest
import requests

from wizard.core import endpoints as ep
from wizard.core.endpoints import GRAPH_CLI_CLIENT_ID
from wizard.core.errors import Cancelled
from wizard.core.http import make_session
from wizard.entra.auth import GRAPH_PERMISSIONS, AuthCodeFlow, GraphAuth, SignIn, graph_scopes
from wizard.entra.errors import SignInError
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import authorize, device_login, parse_forms


def token_posts(sim: Simulator) -> int:
    return sum(
        1
        for method, path, _ in sim.requests_seen
        if method == "POST" and path.endswith("/oauth2/v2.0/token")
    )


def browse(sim: Simulator, flow: AuthCodeFlow, decision: str = "accept") -> str:
    """What the embedded browser does: GET, post the sign-in form, click a consent button.

    Returns the redirect URL it would intercept (the 302 is read, never followed).
    """
    http = requests.Session()
    page = http.get(flow.auth_uri, verify=sim.ca_file, timeout=10)
    assert page.status_code == 200
    form = parse_forms(page.text)[0]
    assert form.id == "signin"
    consent = http.post(
        page.url, data=form.fields, verify=sim.ca_file, timeout=10, allow_redirects=False
    )
    assert consent.status_code == 200, consent.text
    form = parse_forms(consent.text)[0]
    assert form.id == "consent"
    name, value = form.buttons[decision]
    answer = http.post(
        consent.url,
        data=form.fields | {name: value},
        verify=sim.ca_file,
        timeout=10,
        allow_redirects=False,
    )
    assert answer.status_code == 302
    return answer.headers["Location"]


def new_auth(
    sim: Simulator, endpoints: ep.Endpoints, cache: msal.SerializableTokenCache | None = None
) -> GraphAuth:
    return GraphAuth(endpoints, make_session(endpoints.ca_bundle), cache)


def signed_in(sim: Simulator, auth: GraphAuth) -> SignIn:
    flow = auth.begin_embedded()
    return auth.finish_embedded(flow, browse(sim, flow))


def assert_no_secret(err: BaseException, *secrets: str) -> None:
    texts = (str(err), repr(err), getattr(err, "render", lambda: "")())
    for secret in secrets:
        assert secret
        for text in texts:
            assert secret not in text


# ------------------------------------------------------------------------------ scopes
def test_graph_scopes_follow_the_configured_cloud(
    endpoints: ep.Endpoints, simulator: Simulator
) -> None:
    assert graph_scopes(ep.preset()) == [
        f"https://graph.microsoft.com/{p}" for p in GRAPH_PERMISSIONS
    ]
    assert (
        graph_scopes(ep.preset("usgov"))[0]
        == "https://graph.microsoft.us/Application.ReadWrite.All"
    )
    assert graph_scopes(endpoints) == [f"{simulator.base_url}/{p}" for p in GRAPH_PERMISSIONS]
    assert set(GRAPH_PERMISSIONS) == {
        "Application.ReadWrite.All",
        "Synchronization.ReadWrite.All",
        "AppRoleAssignment.ReadWrite.All",
        "User.Read.All",
        "Group.Read.All",
    }


# ------------------------------------------------------------------------------ (a) embedded
def test_embedded_sign_in_yields_a_graph_token_for_the_admin(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    st = simulator.state
    auth = new_auth(simulator, endpoints)
    flow = auth.begin_embedded()
    query = parse_qs(urlsplit(flow.auth_uri).query)
    assert flow.auth_uri.startswith(f"{simulator.base_url}/organizations/oauth2/v2.0/authorize?")
    assert query["code_challenge_method"] == ["S256"] and query["response_mode"] == ["query"]
    assert query["prompt"] == ["select_account"] and query["redirect_uri"] == ["http://localhost"]
    assert "code_verifier" not in repr(flow) and flow.msal_flow["code_verifier"] not in repr(flow)

    location = browse(simulator, flow)
    assert flow.is_redirect(location)  # "http://localhost/?code=..." — Entra adds the slash
    result = auth.finish_embedded(flow, location)

    info = st.token_info(result.access_token, "graph")
    assert info is not None and info.valid(st.now())
    assert info.subject == st.admin_id and info.client_id == GRAPH_CLI_CLIENT_ID
    assert set(info.scopes) == set(GRAPH_PERMISSIONS)
    assert result.username == st.users[st.admin_id]["userPrincipalName"]
    assert result.name == "Adele Admin"
    assert result.tenant_id == st.tenant_id and result.object_id == st.admin_id
    assert set(result.scopes) == set(graph_scopes(endpoints))
    assert 3500 < result.expires_on - __import__("time").time() <= 3600
    assert result.access_token not in repr(result)
    assert result.authorization() == {"Authorization": f"Bearer {result.access_token}"}
    assert auth.cache_changed
    assert auth.accounts() == [result.username]


def test_is_redirect_matches_only_the_redirect_uri() -> None:
    flow = AuthCodeFlow("https://x/authorize", "http://localhost", {})
    assert flow.is_redirect("http://localhost/?code=1")
    assert flow.is_redirect("http://localhost:8400/?code=1")  # loopback: any port (RFC 8252)
    assert not flow.is_redirect("https://localhost/?code=1")
    assert not flow.is_redirect("http://localhost.evil.example/?code=1")
    assert not flow.is_redirect("http://localhost/other?code=1")


# ------------------------------------------------------------------------------ (b) cache
def test_second_instance_signs_in_silently_from_the_serialized_cache(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    first = new_auth(simulator, endpoints)
    original = signed_in(simulator, first)
    assert first.cache_changed
    saved = first.serialize_cache()
    assert not first.cache_changed

    cache = msal.SerializableTokenCache()
    cache.deserialize(saved)
    second = new_auth(simulator, endpoints, cache)
    posts = token_posts(simulator)
    again = second.acquire_silent()
    assert again is not None
    assert again.access_token == original.access_token
    assert (again.username, again.tenant_id, again.object_id, again.name) == (
        original.username,
        original.tenant_id,
        original.object_id,
        original.name,
    )
    assert token_posts(simulator) == posts  # served from the cache: no network round trip
    assert second.acquire_silent(username=original.username.upper()) is not None
    assert second.acquire_silent(username="someone.else@contoso.onmicrosoft.com") is None


def test_no_cached_account_means_none(simulator: Simulator, endpoints: ep.Endpoints) -> None:
    auth = new_auth(simulator, endpoints)
    assert auth.acquire_silent() is None
    assert auth.last_silent_error is None


# ------------------------------------------------------------------------------ (c) refresh
def test_expired_access_token_is_refreshed_with_a_rotated_refresh_token(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    st = simulator.state
    # Two minutes: MSAL treats tokens with under five minutes left as expired, so the next
    # silent call must use the refresh token, as it would an hour later.
    st.entra_auth.access_token_lifetime = 120
    auth = new_auth(simulator, endpoints)
    first = signed_in(simulator, auth)
    old_rt = {
        rt["secret"] for rt in auth.cache.search(msal.TokenCache.CredentialType.REFRESH_TOKEN)
    }
    posts = token_posts(simulator)

    refreshed = auth.acquire_silent()
    assert refreshed is not None
    assert token_posts(simulator) == posts + 1
    assert refreshed.access_token != first.access_token
    info = st.token_info(refreshed.access_token, "graph")
    assert info is not None and info.valid(st.now()) and info.subject == st.admin_id
    assert refreshed.username == first.username and refreshed.tenant_id == st.tenant_id
    new_rt = {
        rt["secret"] for rt in auth.cache.search(msal.TokenCache.CredentialType.REFRESH_TOKEN)
    }
    assert new_rt and new_rt != old_rt


def test_force_refresh_after_graph_refused_the_cached_token(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    st = simulator.state
    auth = new_auth(simulator, endpoints)
    first = signed_in(simulator, auth)
    st.tokens[first.access_token].expires_at = st.now() - 1  # the server says: expired
    assert not st.token_info(first.access_token, "graph").valid(st.now())
    assert auth.acquire_silent().access_token == first.access_token  # MSAL's cache still trusts it
    fresh = auth.acquire_silent(force_refresh=True)
    assert fresh is not None and fresh.access_token != first.access_token
    assert st.token_info(fresh.access_token, "graph").valid(st.now())


def test_revoked_refresh_token_needs_interactive_sign_in(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    st = simulator.state
    auth = new_auth(simulator, endpoints)
    signed_in(simulator, auth)
    for info in st.tokens.values():
        if info.kind == "refresh":
            info.revoked = True
    assert auth.acquire_silent(force_refresh=True) is None
    err = auth.last_silent_error
    assert isinstance(err, SignInError)
    assert err.aadsts == "AADSTS50173" and err.code == "entra.AADSTS50173"
    assert "Sign in again" in err.render()
    assert "Trace ID" in err.correlation


def test_sign_out_forgets_the_account(simulator: Simulator, endpoints: ep.Endpoints) -> None:
    auth = new_auth(simulator, endpoints)
    signed_in(simulator, auth)
    auth.serialize_cache()
    assert auth.sign_out() == 1
    assert auth.cache_changed
    assert auth.acquire_silent() is None
    assert auth.accounts() == []
    assert not list(auth.cache.search(msal.TokenCache.CredentialType.REFRESH_TOKEN))


# ------------------------------------------------------------------------------ (d) device code
def test_device_code_flow_end_to_end(simulator: Simulator, endpoints: ep.Endpoints) -> None:
    st = simulator.state
    auth = new_auth(simulator, endpoints)
    flow = auth.initiate_device_flow()
    assert flow.verification_uri == f"{simulator.base_url}/devicelogin"
    assert flow.user_code in flow.message and flow.interval == 1
    assert flow.msal_flow["device_code"] not in repr(flow)

    outcome: dict[str, object] = {}
    worker = threading.Thread(target=lambda: outcome.update(result=auth.finish_device_flow(flow)))
    worker.start()
    page = device_login(simulator.ca_file, flow.verification_uri, flow.user_code)
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert "You have signed in" in page.html
    result = outcome["result"]
    assert isinstance(result, SignIn)
    info = st.token_info(result.access_token, "graph")
    assert info.subject == st.admin_id and set(info.scopes) == set(GRAPH_PERMISSIONS)
    assert auth.acquire_silent().access_token == result.access_token


def test_device_code_flow_can_be_cancelled(simulator: Simulator, endpoints: ep.Endpoints) -> None:
    auth = new_auth(simulator, endpoints)
    flow = auth.initiate_device_flow()
    stop = threading.Event()
    threading.Timer(1.5, stop.set).start()
    with pytest.raises(Cancelled):
        auth.finish_device_flow(flow, should_stop=stop.is_set)


def test_device_code_declined_is_a_typed_error(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    auth = new_auth(simulator, endpoints)
    flow = auth.initiate_device_flow()
    device_login(simulator.ca_file, flow.verification_uri, flow.user_code, decision="cancel")
    with pytest.raises(SignInError) as caught:
        auth.finish_device_flow(flow)
    assert caught.value.error == "authorization_declined"
    assert "declined" in caught.value.summary()
    assert_no_secret(caught.value, flow.msal_flow["device_code"])


def test_device_code_expired_is_a_typed_error(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    auth = new_auth(simulator, endpoints)
    flow = auth.initiate_device_flow()
    for rec in simulator.state.device_codes.values():
        rec["expires_at"] = simulator.state.now() - 1
    with pytest.raises(SignInError) as caught:
        auth.finish_device_flow(flow)
    assert caught.value.aadsts == "AADSTS70019" and caught.value.error == "expired_token"


# ------------------------------------------------------------------------------ (e) errors
def test_declined_consent_is_aadsts65004(simulator: Simulator, endpoints: ep.Endpoints) -> None:
    auth = new_auth(simulator, endpoints)
    flow = auth.begin_embedded()
    location = browse(simulator, flow, decision="cancel")
    with pytest.raises(SignInError) as caught:
        auth.finish_embedded(flow, location)
    err = caught.value
    assert err.aadsts == "AADSTS65004" and err.error == "access_denied"
    assert "permissions page" in err.summary()
    assert "Accept" in err.render()
    assert {"Trace ID", "Correlation ID", "Timestamp"} <= err.correlation.keys()
    assert not any(t.kind == "graph" for t in simulator.state.tokens.values())


def test_response_with_another_state_is_refused_unused(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    auth = new_auth(simulator, endpoints)
    flow = auth.begin_embedded()
    location = browse(simulator, flow)
    code = parse_qs(urlsplit(location).query)["code"][0]
    forged = location.replace(f"state={flow.msal_flow['state']}", "state=someone-elses")
    with pytest.raises(SignInError) as caught:
        auth.finish_embedded(flow, forged)
    assert caught.value.code == "entra.state_mismatch"
    assert_no_secret(caught.value, code, flow.msal_flow["state"])
    assert not simulator.state.auth_codes[code]["redeemed"]  # the code was never sent


def test_pkce_mismatch_is_aadsts501481(simulator: Simulator, endpoints: ep.Endpoints) -> None:
    auth = new_auth(simulator, endpoints)
    flow = auth.begin_embedded()
    location = browse(simulator, flow)
    flow.msal_flow["code_verifier"] = "A" * 43  # tampered
    with pytest.raises(SignInError) as caught:
        auth.finish_embedded(flow, location)
    assert caught.value.aadsts == "AADSTS501481"
    assert_no_secret(caught.value, parse_qs(urlsplit(location).query)["code"][0])


def test_reused_code_is_aadsts54005(simulator: Simulator, endpoints: ep.Endpoints) -> None:
    auth = new_auth(simulator, endpoints)
    flow = auth.begin_embedded()
    location = browse(simulator, flow)
    first = auth.finish_embedded(flow, location)
    with pytest.raises(SignInError) as caught:
        auth.finish_embedded(flow, location)
    assert caught.value.aadsts == "AADSTS54005"
    assert "already" in caught.value.summary()
    assert_no_secret(
        caught.value, first.access_token, parse_qs(urlsplit(location).query)["code"][0]
    )


def test_redirect_from_elsewhere_or_without_code_is_refused(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    auth = new_auth(simulator, endpoints)
    flow = auth.begin_embedded()
    state = flow.msal_flow["state"]
    with pytest.raises(SignInError) as caught:
        auth.finish_embedded(flow, f"https://evil.example/?code=abc&state={state}")
    assert caught.value.code == "entra.bad_response"
    with pytest.raises(SignInError) as caught:
        auth.finish_embedded(flow, f"http://localhost/?state={state}")
    assert caught.value.code == "entra.bad_response"


@pytest.mark.sim(scenario="non-admin")
def test_non_admin_account_is_told_to_get_admin_consent(
    simulator: Simulator, endpoints: ep.Endpoints
) -> None:
    auth = new_auth(simulator, endpoints)
    flow = auth.begin_embedded()
    location = authorize(simulator.ca_file, flow.auth_uri)  # the page offers only "back"
    with pytest.raises(SignInError) as caught:
        auth.finish_embedded(flow, location)
    assert caught.value.aadsts == "AADSTS90094"
    assert "Global Administrator" in caught.value.render()


def test_unknown_tenant_in_settings_is_aadsts90002(simulator: Simulator) -> None:
    endpoints = ep.load(
        env={}, overrides=simulator.endpoint_overrides() | {"entra_tenant": "fabrikam.example"}
    )
    auth = new_auth(simulator, endpoints)
    with pytest.raises(SignInError) as caught:
        auth.begin_embedded()
    assert caught.value.aadsts == "AADSTS90002"
    assert "entra_tenant" in caught.value.render()


def test_tenant_id_authority_works_too(simulator: Simulator) -> None:
    endpoints = ep.load(
        env={},
        overrides=simulator.endpoint_overrides() | {"entra_tenant": simulator.state.tenant_id},
    )
    auth = new_auth(simulator, endpoints)
    assert signed_in(simulator, auth).tenant_id == simulator.state.tenant_id


@pytest.mark.parametrize(
    ("result", "aadsts", "phrase"),
    [
        ({"error": "invalid_grant", "error_codes": [53003]}, "AADSTS53003", "system browser"),
        (
            {
                "error": "interaction_required",
                "error_description": "AADSTS50076: Due to a configuration...",
            },
            "AADSTS50076",
            "verification",
        ),
        (
            {"error": "unauthorized_client", "error_codes": [700016]},
            "AADSTS700016",
            "entra_client_id",
        ),
        ({"error": "invalid_request", "error_codes": [50020]}, "AADSTS50020", "work account"),
        ({"error": "invalid_request", "error_codes": [50011]}, "AADSTS50011", "redirect URI"),
        (
            {"error": "consent_required", "error_codes": [90095]},
            "AADSTS90095",
            "Privileged Role Administrator",
        ),
        ({"error": "invalid_grant", "error_codes": [70008]}, "AADSTS70008", "Sign in again"),
    ],
)
def test_aadsts_codes_map_to_plain_language(result: dict, aadsts: str, phrase: str) -> None:
    err = SignInError.from_result(result)
    assert err.aadsts == aadsts
    assert phrase in err.render()
    assert aadsts in err.render()


def test_unknown_error_keeps_a_cleaned_server_message() -> None:
    secretish = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9eyJhdWQiOiJodHRwczovL2dyYXBo"
    err = SignInError.from_result(
        {
            "error": "server_error",
            "error_description": f"AADSTS12345: Something odd with {secretish}\r\nTrace ID: t-1\r\nCorrelation ID: c-1",
        }
    )
    assert err.aadsts == "AADSTS12345"
    assert "Something odd with" in err.render()
    assert secretish not in err.render()
    assert err.correlation == {"Trace ID": "t-1", "Correlation ID": "c-1"}


# ------------------------------------------------------------------------------ secrets
def test_no_secret_reaches_the_log(
    simulator: Simulator, endpoints: ep.Endpoints, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    simulator.state.entra_auth.access_token_lifetime = 120  # also exercise a refresh
    auth = new_auth(simulator, endpoints)
    flow = auth.begin_embedded()
    location = browse(simulator, flow)
    code = parse_qs(urlsplit(location).query)["code"][0]
    first = auth.finish_embedded(flow, location)
    second = auth.acquire_silent()
    secrets = [code, flow.msal_flow["code_verifier"], first.access_token, second.access_token]
    secrets += [t for t, info in simulator.state.tokens.items() if info.kind == "refresh"]
    assert caplog.records, "expected the HTTP layer to log its calls"
    for secret in secrets:
        assert secret not in caplog.text


# ------------------------------------------------------------------------------ system browser
BROWSER_SCRIPT = """#!{python}
# Stands in for the system browser: MSAL waits for the browser command to return, and the
# sign-in must post back to MSAL's listener afterwards, so the work happens in a child.
import os, subprocess, sys
sys.path.insert(0, {root!r})
if len(sys.argv) > 2 and sys.argv[1] == "--child":
    from wizard.simulator.entra.forms import authorize
    authorize({ca!r}, sys.argv[2])
else:
    subprocess.Popen([sys.executable, __file__, "--child", sys.argv[1]], start_new_session=True)
"""


def test_system_browser_sign_in(
    simulator: Simulator, endpoints: ep.Endpoints, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import webbrowser
    from pathlib import Path

    script = tmp_path / "fake-browser"
    root = str(Path(__file__).resolve().parents[2])
    script.write_text(BROWSER_SCRIPT.format(python=sys.executable, root=root, ca=simulator.ca_file))
    script.chmod(0o755)
    # webbrowser reads $BROWSER once per process; make it read ours, and restore afterwards.
    monkeypatch.setenv("BROWSER", str(script))
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})

    launched: list[str] = []
    auth = new_auth(simulator, endpoints)
    result = auth.interactive_system_browser(
        timeout=60, on_before_launching_ui=lambda **kw: launched.append(kw.get("ui", ""))
    )
    assert launched == ["browser"]
    info = simulator.state.token_info(result.access_token, "graph")
    assert info is not None and info.subject == simulator.state.admin_id
    assert set(info.scopes) == set(GRAPH_PERMISSIONS)
    assert auth.acquire_silent().access_token == result.access_token


def test_sign_in_service_outage_is_transient(simulator: Simulator, endpoints: ep.Endpoints) -> None:
    from urllib3.util.retry import Retry

    simulator.state.faults.outage.add("entra")
    auth = GraphAuth(
        endpoints, make_session(endpoints.ca_bundle, retry=Retry(total=0, raise_on_status=False))
    )
    with pytest.raises(SignInError) as caught:
        auth.begin_embedded()
    assert caught.value.code == "entra.unavailable" and caught.value.transient


def test_wrong_authority_host_is_a_discovery_error(simulator: Simulator) -> None:
    overrides = simulator.endpoint_overrides() | {
        "entra_authority_host": f"{simulator.base_url}/not-entra"
    }
    endpoints = ep.load(env={}, overrides=overrides)
    with pytest.raises(SignInError) as caught:
        new_auth(simulator, endpoints).begin_embedded()
    assert caught.value.code == "entra.discovery_failed"
    assert "entra_authority_host" in caught.value.render()
