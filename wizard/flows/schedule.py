"""The daily ``check`` as an entry in the OS scheduler, and a calendar reminder for the token.

Why: a Webex token from the setup's sign-in cannot be extended, and provisioning stops the day it
expires. A daily ``check`` (exit code 1 from :data:`RENEW_WARNING_DAYS` before) and a calendar
reminder are how an admin hears about it in time.

One builder per scheduler, each a pure function of the command and the time, so every platform's
exact text is unit-tested on any machine:

* Linux, systemd user timer (``systemd.timer(5)``: ``OnCalendar``, ``Persistent=true`` catches up
  a run missed while the computer was off) —
  https://www.freedesktop.org/software/systemd/man/latest/systemd.timer.html
* Linux without a user systemd: one ``crontab(5)`` line, tagged so Forget removes only ours.
* Windows Task Scheduler: ``schtasks /Create /SC DAILY /ST HH:MM /TN … /TR … /F`` —
  https://learn.microsoft.com/windows-server/administration/windows-commands/schtasks-create
* macOS launchd: a LaunchAgent plist with ``StartCalendarInterval`` —
  https://developer.apple.com/library/archive/documentation/MacOSX/Conceptual/BPSystemStartup/Chapters/ScheduledJobs.html

:func:`install` / :func:`remove` write or delete the files and run the commands (worker thread:
they start processes). The reminder is an RFC 5545 all-day event (:func:`reminder_ics`).
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from wizard.diagnose import EXPIRY_WARNING_DAYS

#: One warning period everywhere: the check warns, Finish and the reminder say "renew by" this
#: many days before the token expires.
RENEW_WARNING_DAYS = EXPIRY_WARNING_DAYS
#: Local time of the daily check: before the working day, off the full hour most jobs use.
CHECK_HOUR, CHECK_MINUTE = 7, 17
UNIT_NAME = "webex-scim-wizard-check"
TASK_NAME = r"WebexScimWizard\DailyCheck"
LAUNCHD_LABEL = "com.webexscimwizard.check"
#: Marks our crontab line, so removing it never touches the admin's other lines.
CRON_TAG = "# webex-scim-wizard daily check"

Runner = Callable[..., "subprocess.CompletedProcess[str]"]


@dataclass(frozen=True)
class Entry:
    """One scheduler entry: the files to write, the commands to run after writing them, and how
    to undo both. ``text`` is what the admin is shown (the exact entry)."""

    kind: str  # "systemd" | "cron" | "schtasks" | "launchd"
    text: str
    files: dict[Path, str] = field(default_factory=dict)
    create: tuple[tuple[str, ...], ...] = ()
    delete: tuple[tuple[str, ...], ...] = ()


class ScheduleError(Exception):
    """A scheduler command failed; the message names the command (never a secret: none is used)."""


# ------------------------------------------------------------------------------ the command
def check_command(
    *, frozen: bool | None = None, executable: str | None = None, windows: bool | None = None
) -> list[str]:
    """The command line of ``check --json`` for this installation: the console executable next
    to a frozen app, or this Python running the package."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    windows = (os.name == "nt") if windows is None else windows
    if frozen:
        name = "webex-scim-wizard-cli.exe" if windows else "webex-scim-wizard-cli"
        return [str(Path(executable).with_name(name)), "check", "--json"]
    return [executable, "-m", "wizard", "check", "--json"]


# ------------------------------------------------------------------------------ builders
def systemd_units(
    command: Sequence[str], hour: int = CHECK_HOUR, minute: int = CHECK_MINUTE
) -> dict[str, str]:
    """The ``.service`` and ``.timer`` texts (systemd quotes ExecStart like a shell)."""
    service = (
        "[Unit]\n"
        "Description=Webex provisioning daily check\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={shlex.join(command)}\n"
    )
    timer = (
        "[Unit]\n"
        "Description=Run the Webex provisioning check every day\n\n"
        "[Timer]\n"
        f"OnCalendar=*-*-* {hour:02d}:{minute:02d}:00\n"
        "Persistent=true\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {f"{UNIT_NAME}.service": service, f"{UNIT_NAME}.timer": timer}


def cron_line(command: Sequence[str], hour: int = CHECK_HOUR, minute: int = CHECK_MINUTE) -> str:
    """One crontab line; output is discarded (the check records its result for the start page)."""
    return f"{minute} {hour} * * * {shlex.join(command)} >/dev/null 2>&1 {CRON_TAG}"


def schtasks_create(
    command: Sequence[str], hour: int = CHECK_HOUR, minute: int = CHECK_MINUTE
) -> list[str]:
    """``schtasks /Create`` for the current user (no /RU: runs as the admin who created it)."""
    run = subprocess.list2cmdline(list(command))
    return [
        "schtasks",
        "/Create",
        "/TN",
        TASK_NAME,
        "/TR",
        run,
        "/SC",
        "DAILY",
        "/ST",
        f"{hour:02d}:{minute:02d}",
        "/F",
    ]


def launchd_plist(
    command: Sequence[str], hour: int = CHECK_HOUR, minute: int = CHECK_MINUTE
) -> str:
    return plistlib.dumps(
        {
            "Label": LAUNCHD_LABEL,
            "ProgramArguments": list(command),
            "StartCalendarInterval": {"Hour": hour, "Minute": minute},
            "RunAtLoad": False,
        }
    ).decode("utf-8")


# ------------------------------------------------------------------------------ per platform
def systemd_user_available(runtime_dir: str | None = None) -> bool:
    """A user systemd is running: its private socket exists (no process started, any thread)."""
    runtime = runtime_dir if runtime_dir is not None else os.environ.get("XDG_RUNTIME_DIR", "")
    return (
        bool(runtime)
        and shutil.which("systemctl") is not None
        and (Path(runtime) / "systemd" / "private").exists()
    )


def entry_for(
    platform: str,
    command: Sequence[str],
    *,
    home: Path | None = None,
    config_home: Path | None = None,
    systemd: bool | None = None,
    uid: int | None = None,
) -> Entry:
    """The entry for *platform* (``sys.platform`` values). On Linux a systemd user timer when a
    user systemd runs (*systemd*), otherwise a crontab line."""
    home = home if home is not None else Path.home()
    if platform.startswith("win"):
        create = schtasks_create(command)
        return Entry(
            "schtasks",
            subprocess.list2cmdline(create),
            create=(tuple(create),),
            delete=(("schtasks", "/Delete", "/TN", TASK_NAME, "/F"),),
        )
    if platform == "darwin":
        path = home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        domain = f"gui/{os.getuid() if uid is None else uid}"
        return Entry(
            "launchd",
            launchd_plist(command),
            files={path: launchd_plist(command)},
            create=(("launchctl", "bootstrap", domain, str(path)),),
            delete=(("launchctl", "bootout", f"{domain}/{LAUNCHD_LABEL}"),),
        )
    if systemd if systemd is not None else systemd_user_available():
        base = config_home if config_home is not None else _config_home(home)
        units = systemd_units(command)
        folder = base / "systemd" / "user"
        timer = f"{UNIT_NAME}.timer"
        return Entry(
            "systemd",
            "\n".join(f"# {folder / name}\n{text}" for name, text in units.items()),
            files={folder / name: text for name, text in units.items()},
            create=(
                ("systemctl", "--user", "daemon-reload"),
                ("systemctl", "--user", "enable", "--now", timer),
            ),
            delete=(
                ("systemctl", "--user", "disable", "--now", timer),
                ("systemctl", "--user", "daemon-reload"),
            ),
        )
    line = cron_line(command)
    return Entry("cron", line, create=(("crontab", "-"),), delete=(("crontab", "-"),))


def _config_home(home: Path) -> Path:
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(configured) if configured else home / ".config"


def this_computer() -> Entry:
    """The entry for this OS and installation (checks for a user systemd: cheap, any thread)."""
    return entry_for(sys.platform, check_command())


# ------------------------------------------------------------------------------ doing it
def _run(run: Runner, args: Sequence[str], stdin: str | None = None, *, check: bool = True) -> str:
    try:
        done = run(list(args), input=stdin, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ScheduleError(f"{args[0]}: {exc}") from None
    if check and done.returncode != 0:
        raise ScheduleError(
            f"{' '.join(args[:3])} exited with {done.returncode}: {(done.stderr or '').strip()[:300]}"
        )
    return done.stdout or ""


def _crontab_without_ours(run: Runner) -> list[str]:
    # "crontab -l" exits 1 with "no crontab for user" when there is none: that is an empty table.
    current = _run(run, ("crontab", "-l"), check=False)
    return [line for line in current.splitlines() if CRON_TAG not in line]


def install(entry: Entry, run: Runner = subprocess.run) -> None:
    """Worker thread: write the entry's files, then run its commands (cron: our line is added to
    the user's table, replacing an earlier one of ours)."""
    for path, text in entry.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if entry.kind == "cron":
        lines = [*_crontab_without_ours(run), entry.text]
        _run(run, ("crontab", "-"), "\n".join(lines) + "\n")
        return
    for args in entry.create:
        _run(run, args)


def remove(entry: Entry, run: Runner = subprocess.run) -> bool:
    """Worker thread: undo :func:`install`. Returns whether anything of ours was there. A
    scheduler that no longer knows the entry is not an error (Forget must always finish)."""
    found = False
    if entry.kind == "cron":
        current = _run(run, ("crontab", "-l"), check=False).splitlines()
        kept = [line for line in current if CRON_TAG not in line]
        if len(kept) != len(current):
            _run(run, ("crontab", "-"), "\n".join(kept) + "\n" if kept else "")
            found = True
        return found
    if entry.kind == "schtasks":
        done = run(list(entry.delete[0]), capture_output=True, text=True, timeout=30)
        return done.returncode == 0
    found = any(path.exists() for path in entry.files)
    if found:
        for args in entry.delete:
            _run(run, args, check=False)  # the scheduler may not know it any more: still removed
        for path in entry.files:
            path.unlink(missing_ok=True)
    return found


def installed(entry: Entry, run: Runner = subprocess.run) -> bool:
    """Worker thread: whether our entry is in place (files, our crontab line, the task)."""
    if entry.kind == "cron":
        return any(
            CRON_TAG in line for line in _run(run, ("crontab", "-l"), check=False).splitlines()
        )
    if entry.kind == "schtasks":
        return (
            run(
                ["schtasks", "/Query", "/TN", TASK_NAME], capture_output=True, text=True, timeout=30
            ).returncode
            == 0
        )
    return all(path.exists() for path in entry.files)


# ------------------------------------------------------------------------------ the reminder
def renew_by(expires_at: float) -> date:
    """The day to renew the token by: :data:`RENEW_WARNING_DAYS` before it expires (UTC)."""
    return (datetime.fromtimestamp(expires_at, UTC) - timedelta(days=RENEW_WARNING_DAYS)).date()


def _escape(text: str) -> str:
    """TEXT value escaping, RFC 5545 section 3.3.11."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets are folded with CRLF + space (RFC 5545 section 3.1), never
    inside a UTF-8 sequence."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def reminder_ics(
    expires_at: float,
    summary: str,
    description: str,
    *,
    now: float | None = None,
    uid: str | None = None,
) -> str:
    """An all-day event on the renew-by day with a reminder that morning (RFC 5545)."""
    day = renew_by(expires_at)
    stamp = datetime.fromtimestamp(now if now is not None else datetime.now(UTC).timestamp(), UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Webex Provisioning Wizard//Token reminder//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:{uid or uuid.uuid4()}@webex-scim-wizard",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_escape(summary)}",
        "TRIGGER;RELATED=START:PT9H",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def write_reminder(path: Path, content: str) -> None:
    """Worker thread: write the .ics bytes exactly (CRLF kept)."""
    path.write_bytes(content.encode("utf-8"))


__all__ = [
    "RENEW_WARNING_DAYS",
    "Entry",
    "ScheduleError",
    "check_command",
    "cron_line",
    "entry_for",
    "install",
    "installed",
    "launchd_plist",
    "remove",
    "reminder_ics",
    "renew_by",
    "schtasks_create",
    "systemd_units",
    "this_computer",
    "write_reminder",
]
