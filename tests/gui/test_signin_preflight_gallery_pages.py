"""Pages in their other states: errors injected through the simulator, reuse and choice
of existing apps, the replication wait (elapsed time, Cancel, "Keep waiting"), and renders in
Korean, Japanese and Simplified Chinese.

The Microsoft sign-in itself is done over HTTP here (the simulator's forms, as a browser would
post them), so these tests start on the page under test; the embedded-browser sign-in is covered
in test_microsoft_signin_journey.py.
"""

from __future__ import annotations

import pytest

from wizard.core import endpoints as ep
from wizard.core.http import make_session
from wizard.entra.auth import GRAPH_PERMISSIONS, GraphAuth
from wizard.entra.graph import GraphClient, SignedInTokens
from wizard.entra.preflight import Status
from wizard.flows.setup import NewApp
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import authorize
from wizard.storage.secrets import MemoryStore
from wizard.ui.context import WizardContext
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QLabel, Qt, QWizard

pytestmark = pytest.mark.gui

TIMEOUT = 30000


def _signed_in_context(sim: Simulator) -> WizardContext:
    endpoints = ep.load(env={}, overrides=sim.endpoint_overrides())
    ctx = WizardContext(endpoints, demo=sim)
    ctx.secret_store = MemoryStore()
    auth = GraphAuth(endpoints, make_session(endpoints.ca_bundle))
    flow = auth.begin_embedded()
    sign_in = auth.finish_embedded(flow, authorize(sim.ca_file, flow.auth_uri))
    ctx.graph_auth, ctx.ms_signin = auth, sign_in
    ctx.graph = GraphClient(endpoints.graph_base, auth.session, SignedInTokens(auth, sign_in))
    ctx.ms_tenant = ctx.graph.organization()
    return ctx


@pytest.fixture
def open_wizard(qtbot):
    from wizard.ui.wizard import SetupWizard

    def make(ctx: WizardContext, page: PageId) -> SetupWizard:
        wizard = SetupWizard(ctx, start_page=page)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def _idle(page, qtbot, timeout: int = TIMEOUT) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=timeout)


def _next_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _statuses(page) -> dict[str, Status]:
    return {row.finding.key: row.finding.status for row in page.rows()}


def _grant_tenant_wide(sim: Simulator) -> None:
    """An administrator consented to the sign-in app for everyone (so a non-admin can sign in)."""
    from wizard.core.endpoints import GRAPH_CLI_CLIENT_ID
    from wizard.simulator.entra.common import ALL_PRINCIPALS, grant

    with sim.state.lock:
        grant(sim.state.entra_auth, GRAPH_CLI_CLIENT_ID, ALL_PRINCIPALS, set(GRAPH_PERMISSIONS))


# --------------------------------------------------------------------------- pre-flight
@pytest.mark.sim(scenario="non-admin")
def test_non_admin_is_blocked_and_told_which_role_and_who_grants_it(
    simulator, open_wizard, qtbot, screenshot
) -> None:
    _grant_tenant_wide(simulator)
    wizard = open_wizard(_signed_in_context(simulator), PageId.PREFLIGHT)
    page = wizard.currentPage()
    _idle(page, qtbot)
    assert _statuses(page)["roles"] is Status.FAILED
    roles = page.rows()[0]
    assert roles.message.text() == (
        "Your account has none of the roles setup needs: Cloud Application Administrator, "
        "Application Administrator or Global Administrator."
    )
    assert roles.detail.text().startswith(
        "Ask your Global Administrator or Privileged Role Administrator to assign you the "
        "Cloud Application Administrator role"
    )
    assert "Privileged Identity Management" in roles.detail.text()
    assert roles.icon.accessibleName() == "Failed"
    assert page.outcome.text() == "Setup cannot continue until the failed check is fixed."
    assert not _next_enabled(wizard)
    screenshot(wizard, "signin_preflight_non_admin")

    # The role is granted (no restart needed): "Check again" unblocks Next.
    from wizard.simulator.state import ROLE_CLOUD_APPLICATION_ADMIN

    with simulator.state.lock:
        simulator.state.role_assignments[simulator.state.admin_id] = {ROLE_CLOUD_APPLICATION_ADMIN}
    qtbot.mouseClick(page.check_again, Qt.MouseButton.LeftButton)
    _idle(page, qtbot)
    assert _statuses(page)["roles"] is Status.OK
    assert "Cloud Application Administrator" in page.rows()[0].message.text()
    assert _next_enabled(wizard)


@pytest.mark.sim(scenario="throttling")
def test_throttling_is_waited_out(simulator, open_wizard, qtbot) -> None:
    wizard = open_wizard(_signed_in_context(simulator), PageId.PREFLIGHT)
    page = wizard.currentPage()
    _idle(page, qtbot)
    throttled = [s for _m, p, s in simulator.requests_seen if p.startswith("/v1.0/") and s == 429]
    assert len(throttled) == 2  # the scenario's two 429s, each waited out (Retry-After: 1)
    assert page.error_panel.isHidden()
    assert set(_statuses(page).values()) == {Status.OK}
    assert _next_enabled(wizard)


def test_long_throttle_is_an_error_with_retry(simulator, open_wizard, qtbot, screenshot) -> None:
    ctx = _signed_in_context(simulator)
    simulator.state.faults.throttle_retry_after = 120  # longer than the wizard waits by itself
    simulator.state.faults.throttle_remaining["graph"] = 1
    wizard = open_wizard(ctx, PageId.PREFLIGHT)
    page = wizard.currentPage()
    qtbot.waitUntil(page.error_panel.isVisible, timeout=TIMEOUT)
    panel = page.error_panel
    assert panel.what.text() == "Microsoft Graph is asking the wizard to slow down."
    assert "429 (TooManyRequests) to reading your directory roles" in panel.why.text()
    assert "request-id" in panel.ids.text() and "client-request-id" in panel.ids.text()
    assert panel.retry_button.isVisible() and not _next_enabled(wizard)
    screenshot(wizard, "signin_preflight_throttled")
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    _idle(page, qtbot)
    assert panel.isHidden() and _next_enabled(wizard)


def test_network_failure_is_explained(simulator, open_wizard, qtbot, screenshot, tmp_path) -> None:
    import shutil

    ctx = _signed_in_context(simulator)
    port = simulator.port
    # Stopping the simulator deletes its CA file; keep trusting a copy, as a real install
    # keeps its configured CA bundle while the service is down.
    ctx.graph.session.ca_bundle = shutil.copy(simulator.ca_file, tmp_path / "ca.pem")
    simulator.stop()  # the service goes away mid-way
    wizard = open_wizard(ctx, PageId.PREFLIGHT)
    page = wizard.currentPage()
    qtbot.waitUntil(page.error_panel.isVisible, timeout=TIMEOUT)
    panel = page.error_panel
    assert panel.what.text() == f"Could not connect to 127.0.0.1:{port}."
    assert "Nothing was changed" in panel.fix.text()
    assert panel.retry_button.isVisible()
    assert not _next_enabled(wizard)
    screenshot(wizard, "signin_preflight_network_error")


def test_missing_gallery_template_blocks_with_a_way_out(
    simulator, open_wizard, qtbot, screenshot
) -> None:
    tpl = simulator.state.template_by_name("Cisco Webex")
    del simulator.state.application_templates[tpl["id"]]
    ctx = _signed_in_context(simulator)
    wizard = open_wizard(ctx, PageId.PREFLIGHT)
    page = wizard.currentPage()
    _idle(page, qtbot)
    assert _statuses(page)["app"] is Status.FAILED
    app_row = next(r for r in page.rows() if r.finding.key == "app")
    assert "cannot add one from the gallery" in app_row.message.text()
    assert 'has no gallery template named "Cisco Webex"' in app_row.detail.text()
    assert "Enterprise applications > New application" in app_row.detail.text()
    assert not _next_enabled(wizard)
    screenshot(wizard, "signin_preflight_template_missing")
    wizard.close()

    # Reached directly (e.g. the template vanished between the two steps): the same message.
    ctx.preflight = None
    wizard = open_wizard(ctx, PageId.GALLERY)
    gallery = wizard.currentPage()
    qtbot.waitUntil(gallery.error_panel.isVisible, timeout=TIMEOUT)
    assert gallery.error_panel.what.text() == (
        'The "Cisco Webex" app is not in the Entra app gallery of this cloud.'
    )
    assert gallery.add_box.isHidden() and not _next_enabled(wizard)
    screenshot(wizard, "signin_gallery_template_missing")
    assert not simulator.state.webex_sp_ids()


# --------------------------------------------------------------------------- existing apps
@pytest.mark.sim(state="configured")
def test_app_added_by_sso_is_reused_and_the_gallery_step_skipped(
    simulator, open_wizard, qtbot
) -> None:
    existing = simulator.configured["service_principal_id"]
    wizard = open_wizard(_signed_in_context(simulator), PageId.PREFLIGHT)
    page = wizard.currentPage()
    _idle(page, qtbot)
    statuses = _statuses(page)
    assert statuses["app"] is Status.OK and statuses["job"] is Status.OK
    job = next(r for r in page.rows() if r.finding.key == "job")
    assert job.message.text().startswith("It already has a provisioning job (status Active).")
    assert page.nextId() == PageId.WEBEX_SIGNIN
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() is PageId.WEBEX_SIGNIN
    assert wizard.ctx.webex_app.id == existing
    assert simulator.state.webex_sp_ids() == [existing]
    assert not [w for w in simulator.state.write_log if w.path.endswith("/instantiate")]


@pytest.mark.sim(state="configured")
def test_several_apps_let_the_admin_choose(simulator, open_wizard, qtbot, screenshot) -> None:
    st = simulator.state
    with st.lock:
        tpl = st.template_by_name("Cisco Webex")
        _app, other = st.instantiate_template(tpl["id"], "Cisco Webex (old test)")
        st.sp_created[other["id"]] = 0.0
        other["preferredSingleSignOnMode"] = "saml"
    with_job = simulator.configured["service_principal_id"]
    wizard = open_wizard(_signed_in_context(simulator), PageId.PREFLIGHT)
    page = wizard.currentPage()
    _idle(page, qtbot)
    app_row = next(r for r in page.rows() if r.finding.key == "app")
    assert app_row.finding.status is Status.WARNING
    assert app_row.message.text().startswith('Found 2 "Cisco Webex" apps.')
    assert page.nextId() == PageId.GALLERY
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    gallery = wizard.currentPage()
    qtbot.waitUntil(gallery.pick_box.isVisible, timeout=TIMEOUT)
    buttons = gallery.pick_buttons
    assert set(buttons) == {with_job, other["id"]}
    assert buttons[with_job].isChecked()  # the one with the provisioning job is preselected
    assert buttons[with_job].text() == "Cisco Webex (has the provisioning job)"
    details = "\n".join(w.text() for w in gallery.pick_box.findChildren(QLabel))
    assert "provisioning job: Active" in details and "no provisioning job" in details
    assert "single sign-on: saml" in details
    assert "Only one should provision users" in gallery.pick_intro.text()
    assert _next_enabled(wizard) and wizard.ctx.webex_app.id == with_job
    screenshot(wizard, "signin_gallery_pick")
    buttons[other["id"]].setChecked(True)
    assert wizard.ctx.webex_app.id == other["id"]
    assert len(st.webex_sp_ids()) == 2  # choosing changes nothing in the tenant


# --------------------------------------------------------------------------- a new app
def test_the_gallery_page_only_chooses_the_new_app(simulator, open_wizard, qtbot) -> None:
    """Adding the app is the plan's first step (Review lists it, Apply runs it): here the admin
    only names it and chooses whether to hide it, and nothing is written."""
    wizard = open_wizard(_signed_in_context(simulator), PageId.GALLERY)
    page = wizard.currentPage()
    qtbot.waitUntil(page.add_box.isVisible, timeout=TIMEOUT)
    assert "when you click Apply" in page.state_text.text()
    assert page.name_edit.text() == "Cisco Webex" and page.hide_box.isChecked()
    assert _next_enabled(wizard)
    template = simulator.state.template_by_name("Cisco Webex")["id"]
    assert page.new_app == NewApp(template, "Cisco Webex", "User", True)
    page.hide_box.setChecked(False)
    page.name_edit.setText("   ")
    assert page.name_error.isVisible() and not _next_enabled(wizard)
    page.name_edit.setText("Cisco Webex SCIM")
    assert not page.name_error.isVisible() and _next_enabled(wizard)
    assert page.new_app == NewApp(template, "Cisco Webex SCIM", "User", False)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() is PageId.WEBEX_SIGNIN
    assert wizard.ctx.new_app.display_name == "Cisco Webex SCIM" and wizard.ctx.webex_app is None
    assert simulator.state.write_log == [] and simulator.state.webex_sp_ids() == []


# --------------------------------------------------------------------------- sign-in page
@pytest.mark.webengine
def test_sign_in_as_someone_else_signs_out_first(simulator, open_wizard, qtbot) -> None:
    from urllib.parse import parse_qs, urlsplit

    ctx = _signed_in_context(simulator)
    wizard = open_wizard(ctx, PageId.MS_SIGNIN)
    page = wizard.currentPage()
    assert page.switch_button.isVisible() and _next_enabled(wizard)
    assert page.alternatives.isHidden()
    auth = ctx.graph_auth
    assert auth.accounts() == ["admin@contoso.onmicrosoft.com"]
    qtbot.mouseClick(page.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.browser_dialog is not None, timeout=TIMEOUT)
    dialog = page.browser_dialog
    qtbot.waitUntil(lambda: dialog.load_ok is not None, timeout=TIMEOUT)
    query = parse_qs(urlsplit(dialog.page.url().toString()).query)
    assert query["prompt"] == ["select_account"]
    assert ctx.ms_signin is None and auth.accounts() == []  # signed out already
    dialog.close()
    qtbot.waitUntil(page.error_panel.isVisible, timeout=TIMEOUT)
    assert page.error_panel.what.text() == "Microsoft sign-in was cancelled."
    assert page.sign_in_button.isVisible() and not _next_enabled(wizard)


# --------------------------------------------------------------------------- languages
def _labels_fit(page) -> None:
    for widget in page.findChildren(QLabel):
        if widget.isVisible() and widget.text() and not widget.wordWrap():
            assert widget.width() >= widget.minimumSizeHint().width() - 1, widget.text()


@pytest.mark.sim(state="configured")
@pytest.mark.parametrize("lang", ["ko", "ja", "zh_CN"])
def test_pages_render_in_cjk_languages(
    simulator, open_wizard, qtbot, qapp, screenshot, lang
) -> None:
    from wizard.ui.i18n import install_translators
    from wizard.ui.style import apply_look

    st = simulator.state
    with st.lock:
        tpl = st.template_by_name("Cisco Webex")
        _app, other = st.instantiate_template(tpl["id"], "Cisco Webex (old test)")
        st.sp_created[other["id"]] = 0.0
    translators = install_translators(qapp, lang)
    apply_look(qapp, lang)
    try:
        ctx = _signed_in_context(simulator)
        ctx.lang = lang
        wizard = open_wizard(ctx, PageId.MS_SIGNIN)
        for page_id in (PageId.MS_SIGNIN, PageId.PREFLIGHT, PageId.GALLERY):
            assert wizard.current_page_id() is page_id
            page = wizard.currentPage()
            _idle(page, qtbot)
            qtbot.wait(20)
            assert page.error_panel.isHidden(), page.error_panel.details_text()
            assert page.body_widget.width() <= page.scroll.viewport().width()
            _labels_fit(page)
            screenshot(wizard, f"signin_{lang}_{page_id.name.lower()}")
            if page_id is not PageId.GALLERY:
                wizard.next()
        assert wizard.currentPage().pick_box.isVisible()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        apply_look(qapp, "en")


# Stands in for the system browser: MSAL waits for the browser command to return, and the
# sign-in must post back to MSAL's local listener afterwards, so the work happens in a child.
FAKE_BROWSER = """#!{python}
import subprocess, sys
sys.path.insert(0, {root!r})
if len(sys.argv) > 2 and sys.argv[1] == "--child":
    from wizard.simulator.entra.forms import authorize
    authorize({ca!r}, sys.argv[2])
else:
    subprocess.Popen([sys.executable, __file__, "--child", sys.argv[1]], start_new_session=True)
"""


def test_system_browser_sign_in(simulator, open_wizard, qtbot, tmp_path, monkeypatch) -> None:
    import sys
    import webbrowser
    from pathlib import Path

    script = tmp_path / "fake-browser"
    root = str(Path(__file__).resolve().parents[2])
    script.write_text(FAKE_BROWSER.format(python=sys.executable, root=root, ca=simulator.ca_file))
    script.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(script))
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})

    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    ctx = WizardContext(endpoints, demo=simulator)
    ctx.secret_store = MemoryStore()
    wizard = open_wizard(ctx, PageId.MS_SIGNIN)
    page = wizard.currentPage()
    _idle(page, qtbot)
    qtbot.mouseClick(page.system_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.is_busy, timeout=TIMEOUT)
    assert "web browser" in page.busy.status.text()
    assert not page.sign_in_button.isEnabled()  # one sign-in at a time
    _idle(page, qtbot, timeout=60000)
    assert page.error_panel.isHidden(), page.error_panel.details_text()
    assert page.fields["user"].text() == "Adele Admin (admin@contoso.onmicrosoft.com)"
    assert page.browser_dialog is None
    # Signed in: nothing is left to decide on the page, so the wizard moved on by itself.
    qtbot.waitUntil(lambda: wizard.current_page_id() is PageId.PREFLIGHT, timeout=TIMEOUT)
