"""One run that changes things at a time per profile: setup, repair and forget, CLI or GUI.

Why: two runs that both see "no job yet" both create one (the gallery and job steps look, then
act). An OS file lock (``filelock``: ``fcntl.flock`` on Linux and macOS, ``LockFileEx`` on
Windows) is released by the kernel when its holder dies, so a killed run never leaves a stale
lock behind. The holder writes its pid and command beside the lock, so the run that has to give
up can say which process is busy. Read-only ``check`` never takes it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TypeVar

import filelock

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError, factory
from wizard.core.paths import Profile, make_private_dir

log = logging.getLogger(__name__)
T = TypeVar("T")

#: How long a second run waits for the first before giving up (seconds). Short: the first run
#: may take minutes, and an admin or a scheduler is better served by a clear message.
DEFAULT_WAIT = 10.0
LOCK_NAME = "run.lock"
OWNER_NAME = "run.lock.owner"


class RunLockError(WizardError):
    BUSY = ErrorKind(
        "config.run_busy",
        QT_TRANSLATE_NOOP("errors", "Another run of the wizard is changing this profile."),
        QT_TRANSLATE_NOOP(
            "errors", "{owner} holds the lock; two runs at once could add the app or the job twice."
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Wait until it has finished, then run this command again. Nothing was changed."
        ),
    )
    UNUSABLE = ErrorKind(
        "config.run_lock",
        QT_TRANSLATE_NOOP("errors", "The run lock {path} cannot be used."),
        QT_TRANSLATE_NOOP("errors", "{detail}."),
        QT_TRANSLATE_NOOP(
            "errors", "Make sure the data folder is writable (or set WIZARD_DATA_DIR), then retry."
        ),
    )

    busy = factory(BUSY, "owner")
    unusable = factory(UNUSABLE, "path", "detail")


def _describe_owner(path: Path) -> str:
    """"Process 1234 (setup)" from the owner file; it is informative only, so never trusted."""
    try:
        data = json.loads(path.read_text(encoding="utf-8")[:4096])
        pid = int(data["pid"])
        command = str(data.get("command", ""))[:40]
    except (OSError, ValueError, TypeError, KeyError):
        return "Another process"
    command = "".join(c for c in command if c.isalnum() or c in " -_")
    return f"Process {pid} ({command})" if command else f"Process {pid}"


@contextmanager
def hold_profile_lock(
    profile: Profile, command: str = "setup", *, wait: float | None = None
) -> Iterator[None]:
    """Hold the profile's run lock for the ``with`` block, waiting up to *wait* seconds for it
    (:data:`DEFAULT_WAIT`, read when called, when not given).

    Raises :meth:`RunLockError.busy` (naming the holder's pid) when another run keeps it.
    Not re-entrant across calls: take it once per run, around all of its changes.
    """
    try:
        make_private_dir(profile.data_dir)
    except OSError as exc:
        raise RunLockError.unusable(str(profile.data_dir), exc.strerror or type(exc).__name__) from None
    lock_path = profile.data_dir / LOCK_NAME
    owner_path = profile.data_dir / OWNER_NAME
    lock = filelock.FileLock(str(lock_path), mode=0o600)
    try:
        lock.acquire(timeout=max(DEFAULT_WAIT if wait is None else wait, 0.0))
    except filelock.Timeout:
        owner = _describe_owner(owner_path)
        log.warning("run lock busy: %s", owner)
        raise RunLockError.busy(owner) from None
    except OSError as exc:
        raise RunLockError.unusable(str(lock_path), exc.strerror or type(exc).__name__) from None
    try:
        try:
            owner_path.write_text(json.dumps({"pid": os.getpid(), "command": command}), encoding="utf-8")
            os.chmod(owner_path, 0o600)
        except OSError as exc:  # the lock holds without it; only the message is poorer
            log.warning("could not record the run lock's owner: %s", exc.strerror or exc)
        log.info("run lock taken for %s (pid %d)", command, os.getpid())
        yield
    finally:
        try:
            owner_path.unlink()
        except OSError:
            pass
        lock.release()


def profile_lock(profile: Profile | None, command: str) -> AbstractContextManager[None]:
    """The run lock of *profile*, or nothing to hold when there is no profile (a page or window
    shown on its own, as tests do): the one place that decides, for the flows' locked steps."""
    return hold_profile_lock(profile, command) if profile is not None else nullcontext()

