"""Benchmark: start to first interactive page, as a ratio to a bare QWizard (quality bar 1.5×).

Not part of `make test`; run with `make perf`. Each side is a fresh process measured the same way,
interleaved, so machine load affects both alike; the result is the ratio of medians against the
bar, written to tests/artifacts/perf-startup.txt. It is a report, not a timed assertion (a busy
machine would fail it at random): the benchmark fails only when the measurement could not be
taken, i.e. a run did not exit 0 or did not finish.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("PERF_RUNS", "7"))
BAR = 1.5

FLOOR = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage, QLabel, QVBoxLayout
app = QApplication(sys.argv)
w = QWizard(); p = QWizardPage(); p.setTitle("Welcome"); QVBoxLayout(p).addWidget(QLabel("Hello"))
w.addPage(p); w.show()
QTimer.singleShot(0, app.quit)  # the first event-loop turn after show: the page is interactive
app.exec()
"""


def _time(cmd: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIZARD_DATA_DIR": str(ROOT / "tests" / "artifacts" / "perf-data")}
    started = time.perf_counter()
    try:
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    except subprocess.CalledProcessError as exc:
        pytest.fail(f"no measurement: {cmd[-2:]} exited {exc.returncode}: {exc.stderr[-2000:]!r}")
    except subprocess.TimeoutExpired:
        pytest.fail(f"no measurement: {cmd[-2:]} did not finish in 120 s")
    return time.perf_counter() - started


def report_text(ours: list[float], floor: list[float], bar: float = BAR) -> str:
    """The measurement against the bar, in words (over the bar is reported, not failed)."""
    ratio = statistics.median(ours) / statistics.median(floor)
    verdict = "within the bar" if ratio <= bar else "OVER the bar"
    return (
        f"startup: wizard median {statistics.median(ours):.3f}s, bare QWizard median "
        f"{statistics.median(floor):.3f}s, ratio {ratio:.2f} (bar {bar}: {verdict}), "
        f"{len(ours)} runs each\n"
    )


def test_startup_ratio_against_bare_qwizard() -> None:
    ours, floor = [], []
    for _ in range(RUNS):
        floor.append(_time([sys.executable, "-c", FLOOR]))
        ours.append(_time([sys.executable, "-m", "wizard", "gui", "--smoke"]))
    report = report_text(ours, floor)
    out = ROOT / "tests" / "artifacts" / "perf-startup.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report)
    print(report)
