"""Every command-line input checked once, at the edge, before anything signs in or writes.

Flags, environment variables, the token file (or stdin) and the answers file all end up here,
so that bad input of any kind is a :class:`~wizard.core.errors.WizardError` with exit code 2
and a message that names the input, never a traceback. Values that may be secret (the token)
are never quoted back; other values are quoted shortened and with control characters escaped.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import parse_qs, urlsplit

from wizard.core.errors import QT_TRANSLATE_NOOP, ConfigError, ErrorKind, WizardError

#: A Webex access token is about 100 characters; a pasted redirect URL a few hundred. The cap
#: keeps ``/dev/zero`` or ``yes |`` from filling memory.
MAX_TOKEN_BYTES = 64 * 1024
#: Visible ASCII, the rule the redirect parser applies (``wizard.webex.token``): anything else
#: cannot travel in an Authorization header.
TOKEN_CHARS = re.compile(r"[\x21-\x7e]+")
#: Tenant and org ids as the keyring names them (``wizard.storage.secrets``).
PAIR_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
#: Longest wait a flag may ask for (seconds): a day; larger values are typos.
MAX_SECONDS = 86400.0


def shown(value: Any, limit: int = 200) -> str:
    """A user-supplied value safe to quote in one line: control characters escaped, shortened."""
    text = value if isinstance(value, str) and value.isprintable() else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class InputError(WizardError):
    """A command-line input that cannot be used; always exit code 2 (``config.*``)."""

    TOKEN_FILE = ErrorKind(
        "config.token_file",
        QT_TRANSLATE_NOOP("errors", "The Webex token could not be read from {path}."),
        QT_TRANSLATE_NOOP("errors", "{detail}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Put the token (or the whole redirect URL from the Webex sign-in) on the first "
            "line of the file, or pass - and pipe it in.",
        ),
    )
    ANSWER_TYPE = ErrorKind(
        "config.answer_type",
        QT_TRANSLATE_NOOP("errors", "The answer '{key}' in {path} has the wrong type."),
        QT_TRANSLATE_NOOP("errors", "It must be {expected}."),
        QT_TRANSLATE_NOOP("errors", "Correct '{key}' in the answers file and run again."),
    )
    BAD_VALUE = ErrorKind(
        "config.bad_value",
        QT_TRANSLATE_NOOP("errors", "{name} is not valid: {value}"),
        QT_TRANSLATE_NOOP("errors", "It must be {expected}."),
        QT_TRANSLATE_NOOP("errors", "Correct {name} and run again. Nothing was changed."),
    )
    USAGE = ErrorKind(
        "config.usage",
        QT_TRANSLATE_NOOP("errors", "The command line is not valid: {message}"),
        QT_TRANSLATE_NOOP("errors", "The wizard cannot tell what to do."),
        QT_TRANSLATE_NOOP("errors", "Run webex-scim-wizard --help for the options. Nothing was changed."),
    )

    @classmethod
    def token_file(cls, path: str, detail: str) -> InputError:
        where = "standard input" if path == "-" else shown(path)
        return cls.of(cls.TOKEN_FILE, {"path": where, "detail": detail})

    @classmethod
    def answer_type(cls, key: str, expected: str, path: str) -> InputError:
        return cls.of(cls.ANSWER_TYPE, {"key": shown(key, 60), "path": shown(path), "expected": expected})

    @classmethod
    def bad_value(cls, name: str, value: Any, expected: str) -> InputError:
        return cls.of(cls.BAD_VALUE, {"name": name, "value": shown(value), "expected": expected})

    @classmethod
    def usage(cls, message: str) -> InputError:
        return cls.of(cls.USAGE, {"message": message.replace("\n", " ")[:300]})


# ------------------------------------------------------------------------------------ exit codes
def exit_code_for(err: WizardError) -> int:
    """2 for bad usage or configuration (also an unusable keyring), 1 for a failed operation."""
    return 2 if err.code.startswith("config.") or err.code == "keyring.unusable" else 1


def error_json(err: WizardError) -> dict[str, Any]:
    return {
        "ok": False,
        "error": {
            "code": err.code,
            "what": err.summary(),
            "why": err._fmt(err.why, lambda t: t),
            "fix": err._fmt(err.fix, lambda t: t),
            "correlation": dict(err.correlation),
        },
    }


# ------------------------------------------------------------------------------------ flags
def parse_profile_pair(text: str) -> str:
    """``--profile TENANT:ORG``: both ids as the keyring keeps them, case-folded."""
    tenant, sep, org = text.partition(":")
    if not sep or not PAIR_ID.fullmatch(tenant) or not PAIR_ID.fullmatch(org):
        raise argparse.ArgumentTypeError(
            f"{shown(text)} is not TENANT:ORG (an Entra tenant ID and a Webex org ID, "
            "letters, digits, '.', '_' and '-' only)"
        )
    return f"{tenant.lower()}:{org.lower()}"


def seconds(text: str) -> float:
    """A finite, non-negative number of seconds no larger than a day (``nan`` and ``inf`` refused)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0 or value > MAX_SECONDS:
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a number of seconds between 0 and {MAX_SECONDS:.0f}")
    return value


def env_choice(env: Mapping[str, str], name: str, choices: tuple[str, ...], default: str | None) -> str | None:
    """An environment variable checked like the flag it stands for."""
    value = env.get(name)
    if value is None or value == "":
        return default
    if value not in choices:
        raise InputError.bad_value(name, value, "one of " + ", ".join(choices))
    return value


# ------------------------------------------------------------------------------------ token file
def _read_capped(handle: BinaryIO | Any, limit: int) -> bytes:
    data = handle.read(limit + 1)
    if isinstance(data, str):  # a text stream (tests, an embedding caller)
        data = data.encode("utf-8", "surrogateescape")
    return data


def read_token_file(path: str, stdin: Any = None) -> str:
    """The token from a file (``-`` = stdin): the first non-empty line, or the ``access_token``
    of a pasted redirect URL. At most 64 KiB, UTF-8, visible ASCII. Never quoted in errors."""
    if not isinstance(path, str) or not path or "\x00" in path:
        raise InputError.token_file(str(path), "no file was named")
    try:
        if path == "-":
            stream = stdin or sys.stdin
            data = _read_capped(getattr(stream, "buffer", stream), MAX_TOKEN_BYTES)
        else:
            if Path(path).is_dir():
                raise InputError.token_file(path, "it is a folder, not a file")
            with open(path, "rb") as handle:
                data = _read_capped(handle, MAX_TOKEN_BYTES)
    except OSError as exc:
        raise InputError.token_file(path, exc.strerror or type(exc).__name__) from None
    if len(data) > MAX_TOKEN_BYTES:
        raise InputError.token_file(path, "it is larger than 64 KiB, far more than a token")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError.token_file(path, "it is not UTF-8 text") from None
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if line.startswith(("http://", "https://")):
        parts = urlsplit(line)
        values = parse_qs(parts.fragment) or parse_qs(parts.query)
        line = (values.get("access_token") or [""])[0]
    if not line:
        raise InputError.token_file(path, "it holds no token")
    if not TOKEN_CHARS.fullmatch(line):
        raise InputError.token_file(path, "it holds characters a Webex token cannot have")
    from wizard.core.logs import register_secret

    register_secret(line)
    return line


# ------------------------------------------------------------------------------------ answers
def _is_text(value: Any) -> bool:
    return isinstance(value, str) and "\x00" not in value and len(value) <= 1024


#: The answers file's schema: key → (check, what the message says it must be).
ANSWER_SCHEMA: dict[str, tuple[Any, str]] = {
    "webex_token_file": (_is_text, "a file path in quotes"),
    "tenant_url": (_is_text, "a URL in quotes"),
    "assign": (
        lambda v: _is_text(v) or (isinstance(v, list) and all(_is_text(x) and x for x in v)),
        "a name in quotes or a list of them, e.g. [\"Webex Users\"]",
    ),
    "role": (_is_text, "a role name in quotes"),
    "notification_email": (_is_text, "an e-mail address in quotes"),
    "notify_on_failure": (lambda v: isinstance(v, bool), "true or false (without quotes)"),
    "test_user": (_is_text, "a user principal name in quotes"),
}


def read_answers(path: str) -> dict[str, Any]:
    """The answers file, checked against :data:`ANSWER_SCHEMA` (types and unknown keys)."""
    from wizard.core.endpoints import read_toml_file

    data = read_toml_file(Path(path), what="answers file")
    for key, value in data.items():
        if key not in ANSWER_SCHEMA:
            raise ConfigError.unknown_key(shown(key, 60), shown(path), sorted(ANSWER_SCHEMA))
        check, expected = ANSWER_SCHEMA[key]
        if not check(value):
            raise InputError.answer_type(key, expected, path)
    return data


def check_env_data_dir(env: Mapping[str, str] | None = None) -> None:
    """WIZARD_DATA_DIR, when set, must be an absolute-or-relative folder path without NULs."""
    value = (os.environ if env is None else env).get("WIZARD_DATA_DIR")
    if value is not None and (value == "" or "\x00" in value or len(value) > 4096):
        raise InputError.bad_value("WIZARD_DATA_DIR", value, "a folder path")


#: The rule the setup plan applies to the notification address (``wizard.flows.setup``).
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_plan_inputs(notification_email: str | None) -> None:
    """What the plan would refuse, refused before sign-in: no write may come before it."""
    if notification_email and not EMAIL.match(notification_email):
        raise InputError.bad_value("--notification-email", notification_email, "one address such as admin@contoso.com")
