"""Render every page offscreen to PNG (tests/artifacts/screenshots/) for a human to look at.

The assertions catch the mechanical failures (blank grabs, a page wider than the window,
text cut off by a too-small label); the PNGs are for the eye: clipping, overlap, tiny text.
"""

from __future__ import annotations

import pytest

from wizard.core import endpoints as ep
from wizard.core.errors import ServiceError
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QImage, QLabel, Qt, QWizard

pytestmark = pytest.mark.gui


def _not_blank(path) -> None:
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 860 and image.height() >= 620
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    assert len(colours) > 3, f"{path.name} looks blank"


def _labels_fit(page) -> None:
    """No visible label is narrower than its text needs (a sign of clipping)."""
    for widget in page.findChildren(QLabel):
        if widget.isVisible() and widget.text() and not widget.wordWrap():
            assert widget.width() >= widget.minimumSizeHint().width() - 1, widget.text()


@pytest.mark.parametrize("page_id", list(PageId))
def test_screenshot_every_page(make_wizard, qtbot, screenshot, page_id) -> None:
    """Each page as it first appears (nothing signed in yet), opened directly."""
    wizard = make_wizard(start_page=page_id)
    assert wizard.current_page_id() is page_id
    page = wizard.currentPage()
    qtbot.wait(20)
    assert page.body_widget.width() <= page.scroll.viewport().width()
    _labels_fit(page)
    _not_blank(screenshot(wizard, f"page_{int(page_id):02d}_{page_id.name.lower()}"))


def test_screenshot_environment_states(make_wizard, qtbot, screenshot) -> None:
    wizard = make_wizard(start_page=PageId.ENVIRONMENT)
    page = wizard.currentPage()
    page.advanced_toggle.setChecked(True)
    page.client_id_edit.setText("not-a-guid")
    assert page.client_id_error.isVisible()
    _not_blank(screenshot(wizard, "env_invalid_client_id"))
    page.client_id_edit.clear()
    page.cloud_buttons["usgov"].setChecked(True)
    page.webex_buttons["fedramp"].setChecked(True)
    qtbot.wait(20)
    assert not wizard.button(QWizard.WizardButton.NextButton).isHidden()
    _not_blank(screenshot(wizard, "env_usgov_fedramp_unconfirmed"))


def test_screenshot_error_and_busy(make_wizard, qtbot, screenshot, simulator) -> None:
    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    wizard = make_wizard(endpoints, demo=simulator, start_page=PageId.PREFLIGHT)
    page = wizard.currentPage()
    err = ServiceError.from_response(
        "Microsoft Graph",
        503,
        "ServiceUnavailable",
        "The service is temporarily unavailable.",
        {
            "request-id": "6f1c9a52-1d3e-4c7b-9d0a-6a0f3e3b8c21",
            "client-request-id": "0b9d3c2e-2f4a-4a8e-8d61-5c7a1b2e9f00",
        },
    )
    page.show_error(err, retry=lambda: None)
    page.show_busy("Checking your roles…", on_cancel=lambda: None)
    qtbot.wait(20)
    assert page.error_panel.isVisible() and page.busy.isVisible()
    assert page.error_panel.retry_button.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert Qt.TextFormat.PlainText == page.error_panel.why.textFormat()
    _not_blank(screenshot(wizard, "demo_error_and_busy"))
    page.hide_busy()


def test_screenshot_japanese_buttons_render_cjk(make_wizard, qapp, screenshot) -> None:
    from wizard.ui.i18n import install_translators
    from wizard.ui.style import apply_look

    translators = install_translators(qapp, "ja")
    apply_look(qapp, "ja")
    try:
        wizard = make_wizard(start_page=PageId.ENVIRONMENT)
        assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< 戻る(&B)"
        _not_blank(screenshot(wizard, "env_japanese_qt_buttons"))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        apply_look(qapp, "en")
