"""The secret store's backend policy and a round trip through the real Secret Service."""

from __future__ import annotations

import json
import secrets

import pytest
from keyring.backends import fail, null

from wizard.core.paths import profile
from wizard.storage.secrets import (
    MIN_CHUNK_UNITS,
    KeyringError,
    MemoryStore,
    SecretSet,
    SecretStore,
    TokenRecord,
    check_backend,
    open_store,
    utf16_units,
)


def test_refuses_backends_that_do_not_really_store() -> None:
    for backend in (fail.Keyring(), null.Keyring()):
        with pytest.raises(KeyringError) as info:
            check_backend(backend)
        text = str(info.value)
        assert "No secure place" in text and "Secret Service" in text


def test_refuses_plaintext_backend() -> None:
    plaintext = pytest.importorskip("keyrings.alt.file")
    with pytest.raises(KeyringError):
        check_backend(plaintext.PlaintextKeyring())


@pytest.mark.keyring
def test_round_trip_through_real_secret_service(secret_service) -> None:
    assert "SecretService" in check_backend(secret_service)
    store = SecretStore(profile(demo=True), backend=secret_service)
    value = secrets.token_urlsafe(3000)  # ~4 KB: larger than Windows' 2,560-byte blob limit
    store.put("roundtrip", value)
    assert store.get("roundtrip") == value
    store.delete("roundtrip")
    assert store.get("roundtrip") is None


@pytest.mark.keyring
def test_demo_and_real_profiles_are_apart(secret_service) -> None:
    demo = SecretStore(profile(demo=True), backend=secret_service)
    real = SecretStore(profile(demo=False), backend=secret_service)
    assert demo.service != real.service
    demo.put("k", "demo-value")
    try:
        assert real.get("k") is None
    finally:
        demo.delete("k")


# ----------------------------------------------------------------------------- no keyring needed
def test_dont_remember_choice_bypasses_the_backend_policy() -> None:
    p = profile(demo=True)
    with pytest.raises(KeyringError) as info:
        open_store(p, remember=True, backend=fail.Keyring())
    assert info.value.code == "keyring.unusable"
    store = open_store(p, remember=False)
    assert isinstance(store, MemoryStore) and store.remembers is False
    assert SecretStore.remembers is True


def test_memory_store_has_the_same_chunked_format_and_forgets_with_the_instance() -> None:
    store = MemoryStore(profile(demo=True))
    value = secrets.token_urlsafe(3000)  # 4,000 characters: four chunks
    store.put("k", value)
    assert store.get("k") == value
    header = json.loads(store.backend.get_password(store.service, "k"))
    assert header["chunks"] == 4 and header["len"] == 4000
    assert MemoryStore(profile(demo=True)).get("k") is None  # a new run starts empty
    store.put("k", "short")
    assert store.get("k") == "short"
    assert store.backend.get_password(store.service, f"k#{header['gen']}.1") is None
    store.delete("k")
    assert store.get("k") is None


def test_chunks_count_utf16_units_and_never_split_a_surrogate_pair() -> None:
    store = MemoryStore(chunk_units=MIN_CHUNK_UNITS)
    value = "a" + "\U0001f511" * 1000  # odd offset: a naive split would cut a pair in half
    store.put("k", value)
    header = json.loads(store.backend.get_password(store.service, "k"))
    parts = [
        store.backend.get_password(store.service, f"k#{header['gen']}.{n}")
        for n in range(1, header["chunks"] + 1)
    ]
    assert all(utf16_units(p) <= MIN_CHUNK_UNITS for p in parts)
    assert all(p.encode("utf-16-le").decode("utf-16-le") == p for p in parts)
    assert "".join(parts) == value and store.get("k") == value
    assert utf16_units("\U0001f511") == 2 and utf16_units("é") == 1


def test_invalid_keys_ids_and_budgets_are_refused() -> None:
    store = MemoryStore()
    for key in ("", "a#1.2", "x" * 201):
        with pytest.raises(ValueError):
            store.put(key, "v")
    for tenant, org in (("a/b", "org"), ("tenant", "o#1"), ("", "org"), ("tenant", "../x")):
        with pytest.raises(ValueError):
            SecretSet(store, tenant, org)
    with pytest.raises(ValueError):
        MemoryStore(chunk_units=MIN_CHUNK_UNITS - 1)
    with pytest.raises(TypeError):
        store.put("k", b"bytes")  # type: ignore[arg-type]


def test_token_record_never_shows_the_token() -> None:
    from wizard.webex.token import WebexToken

    secret = "Zm9vYmFyYmF6" * 6 + "_P0A1_" + "0b0d6c2e-8e24-4a68-9a3f-5d0f4ad5d3c1"
    webex = WebexToken(secret, "Bearer", 3887999, captured_at=1_700_000_000.0)
    record = TokenRecord.from_webex(webex)
    assert (record.token, record.captured_at, record.expires_at) == (
        secret,
        1_700_000_000.0,
        1_700_000_000.0 + 3887999,
    )
    assert secret not in repr(record) and secret not in str(record)
    assert TokenRecord.from_json("k", record.to_json()) == record
    with pytest.raises(KeyringError) as info:
        TokenRecord.from_json("k", '{"token": "x"}')
    assert info.value.code == "keyring.damaged"


def test_every_keyring_error_says_what_why_and_what_to_do() -> None:
    errors = [
        KeyringError.unusable("keyring.backends.fail.Keyring"),
        KeyringError.locked(),
        KeyringError.unavailable("FileNotFoundError: [Errno 2] No such file or directory"),
        KeyringError.write_failed("PasswordSetError: limit of 2560 bytes"),
        KeyringError.damaged("v1/index", "part 2 of 3 is missing"),
    ]
    for err in errors:
        lines = err.render().splitlines()
        assert len(lines) == 3 and all(lines), err.code
        assert "{" not in err.render()  # every parameter was filled in
    assert "Sign in again" in errors[-1].render()


# ----------------------------------------------------------------------------- allow-list
def test_a_renamed_plaintext_subclass_is_refused() -> None:
    plaintext = pytest.importorskip("keyrings.alt.file")

    class TotallySecureKeyring(plaintext.PlaintextKeyring):
        pass

    with pytest.raises(KeyringError) as info:
        check_backend(TotallySecureKeyring())
    assert info.value.code == "keyring.unusable"


def test_a_subclass_of_an_allowed_backend_is_refused_too() -> None:
    from keyring.backends import SecretService

    class Lookalike(SecretService.Keyring):
        pass

    Lookalike.__module__ = "keyring.backends.SecretService"
    Lookalike.__qualname__ = "Keyring"
    with pytest.raises(KeyringError):
        check_backend(Lookalike())


def test_a_chainer_with_a_plaintext_backend_is_refused(monkeypatch) -> None:
    plaintext = pytest.importorskip("keyrings.alt.file")
    from keyring.backends import SecretService, chainer

    chain = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [SecretService.Keyring(), plaintext.PlaintextKeyring()])
    with pytest.raises(KeyringError):
        check_backend(chain)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [SecretService.Keyring()])
    assert check_backend(chain) == "keyring.backends.SecretService.Keyring"


@pytest.mark.parametrize(
    "configured",
    ["keyrings.alt.file.EncryptedKeyring", "keyrings.alt.pyfs.PlaintextKeyring", "no.such.Module"],
)
def test_a_backend_that_cannot_load_is_the_same_clear_message(monkeypatch, configured: str) -> None:
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", configured)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    try:
        with pytest.raises(KeyringError) as info:
            open_store(profile(demo=True))
    finally:
        monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    assert info.value.code == "keyring.unusable"
    assert "No secure place" in str(info.value)


def test_keyrings_own_chainer_is_narrowed_to_its_os_encrypted_backend(monkeypatch) -> None:
    """A plaintext backend installed beside the Secret Service never receives a secret, even
    when the Secret Service fails (the chainer would fall back to the next backend)."""
    plaintext = pytest.importorskip("keyrings.alt.file")
    import keyring
    from keyring.backends import SecretService, chainer

    from wizard.storage.keyring_backend import default_backend

    monkeypatch.setattr(chainer.ChainerBackend, "backends", [SecretService.Keyring(), plaintext.PlaintextKeyring()])
    monkeypatch.setattr(keyring, "get_keyring", lambda: chainer.ChainerBackend())
    assert type(default_backend()) is SecretService.Keyring
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext.PlaintextKeyring()])
    with pytest.raises(KeyringError):
        open_store(profile(demo=True))
