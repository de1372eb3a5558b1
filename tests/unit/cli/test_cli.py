"""The command line: configuration errors are clear and exit 2; the simulator command works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_unknown_config_key_exits_2_with_key_and_fix(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[endpoints]\ngraph_url = "https://graph.microsoft.com/v1.0"\n')
    result = run("--config", str(cfg), "gui", "--smoke")
    assert result.returncode == 2
    assert "Unknown setting 'graph_url'" in result.stderr
    assert "Check the spelling" in result.stderr
    assert "Traceback" not in result.stderr


def test_non_https_endpoint_from_environment_exits_2() -> None:
    result = run("gui", "--smoke", env={"WIZARD_GRAPH_BASE": "http://graph.microsoft.com/v1.0"})
    assert result.returncode == 2
    assert "graph_base" in result.stderr and "WIZARD_GRAPH_BASE" in result.stderr
    assert "plain http is only allowed on loopback" in result.stderr


def test_demo_options_need_demo() -> None:
    result = run("--demo-scenario", "throttling", "gui", "--smoke")
    assert result.returncode == 2
    assert "need --demo" in result.stderr


def test_unknown_scenario_lists_choices() -> None:
    result = run("--demo", "--demo-scenario", "nope")
    assert result.returncode == 2
    assert "deleted-consent" in result.stderr


def test_simulator_command_serves_and_prints_config() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "wizard", "--demo-state", "configured", "simulator", "--seconds", "30"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Simulator running at https://127.0.0.1:")
        base = first.split()[3]
        ca = proc.stdout.readline().split(": ", 1)[1].strip()
        lines = []
        while not lines or not lines[-1].startswith("ca_bundle"):
            lines.append(proc.stdout.readline())
        assert any(line.startswith(f'graph_base = "{base}/v1.0"') for line in lines)
        # The printed CA really verifies the running server (discovery needs no token).
        r = requests.get(f"{base}/organizations/v2.0/.well-known/openid-configuration", verify=ca, timeout=10)
        assert r.status_code == 200 and r.json()["issuer"].startswith(base)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert proc.returncode == 0  # SIGTERM stops it cleanly (its handler is set before it prints)


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version(flag: str) -> None:
    result = run(flag)
    assert result.returncode == 0
    assert "webex-scim-wizard" in result.stdout


def test_latency_option_accepts_global_and_per_group_values() -> None:
    from wizard.cli.entry import parse_latency

    assert parse_latency("0.05") == 0.05
    assert parse_latency("graph=0.2,scim=0.5") == {"graph": 0.2, "scim": 0.5}
    result = run("--demo", "--demo-latency", "grahp=1")
    assert result.returncode == 2 and "unknown route group 'grahp'" in result.stderr
    result = run("--demo", "--demo-latency", "-1")
    assert result.returncode == 2 and "is not a latency" in result.stderr


def test_per_group_latency_slows_only_that_service() -> None:
    import time

    from wizard.simulator import Simulator

    with Simulator(latency={"webex": 0.6}) as sim:
        url = f"{sim.base_url}/organizations/v2.0/.well-known/openid-configuration"
        started = time.monotonic()
        assert requests.get(url, verify=sim.ca_file, timeout=10).status_code == 200
        fast = time.monotonic() - started
        started = time.monotonic()
        requests.get(f"{sim.base_url}/v1/people/me", verify=sim.ca_file, timeout=10)
        slow = time.monotonic() - started
    assert slow >= 0.6 > fast


@pytest.mark.parametrize("command", [None, "check", "setup", "repair", "forget"])
def test_help_documents_every_exit_code(command: str | None) -> None:
    result = run(*([command] if command else []), "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for code in ("0 success", "1 check/repair: warnings only", "2 check/repair: a check failed"):
        assert code in text
    assert "--profile TENANT:ORG" in result.stdout and "--demo-scenario" in result.stdout


def test_setup_dry_run_and_repair_options_are_documented() -> None:
    setup = run("setup", "--help").stdout
    for option in ("--webex-token-file", "--tenant-url", "--assign", "--role", "--notification-email", "--test-user", "--answers", "--dry-run"):
        assert option in setup
    assert "{all,restart_job,renew_token,reconsent,recreate,sign_in}" in run("repair", "--help").stdout


def test_demo_options_after_the_command_still_need_demo() -> None:
    result = run("check", "--demo-state", "configured")
    assert result.returncode == 2 and "need --demo" in result.stderr
