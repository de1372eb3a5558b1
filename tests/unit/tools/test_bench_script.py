"""The benchmark script (``make bench``) runs and writes its table; no timing is asserted.

Its fast mode measures one start-up pair and one headless setup under a short replication
delay, which is enough to prove every part of the script that produces the JSON and the table.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_fast_mode_writes_the_table_as_json_and_markdown(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "WIZARD_CONTRACT"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "perf" / "bench.py"), "--fast", "--out", str(tmp_path)],
        cwd=ROOT, env={**env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads((tmp_path / "bench.json").read_text())
    rows = {row["name"]: row for row in result["rows"]}
    assert set(rows) == {"startup", "replication"}
    start = rows["startup"]
    assert len(start["samples"]) == len(start["floor_samples"]) == 1
    assert start["median"] > 0 and start["floor"] > 0 and start["ratio"] > 0
    assert isinstance(start["goal_met"], bool)
    rep = rows["replication"]
    assert rep["exit_code"] == 0 and rep["floor"] == 0.5 and rep["median"] > 0
    steps = [s["step"] for s in rep["requests_per_step"]]
    assert steps[0].startswith("Adding the Cisco Webex app") and "Create the provisioning job" in steps
    assert all(s["requests"] == len(s["calls"]) for s in rep["requests_per_step"])
    table = (tmp_path / "bench.md").read_text()
    assert "| what | ours (median) | spread | floor |" in table and "bare QWizard" in table
