"""The keyring entry format: headers, chunks of long values, and the journal of chunk generations.

Windows' Credential Manager refuses blobs over 2,560 bytes and keyring writes UTF-16, so a
secret longer than a per-backend budget (1,000 UTF-16 code units, i.e. 2,000 bytes) cannot be
one entry. Every value is therefore reached through a *header* entry under its own key, a
compact JSON object ``{"wizard-secret": 1, "len": <chars>, "sha256": <hex of UTF-8>, ...}``:

* a value whose header still fits the budget is stored *inline*: ``"value": <the value>``;
* a longer value is split into chunks stored as ``<key>#<gen>.1`` .. ``<key>#<gen>.N`` and the
  header says ``"chunks": N, "gen": <gen>``. ``gen`` is a random generation id, new on every
  write, so a new value's chunks never overwrite the chunks the current header points at.

Keyring has no "list" call, so chunks that no header points at (a write killed before its
header, or before it deleted the previous generation) could not be found again. Before it
writes any chunk, a write therefore records its generation in the *journal* entry
``<key>#journal`` (``{"gens": {<gen>: {"n": N, "pid": <writer>, "at": <epoch>}}}``); later
writes and deletes remove every generation the journal lists except the live one, skipping only
generations another live process may still be writing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import time
from typing import Any

from wizard.storage.keyring_backend import KeyringError, backend_name

#: Version written into every header; a reader refuses headers it does not know.
FORMAT_VERSION = 1
#: Per-entry budget in UTF-16 code units: 2,000 bytes, under Windows' 2,560-byte credential blob
#: with room to spare. Secret Service and Keychain have no such limit, but one budget everywhere
#: keeps the layout identical on every OS, so tests on Linux exercise what Windows needs.
DEFAULT_CHUNK_UNITS = 1000
_CHUNK_UNITS_BY_BACKEND = {"keyring.backends.Windows.WinVaultKeyring": DEFAULT_CHUNK_UNITS}
#: Smaller budgets could not hold a chunked header.
MIN_CHUNK_UNITS = 256
MAX_CHUNKS = 4096
HEADER_TAG = "wizard-secret"
_GEN = re.compile(r"[0-9a-f]{8}")
_SHA = re.compile(r"[0-9a-f]{64}")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
#: A generation another process started this recently may still be being written.
IN_FLIGHT_SECONDS = 600.0


def chunk_units_for(backend: Any) -> int:
    """The per-entry budget (UTF-16 code units) for *backend*."""
    return _CHUNK_UNITS_BY_BACKEND.get(backend_name(backend), DEFAULT_CHUNK_UNITS)


def utf16_units(text: str) -> int:
    """Length as Windows counts it: characters outside the BMP take two units (four bytes)."""
    return len(text.encode("utf-16-le")) // 2


def split(value: str, units: int) -> list[str]:
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


def digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def chunk_key(key: str, gen: str, n: int) -> str:
    return f"{key}#{gen}.{n}"


def journal_key(key: str) -> str:
    return f"{key}#journal"


def check_key(key: str) -> None:
    # '#' separates a key from its chunks; a key containing it could collide with a chunk.
    if not key or "#" in key or len(key) > 200:
        raise ValueError(f"invalid secret key {key!r}")


def norm_id(kind: str, value: str) -> str:
    """Tenant and org ids go into key names: keep them to id characters, case-folded."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ValueError(f"invalid {kind} {value!r}")
    return value.lower()


def new_gen(avoid: set[str]) -> str:
    gen = secrets.token_hex(4)
    while gen in avoid:  # never reuse a live or journalled generation
        gen = secrets.token_hex(4)
    return gen


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_header(key: str, raw: str) -> dict[str, Any]:
    """The header of *key*, or :meth:`KeyringError.damaged` when it is not one of ours."""
    try:
        header = json.loads(raw)
    except ValueError:
        header = None
    if not isinstance(header, dict) or HEADER_TAG not in header:
        raise KeyringError.damaged(key, "its header is missing or unreadable")
    if header[HEADER_TAG] != FORMAT_VERSION:
        raise KeyringError.damaged(key, "it was saved in a format this version does not know")
    length, sha = header.get("len"), header.get("sha256")
    ok = _is_count(length) and length >= 0 and isinstance(sha, str) and _SHA.fullmatch(sha) is not None
    if ok and "value" in header:
        ok = isinstance(header["value"], str)
    elif ok:
        count, gen = header.get("chunks"), header.get("gen")
        ok = (
            _is_count(count)
            and 1 <= count <= MAX_CHUNKS
            and isinstance(gen, str)
            and _GEN.fullmatch(gen) is not None
        )
    if not ok:
        raise KeyringError.damaged(key, "its header is missing or unreadable")
    return header


def parse_journal(raw: str | None) -> dict[str, dict[str, Any]]:
    """The journalled generations; an unreadable journal counts as empty (it is only a list)."""
    try:
        gens = json.loads(raw)["gens"] if raw else {}
    except (ValueError, TypeError, KeyError):
        return {}
    if not isinstance(gens, dict):
        return {}
    return {
        g: e
        for g, e in gens.items()
        if isinstance(g, str) and _GEN.fullmatch(g) and isinstance(e, dict)
        and _is_count(e.get("n")) and 1 <= e["n"] <= MAX_CHUNKS
    }


def journal_entry(count: int) -> dict[str, Any]:
    return {"n": count, "pid": os.getpid(), "at": time.time()}


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would send Ctrl-C on Windows; rely on the age alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def in_flight(entry: dict[str, Any], now: float | None = None) -> bool:
    """True when another live process may still be writing this generation."""
    pid, at = entry.get("pid"), entry.get("at")
    if not _is_count(pid) or pid == os.getpid() or not isinstance(at, int | float):
        return False
    fresh = ((now if now is not None else time.time()) - at) < IN_FLIGHT_SECONDS
    return fresh and _pid_alive(pid)
