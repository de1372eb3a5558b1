"""The app role users and groups are given: a real one from the service principal's ``appRoles``.

The all-zero *Default Access* role is never offered: "Users with the Default Access role are
excluded from provisioning" (Microsoft's Cisco Webex tutorial,
https://learn.microsoft.com/en-us/entra/identity/saas-apps/cisco-webex-provisioning-tutorial).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.entra.graph import GraphClient, sp_path
from wizard.entra.sync.errors import ProvisioningError

DEFAULT_ACCESS_ROLE_ID = "00000000-0000-0000-0000-000000000000"


@dataclass(frozen=True)
class AppRole:
    id: str
    display_name: str
    description: str
    is_default_access: bool = False


def assignable_roles(sp: Mapping[str, Any]) -> list[AppRole]:
    """The service principal's roles that users and groups may be given, "User" first.

    Excludes disabled roles, roles only for applications, and the all-zero Default Access role.
    Raises :meth:`ProvisioningError.no_assignable_role` when nothing remains.
    """
    roles: list[AppRole] = []
    raw_roles = [r for r in sp.get("appRoles") or [] if isinstance(r, dict)]
    for raw in raw_roles:
        role_id = str(raw.get("id") or "")
        if not role_id or role_id == DEFAULT_ACCESS_ROLE_ID:
            continue
        if raw.get("isEnabled") is False:
            continue
        members = raw.get("allowedMemberTypes")
        if members is not None and "User" not in members:
            continue
        roles.append(
            AppRole(
                id=role_id,
                display_name=str(raw.get("displayName") or raw.get("value") or role_id),
                description=str(raw.get("description") or ""),
            )
        )
    if not roles:
        real = [r for r in raw_roles if str(r.get("id") or "") != DEFAULT_ACCESS_ROLE_ID]
        raise ProvisioningError.no_assignable_role(
            str(sp.get("displayName") or sp.get("id") or ""), default_only=not real
        )
    # "User" is what the tutorials pick; msiam_access is a legacy SSO role.
    roles.sort(
        key=lambda r: (r.display_name.lower() != "user", r.display_name.lower() == "msiam_access")
    )
    return roles


def read_service_principal(client: GraphClient, sp_id: str) -> dict[str, Any]:
    """The app's roles, and its tags: the plan tells from the same answer whether the app is
    hidden from My Apps, instead of reading it again."""
    return client.get(
        sp_path(sp_id),
        operation=QT_TRANSLATE_NOOP("errors", "reading the Cisco Webex app"),
        params={"$select": "id,appId,displayName,appRoles,tags"},
    )
