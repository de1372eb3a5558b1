"""Secrets in the OS keyring, never on disk in the clear.

Backend policy
    :mod:`wizard.storage.keyring_backend` accepts only backends the OS keeps encrypted (an
    allow-list). The admin may instead choose "don't remember secrets": :class:`MemoryStore` has
    the same interface and keeps nothing once the process ends (repair then asks again).

Entry format (version 1)
    See :mod:`wizard.storage.chunks`: a header per key, long values in chunks of a random
    generation, and a journal of generations so that chunks a killed write left behind are
    removed by the next write or delete of that key.

    Write order makes a crash at any point safe: journal the new generation, write its chunks,
    read each back and compare, write the header (the single switch from old to new), then
    delete every other journalled generation and the previous one. A crash before the header
    write leaves the old value readable; after it, the new one. A read checks that every chunk is
    present and that length and SHA-256 match the header, and otherwise raises
    :meth:`KeyringError.damaged` - it never returns a partial value.

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

import json
import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import keyring.errors
import msal

from wizard.core.logs import register_secret
from wizard.core.paths import Profile
from wizard.storage.chunks import (
    DEFAULT_CHUNK_UNITS,
    FORMAT_VERSION,
    HEADER_TAG,
    MAX_CHUNKS,
    MIN_CHUNK_UNITS,
    check_key,
    chunk_key,
    chunk_units_for,
    digest,
    dumps,
    in_flight,
    journal_entry,
    journal_key,
    new_gen,
    norm_id,
    parse_header,
    parse_journal,
    split,
    utf16_units,
)
from wizard.storage.index import Pair, index_update, known_pairs, known_tenants
from wizard.storage.keyring_backend import (
    BACKEND_FAILURES,
    Backend,
    KeyringError,
    backend_name,
    check_backend,
    default_backend,
    scrubbed,
)
from wizard.storage.msal_cache import forget_msal_cache, load_msal_cache, save_msal_cache

# Public names of the split-out modules, importable from here as before.
__all__ = [
    "DEFAULT_CHUNK_UNITS", "FORMAT_VERSION", "MIN_CHUNK_UNITS", "Backend", "KeyringError",
    "MemoryStore", "Pair", "SavedSecrets", "SecretSet", "SecretStore", "TokenRecord",
    "backend_name", "check_backend", "chunk_units_for", "forget_msal_cache", "known_pairs", "known_tenants",
    "load_msal_cache", "open_store", "save_msal_cache", "utf16_units",
]

log = logging.getLogger(__name__)


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
        self.backend: Backend = backend if backend is not None else default_backend()
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
        check_key(key)
        if not isinstance(value, str):
            raise TypeError("secret values are text")
        previous = self._header_or_none(key)
        header: dict[str, Any] = {HEADER_TAG: FORMAT_VERSION, "len": len(value), "sha256": digest(value)}
        inline = dumps(header | {"value": value})
        chunks = [] if utf16_units(inline) <= self.chunk_units else split(value, self.chunk_units)
        if len(chunks) > MAX_CHUNKS:
            raise KeyringError.write_failed(f"the value is too long ({len(value)} characters)")
        # Journal first: the generation about to be written, and the one about to be replaced
        # (it is an orphan from the header switch on), so a kill at any later point leaves
        # nothing the next write or delete cannot find.
        gen = self._journal(key, len(chunks), previous)
        try:
            if gen is not None:
                self._write_chunks(key, gen, chunks, value)
                text = dumps(header | {"chunks": len(chunks), "gen": gen})
            else:
                text = inline
            self._raw_put(key, text, value)  # the switch from the old value to the new one
        except BaseException:
            if gen is not None:
                self._delete_quietly(chunk_key(key, gen, n) for n in range(1, len(chunks) + 1))
                self._drop_generations(key, keep=None, only={gen})
            raise
        self._sweep(key, keep=gen, previous=previous)

    def _journal(self, key: str, count: int, previous: dict[str, Any] | None) -> str | None:
        """Record the new generation (when *count* chunks) and the previous one; returns the
        new generation, or None for an inline value."""
        journal = parse_journal(self._raw_get(journal_key(key)))
        before = dict(journal)
        if previous is not None and "gen" in previous and previous["gen"] not in journal:
            journal[previous["gen"]] = journal_entry(previous["chunks"])
        gen = None
        if count:
            gen = new_gen(set(journal))
            journal[gen] = journal_entry(count)
        if journal != before:
            self._raw_put(journal_key(key), dumps({"gens": journal}))
        return gen

    def _write_chunks(self, key: str, gen: str, chunks: list[str], value: str) -> None:
        """Write the chunks of *gen* and read each back before anything points at them."""
        for n, chunk in enumerate(chunks, 1):
            self._raw_put(chunk_key(key, gen, n), chunk, value)
        for n, chunk in enumerate(chunks, 1):
            if self._raw_get(chunk_key(key, gen, n)) != chunk:
                raise KeyringError.write_failed(f"part {n} read back differently")

    def get(self, key: str) -> str | None:
        """The value under *key*, None when there is none; :meth:`KeyringError.damaged` if not whole."""
        check_key(key)
        raw = self._raw_get(key)
        if raw is None:
            return None
        header = parse_header(key, raw)
        if "value" in header:
            value = header["value"]
        else:
            parts = []
            for n in range(1, header["chunks"] + 1):
                part = self._raw_get(chunk_key(key, header["gen"], n))
                if part is None:
                    raise KeyringError.damaged(key, f"part {n} of {header['chunks']} is missing")
                parts.append(part)
            value = "".join(parts)
        if len(value) != header["len"]:
            raise KeyringError.damaged(key, "its parts add up to the wrong length")
        if digest(value) != header["sha256"]:
            raise KeyringError.damaged(key, "its content does not match its checksum")
        return value

    def delete(self, key: str) -> None:
        """Remove *key*, its chunks and every journalled generation; a missing entry is fine."""
        check_key(key)
        header = self._header_or_none(key)
        self._raw_delete(key)  # the value is gone from here on; chunks are mere leftovers
        if header is not None and "gen" in header:
            for n in range(1, header["chunks"] + 1):
                self._raw_delete(chunk_key(key, header["gen"], n))
        self._drop_generations(key, keep=None, everything=True)

    # ------------------------------------------------------------------ orphan sweep
    def _sweep(self, key: str, keep: str | None, previous: dict[str, Any] | None) -> None:
        """After a header switch: the previous generation and every journalled orphan go."""
        if previous is not None and "gen" in previous and previous["gen"] != keep:
            self._delete_quietly(
                chunk_key(key, previous["gen"], n) for n in range(1, previous["chunks"] + 1)
            )
        self._drop_generations(key, keep=keep)

    def _drop_generations(
        self, key: str, keep: str | None, *, only: set[str] | None = None, everything: bool = False
    ) -> None:
        """Delete the chunks of journalled generations (all but *keep*, or just *only*) and
        rewrite the journal. Generations another live process is writing stay unless
        *everything* (the key itself is being deleted)."""
        try:
            journal = parse_journal(self._raw_get(journal_key(key)))
        except KeyringError as err:
            log.warning("could not read the chunk journal of %s: %s", key, err.summary())
            return
        for gen, entry in list(journal.items()):
            if gen == keep:
                del journal[gen]  # live: the header references it now, the journal need not
                continue
            if only is not None and gen not in only:
                continue
            if not everything and only is None and in_flight(entry):
                continue
            self._delete_quietly(chunk_key(key, gen, n) for n in range(1, entry["n"] + 1))
            del journal[gen]
        try:
            if journal:
                self._raw_put(journal_key(key), dumps({"gens": journal}))
            else:
                self._raw_delete(journal_key(key))
        except KeyringError as err:
            log.warning("could not update the chunk journal of %s: %s", key, err.summary())

    # ------------------------------------------------------------------ headers
    def _header_or_none(self, key: str) -> dict[str, Any] | None:
        """The current header for overwriting or deleting; a damaged one is simply replaced."""
        raw = self._raw_get(key)
        if raw is None:
            return None
        try:
            return parse_header(key, raw)
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
            detail = scrubbed(exc, value)
            log.warning("keyring refused a write: %s", detail)
            raise KeyringError.write_failed(detail) from None
        except BACKEND_FAILURES as exc:
            detail = scrubbed(exc, value)
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
_PAIR_ENTRIES = ("webex-token", "org-id", "tenant-url")


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
        return dumps({"token": self.token, "captured_at": self.captured_at, "expires_at": self.expires_at})

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
class SavedSecrets:
    token: TokenRecord | None
    org_id: str | None
    tenant_url: str | None


class SecretSet:
    """What setup saves for one tenant + org pair; see the module docstring for the layout."""

    def __init__(self, store: SecretStore, tenant_id: str, org_id: str) -> None:
        self.store = store
        self.tenant_id = norm_id("tenant id", tenant_id)
        self.org_id = norm_id("org id", org_id)
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
        index_update(self.store, add=Pair(self.tenant_id, self.org_id, _utc_now()))

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

    def save_msal_cache(self, cache: msal.SerializableTokenCache) -> bool:
        return save_msal_cache(self.store, self.tenant_id, cache)

    def forget(self) -> None:
        """Remove every entry of this pair, then its index line; the tenant's MSAL cache goes
        too unless another org of the same tenant still needs it."""
        for name in _PAIR_ENTRIES:
            self.store.delete(self.key(name))
        remaining = index_update(self.store, remove=(self.tenant_id, self.org_id))
        if not any(p.tenant_id == self.tenant_id for p in remaining):
            forget_msal_cache(self.store, self.tenant_id)


def forget_everything(store: SecretStore) -> list[Pair]:
    """Remove every pair and every saved Microsoft sign-in the index lists (``forget`` without
    ``--profile``): nothing of ours stays behind, a sign-in whose setup stopped early included."""
    pairs = known_pairs(store)
    for pair in pairs:
        SecretSet(store, pair.tenant_id, pair.org_id).forget()
    for tenant in known_tenants(store):
        forget_msal_cache(store, tenant)
    return pairs
