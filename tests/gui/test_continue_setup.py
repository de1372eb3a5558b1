"""A setup that stopped half-way, continued from the start page of the next launch, finishes
without making anything twice (one app, one job, the same assignment); the launch after that
opens on the start page and reaches repair in one click."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_microsoft_signin_journey import _sign_in_in_browser
from test_setup_journey import _idle, _wait, _window, _world, run_journey
from test_webex_signin_pages import Clicks, browser

from wizard.core import endpoints as ep
from wizard.core.paths import Profile
from wizard.simulator import Simulator
from wizard.storage.secrets import MemoryStore
from wizard.storage.statefile import StateFile
from wizard.ui.app import open_window
from wizard.ui.context import WizardContext
from wizard.ui.page_ids import PageId
from wizard.ui.qt import Qt, QWizard

pytestmark = [pytest.mark.gui, pytest.mark.webengine]


def _continue_from_sign_in(wizard, qtbot, click) -> object:  # noqa: ANN001
    """The pages after Continue: the Microsoft sign-in (consent given already), pre-flight
    reuses the app, the Webex sign-in and test, the same test user, Review, Apply."""
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    page = wizard.currentPage()
    _wait(qtbot, lambda: _idle(page) and page.sign_in_button.isVisible())
    click(page.sign_in_button)
    _sign_in_in_browser(page, qtbot, consent=None)
    _wait(qtbot, lambda: wizard.current_page_id() is PageId.PREFLIGHT)
    pre = wizard.currentPage()
    _wait(qtbot, lambda: _idle(pre) and nxt.isEnabled())
    click(nxt)
    assert wizard.current_page_id() is PageId.WEBEX_SIGNIN  # the app exists: no gallery
    dialog = browser(qtbot)
    dialog.page.runJavaScript("document.getElementById('signin').click();")
    _wait(qtbot, lambda: wizard.current_page_id() is PageId.SCOPE, 60000)
    scope = wizard.currentPage()
    _wait(qtbot, lambda: _idle(scope) and scope.role_combo.currentData() is not None)
    _wait(qtbot, scope.search_edit.hasFocus)
    qtbot.keyClicks(scope.search_edit, "Megan")
    _wait(qtbot, lambda: scope.results.topLevelItemCount() > 0)
    qtbot.keyClick(scope.search_edit, Qt.Key.Key_Return)
    click(nxt)
    review = wizard.currentPage()
    _wait(qtbot, lambda: _idle(review) and review.steps is not None)
    plan = [(s.key.split(":")[0], s.status) for s in review.steps]
    click(wizard.button(QWizard.WizardButton.CommitButton))
    apply = wizard.currentPage()
    _wait(qtbot, lambda: _idle(apply) and (apply.result is not None or apply.error_panel.isVisible()), 60000)
    assert apply.error_panel.isHidden(), apply.error_panel.details_text()
    return plan


def _launch(sim: Simulator, profile: Profile, keyring: MemoryStore, qtbot):  # noqa: ANN001, ANN202
    """A launch the way run_gui opens the window, over the profile and what the keyring holds."""
    ctx = WizardContext(ep.load(env={}, overrides=sim.endpoint_overrides()), demo=sim)
    ctx.secret_store = keyring
    ctx.profile = profile
    wizard = open_window(ctx, None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_killed_setup_is_continued_from_the_start_page_without_duplicates(
    simulator: Simulator, make_wizard, qtbot, tmp_path: Path
) -> None:
    sim = simulator
    profile = Profile("demo", tmp_path / "data", tmp_path / "logs", "wizard-continue-test")
    # ---- the first run stops at "start the job" (refused): job, secrets, assignment are made
    sim.state.faults.route_faults["graph.start_job:POST"] = ["403*"]
    first = _window(make_wizard, sim, profile)
    with pytest.raises(AssertionError):  # the journey's own check: Apply ended in an error
        run_journey(first, qtbot, Clicks(qtbot), first=True)
    (sp_id,) = sim.state.webex_sp_ids()  # added by Apply
    before = _world(sim, sp_id)
    assert len(before["jobs"]) == 1 and len(before["assignments"]) == 1
    state = StateFile.for_profile(profile).load()
    assert state is not None and state.step and not any(c.action == "job.started" for c in state.history)
    first.done(0)
    sim.state.faults.route_faults.clear()  # whatever stopped it is over

    # ---- the next launch opens on the start page and offers to continue ------------------
    keyring = MemoryStore()  # what the OS keyring keeps between this launch and the next
    wizard = _launch(sim, profile, keyring, qtbot)
    start = wizard.page(int(PageId.START))
    _wait(qtbot, lambda: start.saved is not None and not start.is_busy())
    assert start.buttons["continue"].isVisible()
    click = Clicks(qtbot)
    click(start.buttons["continue"])
    assert wizard.current_page_id() is PageId.MS_SIGNIN
    plan = _continue_from_sign_in(wizard, qtbot, click)
    assert ("create_job", "skipped") in plan and ("assign", "skipped") in plan
    assert ("start_job", "pending") in plan

    # ---- finished, and nothing was made twice ------------------------------------------------
    after = _world(sim, sp_id)
    assert after["sps"] == before["sps"] == [sp_id]
    assert after["jobs"] == before["jobs"] and after["assignments"] == before["assignments"]
    with sim.state.lock:
        (job,) = sim.state.sync[sp_id]["jobs"].values()
    assert job["status"]["code"] == "Active"
    assert any(c.action == "job.started" for c in StateFile.for_profile(profile).load().history)

    # ---- and the launch after that: nothing left to continue, repair one click away ----------
    wizard.done(1)
    again = _launch(sim, profile, keyring, qtbot)
    start = again.page(int(PageId.START))
    _wait(qtbot, lambda: start.saved is not None and not start.is_busy())
    assert start.buttons["repair"].isVisible() and not start.buttons["continue"].isVisible()
    click(start.buttons["repair"])
    window = again.repair_window
    assert window is not None and window.isVisible() and not again.isVisible()
    _wait(qtbot, lambda: window.page.report is not None and not window.page.is_busy(), 60000)
    assert window.page.report.overall().value in ("ok", "warning"), window.page.report.to_text()
    window.done(0)
