"""The scenario and state names the CLI offers are the ones the simulator implements."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from wizard.core import demo_names
from wizard.simulator import scenarios


def test_every_scenario_name_has_one_implementation() -> None:
    assert tuple(scenarios.SCENARIOS) == demo_names.SCENARIOS
    assert scenarios.STATES == demo_names.STATES


def test_the_cli_builds_its_options_without_importing_the_simulator() -> None:
    code = (
        "import sys\n"
        "from wizard.cli import entry\n"
        "entry.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith('wizard.simulator')))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "[]"
