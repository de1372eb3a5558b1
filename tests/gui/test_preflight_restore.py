"""Pre-flight's "Restore it now": a missing Cisco Webex Identity Integration app is restored by the
admin consent repair uses, in the embedded browser, and the checks run again."""

from __future__ import annotations

import pytest

from tests.gui.test_repair_window import browser, consent_in_browser, identity_sp
from tests.gui.test_signin_preflight_gallery_pages import _signed_in_context
from wizard.simulator import Simulator
from wizard.ui.page_ids import PageId
from wizard.ui.qt import Qt
from wizard.ui.repair import ConsentBrowser
from wizard.ui.wizard import SetupWizard

pytestmark = pytest.mark.gui

TIMEOUT = 30000


def _row(page, key: str):  # noqa: ANN001, ANN202
    return next(r for r in page.rows() if r.finding.key == key)


@pytest.mark.webengine
@pytest.mark.sim(scenario="deleted-consent")
def test_restore_identity_integration_from_preflight(simulator: Simulator, qtbot, screenshot) -> None:  # noqa: ANN001
    wizard = SetupWizard(_signed_in_context(simulator), start_page=PageId.PREFLIGHT)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.report is not None and not page.is_busy(), timeout=TIMEOUT)
    row = _row(page, "identity_integration")
    assert row.restore_button is not None and row.restore_button.isVisible()
    assert all(r.restore_button is None for r in page.rows() if r is not row)  # only there
    assert identity_sp(simulator) == []
    screenshot(wizard, "preflight_restore_identity_integration")
    qtbot.mouseClick(row.restore_button, Qt.MouseButton.LeftButton)
    dialog = browser(qtbot, ConsentBrowser)
    assert f"/{simulator.state.tenant_id}/adminconsent" in dialog.request.url  # tenant ID
    consent_in_browser(qtbot, dialog)
    qtbot.waitUntil(
        lambda: page.report is not None
        and not page.is_busy()
        and _row(page, "identity_integration").finding.status.value == "ok",
        timeout=60000,
    )
    assert len(identity_sp(simulator)) == 1
    assert _row(page, "identity_integration").restore_button is None
