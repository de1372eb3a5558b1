"""The secret store's backend policy and a round trip through the real Secret Service."""

from __future__ import annotations

import secrets

import pytest
from keyring.backends import fail, null

from wizard.paths import profile
from wizard.store import KeyringError, SecretStore, check_backend


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
