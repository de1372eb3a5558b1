"""The layers ARCHITECTURE.md draws hold in the code: checked by import-linter on every test run.

The contracts live in pyproject.toml (``[tool.importlinter]``): cli > ui > demo > flows >
diagnose > entra | webex | storage > core; the UI imports no service directly; only the UI
imports Qt and qasync; only demo mode imports the simulator; no import cycles. ``lint-imports``
from the virtual environment is the same command a developer runs by hand.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = {
    c["id"]: c["name"]
    for c in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
}


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``lint-imports`` on the ``wizard`` package found in *cwd* with *cwd*'s pyproject."""
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert command, "lint-imports not found: pip install -e '.[test]'"
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [command, "--no-cache", "--config", str(cwd / "pyproject.toml")],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def broken_sections(output: str) -> dict[str, str]:
    """Each broken contract's id -> the lines import-linter lists under its heading."""
    headings = {
        cid: output.find(f"\n{name}\n{'-' * len(name)}\n") for cid, name in CONTRACTS.items()
    }
    starts = sorted((pos, cid) for cid, pos in headings.items() if pos >= 0)
    sections = {}
    for i, (pos, cid) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(output)
        sections[cid] = output[pos:end]
    return sections


def test_the_code_keeps_every_layer_contract() -> None:
    result = lint_imports(ROOT)
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in result.stdout, result.stdout
    assert result.returncode == 0, result.stdout + result.stderr


#: module written into a copy of the package -> (its code, the contract it must break, the
#: import the report must name).
PROBES = {
    "wizard/ui/probe_service.py": (
        "import wizard.entra\n",
        "ui-through-flows",
        "wizard.ui.probe_service -> wizard.entra",
    ),
    "wizard/ui/probe_typing.py": (
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    import wizard.storage\n",
        "ui-through-flows",
        "wizard.ui.probe_typing -> wizard.storage",
    ),
    "wizard/core/probe_qt.py": (
        "import PySide6.QtCore\n",
        "qt-only-in-ui",
        "wizard.core.probe_qt -> PySide6",
    ),
    "wizard/flows/probe_simulator.py": (
        "import wizard.simulator\n",
        "simulator-only-in-demo",
        "wizard.flows.probe_simulator -> wizard.simulator",
    ),
    "wizard/core/probe_upward.py": (
        "import wizard.flows\n",
        "layers",
        "wizard.core.probe_upward -> wizard.flows",
    ),
}


def test_a_forbidden_import_breaks_its_contract_and_is_named(tmp_path: Path) -> None:
    """A UI page importing a service (even for typing), Qt below the UI, the simulator outside
    demo mode, or core importing upwards (which is also a cycle): each is reported by file."""
    shutil.copytree(
        ROOT / "wizard",
        tmp_path / "wizard",
        ignore=shutil.ignore_patterns("__pycache__", "resources", "pages"),
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for path, (code, _, _) in PROBES.items():
        (tmp_path / path).write_text(code, encoding="utf-8")

    result = lint_imports(tmp_path)

    assert result.returncode != 0, result.stdout
    sections = broken_sections(result.stdout)
    for path, (_, contract, named) in PROBES.items():
        assert f"{CONTRACTS[contract]} BROKEN" in result.stdout, path
        assert named in sections.get(contract, ""), (path, result.stdout)
    # core -> flows -> ... -> core closes a loop between wizard's own packages.
    assert "No cycles are allowed in wizard." in sections.get("no-cycles", ""), result.stdout
