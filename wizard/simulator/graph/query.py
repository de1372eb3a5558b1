"""OData query options of the simulated Graph: ``$select``, ``$filter``, ``$search``, paging.

Only the subset the product uses is implemented, but each option rejects what it does not
support with Graph's own error code and wording instead of silently ignoring it, so a product
bug shows up in the demo as it would against the real service. Sources:
https://learn.microsoft.com/en-us/graph/query-parameters and …/graph/aad-advanced-queries (``$search`` and
``$count`` need ``ConsistencyLevel: eventual``); the ``$search`` error text is the one quoted in
microsoftgraph/microsoft-graph-docs-contrib issue #3495.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from werkzeug.wrappers import Request, Response

from wizard.simulator.graph import csdl
from wizard.simulator.graph.common import ODataError, bad_request, context_url, entity
from wizard.simulator.routing import graph_response

DEFAULT_PAGE_SIZE = 100  # Graph's default page for directory objects
MAX_PAGE_SIZE = 999


# ------------------------------------------------------------------------------- $select
def select_fields(request: Request, type_name: str) -> list[str] | None:
    raw = request.args.get("$select")
    if raw is None:
        return None
    fields = [f.strip() for f in raw.split(",") if f.strip()]
    for field in fields:
        if not csdl.has_property(type_name, field):
            raise bad_request(
                f"Could not find a property named '{field}' on type '{csdl.qualified(type_name)}'."
            )
    return fields


def project(obj: dict[str, Any], fields: list[str] | None) -> dict[str, Any]:
    """Apply ``$select``: only the named properties (unset ones as null), plus annotations."""
    if fields is None:
        return dict(obj)
    out = {k: v for k, v in obj.items() if k.startswith("@odata.")}
    out.update({f: obj.get(f) for f in fields})
    return out


def with_select(fragment: str, fields: list[str] | None) -> str:
    return f"{fragment}({','.join(fields)})" if fields else fragment


# ------------------------------------------------------------------------------- $filter
_TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<punct>[(),:])|(?P<word>[A-Za-z_][A-Za-z0-9_./]*)|(?P<bad>\S))"
)


@dataclass(frozen=True)
class FilterRules:
    """What one entity set accepts in ``$filter`` (Graph rejects the rest as unsupported)."""

    type_name: str
    resource: str  # as Graph names it in "... of resource 'User'."
    properties: frozenset[str]
    functions: frozenset[str] = frozenset({"startswith"})


def _unsupported(rules: FilterRules, prop: str) -> ODataError:
    return ODataError(
        400,
        "Request_UnsupportedQuery",
        f"Unsupported or invalid query filter clause specified for property '{prop}' of resource "
        f"'{rules.resource}'.",
    )


class _FilterParser:
    """Recursive descent over: or / and / not, ``p eq|ne lit``, ``fn(p,'x')``, ``p/any(v:v eq 'x')``."""

    def __init__(self, text: str, rules: FilterRules) -> None:
        self.rules = rules
        self.tokens: list[tuple[str, str]] = []
        for m in _TOKEN.finditer(text):
            kind = m.lastgroup or "bad"
            if kind == "bad":
                raise bad_request(f"Invalid filter clause: syntax error at '{m.group(kind)}'.")
            self.tokens.append((kind, m.group(kind)))
        self.pos = 0

    def parse(self) -> Callable[[dict[str, Any]], bool]:
        pred = self._or()
        if self.pos != len(self.tokens):
            raise bad_request(f"Invalid filter clause: unexpected '{self.tokens[self.pos][1]}'.")
        return pred

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self, value: str | None = None) -> str:
        tok = self._peek()
        if tok is None or (value is not None and tok[1].lower() != value):
            raise bad_request(f"Invalid filter clause: expected '{value or 'a value'}'.")
        self.pos += 1
        return tok[1]

    def _keyword(self, word: str) -> bool:
        tok = self._peek()
        if tok and tok[0] == "word" and tok[1].lower() == word:
            self.pos += 1
            return True
        return False

    def _or(self) -> Callable[[dict[str, Any]], bool]:
        preds = [self._and()]
        while self._keyword("or"):
            preds.append(self._and())
        return lambda o: any(p(o) for p in preds)

    def _and(self) -> Callable[[dict[str, Any]], bool]:
        preds = [self._not()]
        while self._keyword("and"):
            preds.append(self._not())
        return lambda o: all(p(o) for p in preds)

    def _not(self) -> Callable[[dict[str, Any]], bool]:
        if self._keyword("not"):
            inner = self._not()
            return lambda o: not inner(o)
        return self._primary()

    def _literal(self) -> Any:
        tok = self._peek()
        if tok is None:
            raise bad_request("Invalid filter clause: a value is missing.")
        self.pos += 1
        kind, text = tok
        if kind == "str":
            return text[1:-1].replace("''", "'")
        if kind == "word" and text.lower() in ("true", "false"):
            return text.lower() == "true"
        if kind == "word" and text.lower() == "null":
            return None
        raise bad_request(f"Invalid filter clause: '{text}' is not a valid literal.")

    def _property(self) -> str:
        tok = self._peek()
        if tok is None or tok[0] != "word":
            raise bad_request("Invalid filter clause: a property name is missing.")
        self.pos += 1
        name = tok[1]
        base = name.split("/", 1)[0]
        if not csdl.has_property(self.rules.type_name, base):
            raise bad_request(
                f"Could not find a property named '{base}' on type "
                f"'{csdl.qualified(self.rules.type_name)}'."
            )
        if base not in self.rules.properties:
            raise _unsupported(self.rules, base)
        return name

    def _primary(self) -> Callable[[dict[str, Any]], bool]:
        if self._peek() == ("punct", "("):
            self._take("(")
            inner = self._or()
            self._take(")")
            return inner
        tok = self._peek()
        is_call = tok and tok[0] == "word" and "/" not in tok[1]
        if is_call and self.pos + 1 < len(self.tokens) and self.tokens[self.pos + 1][1] == "(":
            func = tok[1].lower()
            self.pos += 2
            prop = self._property()
            if func not in self.rules.functions:
                raise _unsupported(self.rules, prop)
            self._take(",")
            value = self._literal()
            self._take(")")
            if not isinstance(value, str):
                raise bad_request(f"Invalid filter clause: {func} needs a string.")
            return _string_function(func, prop, value.lower())
        prop = self._property()
        if prop.endswith("/any"):
            return self._any(prop[: -len("/any")])
        op = self._take().lower()
        if op not in ("eq", "ne"):
            raise _unsupported(self.rules, prop)
        value = self._literal()
        match = _equals(prop, value)
        return match if op == "eq" else (lambda o: not match(o))

    def _any(self, prop: str) -> Callable[[dict[str, Any]], bool]:
        self._take("(")
        var = self._take()
        self._take(":")
        if self._take() != var or self._take().lower() != "eq":
            raise _unsupported(self.rules, prop)
        value = self._literal()
        self._take(")")
        wanted = value.lower() if isinstance(value, str) else value
        return lambda o: any(
            (v.lower() if isinstance(v, str) else v) == wanted for v in (o.get(prop) or [])
        )


def _equals(prop: str, value: Any) -> Callable[[dict[str, Any]], bool]:
    # Directory string comparisons are case-insensitive.
    if isinstance(value, str):
        wanted = value.lower()
        return lambda o: isinstance(o.get(prop), str) and o[prop].lower() == wanted
    return lambda o: o.get(prop) == value


def _string_function(func: str, prop: str, value: str) -> Callable[[dict[str, Any]], bool]:
    def test(o: dict[str, Any]) -> bool:
        have = o.get(prop)
        if not isinstance(have, str):
            return False
        have = have.lower()
        if func == "startswith":
            return have.startswith(value)
        if func == "endswith":
            return have.endswith(value)
        return value in have  # contains

    return test


def parse_filter(request: Request, rules: FilterRules) -> Callable[[dict[str, Any]], bool] | None:
    raw = request.args.get("$filter")
    if raw is None:
        return None
    return _FilterParser(raw, rules).parse()


# ------------------------------------------------------------------------------- $search
_SEARCH_CLAUSE = re.compile(r'\s*"(?P<prop>[A-Za-z]+):(?P<term>[^"]*)"\s*(?:(?P<op>AND|OR)\s*)?')


def eventual(request: Request) -> bool:
    return (request.headers.get("ConsistencyLevel") or "").lower() == "eventual"


def parse_search(
    request: Request, searchable: frozenset[str]
) -> Callable[[dict[str, Any]], bool] | None:
    """``$search="displayName:ade" OR "mail:ade"``: tokenized prefix match, as Entra does."""
    raw = request.args.get("$search")
    if raw is None:
        return None
    if not eventual(request):
        raise ODataError(
            400,
            "Request_UnsupportedQuery",
            "Request with $search query parameter only works through MSGraph with a special "
            "request header: 'ConsistencyLevel: eventual'",
        )
    clauses: list[tuple[str, str]] = []
    ops: list[str] = []
    pos = 0
    while pos < len(raw):
        m = _SEARCH_CLAUSE.match(raw, pos)
        if not m or m.end() == pos:
            raise bad_request(
                "Syntax error: the $search query is not valid.", "Request_UnsupportedQuery"
            )
        if m.group("prop") not in searchable:
            raise bad_request("This query is not supported.", "Request_UnsupportedQuery")
        clauses.append((m.group("prop"), m.group("term").lower()))
        if m.group("op"):
            ops.append(m.group("op"))
        pos = m.end()
    if not clauses or len(ops) != len(clauses) - 1:
        raise bad_request(
            "Syntax error: the $search query is not valid.", "Request_UnsupportedQuery"
        )

    def hit(o: dict[str, Any], prop: str, term: str) -> bool:
        value = o.get(prop)
        if not isinstance(value, str):
            return False
        value = value.lower()
        words = [w for w in re.split(r"[^0-9a-z]+", value) if w]
        return value.startswith(term) or any(w.startswith(term) for w in words)

    def test(o: dict[str, Any]) -> bool:
        result = hit(o, *clauses[0])
        for op, clause in zip(ops, clauses[1:], strict=True):
            result = (result and hit(o, *clause)) if op == "AND" else (result or hit(o, *clause))
        return result

    return test


# ------------------------------------------------------------------------------- paging
#: Kept literal in nextLink so it reads like Graph's (``$top=2&$skiptoken=...``).
_QUERY_SAFE = "$,()':"


def _encode_skiptoken(offset: int) -> str:
    # Opaque to the client, as Graph's are; only the simulator reads it back.
    return base64.urlsafe_b64encode(f"sim-offset:{offset}".encode()).decode().rstrip("=")


def _decode_skiptoken(token: str) -> int:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        prefix, _, number = text.partition(":")
        if prefix != "sim-offset":
            raise ValueError(text)
        return int(number)
    except (ValueError, UnicodeDecodeError):
        raise bad_request("Invalid $skiptoken value.", "Request_BadRequest") from None


def page_size(request: Request) -> int:
    raw = request.args.get("$top")
    if raw is None:
        return DEFAULT_PAGE_SIZE
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE_SIZE:
        raise bad_request(
            f"Invalid page size specified: '{raw}'. Must be between 1 and {MAX_PAGE_SIZE} inclusive.",
            "Request_BadRequest",
        )
    return int(raw)


def collection(
    request: Request,
    fragment: str,
    items: Iterable[dict[str, Any]],
    fields: list[str] | None = None,
    *,
    countable: bool = True,
    skippable: bool = False,
) -> Response:
    """``{"@odata.context", "value"}`` with ``@odata.nextLink`` when ``$top`` cuts the set.

    ``$skip`` is honoured only where Graph documents it (applicationTemplates); directory
    collections page with ``$skiptoken`` alone.
    """
    rows = list(items)
    skip = request.args.get("$skip")
    if skip is not None:
        if not skippable:
            raise bad_request("'$skip' is not supported by the service.", "Request_BadRequest")
        if not skip.isdigit():
            raise bad_request(f"Invalid value '{skip}' for $skip.", "BadRequest")
        rows = rows[int(skip) :]
    size = page_size(request)
    token = request.args.get("$skiptoken")
    offset = _decode_skiptoken(token) if token else 0
    body: dict[str, Any] = {"@odata.context": context_url(request, with_select(fragment, fields))}
    if request.args.get("$count", "").lower() == "true":
        if not (countable and eventual(request)):
            raise bad_request("$count is not currently supported.", "Request_BadRequest")
        body["@odata.count"] = len(rows)
    page = rows[offset : offset + size]
    if offset + size < len(rows):
        query = [(k, v) for k, v in request.args.items(multi=True) if k != "$skiptoken"]
        query.append(("$skiptoken", _encode_skiptoken(offset + size)))
        body["@odata.nextLink"] = f"{request.base_url}?{urlencode(query, safe=_QUERY_SAFE)}"
    body["value"] = [project(o, fields) for o in page]
    return graph_response(body)


def order(request: Request, rows: list[dict[str, Any]], type_name: str) -> list[dict[str, Any]]:
    raw = request.args.get("$orderby")
    if raw is None:
        return rows
    prop, _, direction = raw.strip().partition(" ")
    if not csdl.has_property(type_name, prop):
        raise bad_request(
            f"Could not find a property named '{prop}' on type '{csdl.qualified(type_name)}'."
        )
    if direction.strip().lower() not in ("", "asc", "desc"):
        raise bad_request(f"Invalid $orderby direction '{direction.strip()}'.")
    return sorted(
        rows,
        key=lambda o: (o.get(prop) is None, str(o.get(prop) or "").lower()),
        reverse=direction.strip().lower() == "desc",
    )


# ------------------------------------------------------------------------------- reads
#: How a stored object is shown: ``$select`` applied, plus whatever the type adds by default.
View = Callable[[dict[str, Any], list[str] | None], dict[str, Any]]


def read_one(
    request: Request,
    entity_set: str,
    type_name: str,
    load: Callable[[], dict[str, Any]],
    view: View = project,
) -> Response:
    """``GET /{entity_set}/{key}``: one object with ``$select``; *load* raises the 404.

    ``$select`` is checked before the object is looked up, so a bad query is a 400 even for a
    missing object.
    """
    fields = select_fields(request, type_name)
    body = view(load(), fields)
    return entity(request, with_select(entity_set, fields) + "/$entity", body)


def read_list(
    request: Request,
    entity_set: str,
    rows: Sequence[dict[str, Any]],
    rules: FilterRules,
    searchable: frozenset[str] | None = None,
    *,
    view: View | None = None,
    skippable: bool = False,
) -> Response:
    """``GET /{entity_set}`` over *rows* (copies): ``$select``, ``$filter``, ``$search`` (where
    *searchable* is given; elsewhere it is ignored), ``$orderby``, then paging."""
    fields = select_fields(request, rules.type_name)
    match = parse_filter(request, rules)
    search = parse_search(request, searchable) if searchable is not None else None
    kept = [r for r in rows if (match is None or match(r)) and (search is None or search(r))]
    kept = order(request, kept, rules.type_name)
    if view is not None:
        kept = [view(r, fields) for r in kept]
    return collection(request, entity_set, kept, fields, skippable=skippable)
