"""The profile's run lock: one changing run at a time, the busy one named, a dead one forgotten."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core.paths import Profile
from wizard.core.runlock import RunLockError, hold_profile_lock, profile_lock

ROOT = Path(__file__).resolve().parents[3]
HOLDER = """
import sys
from pathlib import Path
from wizard.core.paths import Profile
from wizard.core.runlock import hold_profile_lock
p = Profile("default", Path(sys.argv[1]), Path(sys.argv[1]), "x")
with hold_profile_lock(p, "setup"):
    print("locked", flush=True)
    sys.stdin.readline()
"""


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile("default", tmp_path / "data", tmp_path / "logs", "x")


@pytest.fixture
def holder(profile: Profile):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(profile.data_dir)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)


def test_a_second_run_gives_up_naming_the_busy_process(profile: Profile, holder) -> None:
    with pytest.raises(RunLockError) as info:
        with hold_profile_lock(profile, "repair", wait=0.2):
            pytest.fail("the lock was held twice")
    assert info.value.code == "config.run_busy"
    assert f"Process {holder.pid} (setup) holds the lock" in str(info.value)


def test_a_killed_holder_leaves_no_stale_lock(profile: Profile, holder) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    with hold_profile_lock(profile, "setup", wait=5):
        pass


def test_the_lock_files_are_private(profile: Profile) -> None:
    import stat

    with hold_profile_lock(profile, "forget"):
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in profile.data_dir.iterdir()}
    assert modes and set(modes.values()) == {0o600}
    assert stat.S_IMODE(profile.data_dir.stat().st_mode) == 0o700


def test_profile_lock_holds_the_lock_and_none_without_a_profile(profile: Profile) -> None:
    with profile_lock(None, "gui"):  # no profile: nothing is locked, another run may take it
        with hold_profile_lock(profile, "setup", wait=0.1):
            pass

    def inside() -> str:
        with pytest.raises(RunLockError):
            with hold_profile_lock(profile, "setup", wait=0.1):
                pass
        return "done"

    with profile_lock(profile, "gui apply"):
        result = inside()
    assert result == "done"
    with hold_profile_lock(profile, "setup", wait=0.1):  # released afterwards
        pass
