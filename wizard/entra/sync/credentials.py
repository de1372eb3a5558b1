"""The Webex credentials in Entra: Test Connection (validateCredentials) and saving the secrets.

Named ``credentials`` rather than ``secrets`` so it never shadows the standard library module.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.entra.graph import GraphClient, sp_path
from wizard.entra.graph_errors import GraphAccessDenied, GraphBadRequest, GraphError, GraphNotFound
from wizard.entra.sync.errors import ProvisioningError

log = logging.getLogger("wizard.entra.sync")


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


#: The keys the wizard owns; every other key in Entra's set is the admin's and is kept.
WIZARD_KEYS = ("BaseAddress", "SecretToken")
NOTIFICATIONS = "SyncNotificationSettings"
#: Threshold for new setups: Entra's default for accidental-deletion prevention
#: (https://learn.microsoft.com/en-us/entra/identity/app-provisioning/accidental-deletions).
DEFAULT_DELETE_THRESHOLD = 500


@dataclass(frozen=True)
class SecretsSaved:
    """What a save sent (SecretToken left out) and where the kept settings came from."""

    settings: list[dict[str, str]]
    #: False when Entra refused to let us read its set and the wizard's earlier save was used.
    read_from_entra: bool

    def setting(self, key: str) -> str:
        return next((p["value"] for p in self.settings if p["key"] == key), "")


def read_secrets(client: GraphClient, sp_id: str) -> list[dict[str, str]] | None:
    """The set Entra holds (``SecretToken`` comes back masked), None when the read is refused.

    Microsoft's own procedure reads the set, changes keys and PUTs it all back, because a PUT
    replaces the whole set:
    https://learn.microsoft.com/en-us/entra/identity/app-provisioning/skip-out-of-scope-deletions
    """
    try:
        body = client.get(
            f"{sp_path(sp_id)}/synchronization/secrets",
            operation=QT_TRANSLATE_NOOP("errors", "reading the saved provisioning settings"),
        )
    except (GraphAccessDenied, GraphBadRequest, GraphNotFound) as err:
        log.warning("Entra refused to read the provisioning settings: %s", err.code)
        return None
    value = body.get("value")
    if not isinstance(value, list):
        return None
    return [
        {"key": str(p["key"]), "value": p.get("value")}
        for p in value
        if isinstance(p, dict) and isinstance(p.get("key"), str)
    ]


def notification_settings(
    current: str | None, email: str, notify_on_failure: bool | None
) -> str | None:
    """``SyncNotificationSettings`` with the e-mail (when set) changed and the rest kept.

    A new value turns the accidental-deletion threshold on; an existing one keeps the admin's
    threshold exactly (the wizard never switches it off). Shape as in Microsoft's cloud-sync
    Graph guide (``Enabled``, ``Recipients``, ``DeleteThresholdEnabled``,
    ``DeleteThresholdValue``):
    https://learn.microsoft.com/en-us/entra/identity/hybrid/cloud-sync/how-to-inbound-synch-ms-graph
    None when nothing is left to send: an empty value is refused with
    ``InvalidNotificationSettings`` (https://github.com/microsoftgraph/msgraph-metadata/issues/347).
    """
    settings: dict[str, Any] = {}
    if current:
        try:
            parsed = json.loads(current)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            return current  # unreadable: leave the admin's value exactly as it is
        settings = parsed
    if not settings:
        settings = {
            "Enabled": bool(notify_on_failure) if notify_on_failure is not None else bool(email),
            "DeleteThresholdEnabled": True,
            "DeleteThresholdValue": DEFAULT_DELETE_THRESHOLD,
        }
    if email:
        settings["Recipients"] = email
        if notify_on_failure is not None:
            settings["Enabled"] = bool(notify_on_failure)
    return json.dumps(settings, separators=(",", ":")) if settings else None


def merge_secrets(
    current: list[dict[str, str]],
    *,
    tenant_url: str,
    token: str,
    email: str = "",
    notify_on_failure: bool | None = None,
    sync_all: bool | None = None,
) -> list[dict[str, str]]:
    """*current* with the wizard's keys set: BaseAddress, SecretToken, the e-mail when given,
    SyncAll only when the admin chose it here (else kept; ``false`` for a new set). Every other
    key is kept as Entra holds it; empty values are never sent."""
    kept = {
        p["key"]: str(p["value"])
        for p in current
        if p.get("value") not in (None, "") and p["key"] not in WIZARD_KEYS
    }
    notification = notification_settings(kept.get(NOTIFICATIONS), email, notify_on_failure)
    if notification:
        kept[NOTIFICATIONS] = notification
    if sync_all is not None or "SyncAll" not in kept:
        kept["SyncAll"] = "true" if sync_all else "false"
    pairs = [{"key": "BaseAddress", "value": tenant_url}, {"key": "SecretToken", "value": token}]
    return pairs + [{"key": k, "value": v} for k, v in kept.items()]


def save_secrets(
    client: GraphClient,
    sp_id: str,
    owned: dict[str, Any],
    *,
    fallback: list[dict[str, str]] | None = None,
) -> SecretsSaved:
    """Read Entra's set, change only the wizard's keys (*owned*: the keyword arguments of
    :func:`merge_secrets`), PUT the whole set back.

    *fallback* is what the wizard saved earlier, used (and said so in the result) when Entra
    refuses the read. The PUT is retried once after a transient failure: it replaces the whole
    set, so a repeat cannot duplicate anything (hashicorp/terraform-provider-azuread issue 1099
    reports timeouts on exactly this call).
    """
    current = read_secrets(client, sp_id)
    from_entra = current is not None
    pairs = merge_secrets(current if current is not None else (fallback or []), **owned)
    body = {"value": pairs}
    operation = QT_TRANSLATE_NOOP("errors", "saving the Webex credentials in Entra ID")
    path = f"{sp_path(sp_id)}/synchronization/secrets"
    try:
        client.request("PUT", path, operation=operation, body=body)
    except WizardError as err:
        if not is_transient_write_failure(err):
            raise
        log.warning("saving the secrets failed (%s); saving the same set once more", err.code)
        client.request("PUT", path, operation=operation, body=body)
    settings = [p for p in pairs if p["key"] != "SecretToken"]
    return SecretsSaved(settings, from_entra)


def is_transient_write_failure(err: WizardError) -> bool:
    """A write that may or may not have been applied: Graph's 500/502/504 or no answer in time.

    (429 and 503 mean "not processed" and are retried by the HTTP layer already.)
    """
    if isinstance(err, GraphError):
        return err.status in (500, 502, 504)
    return err.code == "net.timeout"


def settings_from_record(value: Any) -> list[dict[str, str]] | None:
    """The non-secret pairs a state-file record carries (JSON text), None when unusable."""
    try:
        pairs = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return None
    if not isinstance(pairs, list):
        return None
    return [
        {"key": p["key"], "value": p["value"]}
        for p in pairs
        if isinstance(p, dict)
        and isinstance(p.get("key"), str)
        and isinstance(p.get("value"), str)
        and p["key"] != "SecretToken"
    ]


def deletion_threshold(current: list[dict[str, str]] | None) -> tuple[str, int]:
    """What a save does to accidental-deletion prevention, for the Review page: ("new", n) a
    new set turns it on at n; ("on", n) / ("off", 0) Entra's setting, kept; ("unknown", 0) the
    set could not be read (kept as it is all the same)."""
    if current is None:
        return "unknown", 0
    raw = next((p["value"] for p in current if p["key"] == NOTIFICATIONS and p.get("value")), None)
    if raw is None:
        return "new", DEFAULT_DELETE_THRESHOLD
    try:
        settings = json.loads(raw)
    except ValueError:
        return "unknown", 0
    if not isinstance(settings, dict):
        return "unknown", 0
    if str(settings.get("DeleteThresholdEnabled")).lower() == "true":
        try:
            return "on", int(settings.get("DeleteThresholdValue") or 0)
        except (TypeError, ValueError):
            return "on", 0
    return "off", 0
