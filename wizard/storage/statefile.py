"""Where the wizard stopped: a small JSON file of non-secret hints, written atomically.

Why a file at all: closing the window or a crash must not make the admin start from zero. Why
only *hints*: the tenant and the Webex org are the truth; the wizard re-verifies everything it
reads here, so a lost or damaged file costs a re-check, never a wrong change.

Format (``state.json`` in :attr:`Profile.data_dir`)::

    {"schema_version": 1, "saved_at": "...Z", "entra_cloud": "global", "webex_env": "commercial",
     "tenant_id": "...", "org_id": "...", "service_principal_id": "...", "job_id": "...",
     "step": "apply", "history": [{"at": "...Z", "action": "...", "target": "...", "detail": {}}]}

Rules:

* Never a secret. Every text value is run through :func:`wizard.core.logs.redact` (which also masks
  every secret registered at run time); if redaction would change it, the write is refused.
  Detail keys that name a secret (``token``, ``password``, ``code``...) are refused outright.
* Atomic: write a temp file in the same directory, flush, fsync, rename over the old file, fsync
  the directory. A crash at any point leaves either the old file or the new one, never a mix.
  Leftover temp files of crashed writes are removed by a later save once they are stale.
* A write that fails (disk full, read-only folder) raises :class:`StateFileError` and leaves the
  previous file untouched.
* A corrupt file is moved aside as ``state.json.corrupt-<UTC timestamp>`` (kept for support,
  never deleted) and reported with an offer to start over.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError, factory
from wizard.core.logs import redact
from wizard.core.paths import Profile, make_private_dir

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "state.json"
_TMP_PREFIX = f".{FILE_NAME}."
_TMP_SUFFIX = ".tmp"
#: A temp file older than this belongs to a write that will never finish.
STALE_TMP_SECONDS = 600
#: Detail keys that can only hold a secret; their values are refused whatever they look like.
_SECRET_KEY = re.compile(
    r"(?i)^(.*(token|secret|password|passwd|cookie|authorization|verifier)|"
    r"(auth_?|authorization_?|device_?)?code)$"
)
_FIELDS = (
    "entra_cloud",
    "webex_env",
    "tenant_id",
    "org_id",
    "service_principal_id",
    "job_id",
    "step",
)
Scalar = str | int | float | bool | None


class StateFileError(WizardError):
    CORRUPT = ErrorKind(
        "state.corrupt",
        QT_TRANSLATE_NOOP("errors", "The saved progress could not be used."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The file {path} is damaged ({detail}). It only remembers where the wizard "
            "stopped; your Entra tenant and Webex org hold the real configuration and were "
            "not changed.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Start over: the wizard will read the current configuration from your tenant "
            "again. The damaged file was kept as {kept_as} for support.",
        ),
    )
    UNREADABLE = ErrorKind(
        "state.unreadable",
        QT_TRANSLATE_NOOP("errors", "The saved progress could not be read."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Reading {path} failed ({detail}). It only remembers where the wizard stopped; "
            "your Entra tenant and Webex org hold the real configuration.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Start over (the wizard reads the configuration from your tenant again), or fix "
            "the file's permissions and retry.",
        ),
    )
    NEWER = ErrorKind(
        "state.newer",
        QT_TRANSLATE_NOOP("errors", "The saved progress was written by a newer version."),
        QT_TRANSLATE_NOOP(
            "errors",
            "{path} has format {version}; this version of the wizard knows format "
            "{supported}. The file only remembers where the wizard stopped.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Use the newer version of the wizard, or start over here (your tenant is "
            "re-checked; the newer file is kept as it is until you do).",
        ),
    )
    _NOT_SAVED = QT_TRANSLATE_NOOP("errors", "Your progress could not be saved.")
    DISK_FULL = ErrorKind(
        "state.write_failed.full",
        _NOT_SAVED,
        QT_TRANSLATE_NOOP("errors", "The disk that holds {folder} is full."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Free some disk space and click Retry. The previously saved progress is kept; "
            "changes already made in your tenant stay and are re-checked when you continue.",
        ),
        transient=True,
    )
    READ_ONLY = ErrorKind(
        "state.write_failed.read-only",
        _NOT_SAVED,
        QT_TRANSLATE_NOOP("errors", "The folder {folder} is read-only or you may not write there."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Make the folder writable (or set WIZARD_DATA_DIR to a writable folder) and "
            "click Retry. The previously saved progress is kept.",
        ),
    )
    WRITE_FAILED = ErrorKind(
        "state.write_failed.io",
        _NOT_SAVED,
        QT_TRANSLATE_NOOP("errors", "Writing to {folder} failed ({reason})."),
        QT_TRANSLATE_NOOP("errors", "Click Retry. The previously saved progress is kept."),
    )
    SECRET_REFUSED = ErrorKind(
        "state.secret_refused",
        QT_TRANSLATE_NOOP("errors", "Refused to save a secret in the progress file."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The value of '{where}' looks like a token, password or code; the progress file "
            "is plain text and must never hold one.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "This is a bug in the wizard: please report it with the log file. Secrets "
            "belong in the system keyring.",
        ),
    )

    corrupt = factory(CORRUPT, "path", "kept_as", "detail", convert={"path": str, "kept_as": str})
    unreadable = factory(UNREADABLE, "path", "detail", convert={"path": str})
    secret_refused = factory(SECRET_REFUSED, "where")

    @classmethod
    def newer(cls, path: Path, version: int) -> StateFileError:
        return cls.of(
            cls.NEWER, {"path": str(path), "version": version, "supported": SCHEMA_VERSION}
        )

    @classmethod
    def write_failed(cls, path: Path, reason: str) -> StateFileError:
        kind = {"full": cls.DISK_FULL, "read-only": cls.READ_ONLY}.get(reason, cls.WRITE_FAILED)
        return cls.of(kind, {"folder": str(path.parent), "reason": reason})


def utc_now() -> str:
    """ISO 8601 in UTC with a ``Z``: unambiguous when a support case spans time zones."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class Change:
    """One applied change, e.g. ``Change(at, "job.started", target=job_id)``."""

    at: str
    action: str
    target: str = ""
    detail: dict[str, Scalar] = field(default_factory=dict)

    def when(self) -> datetime:
        """``at`` as an aware UTC time (ValueError when it is not ISO 8601)."""
        return datetime.fromisoformat(self.at.replace("Z", "+00:00"))

    def age_seconds(self) -> float:
        return (datetime.now(UTC) - self.when()).total_seconds()


@dataclass
class WizardState:
    """Everything the wizard remembers between runs. Ids and names only, never a secret."""

    entra_cloud: str | None = None
    webex_env: str | None = None
    tenant_id: str | None = None
    org_id: str | None = None
    service_principal_id: str | None = None
    job_id: str | None = None
    step: str | None = None
    history: list[Change] = field(default_factory=list)

    def record(self, action: str, target: str = "", **detail: Scalar) -> Change:
        """Append an applied change with the current UTC time (save the state afterwards)."""
        change = Change(utc_now(), action, target, dict(detail))
        self.history.append(change)
        return change

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: getattr(self, name) for name in _FIELDS}
        data["history"] = [
            {"at": c.at, "action": c.action, "target": c.target, "detail": dict(c.detail)}
            for c in self.history
        ]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WizardState:
        """Parse a saved document; ValueError says what is wrong (without quoting values)."""
        kwargs: dict[str, Any] = {}
        for name in _FIELDS:
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"'{name}' is not text")
            kwargs[name] = value
        history = data.get("history", [])
        if not isinstance(history, list):
            raise ValueError("'history' is not a list")
        changes = []
        for i, item in enumerate(history):
            if not isinstance(item, dict):
                raise ValueError(f"history entry {i + 1} is not an object")
            at, action = item.get("at"), item.get("action")
            target, detail = item.get("target", ""), item.get("detail", {})
            if not isinstance(at, str) or not isinstance(action, str) or not isinstance(target, str):
                raise ValueError(f"history entry {i + 1} lacks a time or an action")
            try:
                Change(at, action).when()
            except ValueError:
                raise ValueError(f"history entry {i + 1} has an invalid time") from None
            if not isinstance(detail, dict) or not all(
                isinstance(v, str | int | float | bool | type(None)) for v in detail.values()
            ):
                raise ValueError(f"history entry {i + 1} has invalid details")
            changes.append(Change(at, action, target, dict(detail)))
        return cls(**kwargs, history=changes)


def check_no_secrets(state: WizardState) -> None:
    """Raise :meth:`StateFileError.secret_refused` if anything in *state* looks secret."""

    def check(where: str, value: Scalar) -> None:
        if isinstance(value, str) and redact(value) != value:
            raise StateFileError.secret_refused(where)

    for name in _FIELDS:
        check(name, getattr(state, name))
    for i, change in enumerate(state.history, 1):
        check(f"history[{i}].action", change.action)
        check(f"history[{i}].target", change.target)
        for key, value in change.detail.items():
            where = f"history[{i}].detail.{key}"
            check(where, key)
            if _SECRET_KEY.match(key) and isinstance(value, str) and value:
                raise StateFileError.secret_refused(where)
            check(where, value)


def _write_reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read-only"
    return exc.strerror or type(exc).__name__


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable. Windows cannot open a directory; NTFS journals renames."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class StateFile:
    """Load and save :class:`WizardState` in one directory (normally the profile's data dir)."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.path = self.directory / FILE_NAME

    @classmethod
    def for_profile(cls, profile: Profile) -> StateFile:
        return cls(profile.data_dir)

    # ------------------------------------------------------------------ read
    def load(self) -> WizardState | None:
        """The saved state, or None when nothing was saved yet.

        Raises :class:`StateFileError`: ``state.corrupt`` after moving the file aside,
        ``state.unreadable`` or ``state.newer`` (file left in place).
        """
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StateFileError.unreadable(self.path, exc.strerror or type(exc).__name__) from None
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("it is not a JSON object")
            version = data.get("schema_version")
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise ValueError("it has no valid schema_version")
            if version > SCHEMA_VERSION:
                raise StateFileError.newer(self.path, version)
            return WizardState.from_dict(data)
        except (UnicodeDecodeError, ValueError) as exc:
            detail = _describe(exc)
        kept = self._keep_aside()
        log.warning("state file %s is damaged (%s); kept as %s", self.path, detail, kept)
        raise StateFileError.corrupt(self.path, kept, detail)

    def _keep_aside(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
        kept = self.path.with_name(f"{FILE_NAME}.corrupt-{stamp}")
        try:
            os.replace(self.path, kept)
        except OSError as exc:
            log.warning("could not move the damaged state file aside: %s", exc.strerror)
            return self.path
        return kept

    # ------------------------------------------------------------------ write
    def save(self, state: WizardState) -> None:
        """Write *state* atomically; refuse secrets; keep the old file on any failure."""
        check_no_secrets(state)
        document = {"schema_version": SCHEMA_VERSION, "saved_at": utc_now(), **state.to_dict()}
        text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        tmp: str | None = None
        try:
            make_private_dir(self.directory)
            self._remove_stale_temps()
            fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=_TMP_SUFFIX, dir=self.directory)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
            tmp = None
            _fsync_dir(self.directory)
        except OSError as exc:
            reason = _write_reason(exc)
            log.warning("could not save state to %s: %s", self.path, exc.strerror or exc)
            raise StateFileError.write_failed(self.path, reason) from None
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    def start_over(self) -> None:
        """Forget the saved progress (the admin chose to start over); the tenant is re-read."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass

    def _remove_stale_temps(self) -> None:
        """Temp files of writes that crashed before their rename; fresh ones may be in use."""
        cutoff = time.time() - STALE_TMP_SECONDS
        for candidate in self.directory.glob(f"{_TMP_PREFIX}*{_TMP_SUFFIX}"):
            try:
                if candidate.stat().st_mtime < cutoff:
                    candidate.unlink()
            except OSError:
                pass


def _describe(exc: BaseException) -> str:
    """Why a document was rejected, without quoting its content (it might hold anything)."""
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON at line {exc.lineno}, column {exc.colno}"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return str(exc)
