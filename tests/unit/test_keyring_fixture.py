"""The keyring fixture never skips silently: without gnome-keyring and D-Bus the keyring tests
fail and say why and what to do, unless the opt-out variable asks to skip them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONE_KEYRING_TEST = "tests/integration/test_store_keyring.py::test_short_value_is_one_entry"


def run_without_keyring(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "WIZARD_TESTS_SKIP_KEYRING")}
    env["PATH"] = str(tmp_path)  # an empty directory: no gnome-keyring-daemon, no dbus-daemon
    env.update(extra)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", ONE_KEYRING_TEST],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_without_the_secret_service_the_keyring_tests_fail_saying_why(tmp_path: Path) -> None:
    proc = run_without_keyring(tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "1 error" in proc.stdout
    assert "dbus-daemon, gnome-keyring-daemon not found on PATH" in proc.stdout
    assert "WIZARD_TESTS_SKIP_KEYRING=1" in proc.stdout


def test_the_opt_out_skips_them_on_purpose(tmp_path: Path) -> None:
    proc = run_without_keyring(tmp_path, WIZARD_TESTS_SKIP_KEYRING="1")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 skipped" in proc.stdout
    assert "not found on PATH" in proc.stdout


def test_under_ci_the_opt_out_does_not_apply(tmp_path: Path) -> None:
    proc = run_without_keyring(tmp_path, WIZARD_TESTS_SKIP_KEYRING="1", CI="true")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "1 error" in proc.stdout
