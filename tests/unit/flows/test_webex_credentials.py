"""The Webex credentials are saved by one flow step: captured, checked, saved in one place.

No network, no Qt: a memory store that counts its writes, and the product's source read as code.
"""

from __future__ import annotations

import ast
import time
from pathlib import Path
from typing import Any

import pytest

import wizard
from wizard.core import endpoints as ep
from wizard.flows import webex_credentials as credentials
from wizard.flows.services import Services, StoreAccess
from wizard.storage.secrets import KeyringError, MemoryStore, SecretSet
from wizard.webex.token import WebexToken

PACKAGE = Path(wizard.__file__).resolve().parent
TENANT = "2b8a4c1e-7a51-4b0e-9a3e-0c7f2d9e5a11"
ORG = "96abc2aa-3dcc-11e5-a152-fe34819cdc9a"
URL = f"https://api.ciscospark.com/v1/scim/{ORG}"


class CountingStore(MemoryStore):
    """A memory store that remembers which keys were written, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def put(self, key: str, value: str) -> None:
        self.writes.append(key)
        super().put(key, value)


def token(raw: str = "MjQ0ZTI3NDUtZDk0Ni00YjA2-token-value") -> WebexToken:
    return WebexToken(raw, "Bearer", 3887999, time.time())


def services_with(store: Any) -> Services:
    services = Services(ep.load(env={}))
    services.use_store(store)
    return services


def test_the_token_record_is_written_once_with_org_id_and_tenant_url() -> None:
    store = CountingStore()
    captured = token()
    saved = credentials.save_webex_credentials(services_with(store), TENANT, ORG, captured, URL)
    assert saved == credentials.Saved("memory")  # a memory store: the admin chose not to remember
    assert [k for k in store.writes if k.endswith("/webex-token")] == [
        f"v1/pair/{TENANT}/{ORG}/webex-token"
    ]
    loaded = SecretSet(store, TENANT, ORG).load()
    assert loaded.token is not None and loaded.token.token == captured.access_token
    assert loaded.token.expires_at == captured.expires_at
    assert loaded.org_id == ORG and loaded.tenant_url == URL


def test_without_an_entra_tenant_nothing_is_written_yet() -> None:
    store = CountingStore()
    saved = credentials.save_webex_credentials(services_with(store), None, ORG, token(), URL)
    assert saved.where == "later" and store.writes == []


def test_a_keyring_that_refuses_is_reported_not_raised() -> None:
    class Refusing(MemoryStore):
        remembers = True

        def put(self, key: str, value: str) -> None:
            raise KeyringError.locked()

    saved = credentials.save_webex_credentials(services_with(Refusing()), TENANT, ORG, token(), URL)
    assert saved.where == "failed" and isinstance(saved.error, KeyringError)


def test_a_store_that_could_not_be_opened_is_reported() -> None:
    problem = KeyringError.unavailable("no Secret Service")

    class NoKeyring:
        def store(self) -> StoreAccess:
            return StoreAccess(None, problem)

    saved = credentials.save_webex_credentials(NoKeyring(), TENANT, ORG, token(), URL)
    assert saved == credentials.Saved("failed", problem)


def test_the_capture_step_registers_the_token_once_and_saving_adds_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registered: list[str] = []
    monkeypatch.setattr(credentials, "register_secret", registered.append)
    endpoints = ep.load(env={})
    url, state = credentials.sign_in_request(endpoints)
    assert f"state={state}" in url
    raw = "NWY0ZjQ4ZTEtYzYxNi00-captured-token"
    redirect = (
        f"{endpoints.webex_redirect_uri}#access_token={raw}&token_type=Bearer"
        f"&expires_in=3887999&state={state}"
    )
    captured = credentials.token_from_redirect(redirect, state, endpoints)
    credentials.save_webex_credentials(services_with(MemoryStore()), TENANT, ORG, captured, URL)
    assert registered == [raw]


# ------------------------------------------------------------------------------ the source
def _calls(path: Path) -> list[ast.Call]:
    return [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)]


def test_only_the_flow_step_writes_the_token_record() -> None:
    """``SecretSet(...).save(token=...)`` appears once in the product: in the flow step. The demo
    seeds its simulated world's token the same way and is the one other writer."""
    writers = sorted(
        path.relative_to(PACKAGE.parent).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "simulator" not in path.parts
        for call in _calls(path)
        if isinstance(call.func, ast.Attribute)
        and call.func.attr == "save"
        and any(k.arg == "token" for k in call.keywords)
    )
    assert writers == ["wizard/demo.py", "wizard/flows/webex_credentials.py"]


def test_the_connection_test_only_probes() -> None:
    source = PACKAGE / "webex" / "connection.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not any(str(name).startswith("wizard.storage") for name in imported), imported
    functions = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    assert "save_credentials" not in functions
