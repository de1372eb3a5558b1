"""Attribute mappings: read from the job schema and compared with Cisco's recommended table.

Nothing here changes them (changing mappings must be an explicit admin action).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.entra.graph import GraphClient
from wizard.entra.sync.jobs import int_or_zero, job_schema


@dataclass(frozen=True)
class AttributeMapping:
    """One attribute mapping row: Entra source (attribute or expression) -> Webex target."""

    source: str
    target: str
    matching: bool = False


ACTIVE_EXPRESSION = 'Switch([IsSoftDeleted], , "False", "True", "True", "False")'

#: Cisco's recommended table (as in Microsoft's Cisco Webex tutorial,
#: https://learn.microsoft.com/en-us/entra/identity/saas-apps/cisco-webex-provisioning-tutorial):
#: Entra source -> Webex target.
RECOMMENDED_MAPPINGS: tuple[AttributeMapping, ...] = (
    AttributeMapping("userPrincipalName", "userName", True),
    AttributeMapping(ACTIVE_EXPRESSION, "active"),
    AttributeMapping("displayName", "displayName"),
    AttributeMapping("surname", "name.familyName"),
    AttributeMapping("givenName", "name.givenName"),
    AttributeMapping("jobTitle", "title"),
    AttributeMapping("usageLocation", 'addresses[type eq "work"].country'),
    AttributeMapping("city", 'addresses[type eq "work"].locality'),
    AttributeMapping("streetAddress", 'addresses[type eq "work"].streetAddress'),
    AttributeMapping("state", 'addresses[type eq "work"].region'),
    AttributeMapping("postalCode", 'addresses[type eq "work"].postalCode'),
    AttributeMapping("telephoneNumber", 'phoneNumbers[type eq "work"].value'),
    AttributeMapping("mobile", 'phoneNumbers[type eq "mobile"].value'),
    AttributeMapping("facsimileTelephoneNumber", 'phoneNumbers[type eq "fax"].value'),
    AttributeMapping("objectId", "externalId"),
)

SAME, DIFFERENT, MISSING = "same", "different", "missing"


def _source_text(source: Any) -> str:
    if not isinstance(source, dict):
        return ""
    kind = source.get("type")
    if kind == "Attribute":
        return str(source.get("name") or source.get("expression") or "").strip("[]")
    return str(source.get("expression") or source.get("name") or "")


def user_mappings(schema: Mapping[str, Any]) -> list[AttributeMapping]:
    """The User object mapping's attribute rows of a ``synchronizationSchema``."""
    for rule in schema.get("synchronizationRules") or []:
        for om in (rule or {}).get("objectMappings") or []:
            if not isinstance(om, dict) or str(om.get("sourceObjectName", "")).lower() != "user":
                continue
            if om.get("enabled") is False:
                continue
            return [
                AttributeMapping(
                    _source_text(am.get("source")),
                    str(am.get("targetAttributeName") or ""),
                    int_or_zero(am.get("matchingPriority")) > 0,
                )
                for am in om.get("attributeMappings") or []
                if isinstance(am, dict)
            ]
    return []


def effective_mappings(client: GraphClient, sp_id: str, job_id: str) -> list[AttributeMapping]:
    return user_mappings(job_schema(client, sp_id, job_id))


def _norm(text: str) -> str:
    return "".join(text.split()).lower()


def compare_mappings(
    effective: Iterable[AttributeMapping],
) -> list[tuple[AttributeMapping, AttributeMapping | None, str]]:
    """Each recommended row with the effective row of the same target and "same" / "different"
    (other source or matching flag) / "missing"."""
    by_target = {_norm(m.target): m for m in effective}
    rows = []
    for rec in RECOMMENDED_MAPPINGS:
        eff = by_target.get(_norm(rec.target))
        if eff is None:
            rows.append((rec, None, MISSING))
        elif _norm(eff.source) == _norm(rec.source) and eff.matching == rec.matching:
            rows.append((rec, eff, SAME))
        else:
            rows.append((rec, eff, DIFFERENT))
    return rows


def extra_mappings(effective: Iterable[AttributeMapping]) -> list[AttributeMapping]:
    """Effective rows whose target Cisco's table does not list (e.g. mail -> emails)."""
    known = {_norm(m.target) for m in RECOMMENDED_MAPPINGS}
    return [m for m in effective if _norm(m.target) not in known]


MATCHING_PITFALL = QT_TRANSLATE_NOOP(
    "flows",
    "Webex matches existing users by userName. If userName is not mapped from the "
    "userPrincipalName, or a user's UPN differs from their Webex email, Entra creates a new "
    "Webex user instead of matching the existing one.",
)


def matching_warning(effective: Iterable[AttributeMapping]) -> str | None:
    """The UPN-vs-email pitfall (Cisco's step 4) when the matching row is not UPN→userName."""
    rows = list(effective)
    user_name = next((m for m in rows if _norm(m.target) == "username"), None)
    matching = [m for m in rows if m.matching]
    if (
        user_name is None
        or _norm(user_name.source) != "userprincipalname"
        or [_norm(m.target) for m in matching] != ["username"]
    ):
        return MATCHING_PITFALL
    return None
