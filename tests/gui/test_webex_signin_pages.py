"""On the real wizard: Webex sign-in page and connection test page, simulator over HTTPS.

The browser tests drive the real QtWebEngine: the test fills the simulator's sign-in form with
JavaScript (the only "typing" allowed), everything else happens by itself. The scenario tests
hand the page a token the simulator issued (what the browser capture yields) so that each
scenario's specific message can be asserted quickly.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from wizard.core import endpoints as ep
from wizard.core import logs
from wizard.entra.auth import SignIn
from wizard.simulator import Simulator
from wizard.storage.secrets import MemoryStore, SecretSet
from wizard.ui.browser import BrowserDialog
from wizard.ui.context import WizardContext
from wizard.ui.page_ids import PageId
from wizard.ui.pages.connection_test import ConnectionTestPage
from wizard.ui.pages.webex_signin import WebexSignInPage, local_date
from wizard.ui.qt import (
    QApplication,
    QImage,
    QLabel,
    QLineEdit,
    QPoint,
    Qt,
    QWidget,
    QWizard,
    is_alive,
)
from wizard.ui.wizard import SetupWizard
from wizard.webex.connection import Check, Outcome
from wizard.webex.token import WebexToken

pytestmark = pytest.mark.gui

SCOPES = ("spark:people_read", "spark:people_write", "Identity:SCIM")


# ------------------------------------------------------------------------- helpers
class Clicks:
    """Counts the admin's mouse clicks on wizard widgets (the form click in the page is apart)."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.count = 0

    def __call__(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        self.count += 1
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def count_typing(wizard: QWidget) -> list[str]:
    """Every edit the user makes in any field (``textEdited`` is not sent for setText)."""
    typed: list[str] = []
    watched: set[int] = set()

    def watch(*_args: object) -> None:
        # Pages are built on first use: the fields of each page are watched once it is shown
        # (the user types only on the page in front), without building the others early.
        for edit in wizard.findChildren(QLineEdit):
            if id(edit) not in watched:
                watched.add(id(edit))
                edit.textEdited.connect(functools.partial(_record, typed, edit.objectName()))

    watch()
    if hasattr(wizard, "currentIdChanged"):
        wizard.currentIdChanged.connect(watch)
    return typed


def _record(typed: list[str], name: str, _text: str) -> None:
    typed.append(name)


def widget_texts() -> list[str]:
    """text/plainText/toolTip/windowTitle of every widget of every window of the app."""
    found: list[str] = []
    windows = [w for w in QApplication.topLevelWidgets() if is_alive(w)]
    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            for name in ("text", "toPlainText", "toolTip", "windowTitle", "placeholderText"):
                getter = getattr(widget, name, None)
                if callable(getter):
                    try:
                        value = getter()
                    except TypeError:
                        continue
                    if isinstance(value, str) and value:
                        found.append(value)
    return found


def assert_token_hidden(token: WebexToken, log_file: Path | None = None) -> None:
    texts = widget_texts()
    assert texts, "no widget text found at all"
    assert not [t for t in texts if token.access_token in t]
    assert any(token.masked() == t for t in texts)  # the masked form is what is shown
    if log_file is not None:
        content = log_file.read_text(encoding="utf-8")
        assert content, "the log file is empty"
        assert token.access_token not in content
        # Not even a long piece of it (the masked form keeps 4 + 4 characters).
        assert token.access_token[4:24] not in content


def issue(sim: Simulator, email: str | None = None) -> WebexToken:
    """A token idbroker issued, as the browser capture hands it to the page."""
    from wizard.simulator.webex.people import person_by_email

    pid = sim.state.webex_admin_id if email is None else person_by_email(sim, email)
    raw = sim.state.issue_token("webex", pid, 3887999, SCOPES)
    return WebexToken(raw, "Bearer", 3887999, time.time())


def saved_token(sim: Simulator) -> WebexToken:
    cfg = sim.configured
    life = sim.state.WEBEX_WEBEX_TOKEN_LIFETIME
    return WebexToken(cfg["webex_token"], "Bearer", life, cfg["webex_token_expires_at"] - life)


def ms_signin(sim: Simulator) -> SignIn:
    """What the Microsoft sign-in page records (the secret store is keyed by its tenant)."""
    return SignIn(
        "admin@contoso.onmicrosoft.com",
        "Adele Admin",
        sim.state.tenant_id,
        sim.state.admin_id,
        (),
        time.time() + 3600,
        access_token="not-used-here",
    )


@pytest.fixture
def open_wizard(qtbot, simulator: Simulator) -> Callable[..., SetupWizard]:
    def make(
        start: PageId = PageId.WEBEX_SIGNIN, *, moves_on: bool = False, **ctx_values: object
    ) -> SetupWizard:
        """The wizard on *start*; its pages stay put after a sign-in or a passed test unless
        *moves_on* (the journey tests walk on by themselves, as the admin sees it)."""
        endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
        ctx = WizardContext(endpoints, demo=simulator)
        ctx.secret_store = MemoryStore()
        ctx.ms_signin = ms_signin(simulator)
        for key, value in ctx_values.items():
            setattr(ctx, key, value)
        wizard = SetupWizard(ctx, start_page=start)
        for page_id in wizard.pageIds():
            wizard.page(page_id).moves_on = moves_on
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The product's own rotating log file, in a temporary directory."""
    path = logs.setup(tmp_path / "logs", logging.DEBUG, console=False)
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_wizard", False):
            root.removeHandler(handler)
            handler.close()


def next_button(wizard: QWizard):  # noqa: ANN201
    return wizard.button(QWizard.WizardButton.NextButton)


def idle(page) -> bool:  # noqa: ANN001
    return page.task is None or page.task.done()


def browser(qtbot) -> BrowserDialog:  # noqa: ANN001
    def find() -> BrowserDialog | None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, BrowserDialog) and is_alive(w) and w.isVisible():
                return w
        return None

    qtbot.waitUntil(lambda: find() is not None, timeout=15000)
    dialog = find()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.load_ok is not None, timeout=30000)
    assert dialog.load_ok is True
    return dialog


def wait_report(qtbot, page: ConnectionTestPage, timeout: int = 20000) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.report is not None and idle(page), timeout=timeout)


def outcomes(page: ConnectionTestPage) -> list[Outcome]:
    return [c.outcome for c in page.report.checks]


def row_status(page: ConnectionTestPage) -> list[str]:
    return [page.rows[c].status.text() for c in Check]


def not_blank(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 860 and image.height() >= 620
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, 620, 29)}
    assert len(colours) > 3, f"{path.name} looks blank"


def labels_fit(page: QWidget) -> None:
    for widget in page.findChildren(QLabel):
        if widget.isVisible() and widget.text() and not widget.wordWrap():
            assert widget.width() >= widget.minimumSizeHint().width() - 1, widget.text()


# ------------------------------------------------------------------------- the happy path
@pytest.mark.webengine
def test_admin_signs_in_through_the_browser_and_the_connection_test_passes(
    open_wizard, simulator: Simulator, qtbot, screenshot, log_file: Path
) -> None:
    wizard = open_wizard()
    page = wizard.currentPage()
    assert isinstance(page, WebexSignInPage)
    typed = count_typing(wizard)
    click = Clicks(qtbot)
    assert not next_button(wizard).isEnabled()  # nothing to go on with yet
    assert not page.account_box.isVisible() and not page.tenant_box.isVisible()

    click(page.sign_in_button)  # click 1
    dialog = browser(qtbot)
    assert dialog.profile.isOffTheRecord()  # like the private tab Cisco asks for
    assert page.is_busy() and not next_button(wizard).isEnabled()
    assert not page.sign_in_button.isEnabled()  # one sign-in window at a time
    # The test fills nothing: the simulator pre-fills the admin; one click on its form.
    form_clicks = 1
    dialog.page.runJavaScript("document.getElementById('signin').click();")
    qtbot.waitUntil(lambda: page.person is not None and idle(page), timeout=30000)

    token = page.token
    assert token is not None
    info = simulator.state.token_info(token.access_token, "webex")
    assert info is not None and info.subject == simulator.state.webex_admin_id
    org = simulator.state.webex_org_id
    assert page.account_label.text() == "Adele Admin (admin@contoso.example)"
    assert page.org_label.text() == org  # derived from the token via people/me
    assert page.admin_label.text() == "✓ Yes"
    assert page.token_label.text() == token.masked() and "…" in token.masked()
    assert token.expires_in == 3887999
    expiry = page.expiry_label.text()
    assert expiry.startswith(local_date(token.expires_at)) and "(in 45 days)" in expiry
    assert page.tenant_edit.text() == wizard.ctx.endpoints.scim_tenant_url(org)
    assert page.legacy_radio.isChecked() and page.tenant_error.isHidden()
    assert page.sign_in_button.text() == "Sign in as &someone else"
    assert page.error_panel.isHidden()
    assert next_button(wizard).isEnabled()
    qtbot.wait(50)
    not_blank(screenshot(wizard, "webex_webex_signed_in"))
    labels_fit(page)

    click(next_button(wizard))  # click 2
    test_page = wizard.currentPage()
    assert isinstance(test_page, ConnectionTestPage)
    wait_report(qtbot, test_page)
    assert outcomes(test_page) == [Outcome.PASSED] * 4
    assert row_status(test_page) == ["✓ Passed"] * 4
    tracking = test_page.report.checks[0].tracking_id
    assert tracking.startswith("SIM_")
    assert all(f"TrackingID: {tracking}" in test_page.rows[c].detail.text() for c in Check)
    assert "Tenant URL: " + wizard.ctx.endpoints.scim_tenant_url(org) in (
        test_page.tenant_label.text()
    )
    assert "Entra ID's own Test Connection runs later" in test_page.entra_note.text()
    assert not test_page.retry_button.isVisible()
    assert next_button(wizard).isEnabled()
    qtbot.wait(50)
    not_blank(screenshot(wizard, "webex_connection_ok"))

    # Handed to the secret store, with capture time and expiry; nothing on disk.
    saved = SecretSet(wizard.ctx.secret_store, simulator.state.tenant_id, org).load()
    assert saved.token is not None and saved.token.token == token.access_token
    assert (saved.token.captured_at, saved.token.expires_at) == (
        token.captured_at,
        token.expires_at,
    )
    assert saved.org_id == org and saved.tenant_url == wizard.ctx.endpoints.scim_tenant_url(org)
    assert test_page.saved is not None and test_page.saved.where == "memory"

    # No typing beyond the sign-in form (which the simulator pre-filled), two clicks.
    assert typed == []
    assert (click.count, form_clicks) == (2, 1)
    assert simulator.state.write_log == []
    assert_token_hidden(token, log_file)
    assert "/v1/people/me -> 200" in log_file.read_text(encoding="utf-8")
    # The page's state ends up in the context for the next steps.
    click(next_button(wizard))
    assert wizard.current_page_id() is PageId.SCOPE
    assert wizard.ctx.webex_connection is test_page.report
    assert wizard.ctx.webex_org_id == org and wizard.ctx.webex_token is token
    assert token.access_token not in repr(wizard.ctx)


@pytest.mark.webengine
def test_non_admin_account_gets_a_plain_error(
    open_wizard, simulator: Simulator, qtbot, screenshot
) -> None:
    wizard = open_wizard()
    page = wizard.currentPage()
    Clicks(qtbot)(page.sign_in_button)
    dialog = browser(qtbot)
    dialog.page.runJavaScript(
        "document.getElementById('email').value = 'user@contoso.example';"
        "document.getElementById('signin').click();"
    )
    qtbot.waitUntil(lambda: page.person is not None and idle(page), timeout=30000)
    assert page.person.email == "user@contoso.example" and not page.person.full_admin
    assert page.error_panel.isVisible()
    assert page.error_panel.what.text() == (
        "user@contoso.example is not a Full Administrator of this Webex organization."
    )
    assert "cannot create users in Webex" in page.error_panel.why.text()
    assert 'Click "Sign in as someone else"' in page.error_panel.fix.text()
    assert page.admin_label.text() == "✗ No: this account cannot create users in Webex"
    assert page.sign_in_button.text() == "Sign in as &someone else"
    assert page.sign_in_button.isEnabled()
    assert not page.tenant_box.isVisible()
    assert not next_button(wizard).isEnabled()
    qtbot.wait(50)
    not_blank(screenshot(wizard, "webex_non_admin"))
    assert_token_hidden(page.token)


@pytest.mark.webengine
def test_closing_the_browser_cancels_and_the_button_comes_back(open_wizard, qtbot) -> None:
    wizard = open_wizard()
    page = wizard.currentPage()
    Clicks(qtbot)(page.sign_in_button)
    browser(qtbot).close()  # the title bar's X
    qtbot.waitUntil(lambda: idle(page) and page.error_panel.isVisible(), timeout=10000)
    assert page.error_panel.what.text() == "The Webex sign-in was cancelled."
    assert page.error_panel.why.text() == (
        "The sign-in window was closed before Webex returned a token."
    )
    assert page.sign_in_button.isEnabled() and page.sign_in_button.text() == "&Sign in to Webex"
    assert not page.is_busy() and page.token is None
    assert not next_button(wizard).isEnabled()


# ------------------------------------------------------------------------- scenarios
@pytest.mark.sim(scenario="non-admin")
def test_non_admin_scenario(open_wizard, simulator: Simulator, qtbot) -> None:
    wizard = open_wizard()
    page = wizard.currentPage()
    page.use_token(issue(simulator))  # the admin, whose roles the scenario removed
    qtbot.waitUntil(lambda: page.person is not None and idle(page), timeout=10000)
    assert page.error_panel.what.text() == (
        "admin@contoso.example is not a Full Administrator of this Webex organization."
    )
    assert "Roles of this account: none." in page.error_panel.why.text()
    assert not next_button(wizard).isEnabled()


@pytest.mark.sim(scenario="expired-token", state="configured")
def test_expired_token_scenario(open_wizard, simulator: Simulator, qtbot) -> None:
    token = saved_token(simulator)
    wizard = open_wizard()
    page = wizard.currentPage()
    page.use_token(token)
    qtbot.waitUntil(lambda: page.error_panel.isVisible() and idle(page), timeout=10000)
    day = time.strftime("%Y-%m-%d", time.gmtime(token.expires_at))
    assert page.error_panel.what.text() == "The Webex token has expired."
    assert f"It expired on {day}" in page.error_panel.why.text()
    assert "Sign in to Webex again" in page.error_panel.fix.text()
    assert page.token is None and page.sign_in_button.text() == "&Sign in to Webex"
    assert not page.error_panel.retry_button.isVisible()
    assert not page.manual_box.isVisible()  # only a new sign-in helps
    assert not next_button(wizard).isEnabled()

    cfg = simulator.configured
    second = open_wizard(
        PageId.CONNECTION_TEST,
        webex_token=token,
        webex_org_id=cfg["org_id"],
        webex_tenant_url=cfg["tenant_url"],
    )
    test_page = second.currentPage()
    wait_report(qtbot, test_page)
    assert outcomes(test_page) == [
        Outcome.PASSED,
        Outcome.FAILED,
        Outcome.NOT_CHECKED,
        Outcome.NOT_CHECKED,
    ]
    assert row_status(test_page) == ["✓ Passed", "✗ Failed", "– Not checked", "– Not checked"]
    detail = test_page.rows[Check.TOKEN].detail.text()
    assert "rejected the token: it has expired." in detail
    assert f"It expired on {day}" in detail
    assert "What to do next: Sign in to Webex again" in detail
    assert "TrackingID: SIM_" in detail
    assert test_page.retry_button.isVisible() and not next_button(second).isEnabled()
    assert_token_hidden_anywhere(token)


def assert_token_hidden_anywhere(token: WebexToken) -> None:
    assert not [t for t in widget_texts() if token.access_token in t]


@pytest.mark.sim(scenario="revoked-token", state="configured")
def test_revoked_token_scenario(open_wizard, simulator: Simulator, qtbot) -> None:
    token = saved_token(simulator)
    wizard = open_wizard()
    page = wizard.currentPage()
    page.use_token(token)
    qtbot.waitUntil(lambda: page.error_panel.isVisible() and idle(page), timeout=10000)
    assert page.error_panel.what.text() == "Webex no longer accepts the token."
    assert "most likely revoked" in page.error_panel.why.text()
    assert not next_button(wizard).isEnabled()

    cfg = simulator.configured
    second = open_wizard(
        PageId.CONNECTION_TEST,
        webex_token=token,
        webex_org_id=cfg["org_id"],
        webex_tenant_url=cfg["tenant_url"],
    )
    test_page = second.currentPage()
    wait_report(qtbot, test_page)
    assert row_status(test_page)[:2] == ["✓ Passed", "✗ Failed"]
    detail = test_page.rows[Check.TOKEN].detail.text()
    assert "rejected the token." in detail and "revoked" in detail
    assert not next_button(second).isEnabled()
    assert_token_hidden_anywhere(token)


@pytest.mark.sim(scenario="webex-outage")
def test_webex_outage_scenario_and_manual_org_id(
    open_wizard, simulator: Simulator, qtbot, screenshot
) -> None:
    wizard = open_wizard()
    page = wizard.currentPage()
    token = issue(simulator)
    page.use_token(token)
    qtbot.waitUntil(lambda: page.error_panel.isVisible() and idle(page), timeout=10000)
    assert page.error_panel.what.text() == "Webex is not answering normally."
    assert "on Webex's side (503)" in page.error_panel.why.text()
    assert page.error_panel.retry_button.isVisible()  # an outage may pass
    assert "trackingid: SIM_" in page.error_panel.ids.text()
    # people/me is unavailable: the organization ID can be entered by hand, validated.
    assert page.manual_box.isVisible() and page.manual_edit.isVisible()
    assert not next_button(wizard).isEnabled()
    page.manual_edit.setText("a35bfbc6-ccbd-4a17-a488-72gf46c5420c")  # Cisco's doc typo: "72gf"
    assert page.manual_error.isVisible()
    assert "UUID" in page.manual_error.text()
    assert not next_button(wizard).isEnabled() and not page.tenant_box.isVisible()
    org = simulator.state.webex_org_id
    page.manual_edit.setText(org.upper())
    assert page.manual_error.isHidden()
    assert page.org_id == org
    assert page.tenant_edit.text() == wizard.ctx.endpoints.scim_tenant_url(org)
    assert page.admin_label.text().startswith("Not checked")
    assert next_button(wizard).isEnabled()
    qtbot.wait(50)
    not_blank(screenshot(wizard, "webex_webex_manual_org_id"))

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    test_page = wizard.currentPage()
    wait_report(qtbot, test_page)
    assert row_status(test_page) == ["✗ Failed"] + ["– Not checked"] * 3
    detail = test_page.rows[Check.REACHABLE].detail.text()
    assert "is not answering normally." in detail and "on Webex's side (503)" in detail
    assert "What to do next: Retry later." in detail and "TrackingID: SIM_" in detail
    assert test_page.retry_button.isVisible() and not next_button(wizard).isEnabled()
    assert simulator.state.write_log == []
    qtbot.wait(50)
    not_blank(screenshot(wizard, "webex_connection_failed"))
    # Webex is back: Retry passes and Next opens.
    simulator.state.faults.outage.clear()
    qtbot.mouseClick(test_page.retry_button, Qt.MouseButton.LeftButton)
    wait_report(qtbot, test_page)
    assert test_page.report.ok and next_button(wizard).isEnabled()
    assert test_page.report.result(Check.ADMIN).note  # read access only, said so
    assert_token_hidden(token)


@pytest.mark.sim(scenario="throttling")
def test_throttling_is_waited_out_on_both_pages(open_wizard, simulator: Simulator, qtbot) -> None:
    wizard = open_wizard()
    page = wizard.currentPage()
    page.use_token(issue(simulator))
    qtbot.waitUntil(lambda: page.person is not None and idle(page), timeout=15000)
    assert page.error_panel.isHidden() and next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    test_page = wizard.currentPage()
    wait_report(qtbot, test_page)
    assert test_page.report.ok and next_button(wizard).isEnabled()
    seen = [(p, s) for _m, p, s in simulator.requests_seen]
    assert [s for p, s in seen if p == "/v1/people/me"] == [429, 429, 200]
    assert [s for p, s in seen if p.endswith("/Users")] == [429, 429, 200]


@pytest.mark.sim(scenario="throttling")
def test_long_throttling_is_waited_out_by_the_page(
    open_wizard, simulator: Simulator, qtbot
) -> None:
    # More 429s than the HTTP layer retries (4): the page itself waits Retry-After, then runs
    # the test again by itself.
    simulator.state.faults.throttle_remaining["scim"] = 5
    token = issue(simulator)
    org = simulator.state.webex_org_id
    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    wizard = open_wizard(
        PageId.CONNECTION_TEST,
        webex_token=token,
        webex_org_id=org,
        webex_tenant_url=endpoints.scim_tenant_url(org),
    )
    page = wizard.currentPage()
    qtbot.waitUntil(
        lambda: page.busy.isVisible() and "Webex asks to wait 1 seconds" in page.busy.status.text(),
        timeout=15000,
    )
    assert "the test continues by itself" in page.busy.status.text()
    assert page.rows[Check.REACHABLE].status.text() == "✗ Failed"  # shown while waiting
    wait_report(qtbot, page)
    assert page.report.ok and next_button(wizard).isEnabled()
    assert [s for _m, p, s in simulator.requests_seen if p.endswith("/Users")] == [429] * 5 + [200]


def test_tenant_url_choice_edit_and_validation(open_wizard, simulator: Simulator, qtbot) -> None:
    wizard = open_wizard()
    page = wizard.currentPage()
    page.use_token(issue(simulator))
    qtbot.waitUntil(lambda: page.person is not None and idle(page), timeout=10000)
    endpoints, org = wizard.ctx.endpoints, simulator.state.webex_org_id
    legacy, scim2 = endpoints.scim_tenant_url(org), endpoints.scim_tenant_url(org, scim2=True)
    assert page.tenant_edit.text() == legacy
    qtbot.mouseClick(
        page.scim2_radio, Qt.MouseButton.LeftButton, pos=QPoint(6, page.scim2_radio.height() // 2)
    )
    assert page.tenant_edit.text() == scim2 and page.tenant_url == scim2
    page.tenant_edit.setText(f"https://evil.example/v1/scim/{org}")
    assert page.tenant_error.isVisible()
    assert "not a Webex SCIM host" in page.tenant_error.text()
    assert not next_button(wizard).isEnabled()
    page.tenant_edit.setText(scim2.replace("https://", "http://"))
    assert "must start with https://" in page.tenant_error.text()
    page.tenant_edit.setText(scim2 + "/")  # editable: a trailing slash is fine
    assert page.tenant_error.isHidden() and page.tenant_url == scim2
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    test_page = wizard.currentPage()
    wait_report(qtbot, test_page)
    assert test_page.report.ok and test_page.report.tenant_url == scim2
    # Back, pick the documented one again: the test runs again on the new URL.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page
    page.legacy_radio.setChecked(True)
    assert page.tenant_url == legacy
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    wait_report(qtbot, test_page)
    assert test_page.report.ok and test_page.report.tenant_url == legacy


def test_connection_test_without_a_token_says_what_to_do(open_wizard) -> None:
    wizard = open_wizard(PageId.CONNECTION_TEST)
    page = wizard.currentPage()
    assert page.error_panel.isVisible()
    assert page.error_panel.what.text() == "There is no Webex token to test yet."
    assert "Go Back and sign in to Webex." in page.error_panel.fix.text()
    assert row_status(page) == ["– Not checked"] * 4
    assert not next_button(wizard).isEnabled()


# ------------------------------------------------------------------------- languages
@pytest.mark.parametrize("lang", ["ko", "ja", "zh_CN"])
def test_pages_render_in_cjk_languages(
    open_wizard, simulator: Simulator, qtbot, qapp, screenshot, lang: str
) -> None:
    from wizard.simulator.webex.people import role_id
    from wizard.ui.i18n import install_translators
    from wizard.ui.style import apply_look

    names = {"ko": "김민준", "ja": "山田 太郎", "zh_CN": "王小明"}
    email = f"admin-{lang.lower()}@contoso.example"
    simulator.state.add_webex_person(names[lang], email, roles=[role_id("id_full_admin")])
    translators = install_translators(qapp, lang)
    apply_look(qapp, lang)
    try:
        wizard = open_wizard()
        page = wizard.currentPage()
        page.use_token(issue(simulator, email))
        qtbot.waitUntil(lambda: page.person is not None and idle(page), timeout=10000)
        assert page.account_label.text() == f"{names[lang]} ({email})"
        qtbot.wait(50)
        labels_fit(page)
        assert page.body_widget.width() <= page.scroll.viewport().width()
        not_blank(screenshot(wizard, f"webex_webex_signin_{lang}"))
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
        test_page = wizard.currentPage()
        wait_report(qtbot, test_page)
        assert test_page.report.ok
        qtbot.wait(50)
        labels_fit(test_page)
        for row in test_page.rows.values():
            assert row.status.width() >= row.status.minimumSizeHint().width() - 1
        not_blank(screenshot(wizard, f"webex_connection_ok_{lang}"))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        apply_look(qapp, "en")
        from wizard.ui.qt import QLocale

        QLocale.setDefault(QLocale.system())


# ------------------------------------------------------------------------- browser fallback
def test_system_browser_fallback_takes_the_pasted_address_with_its_state(
    open_wizard, simulator: Simulator, qtbot, monkeypatch: pytest.MonkeyPatch, screenshot
) -> None:
    """The parity with the Microsoft page: a status line, and a way round the embedded window
    — the system browser, then (the last resort, marked so) pasting the final address, parsed
    by the same strict parser with the state check."""
    from urllib.parse import parse_qs, urlsplit

    from wizard.ui.qt import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    wizard = open_wizard()
    page = wizard.currentPage()
    assert page.state_label.text() == "You are not signed in to Webex yet."
    fallback = page.fallback
    assert fallback.paste_box.isHidden()
    click = Clicks(qtbot)
    click(fallback.open_button)
    (url,) = opened
    state = parse_qs(urlsplit(url).query)["state"][0]
    assert fallback.paste_box.isVisible() and wizard.focusWidget() is fallback.paste_edit
    assert fallback.paste_note.text().startswith("Last resort:")
    assert wizard.ctx.endpoints.webex_redirect_uri in fallback.paste_note.text()
    screenshot(wizard, "b_webex_browser_fallback")

    raw = issue(simulator).access_token
    redirect = wizard.ctx.endpoints.webex_redirect_uri
    answer = f"{redirect}#access_token={raw}&token_type=Bearer&expires_in=3887999"
    # Another request's answer (a wrong state) is refused, and the pasted text is not kept.
    qtbot.keyClicks(fallback.paste_edit, f"{answer}&state=not-{state}")
    qtbot.keyClick(fallback.paste_edit, Qt.Key.Key_Return)
    assert page.error_panel.isVisible() and page.token is None
    assert fallback.paste_edit.text() == ""
    qtbot.keyClicks(fallback.paste_edit, f"{answer}&state={state}")
    click(fallback.use_button)
    qtbot.waitUntil(lambda: page.person is not None and idle(page), timeout=30000)
    assert page.token is not None and page.token.access_token == raw
    assert fallback.paste_box.isHidden() and page.error_panel.isHidden()
    assert page.state_label.text() == "You are signed in to Webex."
    assert next_button(wizard).isEnabled()
    page.advanced_toggle.setChecked(True)
    screenshot(wizard, "b_webex_signed_in_advanced")
    assert raw not in "\n".join(widget_texts())
