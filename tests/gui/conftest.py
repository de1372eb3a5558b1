"""GUI test setup: one QApplication prepared like the real one, a qasync loop, screenshots.

pytest-qt does not integrate qasync (pytest-qt #448), so a session fixture creates
``qasync.QEventLoop(qapp, already_running=True)``: it is the current *running* loop, and its
callbacks run whenever Qt processes events — which ``qtbot.wait``/``waitUntil``/``waitSignal``
do. Tests therefore start coroutines with ``asyncio.ensure_future`` and wait on UI state.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# The offscreen platform's default screen is 800x800; emulate the smallest screen we promise to
# fit (1366x768, docs/desktop.md#window-size) so geometry and screenshots are realistic. Must be set
# before the QApplication exists.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    _screen = Path(tempfile.gettempdir()) / "wizard-gui-tests-screen.json"
    _screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

from wizard.ui.app import create_application  # noqa: E402
from wizard.ui.style import apply_look  # noqa: E402


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]):  # overrides pytest-qt's: attributes must precede the app
    app = create_application(qapp_args or ["wizard-tests"])
    apply_look(app, "en")
    app.setQuitOnLastWindowClosed(False)
    yield app


@pytest.fixture(scope="session", autouse=True)
def qasync_loop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    loop.stop()  # marks it stopped (and asks a non-running app to exit: a no-op)
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture(autouse=True)
def collect_garbage_at_a_quiet_moment(qapp) -> Iterator[None]:
    """Python's cyclic collector otherwise runs at any allocation — in the middle of the next
    test's fixtures, say — and may then destroy the Python side of widgets, pages and web views
    whose C++ side Qt still uses (a full run once crashed in "Garbage-collecting" while a fixture
    built a simulator). Collect after each test instead, once Qt has run its pending deletions,
    so cleanup happens at one known, quiet point."""
    from PySide6.QtCore import QCoreApplication, QEvent

    gc.disable()
    try:
        yield
    finally:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        gc.collect()
        gc.enable()


@pytest.fixture
def screenshot(artifacts_dir: Path, qapp) -> Callable[..., Path]:
    """``screenshot(widget, name)`` saves ``tests/artifacts/screenshots/<name>.png``."""
    directory = artifacts_dir / "screenshots"
    directory.mkdir(parents=True, exist_ok=True)

    def take(widget, name: str) -> Path:
        qapp.processEvents()
        path = directory / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return take


@pytest.fixture
def make_wizard(qtbot) -> Callable[..., object]:
    """Build, show and register a SetupWizard over a fresh context."""
    from wizard.core import endpoints as ep
    from wizard.ui.context import WizardContext
    from wizard.ui.wizard import SetupWizard

    def make(endpoints=None, *, demo=None, start_page=None) -> SetupWizard:
        ctx = WizardContext(endpoints or ep.load(env={}), demo=demo)
        wizard = SetupWizard(ctx, start_page=start_page)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make
