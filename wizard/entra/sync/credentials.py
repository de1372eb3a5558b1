"""The Webex credentials in Entra: Test Connection (validateCredentials) and saving the secrets.

Named ``credentials`` rather than ``secrets`` so it never shadows the standard library module.
"""

from __future__ import annotations

import json
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.entra.graph import GraphClient, sp_path
from wizard.entra.graph_errors import GraphBadRequest
from wizard.entra.sync.errors import ProvisioningError


def validate_credentials(
    client: GraphClient,
    sp_id: str,
    *,
    tenant_url: str,
    token: str | None,
    job_id: str | None = None,
    template_id: str | None = None,
) -> None:
    """Entra's Test Connection. ``token=None`` validates the *saved* credentials instead.

    Job-scoped when the job exists, else the collection-bound action with ``templateId``
    (usable before a job exists). Writes nothing. A rejection (400) becomes
    :meth:`ProvisioningError.credentials_rejected` with Entra's reason; other errors propagate.
    """
    if token is None:
        body: dict[str, Any] = {"useSavedCredentials": True}
    else:
        body = {
            "useSavedCredentials": False,
            "credentials": [
                {"key": "BaseAddress", "value": tenant_url},
                {"key": "SecretToken", "value": token},
            ],
        }
    if job_id:
        path = f"{sp_path(sp_id)}/synchronization/jobs/{job_id}/validateCredentials"
    else:
        path = f"{sp_path(sp_id)}/synchronization/jobs/validateCredentials"
        if template_id:
            body["templateId"] = template_id
    try:
        client.post(
            path, body, operation=QT_TRANSLATE_NOOP("errors", "testing the connection to Webex")
        )
    except GraphBadRequest as err:
        if getattr(err, "status", 400) < 400:
            # An unreadable 2xx answer is not Entra rejecting the token: blaming the token would
            # send the admin to sign in to Webex again for a network or proxy fault.
            raise
        raise ProvisioningError.credentials_rejected(
            str(err.params.get("detail") or err.graph_code), tenant_url, err.correlation
        ) from None


def notification_settings(email: str, notify_on_failure: bool) -> str:
    """``SyncNotificationSettings`` value. The recipients format is unconfirmed: Microsoft only shows ``Enabled``/``DeleteThresholdEnabled``; ``Recipients`` is
    what the portal's notification email field most likely maps to."""
    return json.dumps(
        {"Enabled": bool(notify_on_failure), "Recipients": email, "DeleteThresholdEnabled": False},
        separators=(",", ":"),
    )


def secret_pairs(
    tenant_url: str, token: str, email: str, notify_on_failure: bool, sync_all: bool
) -> list[dict[str, str]]:
    """The full secret set; always all four keys, because whether PUT clears omitted keys is
    unconfirmed
    (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronization-secrets)."""
    return [
        {"key": "BaseAddress", "value": tenant_url},
        {"key": "SecretToken", "value": token},
        {
            "key": "SyncNotificationSettings",
            "value": notification_settings(email, notify_on_failure),
        },
        {"key": "SyncAll", "value": "true" if sync_all else "false"},
    ]


def save_secrets(client: GraphClient, sp_id: str, pairs: list[dict[str, str]]) -> None:
    client.request(
        "PUT",
        f"{sp_path(sp_id)}/synchronization/secrets",
        operation=QT_TRANSLATE_NOOP("errors", "saving the Webex credentials in Entra ID"),
        body={"value": pairs},
    )
