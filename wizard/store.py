"""Secrets in the OS keyring, never on disk in the clear.

This is the foundation's slice of the secret store: backend policy (refuse keyring backends that
would write secrets in plain text or silently drop them) and plain get/put/delete under the
profile's service name. Chunking for Windows' 2,560-byte limit, per-tenant entry sets and the MSAL
cache persistence build on it (issue 7).
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors

from wizard.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.paths import Profile

#: Backends that either store secrets in plain text or do not store them at all.
_REFUSED = ("keyrings.alt.file.PlaintextKeyring", "keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")


class KeyringError(WizardError):
    @classmethod
    def unusable(cls, backend: str) -> KeyringError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "No secure place to keep secrets was found."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The system keyring is not available (backend: {backend}); secrets would be lost "
                "or written in plain text.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "On Linux, install and unlock GNOME Keyring or KWallet (Secret Service); on "
                "Windows and macOS the system keyring is used automatically. Or choose "
                "\"Don't remember secrets\".",
            ),
            params={"backend": backend},
            code="keyring.unusable",
        )

    @classmethod
    def locked(cls) -> KeyringError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The system keyring is locked."),
            why=QT_TRANSLATE_NOOP("errors", "Secrets cannot be read or saved until it is unlocked."),
            fix=QT_TRANSLATE_NOOP("errors", "Unlock your keyring (log in again or open your keyring manager) and retry."),
            code="keyring.locked",
            transient=True,
        )


def backend_name(backend: keyring.backend.KeyringBackend | None = None) -> str:
    backend = backend or keyring.get_keyring()
    cls = type(backend)
    name = f"{cls.__module__}.{cls.__qualname__}"
    # The chainer wraps the real ones; report what it would actually use.
    if name == "keyring.backends.chainer.ChainerBackend":
        inner = [type(b) for b in backend.backends]  # type: ignore[attr-defined]
        return ",".join(f"{c.__module__}.{c.__qualname__}" for c in inner) or name
    return name


def check_backend(backend: keyring.backend.KeyringBackend | None = None) -> str:
    """Return the backend name, or raise KeyringError when it is not a real secure store."""
    name = backend_name(backend)
    parts = [p for p in name.split(",") if p]
    if not parts or all(p in _REFUSED for p in parts):
        raise KeyringError.unusable(name)
    return name


class SecretStore:
    """get/put/delete under the profile's keyring service; keyring errors become WizardErrors."""

    def __init__(self, profile: Profile, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self.service = profile.keyring_service
        self.backend = backend or keyring.get_keyring()
        check_backend(self.backend)

    def put(self, key: str, value: str) -> None:
        try:
            self.backend.set_password(self.service, key, value)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringError.locked() from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringError.unusable(type(exc).__name__) from None

    def get(self, key: str) -> str | None:
        try:
            return self.backend.get_password(self.service, key)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringError.locked() from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringError.unusable(type(exc).__name__) from None

    def delete(self, key: str) -> None:
        try:
            self.backend.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringLocked as exc:
            raise KeyringError.locked() from exc
