"""A resolver and body checker for Microsoft Graph requests, driven by the v1.0 CSDL.

Given a concrete recorded request (``GET /v1.0/servicePrincipals(appId='…')/synchronization/jobs``)
:func:`resolve` walks it segment by segment through the metadata — entity set or singleton, key
(including alternate keys), navigation and structural properties through base types, type casts,
bound actions/functions on the right binding type (collection-bound too) — and returns the
target's type and a path template. :func:`check_value` validates JSON against a CSDL type
recursively. Both return reasons (strings) rather than raising, so the report can list them; the
``tests/integration/test_sim_graph_csdl.py`` route walker shares the same :class:`Csdl` model.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET  # noqa: S405 - trusted, published spec file
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from tests.contract import specs_dir

EDM = "{http://docs.oasis-open.org/odata/ns/edm}"
#: Query options whose names are checked against the target type.
_SELECT_LIKE = ("$select", "$expand")
#: Keys a Graph collection response may carry besides ``value``.
COLLECTION_KEYS = frozenset(
    {"@odata.context", "@odata.nextLink", "@odata.count", "@odata.deltaLink", "value"}
)


class ContractError(AssertionError):
    """A request or response that the published definition does not allow."""


@dataclass
class Operation:
    """A bound action or function: its kind, binding type, parameters and return type."""

    name: str
    kind: str  # "Action" | "Function"
    binding: str  # e.g. "graph.synchronizationJob" or "Collection(graph.synchronizationJob)"
    params: dict[str, str]  # non-binding parameter -> type reference
    returns: str | None


@dataclass
class Csdl:
    types: dict[str, ET.Element] = field(default_factory=dict)  # entity + complex
    enums: dict[str, set[str]] = field(default_factory=dict)
    sets: dict[str, str] = field(default_factory=dict)  # entity set -> type
    singletons: dict[str, str] = field(default_factory=dict)
    operations: dict[str, list[Operation]] = field(default_factory=dict)  # name -> overloads

    @property
    def actions(self) -> dict[tuple[str, str], str]:
        """(name, binding) -> "Action"/"Function" (the route walker's view)."""
        return {(o.name, o.binding): o.kind for ops in self.operations.values() for o in ops}

    def base(self, name: str) -> str | None:
        base = self.types[name].get("BaseType")
        return short(base) if base else None

    def lineage(self, name: str) -> list[str]:
        out: list[str] = []
        current: str | None = name
        while current and current in self.types:
            out.append(current)
            current = self.base(current)
        return out

    def member(self, type_name: str, prop: str) -> tuple[str, str] | None:
        """('Property'|'NavigationProperty', declared type) of *prop* on the type or a base."""
        for t in self.lineage(type_name):
            for el in self.types[t]:
                if (
                    el.tag in (f"{EDM}Property", f"{EDM}NavigationProperty")
                    and el.get("Name") == prop
                ):
                    return el.tag[len(EDM) :], el.get("Type", "")
        return None

    def contains_target(self, type_name: str, prop: str) -> bool:
        """True when *prop* is a containment navigation property (``ContainsTarget="true"``)."""
        for t in self.lineage(type_name):
            for el in self.types[t]:
                if el.tag == f"{EDM}NavigationProperty" and el.get("Name") == prop:
                    return el.get("ContainsTarget") == "true"
        return False

    def key(self, type_name: str) -> list[str]:
        for t in self.lineage(type_name):
            k = self.types[t].find(f"{EDM}Key")
            if k is not None:
                return [r.get("Name", "") for r in k]
        return []

    def alternate_keys(self, type_name: str) -> set[str]:
        keys = set()
        for t in self.lineage(type_name):
            for ann in self.types[t].iter(f"{EDM}Annotation"):
                if ann.get("Term") == "Org.OData.Core.V1.AlternateKeys":
                    for pv in ann.iter(f"{EDM}PropertyValue"):
                        if pv.get("Property") == "Alias":
                            keys.add(pv.get("String", ""))
        return keys

    def operation(self, name: str, type_name: str, many: bool) -> Operation | None:
        """The action/function *name* bound to *type_name* (or a base), single or collection."""
        for t in self.lineage(type_name):
            binding = f"Collection(graph.{t})" if many else f"graph.{t}"
            for op in self.operations.get(name, []):
                if op.binding == binding:
                    return op
        return None


def short(qualified: str) -> str:
    """``graph.x`` / ``microsoft.graph.x`` -> ``x`` (the main schema's namespace and alias)."""
    for prefix in ("microsoft.graph.", "graph."):
        if qualified.startswith(prefix):
            return qualified[len(prefix) :]
    return qualified


def unwrap(type_ref: str) -> tuple[str, bool]:
    """``Collection(graph.user)`` -> (``user``, True); ``Edm.String`` stays qualified."""
    m = re.fullmatch(r"Collection\((.+)\)", type_ref)
    inner = m.group(1) if m else type_ref
    return (short(inner) if not inner.startswith("Edm.") else inner), bool(m)


def csdl_path() -> Path:
    return specs_dir() / "graph-v1.0-metadata.xml"


@functools.cache
def load(path: str | None = None) -> Csdl:
    """Parse the CSDL once per process (3.5 MB; about a second)."""
    root = ET.parse(path or csdl_path()).getroot()  # noqa: S314 - trusted, published spec file
    schema = next(s for s in root.iter(f"{EDM}Schema") if s.get("Namespace") == "microsoft.graph")
    out = Csdl()
    for el in schema:
        name = el.get("Name", "")
        if el.tag in (f"{EDM}EntityType", f"{EDM}ComplexType"):
            out.types[name] = el
        elif el.tag == f"{EDM}EnumType":
            out.enums[name] = {m.get("Name", "") for m in el if m.tag == f"{EDM}Member"}
        elif el.tag in (f"{EDM}Action", f"{EDM}Function") and el.get("IsBound") == "true":
            params = el.findall(f"{EDM}Parameter")
            binding = (params[0].get("Type", "") if params else "").replace(
                "microsoft.graph.", "graph."
            )
            ret = el.find(f"{EDM}ReturnType")
            out.operations.setdefault(name, []).append(
                Operation(
                    name=name,
                    kind=el.tag[len(EDM) :],
                    binding=binding,
                    params={p.get("Name", ""): p.get("Type", "") for p in params[1:]},
                    returns=ret.get("Type") if ret is not None else None,
                )
            )
    container = next(root.iter(f"{EDM}EntityContainer"))
    for el in container:
        if el.tag == f"{EDM}EntitySet":
            out.sets[el.get("Name", "")] = short(el.get("EntityType", ""))
        elif el.tag == f"{EDM}Singleton":
            out.singletons[el.get("Name", "")] = short(el.get("Type", ""))
    return out


# ------------------------------------------------------------------------------- paths
@dataclass
class Target:
    """What a Graph URL addresses."""

    template: str  # e.g. /v1.0/servicePrincipals/{id}/synchronization/jobs/{id}/start
    type_name: str  # element type (entity/complex/Edm), without the alias
    many: bool  # a collection
    kind: str  # "entity" | "property" | "action" | "function" | "count"
    operation: Operation | None = None

    @property
    def type_ref(self) -> str:
        if not self.type_name:
            return "(no content)"
        name = self.type_name if self.type_name.startswith("Edm.") else f"graph.{self.type_name}"
        return f"Collection({name})" if self.many else name


_KEYED = re.compile(r"^(?P<name>[A-Za-z_]\w*)\((?P<key>.*)\)$")
_ALT_KEY = re.compile(r"^(?P<prop>\w+)=(?P<value>'.*'|[^,]+)$")


def _split(path: str) -> list[str]:
    if not path.startswith("/v1.0/"):
        raise ContractError(f"{path}: not a Graph v1.0 path")
    return [unquote(s) for s in path[len("/v1.0/") :].split("/") if s != ""]


def resolve(csdl: Csdl, method: str, path: str) -> Target:
    """Walk a concrete Graph path through the CSDL; raise :class:`ContractError` with the reason."""
    segments = _split(path)
    if not segments:
        raise ContractError(f"{path}: no resource segment")
    first = segments.pop(0)
    template = ["/v1.0"]
    keyed = _KEYED.match(first)
    name = keyed.group("name") if keyed else first
    if name in csdl.sets:
        type_name, many = csdl.sets[name], True
    elif name in csdl.singletons:
        if keyed:
            raise ContractError(f"{path}: singleton {name} takes no key")
        type_name, many = csdl.singletons[name], False
    else:
        raise ContractError(f"{path}: no entity set or singleton '{name}'")
    template.append(name)
    if keyed:
        template[-1] = name + _key_template(csdl, path, type_name, keyed.group("key"))
        many = False
    kind = "entity"
    operation: Operation | None = None
    contained = False  # the collection was reached through a containment navigation property
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if kind in ("action", "function", "count"):
            raise ContractError(f"{path}: nothing can follow {template[-1]}")
        if kind == "property":
            raise ContractError(f"{path}: cannot address below structural property {template[-1]}")
        if type_name not in csdl.types:
            raise ContractError(f"{path}: {type_name} is not a structured type")
        if seg == "$count" and many:
            template.append(seg)
            kind = "count"
            continue
        if seg.startswith(("microsoft.graph.", "graph.")) and "(" not in seg:
            derived = short(seg)
            if derived not in csdl.types or type_name not in csdl.lineage(derived):
                raise ContractError(f"{path}: {seg} does not derive from {type_name}")
            type_name = derived
            template.append(f"microsoft.graph.{derived}")
            continue
        op = csdl.operation(short(seg), type_name, many)
        if op is not None:
            if not last:
                raise ContractError(f"{path}: {op.kind.lower()} {seg} must be the last segment")
            expected = {"Action": {"POST"}, "Function": {"GET", "HEAD"}}[op.kind]
            if method not in expected:
                raise ContractError(
                    f"{path}: {seg} is a bound {op.kind.lower()}, called with {method}"
                )
            template.append(seg)
            operation, kind = op, op.kind.lower()
            if op.returns:
                type_name, many = unwrap(op.returns)
            continue
        if many:
            # A key segment: ids are opaque, so anything that is not a known name is a key.
            if seg in {m.get("Name") for t in csdl.lineage(type_name) for m in csdl.types[t]}:
                raise ContractError(
                    f"{path}: {seg} is a member of {type_name}, but the path addresses a collection"
                )
            # Directory ids are GUIDs, so a bare word there is a misspelt member. A contained
            # collection keyed by an Edm.String (synchronizationTemplate ``ciscoWebexSim``,
            # job ids) has developer-chosen keys: any segment that is not a member is a key.
            string_keyed = contained and all(
                (csdl.member(type_name, k) or ("", ""))[1] == "Edm.String"
                for k in csdl.key(type_name) or ["?"]
            )
            if (
                not string_keyed
                and seg[:1].isalpha()
                and seg.isidentifier()
                and not re.search(r"\d", seg)
            ):
                raise ContractError(
                    f"{path}: '{seg}' is not a key, nor an action or function bound to "
                    f"Collection(microsoft.graph.{type_name})"
                )
            many = False
            template.append("{id}")
            continue
        member = csdl.member(type_name, seg)
        if member is None:
            raise ContractError(
                f"{path}: microsoft.graph.{type_name} has no property, navigation, action or "
                f"function '{seg}'"
            )
        template.append(seg)
        contained = csdl.contains_target(type_name, seg)
        type_name, many = unwrap(member[1])
        kind = "property" if member[0] == "Property" else "entity"
    if operation is not None and not operation.returns:
        return Target("/".join(template), "", False, kind, operation)
    return Target("/".join(template), type_name, many, kind, operation)


def _key_template(csdl: Csdl, path: str, type_name: str, key: str) -> str:
    alt = _ALT_KEY.match(key)
    if alt:
        prop = alt.group("prop")
        if prop not in csdl.alternate_keys(type_name) and prop not in csdl.key(type_name):
            raise ContractError(f"{path}: {prop} is not a key or alternate key of {type_name}")
        return f"({prop}='{{{prop}}}')"
    return "({id})"


# ------------------------------------------------------------------------------- values
_PRIMITIVES: dict[str, tuple[type, ...]] = {
    "Edm.String": (str,),
    "Edm.Guid": (str,),
    "Edm.DateTimeOffset": (str,),
    "Edm.Duration": (str,),
    "Edm.Date": (str,),
    "Edm.TimeOfDay": (str,),
    "Edm.Binary": (str,),
    "Edm.Stream": (str,),
    "Edm.Boolean": (bool,),
    "Edm.Byte": (int,),
    "Edm.Int16": (int,),
    "Edm.Int32": (int,),
    "Edm.Int64": (int,),
    "Edm.Single": (int, float, str),
    "Edm.Double": (int, float, str),
    "Edm.Decimal": (int, float, str),
}


def check_value(csdl: Csdl, type_ref: str, value: Any, where: str) -> list[str]:
    """Every way *value* breaks CSDL type *type_ref* (unknown properties, wrong types, enums)."""
    type_name, many = unwrap(type_ref)
    if many:
        if not isinstance(value, list):
            return [f"{where}: expected a collection of {type_name}"]
        out: list[str] = []
        for i, item in enumerate(value):
            out += check_value(csdl, type_name, item, f"{where}[{i}]")
        return out
    if value is None:
        return []
    if type_name in _PRIMITIVES:
        ok = isinstance(value, _PRIMITIVES[type_name]) and not (
            type_name != "Edm.Boolean" and isinstance(value, bool)
        )
        return [] if ok else [f"{where}: {value!r} is not {type_name}"]
    if type_name.startswith("Edm."):
        return []  # Edm.Untyped and the geography types: anything goes
    if type_name in csdl.enums:
        return [
            f"{where}: {m.strip()!r} is not a member of microsoft.graph.{type_name}"
            for m in str(value).split(",")
            if m.strip() not in csdl.enums[type_name]
        ]
    if type_name not in csdl.types:
        return [f"{where}: unknown type {type_name}"]
    if not isinstance(value, dict):
        return [f"{where}: expected an object of microsoft.graph.{type_name}"]
    odata_type = value.get("@odata.type")
    if odata_type:
        derived = short(str(odata_type).lstrip("#"))
        if derived not in csdl.types or type_name not in csdl.lineage(derived):
            return [f"{where}: {odata_type} is not a microsoft.graph.{type_name}"]
        type_name = derived
    out = []
    for key, item in value.items():
        if key.startswith("@odata."):
            continue
        name, _, annotation = key.partition("@")
        member = csdl.member(type_name, name)
        if member is None:
            out.append(f"{where}.{key}: not a property of microsoft.graph.{type_name}")
        elif annotation:
            if annotation not in ("odata.bind", "odata.type", "odata.context", "odata.nextLink"):
                out.append(f"{where}.{key}: unknown annotation")
        else:
            out += check_value(csdl, member[1], item, f"{where}.{key}")
    return out


def check_select(csdl: Csdl, target: Target, query: dict[str, str]) -> list[str]:
    """Unknown ``$select``/``$expand`` names are errors in real Graph (400), so they are here."""
    if target.type_name not in csdl.types:
        return [f"{opt} on a non-structured target" for opt in _SELECT_LIKE if opt in query]
    out: list[str] = []
    for opt in _SELECT_LIKE:
        for raw in filter(None, (query.get(opt) or "").split(",")):
            name = raw.strip().split("(", 1)[0].split("/", 1)[0]
            if name == "*":
                continue
            member = csdl.member(target.type_name, name)
            if member is None:
                out.append(f"{opt}: {name} is not a property of microsoft.graph.{target.type_name}")
            elif opt == "$expand" and member[0] != "NavigationProperty":
                out.append(f"$expand: {name} is not a navigation property")
    return out


def check_request_body(csdl: Csdl, method: str, target: Target, body: Any) -> list[str]:
    """A request body against what the target accepts: action parameters, the entity type
    (POST to a collection, PATCH/PUT to an entity) or ``{"value": …}`` for a structural property."""
    if method in ("GET", "HEAD", "DELETE"):
        return [] if body in (None, b"", "") else [f"{method} with a body"]
    if target.operation is not None:
        op = target.operation
        if body is None:
            return []
        if not isinstance(body, dict):
            return [f"body of {op.name} must be a JSON object of its parameters"]
        out = []
        for key, value in body.items():
            if key not in op.params:
                out.append(
                    f"body.{key}: not a parameter of {op.name} (has: {', '.join(op.params) or 'none'})"
                )
            else:
                out += check_value(csdl, op.params[key], value, f"body.{key}")
        return out
    if body is None:
        return [] if method == "POST" else [f"{method} without a body"]
    if target.kind == "property":
        if not isinstance(body, dict) or set(body) != {"value"}:
            return ['a structural property is written as {"value": …}']
        return check_value(csdl, target.type_ref, body["value"], "body.value")
    if method == "POST" and not target.many:
        return [f"POST to a single {target.type_name}: not a collection, action or function"]
    return check_value(csdl, target.type_name, body, "body")


def check_response(
    csdl: Csdl, method: str, target: Target | None, status: int, body: Any
) -> list[str]:
    """A simulator response against the target's type, Graph's collection wrapper and error shape."""
    if status >= 400:
        return check_error(body)
    if body is None or method == "HEAD":
        if (
            target is not None
            and target.operation is not None
            and target.operation.returns
            and status != 204
        ):
            return [f"{target.operation.name} returns {target.operation.returns}, got no body"]
        return []
    if target is None:
        return []
    if target.kind == "count":
        return [] if isinstance(body, int) else ["$count must be a number"]
    if target.operation is not None and not target.operation.returns:
        return [f"{target.operation.name} has no return type, but a body came back"]
    if method == "POST" and target.many and target.operation is None:
        return check_value(csdl, target.type_name, body, "response")  # 201 + the created entity
    if (
        target.many
        or target.kind == "property"
        or (target.operation and target.type_name.startswith("Edm."))
    ):
        if not isinstance(body, dict) or "value" not in body:
            return ["collection/property response not wrapped in 'value'"]
        extra = set(body) - COLLECTION_KEYS
        if extra:
            return [f"unexpected keys beside 'value': {sorted(extra)}"]
        return check_value(csdl, target.type_ref, body["value"], "value")
    return check_value(csdl, target.type_ref, body, "response")


def check_error(body: Any) -> list[str]:
    """Graph's error shape: ``{"error": {"code", "message", "innerError"?, "details"?, "target"?}}``."""
    if not isinstance(body, dict) or set(body) != {"error"} or not isinstance(body["error"], dict):
        return ["error is not in Graph's {'error': {...}} shape"]
    err = body["error"]
    out = [
        f"error.{k} missing or not a string"
        for k in ("code", "message")
        if not isinstance(err.get(k), str)
    ]
    extra = set(err) - {"code", "message", "innerError", "details", "target"}
    if extra:
        out.append(f"error has unknown keys {sorted(extra)}")
    return out
