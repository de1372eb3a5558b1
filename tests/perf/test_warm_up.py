"""Benchmark: from the first paint to every page pre-built and the sign-in browser ready, with the
longest UI stall meanwhile, against a bare QWizard process (``tests/perf/warm_up.py``).

Not part of `make test`; run with `make perf`. Writes tests/artifacts/warm-up.md and
warm-up.json. A report, not a timed assertion: it fails only when no measurement was taken.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.perf import warm_up

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("PERF_RUNS", "7"))


def test_warm_up_after_the_first_paint() -> None:
    out = ROOT / "tests" / "artifacts"
    assert warm_up.main(["--runs", str(RUNS), "--out", str(out)]) == 0
    result = json.loads((out / "warm-up.json").read_text())
    row = result["checkouts"][str(ROOT)]
    assert len(row["pages"]["samples"]) == RUNS and result["floor"] > 0
