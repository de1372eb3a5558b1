"""The start page: a launch opens on what is saved; repair in one click; continue, renew, forget;
Welcome when nothing is saved; the demo's banner when its secrets are in memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from wizard import demo as demo_mod
from wizard.core import endpoints as ep
from wizard.core.paths import Profile
from wizard.flows import start as saved_flow
from wizard.simulator import Simulator
from wizard.storage.secrets import MemoryStore, known_pairs
from wizard.storage.statefile import StateFile, WizardState
from wizard.ui.app import open_window
from wizard.ui.context import WizardContext
from wizard.ui.page_ids import PageId
from wizard.ui.pages.start import StartPage
from wizard.ui.qt import QApplication, QMessageBox, Qt, QWizard, is_alive
from wizard.ui.repair import RepairPage, RepairWindow
from wizard.ui.wizard import SetupWizard

pytestmark = pytest.mark.gui


@pytest.fixture
def launch(qtbot, simulator: Simulator, tmp_path: Path) -> Callable[..., SetupWizard]:
    """A launch the way run_gui opens the window: on the start page, over a demo profile that
    holds what a finished setup saved (or nothing)."""

    def make(*, seeded: bool = True, state: WizardState | None = None) -> SetupWizard:
        profile = Profile("demo", tmp_path / "data", tmp_path / "logs", "wizard-test-start")
        store = MemoryStore(profile)
        endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
        if seeded:
            assert demo_mod.seed_configured_secrets(
                demo_mod.Demo(simulator, endpoints), profile, store
            )
        if state is not None:
            StateFile.for_profile(profile.ensure()).save(state)
        ctx = WizardContext(endpoints, demo=simulator)
        ctx.secret_store = store
        ctx.profile = profile
        wizard = open_window(ctx, None)  # as run_gui opens a launch
        assert isinstance(wizard, SetupWizard)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def start_page(wizard: SetupWizard, qtbot) -> StartPage:  # noqa: ANN001
    page = wizard.page(int(PageId.START))
    qtbot.waitUntil(lambda: page.saved is not None and not page.is_busy(), timeout=20000)
    return page


def repair_window(qtbot) -> RepairWindow:  # noqa: ANN001
    def find() -> RepairWindow | None:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, RepairWindow) and is_alive(w) and w.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: find() is not None, timeout=10000)
    return find()


@pytest.mark.sim(state="configured")
def test_relaunch_after_setup_reaches_repair_in_one_click(launch, qtbot, screenshot) -> None:  # noqa: ANN001
    wizard = launch()
    page = start_page(wizard, qtbot)
    assert wizard.current_page_id() is PageId.START
    visible = {k for k, b in page.buttons.items() if b.isVisible()}
    assert visible == {"repair", "renew", "new", "forget"}  # the setup finished: no "continue"
    assert "No check has run" in page.found.text()
    assert not wizard.steps.isVisible()  # the step list belongs to the setup pages
    screenshot(wizard, "page_11_start")
    qtbot.mouseClick(page.buttons["repair"], Qt.MouseButton.LeftButton)  # the one click
    window = repair_window(qtbot)
    assert not wizard.isVisible()
    repair: RepairPage = window.page
    qtbot.waitUntil(lambda: repair.report is not None and not repair.is_busy(), timeout=60000)
    # The check's result is kept for the next launch's start page.
    last = saved_flow.load_last_check(wizard.ctx.profile)
    assert last is not None and last.overall == repair.report.overall().value
    with qtbot.waitSignal(wizard.finished, timeout=5000):
        window.close_button.click()  # closing repair ends the run like closing the wizard


@pytest.mark.sim(state="configured")
def test_last_check_result_is_shown(launch, qtbot) -> None:  # noqa: ANN001
    wizard = launch(seeded=True)
    saved_flow.record_last_check(wizard.ctx.profile, "failed", at="2026-12-05T07:17:00Z")
    page = wizard.page(int(PageId.START))
    qtbot.waitUntil(lambda: page.saved is not None and not page.is_busy(), timeout=20000)
    page.look()  # read again: the record was written after the window opened
    qtbot.waitUntil(lambda: "Last check" in page.found.text(), timeout=20000)
    assert "something needs fixing" in page.found.text()
    assert "2026" in page.found.text() or "26" in page.found.text()  # a local date, not ISO


@pytest.mark.sim(state="configured")
def test_renew_opens_repair_on_the_renewal(launch, qtbot, monkeypatch) -> None:  # noqa: ANN001
    started: list[str] = []
    monkeypatch.setattr(RepairPage, "renew_now", lambda self: started.append("renew"))
    monkeypatch.setattr(RepairPage, "start", lambda self: started.append("check"))
    wizard = launch()
    page = start_page(wizard, qtbot)
    qtbot.mouseClick(page.buttons["renew"], Qt.MouseButton.LeftButton)
    repair_window(qtbot)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert started == ["renew"]


def test_nothing_saved_opens_welcome_without_back(launch, qtbot) -> None:  # noqa: ANN001
    wizard = launch(seeded=False)
    qtbot.waitUntil(lambda: wizard.current_page_id() is PageId.WELCOME, timeout=20000)
    assert wizard.startId() == PageId.WELCOME
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert wizard.steps.isVisible()
    assert wizard.steps.labels[PageId.WELCOME].text().startswith("▶")


def test_unfinished_setup_offers_to_continue_at_the_sign_in(launch, qtbot) -> None:  # noqa: ANN001
    state = WizardState(
        entra_cloud="global", webex_env="commercial", tenant_id="t", service_principal_id="sp",
        step="save_secrets",
    )  # fmt: skip
    state.record("job.created", "job-1")
    wizard = launch(seeded=False, state=state)
    page = start_page(wizard, qtbot)
    assert page.buttons["continue"].isVisible() and page.buttons["new"].isVisible()
    assert not page.buttons["repair"].isVisible()  # no pair saved yet: nothing to check
    assert "stopped before it finished" in page.found.text()
    qtbot.mouseClick(page.buttons["continue"], Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() is PageId.MS_SIGNIN
    assert wizard.steps.labels[PageId.MS_SIGNIN].text().startswith("▶")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() is PageId.START  # Back returns to the choices


@pytest.mark.sim(state="configured")
def test_new_setup_goes_to_welcome_and_back_returns(launch, qtbot) -> None:  # noqa: ANN001
    wizard = launch()
    page = start_page(wizard, qtbot)
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() is PageId.WELCOME
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() is PageId.START


@pytest.mark.sim(state="configured")
def test_forget_asks_then_removes_everything(launch, qtbot) -> None:  # noqa: ANN001
    wizard = launch()
    page = start_page(wizard, qtbot)
    store = wizard.ctx.secret_store
    assert known_pairs(store)
    qtbot.mouseClick(page.buttons["forget"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.confirm_box is not None and page.confirm_box.isVisible(), timeout=5000
    )
    box = page.confirm_box
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # Enter keeps them
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert known_pairs(store)  # kept
    qtbot.mouseClick(page.buttons["forget"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.confirm_box is not None and page.confirm_box.isVisible(), timeout=5000
    )
    qtbot.mouseClick(
        page.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: wizard.current_page_id() is PageId.WELCOME, timeout=20000)
    assert known_pairs(store) == []
    assert StateFile.for_profile(wizard.ctx.profile).load() is None


@pytest.mark.sim(state="configured")
def test_demo_banner_says_secrets_are_in_memory(launch, qtbot) -> None:  # noqa: ANN001
    wizard = launch()
    text = wizard.page(int(PageId.WELCOME)).demo_banner.text.text()
    assert "simulator" in text and "in memory" in text


@pytest.fixture(params=["ko", "ja", "zh_CN"])
def translated(request, qapp):  # noqa: ANN001
    from wizard.ui.i18n import install_translators
    from wizard.ui.style import apply_look

    translators = install_translators(qapp, request.param)
    apply_look(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    apply_look(qapp, "en")


@pytest.mark.sim(state="configured")
def test_start_page_and_step_list_in_cjk(launch, qtbot, screenshot, translated) -> None:  # noqa: ANN001
    wizard = launch()
    page = start_page(wizard, qtbot)
    titles = [b.text() for b in page.buttons.values() if b.isVisible()] + [page.found.text()]
    assert all(not title.startswith(("Check", "Renew", "Set up", "Forget")) for title in titles)
    assert "Last check" not in page.found.text() and "Saved connection" not in page.found.text()
    screenshot(wizard, f"i18n_{translated}_start")
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    assert wizard.steps.isVisible()
    assert "Welcome" not in wizard.steps.labels[PageId.WELCOME].text()
    screenshot(wizard, f"i18n_{translated}_welcome_with_steps")
