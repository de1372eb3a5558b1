"""The secret store against the real Secret Service (gnome-keyring on a private D-Bus).

What is checked is what lands in the keyring: entries are listed with ``secretstorage`` straight
from the collection, not through the store, so chunk layout, leftovers and sizes are facts.
Windows' 2,560-byte CredWrite limit is simulated by :class:`CredWriteLimit`, a wrapper around the
real backend that refuses oversize values exactly as keyring's Windows backend surfaces it.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import keyring.errors
import msal
import pytest
import secretstorage
from jeepney import DBusAddress, new_method_call
from keyring.backends import null
from secretstorage.util import format_secret, open_session

from wizard.core.http import make_session
from wizard.core.logs import redact
from wizard.core.paths import Profile
from wizard.demo import Demo, seed_configured_secrets
from wizard.entra.auth import GraphAuth
from wizard.simulator import Simulator
from wizard.simulator.entra.forms import authorize
from wizard.storage.secrets import (
    DEFAULT_CHUNK_UNITS,
    KeyringError,
    MemoryStore,
    SecretSet,
    SecretStore,
    TokenRecord,
    known_pairs,
    load_msal_cache,
    open_store,
    save_msal_cache,
)

pytestmark = pytest.mark.keyring

ROOT = Path(__file__).resolve().parents[2]
#: The password the secret_service fixture unlocks gnome-keyring with (tests/conftest.py).
KEYRING_PASSWORD = b"wizard-test-keyring"
WINDOWS_BLOB_LIMIT = 2560


class CredWriteLimit:
    """The real backend, refusing values whose UTF-16 form exceeds Windows' credential blob.

    keyring's Windows backend writes the password as UTF-16 and CredWrite fails with error 1783
    beyond CRED_MAX_CREDENTIAL_BLOB_SIZE (docs/desktop.md#secret-storage); keyring raises that as a
    PasswordSetError. Not a keyring backend subclass, so keyring never auto-selects it.
    """

    def __init__(self, inner) -> None:  # noqa: ANN001 - any keyring backend
        self.inner = inner
        self.sizes: list[int] = []

    def set_password(self, service: str, username: str, password: str) -> None:
        size = len(password.encode("utf-16-le"))
        if size > WINDOWS_BLOB_LIMIT:
            raise keyring.errors.PasswordSetError(
                "(1783, 'CredWrite', 'The stub received bad data.') - the password encoded as "
                f"UTF-16 is {size} bytes, longer than the platform limit of 2560 bytes"
            )
        self.sizes.append(size)
        self.inner.set_password(service, username, password)

    def get_password(self, service: str, username: str) -> str | None:
        return self.inner.get_password(service, username)

    def delete_password(self, service: str, username: str) -> None:
        self.inner.delete_password(service, username)


# ------------------------------------------------------------------------------ helpers
@pytest.fixture
def test_profile(tmp_path: Path) -> Profile:
    """A profile with its own keyring service, so tests sharing the keyring never meet."""
    return Profile("test", tmp_path / "data", tmp_path / "logs", f"wizard-test-{uuid.uuid4().hex[:12]}")


def entries(service: str) -> dict[str, str]:
    """Every item of *service* in the real default collection: username -> stored text."""
    with closing(secretstorage.dbus_init()) as conn:
        collection = secretstorage.get_default_collection(conn)
        return {
            item.get_attributes()["username"]: item.get_secret().decode("utf-8")
            for item in collection.search_items({"service": service})
        }


def header(service: str, key: str) -> dict:
    return json.loads(entries(service)[key])


@contextmanager
def locked_keyring() -> Iterator[None]:
    """Lock the default collection for real; unlock it afterwards without a prompter.

    Locking is plain Secret Service. Unlocking normally needs a GUI prompt, which does not exist
    on the private bus, so it uses gnome-keyring's own UnlockWithMasterPassword call.
    """
    with closing(secretstorage.dbus_init()) as conn:
        collection = secretstorage.get_default_collection(conn)
        collection.lock()
        assert collection.is_locked()
        try:
            yield
        finally:
            session = open_session(conn)
            address = DBusAddress(
                "/org/freedesktop/secrets",
                bus_name="org.freedesktop.secrets",
                interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
            )
            conn.send_and_get_reply(
                new_method_call(
                    address,
                    "UnlockWithMasterPassword",
                    "o(oayays)",
                    (collection.collection_path, format_secret(session, KEYRING_PASSWORD, "text/plain")),
                )
            )
            assert not collection.is_locked()


def six_kb() -> str:
    return secrets.token_urlsafe(4608)  # 6,144 characters


# ------------------------------------------------------------------------------ chunking
def test_6kb_secret_round_trips_through_chunks(secret_service, test_profile: Profile) -> None:
    store = SecretStore(test_profile, backend=secret_service)
    value = six_kb()
    assert len(value) == 6144
    store.put("big", value)
    assert store.get("big") == value

    stored = entries(test_profile.keyring_service)
    head = json.loads(stored["big"])
    assert head["wizard-secret"] == 1 and head["chunks"] == 7 and head["len"] == 6144
    assert head["sha256"] == hashlib.sha256(value.encode()).hexdigest()
    assert "value" not in head  # the header holds no part of the secret
    chunk_keys = [f"big#{head['gen']}.{n}" for n in range(1, 8)]
    assert sorted(stored) == sorted(["big", *chunk_keys])
    assert "".join(stored[k] for k in chunk_keys) == value
    assert all(len(stored[k]) <= DEFAULT_CHUNK_UNITS for k in chunk_keys)


def test_short_value_is_one_entry(secret_service, test_profile: Profile) -> None:
    store = SecretStore(test_profile, backend=secret_service)
    store.put("small", "org-12345")
    stored = entries(test_profile.keyring_service)
    assert list(stored) == ["small"]
    assert json.loads(stored["small"])["value"] == "org-12345"
    assert store.get("small") == "org-12345"
    assert store.get("absent") is None


def test_simulated_windows_limit_forces_chunking_and_still_round_trips(
    secret_service, test_profile: Profile
) -> None:
    limited = CredWriteLimit(secret_service)
    # The limit is real: a plain write of a JWT-sized value fails as CredWrite does.
    with pytest.raises(keyring.errors.PasswordSetError, match="2560 bytes"):
        limited.set_password(test_profile.keyring_service, "plain", "x" * 1281)

    store = SecretStore(test_profile, backend=limited)
    # Non-BMP characters take four bytes in UTF-16: the budget must count them twice.
    value = secrets.token_urlsafe(2400) + "\U0001f511" * 700 + "é" * 300
    assert len(value.encode("utf-16-le")) > 2 * WINDOWS_BLOB_LIMIT
    store.put("jwt", value)
    assert store.get("jwt") == value

    stored = entries(test_profile.keyring_service)
    assert len(stored) > 3  # header + several chunks
    for key, text in stored.items():
        assert len(text.encode("utf-16-le")) <= WINDOWS_BLOB_LIMIT, key
    assert limited.sizes and max(limited.sizes) <= WINDOWS_BLOB_LIMIT


def test_budget_over_the_backend_limit_fails_cleanly_and_keeps_the_old_value(
    secret_service, test_profile: Profile
) -> None:
    limited = CredWriteLimit(secret_service)
    SecretStore(test_profile, backend=limited).put("k", "old-value")
    too_big = SecretStore(test_profile, backend=limited, chunk_units=2000)  # 4,000 bytes a chunk
    value = six_kb()
    with pytest.raises(KeyringError) as info:
        too_big.put("k", value)
    err = info.value
    assert err.code == "keyring.write_failed"
    assert "2560" in str(err) and "previously saved secret" in str(err)
    assert value not in str(err) and value[:40] not in repr(err)
    assert err.__cause__ is None and err.__suppress_context__
    assert list(entries(test_profile.keyring_service)) == ["k"]  # no half-written generation
    assert too_big.get("k") == "old-value"


def test_overwrite_long_with_short_leaves_no_stale_chunks(
    secret_service, test_profile: Profile
) -> None:
    store = SecretStore(test_profile, backend=secret_service)
    store.put("k", six_kb())
    first_gen = header(test_profile.keyring_service, "k")["gen"]
    second = six_kb()
    store.put("k", second)
    head = header(test_profile.keyring_service, "k")
    assert head["gen"] != first_gen
    assert sorted(entries(test_profile.keyring_service)) == sorted(
        ["k", *(f"k#{head['gen']}.{n}" for n in range(1, 8))]
    )
    assert store.get("k") == second
    store.put("k", "short")
    assert list(entries(test_profile.keyring_service)) == ["k"]
    assert store.get("k") == "short"
    store.put("k", six_kb())
    store.delete("k")
    assert entries(test_profile.keyring_service) == {}
    assert store.get("k") is None


CRASH_SCRIPT = """
import os, signal, sys
from pathlib import Path
from keyring.backends import SecretService
from wizard.core.paths import Profile
from wizard.storage.secrets import SecretStore

service, key, value_file, crash_at = sys.argv[1:5]


class CrashingBackend:
    # The real backend; the process dies (SIGKILL) at the chosen call, as in a power cut.

    def __init__(self):
        self.inner = SecretService.Keyring()
        self.chunk_writes = 0

    def set_password(self, service, username, password):
        if "#" in username:
            self.chunk_writes += 1
            if crash_at == "second-chunk" and self.chunk_writes == 2:
                os.kill(os.getpid(), signal.SIGKILL)
        elif crash_at == "header":
            os.kill(os.getpid(), signal.SIGKILL)
        self.inner.set_password(service, username, password)

    def get_password(self, service, username):
        return self.inner.get_password(service, username)

    def delete_password(self, service, username):
        if crash_at == "cleanup":
            os.kill(os.getpid(), signal.SIGKILL)
        self.inner.delete_password(service, username)


profile = Profile("test", Path("."), Path("."), service)
SecretStore(profile, backend=CrashingBackend()).put(key, Path(value_file).read_text())
"""


@pytest.mark.parametrize(
    ("crash_at", "survivor"),
    [("second-chunk", "old"), ("header", "old"), ("cleanup", "new")],
)
def test_a_crash_during_put_never_leaves_a_partial_value(
    secret_service, test_profile: Profile, tmp_path: Path, crash_at: str, survivor: str
) -> None:
    store = SecretStore(test_profile, backend=secret_service)
    old, new = six_kb(), six_kb()
    store.put("k", old)
    value_file = tmp_path / "value.txt"  # not on the command line, where `ps` would show it
    value_file.write_text(new)
    run = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, test_profile.keyring_service, "k", str(value_file), crash_at],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == -9, run.stderr
    assert store.get("k") == (old if survivor == "old" else new)
    # The next write is normal and cleans up what it knows about.
    store.put("k", "after")
    assert store.get("k") == "after"


class ReadsBackWrong(CredWriteLimit):
    """A backend that silently stores something else than it was given (truncates chunks)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        self.inner.set_password(service, username, password[:-1] if "#" in username else password)


def test_chunks_are_verified_before_the_header_switches(secret_service, test_profile: Profile) -> None:
    SecretStore(test_profile, backend=secret_service).put("k", "old-value")
    store = SecretStore(test_profile, backend=ReadsBackWrong(secret_service))
    with pytest.raises(KeyringError) as info:
        store.put("k", six_kb())
    assert info.value.code == "keyring.write_failed" and "read back differently" in str(info.value)
    assert list(entries(test_profile.keyring_service)) == ["k"]
    assert store.get("k") == "old-value"


def _killed_write(service: str, key: str, value: str, crash_at: str, tmp_path: Path) -> None:
    value_file = tmp_path / f"value-{uuid.uuid4().hex[:6]}.txt"
    value_file.write_text(value)
    run = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, service, key, str(value_file), crash_at],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == -9, run.stderr


def secret_tool_items(service: str) -> str:
    """What ``secret-tool search`` finds for *service* on the real Secret Service ("" = none)."""
    import shutil

    if shutil.which("secret-tool") is None:
        return "\n".join(entries(service))
    found = subprocess.run(
        ["secret-tool", "search", "--all", "service", service],
        capture_output=True, text=True, timeout=30, env=dict(os.environ),
    )
    return (found.stdout + found.stderr).strip()


def test_the_next_write_removes_chunks_a_killed_write_left(
    secret_service, test_profile: Profile, tmp_path: Path
) -> None:
    store = SecretStore(test_profile, backend=secret_service)
    store.put("k", six_kb())
    _killed_write(test_profile.keyring_service, "k", six_kb(), "header", tmp_path)
    assert len(entries(test_profile.keyring_service)) > 1 + 7  # the old value + orphans
    store.put("k", "short")
    assert list(entries(test_profile.keyring_service)) == ["k"]


def test_forget_after_killed_chunked_writes_leaves_no_item(
    secret_service, test_profile: Profile, tmp_path: Path
) -> None:
    service = test_profile.keyring_service
    store = SecretStore(test_profile, backend=secret_service)
    pair = SecretSet(store, "tenant-1", "org-1")
    pair.save(tenant_url="https://api.ciscospark.com/v1/scim/org-1")
    msal_key = "v1/tenant/tenant-1/msal-cache"
    store.put(msal_key, six_kb())
    for crash_at in ("second-chunk", "header", "cleanup"):
        _killed_write(service, msal_key, six_kb(), crash_at, tmp_path)
    assert any("#" in name for name in entries(service))
    pair.forget()
    assert entries(service) == {}
    assert secret_tool_items(service) == ""


def test_forget_everything_removes_a_sign_in_saved_before_any_org(
    secret_service, test_profile: Profile
) -> None:
    """Setup stopped after the Microsoft sign-in: a refresh token is saved, no pair is. Forget
    (without --profile) must still leave nothing of ours."""
    from wizard.storage.secrets import forget_everything, known_tenants

    store = SecretStore(test_profile, backend=secret_service)
    store.put("v1/tenant/tenant-2/msal-cache", six_kb())  # as save_msal_cache writes it
    from wizard.storage.index import index_update

    index_update(store, add_tenant="tenant-2")
    SecretSet(store, "tenant-1", "org-1").save(tenant_url="https://api.ciscospark.com/v1/scim/org-1")
    assert known_tenants(store) == ["tenant-2"] and known_pairs(store)
    forget_everything(store)
    assert entries(test_profile.keyring_service) == {}


def test_saving_a_sign_in_lists_its_tenant_for_forget(secret_service, test_profile: Profile) -> None:
    from wizard.storage.secrets import known_tenants

    store = SecretStore(test_profile, backend=secret_service)
    cache = msal.SerializableTokenCache()
    cache.has_state_changed = True
    assert save_msal_cache(store, "Tenant-3", cache)
    assert known_tenants(store) == ["tenant-3"]
    from wizard.storage.secrets import forget_msal_cache

    forget_msal_cache(store, "tenant-3")
    assert entries(test_profile.keyring_service) == {}


# ------------------------------------------------------------------------------ damage
def _damaged(store: SecretStore, key: str) -> KeyringError:
    with pytest.raises(KeyringError) as info:
        store.get(key)
    err = info.value
    assert err.code == "keyring.damaged"
    assert "Sign in again to replace it" in err.render()
    return err


def test_missing_chunk_is_detected_and_reported(secret_service, test_profile: Profile) -> None:
    service = test_profile.keyring_service
    store = SecretStore(test_profile, backend=secret_service)
    value = six_kb()
    store.put("k", value)
    gen = header(service, "k")["gen"]
    secret_service.delete_password(service, f"k#{gen}.3")
    err = _damaged(store, "k")
    assert "part 3 of 7 is missing" in str(err)
    assert value[:1000] not in str(err) and value[2000:3000] not in str(err)


def test_tampered_chunk_is_detected(secret_service, test_profile: Profile) -> None:
    service = test_profile.keyring_service
    store = SecretStore(test_profile, backend=secret_service)
    store.put("k", six_kb())
    gen = header(service, "k")["gen"]
    original = secret_service.get_password(service, f"k#{gen}.2")
    flipped = ("A" if original[0] != "A" else "B") + original[1:]  # same length, other content
    secret_service.set_password(service, f"k#{gen}.2", flipped)
    assert "does not match its checksum" in str(_damaged(store, "k"))
    secret_service.set_password(service, f"k#{gen}.2", original[:-10])
    assert "wrong length" in str(_damaged(store, "k"))
    secret_service.set_password(service, f"k#{gen}.2", original)
    assert store.get("k")  # restored: whole again


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        (lambda h: h | {"chunks": h["chunks"] - 1}, "wrong length"),
        (lambda h: h | {"chunks": h["chunks"] + 1}, "part 8 of 8 is missing"),
        (lambda h: h | {"sha256": "0" * 64}, "checksum"),
        (lambda h: h | {"len": h["len"] + 1}, "wrong length"),
        (lambda h: h | {"wizard-secret": 2}, "format this version does not know"),
        (lambda h: {k: v for k, v in h.items() if k != "gen"}, "header is missing or unreadable"),
        (lambda h: h | {"chunks": "7"}, "header is missing or unreadable"),
        (lambda h: "not json {", "header is missing or unreadable"),
        (lambda h: "a-plain-value-written-by-someone-else", "header is missing or unreadable"),
    ],
)
def test_wrong_manifest_is_detected(secret_service, test_profile: Profile, change, phrase: str) -> None:
    service = test_profile.keyring_service
    store = SecretStore(test_profile, backend=secret_service)
    store.put("k", six_kb())
    changed = change(header(service, "k"))
    secret_service.set_password(service, "k", changed if isinstance(changed, str) else json.dumps(changed))
    assert phrase in str(_damaged(store, "k"))
    # A damaged entry never blocks replacing it ("sign in again"): put works, get is whole.
    store.put("k", "fresh")
    assert store.get("k") == "fresh"


# ------------------------------------------------------------------------------ entry sets
def _token(tag: str) -> TokenRecord:
    return TokenRecord(f"{tag}{secrets.token_urlsafe(40)}_P0A1_{uuid.uuid4()}", 1_700_000_000.0, 1_703_888_000.0)


def test_two_pairs_stay_apart_and_the_index_lists_them(secret_service, test_profile: Profile) -> None:
    store = SecretStore(test_profile, backend=secret_service)
    tenant_a, tenant_b = str(uuid.uuid4()), str(uuid.uuid4())
    org_1, org_2 = str(uuid.uuid4()).upper(), str(uuid.uuid4())
    sets = {
        (tenant_a, org_1): SecretSet(store, tenant_a, org_1),
        (tenant_a, org_2): SecretSet(store, tenant_a, org_2),
        (tenant_b, org_1): SecretSet(store, tenant_b, org_1),
    }
    tokens = {ids: _token(f"t{i}") for i, ids in enumerate(sets)}
    for ids, secret_set in sets.items():
        secret_set.save(token=tokens[ids], tenant_url=f"https://api.example/v1/scim/{ids[1]}")

    for ids in sets:
        loaded = SecretSet(store, *ids).load()
        assert loaded.token == tokens[ids]
        assert loaded.org_id == ids[1]  # as given (case kept); keys use the folded form
        assert loaded.tenant_url == f"https://api.example/v1/scim/{ids[1]}"
    assert [(p.tenant_id, p.org_id) for p in known_pairs(store)] == [
        (t.lower(), o.lower()) for t, o in sets
    ]
    assert all(p.saved_at.endswith("Z") for p in known_pairs(store))
    # Same tenant, another org: nothing of org_1's set is visible there.
    assert SecretSet(store, tenant_b, org_2).load().token is None
    # The webex token record is JSON with capture time and expiry.
    record = json.loads(store.get(sets[(tenant_a, org_1)].key("webex-token")))
    assert record == {
        "token": tokens[(tenant_a, org_1)].token,
        "captured_at": 1_700_000_000.0,
        "expires_at": 1_703_888_000.0,
    }
    assert tokens[(tenant_a, org_1)].token not in repr(SecretSet(store, tenant_a, org_1).load())
    # Saving a pair again updates it in place instead of listing it twice.
    sets[(tenant_a, org_1)].save(tenant_url="https://api.example/moved")
    assert len(known_pairs(store)) == 3
    assert SecretSet(store, tenant_a, org_1).tenant_url() == "https://api.example/moved"


def test_forget_removes_every_entry_of_a_pair(secret_service, test_profile: Profile) -> None:
    service = test_profile.keyring_service
    store = SecretStore(test_profile, backend=secret_service)
    tenant, org_1, org_2 = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    first, second = SecretSet(store, tenant, org_1), SecretSet(store, tenant, org_2)
    first.save(token=TokenRecord(six_kb(), 1.0, 2.0), tenant_url="https://a")  # chunked token
    second.save(token=_token("x"), tenant_url="https://b")
    cache = load_msal_cache(store, tenant)
    cache.deserialize(json.dumps({"AccessToken": {}, "Account": {}}))
    cache.has_state_changed = True
    assert save_msal_cache(store, tenant, cache)

    first.forget()
    left = entries(service)
    assert not [k for k in left if k.startswith(f"v1/pair/{tenant}/{org_1}/")]
    assert f"v1/pair/{tenant}/{org_2}/webex-token" in left
    assert f"v1/tenant/{tenant}/msal-cache" in left  # org_2 of the same tenant still needs it
    assert [(p.tenant_id, p.org_id) for p in known_pairs(store)] == [(tenant, org_2)]
    assert first.load().token is None and second.load().token is not None

    second.forget()
    assert entries(service) == {}
    assert known_pairs(store) == []


# ------------------------------------------------------------------------------ MSAL cache
def test_msal_cache_persists_in_the_keyring_under_the_windows_limit(
    secret_service, test_profile: Profile, simulator: Simulator, endpoints
) -> None:
    store = SecretStore(test_profile, backend=CredWriteLimit(secret_service))
    tenant = simulator.state.tenant_id
    cache = load_msal_cache(store, tenant)
    auth = GraphAuth(endpoints, make_session(endpoints.ca_bundle), cache)
    flow = auth.begin_embedded()
    signed_in = auth.finish_embedded(flow, authorize(simulator.ca_file, flow.auth_uri))
    assert signed_in.tenant_id == tenant

    assert save_msal_cache(store, tenant, auth.cache) is True
    assert save_msal_cache(store, tenant, auth.cache) is False  # unchanged: no write
    key = f"v1/tenant/{tenant}/msal-cache"
    stored = entries(test_profile.keyring_service)
    assert json.loads(stored[key]).get("chunks", 1) >= 2  # a real cache needs chunking on Windows
    assert all(len(v.encode("utf-16-le")) <= WINDOWS_BLOB_LIMIT for v in stored.values())

    # A later run: the cache comes back from the keyring and signs in without the network.
    posts = sum(1 for m, p, _ in simulator.requests_seen if m == "POST" and p.endswith("/token"))
    again = GraphAuth(endpoints, make_session(endpoints.ca_bundle), load_msal_cache(store, tenant))
    silent = again.acquire_silent()
    assert silent is not None and silent.access_token == signed_in.access_token
    assert sum(1 for m, p, _ in simulator.requests_seen if m == "POST" and p.endswith("/token")) == posts
    # Loading registered the cached tokens: they are masked in any later log line.
    assert signed_in.access_token not in redact(f"oops {signed_in.access_token}")


def test_failed_cache_write_keeps_the_change_pending(secret_service, test_profile: Profile) -> None:
    store = SecretStore(test_profile, backend=secret_service)
    tenant = str(uuid.uuid4())
    cache = load_msal_cache(store, tenant)
    cache.deserialize(json.dumps({"AccessToken": {}}))
    cache.has_state_changed = True
    with locked_keyring(), pytest.raises(KeyringError):
        save_msal_cache(store, tenant, cache)
    assert cache.has_state_changed  # the next save retries instead of losing the change
    assert save_msal_cache(store, tenant, cache) is True


# ------------------------------------------------------------------------------ policy
def test_locked_keyring_asks_to_unlock(secret_service, test_profile: Profile) -> None:
    store = SecretStore(test_profile, backend=secret_service)
    value = six_kb()
    store.put("k", value)
    with locked_keyring():
        for call in (lambda: store.get("k"), lambda: store.put("k", "new"), lambda: store.delete("k")):
            with pytest.raises(KeyringError) as info:
                call()
            assert info.value.code == "keyring.locked" and info.value.transient
            assert "Unlock your keyring" in str(info.value)
            assert "Traceback" not in str(info.value)
    assert store.get("k") == value  # nothing was lost or half-written while locked


def test_unreachable_keyring_is_a_clear_error(
    secret_service, test_profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SecretStore(test_profile, backend=secret_service)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")
    value = six_kb()
    with pytest.raises(KeyringError) as info:
        store.put("k", value)
    assert info.value.code == "keyring.unavailable" and info.value.transient
    assert "did not answer" in str(info.value) and "Don't remember secrets" in str(info.value)
    assert value[:100] not in str(info.value)


def test_dont_remember_secrets_end_to_end(secret_service, test_profile: Profile) -> None:
    """A run with "don't remember" works fully, writes nothing to the keyring, leaves nothing."""
    script = """
import sys
from pathlib import Path
from wizard.core.paths import Profile
from wizard.storage.secrets import SecretSet, TokenRecord, known_pairs, open_store
profile = Profile("test", Path(sys.argv[1]), Path(sys.argv[1]), sys.argv[2])
store = open_store(profile, remember=False)
assert store.remembers is False
token = TokenRecord("tok-" + "x" * 5000, 1.0, 2.0)
SecretSet(store, "tenant-1", "org-1").save(token=token, tenant_url="https://t")
assert SecretSet(store, "tenant-1", "org-1").webex_token() == token
assert [(p.tenant_id, p.org_id) for p in known_pairs(store)] == [("tenant-1", "org-1")]
print("ok")
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-c", script, str(test_profile.data_dir), test_profile.keyring_service],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr
    # Nothing reached the OS keyring, and the next run (repair) finds nothing: it asks again.
    assert entries(test_profile.keyring_service) == {}
    assert SecretSet(SecretStore(test_profile, backend=secret_service), "tenant-1", "org-1").webex_token() is None
    assert known_pairs(MemoryStore(test_profile)) == []
    # The choice is what makes an unusable keyring acceptable; without it, it is refused.
    assert open_store(test_profile, remember=False).remembers is False
    with pytest.raises(KeyringError) as info:
        open_store(test_profile, remember=True, backend=null.Keyring())
    assert "Don't remember secrets" in str(info.value)


# ------------------------------------------------------------------------------ demo seeding
@pytest.mark.sim(state="configured")
def test_demo_seeding_uses_the_entry_set(secret_service, simulator: Simulator, endpoints, tmp_path: Path) -> None:
    demo_profile = Profile("demo", tmp_path / "d", tmp_path / "l", f"wizard-test-demo-{uuid.uuid4().hex[:8]}")
    store = SecretStore(demo_profile, backend=secret_service)
    cfg = simulator.configured
    assert seed_configured_secrets(Demo(simulator, endpoints), demo_profile, store) is True
    pairs = known_pairs(store)
    assert [(p.tenant_id, p.org_id) for p in pairs] == [
        (simulator.state.tenant_id.lower(), cfg["org_id"].lower())
    ]
    saved = SecretSet(store, pairs[0].tenant_id, pairs[0].org_id).load()
    assert saved.token is not None and saved.token.token == cfg["webex_token"]
    assert saved.token.expires_at == cfg["webex_token_expires_at"]
    assert saved.token.expires_at - saved.token.captured_at == 3887999
    assert saved.tenant_url == cfg["tenant_url"] and saved.org_id == cfg["org_id"]
    with pytest.raises(ValueError):
        seed_configured_secrets(Demo(simulator, endpoints), Profile("default", tmp_path, tmp_path, "x"), store)
