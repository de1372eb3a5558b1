"""The headless commands on a machine without a usable keyring, with and without
``--dont-remember-secrets`` (a subprocess each, the failing keyring backend forced)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEYRING_MESSAGE = "No secure place to keep secrets was found."


def run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WIZARD_CONTRACT", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(WIZARD_DATA_DIR=str(data), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        cwd=ROOT, env=env, input="", capture_output=True, text=True, timeout=120,
    )


def _setup_args(tmp_path: Path) -> list[str]:
    token = tmp_path / "token.txt"
    token.write_text("http://localhost:3000/auth/code#access_token=abc&expires_in=100\n")
    return ["setup", "--webex-token-file", str(token), "--notification-email", "a@b.example", "--no-device-code"]


@pytest.mark.parametrize("command", ["check", "setup", "repair", "forget"])
def test_dont_remember_secrets_never_opens_the_keyring(command: str, tmp_path: Path) -> None:
    args = _setup_args(tmp_path) if command == "setup" else [command, "--json"]
    if command == "forget":
        args = ["forget", "--yes"]
    result = run("--dont-remember-secrets", *args, data=tmp_path)
    assert KEYRING_MESSAGE not in result.stderr + result.stdout, result.stderr
    assert "keyring.unusable" not in result.stdout


@pytest.mark.parametrize("command", ["check", "setup", "forget"])
def test_the_no_keyring_message_is_printed_once_with_exit_2(command: str, tmp_path: Path) -> None:
    args = {"check": ["check"], "setup": _setup_args(tmp_path), "forget": ["forget", "--yes"]}[command]
    result = run(*args, data=tmp_path)
    assert result.returncode == 2, result.stderr
    if command == "setup":  # the text on stderr, the JSON error object on stdout
        assert result.stderr.count(KEYRING_MESSAGE) == 1
        assert json.loads(result.stdout)["error"]["code"] == "keyring.unusable"
    else:
        assert (result.stderr + result.stdout).count(KEYRING_MESSAGE) == 1
