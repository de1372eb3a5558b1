"""Webex org ID and role decoding: every encoding Webex and its clients use, and garbage."""

from __future__ import annotations

import base64
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.simulator.state import WEBEX_FULL_ADMIN_ROLE
from wizard.webex.errors import WebexOrgIdError
from wizard.webex.people import decode_org_id, decode_role, is_full_admin, role_names

#: The spec's own people/me example (https://developer.webex.com/docs/api/v1/people/get-my-own-details).
SPEC_ORG = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi85NmFiYzJhYS0zZGNjLTExZTUtYTE1Mi1mZTM0ODE5Y2RjOWE"
SPEC_UUID = "96abc2aa-3dcc-11e5-a152-fe34819cdc9a"


def encode(text: str, *, urlsafe: bool = False, pad: bool = False) -> str:
    raw = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(text.encode()).decode()
    return raw if pad else raw.rstrip("=")


def test_spec_example() -> None:
    assert decode_org_id(SPEC_ORG) == SPEC_UUID


@pytest.mark.parametrize(
    "value",
    [
        SPEC_UUID,
        SPEC_UUID.upper(),
        f"  {SPEC_UUID}\n",
        SPEC_ORG + "==",  # padded
        SPEC_ORG + "=",  # wrongly padded: tolerated, padding is recomputed
        encode(f"ciscospark://us/ORGANIZATION/{SPEC_UUID}", urlsafe=True),
        encode(f"ciscospark://us/ORGANIZATION/{SPEC_UUID.upper()}"),
        encode(f"ciscospark://urn:TEAM:eu-central-1_k/ORGANIZATION/{SPEC_UUID}"),
        encode(f"ciscospark://urn:TEAM:us-west-2_r/ORGANIZATION/{SPEC_UUID}", pad=True),
    ],
)
def test_accepted_forms(value: str) -> None:
    assert decode_org_id(value) == SPEC_UUID


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "not an id",
        "a35bfbc6-ccbd-4a17-a488-72gf46c5420c",  # Cisco's help-article example is not hex
        encode(f"ciscospark://us/PEOPLE/{SPEC_UUID}"),  # a person, not an org
        encode("ciscospark://us/ORGANIZATION/not-a-uuid"),
        encode(f"https://us/ORGANIZATION/{SPEC_UUID}"),
        encode(f"ciscospark://ORGANIZATION/{SPEC_UUID}"),  # no region
        encode(f"ciscospark://us/x/ORGANIZATION/{SPEC_UUID}"),
        encode(f"ciscospark://us/ORGANIZATION/{SPEC_UUID}/extra"),
        "Y",  # impossible base64 length
        "@@@@",
        base64.b64encode(b"\xff\xfe\xfd").decode(),  # not UTF-8
        SPEC_ORG + "===",
    ],
)
def test_rejected_forms(value: str) -> None:
    with pytest.raises(WebexOrgIdError) as info:
        decode_org_id(value)
    assert info.value.code == "webex.org_id.invalid"
    assert info.value.fix


def test_non_text_is_a_typed_error() -> None:
    with pytest.raises(WebexOrgIdError):
        decode_org_id(None)  # type: ignore[arg-type]
    with pytest.raises(WebexOrgIdError):
        decode_org_id(b"96abc2aa-3dcc-11e5-a152-fe34819cdc9a")  # type: ignore[arg-type]


REGIONS = st.one_of(
    st.just("us"),
    st.from_regex(r"urn:TEAM:[a-z]{2}-[a-z]+-[0-9]_[a-z]", fullmatch=True),
)


@settings(max_examples=300)
@given(
    org=st.uuids(),
    region=REGIONS,
    urlsafe=st.booleans(),
    pad=st.booleans(),
    upper=st.booleans(),
)
def test_any_encoding_of_any_org_decodes(
    org: uuid.UUID, region: str, urlsafe: bool, pad: bool, upper: bool
) -> None:
    ident = str(org).upper() if upper else str(org)
    value = encode(f"ciscospark://{region}/ORGANIZATION/{ident}", urlsafe=urlsafe, pad=pad)
    assert decode_org_id(value) == str(org)


@settings(max_examples=500)
@given(
    value=st.one_of(
        st.text(max_size=120), st.binary(max_size=90).map(lambda b: base64.b64encode(b).decode())
    )
)
def test_garbage_only_ever_raises_the_typed_error(value: str) -> None:
    try:
        result = decode_org_id(value)
    except WebexOrgIdError as err:
        assert err.code == "webex.org_id.invalid"
        return
    # Anything accepted must be a canonical UUID.
    assert str(uuid.UUID(result)) == result


@settings(max_examples=200)
@given(kind=st.text(min_size=1, max_size=30).filter(lambda k: "/" not in k and k != "ORGANIZATION"))
def test_other_kinds_are_rejected(kind: str) -> None:
    with pytest.raises(WebexOrgIdError):
        decode_org_id(encode(f"ciscospark://us/{kind}/{SPEC_UUID}"))


# ------------------------------------------------------------------------- roles
def role(name: str, region: str = "us") -> str:
    return encode(f"ciscospark://{region}/ROLE/{name}")


def test_full_admin_role_of_docs_and_simulator() -> None:
    assert decode_role(WEBEX_FULL_ADMIN_ROLE) == "id_full_admin"
    assert is_full_admin([WEBEX_FULL_ADMIN_ROLE])


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        ([], False),
        ([role("id_user_admin")], False),
        ([role("id_readonly_admin"), role("id_full_admin")], True),
        # The spec's example packs several ids into one comma-separated entry.
        ([f"{role('id_user_admin')},{role('id_full_admin')}"], True),
        ([role("id_full_admin", "urn:TEAM:eu-central-1_k")], True),
        ([encode("ciscospark://us/ROLE/id_full_admin", urlsafe=True, pad=True)], True),
        ([encode(f"ciscospark://us/PEOPLE/{SPEC_UUID}")], False),  # not a role
        (["garbage", "", "!!!"], False),
        ([None, 5], False),  # type: ignore[list-item]
    ],
)
def test_is_full_admin(roles: list[str], expected: bool) -> None:
    assert is_full_admin(roles) is expected


def test_role_names_are_decoded_once_each() -> None:
    assert role_names([role("id_user_admin"), role("id_user_admin"), "junk"]) == ("id_user_admin",)


@settings(max_examples=300)
@given(roles=st.lists(st.text(max_size=60), max_size=5))
def test_role_decoding_never_raises(roles: list[str]) -> None:
    assert isinstance(is_full_admin(roles), bool)
