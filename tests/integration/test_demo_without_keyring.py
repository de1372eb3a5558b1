"""The demo works on a computer with no Secret Service: its (fake) secrets are held in memory.

Each run is a subprocess with the session bus pointing nowhere and keyring either forced to its
failing backend or left on SecretService (which then cannot reach D-Bus), as on a server or a
container without a desktop session.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BACKENDS = ["keyring.backends.fail.Keyring", "keyring.backends.SecretService.Keyring"]


def _env(tmp_path: Path, backend: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        WIZARD_DATA_DIR=str(tmp_path),
        DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path / 'no-bus'}",
        PYTHON_KEYRING_BACKEND=backend,
        QT_QPA_PLATFORM="offscreen",
    )
    return env


@pytest.mark.parametrize("backend", BACKENDS)
def test_check_demo_configured_exits_0_without_a_keyring(tmp_path: Path, backend: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "check", "--demo", "--demo-state", "configured", "--json"],
        cwd=ROOT,
        env=_env(tmp_path, backend),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["overall"] == "ok"
    assert {c["status"] for c in report["checks"]} == {"ok"}
    assert "No secure place" not in result.stderr and "Traceback" not in result.stderr
    log = "\n".join(p.read_text() for p in (tmp_path / "logs").rglob("*.log"))
    assert "secrets are kept in memory" in log


def test_forget_demo_without_a_keyring(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "forget", "--demo", "--demo-state", "configured", "--yes"],
        cwd=ROOT,
        env=_env(tmp_path, BACKENDS[0]),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(json.loads(result.stdout)["forgotten"]) == 1


def test_gui_demo_starts_without_a_keyring(tmp_path: Path) -> None:
    """The repair window starts the demo before its first paint (it needs the seeded pair), so
    its smoke run proves the whole demo start — simulator, seeding, window — without a keyring.
    (The setup window paints first and starts the demo afterwards; its smoke run ends earlier.)"""
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--demo", "--demo-state", "configured", "gui", "--repair", "--smoke"],
        cwd=ROOT,
        env=_env(tmp_path, BACKENDS[0]),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    log = "\n".join(p.read_text() for p in (tmp_path / "logs").rglob("*.log"))
    assert "secrets are kept in memory" in log
    assert "seeded demo secrets for the configured state" in log
    assert "smoke: first page repair shown" in log
