"""The version comes from the installed metadata, read without importing importlib.metadata."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import wizard


def test_version_is_the_installed_distributions() -> None:
    assert wizard.__version__ == version("webex-scim-wizard")


def test_importing_the_package_does_not_load_importlib_metadata() -> None:
    """It cost about 40 ms of every start (email, zipfile, pathlib)."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, wizard; print('importlib.metadata' in sys.modules)"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.stdout.strip() == "False", done.stderr
