"""What a launch finds saved (the start page's data), the last check's summary, and Forget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wizard.core import endpoints as ep
from wizard.core.paths import Profile
from wizard.flows import start
from wizard.flows.services import Services
from wizard.storage.secrets import MemoryStore, SecretSet, TokenRecord, known_pairs
from wizard.storage.statefile import StateFile, WizardState


def services(tmp_path: Path, name: str = "default") -> Services:
    profile = Profile(name, tmp_path / "data", tmp_path / "logs", f"wizard-test-{name}")
    run = Services(ep.load(env={}), profile)
    run.use_store(MemoryStore(profile))
    return run


def save_pair(run: Services) -> None:
    SecretSet(run.opened_store(), "tenant-1", "org-1").save(
        token=TokenRecord("t" * 40, 0.0, 1.0), tenant_url="https://example.test/scim"
    )


def test_nothing_saved(tmp_path: Path) -> None:
    saved = start.what_is_saved(services(tmp_path))
    assert not saved.anything and saved.pairs == () and saved.last_check is None
    assert not saved.unfinished


def test_pair_state_and_last_check(tmp_path: Path) -> None:
    run = services(tmp_path)
    save_pair(run)
    state = WizardState(tenant_id="tenant-1", step="provision_on_demand")
    state.record("job.started", "job-1")
    StateFile.for_profile(run.profile).save(state)
    start.record_last_check(run.profile, "warning", at="2026-12-06T08:00:00Z")
    saved = start.what_is_saved(run)
    assert saved.anything and saved.pairs == ("tenant-1:org-1",)
    assert saved.last_check == start.LastCheck("2026-12-06T08:00:00Z", "warning")
    assert not saved.unfinished  # the job was started: the setup finished
    document = json.loads((run.profile.data_dir / "last-check.json").read_text())
    assert document == {"at": "2026-12-06T08:00:00Z", "overall": "warning"}  # nothing else


@pytest.mark.parametrize(
    ("step", "actions", "unfinished"),
    [
        (None, [], False),
        ("done", [], False),
        ("create_job", ["job.created"], True),
        ("save_secrets", ["job.created", "secrets.saved"], True),
        ("start_job", ["job.created", "secrets.saved", "job.started"], False),
    ],
)
def test_unfinished_setup(step, actions, unfinished) -> None:  # noqa: ANN001
    state = WizardState(step=step)
    for action in actions:
        state.record(action, "x")
    assert start.setup_unfinished(state) is unfinished


def test_a_damaged_last_check_is_ignored(tmp_path: Path) -> None:
    run = services(tmp_path)
    run.profile.data_dir.mkdir(parents=True)
    (run.profile.data_dir / "last-check.json").write_text("{not json")
    assert start.load_last_check(run.profile) is None


def test_forget_everything_removes_pairs_state_check_and_the_schedule(
    tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    removed: list[bool] = []
    monkeypatch.setattr(start, "unschedule_daily_check", lambda: removed.append(True) or True)
    run = services(tmp_path)
    save_pair(run)
    StateFile.for_profile(run.profile).save(WizardState(tenant_id="tenant-1", step="create_job"))
    start.record_last_check(run.profile, "ok")
    assert start.forget_everything(run) == ["tenant-1:org-1"]
    assert known_pairs(run.opened_store()) == []
    assert not start.what_is_saved(run).anything
    assert start.load_last_check(run.profile) is None
    assert removed == [True]


def test_forgetting_the_demo_never_touches_the_scheduler(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(start, "unschedule_daily_check", lambda: pytest.fail("demo unscheduled"))
    run = services(tmp_path, "demo")
    save_pair(run)
    assert start.forget_everything(run) == ["tenant-1:org-1"]


def test_checks_record_their_overall_result(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """flows.diagnostics.run_checks keeps the summary the start page shows."""
    from wizard.diagnose import Report
    from wizard.flows import diagnostics

    run = services(tmp_path)
    monkeypatch.setattr(diagnostics, "_run_checks", lambda *_a, **_k: Report([], "", ""))
    target = type("T", (), {"profile": run.profile})()
    diagnostics.run_checks(target, session=object(), services=run)
    last = start.load_last_check(run.profile)
    assert last is not None and last.overall == "ok"


def test_cli_forget_removes_the_scheduled_check(tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    from wizard.cli.entry import main

    monkeypatch.setenv("WIZARD_DATA_DIR", str(tmp_path))
    calls: list[int] = []
    monkeypatch.setattr(start, "unschedule_daily_check", lambda: calls.append(1) or True)
    assert main(["--dont-remember-secrets", "forget", "--yes"]) == 0
    assert calls == [1]
    assert "Removed the scheduled daily check." in capsys.readouterr().err
    assert main(["--demo", "--dont-remember-secrets", "forget", "--yes"]) == 0
    assert calls == [1]  # the demo never scheduled one: the real entry is left alone
