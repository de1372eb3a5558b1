"""The Webex implicit-grant pieces: state, authorize URL, redirect detection and parsing.

The redirect URL is attacker-controllable input, so besides the examples the parser is driven by
hypothesis: whatever the URL, it returns a token or raises WebexAuthError — never anything
else — and the token never leaks into the error text.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from wizard.core.endpoints import WEBEX_AZURE_CLIENT_ID, Endpoints
from wizard.webex.errors import WebexAuthError
from wizard.webex.token import (
    WebexToken,
    authorize_url,
    is_redirect,
    new_state,
    parse_redirect,
)

EP = Endpoints()
REDIRECT = EP.webex_redirect_uri  # http://localhost:3000/auth/code
STATE = "s-" + "x" * 40
TOKEN = "ZmFrZS10b2tlbi1mb3ItdGVzdHM1234567890abcdef_P0A1_96abc2aa-3dcc-11e5-a152-fe34819cdc9a"
NOW = 1_700_000_000.0


def frag(**params: str) -> str:
    return f"{REDIRECT}#{urlencode(params, quote_via=quote)}"


def good(**overrides: str) -> dict[str, str]:
    params = {
        "access_token": TOKEN,
        "token_type": "Bearer",
        "expires_in": "3887999",
        "state": STATE,
    }
    params.update(overrides)
    return {k: v for k, v in params.items() if v is not None}


# ------------------------------------------------------------------------- state + URL
def test_new_state_is_random_urlsafe_and_at_least_128_bits() -> None:
    states = {new_state() for _ in range(200)}
    assert len(states) == 200
    for s in states:
        assert re.fullmatch(r"[A-Za-z0-9_-]+", s)
        assert len(s) * 6 >= 128


def test_authorize_url_is_ciscos_documented_url() -> None:
    url = authorize_url(EP, "abc123")
    # Byte for byte the URL of Cisco's instructions (docs/webex.md#token), with our state.
    assert url == (
        "https://idbroker.webex.com/idb/oauth2/v1/authorize?response_type=token"
        f"&client_id={WEBEX_AZURE_CLIENT_ID}"
        "&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fauth%2Fcode"
        "&scope=spark%3Apeople_read%20spark%3Apeople_write%20Identity%3ASCIM"
        "&state=abc123"
    )


def test_authorize_url_follows_the_endpoints_model_and_encodes_state() -> None:
    ep = EP.replace(webex_idbroker="https://idbroker-f.webex.com/", webex_client_id="Cabc")
    url = authorize_url(ep, "a b&c=d/é")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "idbroker-f.webex.com",
        "/idb/oauth2/v1/authorize",
    )
    q = parse_qs(parts.query)
    assert q["state"] == ["a b&c=d/é"]
    assert q["client_id"] == ["Cabc"]
    assert q["redirect_uri"] == [REDIRECT]
    assert q["scope"] == ["spark:people_read spark:people_write Identity:SCIM"]
    assert "+" not in parts.query  # spaces as %20, as documented


def test_authorize_url_wrapped_in_dosso() -> None:
    url = authorize_url(EP, "st", wrap_sso=True)
    parts = urlsplit(url)
    assert parts.path == "/idb/saml2/jsp/doSSO.jsp"
    q = parse_qs(parts.query)
    assert q["type"] == ["login"]
    assert q["goto"] == [authorize_url(EP, "st")]


def test_authorize_url_refuses_empty_state() -> None:
    with pytest.raises(ValueError):
        authorize_url(EP, "")


# ------------------------------------------------------------------------- is_redirect
@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:3000/auth/code#access_token=x",
        "http://localhost:3000/auth/code?error=access_denied",
        "HTTP://LOCALHOST:3000/auth/code",
        "http://localhost:3000/auth/code/",
        "http://localhost:3000/auth/code/more",
    ],
)
def test_is_redirect_accepts(url: str) -> None:
    assert is_redirect(url, EP)


@pytest.mark.parametrize(
    "url",
    [
        "https://localhost:3000/auth/code",  # scheme
        "http://localhost:3001/auth/code",  # port
        "http://localhost/auth/code",  # default port 80
        "http://127.0.0.1:3000/auth/code",  # host
        "http://localhost.evil.example:3000/auth/code",
        "http://evil.example/?u=http://localhost:3000/auth/code",
        "http://localhost:3000/auth/codex",  # path prefix without a boundary
        "http://localhost:3000/auth",
        "http://user@localhost:3000/auth/code",  # userinfo
        "http://localhost:99999/auth/code",  # invalid port
        "http://[::1/auth/code",  # unparsable
        "",
        "about:blank",
    ],
)
def test_is_redirect_rejects(url: str) -> None:
    assert not is_redirect(url, EP)


# ------------------------------------------------------------------------- parse: success
def test_parse_fragment_success() -> None:
    tok = parse_redirect(frag(**good()), STATE, EP, now=NOW)
    assert tok.access_token == TOKEN
    assert tok.token_type == "Bearer"
    assert tok.expires_in == 3887999
    assert tok.captured_at == NOW
    # 3887999 s is 45 days minus a second, not the tutorial's 365 days.
    assert tok.expires_at == NOW + 3887999
    assert round((tok.expires_at - NOW) / 86400) == 45


def test_parse_query_success_and_case_insensitive_bearer() -> None:
    url = f"{REDIRECT}?{urlencode(good(token_type='bearer'))}"
    tok = parse_redirect(url, STATE, EP, now=NOW)
    assert tok.access_token == TOKEN and tok.token_type == "Bearer"


def test_parse_split_between_query_and_fragment() -> None:
    url = f"{REDIRECT}?state={STATE}#access_token={TOKEN}&token_type=Bearer&expires_in=60"
    assert parse_redirect(url, STATE, EP, now=NOW).expires_in == 60


def test_unknown_parameters_are_ignored() -> None:
    url = frag(**good(), scope="spark:people_read", foo="bar")
    assert parse_redirect(url, STATE, EP).access_token == TOKEN


def test_now_defaults_to_the_clock() -> None:
    import time

    before = time.time()
    tok = parse_redirect(frag(**good()), STATE, EP)
    assert before <= tok.captured_at <= time.time()


# ------------------------------------------------------------------------- parse: failures
def codes(url: str, state: str = STATE) -> str:
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(url, state, EP, now=NOW)
    assert TOKEN not in str(info.value)
    assert TOKEN not in repr(info.value)
    assert TOKEN not in info.value.render()
    return info.value.code


def test_error_in_query_like_ciscos_sdk() -> None:
    url = (
        f"{REDIRECT}?error=invalid_scope&error_description=The%20requested%20scope%20is%20invalid."
        f"&state={STATE}"
    )
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(url, STATE, EP)
    assert info.value.code == "webex.auth.invalid_scope"
    assert "The requested scope is invalid." in str(info.value)


def test_error_in_fragment_like_rfc_6749() -> None:
    url = f"{REDIRECT}#error=server_error&error_description=boom&state={STATE}"
    assert codes(url) == "webex.auth.server_error"


def test_access_denied_is_a_cancel() -> None:
    url = f"{REDIRECT}?error=access_denied&error_description=The%20user%20cancelled&state={STATE}"
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(url, STATE, EP)
    assert info.value.code == "webex.auth.access_denied"
    assert "cancelled" in info.value.summary()


def test_state_is_checked_before_an_error_so_no_page_chooses_the_message() -> None:
    # Any page can navigate to the redirect URI; only idbroker's answer carries our state.
    url = frag(**good(state="other"), error="access_denied")
    assert codes(url) == "webex.auth.state_mismatch"
    assert codes(f"{REDIRECT}?error=server_error&error_description=Call%20555-0100%20now") == (
        "webex.auth.state_missing"
    )


def test_error_description_never_echoes_the_token() -> None:
    url = frag(**good(), error="invalid_request", error_description=f"bad token {TOKEN}")
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(url, STATE, EP)
    assert TOKEN not in str(info.value)
    assert "[redacted]" in str(info.value)


def test_error_without_description_and_weird_error_code() -> None:
    assert codes(f"{REDIRECT}?error=&state={STATE}") == "webex.auth.error"
    assert codes(f"{REDIRECT}?error=%0A%7B0%7D&state={STATE}") == "webex.auth.error"


@pytest.mark.parametrize(
    ("params", "code"),
    [
        (good(state=None), "webex.auth.state_missing"),
        (good(state=""), "webex.auth.state_missing"),
        (good(state="s-" + "x" * 39 + "y"), "webex.auth.state_mismatch"),
        (good(state="ß" * 5), "webex.auth.state_mismatch"),
        (good(access_token=None), "webex.auth.malformed"),
        (good(access_token=""), "webex.auth.malformed"),
        (good(access_token="has space"), "webex.auth.malformed"),
        (good(token_type=None), "webex.auth.malformed"),
        (good(token_type="mac"), "webex.auth.malformed"),
        (good(expires_in=None), "webex.auth.malformed"),
        (good(expires_in="-5"), "webex.auth.malformed"),
        (good(expires_in="0"), "webex.auth.malformed"),
        (good(expires_in="abc"), "webex.auth.malformed"),
        (good(expires_in="3.5"), "webex.auth.malformed"),
        (good(expires_in=" 5"), "webex.auth.malformed"),
        (good(expires_in="1_000"), "webex.auth.malformed"),
        (good(expires_in="５"), "webex.auth.malformed"),
        (good(expires_in="9" * 400), "webex.auth.malformed"),
        (good(expires_in="99999999999"), "webex.auth.malformed"),
    ],
)
def test_bad_fragment(params: dict[str, str], code: str) -> None:
    assert codes(frag(**params)) == code


def test_duplicated_parameters_are_rejected_even_when_equal() -> None:
    base = frag(**good())
    assert codes(base + f"&access_token={TOKEN}") == "webex.auth.malformed"
    assert codes(base + "&expires_in=3887999") == "webex.auth.malformed"
    assert codes(base + f"&state={STATE}") == "webex.auth.malformed"


def test_contradicting_query_and_fragment_are_rejected() -> None:
    url = f"{REDIRECT}?access_token=other-token-value-123456#{urlencode(good())}"
    assert codes(url) == "webex.auth.malformed"
    url = f"{REDIRECT}?expires_in=10#{urlencode(good())}"
    assert codes(url) == "webex.auth.malformed"


def test_not_our_redirect() -> None:
    assert codes("https://evil.example/auth/code#" + urlencode(good())) == "webex.auth.not_redirect"


def test_error_has_what_why_next_step() -> None:
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(frag(**good(state="nope")), STATE, EP)
    err = info.value
    assert err.what and err.why and err.fix
    assert len(err.render().splitlines()) >= 3


# ------------------------------------------------------------------------- WebexToken
def test_token_is_masked_in_repr_and_str() -> None:
    tok = WebexToken(TOKEN, "Bearer", 3887999, NOW)
    for text in (repr(tok), str(tok), f"{tok}", f"{[tok]}"):
        assert TOKEN not in text
    assert tok.masked() == f"{TOKEN[:4]}…{TOKEN[-4:]}"
    assert WebexToken("short", "Bearer", 1, NOW).masked() == "…"


def test_token_expiry_and_org_hint() -> None:
    tok = WebexToken(TOKEN, "Bearer", 100, NOW)
    assert not tok.expired(NOW + 99)
    assert tok.expired(NOW + 100)
    assert tok.org_hint() == "96abc2aa-3dcc-11e5-a152-fe34819cdc9a"
    assert WebexToken("abc", "Bearer", 1, NOW).org_hint() is None


# ------------------------------------------------------------------------- properties
NAMES = st.sampled_from(
    ["access_token", "token_type", "expires_in", "state", "error", "error_description", "x"]
)
VALUES = st.text(max_size=30)
TOKENS = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~",
    min_size=24,
    max_size=80,
)
PLACES = st.sampled_from(["query", "fragment"])


def build(pairs: list[tuple[str, str, str]]) -> str:
    query = [(n, v) for n, v, p in pairs if p == "query"]
    fragment = [(n, v) for n, v, p in pairs if p == "fragment"]
    url = REDIRECT
    if query:
        url += "?" + urlencode(query, quote_via=quote)
    if fragment:
        url += "#" + urlencode(fragment, quote_via=quote)
    return url


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(
    token=TOKENS,
    extra=st.lists(st.tuples(NAMES, VALUES, PLACES), max_size=6),
    place=PLACES,
    drop=st.sets(st.sampled_from(["access_token", "token_type", "expires_in", "state"])),
    expected=st.sampled_from([STATE, "other-state"]),
)
def test_parser_only_ever_returns_a_token_or_raises_webexautherror(
    token: str, extra: list[tuple[str, str, str]], place: str, drop: set[str], expected: str
) -> None:
    pairs = [(n, v, place) for n, v in good(access_token=token).items() if n not in drop] + extra
    url = build(pairs)
    try:
        tok = parse_redirect(url, expected, EP, now=NOW)
    except WebexAuthError as err:
        if "access_token" not in drop:  # else the string is no longer a token in this URL
            assert token not in str(err)
            assert token not in repr(err)
            assert all(token not in str(v) for v in err.params.values())
        return
    # Success is only possible with exactly one of each field, a matching state and no error.
    names = [n for n, _v, _p in pairs]
    assert "error" not in names
    for field in ("access_token", "token_type", "expires_in", "state"):
        assert names.count(field) == 1
    assert expected == STATE
    assert token not in repr(tok) and token not in str(tok)


@settings(max_examples=300)
@given(url=st.text(max_size=200), state=st.text(min_size=1, max_size=20))
def test_arbitrary_text_is_refused(url: str, state: str) -> None:
    # Only the registered redirect can carry a token: anything else is refused, and refused
    # with the parser's own error (nothing else is raised).
    assume(not url.startswith(REDIRECT))
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(url, state, EP)
    assert info.value.code.startswith("webex.auth.")


@settings(max_examples=300)
@given(
    tail=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120),
    sep=st.sampled_from(["?", "#", "?a=b#", "/"]),
)
def test_arbitrary_suffixes_on_the_redirect_are_refused(tail: str, sep: str) -> None:
    # Without our state in it, no suffix makes the redirect acceptable.
    assume(STATE not in tail)
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(REDIRECT + sep + tail, STATE, EP)
    assert info.value.code.startswith("webex.auth.")


@settings(max_examples=200)
@given(token=TOKENS, error=VALUES, description=VALUES, place=PLACES, state_place=PLACES)
def test_error_redirects_in_either_place_are_reported_as_errors(
    token: str, error: str, description: str, place: str, state_place: str
) -> None:
    pairs = [
        ("error", error, place),
        ("error_description", description + token, place),
        ("access_token", token, "fragment"),
        ("state", STATE, state_place),
    ]
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(build(pairs), STATE, EP)
    assert info.value.code.startswith("webex.auth.")
    assert info.value.code not in (
        "webex.auth.malformed",
        "webex.auth.state_mismatch",
        "webex.auth.state_missing",
    )
    assert token not in str(info.value)


@settings(max_examples=200)
@given(token=TOKENS, lifetime=st.integers(min_value=1, max_value=10 * 365 * 86400), place=PLACES)
def test_valid_redirects_round_trip(token: str, lifetime: int, place: str) -> None:
    pairs = [(n, v, place) for n, v in good(access_token=token, expires_in=str(lifetime)).items()]
    tok = parse_redirect(build(pairs), STATE, EP, now=NOW)
    assert (tok.access_token, tok.expires_in, tok.expires_at) == (token, lifetime, NOW + lifetime)


@settings(max_examples=200)
@given(state=st.text(min_size=1, max_size=40))
def test_wrong_state_is_always_rejected(state: str) -> None:
    assume(state != STATE)
    url = frag(**good(state=state))
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(url, STATE, EP)
    assert info.value.code == "webex.auth.state_mismatch"  # present (non-empty) but not ours


@settings(max_examples=100)
@given(token=TOKENS, place=PLACES)
def test_a_redirect_without_state_is_refused_as_missing(token: str, place: str) -> None:
    params = {k: v for k, v in good(access_token=token).items() if k != "state"}
    with pytest.raises(WebexAuthError) as info:
        parse_redirect(build([(n, v, place) for n, v in params.items()]), STATE, EP)
    assert info.value.code == "webex.auth.state_missing"
    assert token not in str(info.value)
