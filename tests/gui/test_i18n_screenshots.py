"""Every page rendered in Korean, Japanese and Simplified Chinese, for a human to read.

The PNGs (tests/artifacts/screenshots/i18n_<lang>_page_NN_<name>.png) are what a translator
checks for clipping and awkward line breaks; the assertions catch the mechanical failures: a
page still in English (missing or stale catalogue), a label narrower than its text, a body wider
than the window, tofu boxes instead of CJK glyphs.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFontMetrics  # not re-exported by wizard.ui.qt (UI code needs none)

from wizard.core import endpoints as ep
from wizard.ui.page_ids import PageId
from wizard.ui.pages.ms_signin import localize_error
from wizard.ui.qt import QCoreApplication, QImage, QLabel, QWizard

pytestmark = pytest.mark.gui

#: A word every translated welcome title contains (and the English one does not).
WELCOME_MARK = {"ko": "연결", "ja": "接続", "zh_CN": "连接"}
#: Qt's own catalogue (qtbase_<lang>.qm) translates QWizard's buttons.
NEXT_BUTTON = {"ko": "다음", "ja": "次へ", "zh_CN": "下一步"}
ENTERPRISE_APPS = {"ko": "엔터프라이즈 애플리케이션", "ja": "エンタープライズ アプリケーション", "zh_CN": "企业应用程序"}
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@pytest.fixture(params=["ko", "ja", "zh_CN"])
def translated(request, qapp):
    from wizard.ui.i18n import install_translators
    from wizard.ui.style import apply_look

    lang = request.param
    translators = install_translators(qapp, lang)
    apply_look(qapp, lang)
    yield lang
    for translator in translators:
        qapp.removeTranslator(translator)
    apply_look(qapp, "en")


def _labels_fit(page) -> None:
    for widget in page.findChildren(QLabel):
        if widget.isVisible() and widget.text() and not widget.wordWrap():
            assert widget.width() >= widget.minimumSizeHint().width() - 1, widget.text()


def _glyphs_exist(page) -> None:
    """Each visible label's CJK text is drawable by its font (no tofu boxes)."""
    for widget in page.findChildren(QLabel):
        text = widget.text()
        if widget.isVisible() and CJK.search(text):
            metrics = QFontMetrics(widget.font())
            missing = {ch for ch in CJK.findall(text) if not metrics.inFontUcs4(ord(ch))}
            assert not missing, (text, sorted(missing)[:5])


def _settle(page, qtbot) -> None:
    """Let the page's own work (silent sign-in, look-ups against the simulator) finish."""
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20000)
    qtbot.wait(50)


def _check(page) -> None:
    assert CJK.search(page.plain_title), f"{page.page_id.name} title is not translated"
    assert page.body_widget.width() <= page.scroll.viewport().width()
    _labels_fit(page)
    _glyphs_exist(page)


def test_every_page_in_each_language(make_wizard, qtbot, screenshot, simulator, translated) -> None:
    """Each page entered on its own, in demo mode (so nothing reaches a real cloud)."""
    lang = translated
    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    for page_id in PageId:
        wizard = make_wizard(endpoints, demo=simulator, start_page=page_id)
        page = wizard.currentPage()
        assert wizard.current_page_id() is page_id
        if page_id is PageId.WELCOME:
            assert WELCOME_MARK[lang] in page.plain_title
            assert NEXT_BUTTON[lang] in wizard.buttonText(QWizard.WizardButton.NextButton)
        if page_id is PageId.ENVIRONMENT:
            page.advanced_toggle.setChecked(True)  # the longest labels of the app
        _settle(page, qtbot)
        _check(page)
        name = f"i18n_{lang}_page_{int(page_id):02d}_{page_id.name.lower()}"
        assert not QImage(str(screenshot(wizard, name))).isNull()
        if page_id is PageId.ENVIRONMENT:
            # The list of values no public source confirms: a long note with a bullet list.
            page.cloud_buttons["usgov"].setChecked(True)
            page.webex_buttons["fedramp"].setChecked(True)
            qtbot.wait(20)
            _check(page)
            screenshot(wizard, f"i18n_{lang}_env_usgov_fedramp_unconfirmed")
        wizard.close()


def test_error_panel_in_each_language(make_wizard, qtbot, screenshot, simulator, translated) -> None:
    """The longest error texts (a Graph error naming its operation) with the busy bar."""
    from wizard.entra.graph_errors import GraphAccessDenied

    lang = translated
    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    wizard = make_wizard(endpoints, demo=simulator, start_page=PageId.WELCOME)
    page = wizard.currentPage()
    err = GraphAccessDenied.build(
        403,
        "Authorization_RequestDenied",
        "Insufficient privileges to complete the operation.",
        "listing your tenant's enterprise apps",
        {"request-id": "6f1c9a52-1d3e-4c7b-9d0a-6a0f3e3b8c21"},
    )
    page.show_error(localize_error(err), retry=lambda: None)
    page.show_busy(QCoreApplication.translate("ops", "Working…"), on_cancel=lambda: None)
    qtbot.wait(20)
    panel = page.error_panel
    assert CJK.search(panel.what.text()) and CJK.search(panel.fix.text())
    assert ENTERPRISE_APPS[lang] in panel.what.text()  # {operation} translated too
    _labels_fit(page)
    _glyphs_exist(page)
    screenshot(wizard, f"i18n_{lang}_error_and_busy")
    page.hide_busy()


def _signed_in_context(sim):
    """Signed in to Microsoft (over HTTP, as the browser would post the simulator's forms)."""
    from wizard.core.http import make_session
    from wizard.entra.auth import GraphAuth
    from wizard.entra.graph import GraphClient, SignedInTokens
    from wizard.simulator.entra.forms import authorize
    from wizard.storage.secrets import MemoryStore
    from wizard.ui.context import WizardContext

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


@pytest.mark.sim(state="configured")
def test_signed_in_pages_in_each_language(qtbot, screenshot, simulator, translated) -> None:
    """Every page with real content, signed in, through Apply and Finish (on the simulator)."""
    import time

    from wizard.ui.wizard import SetupWizard
    from wizard.webex.token import WebexToken

    lang = translated
    st = simulator.state
    with st.lock:  # a second "Cisco Webex" app, so the gallery page shows its choice
        tpl = st.template_by_name("Cisco Webex")
        _app, other = st.instantiate_template(tpl["id"], "Cisco Webex (old test)")
        st.sp_created[other["id"]] = 0.0
    ctx = _signed_in_context(simulator)
    ctx.lang = lang
    wizard = SetupWizard(ctx, start_page=PageId.MS_SIGNIN)
    for page_id in wizard.pageIds():
        wizard.page(page_id).moves_on = False  # each page photographed as it stands
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    nxt = wizard.button(QWizard.WizardButton.NextButton)

    def shoot(page_id: PageId) -> None:
        assert wizard.current_page_id() is page_id
        page = wizard.currentPage()
        _settle(page, qtbot)
        assert page.error_panel.isHidden(), page.error_panel.details_text()
        _check(page)
        screenshot(wizard, f"i18n_{lang}_signed_in_{page_id.name.lower()}")

    for page_id in (PageId.MS_SIGNIN, PageId.PREFLIGHT, PageId.GALLERY):
        shoot(page_id)
        qtbot.waitUntil(nxt.isEnabled, timeout=20000)
        wizard.next()

    page = wizard.currentPage()
    scopes = ("spark:people_read", "spark:people_write", "Identity:SCIM")
    raw = st.issue_token("webex", st.webex_admin_id, 3887999, scopes)
    page.use_token(WebexToken(raw, "Bearer", 3887999, time.time()))
    qtbot.waitUntil(lambda: page.person is not None and not page.is_busy(), timeout=20000)
    shoot(PageId.WEBEX_SIGNIN)
    wizard.next()

    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.report is not None and not page.is_busy(), timeout=20000)
    assert page.report.ok
    shoot(PageId.CONNECTION_TEST)
    wizard.next()

    scope = wizard.currentPage()
    qtbot.waitUntil(lambda: not scope.is_busy() and scope.role_combo.count() > 1, timeout=20000)
    scope.search_edit.setText("Megan")
    qtbot.waitUntil(lambda: scope.results.topLevelItemCount() > 0, timeout=20000)
    scope.results.setCurrentItem(scope.results.topLevelItem(0))
    scope.add_button.click()
    scope.role_combo.setCurrentIndex(scope.role_combo.findText("User"))
    shoot(PageId.SCOPE)
    qtbot.waitUntil(nxt.isEnabled, timeout=20000)
    wizard.next()

    review = wizard.currentPage()
    qtbot.waitUntil(lambda: not review.is_busy() and review.steps is not None, timeout=20000)
    shoot(PageId.REVIEW)
    wizard.button(QWizard.WizardButton.CommitButton).click()

    apply = wizard.currentPage()
    qtbot.waitUntil(
        lambda: not apply.is_busy()
        and (apply.result is not None or apply.error_panel.isVisible()),
        timeout=60000,
    )
    shoot(PageId.APPLY)
    wizard.next()
    shoot(PageId.FINISH)
