"""Logging: a rotated file in the profile's log directory, with secrets redacted everywhere.

Redaction is a logging.Filter on the handlers, so a secret that slips into any message (ours or
a library's) is masked before it reaches the file or the console. The same :func:`redact` serves
the support report and "Copy details".
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import stat
import sys
from pathlib import Path

from wizard.core.paths import make_private_dir

_PATTERNS = [
    # Webex user tokens: <base64>_<cluster>_<org uuid> (docs/webex.md#token).
    (re.compile(r"[A-Za-z0-9_-]{20,}_[A-Z0-9]{4}_[0-9a-fA-F-]{36}"), "[REDACTED-WEBEX-TOKEN]"),
    # Authorization headers and bearer tokens in free text.
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 [REDACTED]"),
    # JWTs (id tokens, Graph access tokens).
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"), "[REDACTED-JWT]"),
    # OAuth parameters in URLs, fragments and form bodies (name=value).
    (
        re.compile(
            r"(?i)((?:^|[?&#\s;,(])(?:access_token|refresh_token|id_token|code|client_secret|device_code"
            r"|password|passwd|SecretToken|client_info)=)[^&\s\"',;)]+"
        ),
        r"\1[REDACTED]",
    ),
    # The same secrets as JSON or header fields (name: value). Not "code": Graph error codes are
    # useful and not secret, and an OAuth code never travels as JSON.
    (
        re.compile(
            r"(?i)([\"']?(?:access_token|refresh_token|id_token|client_secret|device_code|password"
            r"|passwd|SecretToken)[\"']?\s*:\s*[\"']?)[^&\s\"',}]+"
        ),
        r"\1[REDACTED]",
    ),
    # {"key": "SecretToken", "value": "..."} as Graph's secrets API carries it.
    (re.compile(r'(?i)("key"\s*:\s*"SecretToken"\s*,\s*"value"\s*:\s*")[^"]*'), r"\1[REDACTED]"),
]


#: Exact secret values the app holds right now (captured tokens, refresh tokens): masked
#: verbatim wherever they appear, whatever their shape. Only values, never written anywhere.
_known: set[str] = set()


def register_secret(value: str | None) -> None:
    """Mask *value* in every later log line and report; call it as soon as a secret is obtained."""
    if value and len(value) >= 8:
        _known.add(value)


def redact(text: str) -> str:
    for secret in sorted(_known, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, "[REDACTED]")
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if record.exc_info and record.exc_info[1] is not None:
            # Exception text can quote request URLs; render it now, redacted, and drop the original.
            formatted = logging.Formatter().formatException(record.exc_info)
            cleaned = f"{cleaned}\n{redact(formatted)}"
            record.exc_info = None
            record.exc_text = None
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


class _OneComplaint:
    """Mixin: a handler that cannot write (disk full, folder gone) says so once on stderr and
    then drops records, instead of logging's traceback for every line."""

    _failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if self._failed:
            return
        self._failed = True
        exc = sys.exc_info()[1]
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        try:
            sys.stderr.write(f"Logging stopped: the log cannot be written ({reason}).\n")
        except (OSError, ValueError):
            pass


class PrivateFileHandler(_OneComplaint, logging.handlers.RotatingFileHandler):
    """The log file, readable by its owner only (0600): it names tenants, orgs and addresses."""

    def _open(self):  # noqa: ANN202 - logging's signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077:
            os.fchmod(fd, 0o600)  # a file an older version created 0644
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the last flush of a full disk; already reported once
            if self.stream is not None:
                self.stream = None


class ConsoleHandler(_OneComplaint, logging.StreamHandler):
    """stderr, for warnings; a record logged with ``extra=FILE_ONLY`` (a message already shown,
    a traceback meant for support) goes to the file only."""

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(record, "file_only", False) is not True and super().filter(record)


#: ``log.error(..., extra=FILE_ONLY)``: into the log file, not onto the console.
FILE_ONLY = {"file_only": True}


def setup(log_dir: Path | None, level: int = logging.INFO, console: bool = True) -> Path | None:
    """Configure root logging once; returns the log file path (None when logging to console only)."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_wizard", False):
            root.removeHandler(handler)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path = None
    if log_dir is not None:
        make_private_dir(log_dir)
        path = log_dir / "wizard.log"
        fh = PrivateFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        fh.setFormatter(fmt)
        fh.addFilter(RedactingFilter())
        fh._wizard = True  # type: ignore[attr-defined]
        root.addHandler(fh)
    if console:
        ch = ConsoleHandler()
        ch.setLevel(logging.WARNING)
        ch.setFormatter(fmt)
        ch.addFilter(RedactingFilter())
        ch._wizard = True  # type: ignore[attr-defined]
        root.addHandler(ch)
    return path
