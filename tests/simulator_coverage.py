"""Which simulator routes answered and which scenarios ran, over the whole test session.

The test suite checks at the end of a full run that every route and every scenario was
exercised (``pytest_sessionfinish`` in ``tests/conftest.py``). Recorded through the simulator's
process-wide observers (:attr:`Simulator.observers`), so the product carries no test bookkeeping.
"""

from __future__ import annotations

from wizard.simulator.server import Simulator

ROUTES_HIT: set[str] = set()
SCENARIOS_USED: set[str] = set()


def _observe(kind: str, name: str) -> None:
    if kind == "route":
        ROUTES_HIT.add(name)
    elif kind == "scenario":
        SCENARIOS_USED.add(name)


def install() -> None:
    """Start recording (once per process)."""
    if _observe not in Simulator.observers:
        Simulator.observers.append(_observe)
