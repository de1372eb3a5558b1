"""Review is the first write: for a tenant without the Cisco Webex app, the pages up to Review
only read and choose (the simulator's write log stays empty), Review lists adding the app
first, and Apply adds it — waiting for Entra ID to finish it, and on a Retry after the wait gave
up, waiting for that same app instead of adding a second one."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_scope_review_apply_pages import (
    choose_test_user,
    click,
    idle,
    next_button,
    open_at,
    prepared_context,
    writes,
)

from wizard.entra.waits import Backoff
from wizard.simulator import Simulator
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QWizard

pytestmark = pytest.mark.gui

TIMEOUT = 20000


def _instantiations(sim: Simulator) -> int:
    return sum(1 for _s, _m, p in writes(sim) if p.endswith("/instantiate"))


@pytest.mark.sim(replication_delay=2.0)
def test_nothing_is_written_before_apply_which_adds_the_app_once(
    simulator: Simulator, qtbot, tmp_path: Path, screenshot
) -> None:
    sim = simulator
    ctx = prepared_context(sim, tmp_path, with_app=False)
    wizard = open_at(qtbot, ctx, PageId.SCOPE)
    scope = wizard.currentPage()
    # The app does not exist yet: its one provisioning role is offered, nothing is read of it.
    qtbot.waitUntil(lambda: idle(scope) and scope.role_combo.currentText() == "User", timeout=TIMEOUT)
    assert "when you click Apply" in scope.mappings.note.text()
    screenshot(wizard, "b_scope_new_app")
    choose_test_user(qtbot, scope)
    click(qtbot, next_button(wizard))

    review = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(review) and review.steps is not None, timeout=TIMEOUT)
    assert review.steps[0].key == "add_app"
    assert review.row_texts()[0][0] == "Add the Cisco Webex app to your tenant"
    assert review.summary.text() == "6 changes to make, 0 already set up."
    assert writes(sim) == []  # every page so far only read
    screenshot(wizard, "b_review_new_app")
    review.details_box.setChecked(True)
    screenshot(wizard, "b_review_new_app_details")

    apply = wizard.page(int(PageId.APPLY))
    apply.backoff = Backoff(initial=0.25, factor=2.0, cap=0.5, limit=0.5)  # gives up first
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    assert wizard.current_page_id() is PageId.APPLY
    qtbot.waitUntil(lambda: idle(apply) and apply.error_panel.isVisible(), timeout=TIMEOUT)
    panel = apply.error_panel
    assert panel.error.code == "gallery.replication_timeout", panel.details_text()
    assert panel.retry_button.text() == "Keep waiting"  # what the error's advice names
    assert apply.rows[0].step.status == "failed" and apply.headline.isVisible()
    screenshot(wizard, "b_apply_add_app_waited_too_long")
    (sp_id,) = sim.state.webex_sp_ids()
    assert writes(sim)[0][1:] == (
        "POST", f"/v1.0/applicationTemplates/{ctx.new_app.template_id}/instantiate"
    )  # fmt: skip

    apply.backoff = None  # the flow's own wait: long enough for the simulator's 2 s
    click(qtbot, panel.retry_button)
    qtbot.waitUntil(lambda: idle(apply) and apply.result is not None, timeout=60000)
    assert panel.isHidden(), panel.details_text()
    assert sim.state.webex_sp_ids() == [sp_id] and _instantiations(sim) == 1
    assert [r.step.status for r in apply.rows] == ["done"] * len(apply.rows)
    assert ctx.webex_app is not None and ctx.webex_app.id == sp_id and ctx.new_app is None
    assert "HideApp" not in sim.state.service_principals[sp_id]["tags"]  # the admin's choice
    assert apply.headline.text().startswith("Setup complete")
    screenshot(wizard, "b_apply_done")
