"""The Microsoft sign-in (MSAL's token cache) per tenant, in the secret store.

Per tenant, not per tenant + org pair: the Microsoft sign-in happens before any Webex org is
known. The cache holds a refresh token, so it is a secret like the Webex token.
"""

from __future__ import annotations

from typing import Any

import msal

from wizard.core.logs import register_secret
from wizard.storage.chunks import norm_id
from wizard.storage.index import index_update
from wizard.storage.keyring_backend import KeyringError

#: Any store with get/put/delete (wizard.storage.secrets.SecretStore); typed loosely so this
#: module does not import the store it is re-exported from.
SecretStore = Any


def _msal_key(tenant_id: str) -> str:
    return f"v1/tenant/{norm_id('tenant id', tenant_id)}/msal-cache"


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
        # Listed so that forget finds it even when no org was saved for this tenant.
        index_update(store, add_tenant=norm_id("tenant id", tenant_id))
    except BaseException:
        cache.has_state_changed = True
        raise
    return True


def forget_msal_cache(store: SecretStore, tenant_id: str) -> None:
    store.delete(_msal_key(tenant_id))
    index_update(store, remove_tenant=norm_id("tenant id", tenant_id))
