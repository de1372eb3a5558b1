"""Properties of the admin-consent redirect parser: what it accepts and what it refuses.

Accepted: exactly the answer to our request (our state) that says ``admin_consent=True`` and
names no error; the tenant comes back as Entra sent it. Refused: any other state, wherever the
answer claims success, and any error even with ``admin_consent=True`` (Entra keeps it on errors).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from wizard.core.endpoints import Endpoints
from wizard.entra.consent import ConsentError, admin_consent_url, parse_redirect

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
REQUEST = admin_consent_url(Endpoints(), TENANT, state="st-" + "y" * 30)
BACK = "https://login.microsoftonline.com/common/oauth2/nativeclient"
TENANTS = st.uuids().map(str)
TEXT = st.text(max_size=40)


def answer(**params: str) -> str:
    return f"{BACK}?{urlencode(params, quote_via=quote)}"


@settings(max_examples=200)
@given(tenant=TENANTS, case=st.sampled_from(["True", "true", "TRUE"]))
def test_our_successful_answer_round_trips(tenant: str, case: str) -> None:
    result = parse_redirect(REQUEST, answer(admin_consent=case, tenant=tenant, state=REQUEST.state))
    assert result.tenant == tenant


@settings(max_examples=200)
@given(state=TEXT, tenant=TENANTS)
def test_another_state_is_refused_even_when_it_claims_success(state: str, tenant: str) -> None:
    assume(state != REQUEST.state)
    with pytest.raises(ConsentError) as info:
        parse_redirect(REQUEST, answer(admin_consent="True", tenant=tenant, state=state))
    assert info.value.code == "consent.state_mismatch"


@settings(max_examples=200)
@given(
    error=TEXT.filter(lambda e: e.strip() != "" and e not in ("access_denied", "consent_required")),
    description=st.text(alphabet="abcdef ", max_size=40),  # no AADSTS code in it
)
def test_an_error_is_refused_even_with_admin_consent_true(error: str, description: str) -> None:
    url = answer(
        admin_consent="True", error=error, error_description=description, state=REQUEST.state
    )
    with pytest.raises(ConsentError) as info:
        parse_redirect(REQUEST, url)
    assert info.value.code.startswith("consent.failed.")


@settings(max_examples=50)
@given(description=st.text(alphabet="abcdef ", max_size=40))
def test_access_denied_is_a_decline(description: str) -> None:
    url = answer(
        admin_consent="True", error="access_denied", error_description=description,
        state=REQUEST.state,
    )
    with pytest.raises(ConsentError) as info:
        parse_redirect(REQUEST, url)
    assert info.value.code == "consent.declined.access_denied"


@settings(max_examples=200)
@given(flag=TEXT)
def test_without_admin_consent_true_nothing_is_accepted(flag: str) -> None:
    assume(flag.lower() != "true")
    with pytest.raises(ConsentError) as info:
        parse_redirect(REQUEST, answer(admin_consent=flag, state=REQUEST.state))
    assert info.value.code == "consent.failed.no admin_consent in the answer"
