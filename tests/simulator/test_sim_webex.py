"""The simulated Webex (idbroker, people/me, tokenExpiry, SCIM) over real HTTPS.

Bodies are validated against Cisco's published OpenAPI definition. ``jsonschema`` is not in the
venv, so :func:`check` is a small validator for the subset of OpenAPI 3.0 schema keywords that
definition uses for these responses ($ref, type, required, properties, items, enum).
"""

from __future__ import annotations

import json
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from werkzeug.test import Client

from wizard.core.endpoints import WEBEX_AZURE_CLIENT_ID
from wizard.core.http import make_session
from wizard.simulator import Simulator
from wizard.simulator.state import DEMO_PASSWORD, WEBEX_FULL_ADMIN_ROLE
from wizard.simulator.webex.idbroker import FEDRAMP_TOKEN_LIFETIME, as_fedramp
from wizard.simulator.webex.people import EXPIRED_TOKEN_MESSAGE, INVALID_TOKEN_MESSAGE, role_id
from wizard.simulator.webex.scim import CISCO_USER_SCHEMA, scim_users

REDIRECT = "http://localhost:3000/auth/code"
SCOPES = "spark:people_read spark:people_write Identity:SCIM"
ERROR_URN = "urn:ietf:params:scim:api:messages:2.0:Error"
LIST_URN = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE_URN = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"


# ------------------------------------------------------------------------- OpenAPI checking
def _spec_path() -> Path:
    from tests.contract import specs_dir

    return specs_dir() / "webex-admin.openapi.json"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    path = _spec_path()
    if not path.is_file():
        pytest.skip(f"Webex OpenAPI definition not found at {path} (set WIZARD_SPECS_DIR)")
    return json.loads(path.read_text(encoding="utf-8"))


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _errors(spec: dict[str, Any], schema: dict[str, Any], value: Any, where: str) -> list[str]:
    schema = _resolve(spec, schema)
    kind = schema.get("type")
    types = {
        "object": dict,
        "array": list,
        "string": str,
        "boolean": bool,
        "number": (int, float),
        "integer": int,
    }
    if kind in types:
        ok = isinstance(value, types[kind]) and not (
            kind in ("number", "integer") and isinstance(value, bool)
        )
        if not ok:
            return [f"{where}: expected {kind}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} not in {schema['enum']}"]
    found: list[str] = []
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{where}: missing required '{name}'")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                found += _errors(spec, sub, value[name], f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            found += _errors(spec, schema["items"], item, f"{where}[{i}]")
    return found


def check(spec: dict[str, Any], schema: dict[str, Any] | str, value: Any) -> None:
    """Fail with every violation of *schema* (a dict or a components/schemas name)."""
    if isinstance(schema, str):
        schema = {"$ref": f"#/components/schemas/{schema}"}
    problems = _errors(spec, schema, value, "$")
    assert not problems, problems


def response_schema(spec: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    return spec["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]


def test_validator_catches_violations(spec: dict[str, Any]) -> None:
    # The checker itself must be able to fail, or every check below proves nothing.
    with pytest.raises(AssertionError):
        check(spec, "GetUserResponse", {"schemas": [], "id": "x", "userName": "u"})
    with pytest.raises(AssertionError):
        check(spec, "Person", {"emails": "not-a-list"})
    with pytest.raises(AssertionError):
        check(
            spec,
            "GetUserResponse",
            {"schemas": [], "id": "x", "userName": "u", "userType": "robot", "meta": {}},
        )


# ------------------------------------------------------------------------- HTTP helpers
class Form(HTMLParser):
    """The elements of a page the tests (and the embedded browser) rely on."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.title = ""
        self.inputs: dict[str, dict[str, str]] = {}
        self.hidden: dict[str, str] = {}
        self.buttons: dict[str, dict[str, str]] = {}
        self.form: dict[str, str] = {}
        self.text: list[str] = []
        self._in_title = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "form":
            self.form = a
        elif tag == "input" and a.get("type") == "hidden":
            self.hidden[a["name"]] = a.get("value", "")
        elif tag == "input":
            self.inputs[a.get("id", "")] = a
        elif tag == "button":
            self.buttons[a.get("id", "")] = a

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        else:
            self.text.append(data)


class Web:
    """requests against the simulator, trusting its CA per request; redirects never followed."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.http = requests.Session()
        # Not the product's User-Agent: see tests/contract/README.md ("refused" probes).
        self.http.headers["User-Agent"] = "wizard-tests"

    def get(self, path: str, **kw: Any) -> requests.Response:
        url = path if path.startswith("https://") else self.sim.base_url + path
        return self.http.get(url, verify=self.sim.ca_file, allow_redirects=False, timeout=10, **kw)

    def send(self, method: str, path: str, **kw: Any) -> requests.Response:
        url = path if path.startswith("https://") else self.sim.base_url + path
        return self.http.request(
            method, url, verify=self.sim.ca_file, allow_redirects=False, timeout=10, **kw
        )

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.send("POST", path, **kw)


def authorize_query(**overrides: str) -> str:
    params = {
        "response_type": "token",
        "client_id": WEBEX_AZURE_CLIENT_ID,
        "redirect_uri": REDIRECT,
        "scope": SCOPES,
        "state": "st-123",
    }
    params.update(overrides)
    return urlencode(params)


def sign_in(
    web: Web,
    email: str | None = None,
    password: str | None = None,
    action: str = "signin",
    **overrides: str,
) -> requests.Response:
    page = web.get(f"/idb/oauth2/v1/authorize?{authorize_query(**overrides)}")
    assert page.status_code == 200, page.text
    form = Form(page.text)
    data = dict(form.hidden)
    data["email"] = email if email is not None else form.inputs["email"]["value"]
    data["password"] = password if password is not None else form.inputs["password"]["value"]
    data["action"] = action
    return web.post(form.form["action"], data=data)


def token_of(response: requests.Response) -> str:
    assert response.status_code == 302, response.text
    fragment = parse_qs(urlsplit(response.headers["Location"]).fragment)
    return fragment["access_token"][0]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def scim_bases(sim: Simulator) -> tuple[str, str]:
    org = sim.state.webex_org_id
    return f"/v1/scim/{org}", f"/identity/scim/{org}/v2"


def entra_user(user_name: str, **extra: Any) -> dict[str, Any]:
    """A valid PostUser body (Webex's definition requires ``userType``) in Entra's mapping shape."""
    body = {
        "schemas": [USER_URN, ENTERPRISE_URN],
        "userName": user_name,
        "userType": "user",
        "active": True,
        "displayName": "Alex Wilber",
        "name": {"givenName": "Alex", "familyName": "Wilber"},
        "title": "Marketing Assistant",
        "externalId": "0c6c8a3e-1111-4f3c-9a5e-2d2e9cf0b8a1",
        "emails": [{"value": user_name, "type": "work", "primary": True}],
        "addresses": [{"type": "work", "country": "US", "locality": "Redmond"}],
        ENTERPRISE_URN: {"department": "Marketing"},
    }
    body.update(extra)
    return body


# ------------------------------------------------------------------------- idbroker
def test_signin_page_has_the_documented_elements(simulator: Simulator) -> None:
    web = Web(simulator)
    r = web.get(f"/idb/oauth2/v1/authorize?{authorize_query()}")
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/html")
    assert r.headers["Cache-Control"] == "no-store"
    form = Form(r.text)
    assert form.title == "Sign in - Webex"
    assert form.inputs["email"]["name"] == "email"
    assert form.inputs["email"]["value"] == "admin@contoso.example"
    assert form.inputs["password"] == {
        "id": "password",
        "name": "password",
        "type": "password",
        "autocomplete": "current-password",
        "value": DEMO_PASSWORD,
    }
    assert form.buttons["signin"]["type"] == "submit"
    # Enter in a field submits with the first submit button: it must be Sign in, not Cancel.
    assert list(form.buttons) == ["signin", "cancel"]
    assert form.buttons["cancel"]["value"] == "cancel"
    assert "Demo organization — simulated Webex sign-in" in "".join(form.text)
    assert form.form == {
        "method": "post",
        "action": "/idb/oauth2/v1/authorize",
        "id": "signin-form",
    }
    assert form.hidden == {
        "response_type": "token",
        "client_id": WEBEX_AZURE_CLIENT_ID,
        "redirect_uri": REDIRECT,
        "scope": SCOPES,
        "state": "st-123",
    }


@pytest.mark.parametrize(
    "overrides",
    [
        {"client_id": "Cunknown"},
        {"redirect_uri": "http://localhost:3000/auth/other"},
        {"redirect_uri": "https://evil.example/steal"},
    ],
)
def test_bad_client_or_redirect_is_an_error_page_never_a_redirect(
    simulator: Simulator, overrides: dict[str, str]
) -> None:
    web = Web(simulator)
    for r in (
        web.get(f"/idb/oauth2/v1/authorize?{authorize_query(**overrides)}"),
        web.post("/idb/oauth2/v1/authorize", data=parse_qs_flat(authorize_query(**overrides))),
    ):
        assert r.status_code == 400
        assert "Location" not in r.headers
        assert Form(r.text).title == "Error - Webex"
    assert not simulator.state.tokens


def parse_qs_flat(query: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(query).items()} | {
        "email": "admin@contoso.example",
        "password": DEMO_PASSWORD,
    }


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"response_type": "code"}, "unsupported_response_type"),
        ({"scope": ""}, "invalid_scope"),
        ({"scope": "spark:people_read nonsense:scope"}, "invalid_scope"),
    ],
)
def test_bad_request_redirects_with_error_in_query(
    simulator: Simulator, overrides: dict[str, str], error: str
) -> None:
    r = Web(simulator).get(f"/idb/oauth2/v1/authorize?{authorize_query(**overrides)}")
    assert r.status_code == 302
    loc = urlsplit(r.headers["Location"])
    assert f"{loc.scheme}://{loc.netloc}{loc.path}" == REDIRECT
    q = parse_qs(loc.query)
    assert q["error"] == [error]
    assert q["state"] == ["st-123"]
    assert q["error_description"][0]
    assert loc.fragment == ""


def test_signin_redirects_with_token_in_fragment(simulator: Simulator) -> None:
    before = time.time()
    r = sign_in(Web(simulator))
    assert r.status_code == 302
    assert r.headers["Cache-Control"] == "no-store"
    assert r.text == ""  # the token is not echoed into a page body
    loc = urlsplit(r.headers["Location"])
    assert f"{loc.scheme}://{loc.netloc}{loc.path}" == REDIRECT
    assert loc.query == ""
    frag = parse_qs(loc.fragment)
    assert set(frag) == {"access_token", "token_type", "expires_in", "state"}
    assert frag["token_type"] == ["Bearer"]
    assert frag["expires_in"] == ["3887999"]
    assert frag["state"] == ["st-123"]
    token = frag["access_token"][0]
    info = simulator.state.token_info(token, "webex")
    assert info is not None
    assert info.subject == simulator.state.webex_admin_id
    assert info.scopes == tuple(SCOPES.split())
    assert info.client_id == WEBEX_AZURE_CLIENT_ID
    assert before + 3887999 - 1 <= info.expires_at <= time.time() + 3887999 + 1
    # Real user tokens end with the org UUID (docs/webex.md#token); ours do too.
    assert token.endswith("_" + simulator.state.webex_org_id)


def test_fedramp_admin_tokens_last_12_hours(simulator: Simulator) -> None:
    as_fedramp(simulator)
    r = sign_in(Web(simulator))
    frag = parse_qs(urlsplit(r.headers["Location"]).fragment)
    assert frag["expires_in"] == [str(12 * 3600)] == [str(FEDRAMP_TOKEN_LIFETIME)]
    info = simulator.state.token_info(frag["access_token"][0], "webex")
    assert info is not None and info.expires_at <= time.time() + 12 * 3600 + 1


def test_wrong_password_shows_the_form_with_an_error_and_issues_nothing(
    simulator: Simulator,
) -> None:
    r = sign_in(Web(simulator), password="wrong")
    assert r.status_code == 200
    assert "Location" not in r.headers
    form = Form(r.text)
    assert form.title == "Sign in - Webex"
    assert "Incorrect email or password." in "".join(form.text)
    assert form.inputs["password"]["value"] == ""
    assert form.hidden["state"] == "st-123"
    assert not simulator.state.tokens
    r = sign_in(Web(simulator), email="nobody@contoso.example")
    assert r.status_code == 200 and not simulator.state.tokens


def test_cancel_redirects_access_denied_in_the_query(simulator: Simulator) -> None:
    r = sign_in(Web(simulator), action="cancel")
    assert r.status_code == 302
    loc = urlsplit(r.headers["Location"])
    q = parse_qs(loc.query)
    assert q["error"] == ["access_denied"]
    assert q["state"] == ["st-123"]
    assert q["error_description"][0]
    assert loc.fragment == ""
    assert not simulator.state.tokens


def test_dosso_forces_the_form_then_continues_to_goto(simulator: Simulator) -> None:
    web = Web(simulator)
    goto = f"{simulator.base_url}/idb/oauth2/v1/authorize?{authorize_query(state='sso-1')}"
    page = web.get("/idb/saml2/jsp/doSSO.jsp", params={"type": "login", "goto": goto})
    assert page.status_code == 200
    form = Form(page.text)
    assert form.title == "Sign in - Webex"
    assert form.hidden == {"type": "login", "goto": goto}
    assert form.form["action"] == "/idb/saml2/jsp/doSSO.jsp"
    data = {**form.hidden, "email": form.inputs["email"]["value"]}
    data |= {"password": form.inputs["password"]["value"], "action": "signin"}
    r = web.post(form.form["action"], data=data)
    assert r.status_code == 302
    assert r.headers["Location"] == goto
    assert "Secure" in r.headers["Set-Cookie"] and "HttpOnly" in r.headers["Set-Cookie"]
    assert not simulator.state.tokens  # the token only comes from authorize
    done = web.get(r.headers["Location"])  # the session cookie skips the second form
    assert done.status_code == 302
    frag = parse_qs(urlsplit(done.headers["Location"]).fragment)
    assert frag["state"] == ["sso-1"]
    assert simulator.state.token_info(frag["access_token"][0], "webex") is not None
    # Without the session, authorize shows the form again.
    assert Web(simulator).get(goto).status_code == 200


def test_dosso_refuses_foreign_goto(simulator: Simulator) -> None:
    web = Web(simulator)
    for goto in (
        "https://evil.example/idb/oauth2/v1/authorize?" + authorize_query(),
        f"{simulator.base_url}/somewhere/else",
        "https://[::1/idb/oauth2/v1/authorize",
        "",
    ):
        r = web.get("/idb/saml2/jsp/doSSO.jsp", params={"type": "login", "goto": goto})
        assert r.status_code == 400 and "Location" not in r.headers


def test_dosso_cancel(simulator: Simulator) -> None:
    web = Web(simulator)
    goto = f"{simulator.base_url}/idb/oauth2/v1/authorize?{authorize_query(state='c-1')}"
    r = web.post(
        "/idb/saml2/jsp/doSSO.jsp", data={"type": "login", "goto": goto, "action": "cancel"}
    )
    assert r.status_code == 302
    q = parse_qs(urlsplit(r.headers["Location"]).query)
    assert q["error"] == ["access_denied"] and q["state"] == ["c-1"]


# ------------------------------------------------------------------------- people/me, tokenExpiry
def test_people_me_matches_the_spec(simulator: Simulator, spec: dict[str, Any]) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web))
    r = web.get("/v1/people/me", headers=bearer(token))
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/json")
    body = r.json()
    check(spec, response_schema(spec, "/people/me", "get", "200"), body)
    assert body["emails"] == ["admin@contoso.example"]
    assert body["displayName"] == "Adele Admin"
    assert body["firstName"] == "Adele" and body["lastName"] == "Admin"
    assert body["roles"] == [WEBEX_FULL_ADMIN_ROLE]
    assert body["type"] == "person"
    assert body["orgId"] == simulator.state.webex_org_hydra_id()
    import base64

    decoded = base64.b64decode(body["orgId"] + "==").decode()
    assert decoded == f"ciscospark://us/ORGANIZATION/{simulator.state.webex_org_id}"
    assert r.headers["TrackingID"]


def test_token_expiry_in_epoch_milliseconds(simulator: Simulator, spec: dict[str, Any]) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web))
    r = web.get("/v1/authorizations/tokenExpiry", headers=bearer(token))
    assert r.status_code == 200
    body = r.json()
    check(spec, response_schema(spec, "/authorizations/tokenExpiry", "get", "200"), body)
    expected = simulator.state.tokens[token].expires_at * 1000
    assert abs(body["exp"] - expected) <= 1
    assert body["exp"] > time.time() * 1000 + 44 * 86400 * 1000


@pytest.mark.parametrize("path", ["/v1/people/me", "/v1/authorizations/tokenExpiry"])
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}],
)
def test_rest_401_in_webex_error_shape(
    simulator: Simulator, spec: dict[str, Any], path: str, headers: dict[str, str]
) -> None:
    r = Web(simulator).get(path, headers=headers)
    assert r.status_code == 401
    body = r.json()
    check(spec, "Error", body)
    assert body["message"] == INVALID_TOKEN_MESSAGE
    assert body["trackingId"] == r.headers["TrackingID"]


def test_graph_tokens_are_not_webex_tokens(simulator: Simulator) -> None:
    graph = simulator.state.issue_token("graph", simulator.state.admin_id, 3600)
    assert Web(simulator).get("/v1/people/me", headers=bearer(graph)).status_code == 401


def test_scope_without_people_read_is_403(simulator: Simulator) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web, scope="Identity:SCIM"))
    r = web.get("/v1/people/me", headers=bearer(token))
    assert r.status_code == 403
    assert r.json()["trackingId"]


@pytest.mark.sim(scenario="expired-token", state="configured")
def test_expired_token_is_401_everywhere(simulator: Simulator) -> None:
    web = Web(simulator)
    token = simulator.configured["webex_token"]
    assert simulator.configured["webex_token_expires_at"] < time.time()
    for path in ("/v1/people/me", "/v1/authorizations/tokenExpiry"):
        r = web.get(path, headers=bearer(token))
        # Webex's error shape, saying the token expired (not merely "invalid").
        assert r.status_code == 401 and r.json()["message"] == EXPIRED_TOKEN_MESSAGE
    for base in scim_bases(simulator):
        r = web.get(f"{base}/Users", headers=bearer(token))
        assert r.status_code == 401
        assert r.json()["schemas"] == [ERROR_URN] and r.json()["status"] == "401"


@pytest.mark.sim(scenario="revoked-token", state="configured")
def test_revoked_token_is_401_everywhere(simulator: Simulator) -> None:
    web = Web(simulator)
    token = simulator.configured["webex_token"]
    assert simulator.state.tokens[token].expires_at > time.time()
    assert web.get("/v1/people/me", headers=bearer(token)).status_code == 401
    for base in scim_bases(simulator):
        assert web.get(f"{base}/Users", headers=bearer(token)).status_code == 401


@pytest.mark.sim(state="configured")
def test_configured_token_works(simulator: Simulator) -> None:
    web = Web(simulator)
    token = simulator.configured["webex_token"]
    assert web.get("/v1/people/me", headers=bearer(token)).status_code == 200
    r = web.get(simulator.configured["tenant_url"] + "/Users", headers=bearer(token))
    assert r.status_code == 200 and r.json()["schemas"] == [LIST_URN]


# ------------------------------------------------------------------------- SCIM
def test_scim_create_search_update_delete_through_both_bases(
    simulator: Simulator, spec: dict[str, Any]
) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web))
    legacy, v2 = scim_bases(simulator)
    host = simulator.base_url

    created = web.post(
        f"{legacy}/Users", json=entra_user("alexw@contoso.example"), headers=bearer(token)
    )
    assert created.status_code == 201, created.text
    user = created.json()
    check(spec, "GetUserResponse", user)
    assert user["userType"] == "user"
    uid = user["id"]
    assert created.headers["Location"] == f"{host}{legacy}/Users/{uid}"
    assert user["meta"]["location"] == f"{host}{legacy}/Users/{uid}"

    # The same store answers under the SCIM 2 base, with that base in meta.location.
    found = web.get(
        f"{v2}/Users",
        params={"filter": 'userName eq "ALEXW@contoso.example"', "count": "1"},
        headers=bearer(token),
    )
    assert found.status_code == 200
    listing = found.json()
    check(spec, "SearchUserResponse", listing)
    assert listing["schemas"] == [LIST_URN]
    assert listing["totalResults"] == 1
    assert listing["Resources"][0]["id"] == uid
    assert listing["Resources"][0]["meta"]["location"] == f"{host}{v2}/Users/{uid}"

    empty = web.get(
        f"{legacy}/Users",
        params={"filter": 'userName eq "nobody@invalid.example"', "count": "1"},
        headers=bearer(token),
    )
    assert empty.json()["totalResults"] == 0 and empty.json()["Resources"] == []

    replaced = web.send(
        "PUT",
        f"{v2}/Users/{uid}",
        json=entra_user("alexw@contoso.example", title="Marketing Lead"),
        headers=bearer(token),
    )
    assert replaced.status_code == 200, replaced.text
    check(spec, "GetUserResponse", replaced.json())
    got = web.get(f"{legacy}/Users/{uid}", headers=bearer(token)).json()
    assert got["title"] == "Marketing Lead"

    patched = web.send(
        "PATCH",
        f"{legacy}/Users/{uid}",
        json={
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            # PatchUser's documented operation: ``value`` is an array of roles.
            "Operations": [
                {
                    "op": "add",
                    "path": "roles",
                    "value": [{"value": "id_user_admin", "type": "cirole"}],
                }
            ],
        },
        headers=bearer(token),
    )
    assert patched.status_code == 200, patched.text  # the definition: 200 with the resource
    check(spec, "GetUserResponse", patched.json())
    assert patched.json()["id"] == uid
    roles = web.get(f"{v2}/Users/{uid}", headers=bearer(token)).json()["roles"]
    assert {"value": "id_user_admin", "type": "cirole"}.items() <= roles[0].items()
    assert [u["userName"] for u in scim_users(simulator)] == ["alexw@contoso.example"]

    # A duplicate userName is refused by the store (Entra must match before creating).
    dup = web.post(f"{v2}/Users", json=entra_user("alexw@contoso.example"), headers=bearer(token))
    assert dup.status_code == 409 and dup.json()["scimType"] == "uniqueness"

    deleted = web.send("DELETE", f"{v2}/Users/{uid}", headers=bearer(token))
    assert deleted.status_code == 204
    assert web.get(f"{legacy}/Users/{uid}", headers=bearer(token)).status_code == 404
    assert scim_users(simulator) == []

    writes = [(w.method, w.path) for w in simulator.state.write_log]
    assert writes == [
        ("POST", f"{legacy}/Users"),
        ("PUT", f"{v2}/Users/{uid}"),
        ("PATCH", f"{legacy}/Users/{uid}"),
        ("DELETE", f"{v2}/Users/{uid}"),
    ]


def test_scim_cisco_extension_and_groups(simulator: Simulator, spec: dict[str, Any]) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web))
    _legacy, v2 = scim_bases(simulator)
    body = entra_user("megan@contoso.example", userType="user")
    body["schemas"].append(CISCO_USER_SCHEMA)
    body[CISCO_USER_SCHEMA] = {
        "accountStatus": "active",
        "sipAddresses": [
            {"value": "megan@contoso.calls.webex.com", "type": "enterprise", "primary": True}
        ],
        "extensionAttribute1": ["cost-center-7"],
    }
    r = web.post(f"{v2}/Users", json=body, headers=bearer(token))
    assert r.status_code == 201, r.text
    user = r.json()
    check(spec, "GetUserResponse", user)
    assert user[CISCO_USER_SCHEMA]["sipAddresses"][0]["value"] == "megan@contoso.calls.webex.com"
    group = web.post(
        f"{v2}/Groups",
        json={
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "displayName": "Sales",
            "members": [{"value": user["id"]}],
        },
        headers=bearer(token),
    )
    assert group.status_code == 201, group.text
    assert group.json()["members"][0]["value"] == user["id"]


def test_scim_post_search_is_not_a_write(simulator: Simulator) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web))
    for base in scim_bases(simulator):
        r = web.post(
            f"{base}/Users/.search",
            json={"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], "count": 1},
            headers=bearer(token),
        )
        # Not in Webex's definition (RFC 7644 §3.4.3 only): refused in the SCIM error shape.
        assert r.status_code == 404, r.text
        assert r.json()["schemas"] == [ERROR_URN] and r.json()["status"] == "404"
    assert simulator.state.write_log == []


@pytest.mark.parametrize("legacy", [True, False])
def test_scim_auth_errors(simulator: Simulator, legacy: bool) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web))
    base = scim_bases(simulator)[0 if legacy else 1]

    r = web.get(f"{base}/Users")
    assert r.status_code == 401
    assert r.json() == {"schemas": [ERROR_URN], "status": "401", "detail": INVALID_TOKEN_MESSAGE}
    assert r.headers["WWW-Authenticate"].startswith("Bearer")

    other_org = "0ae87ade-8c8a-4952-af08-318798958d0c"
    wrong = base.replace(simulator.state.webex_org_id, other_org)
    r = web.get(f"{wrong}/Users", headers=bearer(token))
    # Webex refuses another organization's ID with 403, not 404.
    assert r.status_code == 403
    assert r.json()["schemas"] == [ERROR_URN] and r.json()["status"] == "403"

    r = web.post(f"{base}/Users", json=entra_user("x@contoso.example"), headers=bearer("nope"))
    assert r.status_code == 401
    assert scim_users(simulator) == [] and simulator.state.write_log == []


def test_scim_needs_the_scim_scope(simulator: Simulator) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web, scope="spark:people_read"))
    r = web.get(f"{scim_bases(simulator)[0]}/Users", headers=bearer(token))
    assert r.status_code == 403
    assert r.json()["schemas"] == [ERROR_URN]


@pytest.mark.parametrize(
    ("email", "can_read", "can_write"),
    [
        ("admin@contoso.example", True, True),
        ("useradmin@contoso.example", True, True),
        ("readonly@contoso.example", True, False),
        ("user@contoso.example", False, False),
    ],
)
def test_scim_roles(simulator: Simulator, email: str, can_read: bool, can_write: bool) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web, email=email))
    me = web.get("/v1/people/me", headers=bearer(token)).json()
    assert me["emails"] == [email]
    base = scim_bases(simulator)[1]
    read = web.get(f"{base}/Users", headers=bearer(token))
    write = web.post(f"{base}/Users", json=entra_user(f"new-{email}"), headers=bearer(token))
    assert read.status_code == (200 if can_read else 403)
    assert write.status_code == (201 if can_write else 403)
    for r in (read, write):
        if r.status_code == 403:
            body = r.json()
            assert body["schemas"] == [ERROR_URN] and body["status"] == "403"
            assert "scimType" not in body
            assert "not an administrator" in body["detail"]


def test_role_ids_are_webex_encoded() -> None:
    assert role_id("id_full_admin") == WEBEX_FULL_ADMIN_ROLE


# ------------------------------------------------------------------------- scenarios
@pytest.mark.sim(scenario="non-admin")
def test_non_admin_scenario(simulator: Simulator) -> None:
    web = Web(simulator)
    token = token_of(sign_in(web))
    me = web.get("/v1/people/me", headers=bearer(token)).json()
    assert me["emails"] == ["admin@contoso.example"]
    assert WEBEX_FULL_ADMIN_ROLE not in me["roles"]
    r = web.post(
        f"{scim_bases(simulator)[0]}/Users",
        json=entra_user("a@contoso.example"),
        headers=bearer(token),
    )
    assert r.status_code == 403
    assert "scimType" not in r.json()
    assert scim_users(simulator) == [] and simulator.state.write_log == []


@pytest.mark.sim(scenario="webex-outage")
def test_webex_outage_scenario(simulator: Simulator) -> None:
    web = Web(simulator)
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    r = web.get("/v1/people/me", headers=bearer(token))
    assert r.status_code == 503
    assert r.headers["Retry-After"] and r.json()["trackingId"]
    for base in scim_bases(simulator):
        r = web.get(f"{base}/Users", headers=bearer(token))
        assert r.status_code == 503
        assert r.json()["schemas"] == [ERROR_URN]
        r = web.post(f"{base}/Users", json=entra_user("a@contoso.example"), headers=bearer(token))
        assert r.status_code == 503
    assert simulator.state.write_log == []


@pytest.mark.sim(scenario="throttling")
def test_throttling_is_waited_out_by_our_session(simulator: Simulator) -> None:
    token = simulator.state.issue_token("webex", simulator.state.webex_admin_id, 3600)
    session = make_session(simulator.ca_file)
    started = time.monotonic()
    r = session.get(f"{simulator.base_url}/v1/people/me", headers=bearer(token))
    assert r.status_code == 200
    legacy = scim_bases(simulator)[0]
    r = session.get(f"{simulator.base_url}{legacy}/Users", headers=bearer(token))
    assert r.status_code == 200
    assert time.monotonic() - started >= 3.5  # 2 x Retry-After: 1 per group, honoured
    seen = [(path, status) for _m, path, status in simulator.requests_seen]
    assert seen == [
        ("/v1/people/me", 429),
        ("/v1/people/me", 429),
        ("/v1/people/me", 200),
        (f"{legacy}/Users", 429),
        (f"{legacy}/Users", 429),
        (f"{legacy}/Users", 200),
    ]


@pytest.mark.sim(state="configured")
def test_in_process_calls_through_wsgi_app(simulator: Simulator) -> None:
    """The contract Graph's provisioning engine relies on: BaseAddress + SecretToken, no socket."""
    cfg = simulator.configured
    client = Client(simulator.wsgi_app)
    path = urlsplit(cfg["tenant_url"]).path
    auth = bearer(cfg["webex_token"])
    r = client.get(
        f"{path}/Users",
        query_string={"filter": 'userName eq "probe@invalid.example"', "count": "1"},
        headers=auth,
    )
    assert r.status_code == 200 and r.json["totalResults"] == 0
    r = client.post(f"{path}/Users", json=entra_user("lee@contoso.example"), headers=auth)
    assert r.status_code == 201, r.get_data(as_text=True)
    # The configured state's first cycle already provisioned the assigned admin.
    assert sorted(u["userName"] for u in scim_users(simulator)) == [
        "admin@contoso.onmicrosoft.com",
        "lee@contoso.example",
    ]
    assert [w.service for w in simulator.state.write_log] == ["scim"]
