"""The wizard shell: page order, Next/Back, Cancel, the Environment page's validation."""

from __future__ import annotations

import pytest

from wizard.core import endpoints as ep
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QApplication, QMessageBox, QPoint, Qt, QWizard

pytestmark = pytest.mark.gui

EXPECTED_TITLES = {
    PageId.WELCOME: "Connect Microsoft Entra ID to Webex",
    PageId.ENVIRONMENT: "Your environment",
    PageId.MS_SIGNIN: "Sign in to Microsoft",
    PageId.PREFLIGHT: "Pre-flight checks",
    PageId.GALLERY: "Cisco Webex enterprise app",
    PageId.WEBEX_SIGNIN: "Sign in to Webex",
    PageId.CONNECTION_TEST: "Test the connection",
    PageId.SCOPE: "Who is provisioned",
    PageId.REVIEW: "Review the changes",
    PageId.APPLY: "Apply",
    PageId.FINISH: "Finished",
    PageId.START: "Welcome back",
}


def test_page_ids_are_the_documented_sequence() -> None:
    assert [p.name for p in PageId] == [
        "WELCOME", "ENVIRONMENT", "MS_SIGNIN", "PREFLIGHT", "GALLERY", "WEBEX_SIGNIN",
        "CONNECTION_TEST", "SCOPE", "REVIEW", "APPLY", "FINISH", "START",
    ]  # fmt: skip
    # START (shown first when something is saved) is numbered last: the setup pages keep theirs.
    assert [int(p) for p in PageId] == list(range(12))


def test_every_page_registered_with_its_id_and_title(make_wizard) -> None:
    wizard = make_wizard()
    assert sorted(wizard.pageIds()) == [int(p) for p in PageId]
    for page_id, title in EXPECTED_TITLES.items():
        page = wizard.page(int(page_id))
        assert page.page_id is page_id
        assert page.plain_title == title
        assert title in page.title()  # rendered larger as escaped rich text
        assert page.subTitle(), f"{page_id.name} has no subtitle"
    assert wizard.startId() == PageId.WELCOME
    assert wizard.windowTitle() == "Webex Provisioning Wizard"


def test_next_stops_at_sign_in_until_signed_in_and_back_returns(make_wizard, qtbot) -> None:
    """Next walks the pages that need nothing, stops where a sign-in is required, Back unwinds."""
    wizard = make_wizard()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    back_button = wizard.button(QWizard.WizardButton.BackButton)
    for expected in (PageId.ENVIRONMENT, PageId.MS_SIGNIN):
        assert next_button.isVisible() and next_button.isEnabled()
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wizard.current_page_id() is expected
    # No Microsoft sign-in yet: the wizard must not let the admin skip it.
    assert not next_button.isEnabled()
    for expected in (PageId.ENVIRONMENT, PageId.WELCOME):
        qtbot.mouseClick(back_button, Qt.MouseButton.LeftButton)
        assert wizard.current_page_id() is expected
    assert not back_button.isVisible()  # NoBackButtonOnStartPage


@pytest.mark.parametrize("page_id", list(PageId))
def test_every_page_opens_directly(make_wizard, page_id) -> None:
    wizard = make_wizard(start_page=page_id)
    assert wizard.current_page_id() is page_id
    assert wizard.currentPage().plain_title in wizard.currentPage().title()


def test_last_page_has_finish_and_no_cancel(make_wizard) -> None:
    wizard = make_wizard(start_page=PageId.FINISH)
    assert wizard.page(int(PageId.FINISH)).isFinalPage() or wizard.nextId() == -1
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()


def test_finish_closes_accepted(make_wizard, qtbot) -> None:
    wizard = make_wizard(start_page=PageId.FINISH)
    with qtbot.waitSignal(wizard.finished, timeout=2000) as blocker:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert blocker.args == [1]
    assert not wizard.isVisible()


def test_cancel_without_progress_closes_at_once(make_wizard, qtbot) -> None:
    wizard = make_wizard()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton
        )
    assert not wizard.isVisible()
    assert wizard.findChild(QMessageBox, "ConfirmCancel") is None


def _confirm_box(wizard, qtbot) -> QMessageBox:
    qtbot.waitUntil(
        lambda: wizard.findChild(QMessageBox, "ConfirmCancel") is not None, timeout=2000
    )
    box = wizard.findChild(QMessageBox, "ConfirmCancel")
    qtbot.waitUntil(box.isVisible, timeout=2000)
    return box


def test_cancel_after_sign_in_asks_and_can_continue(make_wizard, qtbot) -> None:
    wizard = make_wizard()
    wizard.ctx.ms_signin = object()  # as the sign-in page records a successful sign-in
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    box = _confirm_box(wizard, qtbot)
    assert box.text() == "Stop the setup?"
    assert box.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    # The wizard decides in its slot on the box's finished(), connected before this wait's own.
    with qtbot.waitSignal(box.finished, timeout=5000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    assert wizard.isVisible()
    assert wizard.result() == 0 and wizard.current_page_id() is PageId.WELCOME


def test_cancel_after_changes_asks_and_stop_closes(make_wizard, qtbot) -> None:
    wizard = make_wizard()
    wizard.ctx.applied.append("Created the provisioning job")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Escape is Cancel too
    box = _confirm_box(wizard, qtbot)
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_window_fits_a_1366x768_screen(make_wizard) -> None:
    wizard = make_wizard()
    assert wizard.minimumWidth() >= 860 and wizard.minimumHeight() >= 620
    frame = wizard.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 768 - 40  # leave a taskbar
    assert wizard.width() >= 860 and wizard.height() >= 620
    assert wizard.wizardStyle() == QWizard.WizardStyle.ModernStyle


def test_demo_title_and_banner_on_every_page(make_wizard, simulator) -> None:
    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    wizard = make_wizard(endpoints, demo=simulator)
    assert wizard.windowTitle() == "Webex Provisioning Wizard (Demo)"
    for page_id in PageId:
        page = wizard.page(int(page_id))
        assert not page.demo_banner.isHidden(), page_id.name
        assert "simulator" in page.demo_banner.text.text()
    # Without demo, no banner.


def test_no_banner_without_demo(make_wizard) -> None:
    wizard = make_wizard()
    assert all(wizard.page(int(p)).demo_banner.isHidden() for p in PageId)


# --------------------------------------------------------------------------- environment page
def _choose(qtbot, radio) -> None:
    """Click a radio button on its indicator (Qt only hits the indicator and the label)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


def _to_environment(make_wizard, qtbot, endpoints=None):
    wizard = make_wizard(endpoints)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert wizard.current_page_id() is PageId.ENVIRONMENT
    return wizard, page


def test_environment_rejects_invalid_client_id_inline(make_wizard, qtbot) -> None:
    wizard, page = _to_environment(make_wizard, qtbot)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    assert page.advanced.isHidden()
    qtbot.mouseClick(page.advanced_toggle, Qt.MouseButton.LeftButton)
    assert page.advanced.isVisible()
    page.client_id_edit.setFocus()
    qtbot.keyClicks(page.client_id_edit, "not-a-guid")
    assert page.client_id_error.isVisible()
    message = page.client_id_error.text()
    assert message.startswith("This is not a valid application (client) ID.")
    assert "a GUID like 14d82eec-204b-4c2f-b7e8-296a70dab67e" in message
    assert not next_button.isEnabled()
    assert not page.isComplete()
    # Correcting it re-enables Next and hides the message.
    page.client_id_edit.setText("0c8b8f65-7b1c-4d1a-9d4a-3b0f6a3c2e11")
    assert page.client_id_error.isHidden()
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() is PageId.MS_SIGNIN
    assert wizard.ctx.endpoints.entra_client_id == "0c8b8f65-7b1c-4d1a-9d4a-3b0f6a3c2e11"


def test_environment_rejects_invalid_tenant_inline(make_wizard, qtbot) -> None:
    wizard, page = _to_environment(make_wizard, qtbot)
    page.advanced_toggle.setChecked(True)
    page.tenant_edit.setText("not a tenant!")
    assert page.tenant_error.isVisible() and page.client_id_error.isHidden()
    assert "contoso.onmicrosoft.com" in page.tenant_error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.tenant_edit.setText("contoso.onmicrosoft.com")
    assert page.tenant_error.isHidden()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.ctx.endpoints.entra_tenant == "contoso.onmicrosoft.com"
    assert (
        wizard.ctx.endpoints.authority()
        == "https://login.microsoftonline.com/contoso.onmicrosoft.com"
    )


def test_environment_offers_dod_and_warns_about_fedramp_tokens(make_wizard, qtbot) -> None:
    wizard, page = _to_environment(make_wizard, qtbot)
    assert page.fedramp_note.isHidden()
    _choose(qtbot, page.cloud_buttons["usgov-dod"])
    _choose(qtbot, page.webex_buttons["fedramp"])
    assert not page.fedramp_note.isHidden()
    assert "12 hours" in "\n".join(page.fedramp_note.texts())
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    chosen = wizard.ctx.endpoints
    assert chosen.graph_base == "https://dod-graph.microsoft.us/v1.0"
    assert chosen.entra_authority_host == "https://login.microsoftonline.us"


def test_environment_choice_sets_the_endpoints_and_lists_unconfirmed(make_wizard, qtbot) -> None:
    wizard, page = _to_environment(make_wizard, qtbot)
    # Commercial/global: the legacy tenant URL is the one unconfirmed value.
    lines = page.unconfirmed_lines()
    assert len(lines) == 2 and "Webex tenant URL given to Entra ID" in lines[1]
    assert "https://api.ciscospark.com/v1/scim/{org_id}" in lines[1]
    _choose(qtbot, page.cloud_buttons["usgov"])
    _choose(qtbot, page.webex_buttons["fedramp"])
    lines = page.unconfirmed_lines()
    shown = "\n".join(lines)
    for key in (
        "webex_idbroker",
        "webex_scim_tenant_url",
        "webex_scim2_base",
        "webex_client_id",
    ):
        assert key in ep.preset("usgov", "fedramp").unconfirmed
    # The Graph CLI client id is Microsoft's default in US Government too.
    assert "entra_client_id" not in ep.preset("usgov", "fedramp").unconfirmed
    assert len(lines) == 1 + 4
    assert "https://idbroker-f.webex.com" in shown and "Application (client) ID" not in shown
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    chosen = wizard.ctx.endpoints
    assert (chosen.entra_cloud, chosen.webex_env) == ("usgov", "fedramp")
    assert chosen.graph_base == "https://graph.microsoft.us/v1.0"
    assert chosen.webex_idbroker == "https://idbroker-f.webex.com"


def test_environment_keeps_demo_hosts_when_cloud_changes(make_wizard, qtbot, simulator) -> None:
    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    wizard = make_wizard(endpoints, demo=simulator)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    _choose(qtbot, page.cloud_buttons["china"])
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    chosen = wizard.ctx.endpoints
    assert chosen.entra_cloud == "china"
    assert chosen.graph_base == f"{simulator.base_url}/v1.0"  # the simulator still serves it
    assert chosen.ca_bundle == simulator.ca_file


def test_japanese_translates_qt_buttons(qtbot, qapp) -> None:
    from wizard.ui.i18n import install_translators

    translators = install_translators(qapp, "ja")
    try:
        assert translators, "qtbase_ja.qm should ship with PySide6"
        wizard = QWizard()
        qtbot.addWidget(wizard)
        from wizard.ui.qt import QWizardPage

        wizard.addPage(QWizardPage())
        wizard.addPage(QWizardPage())
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == "次へ(&N) >"
        assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "キャンセル"
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
