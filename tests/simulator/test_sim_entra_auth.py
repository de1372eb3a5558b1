"""Route-level tests of the simulated Entra ID sign-in, over real HTTPS, without MSAL.

They pin the shapes MSAL and the embedded browser rely on: discovery keys, the pages' element
ids, redirects, the token endpoint's success and error bodies, device code and admin consent.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests

from wizard.core.endpoints import GRAPH_CLI_CLIENT_ID, IDENTITY_INTEGRATION_APP_ID
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import FormBrowser, authorize, device_login, parse_forms, sign_in
from wizard.simulator.state import DEMO_PASSWORD

REDIRECT = "http://localhost"
SCOPES = ("Application.ReadWrite.All", "Synchronization.ReadWrite.All", "User.Read.All")


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(32)
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    return verifier, challenge


def auth_url(sim: Simulator, challenge: str, *, tenant: str = "organizations", **extra: str) -> str:
    params = {
        "client_id": GRAPH_CLI_CLIENT_ID,
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "scope": " ".join(f"{sim.base_url}/{s}" for s in SCOPES) + " openid profile offline_access",
        "state": "st-123",
        "nonce": "nonce-456",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "response_mode": "query",
        "prompt": "select_account",
    }
    params.update(extra)
    return f"{sim.base_url}/{tenant}/oauth2/v2.0/authorize?{urlencode(params)}"


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def token_call(
    sim: Simulator, data: dict[str, str], tenant: str = "organizations"
) -> requests.Response:
    return requests.post(
        f"{sim.base_url}/{tenant}/oauth2/v2.0/token", data=data, verify=sim.ca_file, timeout=10
    )


def get_code(sim: Simulator, **extra: str) -> tuple[str, str]:
    verifier, challenge = pkce()
    location = authorize(sim.ca_file, auth_url(sim, challenge, **extra))
    return query(location)["code"], verifier


def redeem(sim: Simulator, code: str, verifier: str, redirect: str = REDIRECT) -> requests.Response:
    return token_call(
        sim,
        {
            "client_id": GRAPH_CLI_CLIENT_ID,
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect,
            "code_verifier": verifier,
            "scope": " ".join(f"{sim.base_url}/{s}" for s in SCOPES)
            + " openid profile offline_access",
        },
    )


def jwt_payload(token: str) -> dict:
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def assert_entra_error(resp: requests.Response, error: str, code: int) -> dict:
    assert resp.status_code == 400, resp.text
    body = resp.json()
    assert body["error"] == error
    assert body["error_codes"] == [code]
    assert body["error_description"].startswith(f"AADSTS{code}: ")
    assert f"Trace ID: {body['trace_id']}" in body["error_description"]
    assert {"timestamp", "trace_id", "correlation_id", "error_uri"} <= body.keys()
    return body


# ------------------------------------------------------------------------------ discovery
@pytest.mark.parametrize(
    "tenant", ["organizations", "common", "TENANT_ID", "contoso.onmicrosoft.com"]
)
def test_discovery_document_has_what_msal_needs(simulator: Simulator, tenant: str) -> None:
    tenant = simulator.state.tenant_id if tenant == "TENANT_ID" else tenant
    resp = requests.get(
        f"{simulator.base_url}/{tenant}/v2.0/.well-known/openid-configuration",
        verify=simulator.ca_file,
        timeout=10,
    )
    assert resp.status_code == 200
    doc = resp.json()
    base = simulator.base_url
    assert doc["authorization_endpoint"] == f"{base}/{tenant}/oauth2/v2.0/authorize"
    assert doc["token_endpoint"] == f"{base}/{tenant}/oauth2/v2.0/token"
    assert doc["device_authorization_endpoint"] == f"{base}/{tenant}/oauth2/v2.0/devicecode"
    assert doc["end_session_endpoint"] == f"{base}/{tenant}/oauth2/v2.0/logout"
    assert doc["jwks_uri"] == f"{base}/{tenant}/discovery/v2.0/keys"
    assert doc["issuer"] == f"{base}/{simulator.state.tenant_id}/v2.0"
    assert "query" in doc["response_modes_supported"]
    assert "form_post" in doc["response_modes_supported"]
    for key, value in doc.items():
        if key.endswith("_endpoint") or key in ("issuer", "jwks_uri"):
            assert value.startswith(base + "/"), key
    keys = requests.get(doc["jwks_uri"], verify=simulator.ca_file, timeout=10)
    assert keys.json() == {"keys": []}


def test_unknown_tenant_is_aadsts90002_everywhere(simulator: Simulator) -> None:
    base = simulator.base_url
    disc = requests.get(
        f"{base}/fabrikam.example/v2.0/.well-known/openid-configuration",
        verify=simulator.ca_file,
        timeout=10,
    )
    assert_entra_error(disc, "invalid_tenant", 90002)
    tok = token_call(
        simulator,
        {"client_id": GRAPH_CLI_CLIENT_ID, "grant_type": "refresh_token", "refresh_token": "x"},
        "nope",
    )
    assert_entra_error(tok, "invalid_request", 90002)
    _v, challenge = pkce()
    page = requests.get(
        auth_url(simulator, challenge, tenant="nope"),
        verify=simulator.ca_file,
        timeout=10,
        allow_redirects=False,
    )
    assert page.status_code == 400
    assert "AADSTS90002" in page.text
    assert "Location" not in page.headers


# ------------------------------------------------------------------------------ authorize pages
def test_sign_in_page_is_microsoft_like_and_self_contained(simulator: Simulator) -> None:
    _v, challenge = pkce()
    resp = requests.get(auth_url(simulator, challenge), verify=simulator.ca_file, timeout=10)
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("text/html")
    text = resp.text
    assert "<title>Sign in to your account</title>" in text
    assert ">Sign in</h1>" in text
    assert "Demo tenant — simulated Microsoft sign-in" in text
    form = parse_forms(text)[0]
    assert form.id == "signin" and form.method == "post"
    admin_upn = simulator.state.users[simulator.state.admin_id]["userPrincipalName"]
    assert form.fields["login"] == admin_upn
    assert form.fields["passwd"] == DEMO_PASSWORD
    assert 'id="login"' in text and 'id="passwd"' in text and 'id="idSIButton9"' in text
    # The OAuth parameters travel in hidden fields, exactly as received.
    assert form.fields["code_challenge"] == challenge
    assert form.fields["state"] == "st-123"
    assert form.fields["redirect_uri"] == REDIRECT
    # No external assets or scripts: renders offscreen, fillable with JavaScript.
    assert "<script" not in text and "src=" not in text and "<link" not in text


def test_login_hint_prefills_the_account(simulator: Simulator) -> None:
    _v, challenge = pkce()
    resp = requests.get(
        auth_url(simulator, challenge, login_hint="alexw@contoso.onmicrosoft.com"),
        verify=simulator.ca_file,
        timeout=10,
    )
    assert parse_forms(resp.text)[0].fields["login"] == "alexw@contoso.onmicrosoft.com"


def test_wrong_password_shows_the_form_again_with_an_error(simulator: Simulator) -> None:
    _v, challenge = pkce()
    browser = FormBrowser(simulator.ca_file)
    page = browser.get(auth_url(simulator, challenge))
    again = sign_in(browser, page, password="wrong")
    assert again.status == 200 and again.location is None
    assert again.has("signin") and again.has("error")
    assert "Your account or password is incorrect" in again.html
    unknown = sign_in(browser, page, login="nobody@contoso.onmicrosoft.com")
    assert "This username may be incorrect" in unknown.html
    assert not simulator.state.auth_codes


def test_consent_page_lists_permissions_and_cancel_redirects_access_denied(
    simulator: Simulator,
) -> None:
    _v, challenge = pkce()
    browser = FormBrowser(simulator.ca_file)
    consent = sign_in(browser, browser.get(auth_url(simulator, challenge)))
    assert consent.has("accept") and consent.has("cancel")
    assert "Permissions requested" in consent.html
    assert "Read and write all applications" in consent.html
    assert "Read and write all Azure AD synchronization data" in consent.html
    assert "Read all users&#x27; full profiles" in consent.html
    declined = browser.submit(consent, click="cancel")
    assert declined.status == 302
    params = query(declined.location)
    assert declined.location.startswith("http://localhost/?")
    assert params["error"] == "access_denied"
    assert params["error_subcode"] == "cancel"
    assert params["error_description"].startswith(
        "AADSTS65004: User declined to consent to access the app."
    )
    assert params["state"] == "st-123"
    assert "code" not in params
    assert not simulator.state.auth_codes


def test_accept_redirects_with_code_and_remembers_consent_and_session(simulator: Simulator) -> None:
    _v, challenge = pkce()
    browser = FormBrowser(simulator.ca_file)
    consent = sign_in(browser, browser.get(auth_url(simulator, challenge)))
    done = browser.submit(consent, click="accept")
    assert done.status == 302
    params = query(done.location)
    assert set(params) == {"code", "state", "session_state"}
    assert params["state"] == "st-123"
    # Same browser, no prompt: the session cookie signs in and consent is not asked again.
    _v2, challenge2 = pkce()
    sso = browser.get(auth_url(simulator, challenge2, prompt="", state="st-2"))
    assert sso.status == 302 and query(sso.location)["state"] == "st-2"
    # prompt=login always shows the form; afterwards no consent page, straight to the code.
    forced = browser.get(auth_url(simulator, challenge2, prompt="login", state="st-3"))
    assert forced.has("signin")
    assert query(sign_in(browser, forced).location)["state"] == "st-3"


def test_response_mode_form_post_posts_back_to_the_redirect_uri(simulator: Simulator) -> None:
    _v, challenge = pkce()
    browser = FormBrowser(simulator.ca_file)
    consent = sign_in(
        browser,
        browser.get(
            auth_url(
                simulator,
                challenge,
                response_mode="form_post",
                redirect_uri="http://localhost:53111",
            )
        ),
    )
    page = browser.submit(consent, click="accept")
    form = page.form("form_post")
    assert form.action == "http://localhost:53111/"
    assert form.method == "post"
    assert form.fields["state"] == "st-123" and form.fields["code"] in simulator.state.auth_codes


@pytest.mark.parametrize(
    ("override", "error", "code"),
    [
        ({"code_challenge": ""}, "invalid_request", 900144),
        ({"code_challenge_method": "plain"}, "invalid_request", 900144),
        ({"state": ""}, "invalid_request", 900144),
        ({"nonce": ""}, "invalid_request", 900144),
        ({"response_type": "token"}, "unsupported_response_type", 700054),
        ({"scope": "https://evil.example/User.Read"}, "invalid_resource", 500011),
        ({"scope": "User.Read Mail.Send.Everywhere"}, "invalid_scope", 70011),
    ],
)
def test_bad_authorize_requests_redirect_with_error(
    simulator: Simulator, override: dict, error: str, code: int
) -> None:
    _v, challenge = pkce()
    resp = requests.get(
        auth_url(simulator, challenge, **override),
        verify=simulator.ca_file,
        timeout=10,
        allow_redirects=False,
    )
    assert resp.status_code == 302
    params = query(resp.headers["Location"])
    assert params["error"] == error
    assert params["error_description"].startswith(f"AADSTS{code}: ")
    assert "Trace ID: " in params["error_description"]


@pytest.mark.parametrize(
    ("override", "code"),
    [
        ({"redirect_uri": "https://attacker.example/cb"}, 50011),
        ({"redirect_uri": ""}, 900971),
        ({"client_id": "not-a-guid"}, 700016),
    ],
)
def test_untrusted_client_or_redirect_shows_an_error_page(
    simulator: Simulator, override: dict, code: int
) -> None:
    _v, challenge = pkce()
    resp = requests.get(
        auth_url(simulator, challenge, **override),
        verify=simulator.ca_file,
        timeout=10,
        allow_redirects=False,
    )
    assert resp.status_code == 400
    assert "Location" not in resp.headers
    assert f"AADSTS{code}" in resp.text
    assert "Sorry, but we’re having trouble signing you in." in resp.text


@pytest.mark.sim(scenario="non-admin")
def test_non_admin_gets_need_admin_approval_then_aadsts90094(simulator: Simulator) -> None:
    _v, challenge = pkce()
    browser = FormBrowser(simulator.ca_file)
    page = sign_in(browser, browser.get(auth_url(simulator, challenge)))
    assert "Need admin approval" in page.html and page.has("back")
    assert not page.has("accept")
    back = browser.submit(page, click="back")
    params = query(back.location)
    assert params["error"] == "consent_required"
    assert params["error_description"].startswith("AADSTS90094: ")


# ------------------------------------------------------------------------------ token endpoint
def test_authorization_code_redeems_to_tokens_the_state_knows(simulator: Simulator) -> None:
    st = simulator.state
    code, verifier = get_code(simulator)
    resp = redeem(simulator, code, verifier)
    assert resp.status_code == 200, resp.text
    assert resp.headers["Cache-Control"].startswith("no-store")
    body = resp.json()
    assert {
        "token_type",
        "scope",
        "expires_in",
        "ext_expires_in",
        "access_token",
        "refresh_token",
        "id_token",
        "client_info",
    } <= body.keys()
    assert (
        body["token_type"] == "Bearer"
        and body["expires_in"] == 3600
        and body["ext_expires_in"] == 3600
    )
    assert set(body["scope"].split()) == {f"{simulator.base_url}/{s}" for s in SCOPES}
    at = st.token_info(body["access_token"], "graph")
    assert at is not None and at.valid(st.now())
    assert at.subject == st.admin_id and at.client_id == GRAPH_CLI_CLIENT_ID
    assert set(at.scopes) == set(SCOPES)
    assert st.token_info(body["refresh_token"], "refresh") is not None
    claims = jwt_payload(body["id_token"])
    assert claims["nonce"] == "nonce-456"
    assert claims["aud"] == GRAPH_CLI_CLIENT_ID
    assert claims["iss"] == f"{simulator.base_url}/{st.tenant_id}/v2.0"
    assert claims["oid"] == st.admin_id and claims["tid"] == st.tenant_id and claims["ver"] == "2.0"
    assert claims["preferred_username"] == st.users[st.admin_id]["userPrincipalName"]
    assert {"iat", "nbf", "exp", "name", "sub"} <= claims.keys()
    info = json.loads(
        base64.urlsafe_b64decode(body["client_info"] + "=" * (-len(body["client_info"]) % 4))
    )
    assert info == {"uid": st.admin_id, "utid": st.tenant_id}


def test_code_is_single_use(simulator: Simulator) -> None:
    code, verifier = get_code(simulator)
    assert redeem(simulator, code, verifier).status_code == 200
    assert_entra_error(redeem(simulator, code, verifier), "invalid_grant", 54005)


def test_pkce_mismatch_is_aadsts501481(simulator: Simulator) -> None:
    code, _verifier = get_code(simulator)
    assert_entra_error(redeem(simulator, code, secrets.token_urlsafe(32)), "invalid_grant", 501481)
    assert_entra_error(redeem(simulator, code, ""), "invalid_grant", 501481)


def test_redirect_uri_must_match_the_authorize_request(simulator: Simulator) -> None:
    code, verifier = get_code(simulator)
    assert_entra_error(
        redeem(simulator, code, verifier, redirect="http://localhost:8400"), "invalid_grant", 50011
    )


def test_expired_code_is_aadsts70008(simulator: Simulator) -> None:
    code, verifier = get_code(simulator)
    simulator.state.auth_codes[code]["expires_at"] = simulator.state.now() - 1
    assert_entra_error(redeem(simulator, code, verifier), "invalid_grant", 70008)


def test_token_endpoint_request_errors(simulator: Simulator) -> None:
    assert_entra_error(
        token_call(simulator, {"grant_type": "authorization_code"}), "invalid_request", 900144
    )
    assert_entra_error(
        token_call(simulator, {"client_id": GRAPH_CLI_CLIENT_ID, "grant_type": "password"}),
        "unsupported_grant_type",
        70003,
    )
    assert_entra_error(
        token_call(
            simulator,
            {"client_id": GRAPH_CLI_CLIENT_ID, "grant_type": "authorization_code", "code": "nope"},
        ),
        "invalid_grant",
        70000,
    )


def test_refresh_token_rotates_and_checks_revocation_and_expiry(simulator: Simulator) -> None:
    st = simulator.state
    code, verifier = get_code(simulator)
    first = redeem(simulator, code, verifier).json()
    data = {
        "client_id": GRAPH_CLI_CLIENT_ID,
        "grant_type": "refresh_token",
        "refresh_token": first["refresh_token"],
        "scope": f"{simulator.base_url}/User.Read.All openid profile offline_access",
    }
    second = token_call(simulator, data)
    assert second.status_code == 200, second.text
    body = second.json()
    assert body["refresh_token"] != first["refresh_token"]
    assert body["access_token"] != first["access_token"]
    assert st.token_info(body["access_token"], "graph").scopes == ("User.Read.All",)
    # Not consented for this client -> AADSTS65001.
    assert_entra_error(
        token_call(
            simulator, data | {"scope": f"{simulator.base_url}/Directory.Read.All offline_access"}
        ),
        "invalid_grant",
        65001,
    )
    st.tokens[body["refresh_token"]].revoked = True
    assert_entra_error(
        token_call(simulator, data | {"refresh_token": body["refresh_token"]}),
        "invalid_grant",
        50173,
    )
    st.tokens[first["refresh_token"]].expires_at = st.now() - 1
    assert_entra_error(token_call(simulator, data), "invalid_grant", 700082)


# ------------------------------------------------------------------------------ device code
def device_code(sim: Simulator) -> dict:
    resp = requests.post(
        f"{sim.base_url}/organizations/oauth2/v2.0/devicecode",
        data={
            "client_id": GRAPH_CLI_CLIENT_ID,
            "scope": f"{sim.base_url}/User.Read.All offline_access openid profile",
        },
        verify=sim.ca_file,
        timeout=10,
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


def device_token(sim: Simulator, dc: str) -> requests.Response:
    return token_call(
        sim,
        {
            "client_id": GRAPH_CLI_CLIENT_ID,
            "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
            "device_code": dc,
        },
    )


def test_device_code_flow_over_http(simulator: Simulator) -> None:
    flow = device_code(simulator)
    assert {
        "device_code",
        "user_code",
        "verification_uri",
        "expires_in",
        "interval",
        "message",
    } <= flow.keys()
    assert flow["verification_uri"] == f"{simulator.base_url}/devicelogin"
    assert flow["interval"] == 1
    assert flow["user_code"] in flow["message"] and flow["verification_uri"] in flow["message"]
    assert_entra_error(device_token(simulator, flow["device_code"]), "authorization_pending", 70016)

    done = device_login(simulator.ca_file, flow["verification_uri"], flow["user_code"].lower())
    assert (
        "You have signed in to the Microsoft Graph Command Line Tools application on your device"
        in done.html
    )

    tok = device_token(simulator, flow["device_code"])
    assert tok.status_code == 200
    info = simulator.state.token_info(tok.json()["access_token"], "graph")
    assert info.subject == simulator.state.admin_id and info.scopes == ("User.Read.All",)
    assert_entra_error(device_token(simulator, flow["device_code"]), "invalid_grant", 54005)


def test_device_code_declined_expired_and_wrong_code(simulator: Simulator) -> None:
    declined = device_code(simulator)
    page = device_login(
        simulator.ca_file, declined["verification_uri"], declined["user_code"], decision="cancel"
    )
    assert "declined" in page.html
    assert_entra_error(
        device_token(simulator, declined["device_code"]), "authorization_declined", 70000
    )

    expired = device_code(simulator)
    simulator.state.device_codes[expired["device_code"]]["expires_at"] = simulator.state.now() - 1
    assert_entra_error(device_token(simulator, expired["device_code"]), "expired_token", 70019)

    wrong = device_login(simulator.ca_file, f"{simulator.base_url}/devicelogin", "ZZZZZZZZZ")
    assert wrong.has("devicecode") and "That code didn&#x27;t work" in wrong.html


def test_approve_device_code_helper(simulator: Simulator) -> None:
    from wizard.simulator.entra.device import approve_device_code

    flow = device_code(simulator)
    assert approve_device_code(simulator.state, flow["user_code"], simulator.state.admin_id)
    assert device_token(simulator, flow["device_code"]).status_code == 200
    assert not approve_device_code(simulator.state, "NOPE", simulator.state.admin_id)


# ------------------------------------------------------------------------------ admin consent
def consent_url(sim: Simulator, tenant: str | None = None, **extra: str) -> str:
    params = {"client_id": IDENTITY_INTEGRATION_APP_ID, "state": "cs-1", **extra}
    return f"{sim.base_url}/{tenant or sim.state.tenant_id}/adminconsent?{urlencode(params)}"


def identity_sps(sim: Simulator) -> list[dict]:
    return [
        sp
        for sp in sim.state.service_principals.values()
        if sp["appId"] == IDENTITY_INTEGRATION_APP_ID
    ]


def run_admin_consent(
    sim: Simulator, click: str = "accept", **extra: str
) -> tuple[str, FormBrowser]:
    browser = FormBrowser(sim.ca_file)
    page = browser.get(consent_url(sim, **extra))
    assert page.has("signin")
    page = sign_in(browser, page)
    if page.location:
        return page.location, browser
    assert "Permissions requested" in page.html
    return browser.submit(page, click=click).location, browser


@pytest.mark.sim(scenario="deleted-consent", replication_delay=30)
def test_admin_consent_accept_recreates_the_service_principal(simulator: Simulator) -> None:
    st = simulator.state
    assert identity_sps(simulator) == []
    browser = FormBrowser(simulator.ca_file)
    page = sign_in(browser, browser.get(consent_url(simulator)))
    # The page modelled on Cisco's TAC note (docs/entra-graph.md#admin-consent-repair).
    for text in (
        "Permissions requested",
        "Sign in and read user profile",
        "Read all groups",
        "Read all company places",
        "Read all users&#x27; full profiles",
        "Read all audit log data",
        "Manage apps that this app creates or owns",
        "Read all group memberships",
        "Read domains",
        "for all users in your organization",
        "Cisco Webex Identity Integration",
    ):
        assert text in page.html, text
    location = browser.submit(page, click="accept").location
    assert location == (
        f"{simulator.base_url}/cisco/identity/consent?admin_consent=True&tenant={st.tenant_id}&state=cs-1"
    )
    sps = identity_sps(simulator)
    assert len(sps) == 1 and st.identity_integration_sp_id == sps[0]["id"]
    # A new object: still replicating, so Graph will not see it yet.
    assert not st.sp_visible(sps[0]["id"])
    writes = st.snapshot()["write_log"]
    assert [(w["service"], w["method"], w["path"]) for w in writes] == [
        ("entra", "POST", f"/{st.tenant_id}/adminconsent")
    ]
    landing = requests.get(location, verify=simulator.ca_file, timeout=10)
    assert landing.status_code == 200 and "<title>Error</title>" in landing.text


@pytest.mark.sim(scenario="deleted-consent")
def test_admin_consent_cancel_changes_nothing(simulator: Simulator) -> None:
    location, _ = run_admin_consent(simulator, click="cancel")
    params = query(location)
    assert location.startswith(f"{simulator.base_url}/cisco/identity/consent?")
    assert params["error"] == "access_denied"
    assert params["error_description"].startswith("AADSTS65004: ")
    assert params["admin_consent"] == "True" and params["state"] == "cs-1"
    assert identity_sps(simulator) == []
    assert simulator.state.write_log == []


@pytest.mark.sim(scenario="consent-declined", state="fresh")
def test_consent_declined_scenario_turns_accept_into_decline(simulator: Simulator) -> None:
    from wizard.simulator.scenarios import deleted_consent

    deleted_consent(simulator)
    location, _ = run_admin_consent(simulator, click="accept")
    params = query(location)
    assert params["error"] == "access_denied" and params["error_description"].startswith(
        "AADSTS65004"
    )
    assert identity_sps(simulator) == []
    assert simulator.state.write_log == []


@pytest.mark.sim(scenario="non-admin")
def test_admin_consent_by_non_admin_is_aadsts90094_without_change(simulator: Simulator) -> None:
    from wizard.simulator.scenarios import deleted_consent

    deleted_consent(simulator)
    location, _ = run_admin_consent(simulator)
    params = query(location)
    assert params["error"] == "consent_required"
    assert params["error_description"].startswith("AADSTS90094: ")
    assert params["state"] == "cs-1"
    assert identity_sps(simulator) == []
    assert simulator.state.write_log == []


def test_admin_consent_when_present_does_not_duplicate_and_accepts_common(
    simulator: Simulator,
) -> None:
    before = identity_sps(simulator)
    assert len(before) == 1
    browser = FormBrowser(simulator.ca_file)
    page = sign_in(browser, browser.get(consent_url(simulator, tenant="common")))
    location = browser.submit(page, click="accept").location
    assert query(location)["admin_consent"] == "True"
    assert identity_sps(simulator) == before
    assert len(simulator.state.write_log) == 1  # the consent grant itself


def test_admin_consent_rejects_a_foreign_redirect_uri(simulator: Simulator) -> None:
    resp = requests.get(
        consent_url(simulator, redirect_uri="https://attacker.example/"),
        verify=simulator.ca_file,
        timeout=10,
        allow_redirects=False,
    )
    assert resp.status_code == 400 and "AADSTS50011" in resp.text and "Location" not in resp.headers
    bad_tenant = requests.get(
        consent_url(simulator, tenant="nope"), verify=simulator.ca_file, timeout=10
    )
    assert bad_tenant.status_code == 400 and "AADSTS90002" in bad_tenant.text


def test_logout_ends_the_session(simulator: Simulator) -> None:
    _v, challenge = pkce()
    browser = FormBrowser(simulator.ca_file)
    browser.submit(sign_in(browser, browser.get(auth_url(simulator, challenge))), click="accept")
    assert browser.get(auth_url(simulator, challenge, prompt="")).status == 302
    out = browser.get(f"{simulator.base_url}/organizations/oauth2/v2.0/logout")
    assert "You signed out of your account" in out.html
    assert browser.get(auth_url(simulator, challenge, prompt="")).has("signin")


def test_v2_admin_consent_requires_scope_and_echoes_it(simulator: Simulator) -> None:
    base = f"{simulator.base_url}/{simulator.state.tenant_id}/v2.0/adminconsent"
    missing = requests.get(
        f"{base}?{urlencode({'client_id': GRAPH_CLI_CLIENT_ID, 'state': 's'})}",
        verify=simulator.ca_file,
        timeout=10,
    )
    assert missing.status_code == 400 and "AADSTS900144" in missing.text
    scope = f"{simulator.base_url}/Application.ReadWrite.All"
    browser = FormBrowser(simulator.ca_file)
    page = sign_in(
        browser,
        browser.get(
            f"{base}?{urlencode({'client_id': GRAPH_CLI_CLIENT_ID, 'state': 's', 'scope': scope})}"
        ),
    )
    assert "Read and write all applications" in page.html
    location = browser.submit(page, click="accept").location
    assert location.startswith("http://localhost/?")
    assert query(location) == {
        "admin_consent": "True",
        "tenant": simulator.state.tenant_id,
        "scope": scope,
        "state": "s",
    }
    # Tenant-wide consent: another user now signs in without a consent page.
    _v, challenge = pkce()
    other = FormBrowser(simulator.ca_file)
    page = other.get(
        auth_url(
            simulator,
            challenge,
            scope=f"{scope} offline_access",
            login_hint="meganb@contoso.onmicrosoft.com",
        )
    )
    done = sign_in(other, page)
    assert done.status == 302 and "code" in query(done.location)
