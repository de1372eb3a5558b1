"""Paint first: the first page appears before anything it does not need is imported or started,
and what later pages need is prepared afterwards, in slices, without blocking the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.ui.page_ids import PageId

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

#: Runs the command line's GUI with --smoke and reports what was loaded when the first page
#: painted (run_gui returns right after the first paint in smoke mode).
AT_FIRST_PAINT = """
import json, sys
from wizard.cli import main
rc = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in (
    "wizard", "msal", "requests", "keyring", "secretstorage", "scim2_models", "werkzeug", "PySide6"))
print("LOADED", json.dumps({"rc": rc, "modules": loaded}))
"""

LATER = {
    "msal", "requests", "keyring", "secretstorage", "PySide6.QtWebEngineCore",
    "wizard.ui.pages.apply", "wizard.ui.pages.scope", "wizard.ui.pages.finish",
    "wizard.flows.setup", "wizard.storage.secrets",
}  # fmt: skip


def _loaded_at_first_paint(tmp_path: Path, *args: str) -> set[str]:
    env = {k: v for k, v in os.environ.items() if k != "WIZARD_CONTRACT"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "WIZARD_DATA_DIR": str(tmp_path)})
    done = subprocess.run(
        [sys.executable, "-c", AT_FIRST_PAINT, *args, "--smoke"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    line = next((x for x in done.stdout.splitlines() if x.startswith("LOADED ")), None)
    assert line is not None, done.stderr[-3000:]
    report = json.loads(line.removeprefix("LOADED "))
    assert report["rc"] == 0, done.stderr[-3000:]
    return set(report["modules"])


def test_first_page_paints_before_later_pages_and_services_are_imported(tmp_path: Path) -> None:
    loaded = _loaded_at_first_paint(tmp_path, "gui")
    assert "wizard.ui.pages.start" in loaded  # the page that was painted
    assert not LATER & loaded, sorted(LATER & loaded)


def test_demo_paints_before_the_simulator_starts(tmp_path: Path) -> None:
    loaded = _loaded_at_first_paint(tmp_path, "--demo", "gui")
    assert not {m for m in loaded if m.startswith(("wizard.simulator", "scim2_models", "werkzeug"))}
    assert not LATER & loaded, sorted(LATER & loaded)


# ----------------------------------------------------------------------------- in the window
def _shown_without_events(qtbot, start: PageId = PageId.WELCOME):  # noqa: ANN001, ANN202
    """A wizard shown (its first page initialised) before the event loop ran once."""
    from wizard.core import endpoints as ep
    from wizard.ui.context import WizardContext
    from wizard.ui.wizard import SetupWizard

    wizard = SetupWizard(WizardContext(ep.load(env={})), start_page=start)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_only_the_first_page_is_built_then_the_rest_in_idle_slices(qtbot) -> None:
    wizard = _shown_without_events(qtbot)
    assert set(wizard.pages) == {PageId.WELCOME}
    assert sorted(wizard.pageIds()) == [int(p) for p in PageId]  # every page is registered
    qtbot.waitUntil(lambda: set(wizard.pages) == set(PageId), timeout=20000)
    assert [wizard.page(int(p)).page_id for p in PageId] == list(PageId)


def test_a_page_asked_for_before_its_slice_is_built_on_the_spot(qtbot) -> None:
    wizard = _shown_without_events(qtbot)
    page = wizard.page(int(PageId.FINISH))
    assert page.page_id is PageId.FINISH and wizard.pages[PageId.FINISH] is page


def test_next_reaches_a_page_not_built_yet(qtbot) -> None:
    wizard = _shown_without_events(qtbot)
    assert PageId.ENVIRONMENT not in wizard.pages
    wizard.next()
    assert wizard.current_page_id() is PageId.ENVIRONMENT
    assert wizard.currentPage() is wizard.pages[PageId.ENVIRONMENT]


def test_each_sign_in_window_gets_a_fresh_prepared_profile(qtbot) -> None:
    from wizard.ui import warmup

    warmup.prepare_browser()
    first = warmup.take_profile()
    qtbot.waitUntil(lambda: bool(warmup._spare), timeout=5000)  # the next one, prepared in idle time
    second = warmup.take_profile()
    assert first is not second and first.isOffTheRecord() and second.isOffTheRecord()
    for profile in (first, second):
        profile.deleteLater()


def test_demo_starts_after_the_first_paint_while_the_page_says_so(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The window paints with a stand-in; the demo starts on a worker with the page busy; then
    the context points at the simulator and the start page shows what the demo seeded."""
    import threading

    from wizard import demo as demo_mod
    from wizard.core import endpoints as ep
    from wizard.core import paths
    from wizard.ui.app import make_context, open_window
    from wizard.ui.demo_start import DemoLaunch, PendingDemo

    monkeypatch.setenv("WIZARD_DATA_DIR", str(tmp_path))
    on_worker: list[bool] = []

    def demo_start() -> demo_mod.Demo:
        on_worker.append(threading.current_thread() is not threading.main_thread())
        demo = demo_mod.start(state="configured")
        demo_mod.prepare_profile(demo, paths.profile(demo=True), "configured")
        return demo

    launch = DemoLaunch(demo_start, remember_secrets=True)
    ctx = make_context(ep.load(env={}), demo=launch.stand_in(None))
    assert isinstance(ctx.demo, PendingDemo) and ctx.trusted_fingerprint() == ""
    wizard = open_window(ctx, None)
    qtbot.addWidget(wizard)
    wizard.hold()
    wizard.show()
    qtbot.waitExposed(wizard)
    assert "(Demo)" in wizard.windowTitle()
    launch.after_paint(wizard)
    page = wizard.currentPage()
    assert page.is_busy()  # "Starting the demo services…"
    try:
        qtbot.waitUntil(lambda: bool(launch.started), timeout=60000)
        demo = launch.started[0]
        assert on_worker == [True]
        assert ctx.demo is demo.simulator and ctx.endpoints == demo.endpoints
        assert ctx.trusted_fingerprint() == demo.simulator.fingerprint
        qtbot.waitUntil(lambda: page.saved is not None and not page.is_busy(), timeout=60000)
        assert page.buttons["repair"].isVisible()  # the seeded pair, read after the demo ran
    finally:
        launch.stop()
