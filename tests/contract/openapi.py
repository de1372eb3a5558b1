"""Matching Webex requests to the published Webex Admin OpenAPI definition and validating bodies.

``jsonschema`` is not in the venv, so :func:`errors` validates the subset of OpenAPI 3.0 schema
keywords the definition uses for these calls ($ref, type, required, properties, items, enum,
allOf/oneOf/anyOf, additionalProperties). Responses are checked closed: a property the schema does
not declare is an error (unless the schema allows additional properties), since an invented field
in a simulator response is exactly the drift this package exists to catch. Request bodies follow
OpenAPI semantics (``open=True``): an undeclared property is allowed unless the schema says
``additionalProperties: false``; types, enums and required properties are enforced the same way.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.contract import specs_dir

#: THE ONE PLACE the legacy tenant URL is mapped. Microsoft's Entra tutorial has admins type the
#: Tenant URL ``https://api.ciscospark.com/v1/scim/{orgId}``, which Webex still serves, but the
#: published definition only has the SCIM 2 paths ``/identity/scim/{orgId}/v2/…`` with the same
#: resources and bodies. A recorded ``/v1/scim/{orgId}/<rest>`` is checked as
#: ``/identity/scim/{orgId}/v2/<rest>``.
LEGACY_SCIM = re.compile(r"^/v1/scim/(?P<org>[^/]+)(?P<rest>/.*)?$")
#: The definition's REST paths are relative to ``https://webexapis.com/v1``; the identity paths
#: (``/identity/…``) are relative to the host root. The simulator keeps both at its root.
REST_PREFIX = "/v1"

#: Schemas for bodies the definition leaves without one. Webex's REST errors are documented as
#: ``ErrorResponse`` in the same definition; SCIM errors follow RFC 7644 §3.12 (the definition lists
#: the status codes with no body schema), see tests/contract/README.md.
SCIM_ERROR = {
    "type": "object",
    "required": ["schemas", "status"],
    "properties": {
        "schemas": {
            "type": "array",
            "items": {"type": "string", "enum": ["urn:ietf:params:scim:api:messages:2.0:Error"]},
        },
        "status": {"type": "string"},
        "detail": {"type": "string"},
        "scimType": {"type": "string"},
    },
}
REST_ERROR = {"$ref": "#/components/schemas/ErrorResponse"}


def spec_path() -> Path:
    return specs_dir() / "webex-admin.openapi.json"


@functools.cache
def load(path: str | None = None) -> dict[str, Any]:
    """The definition, parsed once per process."""
    return json.loads((Path(path) if path else spec_path()).read_text(encoding="utf-8"))


@dataclass
class Match:
    template: str  # the definition's path, e.g. /identity/scim/{orgId}/v2/Users/{userId}
    method: str  # lower case, as in the definition
    operation: dict[str, Any]
    scim: bool
    legacy: bool


def to_spec_path(path: str) -> tuple[str, bool]:
    """A recorded simulator path -> the definition's path, and whether it was the legacy URL."""
    legacy = LEGACY_SCIM.match(path)
    if legacy:
        return f"/identity/scim/{legacy.group('org')}/v2{legacy.group('rest') or ''}", True
    if path.startswith("/identity/"):
        return path, False
    if path.startswith(REST_PREFIX + "/"):
        return path[len(REST_PREFIX) :], False
    return path, False


@functools.cache
def _compiled(spec_id: int) -> list[tuple[re.Pattern[str], str]]:
    spec = _SPECS[spec_id]
    out = []
    for template in spec["paths"]:
        regex = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        out.append((re.compile(f"^{regex}$"), template))
    # Literal segments beat parameters (/Users/me before /Users/{userId}).
    out.sort(key=lambda pt: pt[1].count("{"))
    return out


_SPECS: dict[int, dict[str, Any]] = {}


def match(spec: dict[str, Any], method: str, path: str) -> Match:
    """The definition's path + operation for a recorded call; AssertionError naming the problem."""
    spec_path_, legacy = to_spec_path(path)
    _SPECS[id(spec)] = spec
    for regex, template in _compiled(id(spec)):
        if regex.match(spec_path_):
            ops = spec["paths"][template]
            verb = "get" if method.upper() == "HEAD" else method.lower()
            if verb not in ops:
                raise AssertionError(
                    f"{path}: {method} is not defined for {template} (has: {', '.join(sorted(k for k in ops if k != 'parameters'))})"
                )
            return Match(template, verb, ops[verb], "/identity/scim/" in spec_path_, legacy)
    raise AssertionError(f"{path}: no path in the Webex definition matches {spec_path_}")


def resolve_ref(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "number": (int, float),
    "integer": int,
}


def errors(
    spec: dict[str, Any],
    schema: dict[str, Any],
    value: Any,
    where: str = "$",
    *,
    open: bool = False,  # noqa: A002 - OpenAPI's term
) -> list[str]:
    """Every violation of *schema* by *value* (empty when it conforms).

    *open*: OpenAPI semantics for undeclared properties (allowed unless
    ``additionalProperties: false``), used for request bodies; closed for responses.
    """
    schema = resolve_ref(spec, schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve_ref(spec, part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
            merged.setdefault("type", part.get("type"))
        schema = {**{k: v for k, v in schema.items() if k != "allOf"}, **merged}
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [errors(spec, s, value, where, open=open) for s in schema[key]]
            if all(options):
                return [f"{where}: matches none of {key}: {min(options, key=len)}"]
            return []
    kind = schema.get("type")
    if value is None:
        return [] if schema.get("nullable") or kind is None else [f"{where}: null for {kind}"]
    if kind in _TYPES:
        ok = isinstance(value, _TYPES[kind]) and not (
            kind in ("number", "integer") and isinstance(value, bool)
        )
        if not ok:
            return [f"{where}: expected {kind}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} not in {schema['enum']}"]
    found: list[str] = []
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{where}: missing required '{name}'")
        extra = schema.get("additionalProperties", None)
        for name, item in value.items():
            if name in props:
                found += errors(spec, props[name], item, f"{where}.{name}", open=open)
            elif isinstance(extra, dict):
                found += errors(spec, extra, item, f"{where}.{name}", open=open)
            elif extra is False or (
                props and extra is not True and not open and not _wildcard(props, name)
            ):
                found.append(f"{where}.{name}: not a property in the definition")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            found += errors(spec, schema["items"], item, f"{where}[{i}]", open=open)
    return found


def _wildcard(props: dict[str, Any], name: str) -> bool:
    # Cisco's definition spells open-ended families as "extensionAttribute*".
    return any(p.endswith("*") and name.startswith(p[:-1]) for p in props)


def request_schema(m: Match) -> dict[str, Any] | None:
    body = m.operation.get("requestBody") or {}
    content = body.get("content") or {}
    for media in ("application/json", "application/scim+json"):
        if "schema" in content.get(media, {}):
            return content[media]["schema"]
    return None


def response_schema(m: Match, status: int) -> tuple[dict[str, Any] | None, bool]:
    """(schema, declared): the body schema for *status* and whether the status is declared."""
    responses = m.operation.get("responses", {})
    entry = (
        responses.get(str(status))
        or responses.get(f"{str(status)[0]}XX")
        or responses.get("default")
    )
    if entry is None:
        return None, False
    if status >= 400:
        return (SCIM_ERROR if m.scim else REST_ERROR), True
    content = entry.get("content") or {}
    for media in ("application/json", "application/scim+json"):
        if "schema" in content.get(media, {}):
            return content[media]["schema"], True
    return None, True
