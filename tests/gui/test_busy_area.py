"""The shared busy/error area a window that is not a wizard page embeds (the repair window):
an operation's progress, Cancel, its error with Retry, and one operation at a time."""

from __future__ import annotations

import threading

import pytest

from wizard.core.errors import NetworkError
from wizard.ui.busy import OpArea
from wizard.ui.ops import Op
from wizard.ui.qt import Qt, QVBoxLayout, QWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def area(qtbot):
    window = QWidget()  # held by this frame until teardown: Python owns the window
    qtbot.addWidget(window)
    area = OpArea("test", window)
    QVBoxLayout(window).addWidget(area)
    window.resize(600, 300)
    window.show()
    qtbot.waitExposed(window)
    yield area


@pytest.fixture
def gate():
    event = threading.Event()
    yield event
    event.set()


def test_progress_then_cancel_shows_cancelled_with_retry(area: OpArea, qtbot, gate) -> None:
    changes: list[bool] = []
    area.busy_changed.connect(changes.append)
    started = threading.Event()

    def work() -> None:
        started.set()
        gate.wait(30)

    Op(area, work).with_progress("Working on it…").run()
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert area.is_busy() and area.busy.isVisible() and area.busy.cancel_button.isVisible()
    assert area.busy.status.text() == "Working on it…"
    area.set_progress("Almost there…")
    assert area.busy.status.text() == "Almost there…"
    qtbot.mouseClick(area.busy.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.error_panel.isVisible(), timeout=5000)
    assert not area.is_busy() and changes[0] is True and changes[-1] is False
    assert area.error_panel.retry_button.isVisible()


def test_retry_clears_the_error_and_runs_again(area: OpArea, qtbot) -> None:
    calls: list[int] = []

    def work() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise NetworkError.timeout("example.invalid", {})

    Op(area, work).run()
    qtbot.waitUntil(lambda: area.error_panel.isVisible(), timeout=5000)
    qtbot.mouseClick(area.error_panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls) == 2 and not area.is_busy(), timeout=5000)
    assert area.error_panel.isHidden()


def test_a_new_operation_cancels_the_one_still_running(area: OpArea, qtbot, gate) -> None:
    first = Op(area, gate.wait, 30).run()
    second = Op(area, lambda: 42).run()
    qtbot.waitUntil(second.done, timeout=5000)
    qtbot.waitUntil(first.done, timeout=5000)
    assert first.cancelled() and area.task is second and not area.is_busy()
    assert area.error_panel.isHidden()  # replaced, not cancelled by the admin: nothing to show


def test_cancel_running_stops_quietly(area: OpArea, qtbot, gate) -> None:
    task = Op(area, gate.wait, 30).run()
    area.cancel_running()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.cancelled() and area.task is None and not area.is_busy()
    assert area.error_panel.isHidden() and area.busy.isHidden()
