"""Benchmark: start-up of the frozen app (PyInstaller onedir) against the source run, as a ratio.

Both run `--smoke` (start, paint the first page, exit 0) offscreen in fresh processes, interleaved
so machine load affects both alike; the result is the ratio of medians, written to
tests/artifacts/perf-frozen-startup.txt. No timed assertion. Needs the frozen app: `make package`
(build/dist/webex-scim-wizard), or FROZEN_APP=path/to/webex-scim-wizard (e.g. the installed
/usr/bin/webex-scim-wizard). Run with `make perf`.
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
FROZEN = Path(os.environ.get("FROZEN_APP", ROOT / "build" / "dist" / "webex-scim-wizard" / "webex-scim-wizard"))


def _time(cmd: list[str]) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WIZARD_DATA_DIR": str(ROOT / "tests" / "artifacts" / "perf-data"),
    }
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    started = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


@pytest.mark.skipif(not FROZEN.exists(), reason=f"no frozen app at {FROZEN}: run make package")
def test_frozen_startup_ratio_against_source() -> None:
    frozen, source = [], []
    _time([str(FROZEN), "--smoke"])  # first run warms the page cache for the bundle's libraries
    _time([sys.executable, "-m", "wizard", "--smoke"])
    for _ in range(RUNS):
        source.append(_time([sys.executable, "-m", "wizard", "--smoke"]))
        frozen.append(_time([str(FROZEN), "--smoke"]))
    ratio = statistics.median(frozen) / statistics.median(source)
    report = (
        f"frozen startup: {FROZEN} median {statistics.median(frozen):.3f}s "
        f"(min {min(frozen):.3f}s), source `python -m wizard` median {statistics.median(source):.3f}s "
        f"(min {min(source):.3f}s), ratio frozen/source {ratio:.2f}, {RUNS} runs each, --smoke offscreen\n"
    )
    out = ROOT / "tests" / "artifacts" / "perf-frozen-startup.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report)
    print(report)
