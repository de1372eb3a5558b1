"""The benchmarks under tests/perf report their timings, they never assert them: a timed
assertion fails at random on a busy machine (the project's rule: no timed assertions). A
benchmark fails only when its measurement could not be taken."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

PERF = Path(__file__).resolve().parents[2] / "perf"
#: Names that hold a measured time or a bar for one.
TIMED = re.compile(r"ratio|median|elapsed|seconds|duration|_ms$|^ms$|^BAR$|GOAL|took|spent", re.I)


def _names(node: ast.AST) -> set[str]:
    found = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            found.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            found.add(sub.attr)
    return found


def test_no_benchmark_asserts_a_timing() -> None:
    timed = []
    for path in sorted(PERF.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Assert):
                continue
            compares = [c for c in ast.walk(node.test) if isinstance(c, ast.Compare)]
            if any(TIMED.search(name) for c in compares for name in _names(c)):
                timed.append(f"{path.name}:{node.lineno}: {ast.unparse(node.test)}")
    assert timed == []


def test_the_startup_report_says_when_the_ratio_is_over_the_bar() -> None:
    spec = importlib.util.spec_from_file_location("perf_startup", PERF / "test_startup.py")
    assert spec is not None and spec.loader is not None
    startup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(startup)
    over = startup.report_text([3.0, 3.2, 3.1], [1.0, 1.0, 1.0], bar=1.5)
    assert "ratio 3.10 (bar 1.5: OVER the bar)" in over and "3 runs each" in over
    assert "(bar 1.5: within the bar)" in startup.report_text([1.2], [1.0], bar=1.5)
