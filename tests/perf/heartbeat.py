"""A pytest plugin that measures how long the UI thread stops answering during GUI tests.

Load it with ``-p tests.perf.heartbeat`` (``tests/perf/bench.py`` runs the GUI journey and the
repair window this way). A 10 ms ``QTimer`` on the UI thread stamps each beat; a watchdog thread
samples the UI thread's Python stack every 5 ms while a beat is late. A gap counts as a stall of
the app only when the UI thread was inside our UI code (a frame under ``wizard/ui/``), so a test
that prepares its simulator between two steps is not blamed on the app. Results go to the JSON
file named by ``WIZARD_HEARTBEAT_OUT``: every counted gap, the longest with its stack, and the
QtWebEngine processes left after each test (none should outlive its sign-in window).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import traceback
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_CODE = str(ROOT / "wizard" / "ui") + os.sep
BEAT = 0.010
#: A gap this much longer than one beat is a stall worth sampling.
LATE = 0.020


class Heartbeat:
    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.main = threading.main_thread().ident
        self.gaps: list[float] = []
        self.worst: tuple[float, list[str], str] = (0.0, [], "")
        self.test = ""
        self._samples: list[list[str]] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.timer = None
        self.engine_left: dict[str, int] = {}
        #: The longest gaps with the innermost frames of our UI code each was in.
        self.top: list[tuple[float, list[str]]] = []

    # UI thread ----------------------------------------------------------------------------------
    def beat(self) -> None:
        now = time.perf_counter()
        with self._lock:
            gap, samples, self._samples = now - self.last, self._samples, []
            self.last = now
        ours = [s for s in samples if any(UI_CODE in line for line in s)]
        if gap > BEAT + LATE and ours:
            self.gaps.append(gap)
            where = [line.replace(str(ROOT) + os.sep, "") for line in max(ours, key=len) if UI_CODE in line]
            self.top = sorted([*self.top, (gap, where[-3:])], key=lambda g: -g[0])[:8]
            if gap > self.worst[0]:
                self.worst = (gap, max(ours, key=len), self.test)

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(int(BEAT * 1000))
        self.timer.timeout.connect(self.beat)
        self.timer.start()
        threading.Thread(target=self._watch, name="heartbeat-watchdog", daemon=True).start()

    def reset(self, test: str) -> None:
        with self._lock:
            self.last = time.perf_counter()
            self._samples = []
        self.test = test

    # watchdog thread ----------------------------------------------------------------------------
    def _watch(self) -> None:
        while not self._stop.wait(0.005):
            with self._lock:
                late = time.perf_counter() - self.last > BEAT + LATE
            if not late:
                continue
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            stack = [f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)]
            with self._lock:
                self._samples.append(stack)

    def stop(self) -> None:
        self._stop.set()
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
