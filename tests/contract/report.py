"""Judges recorded calls against the definitions and renders the conformance report.

Verdict per recorded call:

* the request must resolve (Graph: through the CSDL; Webex: to a path + method of the OpenAPI
  definition), its body must fit the target type or action parameters, and its ``$select``
  names must exist;
* the response must fit the returned type (2xx) or the service's error shape (4xx/5xx).

A request outside the definition that the simulator *refused* (4xx) is how the real service
behaves — tests send such requests on purpose to prove the simulator refuses them — so it counts
as conforming ("refused") provided the error body has the right shape. A request outside the
definition that the simulator *accepted* (2xx) is a failure: the simulator is more lenient than
the real API, or the product depends on something the API does not have. Requests sent by the
product itself (User-Agent ``webex-scim-wizard``) never get that allowance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tests.contract import csdl as csdl_mod
from tests.contract import openapi

PRODUCT_AGENT = "webex-scim-wizard"


@dataclass
class Verdict:
    service: str
    method: str
    template: str
    type_ref: str
    request_problems: list[str]
    response_problems: list[str]
    status: int
    product: bool

    @property
    def refused(self) -> bool:
        """Outside the definition, refused by the simulator as the real service would."""
        return bool(self.request_problems) and self.status >= 400 and not self.product

    @property
    def ok(self) -> bool:
        return not self.response_problems and (not self.request_problems or self.refused)

    @property
    def reason(self) -> str:
        problems = self.response_problems + (
            [] if self.refused else [f"request: {p}" for p in self.request_problems]
        )
        return "; ".join(problems)


@dataclass
class Line:
    service: str
    method: str
    template: str
    type_ref: str
    calls: int = 0
    statuses: set[int] = field(default_factory=set)
    refused: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (reason, test)

    @property
    def ok(self) -> bool:
        return not self.failures


_ID_LIKE = re.compile(r"[0-9]|^[A-Za-z0-9+/=_-]{20,}$")
_KEYED_SEGMENT = re.compile(r"^([A-Za-z_]\w*)\(.*\)$")


def _generic(path: str) -> str:
    """A stable template for a path the definition does not know: id-like segments -> {id}."""

    def one(seg: str) -> str:
        keyed = _KEYED_SEGMENT.match(seg)  # servicePrincipals(appId='…'): keep the set's name
        if keyed:
            return f"{keyed.group(1)}({{key}})"
        return "{id}" if _ID_LIKE.search(seg) and len(seg) > 6 else seg

    return "/".join(one(s) for s in path.split("/"))


def judge(
    entry: dict[str, Any], graph: csdl_mod.Csdl | None, spec: dict[str, Any] | None
) -> Verdict:
    method, path, status = entry["method"], entry["path"], entry["status"]
    product = str(entry.get("user_agent", "")).startswith(PRODUCT_AGENT)
    body, response = entry.get("body"), entry.get("response")
    req: list[str] = []
    resp: list[str] = []
    if isinstance(body, dict) and "<non-json>" in body and method not in ("GET", "HEAD"):
        req.append("request body is not JSON")
        body = None
    if isinstance(response, dict) and "<non-json>" in response:
        resp.append("response body is not JSON")
        response = None
    if entry["service"] == "graph":
        assert graph is not None
        try:
            target: csdl_mod.Target | None = csdl_mod.resolve(graph, method, path)
        except csdl_mod.ContractError as exc:
            target = None
            req.append(str(exc).removeprefix(f"{path}: "))
        if target is not None:
            req += csdl_mod.check_select(graph, target, entry.get("query") or {})
            req += csdl_mod.check_request_body(graph, method, target, body)
        if target is not None or status >= 400:
            resp += csdl_mod.check_response(graph, method, target, status, response)
        return Verdict(
            "graph",
            method,
            target.template if target else _generic(path),
            target.type_ref if target else "-",
            req,
            [f"response {status}: {p}" for p in resp],
            status,
            product,
        )
    assert spec is not None
    try:
        m: openapi.Match | None = openapi.match(spec, method, path)
    except AssertionError as exc:
        m = None
        req.append(str(exc).removeprefix(f"{path}: "))
    type_ref = "-"
    if m is not None:
        schema = openapi.request_schema(m)
        if schema is not None and body is not None:
            req += [f"body{p[1:]}" for p in openapi.errors(spec, schema, body, open=True)]
        out_schema, declared = openapi.response_schema(m, status)
        if not declared:
            resp.append(f"status {status} is not declared for {m.method.upper()} {m.template}")
        elif out_schema is not None and response is not None and method != "HEAD":
            resp += openapi.errors(spec, out_schema, response)
        ok_schema, _ = openapi.response_schema(m, 200 if m.method != "post" else 201)
        type_ref = _schema_name(ok_schema)
    elif status >= 400 and response is not None:
        scim = "/scim/" in path
        resp += openapi.errors(
            spec or {}, openapi.SCIM_ERROR if scim else openapi.REST_ERROR, response
        )
    template = (
        (m.template + ("  [legacy /v1/scim/{orgId}]" if m.legacy else "")) if m else _generic(path)
    )
    return Verdict(
        "webex",
        method,
        template,
        type_ref,
        req,
        [f"response {status}: {p}" for p in resp],
        status,
        product,
    )


def _schema_name(schema: dict[str, Any] | None) -> str:
    if not schema:
        return "(no content)"
    ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
    if ref:
        return ref.rsplit("/", 1)[-1]
    return "inline " + str(schema.get("type", "schema"))


def analyse(entries: Iterable[dict[str, Any]]) -> list[Line]:
    """Group recorded calls into distinct (service, method, template) lines with verdicts."""
    entries = list(entries)
    graph = csdl_mod.load() if any(e["service"] == "graph" for e in entries) else None
    spec = openapi.load() if any(e["service"] == "webex" for e in entries) else None
    lines: dict[tuple[str, str, str], Line] = {}
    for entry in entries:
        if entry.get("injected_fault"):
            continue  # broken on purpose by a test's fault injection: not the service's contract
        v = judge(entry, graph, spec)
        key = (v.service, v.method, v.template)
        line = lines.setdefault(key, Line(v.service, v.method, v.template, v.type_ref))
        line.calls += 1
        line.statuses.add(v.status)
        if v.type_ref != "-" and line.type_ref == "-":
            line.type_ref = v.type_ref
        if v.refused and v.ok:
            line.refused += 1
        if not v.ok and len(line.failures) < 3:
            line.failures.append((v.reason, entry.get("test", "")))
        elif not v.ok:
            line.failures.append(("", ""))
    return sorted(lines.values(), key=lambda x: (x.service, x.template, x.method))


def totals(lines: list[Line]) -> dict[str, int]:
    return {
        "distinct": len(lines),
        "ok": sum(1 for x in lines if x.ok),
        "fail": sum(1 for x in lines if not x.ok),
        "graph": sum(1 for x in lines if x.service == "graph"),
        "webex": sum(1 for x in lines if x.service == "webex"),
        "calls": sum(x.calls for x in lines),
    }


def render(lines: list[Line]) -> str:
    t = totals(lines)
    out = [
        "Contract conformance: recorded Graph and Webex calls vs the published definitions",
        "(Graph v1.0 CSDL msgraph-metadata f54f11b6; Webex Admin OpenAPI webex-openapi-specs 1be83326)",
        "",
    ]
    for line in lines:
        verdict = "ok  " if line.ok else "FAIL"
        statuses = ",".join(str(s) for s in sorted(line.statuses))
        note = f"; {line.refused} refused as outside the definition" if line.refused else ""
        out.append(
            f"{verdict} {line.service:5} {line.method:6} {line.template} -> {line.type_ref} "
            f"({line.calls} calls; {statuses}{note})"
        )
        for reason, test in line.failures[:3]:
            if reason:
                out.append(f"       reason: {reason}  [{test}]")
    pct = 100.0 * t["ok"] / t["distinct"] if t["distinct"] else 100.0
    out += [
        "",
        f"TOTAL distinct calls: {t['distinct']} (graph {t['graph']}, webex {t['webex']}); "
        f"conform: {t['ok']} ({pct:.0f} %); fail: {t['fail']}; recorded calls: {t['calls']}",
    ]
    return "\n".join(out) + "\n"
