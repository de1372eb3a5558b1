"""The non-secret state file: atomic, refuses secrets, survives crashes, corruption and full disks.

Crashes are real (a child process kills itself with SIGKILL between the temp write and the
rename); the full and read-only disks are a real tiny tmpfs when this runs as root (skipped
otherwise, since mounting needs that).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wizard.core.logs import register_secret
from wizard.core.paths import profile
from wizard.storage.statefile import (
    FILE_NAME,
    SCHEMA_VERSION,
    STALE_TMP_SECONDS,
    Change,
    StateFile,
    StateFileError,
    WizardState,
)

ROOT = Path(__file__).resolve().parents[3]


def sample_state() -> WizardState:
    state = WizardState(
        entra_cloud="global",
        webex_env="commercial",
        tenant_id="6d3c0b7e-1111-4a2b-9c3d-000000000001",
        org_id="0b0d6c2e-8e24-4a68-9a3f-5d0f4ad5d3c1",
        service_principal_id="sp-1",
        job_id="Webex.6d3c0b7e.job",
        step="apply",
    )
    state.record("service_principal.created", "sp-1", display_name="Cisco Webex")
    state.record("secrets.saved", "sp-1", keys="BaseAddress,SecretToken", token_expires_at="2026-01-01T00:00:00Z")
    state.record("job.started", "Webex.6d3c0b7e.job", status_code=204, on_demand=True, note=None)
    return state


def temps(directory: Path) -> list[Path]:
    return sorted(directory.glob(f".{FILE_NAME}.*.tmp"))


# ------------------------------------------------------------------------------ round trip
def test_history_round_trips_with_utc_timestamps(tmp_path: Path) -> None:
    state = sample_state()
    StateFile(tmp_path).save(state)
    loaded = StateFile(tmp_path).load()
    assert loaded == state
    assert [c.action for c in loaded.history] == [
        "service_principal.created",
        "secrets.saved",
        "job.started",
    ]
    assert loaded.history[2].detail == {"status_code": 204, "on_demand": True, "note": None}
    for change in loaded.history:
        at = datetime.fromisoformat(change.at.replace("Z", "+00:00"))
        assert change.at.endswith("Z") and at.utcoffset().total_seconds() == 0
        assert abs((datetime.now(UTC) - at).total_seconds()) < 60

    document = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    assert document["schema_version"] == SCHEMA_VERSION == 1
    assert document["step"] == "apply" and document["job_id"] == "Webex.6d3c0b7e.job"
    assert document["saved_at"].endswith("Z")
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / FILE_NAME).stat().st_mode) == 0o600
    assert temps(tmp_path) == []


def test_nothing_saved_yet_is_none_and_start_over_forgets(tmp_path: Path) -> None:
    states = StateFile(tmp_path / "not-yet")
    assert states.load() is None
    states.save(WizardState(step="environment"))
    assert states.load() == WizardState(step="environment")
    states.start_over()
    assert states.load() is None
    states.start_over()  # nothing to forget is fine


def test_profile_data_dir_is_where_it_lives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIZARD_DATA_DIR", str(tmp_path))
    states = StateFile.for_profile(profile(demo=True))
    states.save(WizardState(tenant_id="t"))
    assert (tmp_path / "data" / "demo" / FILE_NAME).is_file()


# ------------------------------------------------------------------------------ atomicity
def test_readers_never_see_a_partial_file(tmp_path: Path) -> None:
    states = StateFile(tmp_path)
    small, big = WizardState(step="a"), sample_state()
    for i in range(200):
        big.record("filler", f"target-{i}", n=i)  # a file several KB long
    states.save(small)
    seen: list[str | None] = []
    failures: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                loaded = StateFile(tmp_path).load()
                seen.append(loaded.step if loaded else None)
            except BaseException as exc:  # noqa: BLE001 - any failure is the finding
                failures.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(60):
            states.save(big if i % 2 else small)
    finally:
        stop.set()
        reader.join()
    assert failures == []
    assert seen and set(seen) <= {"a", "apply"}
    assert temps(tmp_path) == []


def test_crash_between_temp_and_rename_leaves_the_old_file(tmp_path: Path) -> None:
    old = sample_state()
    StateFile(tmp_path).save(old)
    before = (tmp_path / FILE_NAME).read_bytes()
    # A real crash at the worst moment: the new content is on disk, the rename never happens.
    script = """
import os, signal, sys
from pathlib import Path
from wizard.storage.statefile import StateFile, WizardState
os.replace = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
StateFile(Path(sys.argv[1])).save(WizardState(step="crashed-here", tenant_id="new"))
"""
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert (tmp_path / FILE_NAME).read_bytes() == before
    assert StateFile(tmp_path).load() == old
    [leftover] = temps(tmp_path)
    assert json.loads(leftover.read_text(encoding="utf-8"))["step"] == "crashed-here"

    # A later save keeps a fresh temp (it might be another writer's) but removes a stale one.
    StateFile(tmp_path).save(old)
    assert temps(tmp_path) == [leftover]
    past = time.time() - STALE_TMP_SECONDS - 5
    os.utime(leftover, (past, past))
    StateFile(tmp_path).save(old)
    assert temps(tmp_path) == []


# ------------------------------------------------------------------------------ corruption
@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b'{"schema_version": 1, "step": "apply", "job_id": "Webex', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2]", "not a JSON object"),
        (b"{}", "no valid schema_version"),
        (b'{"schema_version": 1, "tenant_id": 5}', "'tenant_id' is not text"),
        (b'{"schema_version": 1, "history": [{"at": "yesterday", "action": "x"}]}', "invalid time"),
        (b'{"schema_version": 1, "history": [{"at": "2025-01-01T00:00:00Z", "action": "x", "detail": {"k": []}}]}', "invalid details"),
    ],
)
def test_corrupt_file_is_kept_aside_and_reported(tmp_path: Path, content: bytes, detail: str) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    with pytest.raises(StateFileError) as info:
        StateFile(tmp_path).load()
    err = info.value
    assert err.code == "state.corrupt"
    text = err.render()
    assert detail in text
    assert "only remembers where the wizard stopped" in text and "Start over" in text
    [kept] = tmp_path.glob(f"{FILE_NAME}.corrupt-*")
    assert kept.read_bytes() == content  # kept for support, byte for byte
    assert str(kept) in text
    assert not path.exists()
    # Starting over works: nothing saved, and the next save is a normal one.
    assert StateFile(tmp_path).load() is None
    StateFile(tmp_path).save(WizardState(step="welcome"))
    assert StateFile(tmp_path).load() == WizardState(step="welcome")


def test_corrupt_file_content_is_not_quoted_in_the_error(tmp_path: Path) -> None:
    secretish = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl"
    (tmp_path / FILE_NAME).write_text('{"schema_version": 1, "job_id": "' + secretish, encoding="utf-8")
    with pytest.raises(StateFileError) as info:
        StateFile(tmp_path).load()
    assert secretish not in info.value.render() and secretish not in repr(info.value)


def test_newer_format_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text('{"schema_version": 2, "something": "new"}', encoding="utf-8")
    with pytest.raises(StateFileError) as info:
        StateFile(tmp_path).load()
    assert info.value.code == "state.newer" and "format 2" in str(info.value)
    assert (tmp_path / FILE_NAME).exists() and not list(tmp_path.glob("*.corrupt-*"))


def test_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).mkdir()  # reading it fails even for root
    with pytest.raises(StateFileError) as info:
        StateFile(tmp_path).load()
    assert info.value.code == "state.unreadable"
    assert "Start over" in str(info.value) and "only remembers" in str(info.value)


# ------------------------------------------------------------------------------ secrets
WEBEX_TOKEN = "ZDI3MGEyYzQtNmFlNS00NDNhLWFlNzAtZGVjNjE0MGU1OGZmZWE5MDU5_P0A1_0b0d6c2e-8e24-4a68-9a3f-5d0f4ad5d3c1"
JWT = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2lnbmF0dXJlLXBhcnQ"


def _set(attr: str, value: str):  # noqa: ANN202
    def change(state: WizardState) -> None:
        setattr(state, attr, value)

    return change


@pytest.mark.parametrize(
    ("change", "secret", "where"),
    [
        (_set("job_id", WEBEX_TOKEN), WEBEX_TOKEN, "job_id"),
        (_set("tenant_id", JWT), JWT, "tenant_id"),
        (_set("step", "Bearer abcdefghijklmnop"), "abcdefghijklmnop", "step"),
        (lambda s: s.record("redirect", "http://localhost/?code=0.AXYA-secret-code"), "0.AXYA-secret-code", "history[4].target"),
        (lambda s: s.record("x", detail="access_token=abc123secret"), "abc123secret", "history[4].detail.detail"),
        (lambda s: s.record("x", refresh_token="opaque-refresh-value"), "opaque-refresh-value", "history[4].detail.refresh_token"),
        (lambda s: s.record("x", SecretToken="opaque-webex-value"), "opaque-webex-value", "history[4].detail.SecretToken"),
        (lambda s: s.record("x", code="0.AXYA-opaque"), "0.AXYA-opaque", "history[4].detail.code"),
        (lambda s: s.record("x", password="hunter2hunter2"), "hunter2hunter2", "history[4].detail.password"),
    ],
)
def test_secret_looking_values_are_refused_and_the_file_kept(tmp_path: Path, change, secret: str, where: str) -> None:
    states = StateFile(tmp_path)
    state = sample_state()
    states.save(state)
    before = (tmp_path / FILE_NAME).read_bytes()
    change(state)
    with pytest.raises(StateFileError) as info:
        states.save(state)
    err = info.value
    assert err.code == "state.secret_refused" and f"'{where}'" in str(err)
    assert secret not in err.render() and secret not in repr(err)
    assert (tmp_path / FILE_NAME).read_bytes() == before
    assert secret.encode() not in b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())


def test_a_registered_secret_is_refused_whatever_its_shape(tmp_path: Path) -> None:
    opaque = "plain-looking-but-secret-7f3a"
    state = WizardState(job_id=opaque)
    StateFile(tmp_path).save(state)  # unknown to the wizard: an ordinary id
    register_secret(opaque)  # the moment it is known as a secret, it may never be written
    with pytest.raises(StateFileError):
        StateFile(tmp_path).save(state)


def test_ordinary_values_that_mention_tokens_are_accepted(tmp_path: Path) -> None:
    state = WizardState(step="webex-token")
    state.record("secrets.saved", keys="BaseAddress,SecretToken", token_expires_at="2026-01-01T00:00:00Z", status_code=200)
    StateFile(tmp_path).save(state)
    assert StateFile(tmp_path).load() == state


def test_change_is_a_plain_record() -> None:
    change = Change("2025-01-01T00:00:00Z", "job.started")
    assert change.target == "" and change.detail == {}


# ------------------------------------------------------------------------------ disk full
def fill(directory: Path) -> Path:
    filler = directory / "filler"
    with open(filler, "wb", buffering=0) as handle:  # unbuffered: close has nothing to flush
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_disk_full_is_reported_and_the_old_file_kept(tiny_disk: Path) -> None:
    states = StateFile(tiny_disk / "data")
    old = sample_state()
    states.save(old)
    before = states.path.read_bytes()
    filler = fill(tiny_disk)
    bigger = sample_state()
    for i in range(100):
        bigger.record("filler", f"t-{i}")
    with pytest.raises(StateFileError) as info:
        states.save(bigger)
    err = info.value
    assert err.code == "state.write_failed.full" and err.transient
    text = err.render()
    assert "is full" in text and "Free some disk space" in text and "previously saved progress is kept" in text
    assert "Traceback" not in text and "Errno" not in text
    assert states.path.read_bytes() == before and states.load() == old
    assert temps(states.directory) == []
    filler.unlink()
    states.save(bigger)
    assert states.load() == bigger


def test_read_only_folder_is_reported_and_the_old_file_kept(tiny_disk: Path) -> None:
    states = StateFile(tiny_disk / "data")
    old = sample_state()
    states.save(old)
    remount = subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], capture_output=True, text=True)
    if remount.returncode != 0:
        pytest.skip(f"remount not permitted here: {remount.stderr.strip()}")
    with pytest.raises(StateFileError) as info:
        states.save(WizardState(step="next"))
    assert info.value.code == "state.write_failed.read-only"
    assert "read-only" in str(info.value) and "WIZARD_DATA_DIR" in str(info.value)
    assert states.load() == old


def test_folders_a_save_creates_are_private_parents_included(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        StateFile(tmp_path / "a" / "b" / "state").save(WizardState(step="environment"))
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "state"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
