"""Secrets in the OS keyring, never on disk in the clear.

Backend policy
    :func:`check_backend` refuses keyring backends that would write secrets in plain text or
    silently drop them. The admin may instead choose "don't remember secrets": :class:`MemoryStore`
    has the same interface and keeps nothing once the process ends (repair then asks again).

Entry format (version 1), all under the profile's service name
    Windows' Credential Manager refuses blobs over 2,560 bytes and keyring writes UTF-16, so a
    secret longer than a per-backend budget (1,000 UTF-16 code units, i.e. 2,000 bytes) cannot be
    one entry. Every value is therefore reached through a *header* entry under its own key, a
    compact JSON object ``{"wizard-secret": 1, "len": <chars>, "sha256": <hex of UTF-8>, ...}``:

    * a value whose header still fits the budget is stored *inline*: ``"value": <the value>``;
    * a longer value is split into chunks stored as ``<key>#<gen>.1`` .. ``<key>#<gen>.N`` and the
      header says ``"chunks": N, "gen": <gen>``. ``gen`` is a random generation id, new on every
      write, so a new value's chunks never overwrite the chunks the current header points at.

    Write order makes a crash at any point safe: write the new generation's chunks, read each back
    and compare, write the header (the single switch from old to new), then delete the previous
    generation's chunks. A crash before the header write leaves the old value readable (plus
    unreferenced new chunks); after it, only unreferenced old chunks. A read checks that every
    chunk is present and that length and SHA-256 match the header, and otherwise raises
    :meth:`KeyringError.damaged` - it never returns a partial value. An entry without a valid
    header (written by something else, or tampered with) is reported the same way.

Entry sets
    :class:`SecretSet` groups what setup saves for one Entra tenant + Webex org pair (the Webex
    token record, the org ID, the SCIM tenant URL) under ``v1/pair/<tenant>/<org>/...``; the MSAL
    token cache is per tenant (``v1/tenant/<tenant>/msal-cache``) because the Microsoft sign-in
    happens before any org is known. Keyring has no "list" API, so ``v1/index`` keeps the known
    pairs for repair to offer.

Keyring failures become :class:`KeyringError` (what / why / what to do); backend messages are
scrubbed of the value being written and redacted before they reach an error or a log line.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import keyring
import keyring.backend
import keyring.errors
import msal

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.core.logs import redact, register_secret
from wizard.core.paths import Profile

log = logging.getLogger(__name__)

#: Backends that either store secrets in plain text or do not store them at all.
_REFUSED = ("keyrings.alt.file.PlaintextKeyring", "keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")

#: Version written into every header; a reader refuses headers it does not know.
FORMAT_VERSION = 1
#: Per-entry budget in UTF-16 code units: 2,000 bytes, under Windows' 2,560-byte credential blob
#: with room to spare. Secret Service and Keychain have no such limit, but one budget everywhere
#: keeps the layout identical on every OS, so tests on Linux exercise what Windows needs.
DEFAULT_CHUNK_UNITS = 1000
_CHUNK_UNITS_BY_BACKEND = {"keyring.backends.Windows.WinVaultKeyring": DEFAULT_CHUNK_UNITS}
#: Smaller budgets could not hold a chunked header.
MIN_CHUNK_UNITS = 256
_MAX_CHUNKS = 4096
_HEADER_TAG = "wizard-secret"
_GEN = re.compile(r"[0-9a-f]{8}")
_SHA = re.compile(r"[0-9a-f]{64}")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


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


_BACKEND_FAILURES = _backend_failures()


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

    @classmethod
    def unavailable(cls, detail: str) -> KeyringError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The system keyring did not answer."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The keyring service could not be reached ({detail}); it may have stopped or "
                "not be running in this session.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Make sure your keyring service is running and unlocked, then retry. Or choose "
                "\"Don't remember secrets\" and sign in again next time.",
            ),
            params={"detail": detail},
            code="keyring.unavailable",
            transient=True,
        )

    @classmethod
    def write_failed(cls, detail: str) -> KeyringError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "A secret could not be saved in the system keyring."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The keyring refused the entry ({detail}). The previously saved secret, if any, "
                "is unchanged.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Retry. If it fails again, choose \"Don't remember secrets\" and send the log "
                "file to support.",
            ),
            params={"detail": detail},
            code="keyring.write_failed",
        )

    @classmethod
    def damaged(cls, key: str, detail: str) -> KeyringError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "A saved secret could not be read back intact."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The keyring entry '{key}' is incomplete or was changed ({detail}); a partial "
                "secret is never used.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Sign in again to replace it. Nothing in your tenant or Webex org was changed.",
            ),
            params={"key": key, "detail": detail},
            code="keyring.damaged",
        )


def backend_name(backend: Any = None) -> str:
    backend = backend or keyring.get_keyring()
    cls = type(backend)
    name = f"{cls.__module__}.{cls.__qualname__}"
    # The chainer wraps the real ones; report what it would actually use.
    if name == "keyring.backends.chainer.ChainerBackend":
        inner = [type(b) for b in backend.backends]
        return ",".join(f"{c.__module__}.{c.__qualname__}" for c in inner) or name
    return name


def check_backend(backend: Any = None) -> str:
    """Return the backend name, or raise KeyringError when it is not a real secure store."""
    name = backend_name(backend)
    parts = [p for p in name.split(",") if p]
    if not parts or all(p in _REFUSED for p in parts):
        raise KeyringError.unusable(name)
    return name


def chunk_units_for(backend: Any) -> int:
    """The per-entry budget (UTF-16 code units) for *backend*."""
    return _CHUNK_UNITS_BY_BACKEND.get(backend_name(backend), DEFAULT_CHUNK_UNITS)


def utf16_units(text: str) -> int:
    """Length as Windows counts it: characters outside the BMP take two units (four bytes)."""
    return len(text.encode("utf-16-le")) // 2


class Backend(Protocol):
    """The three calls of a ``keyring`` backend the store uses (tests wrap real ones)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def _scrubbed(exc: BaseException, value: str | None) -> str:
    """A backend's message, safe to show: without the value being written, redacted, short."""
    text = str(exc) or type(exc).__name__
    if value:
        text = text.replace(value, "[REDACTED]")
    text = redact(text)
    return f"{type(exc).__name__}: {text}"[:200]


def _split(value: str, units: int) -> list[str]:
    """Chunks of at most *units* UTF-16 code units, never splitting a surrogate pair."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for ch in value:
        width = 2 if ord(ch) > 0xFFFF else 1
        if size + width > units:
            chunks.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += width
    if current or not chunks:
        chunks.append("".join(current))
    return chunks


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _chunk_key(key: str, gen: str, n: int) -> str:
    return f"{key}#{gen}.{n}"


def _check_key(key: str) -> None:
    # '#' separates a key from its chunks; a key containing it could collide with a chunk.
    if not key or "#" in key or len(key) > 200:
        raise ValueError(f"invalid secret key {key!r}")


class SecretStore:
    """Chunked, integrity-checked get/put/delete under the profile's keyring service.

    Keyring errors become :class:`KeyringError`. ``remembers`` tells the UI whether what is put
    here survives the process (False only for :class:`MemoryStore`).
    """

    remembers = True

    def __init__(
        self,
        profile: Profile,
        backend: Backend | None = None,
        *,
        chunk_units: int | None = None,
    ) -> None:
        self.service = profile.keyring_service
        self.backend: Backend = backend or keyring.get_keyring()
        check_backend(self.backend)
        self.chunk_units = self._budget(chunk_units, self.backend)

    @staticmethod
    def _budget(chunk_units: int | None, backend: Any) -> int:
        units = chunk_units if chunk_units is not None else chunk_units_for(backend)
        if units < MIN_CHUNK_UNITS:
            raise ValueError(f"chunk_units must be at least {MIN_CHUNK_UNITS}")
        return units

    # ------------------------------------------------------------------ public: whole values
    def put(self, key: str, value: str) -> None:
        """Save *value* under *key*, replacing any previous value only once the new one is whole."""
        _check_key(key)
        if not isinstance(value, str):
            raise TypeError("secret values are text")
        previous = self._header_or_none(key)
        header: dict[str, Any] = {_HEADER_TAG: FORMAT_VERSION, "len": len(value), "sha256": _digest(value)}
        inline = _dumps(header | {"value": value})
        written: list[str] = []
        if utf16_units(inline) <= self.chunk_units:
            text = inline
        else:
            gen = secrets.token_hex(4)
            while previous is not None and previous.get("gen") == gen:  # never reuse the live one
                gen = secrets.token_hex(4)
            chunks = _split(value, self.chunk_units)
            if len(chunks) > _MAX_CHUNKS:
                raise KeyringError.write_failed(f"the value is too long ({len(value)} characters)")
            try:
                for n, chunk in enumerate(chunks, 1):
                    self._raw_put(_chunk_key(key, gen, n), chunk, value)
                    written.append(_chunk_key(key, gen, n))
                for n, chunk in enumerate(chunks, 1):
                    if self._raw_get(_chunk_key(key, gen, n)) != chunk:
                        raise KeyringError.write_failed(f"part {n} read back differently")
            except BaseException:
                self._delete_quietly(written)
                raise
            text = _dumps(header | {"chunks": len(chunks), "gen": gen})
        try:
            self._raw_put(key, text, value)  # the switch from the old value to the new one
        except BaseException:
            self._delete_quietly(written)
            raise
        if previous is not None and "gen" in previous:
            self._delete_quietly(
                _chunk_key(key, previous["gen"], n) for n in range(1, previous["chunks"] + 1)
            )

    def get(self, key: str) -> str | None:
        """The value under *key*, None when there is none; :meth:`KeyringError.damaged` if not whole."""
        _check_key(key)
        raw = self._raw_get(key)
        if raw is None:
            return None
        header = self._parse_header(key, raw)
        if "value" in header:
            value = header["value"]
        else:
            parts = []
            for n in range(1, header["chunks"] + 1):
                part = self._raw_get(_chunk_key(key, header["gen"], n))
                if part is None:
                    raise KeyringError.damaged(key, f"part {n} of {header['chunks']} is missing")
                parts.append(part)
            value = "".join(parts)
        if len(value) != header["len"]:
            raise KeyringError.damaged(key, "its parts add up to the wrong length")
        if _digest(value) != header["sha256"]:
            raise KeyringError.damaged(key, "its content does not match its checksum")
        return value

    def delete(self, key: str) -> None:
        """Remove *key* and its chunks; a missing entry is not an error."""
        _check_key(key)
        header = self._header_or_none(key)
        self._raw_delete(key)  # the value is gone from here on; chunks are mere leftovers
        if header is not None and "gen" in header:
            for n in range(1, header["chunks"] + 1):
                self._raw_delete(_chunk_key(key, header["gen"], n))

    # ------------------------------------------------------------------ headers
    def _parse_header(self, key: str, raw: str) -> dict[str, Any]:
        try:
            header = json.loads(raw)
        except ValueError:
            header = None
        if not isinstance(header, dict) or _HEADER_TAG not in header:
            raise KeyringError.damaged(key, "its header is missing or unreadable")
        if header[_HEADER_TAG] != FORMAT_VERSION:
            raise KeyringError.damaged(key, "it was saved in a format this version does not know")
        length, digest = header.get("len"), header.get("sha256")
        ok = (
            isinstance(length, int)
            and not isinstance(length, bool)
            and length >= 0
            and isinstance(digest, str)
            and _SHA.fullmatch(digest) is not None
        )
        if ok and "value" in header:
            ok = isinstance(header["value"], str)
        elif ok:
            count, gen = header.get("chunks"), header.get("gen")
            ok = (
                isinstance(count, int)
                and not isinstance(count, bool)
                and 1 <= count <= _MAX_CHUNKS
                and isinstance(gen, str)
                and _GEN.fullmatch(gen) is not None
            )
        if not ok:
            raise KeyringError.damaged(key, "its header is missing or unreadable")
        return header

    def _header_or_none(self, key: str) -> dict[str, Any] | None:
        """The current header for overwriting or deleting; a damaged one is simply replaced."""
        raw = self._raw_get(key)
        if raw is None:
            return None
        try:
            return self._parse_header(key, raw)
        except KeyringError:
            log.warning("replacing a damaged keyring entry %s (its chunks cannot be found)", key)
            return None

    # ------------------------------------------------------------------ single entries
    @contextmanager
    def _backend_call(self, value: str | None = None) -> Iterator[None]:
        try:
            yield
        except keyring.errors.KeyringLocked:
            raise KeyringError.locked() from None
        except keyring.errors.PasswordSetError as exc:
            detail = _scrubbed(exc, value)
            log.warning("keyring refused a write: %s", detail)
            raise KeyringError.write_failed(detail) from None
        except _BACKEND_FAILURES as exc:
            detail = _scrubbed(exc, value)
            log.warning("keyring unavailable: %s", detail)
            raise KeyringError.unavailable(detail) from None

    def _raw_put(self, key: str, text: str, secret: str | None = None) -> None:
        with self._backend_call(secret):
            self.backend.set_password(self.service, key, text)

    def _raw_get(self, key: str) -> str | None:
        with self._backend_call():
            return self.backend.get_password(self.service, key)

    def _raw_delete(self, key: str) -> None:
        with self._backend_call():
            try:
                self.backend.delete_password(self.service, key)
            except keyring.errors.PasswordDeleteError:
                pass  # already gone

    def _delete_quietly(self, keys: Iterable[str]) -> None:
        """Best-effort cleanup of unreferenced chunks: leftovers are harmless, a crash is not."""
        for key in keys:
            try:
                self._raw_delete(key)
            except KeyringError as err:
                log.warning("could not delete leftover keyring entry %s: %s", key, err.summary())


class _ProcessMemory:
    """A dict with the keyring backend calls; deliberately not a registered keyring backend."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._entries.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError("not found")


class MemoryStore(SecretStore):
    """The explicit "don't remember secrets" choice: same interface, nothing outlives the process.

    Each instance has its own memory, so a new run (or a new store) starts empty and repair asks
    for the secrets again. The OS keyring is never touched, so no backend check applies.
    """

    remembers = False

    def __init__(self, profile: Profile | None = None, *, chunk_units: int | None = None) -> None:
        self.service = profile.keyring_service if profile is not None else "memory"
        self.backend = _ProcessMemory()
        self.chunk_units = self._budget(chunk_units, self.backend)


def open_store(
    profile: Profile, *, remember: bool = True, backend: Backend | None = None
) -> SecretStore:
    """The store the admin chose: the OS keyring (refusing insecure backends) or memory only."""
    if not remember:
        return MemoryStore(profile)
    return SecretStore(profile, backend=backend)


# ---------------------------------------------------------------------------------- entry sets
_INDEX_KEY = "v1/index"
_PAIR_ENTRIES = ("webex-token", "org-id", "tenant-url")
#: Serialises read-modify-write of the index between threads (keyring calls run off the UI thread).
_index_lock = threading.Lock()


def _norm_id(kind: str, value: str) -> str:
    """Tenant and org ids go into key names: keep them to id characters, case-folded."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ValueError(f"invalid {kind} {value!r}")
    return value.lower()


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class TokenRecord:
    """The captured Webex token with its capture time and expiry (seconds since the epoch)."""

    token: str = field(repr=False)
    captured_at: float
    expires_at: float

    @classmethod
    def from_webex(cls, token: Any) -> TokenRecord:
        """From :class:`wizard.webex.token.WebexToken` (duck-typed to keep this module light)."""
        return cls(token.access_token, float(token.captured_at), float(token.expires_at))

    def to_json(self) -> str:
        return _dumps({"token": self.token, "captured_at": self.captured_at, "expires_at": self.expires_at})

    @classmethod
    def from_json(cls, key: str, text: str) -> TokenRecord:
        try:
            data = json.loads(text)
            record = cls(str(data["token"]), float(data["captured_at"]), float(data["expires_at"]))
        except (ValueError, TypeError, KeyError):
            raise KeyringError.damaged(key, "the saved token record is not readable") from None
        if not record.token:
            raise KeyringError.damaged(key, "the saved token record is empty")
        return record

    def __repr__(self) -> str:
        return f"TokenRecord(captured_at={self.captured_at}, expires_at={self.expires_at})"


@dataclass(frozen=True)
class Pair:
    """One Entra tenant + Webex org pair the keyring holds secrets for."""

    tenant_id: str
    org_id: str
    saved_at: str = ""


@dataclass(frozen=True)
class SavedSecrets:
    token: TokenRecord | None
    org_id: str | None
    tenant_url: str | None


class SecretSet:
    """What setup saves for one tenant + org pair; see the module docstring for the layout."""

    def __init__(self, store: SecretStore, tenant_id: str, org_id: str) -> None:
        self.store = store
        self.tenant_id = _norm_id("tenant id", tenant_id)
        self.org_id = _norm_id("org id", org_id)
        self._org_id_as_given = org_id

    def key(self, name: str) -> str:
        return f"v1/pair/{self.tenant_id}/{self.org_id}/{name}"

    def save(self, *, token: TokenRecord | None = None, tenant_url: str | None = None) -> None:
        """Write the given parts (the org ID always), then list the pair in the index.

        Entries first, index last: a crash in between leaves a complete set that is merely not
        offered, never an offered set with nothing behind it.
        """
        self.store.put(self.key("org-id"), self._org_id_as_given)
        if tenant_url is not None:
            self.store.put(self.key("tenant-url"), tenant_url)
        if token is not None:
            register_secret(token.token)
            self.store.put(self.key("webex-token"), token.to_json())
        _index_update(self.store, add=Pair(self.tenant_id, self.org_id, _utc_now()))

    def webex_token(self) -> TokenRecord | None:
        text = self.store.get(self.key("webex-token"))
        if text is None:
            return None
        record = TokenRecord.from_json(self.key("webex-token"), text)
        register_secret(record.token)  # from now on it is masked in every log line
        return record

    def tenant_url(self) -> str | None:
        return self.store.get(self.key("tenant-url"))

    def load(self) -> SavedSecrets:
        return SavedSecrets(self.webex_token(), self.store.get(self.key("org-id")), self.tenant_url())

    def msal_cache(self) -> msal.SerializableTokenCache:
        return load_msal_cache(self.store, self.tenant_id)

    def save_msal_cache(self, cache: msal.SerializableTokenCache) -> bool:
        return save_msal_cache(self.store, self.tenant_id, cache)

    def forget(self) -> None:
        """Remove every entry of this pair, then its index line; the tenant's MSAL cache goes
        too unless another org of the same tenant still needs it."""
        for name in _PAIR_ENTRIES:
            self.store.delete(self.key(name))
        remaining = _index_update(self.store, remove=(self.tenant_id, self.org_id))
        if not any(p.tenant_id == self.tenant_id for p in remaining):
            forget_msal_cache(self.store, self.tenant_id)


def _read_index(store: SecretStore) -> list[Pair]:
    text = store.get(_INDEX_KEY)
    if text is None:
        return []
    try:
        data = json.loads(text)
        pairs = [Pair(str(p["tenant_id"]), str(p["org_id"]), str(p.get("saved_at", ""))) for p in data["pairs"]]
    except (ValueError, TypeError, KeyError):
        raise KeyringError.damaged(_INDEX_KEY, "the list of saved organisations is not readable") from None
    return pairs


def _index_update(
    store: SecretStore, *, add: Pair | None = None, remove: tuple[str, str] | None = None
) -> list[Pair]:
    with _index_lock:
        try:
            pairs = _read_index(store)
        except KeyringError as err:
            if err.code != "keyring.damaged":
                raise
            # The list is only a convenience; rebuild it rather than block saving secrets.
            log.warning("the keyring index was damaged; starting a new one")
            pairs = []
        drop = {(add.tenant_id, add.org_id)} if add else set()
        if remove:
            drop.add(remove)
        pairs = [p for p in pairs if (p.tenant_id, p.org_id) not in drop]
        if add:
            pairs.append(add)
        if pairs:
            store.put(_INDEX_KEY, _dumps({"pairs": [p.__dict__ for p in pairs]}))
        else:
            store.delete(_INDEX_KEY)
        return pairs


def known_pairs(store: SecretStore) -> list[Pair]:
    """The tenant + org pairs with saved secrets, least recently saved first (repair offers them).

    Ids are case-folded as in the key names; :meth:`SecretSet.load` has the org ID as given.
    """
    return _read_index(store)


# ---------------------------------------------------------------------------------- MSAL cache
def _msal_key(tenant_id: str) -> str:
    return f"v1/tenant/{_norm_id('tenant id', tenant_id)}/msal-cache"


def _register_cache_secrets(cache: msal.SerializableTokenCache) -> None:
    """Mask the cached tokens in logs: they are now in memory and could slip into a message."""
    for kind in (
        msal.TokenCache.CredentialType.ACCESS_TOKEN,
        msal.TokenCache.CredentialType.REFRESH_TOKEN,
        msal.TokenCache.CredentialType.ID_TOKEN,
    ):
        for entry in cache.search(kind):
            register_secret(entry.get("secret"))


def load_msal_cache(store: SecretStore, tenant_id: str) -> msal.SerializableTokenCache:
    """The tenant's MSAL token cache from the store (empty when none was saved).

    Give it to ``GraphAuth(..., cache=...)`` and call :func:`save_msal_cache` after sign-in.
    """
    key = _msal_key(tenant_id)
    cache = msal.SerializableTokenCache()
    text = store.get(key)
    if text:
        try:
            cache.deserialize(text)
        except ValueError:
            raise KeyringError.damaged(key, "the saved Microsoft sign-in is not readable") from None
        _register_cache_secrets(cache)
    return cache


def save_msal_cache(store: SecretStore, tenant_id: str, cache: msal.SerializableTokenCache) -> bool:
    """Write *cache* back when MSAL changed it; returns whether it wrote.

    ``serialize()`` clears ``has_state_changed``; if the write then fails the flag is set again,
    so the next save retries instead of silently losing a rotated refresh token.
    """
    if not cache.has_state_changed:
        return False
    text = cache.serialize()
    try:
        store.put(_msal_key(tenant_id), text)
    except BaseException:
        cache.has_state_changed = True
        raise
    return True


def forget_msal_cache(store: SecretStore, tenant_id: str) -> None:
    store.delete(_msal_key(tenant_id))
