"""Contract conformance (issue 8): the product and its simulator checked against the published
Graph v1.0 CSDL and Webex Admin OpenAPI definitions. See README.md in this folder."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def specs_dir() -> Path:
    """Where the published definitions live: ``WIZARD_SPECS_DIR``, else ``../shared/specs``
    beside the repo (how CI lays it out), else the development machine's ``/work/shared/specs``."""
    env = os.environ.get("WIZARD_SPECS_DIR")
    if env:
        return Path(env)
    for candidate in (ROOT.parent / "shared" / "specs", Path("/work/shared/specs")):
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "specs"
