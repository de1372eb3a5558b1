"""``v1/index``: what the keyring holds for us, since keyring has no "list" call.

The tenant + org pairs setup saved (repair offers them) and every tenant whose Microsoft
sign-in is saved, including one whose setup stopped before any org was known, so that
``forget`` can remove every item of ours, refresh tokens included.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from typing import Any

from wizard.storage.chunks import dumps
from wizard.storage.keyring_backend import KeyringError

log = logging.getLogger(__name__)

INDEX_KEY = "v1/index"
#: Serialises read-modify-write of the index between threads (keyring calls run off the UI thread).
_index_lock = threading.Lock()


@dataclass(frozen=True)
class Pair:
    """One Entra tenant + Webex org pair the keyring holds secrets for."""

    tenant_id: str
    org_id: str
    saved_at: str = ""


def read_index(store: Any) -> tuple[list[Pair], list[str]]:
    """The saved pairs and the tenants with a saved Microsoft sign-in."""
    text = store.get(INDEX_KEY)
    if text is None:
        return [], []
    try:
        data = json.loads(text)
        pairs = [Pair(str(p["tenant_id"]), str(p["org_id"]), str(p.get("saved_at", ""))) for p in data["pairs"]]
        tenants = [str(t) for t in data.get("tenants", [])]
    except (ValueError, TypeError, KeyError, AttributeError):
        raise KeyringError.damaged(INDEX_KEY, "the list of saved organisations is not readable") from None
    return pairs, tenants


def index_update(
    store: Any,
    *,
    add: Pair | None = None,
    remove: tuple[str, str] | None = None,
    add_tenant: str | None = None,
    remove_tenant: str | None = None,
) -> list[Pair]:
    """Change the index; returns the pairs it lists afterwards. Deleted when it lists nothing."""
    with _index_lock:
        try:
            pairs, tenants = read_index(store)
        except KeyringError as err:
            if err.code != "keyring.damaged":
                raise
            # The list is only a convenience; rebuild it rather than block saving secrets.
            log.warning("the keyring index was damaged; starting a new one")
            pairs, tenants = [], []
        before = (list(pairs), list(tenants))
        drop = {(add.tenant_id, add.org_id)} if add else set()
        if remove:
            drop.add(remove)
        pairs = [p for p in pairs if (p.tenant_id, p.org_id) not in drop]
        if add:
            pairs.append(add)
        if add_tenant and add_tenant not in tenants:
            tenants.append(add_tenant)
        if remove_tenant:
            tenants = [t for t in tenants if t != remove_tenant]
        if (pairs, tenants) == before and not add:
            return pairs
        if pairs or tenants:
            store.put(INDEX_KEY, dumps({"pairs": [p.__dict__ for p in pairs], "tenants": tenants}))
        else:
            store.delete(INDEX_KEY)
        return pairs


def known_pairs(store: Any) -> list[Pair]:
    """The tenant + org pairs with saved secrets, least recently saved first (repair offers them).

    Ids are case-folded as in the key names; :meth:`SecretSet.load` has the org ID as given.
    """
    return read_index(store)[0]


def known_tenants(store: Any) -> list[str]:
    """Tenants whose Microsoft sign-in was saved (case-folded)."""
    return read_index(store)[1]
