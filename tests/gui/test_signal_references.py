"""Emitting signals must not cost the interpreter its ``True``.

PySide6 6.12 loses one reference to True on every ``SignalInstance.emit()`` made from Python
(see the comment above ``emit`` in wizard/ui/qt.py). On Python 3.11 enough emits abort the
process with "Fatal Python error: bool_dealloc": test_ops.py alone did, at exit, after all its
tests had passed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.ui.busy import OpArea

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_busy_changed_costs_no_reference_to_true(qtbot) -> None:
    area = OpArea("test")
    qtbot.addWidget(area)
    seen: list[bool] = []
    area.busy_changed.connect(seen.append)
    cycles = 100  # each cycle also loses None references (see qt.py): keep it short
    before = sys.getrefcount(True)
    for _ in range(cycles):
        area.show_busy("working")
        area.hide_busy()
    after = sys.getrefcount(True) - seen.count(True)  # the receiver's list holds its own
    # One busy_changed(True) and one busy_changed(False) a cycle: each emit lost one reference.
    assert after > before - cycles, (before, after)
    assert len(seen) == 2 * cycles


def test_the_operations_file_exits_cleanly() -> None:
    """The file that aborted at exit: in a process of its own, as CI runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/gui/test_ops.py"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Fatal Python error" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr


def test_the_application_emits_only_through_the_helpers() -> None:
    """A direct ``.emit(`` or ``.disconnect()`` would lose the references again."""
    direct = re.compile(r"\.emit\(|\.disconnect\(\)")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "wizard").rglob("*.py"))
        if path != ROOT / "wizard" / "ui" / "qt.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []
