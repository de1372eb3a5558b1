"""End to end through the real GUI: Microsoft sign-in in the embedded QtWebEngine browser,
pre-flight, the Cisco Webex gallery app, against the simulator over HTTPS.

The simulator's sign-in form is filled and its buttons clicked with JavaScript inside the real
browser. The MSAL token cache is persisted through the real Secret Service (``secret_service``
fixture: gnome-keyring on a private D-Bus), so the second launch's silent sign-in goes through
the same keyring code the product uses.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from wizard.core import endpoints as ep
from wizard.core import paths
from wizard.entra.preflight import Status
from wizard.simulator import Simulator
from wizard.storage.secrets import SecretStore
from wizard.ui.page_ids import PageId
from wizard.ui.qt import Qt, QWizard, is_alive

pytestmark = [pytest.mark.gui, pytest.mark.webengine]

TIMEOUT = 30000


# --------------------------------------------------------------------------- helpers
def _next(wizard, qtbot) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=TIMEOUT)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _idle(page, qtbot, timeout: int = TIMEOUT) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=timeout)


def _browser(page, qtbot):
    qtbot.waitUntil(lambda: page.browser_dialog is not None, timeout=TIMEOUT)
    dialog = page.browser_dialog
    qtbot.waitUntil(lambda: dialog.load_ok is not None, timeout=TIMEOUT)
    assert dialog.load_ok is True, "the simulator's sign-in page did not load"
    return dialog


def _js(dialog, qtbot, script: str):
    out: list = []
    dialog.page.runJavaScript(script, 0, lambda value: out.append(value))
    qtbot.waitUntil(lambda: bool(out), timeout=TIMEOUT)
    return out[0]


def _wait_element(dialog, qtbot, element_id: str) -> None:
    qtbot.waitUntil(
        lambda: (
            is_alive(dialog)
            and _js(dialog, qtbot, f"!!document.getElementById({json.dumps(element_id)})")
        ),
        timeout=TIMEOUT,
    )


def _click(dialog, qtbot, element_id: str) -> None:
    _wait_element(dialog, qtbot, element_id)
    dialog.page.runJavaScript(f"document.getElementById({json.dumps(element_id)}).click();")


def _sign_in_in_browser(page, qtbot, *, consent: str | None = "accept") -> None:
    """Sign in with the prefilled demo admin, then answer the consent page."""
    dialog = _browser(page, qtbot)
    login = _js(dialog, qtbot, "document.getElementById('login').value")
    assert login == "admin@contoso.onmicrosoft.com"
    _click(dialog, qtbot, "idSIButton9")
    if consent is not None:
        _wait_element(dialog, qtbot, consent)
        # The answer is on screen at the window's default size: no scrolling to reach it.
        assert _js(dialog, qtbot, _IN_VIEW % json.dumps(consent)), f"{consent} is below the fold"
        _click(dialog, qtbot, consent)


_IN_VIEW = """(() => {
  const box = document.getElementById(%s).getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
})()"""


def _store(secret_service) -> SecretStore:
    return SecretStore(paths.profile(demo=True), backend=secret_service)


def _webex_sps(sim: Simulator) -> list[str]:
    return sim.state.webex_sp_ids()


def _instantiations(sim: Simulator) -> int:
    return sum(1 for w in sim.state.write_log if w.path.endswith("/instantiate"))


def _new_wizard(make_wizard, sim: Simulator, store, start_page=None):
    endpoints = ep.load(env={}, overrides=sim.endpoint_overrides())
    wizard = make_wizard(endpoints, demo=sim, start_page=start_page)
    wizard.ctx.secret_store = store
    return wizard


@pytest.fixture
def store(secret_service):
    store = _store(secret_service)
    yield store
    # Each test starts without a remembered sign-in.
    from wizard.flows.signin import LAST_TENANT_KEY

    tenant = store.get(LAST_TENANT_KEY)
    if tenant:
        from wizard.storage.secrets import forget_msal_cache

        forget_msal_cache(store, tenant)
    store.delete(LAST_TENANT_KEY)


# --------------------------------------------------------------------------- the journey
@pytest.mark.sim(replication_delay=2.0)
def test_setup_journey_then_rerun_reuses_and_signs_in_silently(
    simulator: Simulator, make_wizard, qtbot, screenshot, store, caplog
) -> None:
    sim = simulator
    caplog.set_level(logging.DEBUG)
    wizard = _new_wizard(make_wizard, sim, store)
    assert wizard.current_page_id() is PageId.WELCOME
    _next(wizard, qtbot)
    assert wizard.current_page_id() is PageId.ENVIRONMENT
    _next(wizard, qtbot)
    assert wizard.current_page_id() is PageId.MS_SIGNIN
    page = wizard.currentPage()
    _idle(page, qtbot)  # the silent attempt found nothing saved
    assert page.state_label.text() == "You are not signed in yet."
    assert page.sign_in_button.isVisible() and page.sign_in_button.isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    screenshot(wizard, "signin_signin_signed_out")

    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    dialog = _browser(page, qtbot)
    qtbot.wait(200)
    screenshot(dialog, "signin_signin_browser")
    _sign_in_in_browser(page, qtbot)
    _idle(page, qtbot)
    assert page.error_panel.isHidden(), page.error_panel.details_text()
    fields = {k: v.text() for k, v in page.fields.items()}
    assert fields == {
        "user": "Adele Admin (admin@contoso.onmicrosoft.com)",
        "tenant": "Contoso (demo)",
        "tenant_id": sim.state.tenant_id,
        "domain": "contoso.onmicrosoft.com",
    }
    assert not page.switch_button.isHidden() and page.sign_in_button.isHidden()
    assert wizard.ctx.ms_signin.tenant_id == sim.state.tenant_id
    # The token cache went to the keyring, under the tenant, and the pointer to it.
    assert store.get(f"v1/tenant/{sim.state.tenant_id}/msal-cache")
    assert not page.remember_note.isHidden()
    token = wizard.ctx.ms_signin.access_token
    assert token not in "\n".join(w.text() for w in page.findChildren(type(page.state_label)))
    # Signed in: nothing is left to decide on the page, so the wizard moved on by itself.
    qtbot.waitUntil(lambda: wizard.current_page_id() is PageId.PREFLIGHT, timeout=TIMEOUT)
    pre = wizard.currentPage()
    _idle(pre, qtbot)
    statuses = {row.finding.key: row.finding.status for row in pre.rows()}
    assert statuses == {
        "roles": Status.OK,
        "app": Status.OK,
        "identity_integration": Status.OK,
    }
    assert "Global Administrator" in pre.rows()[0].message.text()
    assert pre.nextId() == PageId.GALLERY
    screenshot(wizard, "signin_preflight_ok")

    _next(wizard, qtbot)
    assert wizard.current_page_id() is PageId.GALLERY
    gal = wizard.currentPage()
    qtbot.waitUntil(gal.add_box.isVisible, timeout=TIMEOUT)
    assert gal.name_edit.text() == "Cisco Webex" and gal.hide_box.isChecked()
    # Adding the app is the plan's first step: chosen here, added by Apply (its own tests).
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    screenshot(wizard, "signin_gallery_add")
    assert _webex_sps(sim) == [] and sim.state.write_log == []
    template = sim.state.template_by_name("Cisco Webex")["id"]
    created = sim.state.instantiate_template(template, "Cisco Webex")[1]["id"]  # as Apply would
    sim.state.sp_created[created] = 0.0  # and Entra ID has finished it
    _next(wizard, qtbot)
    assert wizard.current_page_id() is PageId.WEBEX_SIGNIN
    wizard.close()

    # ---- second launch, same simulator, same keyring: silent sign-in, app reused -----------
    requests_before = len(sim.requests_seen)
    second = _new_wizard(make_wizard, sim, _store(store.backend), start_page=PageId.MS_SIGNIN)
    page = second.currentPage()
    _idle(page, qtbot)
    assert page.browser_dialog is None  # no window was needed
    assert page.fields["user"].text() == "Adele Admin (admin@contoso.onmicrosoft.com)"
    assert page.fields["tenant_id"].text() == sim.state.tenant_id
    authorize_calls = [
        p
        for _m, p, _s in sim.requests_seen[requests_before:]
        if p.endswith("/authorize") and not p.startswith("/idb/")  # Microsoft's, not Webex's
    ]
    assert authorize_calls == []
    _next(second, qtbot)
    pre = second.currentPage()
    _idle(pre, qtbot)
    assert pre.report.reuse is not None and pre.report.reuse.app.id == created
    assert pre.nextId() == PageId.WEBEX_SIGNIN
    assert "skips adding the app" in pre.outcome.text()
    screenshot(second, "signin_preflight_reuse")
    _next(second, qtbot)
    assert second.current_page_id() is PageId.WEBEX_SIGNIN  # the gallery page was skipped
    assert second.ctx.webex_app.id == created
    assert _webex_sps(sim) == [created] and _instantiations(sim) == 0  # none by the wizard
    # No access or refresh token, nor the sign-in code, ever reached a log record.
    secrets = [t for t, info in sim.state.tokens.items() if info.kind in ("graph", "refresh")]
    assert len(secrets) >= 2
    for secret in secrets:
        assert secret not in caplog.text


def _state_of(dialog, qtbot) -> str:
    query = parse_qs(urlsplit(dialog.page.url().toString()).query)
    return query["state"][0]


def _redirect_error(dialog, qtbot, code: int, error: str, text: str) -> None:
    """Entra sending the browser to the redirect URI with an error (as for CA or MFA blocks)."""
    _wait_element(dialog, qtbot, "idSIButton9")
    params = urlencode(
        {
            "error": error,
            "error_description": f"AADSTS{code}: {text}\r\nTrace ID: t-1\r\nCorrelation ID: c-1",
            "state": _state_of(dialog, qtbot),
        }
    )
    dialog.page.runJavaScript(f"window.location.href = 'http://localhost/?{params}';")


# --------------------------------------------------------------------------- sign-in errors
@pytest.mark.parametrize(
    ("case", "what", "code"),
    [
        ("declined", "Microsoft sign-in was cancelled at the permissions page.", "AADSTS65004"),
        (
            "ca_blocked",
            "Your organization's Conditional Access policy blocked this sign-in.",
            "AADSTS53003",
        ),
        ("mfa", "Multi-factor authentication is required.", "AADSTS50076"),
        ("unknown_app", "The sign-in app is not available in your tenant.", "AADSTS700016"),
        ("closed", "Microsoft sign-in was cancelled.", ""),
    ],
)
def test_sign_in_errors_are_explained(
    simulator: Simulator, make_wizard, qtbot, screenshot, case, what, code
) -> None:
    from wizard.storage.secrets import MemoryStore

    wizard = _new_wizard(make_wizard, simulator, MemoryStore(), start_page=PageId.MS_SIGNIN)
    page = wizard.currentPage()
    _idle(page, qtbot)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    dialog = _browser(page, qtbot)
    if case == "declined":
        _sign_in_in_browser(page, qtbot, consent="cancel")
    elif case == "ca_blocked":
        _redirect_error(
            dialog,
            qtbot,
            53003,
            "invalid_grant",
            "Access has been blocked by Conditional Access policies.",
        )
    elif case == "mfa":
        _redirect_error(
            dialog,
            qtbot,
            50076,
            "invalid_grant",
            "Due to a configuration change made by your administrator, you must use multi-factor authentication.",
        )
    elif case == "unknown_app":
        # Entra shows an unknown application as a page in the window, not as a redirect.
        base = urlsplit(dialog.page.url().toString())
        bad = f"{base.scheme}://{base.netloc}/organizations/oauth2/v2.0/authorize?" + urlencode(
            {
                "client_id": "not-registered",
                "redirect_uri": "http://localhost",
                "response_type": "code",
            }
        )
        dialog.page.runJavaScript(f"window.location.href = {json.dumps(bad)};")
        qtbot.waitUntil(lambda: page._page_error == 700016, timeout=TIMEOUT)
        dialog.close()
    elif case == "closed":
        _wait_element(dialog, qtbot, "idSIButton9")
        dialog.close()  # the title bar's X
    qtbot.waitUntil(page.error_panel.isVisible, timeout=TIMEOUT)
    _idle(page, qtbot)
    panel = page.error_panel
    assert panel.what.text() == what
    if code:
        assert code in panel.why.text()
    assert panel.fix.text().startswith("What to do next: ")
    assert page.ctx.ms_signin is None
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # "Sign in" is there again; nothing crashed, the window is gone.
    assert page.sign_in_button.isVisible() and page.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: page.browser_dialog is None, timeout=TIMEOUT)
    if case in ("declined", "closed"):
        screenshot(wizard, f"signin_signin_error_{case}")


@pytest.mark.sim(scenario="non-admin")
def test_non_admin_without_consent_is_told_to_get_admin_consent(
    simulator: Simulator, make_wizard, qtbot
) -> None:
    from wizard.storage.secrets import MemoryStore

    wizard = _new_wizard(make_wizard, simulator, MemoryStore(), start_page=PageId.MS_SIGNIN)
    page = wizard.currentPage()
    _idle(page, qtbot)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    _sign_in_in_browser(page, qtbot, consent="back")  # "Need admin approval" only offers back
    qtbot.waitUntil(page.error_panel.isVisible, timeout=TIMEOUT)
    assert (
        page.error_panel.what.text()
        == "An administrator must approve the wizard's permissions first."
    )
    assert "AADSTS90094" in page.error_panel.why.text()
    assert "Global Administrator" in page.error_panel.fix.text()


def test_device_code_sign_in_shows_the_code_and_can_be_cancelled(
    simulator: Simulator, make_wizard, qtbot, screenshot
) -> None:
    from wizard.simulator.entra.forms import device_login
    from wizard.storage.secrets import MemoryStore

    wizard = _new_wizard(make_wizard, simulator, MemoryStore(), start_page=PageId.MS_SIGNIN)
    page = wizard.currentPage()
    _idle(page, qtbot)
    qtbot.mouseClick(page.code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.code_box.isVisible, timeout=TIMEOUT)
    code = page.code_value.text()
    assert code in {d["user_code"] for d in simulator.state.device_codes.values()}
    assert "/devicelogin" in page.code_intro.text()
    assert page.busy.cancel_button.isVisible()
    screenshot(wizard, "signin_signin_device_code")
    qtbot.mouseClick(page.busy.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=TIMEOUT)
    assert page.code_box.isHidden()
    assert page.error_panel.what.text() == "Cancelled."

    # Second try: finish it on "another device" (the simulator's device pages over HTTP).
    qtbot.mouseClick(page.code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.code_box.isVisible, timeout=TIMEOUT)
    verification = page.code_intro.text().split("open ")[1].split(" and enter")[0]
    device_login(simulator.ca_file, verification, page.code_value.text())
    _idle(page, qtbot, timeout=60000)
    assert page.error_panel.isHidden(), page.error_panel.details_text()
    assert page.fields["tenant"].text() == "Contoso (demo)"
    # Signed in: nothing is left to decide on the page, so the wizard moved on by itself.
    qtbot.waitUntil(lambda: wizard.current_page_id() is PageId.PREFLIGHT, timeout=TIMEOUT)
