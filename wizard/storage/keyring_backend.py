"""Which keyring backend may hold our secrets, and how its failures are reported.

Allow-list, not deny-list: only backends whose secrets the operating system keeps encrypted
are accepted — Windows Credential Locker, the macOS Keychain, the freedesktop Secret Service
(GNOME Keyring, KeePassXC; directly or through libsecret) and KWallet — or keyring's chainer when
every backend it chains is one of those. The class itself must be the allowed one: a subclass of
a plaintext backend under another name (or in another module) is refused like the original.
Loading a configured backend can fail in arbitrary ways (``PYTHON_KEYRING_BACKEND`` naming a
missing module, or a backend whose dependencies are absent); that is the same clear message.
Objects that are not ``keyring`` backends at all can only be handed over by code (tests wrap the
real backend to inject faults); keyring's configuration always yields backend instances.
"""

from __future__ import annotations

import importlib
import logging
import os
from typing import Any, Protocol

import keyring
import keyring.backend
import keyring.errors

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError, factory
from wizard.core.logs import redact

log = logging.getLogger(__name__)

#: "module.Class" of every backend that stores secrets encrypted by the OS.
ALLOWED_BACKENDS = (
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
)
CHAINER = "keyring.backends.chainer.ChainerBackend"


class Backend(Protocol):
    """The three calls of a ``keyring`` backend the store uses (tests wrap real ones)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class KeyringError(WizardError):
    UNUSABLE = ErrorKind(
        "keyring.unusable",
        QT_TRANSLATE_NOOP("errors", "No secure place to keep secrets was found."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The system keyring is not available (backend: {backend}); secrets would be lost "
            "or written in plain text.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "On Linux, install and unlock GNOME Keyring or KWallet (Secret Service); on "
            "Windows and macOS the system keyring is used automatically. Or choose "
            "\"Don't remember secrets\".",
        ),
    )
    LOCKED = ErrorKind(
        "keyring.locked",
        QT_TRANSLATE_NOOP("errors", "The system keyring is locked."),
        QT_TRANSLATE_NOOP("errors", "Secrets cannot be read or saved until it is unlocked."),
        QT_TRANSLATE_NOOP("errors", "Unlock your keyring (log in again or open your keyring manager) and retry."),
        transient=True,
    )
    UNAVAILABLE = ErrorKind(
        "keyring.unavailable",
        QT_TRANSLATE_NOOP("errors", "The system keyring did not answer."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The keyring service could not be reached ({detail}); it may have stopped or "
            "not be running in this session.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Make sure your keyring service is running and unlocked, then retry. Or choose "
            "\"Don't remember secrets\" and sign in again next time.",
        ),
        transient=True,
    )
    WRITE_FAILED = ErrorKind(
        "keyring.write_failed",
        QT_TRANSLATE_NOOP("errors", "A secret could not be saved in the system keyring."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The keyring refused the entry ({detail}). The previously saved secret, if any, "
            "is unchanged.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Retry. If it fails again, choose \"Don't remember secrets\" and send the log "
            "file to support.",
        ),
    )
    DAMAGED = ErrorKind(
        "keyring.damaged",
        QT_TRANSLATE_NOOP("errors", "A saved secret could not be read back intact."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The keyring entry '{key}' is incomplete or was changed ({detail}); a partial "
            "secret is never used.",
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Sign in again to replace it. Nothing in your tenant or Webex org was changed."
        ),
    )

    unusable = factory(UNUSABLE, "backend")
    locked = factory(LOCKED)
    unavailable = factory(UNAVAILABLE, "detail")
    write_failed = factory(WRITE_FAILED, "detail")
    damaged = factory(DAMAGED, "key", "detail")


def _backend_failures() -> tuple[type[BaseException], ...]:
    """Exceptions a backend raises when the store itself is unreachable (not our bugs).

    The Secret Service backend lets D-Bus errors through unwrapped (a dead bus is an OSError,
    a vanished daemon a SecretStorageException or a jeepney error response).
    """
    found: list[type[BaseException]] = [keyring.errors.KeyringError, OSError]
    try:
        import secretstorage.exceptions

        found.append(secretstorage.exceptions.SecretStorageException)
    except ImportError:  # not on Windows/macOS
        pass
    try:
        import jeepney.wrappers

        found.append(jeepney.wrappers.DBusErrorResponse)
    except ImportError:
        pass
    return tuple(found)


BACKEND_FAILURES = _backend_failures()


def _qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def backend_name(backend: Any = None) -> str:
    backend = backend if backend is not None else default_backend()
    name = _qualified(type(backend))
    # The chainer wraps the real ones; report what it would actually use.
    if name == CHAINER:
        inner = [type(b) for b in getattr(backend, "backends", ())]
        return ",".join(_qualified(c) for c in inner) or name
    return name


def default_backend() -> Any:
    """keyring's configured backend; a backend that cannot even load is ``unusable``.

    keyring chains every viable backend when there are several, and the chainer falls back to
    the next one when a call fails: with a plaintext backend installed beside the Secret Service,
    a locked keyring would send the secret to the file. So a chainer is narrowed to its first
    allowed backend (the one it would use), and refused by :func:`check_backend` when it has none.
    """
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - any import or init failure of a third-party backend
        configured = os.environ.get("PYTHON_KEYRING_BACKEND") or type(exc).__name__
        log.warning("keyring backend failed to load: %s", _scrubbed(exc, None))
        raise KeyringError.unusable(configured[:120]) from None
    if _qualified(type(backend)) == CHAINER:
        allowed = [b for b in getattr(backend, "backends", ()) if is_allowed(b)]
        if allowed:
            return allowed[0]
    return backend


def _allowed_class(name: str) -> type | None:
    """The real class behind an allowed name, or None where it cannot load (other OS)."""
    module, _, cls = name.rpartition(".")
    try:
        return getattr(importlib.import_module(module), cls, None)
    except Exception:  # noqa: BLE001 - e.g. the Windows backend's imports on Linux
        return None


def is_allowed(backend: Any) -> bool:
    """True for an instance of exactly one of :data:`ALLOWED_BACKENDS` (not a subclass), or a
    chainer of only such instances."""
    cls = type(backend)
    if _qualified(cls) == CHAINER and cls is _allowed_class(CHAINER):
        inner = list(getattr(backend, "backends", ()))
        return bool(inner) and all(is_allowed(b) for b in inner)
    name = _qualified(cls)
    return name in ALLOWED_BACKENDS and cls is _allowed_class(name)


def check_backend(backend: Any = None) -> str:
    """Return the backend name, or raise KeyringError when it is not an OS-encrypted store."""
    backend = backend if backend is not None else default_backend()
    name = backend_name(backend)
    if isinstance(backend, keyring.backend.KeyringBackend) and not is_allowed(backend):
        raise KeyringError.unusable(name)
    return name


def _scrubbed(exc: BaseException, value: str | None) -> str:
    """A backend's message, safe to show: without the value being written, redacted, short."""
    text = str(exc) or type(exc).__name__
    if value:
        text = text.replace(value, "[REDACTED]")
    text = redact(text)
    return f"{type(exc).__name__}: {text}"[:200]


scrubbed = _scrubbed
