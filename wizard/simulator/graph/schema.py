"""The synchronizationSchema of the simulated "Cisco Webex" job, and how its mappings evaluate.

The attribute table is the one Cisco's help article recommends (docs/webex.md#attribute-mappings):
userPrincipalName -> userName (the matching attribute), ``Switch([IsSoftDeleted], , "False",
"True", "True", "False")`` -> active, displayName, surname -> name.familyName, givenName ->
name.givenName, jobTitle -> title, usageLocation/city/streetAddress/state/postalCode ->
addresses[type eq "work"].*, telephoneNumber/mobile/facsimileTelephoneNumber ->
phoneNumbers[...], objectId -> externalId; plus mail -> emails[type eq "work"].value, which the
simulated engine sends so provisioned users carry their email (the real Cisco Webex mapping
list is not published; docs/entra-graph.md#not-published).

Shapes follow the CSDL complex types ``synchronizationRule``, ``objectMapping``,
``attributeMapping`` and ``attributeMappingSource`` (enum values ``FlowWhenChanged``,
``Always``, ``Attribute``/``Constant``/``Function``). Names such as ``customappsso`` and
``USER_OUTBOUND_USER`` mirror what Entra shows for SCIM gallery apps (the
provisionOnDemand example on learn.microsoft.com, ``targetSystem.name``).

The engine (:mod:`wizard.simulator.graph.engine`) builds SCIM bodies by evaluating these
mappings, so the schema the product reads is the one the demo actually applies.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

SOURCE_DIRECTORY = "Azure Active Directory"
TARGET_DIRECTORY = "customappsso"
SCIM_CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User"
SCIM_CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
SCHEMA_VERSION = "Date:2025-03-25T00:00:00Z;Version:1.0"

_ACTIVE_EXPRESSION = 'Switch([IsSoftDeleted], , "False", "True", "True", "False")'

#: (source attribute or expression, target attribute, matching priority)
USER_MAPPINGS: tuple[tuple[str, str, int], ...] = (
    ("userPrincipalName", "userName", 1),
    (_ACTIVE_EXPRESSION, "active", 0),
    ("displayName", "displayName", 0),
    ("surname", "name.familyName", 0),
    ("givenName", "name.givenName", 0),
    ("jobTitle", "title", 0),
    ("mail", 'emails[type eq "work"].value', 0),
    ("usageLocation", 'addresses[type eq "work"].country', 0),
    ("city", 'addresses[type eq "work"].locality', 0),
    ("streetAddress", 'addresses[type eq "work"].streetAddress', 0),
    ("state", 'addresses[type eq "work"].region', 0),
    ("postalCode", 'addresses[type eq "work"].postalCode', 0),
    ("telephoneNumber", 'phoneNumbers[type eq "work"].value', 0),
    ("mobile", 'phoneNumbers[type eq "mobile"].value', 0),
    ("facsimileTelephoneNumber", 'phoneNumbers[type eq "fax"].value', 0),
    ("objectId", "externalId", 0),
)
GROUP_MAPPINGS: tuple[tuple[str, str, int], ...] = (
    ("displayName", "displayName", 1),
    ("objectId", "externalId", 0),
    ("members", "members", 0),
)


def _constant(value: str) -> dict[str, Any]:
    return {"expression": f'"{value}"', "name": value, "parameters": [], "type": "Constant"}


def _attribute(name: str) -> dict[str, Any]:
    return {"expression": f"[{name}]", "name": name, "parameters": [], "type": "Attribute"}


def _source(spec: str) -> dict[str, Any]:
    if spec == _ACTIVE_EXPRESSION:
        # Switch(source, default, key1, value1, key2, value2): parameters in that order.
        return {
            "expression": spec,
            "name": "Switch",
            "parameters": [
                {"key": "source", "value": _attribute("IsSoftDeleted")},
                {"key": "defaultValue", "value": _constant("")},
                {"key": "key", "value": _constant("False")},
                {"key": "value", "value": _constant("True")},
                {"key": "key", "value": _constant("True")},
                {"key": "value", "value": _constant("False")},
            ],
            "type": "Function",
        }
    return _attribute(spec)


def _attribute_mapping(source: str, target: str, priority: int) -> dict[str, Any]:
    return {
        "defaultValue": None,
        "exportMissingReferences": False,
        "flowBehavior": "FlowWhenChanged",
        "flowType": "Always",
        "matchingPriority": priority,
        "source": _source(source),
        "targetAttributeName": target,
    }


def rule_ids(job_id: str) -> tuple[str, str]:
    """Stable (user rule, group rule) ids for a job: GUIDs, as Entra's rule ids are."""
    base = uuid.uuid5(uuid.NAMESPACE_URL, f"wizard-simulator:{job_id}")
    return str(uuid.uuid5(base, "user")), str(uuid.uuid5(base, "group"))


def _object_mapping(
    name: str, source: str, target: str, rows: tuple[tuple[str, str, int], ...]
) -> dict[str, Any]:
    return {
        "attributeMappings": [_attribute_mapping(*row) for row in rows],
        "enabled": True,
        "flowTypes": "Add, Update, Delete",
        "metadata": [],
        "name": name,
        "scope": None,
        "sourceObjectName": source,
        "targetObjectName": target,
    }


def build_schema(job_id: str) -> dict[str, Any]:
    """A ``synchronizationSchema`` for the job: one rule, a User and a Group object mapping."""
    user_rule, _group_rule = rule_ids(job_id)
    return {
        "id": job_id,
        "version": SCHEMA_VERSION,
        "synchronizationRules": [
            {
                "containerFilter": None,
                "editable": True,
                "groupFilter": None,
                "id": user_rule,
                "metadata": [],
                "name": "USER_OUTBOUND_USER",
                "objectMappings": [
                    _object_mapping(
                        "Synchronize Azure Active Directory Users to Cisco Webex",
                        "User",
                        "User",
                        USER_MAPPINGS,
                    ),
                    _object_mapping(
                        "Synchronize Azure Active Directory Groups to Cisco Webex",
                        "Group",
                        "Group",
                        GROUP_MAPPINGS,
                    ),
                ],
                "priority": 1,
                "sourceDirectoryName": SOURCE_DIRECTORY,
                "targetDirectoryName": TARGET_DIRECTORY,
            }
        ],
    }


# ------------------------------------------------------------------------------- evaluation
_MULTI = re.compile(r'^(?P<attr>\w+)\[type eq "(?P<type>\w+)"\]\.(?P<sub>\w+)$')


def evaluate(source: dict[str, Any], user: dict[str, Any], soft_deleted: bool) -> Any:
    """The value an ``attributeMappingSource`` yields for a directory user (None = not synced)."""
    kind = source["type"]
    if kind == "Constant":
        return source["name"]
    if kind == "Attribute":
        name = source["name"]
        if name == "objectId":
            return user["id"]
        if name == "IsSoftDeleted":
            return "True" if soft_deleted else "False"
        return user.get(name)
    if kind == "Function" and source["name"] == "Switch":
        params = [(p["key"], p["value"]) for p in source["parameters"]]
        subject = evaluate(params[0][1], user, soft_deleted)
        default = evaluate(params[1][1], user, soft_deleted)
        pairs = params[2:]
        for (_, key), (_, value) in zip(pairs[::2], pairs[1::2], strict=True):
            if str(subject) == evaluate(key, user, soft_deleted):
                return evaluate(value, user, soft_deleted)
        return default
    raise ValueError(f"unsupported mapping source {source.get('name')!r}")


def _assign(body: dict[str, Any], target: str, value: Any) -> None:
    multi = _MULTI.match(target)
    if multi:
        entries = body.setdefault(multi["attr"], [])
        entry = next((e for e in entries if e.get("type") == multi["type"]), None)
        if entry is None:
            entry = {"type": multi["type"]}
            if multi["attr"] == "emails":
                entry["primary"] = True  # Entra marks the mapped work email primary
            entries.append(entry)
        entry[multi["sub"]] = value
        return
    head, _, tail = target.partition(".")
    if tail:
        body.setdefault(head, {})[tail] = value
    elif target == "active":
        body[target] = str(value).lower() == "true"  # SCIM boolean, Switch yields strings
    else:
        body[target] = value


def scim_user(
    schema: dict[str, Any], user: dict[str, Any], *, soft_deleted: bool
) -> dict[str, Any]:
    """The SCIM User body the job's User mapping produces. Null sources are skipped, as Entra
    "doesn't synchronize null values" (https://help.webex.com/en-us/article/6ta3gz)."""
    mapping = next(
        om
        for rule in schema["synchronizationRules"]
        for om in rule["objectMappings"]
        if om["sourceObjectName"] == "User"
    )
    # Webex's published definition (PostUser/PutUser) requires userType; "user" is its value for
    # a person, so the simulated engine sends it rather than relying on Webex defaulting it.
    body: dict[str, Any] = {"schemas": [SCIM_CORE_USER], "userType": "user"}
    for row in mapping["attributeMappings"]:
        value = evaluate(row["source"], user, soft_deleted)
        if value is None or value == "":
            continue
        _assign(body, row["targetAttributeName"], value)
    return body


def covers(have: Any, want: Any) -> bool:
    """True when the target already holds every value of *want* (so an export is redundant)."""
    if isinstance(want, dict):
        return isinstance(have, dict) and all(covers(have.get(k), v) for k, v in want.items())
    if isinstance(want, list):
        if not isinstance(have, list):
            return False
        for item in want:
            if isinstance(item, dict) and "type" in item:
                match = next(
                    (h for h in have if isinstance(h, dict) and h.get("type") == item["type"]), None
                )
                if not covers(match, {k: v for k, v in item.items() if k != "primary"}):
                    return False
            elif item not in have:
                return False
        return True
    return have == want
