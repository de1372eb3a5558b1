"""Chunk integrity and tamper detection of the "don't remember secrets" store (MemoryStore).

The same chunked layout and checks as on the OS keyring (tests/integration/test_store_keyring.py
runs them against the real Secret Service): these run everywhere, without D-Bus, so a machine
without gnome-keyring still checks them.
"""

from __future__ import annotations

import hashlib
import json
import secrets

import pytest

from wizard.storage.secrets import KeyringError, MemoryStore

SERVICE = "memory"


def six_kb() -> str:
    return secrets.token_urlsafe(4608)  # 6,144 characters: 7 chunks of at most 1,000 units


def header(store: MemoryStore, key: str) -> dict:
    return json.loads(store.backend.get_password(SERVICE, key))


def damaged(store: MemoryStore, key: str) -> str:
    with pytest.raises(KeyringError) as info:
        store.get(key)
    assert info.value.code == "keyring.damaged"
    assert "Sign in again to replace it" in info.value.render()
    return str(info.value)


def test_a_long_value_is_chunked_with_a_checksum_and_round_trips() -> None:
    store = MemoryStore()
    value = six_kb()
    store.put("big", value)
    head = header(store, "big")
    assert (head["chunks"], head["len"]) == (7, 6144)
    assert head["sha256"] == hashlib.sha256(value.encode()).hexdigest()
    assert "value" not in head
    assert store.get("big") == value


def test_a_missing_chunk_is_detected() -> None:
    store = MemoryStore()
    value = six_kb()
    store.put("k", value)
    store.backend.delete_password(SERVICE, f"k#{header(store, 'k')['gen']}.3")
    text = damaged(store, "k")
    assert "part 3 of 7 is missing" in text
    assert value[:1000] not in text


def test_a_tampered_chunk_is_detected() -> None:
    store = MemoryStore()
    store.put("k", six_kb())
    key = f"k#{header(store, 'k')['gen']}.2"
    original = store.backend.get_password(SERVICE, key)
    store.backend.set_password(SERVICE, key, ("A" if original[0] != "A" else "B") + original[1:])
    assert "does not match its checksum" in damaged(store, "k")
    store.backend.set_password(SERVICE, key, original[:-10])
    assert "wrong length" in damaged(store, "k")
    store.backend.set_password(SERVICE, key, original)
    assert store.get("k")


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        (lambda h: h | {"chunks": h["chunks"] + 1}, "part 8 of 8 is missing"),
        (lambda h: h | {"sha256": "0" * 64}, "checksum"),
        (lambda h: h | {"len": h["len"] + 1}, "wrong length"),
        (lambda h: {k: v for k, v in h.items() if k != "gen"}, "header is missing or unreadable"),
        (lambda h: "a-plain-value-written-by-someone-else", "header is missing or unreadable"),
    ],
)
def test_a_wrong_header_is_detected_and_can_be_replaced(change, phrase: str) -> None:
    store = MemoryStore()
    store.put("k", six_kb())
    changed = change(header(store, "k"))
    store.backend.set_password(SERVICE, "k", changed if isinstance(changed, str) else json.dumps(changed))
    assert phrase in damaged(store, "k")
    store.put("k", "fresh")
    assert store.get("k") == "fresh"
