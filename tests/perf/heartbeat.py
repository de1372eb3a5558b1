"""A pytest plugin that measures how long the UI thread stops answering during GUI tests.

Load it with ``-p tests.perf.heartbeat`` (``tests/perf/bench.py`` runs the GUI journey and the
repair window this way). A 10 ms ``QTimer`` on the UI thread stamps each beat; while a beat is
20 ms late, a SIGALRM every 20 ms records the UI thread's stack (see :class:`Heartbeat`). A gap
counts as a stall of the app only when the UI thread was inside our UI code (a frame under
``wizard/ui/``) in one of those samples, so a test
that prepares its simulator between two steps is not blamed on the app. Results go to the JSON
file named by ``WIZARD_HEARTBEAT_OUT``: every counted gap, the longest with its stack, and the
QtWebEngine processes left after each test (none should outlive its sign-in window).
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_CODE = str(ROOT / "wizard" / "ui") + os.sep
BEAT = 0.010
#: A gap this much longer than one beat is a stall worth sampling.
LATE = 0.020


class Heartbeat:
    """Beats on the UI thread. Each beat arms a one-shot SIGALRM for when the next one is late;
    its handler runs on the UI thread itself (Python runs signal handlers on the main thread,
    right after a long C++ call returns, or between two bytecodes of long Python work) and
    records the stack there, so no other thread ever walks the UI thread's frames."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.gaps: list[float] = []
        self.worst: tuple[float, list[str], str] = (0.0, [], "")
        self.test = ""
        self.timer = None
        self.engine_left: dict[str, int] = {}
        #: The longest gaps with the innermost frames of our UI code each was in.
        self.top: list[tuple[float, list[str]]] = []
        self._samples: list[list[str]] = []

    # UI thread ----------------------------------------------------------------------------------
    def beat(self) -> None:
        now = time.perf_counter()
        gap, self.last = now - self.last, now
        signal.setitimer(signal.ITIMER_REAL, LATE, LATE)  # re-armed by every beat
        samples, self._samples = self._samples, []
        if gap <= BEAT + LATE:
            return
        ours = [s for s in samples if any(UI_CODE in line for line in s)]
        if not ours:
            return
        self.gaps.append(gap)
        stack = max(ours, key=len)
        where = [line.replace(str(ROOT) + os.sep, "") for line in stack if UI_CODE in line]
        self.top = sorted([*self.top, (gap, where[-3:])], key=lambda g: -g[0])[:8]
        if gap > self.worst[0]:
            self.worst = (gap, stack, self.test)

    def _late(self, _signum: int, frame: Any) -> None:
        stack = []
        while frame is not None:
            stack.append(f"{frame.f_code.co_filename}:{frame.f_lineno} {frame.f_code.co_name}")
            frame = frame.f_back
        self._samples.append(stack[::-1])

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        signal.signal(signal.SIGALRM, self._late)
        self.timer = QTimer()
        self.timer.setInterval(int(BEAT * 1000))
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def reset(self, test: str) -> None:
        self.last = time.perf_counter()
        self._samples = []
        self.test = test

    def pause(self) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)

    def stop(self) -> None:
        self.pause()
        if self.timer is not None:
            self.timer.stop()

    def report(self) -> dict:
        gaps = sorted(self.gaps)
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))] if gaps else 0.0
        worst, stack, test = self.worst
        ours = [line for line in stack if str(ROOT) in line and "/.venv/" not in line]
        return {
            "beat_ms": BEAT * 1000,
            "stalls": len(gaps),
            "longest_ms": round(worst * 1000, 1),
            "p99_ms": round(p99 * 1000, 1),
            "worst_test": test,
            "worst_stack": ours[-12:],
            "webengine_processes_left": self.engine_left,
            "longest": [{"ms": round(g * 1000, 1), "in": where} for g, where in self.top],
        }


def webengine_children() -> int:
    """QtWebEngineProcess renderers (one per open page) below this process (Linux /proc).

    Chromium's zygote and utility processes live as long as QtWebEngine is loaded; a renderer
    left after a window closed is a page nobody deleted."""
    me, count = os.getpid(), 0
    parents: dict[int, int] = {}
    names: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/comm") as fh:
                names[int(entry)] = fh.read().strip()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
    for pid, name in names.items():
        walk = pid
        while walk in parents and walk != me:
            walk = parents[walk]
        if walk == me and pid != me and name.startswith("QtWebEngine"):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    count += b"--type=renderer" in fh.read()
            except OSError:
                continue
    return count


HEART = Heartbeat()


@pytest.fixture(autouse=True)
def _heartbeat(request: pytest.FixtureRequest):
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qapp")
    if HEART.timer is None:
        HEART.start()
    HEART.reset(request.node.nodeid)
    yield
    HEART.pause()  # no alarm outside the GUI tests


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """After the test's windows are closed: count the browser processes still running."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        return
    deadline = time.monotonic() + 5  # Chromium takes a moment to reap a closed page's renderer
    while time.monotonic() < deadline and webengine_children():
        app.processEvents()
        time.sleep(0.05)
    HEART.engine_left[item.nodeid] = webengine_children()


def pytest_sessionfinish(session: pytest.Session) -> None:
    HEART.stop()
    out = os.environ.get("WIZARD_HEARTBEAT_OUT")
    if out:
        Path(out).write_text(json.dumps(HEART.report(), indent=2))
