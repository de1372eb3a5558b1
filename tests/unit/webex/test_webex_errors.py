"""Webex error bodies (three shapes) and the SCIM probe's status mapping, without a network.

The bodies are untrusted input, so besides the documented examples hypothesis drives both:
whatever the body and status, the result is a typed WebexScimError (never another exception),
the token never reaches its text, and Webex's tracking id is kept for support.
"""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.webex.errors import WebexApiError, WebexScimError
from wizard.webex.people import WebexPerson, require_full_admin
from wizard.webex.scim import org_of_tenant_url, probe_error
from wizard.webex.shapes import (
    SCIM_ERROR_SCHEMA,
    ErrorBody,
    correlation,
    parse_error_body,
    shown_tracking_id,
)
from wizard.webex.token import WebexToken

TOKEN = "ZmFrZS10b2tlbi1mb3ItdGVzdHM1234567890abcdef_P0A1_96abc2aa-3dcc-11e5-a152-fe34819cdc9a"
ORG = "96abc2aa-3dcc-11e5-a152-fe34819cdc9a"
TENANT = f"https://api.ciscospark.com/v1/scim/{ORG}"
IDS = {"client-request-id": "c-1"}

# The three documented shapes (docs/webex.md#error-shapes), with a tracking id each.
SCIM_BODY = {
    "schemas": [SCIM_ERROR_SCHEMA],
    "status": "403",
    "scimType": "insufficientRights",
    "detail": "User is not an administrator.",
}
WEBEX_BODY = {
    "message": "The request requires a valid access token set in the Authorization request header.",
    "errors": [{"description": "The request requires a valid access token.", "errorCode": 401}],
    "trackingId": "ROUTERGW_0f4c6f0e-1b7e-4a55-9a6d-1e2f3a4b5c6d",
}
IDENTITY_BODY = {
    "error": {
        "key": "401",
        "message": [
            {"code": "701018", "description": "Request unauthorized. client-request-id: abc"}
        ],
    },
    "trackingId": "ATLAS_6f0b4b1c-9f0e-4d7b-8d4e-1a2b3c4d5e6f_17",
}


# ------------------------------------------------------------------------- parse_error_body
def test_scim_shape() -> None:
    got = parse_error_body(SCIM_BODY)
    assert got == ErrorBody(
        "scim", detail="User is not an administrator.", code="insufficientRights"
    )


def test_webex_rest_shape() -> None:
    got = parse_error_body(WEBEX_BODY)
    assert got.shape == "webex"
    assert got.detail == WEBEX_BODY["message"]
    assert got.code == "401"
    assert got.tracking_id == "ROUTERGW_0f4c6f0e-1b7e-4a55-9a6d-1e2f3a4b5c6d"


def test_webex_rest_shape_without_message_uses_the_descriptions() -> None:
    body = {
        "errors": [
            {"description": "first", "errorCode": 7},
            {"description": "second"},
            {"description": "first"},
        ]
    }
    got = parse_error_body(body)
    assert (got.shape, got.detail, got.code) == ("webex", "first; second", "7")


def test_identity_shape() -> None:
    got = parse_error_body(IDENTITY_BODY)
    assert got.shape == "identity"
    assert got.detail == "Request unauthorized. client-request-id: abc"
    assert got.code == "701018"
    assert got.tracking_id == "ATLAS_6f0b4b1c-9f0e-4d7b-8d4e-1a2b3c4d5e6f_17"


def test_identity_shape_without_message_list_falls_back_to_the_key() -> None:
    got = parse_error_body({"error": {"key": "403", "message": "Forbidden"}})
    assert (got.shape, got.detail, got.code) == ("identity", "Forbidden", "403")


def test_oauth_shape() -> None:
    got = parse_error_body({"error": "invalid_token", "error_description": "Token expired"})
    assert (got.shape, got.detail, got.code) == ("oauth", "Token expired", "invalid_token")


def test_scim_detail_without_schemas_is_still_read() -> None:
    got = parse_error_body({"status": "404", "detail": "Organization not found"})
    assert (got.shape, got.detail) == ("scim", "Organization not found")


@pytest.mark.parametrize(
    "body", [None, "", "<html>proxy</html>", 42, [], [SCIM_BODY], {}, {"schemas": "x"}]
)
def test_anything_else_is_unknown(body: object) -> None:
    got = parse_error_body(body)
    assert got.shape == "unknown" and got.detail == "" and got.code == ""


def test_token_is_scrubbed_from_every_field() -> None:
    body = {
        "error": {"key": TOKEN, "message": [{"code": TOKEN, "description": f"bad {TOKEN}"}]},
        "trackingId": f"T_{TOKEN}",
    }
    got = parse_error_body(body, [TOKEN])
    assert TOKEN not in repr(got)
    assert got.detail == "bad [redacted]"


def test_control_characters_and_length_are_bounded() -> None:
    got = parse_error_body({"message": "a\x00b\nc" + "x" * 1000})
    assert got.detail.startswith("a b c") and len(got.detail) <= 200


def test_correlation_adds_body_tracking_id_and_falls_back_to_ours() -> None:
    parsed = parse_error_body(IDENTITY_BODY)
    ids = correlation(IDS, parsed, "WIZARD_x")
    assert ids == {
        "client-request-id": "c-1",
        "trackingId": IDENTITY_BODY["trackingId"],
    }
    assert shown_tracking_id(ids) == IDENTITY_BODY["trackingId"]
    ours = correlation(IDS, ErrorBody("unknown"), "WIZARD_x")
    assert ours["TrackingID"] == "WIZARD_x" and shown_tracking_id(ours) == "WIZARD_x"
    header = correlation({"trackingid": "SIM_1"}, ErrorBody("unknown"), "WIZARD_x")
    assert header == {"trackingid": "SIM_1"} and shown_tracking_id(header) == "SIM_1"


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "schemas",
                    "detail",
                    "scimType",
                    "message",
                    "errors",
                    "description",
                    "errorCode",
                    "error",
                    "key",
                    "code",
                    "trackingId",
                    "error_description",
                    "x",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=400)
@given(body=JSON)
def test_parser_never_raises_on_any_json(body: object) -> None:
    got = parse_error_body(body, [TOKEN])
    assert got.shape in {"scim", "webex", "identity", "oauth", "unknown"}
    assert len(got.detail) <= 3 * 200 + 4 and len(got.code) <= 40


SHAPES = st.sampled_from(["scim", "webex", "identity"])


def _shape(kind: str, text: str, code: str, tracking: str) -> dict[str, object]:
    if kind == "scim":
        return {"schemas": [SCIM_ERROR_SCHEMA], "detail": text, "scimType": code}
    if kind == "webex":
        return {"message": text, "errors": [{"errorCode": code}], "trackingId": tracking}
    return {
        "error": {"key": "400", "message": [{"code": code, "description": text}]},
        "trackingId": tracking,
    }


@settings(max_examples=300)
@given(
    kind=SHAPES,
    before=st.text(max_size=30),
    after=st.text(max_size=30),
    tracking=st.from_regex(r"[A-Z]{4,8}_[0-9a-f-]{8,36}", fullmatch=True),
)
def test_each_shape_keeps_text_and_tracking_but_never_the_token(
    kind: str, before: str, after: str, tracking: str
) -> None:
    body = _shape(kind, f"{before}{TOKEN}{after}", f"c{TOKEN}", tracking)
    got = parse_error_body(json.loads(json.dumps(body)), [TOKEN])
    assert got.shape == kind
    assert TOKEN not in got.detail and TOKEN not in got.code
    assert "[redacted]" in got.detail
    if kind != "scim":
        assert got.tracking_id == tracking


# ------------------------------------------------------------------------- status mapping
def _token(expired: bool) -> WebexToken:
    now = time.time()
    captured = now - 90 * 86400 if expired else now
    return WebexToken(TOKEN, "Bearer", 3887999, captured)


@pytest.mark.parametrize(
    ("status", "token", "code", "transient", "text"),
    [
        (401, "fresh", "webex.scim.unauthorized", False, "expired, revoked, or from another"),
        (401, "expired", "webex.scim.token_expired", False, "It expired on"),
        (401, "string", "webex.scim.unauthorized", False, "another Webex environment"),
        (403, "fresh", "webex.scim.forbidden", False, "not a Full (or User) Administrator"),
        (404, "fresh", "webex.scim.not_found", False, f"The tenant URL {TENANT} was not found"),
        (429, "fresh", "webex.scim.throttled", True, "wait 7 seconds"),
        (500, "fresh", "webex.scim.outage.500", True, "on Webex's side (500)"),
        (502, "fresh", "webex.scim.outage.502", True, "on Webex's side (502)"),
        (503, "fresh", "webex.scim.outage.503", True, "on Webex's side (503)"),
        (400, "fresh", "webex.scim.http.400", False, "answered 400"),
        (410, "fresh", "webex.scim.http.410", False, "answered 410"),
    ],
)
@pytest.mark.parametrize("body", [SCIM_BODY, WEBEX_BODY, IDENTITY_BODY, None])
def test_status_mapping(
    status: int, token: str, code: str, transient: bool, text: str, body: object
) -> None:
    tok: WebexToken | str = TOKEN if token == "string" else _token(token == "expired")
    err = probe_error(status, body, {"Retry-After": "7"}, TENANT + "/", tok, IDS)
    assert isinstance(err, WebexScimError)
    assert (err.code, err.status, err.transient) == (code, status, transient)
    rendered = err.render()
    assert text in rendered
    assert err.what and err.why and err.fix  # what happened, why, what to do next
    assert TOKEN not in rendered
    if body is WEBEX_BODY:
        assert err.correlation["trackingId"] == WEBEX_BODY["trackingId"]
    if body is IDENTITY_BODY:
        assert err.correlation["trackingId"] == IDENTITY_BODY["trackingId"]


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (SCIM_BODY, "User is not an administrator."),
        (WEBEX_BODY, WEBEX_BODY["message"]),
        (IDENTITY_BODY, "Request unauthorized. client-request-id: abc"),
        ({"unexpected": True}, "no details"),
    ],
)
def test_the_services_words_are_quoted_for_403(body: object, detail: str) -> None:
    err = probe_error(403, body, {}, TENANT, _token(False), IDS)
    assert err.params["detail"] == detail
    assert f"Webex said: {detail}" in err.render()


@settings(max_examples=300)
@given(status=st.integers(min_value=300, max_value=599), body=JSON, retry=st.text(max_size=30))
def test_any_status_and_body_gives_a_typed_error_without_the_token(
    status: int, body: object, retry: str
) -> None:
    err = probe_error(status, body, {"Retry-After": retry + TOKEN}, TENANT, TOKEN, IDS)
    assert isinstance(err, WebexScimError)
    assert err.status == status
    assert TOKEN not in err.render() and TOKEN not in repr(err.params)
    assert err.transient == (status == 429 or status >= 500)


def test_tenant_url_org() -> None:
    assert org_of_tenant_url(TENANT) == ORG
    assert org_of_tenant_url(f"https://webexapis.com/identity/scim/{ORG.upper()}/v2") == ORG
    assert org_of_tenant_url("https://webexapis.com/identity/scim/x/v2") is None
    assert org_of_tenant_url("https://[::1") is None


# ------------------------------------------------------------------------- Full Admin
def _person(roles: tuple[str, ...]) -> WebexPerson:
    return WebexPerson(
        "id", "Uma User", "user@contoso.example", ORG, roles, "id_full_admin" in roles
    )


def test_full_admin_passes_and_others_get_the_plain_message() -> None:
    admin = _person(("id_full_admin",))
    assert require_full_admin(admin) is admin
    with pytest.raises(WebexApiError) as info:
        require_full_admin(_person(("id_user_admin",)))
    err = info.value
    assert err.code == "webex.not_full_admin"
    assert err.summary() == (
        "user@contoso.example is not a Full Administrator of this Webex organization."
    )
    assert "cannot create users" in err.why
    assert "id_user_admin" in err.render()
    assert 'Click "Sign in as someone else"' in err.render()
    with pytest.raises(WebexApiError, match="Roles of this account: none"):
        require_full_admin(_person(()))
