"""The embedded sign-in browser, on the real QtWebEngine against the simulator over HTTPS."""

from __future__ import annotations

import asyncio
import json
import logging
import socket

import pytest
from werkzeug.wrappers import Request, Response

from wizard.core import endpoints as ep
from wizard.simulator import Simulator
from wizard.ui.browser import BrowserDialog, capture, host_and_path, matches_prefix
from wizard.ui.qt import QApplication, QDialog, is_alive

REDIRECT = "http://localhost:3000/auth/code"
TOKEN = "sim-token-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789"
CAPTURED = (
    f"{REDIRECT}?from=query#access_token={TOKEN}&token_type=Bearer&expires_in=3887999&state=s-1"
)


# --------------------------------------------------------------------------- pure helpers
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://localhost:3000/auth/code#access_token=x", True),
        ("http://localhost:3000/auth/code?code=1", True),
        ("http://LOCALHOST:3000/auth/code/", True),
        ("http://localhost:3000/auth/code/sub?x=1", True),
        ("http://localhost:3000/auth/codex#access_token=x", False),
        ("http://localhost:3001/auth/code", False),
        ("https://localhost:3000/auth/code", False),
        ("http://localhost.evil.example:3000/auth/code", False),
        ("http://localhost:3000@evil.example/auth/code", False),
        ("http://evil.example/?r=http://localhost:3000/auth/code", False),
        ("http://localhost:3000/", False),
        ("not a url", False),
    ],
)
def test_matches_prefix_compares_scheme_host_port_and_path(url: str, expected: bool) -> None:
    assert matches_prefix(url, REDIRECT) is expected


def test_matches_prefix_with_a_bare_host_redirect() -> None:
    # Entra's Graph CLI client registers http://localhost (port 80, any path).
    assert matches_prefix("http://localhost/?code=abc&state=1", "http://localhost")
    assert matches_prefix("http://localhost:80/x", "http://localhost")
    assert not matches_prefix("http://localhost:8080/?code=abc", "http://localhost")


def test_host_and_path_drops_query_and_fragment() -> None:
    assert host_and_path(CAPTURED) == "localhost:3000/auth/code"


# --------------------------------------------------------------------------- real browser
class RedirectingSimulator(Simulator):
    """The simulator plus two test-only pages (kept out of the product's route table)."""

    def dispatch(self, request: Request) -> Response:
        if request.path == "/test/redirect":
            return Response(status=302, headers={"Location": CAPTURED})
        if request.path == "/test/page":
            return Response(
                "<html><head><title>Waiting</title></head><body><p id='p'>Sign in</p></body></html>",
                content_type="text/html",
            )
        return super().dispatch(request)


@pytest.fixture
def redirecting_sim():
    with RedirectingSimulator() as sim:
        yield sim


def _port_3000_is_free() -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", 3000)) != 0


def _wait_load(qtbot, dialog: BrowserDialog, timeout: int = 30000) -> None:
    qtbot.waitUntil(lambda: dialog.load_ok is not None, timeout=timeout)


@pytest.mark.webengine
def test_captures_the_full_redirect_url_with_fragment(
    redirecting_sim, qtbot, caplog, qtlog
) -> None:
    if not _port_3000_is_free():
        pytest.skip("something listens on port 3000; the point is that nothing must")
    caplog.set_level(logging.DEBUG)
    sim = redirecting_sim
    dialog = BrowserDialog(
        f"{sim.base_url}/test/redirect", REDIRECT, trusted_fingerprint=sim.fingerprint
    )
    qtbot.addWidget(dialog)
    assert dialog.profile.isOffTheRecord() and dialog.profile.storageName() == ""
    assert dialog.page.profile() is dialog.profile
    view, page, profile = dialog.view, dialog.page, dialog.profile
    with qtbot.waitSignal(dialog.captured, timeout=30000) as blocker:
        dialog.show()
    assert blocker.args == [CAPTURED]  # query AND fragment, byte for byte
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.captured_url == CAPTURED
    assert ("GET", "/test/redirect", 302) in sim.requests_seen
    # Torn down view -> page -> profile once the event loop turned, without Qt's warning.
    qtbot.waitUntil(lambda: not is_alive(profile), timeout=5000)
    assert not is_alive(view) and not is_alive(page)
    assert not any("Release of profile requested" in r.message for r in qtlog.records)
    # The log names host and path only: never the token, the state or the query.
    assert "captured the sign-in redirect to localhost:3000/auth/code" in caplog.text
    assert TOKEN not in caplog.text and "s-1" not in caplog.text.split("redirect to")[-1]
    # The redirect target's values are now masked if anything logs them later.
    from wizard.core.logs import redact

    assert TOKEN not in redact(f"oops {TOKEN}")


@pytest.mark.webengine
@pytest.mark.parametrize("fingerprint", [None, "00" * 32, "wrong"])
def test_certificate_needs_the_exact_fingerprint(
    redirecting_sim, qtbot, fingerprint, screenshot
) -> None:
    sim = redirecting_sim
    dialog = BrowserDialog(
        f"{sim.base_url}/test/redirect", REDIRECT, trusted_fingerprint=fingerprint
    )
    qtbot.addWidget(dialog)
    captured: list[str] = []
    dialog.captured.connect(captured.append)
    dialog.show()
    _wait_load(qtbot, dialog)
    assert dialog.load_ok is False
    # Refused at the TLS handshake: the simulator served nothing, so no redirect can follow
    # (the call log says so; no waiting for something that must not happen).
    assert [p for _m, p, _s in sim.requests_seen] == []
    assert captured == [] and dialog.captured_url is None
    assert dialog.isVisible()  # stays open so the admin can read why
    assert dialog.last_error is not None and dialog.last_error.code == "ui.untrusted_certificate"
    assert dialog.error_panel.isVisible()
    assert dialog.error_panel.what.text() == "The sign-in page at 127.0.0.1 was blocked."
    assert "Do not sign in." in dialog.error_panel.fix.text()
    assert dialog.security_label.text() == "Certificate not trusted: the page was blocked."
    if fingerprint is None:
        screenshot(dialog, "browser_untrusted_certificate")
    # The simulator never saw the request: TLS was refused before HTTP.
    assert all(path != "/test/redirect" for _m, path, _s in sim.requests_seen)


@pytest.mark.webengine
def test_fingerprint_is_case_and_colon_insensitive(redirecting_sim, qtbot) -> None:
    sim = redirecting_sim
    pretty = ":".join(sim.fingerprint[i : i + 2] for i in range(0, 64, 2)).upper()
    dialog = BrowserDialog(f"{sim.base_url}/test/page", REDIRECT, trusted_fingerprint=pretty)
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_load(qtbot, dialog)
    assert dialog.load_ok is True and dialog.last_error is None
    assert dialog.host_label.text() == f"https://127.0.0.1:{sim.port}"
    assert "fingerprint" in dialog.security_label.text()


@pytest.mark.webengine
def test_closing_the_window_returns_none(redirecting_sim, qtbot) -> None:
    sim = redirecting_sim
    task = asyncio.ensure_future(
        capture(None, f"{sim.base_url}/test/page", REDIRECT, trusted_fingerprint=sim.fingerprint)
    )

    def dialog() -> BrowserDialog | None:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, BrowserDialog) and w.isVisible()
        ]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=10000)
    opened = dialog()
    _wait_load(qtbot, opened)
    assert opened.load_ok is True
    opened.close()  # the title bar's X
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is None and task.exception() is None


@pytest.mark.webengine
def test_cancelling_the_awaiting_task_closes_the_window(redirecting_sim, qtbot) -> None:
    sim = redirecting_sim
    task = asyncio.ensure_future(
        capture(None, f"{sim.base_url}/test/page", REDIRECT, trusted_fingerprint=sim.fingerprint)
    )
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, BrowserDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=10000,
    )
    task.cancel()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.cancelled()
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, BrowserDialog) and is_alive(w) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        ),
        timeout=5000,
    )


@pytest.mark.webengine
def test_webex_sign_in_form_yields_a_token_the_simulator_issued(
    simulator, qtbot, caplog, screenshot
) -> None:
    token_mod = pytest.importorskip("wizard.webex.token")
    caplog.set_level(logging.DEBUG)
    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    state = token_mod.new_state()
    dialog = BrowserDialog(
        token_mod.authorize_url(endpoints, state),
        endpoints.webex_redirect_uri,
        trusted_fingerprint=simulator.fingerprint,
        title="Sign in to Webex",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_load(qtbot, dialog)
    assert dialog.load_ok is True
    assert dialog.windowTitle() == "Sign in to Webex"
    assert dialog.page.title() == "Sign in - Webex"
    assert dialog.host_label.text() == f"https://127.0.0.1:{simulator.port}"

    seen: list[str] = []
    dialog.page.runJavaScript(
        "JSON.stringify([document.getElementById('email').value,"
        " document.getElementById('password').value.length > 0])",
        0,
        seen.append,
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    admin_email = simulator.state.webex_people[simulator.state.webex_admin_id]["emails"][0]
    assert json.loads(seen[0]) == [admin_email, True]  # the form is prefilled
    qtbot.wait(300)  # let the software rasteriser paint before the grab
    screenshot(dialog, "browser_webex_signin")

    with qtbot.waitSignal(dialog.captured, timeout=30000) as blocker:
        dialog.page.runJavaScript("document.getElementById('signin').click();")
    url = blocker.args[0]
    token = token_mod.parse_redirect(url, state, endpoints)
    info = simulator.state.token_info(token.access_token, "webex")
    assert info is not None and info.subject == simulator.state.webex_admin_id
    assert token.token_type.lower() == "bearer" and token.expires_in == 3887999
    assert token.access_token not in caplog.text
    assert state not in caplog.text
