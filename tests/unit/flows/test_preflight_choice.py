"""Which app the setup uses after a pre-flight check (wizard.flows.preflight.app_after_check)."""

from __future__ import annotations

from wizard.entra.gallery import Candidate, Lookup, WebexApp
from wizard.entra.preflight import Report
from wizard.flows.preflight import app_after_check


def _app(app_id: str) -> WebexApp:
    return WebexApp(app_id, f"appid-{app_id}", "Cisco Webex", "template")


def _report(*apps: WebexApp) -> Report:
    return Report((), (), Lookup(None, tuple(Candidate(a) for a in apps), None))


def test_the_one_existing_app_is_reused() -> None:
    only = _app("one")
    assert app_after_check(_report(only), None, None) == only
    assert app_after_check(_report(only), _app("other"), None) == only


def test_a_chosen_app_stays_chosen_while_it_exists() -> None:
    a, b = _app("a"), _app("b")
    assert app_after_check(_report(a, b), b, None) == b


def test_a_chosen_app_that_is_gone_is_dropped() -> None:
    a, b = _app("a"), _app("b")
    assert app_after_check(_report(a, b), _app("gone"), None) is None
    assert app_after_check(_report(), _app("gone"), None) is None


def test_the_app_this_run_added_stays_chosen_before_it_is_listed() -> None:
    added = _app("new")
    assert app_after_check(_report(), added, "new") == added
    assert app_after_check(_report(), None, None) is None
