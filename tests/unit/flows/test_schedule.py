"""The daily check's scheduler entries (every platform's exact text), creating and removing them
on Linux under a temporary HOME, and the RFC 5545 renewal reminder."""

from __future__ import annotations

import plistlib
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from wizard.diagnose import EXPIRY_WARNING_DAYS
from wizard.flows import schedule
from wizard.flows.setup_report import renew_before

COMMAND = ["/opt/webex scim/webex-scim-wizard-cli", "check", "--json"]
EXPIRES = datetime(2026, 3, 15, 12, 0, tzinfo=UTC).timestamp()


class FakeRunner:
    """Records commands; holds a crontab like ``crontab -l`` / ``crontab -`` would."""

    def __init__(self, crontab: str | None = None, fail: set[str] | None = None) -> None:
        self.calls: list[list[str]] = []
        self.crontab = crontab
        self.fail = fail or set()

    def __call__(self, args, input=None, **_kwargs):  # noqa: A002, ANN001 - subprocess.run's names
        self.calls.append(list(args))
        code = 1 if " ".join(args[:3]) in self.fail else 0
        out = ""
        if args[:2] == ["crontab", "-l"]:
            if self.crontab is None:
                return subprocess.CompletedProcess(args, 1, "", "no crontab for admin")
            out = self.crontab
        elif args[:2] == ["crontab", "-"]:
            self.crontab = input
        return subprocess.CompletedProcess(args, code, out, "failed" if code else "")


# ------------------------------------------------------------------------------ the command
def test_check_command_frozen_and_from_source() -> None:
    assert schedule.check_command(
        frozen=True, executable="/opt/w/webex-scim-wizard", windows=False
    ) == [
        "/opt/w/webex-scim-wizard-cli",
        "check",
        "--json",
    ]
    frozen_win = schedule.check_command(
        frozen=True, executable="C:/Program Files/W/webex-scim-wizard.exe", windows=True
    )
    assert frozen_win[0].endswith("webex-scim-wizard-cli.exe") and frozen_win[1:] == [
        "check",
        "--json",
    ]
    assert schedule.check_command(frozen=False, executable="/usr/bin/python3") == [
        "/usr/bin/python3",
        "-m",
        "wizard",
        "check",
        "--json",
    ]


# ------------------------------------------------------------------------------ each platform's text
def test_systemd_timer_and_service_text() -> None:
    entry = schedule.entry_for(
        "linux", COMMAND, home=Path("/home/a"), config_home=Path("/cfg"), systemd=True
    )
    assert entry.kind == "systemd"
    service = entry.files[Path("/cfg/systemd/user/webex-scim-wizard-check.service")]
    timer = entry.files[Path("/cfg/systemd/user/webex-scim-wizard-check.timer")]
    assert service == (
        "[Unit]\nDescription=Webex provisioning daily check\n\n[Service]\nType=oneshot\n"
        "ExecStart='/opt/webex scim/webex-scim-wizard-cli' check --json\n"
    )
    assert "OnCalendar=*-*-* 07:17:00\nPersistent=true\n" in timer
    assert "WantedBy=timers.target" in timer
    assert entry.create == (
        ("systemctl", "--user", "daemon-reload"),
        ("systemctl", "--user", "enable", "--now", "webex-scim-wizard-check.timer"),
    )
    assert (
        "systemctl",
        "--user",
        "disable",
        "--now",
        "webex-scim-wizard-check.timer",
    ) in entry.delete
    assert "/cfg/systemd/user/webex-scim-wizard-check.timer" in entry.text  # the admin sees where


def test_cron_line_text() -> None:
    entry = schedule.entry_for("linux", COMMAND, home=Path("/home/a"), systemd=False)
    assert entry.kind == "cron"
    assert entry.text == (
        "17 7 * * * '/opt/webex scim/webex-scim-wizard-cli' check --json >/dev/null 2>&1 "
        "# webex-scim-wizard daily check"
    )


def test_schtasks_text() -> None:
    command = [r"C:\Program Files\Webex SCIM Wizard\webex-scim-wizard-cli.exe", "check", "--json"]
    entry = schedule.entry_for("win32", command)
    assert entry.kind == "schtasks"
    assert entry.create == (
        (
            "schtasks", "/Create", "/TN", r"WebexScimWizard\DailyCheck",
            "/TR", r'"C:\Program Files\Webex SCIM Wizard\webex-scim-wizard-cli.exe" check --json',
            "/SC", "DAILY", "/ST", "07:17", "/F",
        ),
    )  # fmt: skip
    assert entry.text == (
        r'schtasks /Create /TN WebexScimWizard\DailyCheck /TR "\"C:\Program Files\Webex SCIM '
        r'Wizard\webex-scim-wizard-cli.exe\" check --json" /SC DAILY /ST 07:17 /F'
    )
    assert entry.delete == (("schtasks", "/Delete", "/TN", r"WebexScimWizard\DailyCheck", "/F"),)


def test_launchd_plist_text() -> None:
    entry = schedule.entry_for("darwin", COMMAND, home=Path("/Users/a"), uid=501)
    path = Path("/Users/a/Library/LaunchAgents/com.webexscimwizard.check.plist")
    assert entry.kind == "launchd" and list(entry.files) == [path]
    plist = plistlib.loads(entry.files[path].encode())
    assert plist == {
        "Label": "com.webexscimwizard.check",
        "ProgramArguments": COMMAND,
        "StartCalendarInterval": {"Hour": 7, "Minute": 17},
        "RunAtLoad": False,
    }
    assert entry.create == (("launchctl", "bootstrap", "gui/501", str(path)),)
    assert entry.delete == (("launchctl", "bootout", "gui/501/com.webexscimwizard.check"),)


# ------------------------------------------------------------------------------ Linux, for real
@pytest.fixture
def temp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never the real user's systemd or crontab: HOME and XDG_CONFIG_HOME point into tmp."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def test_systemd_timer_created_and_removed(temp_home: Path) -> None:
    entry = schedule.entry_for("linux", COMMAND, systemd=True)
    units = temp_home / "config" / "systemd" / "user"
    run = FakeRunner()
    schedule.install(entry, run)
    assert (units / "webex-scim-wizard-check.timer").read_text().startswith("[Unit]")
    assert (units / "webex-scim-wizard-check.service").exists()
    assert run.calls == [list(c) for c in entry.create]
    assert schedule.installed(entry, run)
    run.calls.clear()
    assert schedule.remove(entry, run) is True
    assert not list(units.iterdir())
    assert run.calls == [list(c) for c in entry.delete]
    assert schedule.remove(entry, run) is False  # nothing of ours left: nothing run
    assert not schedule.installed(entry, run)


def test_systemctl_failure_is_reported(temp_home: Path) -> None:
    entry = schedule.entry_for("linux", COMMAND, systemd=True)
    with pytest.raises(schedule.ScheduleError, match="systemctl --user enable"):
        schedule.install(entry, FakeRunner(fail={"systemctl --user enable"}))


def test_cron_line_added_once_and_removed_keeping_other_lines(temp_home: Path) -> None:
    entry = schedule.entry_for("linux", COMMAND, systemd=False)
    run = FakeRunner(crontab="0 1 * * * backup.sh\n")
    schedule.install(entry, run)
    schedule.install(entry, run)  # again: still one line of ours
    assert run.crontab.splitlines() == ["0 1 * * * backup.sh", entry.text]
    assert schedule.installed(entry, run)
    assert schedule.remove(entry, run) is True
    assert run.crontab.splitlines() == ["0 1 * * * backup.sh"]
    assert schedule.remove(entry, run) is False


def test_cron_without_a_crontab_yet(temp_home: Path) -> None:
    entry = schedule.entry_for("linux", COMMAND, systemd=False)
    run = FakeRunner(crontab=None)
    schedule.install(entry, run)
    assert run.crontab == entry.text + "\n"


def test_systemd_detection_needs_the_user_manager_socket(tmp_path: Path) -> None:
    assert not schedule.systemd_user_available(str(tmp_path))
    assert not schedule.systemd_user_available("")


# ------------------------------------------------------------------------------ the reminder
def test_one_warning_period_everywhere() -> None:
    assert schedule.RENEW_WARNING_DAYS == EXPIRY_WARNING_DAYS == 14
    assert schedule.renew_by(EXPIRES) == date(2026, 3, 1)
    assert renew_before(EXPIRES) == "2026-03-01"


def test_reminder_is_rfc5545() -> None:
    text = schedule.reminder_ics(
        EXPIRES,
        "Renew the Webex token; now, please",
        "Line one\nline two with a long tail " + "x" * 80 + " 한국어 텍스트 " * 4,
        now=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC).timestamp(),
        uid="fixed",
    )
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "").split("\r\n")
    assert unfolded[:4] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Webex Provisioning Wizard//Token reminder//EN",
        "CALSCALE:GREGORIAN",
    ]
    assert "UID:fixed@webex-scim-wizard" in unfolded
    assert "DTSTAMP:20260102T030405Z" in unfolded
    assert "DTSTART;VALUE=DATE:20260301" in unfolded and "DTEND;VALUE=DATE:20260302" in unfolded
    assert "SUMMARY:Renew the Webex token\\; now\\, please" in unfolded
    assert any(line.startswith("DESCRIPTION:Line one\\nline two") for line in unfolded)
    assert "한국어 텍스트" in text.replace("\r\n ", "")  # folding never splits a character
    assert unfolded[-3:] == ["END:VEVENT", "END:VCALENDAR", ""]
