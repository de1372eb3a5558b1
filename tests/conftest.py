"""Shared fixtures. Qt's environment is set here, before anything can import Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium refuses to run as root with its sandbox; only tests and CI run as root.
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QT_API", "pyside6")  # qasync must not pick another binding
# Tests must never touch a developer's real app data.
os.environ.setdefault("WIZARD_DATA_DIR", str(Path(__file__).parent / "artifacts" / "data"))

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
sys.path.insert(0, str(ROOT))

from wizard.simulator import Simulator  # noqa: E402


@pytest.fixture
def simulator(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    """A fresh simulator per test. Parametrise with ``@pytest.mark.sim(scenario=..., state=...)``."""
    marker = request.node.get_closest_marker("sim")
    kwargs = dict(marker.kwargs) if marker else {}
    with Simulator(**kwargs) as sim:
        yield sim


@pytest.fixture
def endpoints(simulator: Simulator):
    from wizard import endpoints as ep

    return ep.load(env={}, overrides=simulator.endpoint_overrides())


@pytest.fixture
def session(endpoints):
    from wizard.http import make_session

    return make_session(endpoints.ca_bundle)


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sim(scenario=None, state='fresh', ...): simulator options")
