"""The installer tests are slow and need root: only `make test-package` (and .ci/run) runs them."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "package: builds, installs and removes the .deb (root; `make test-package`)"
    )
