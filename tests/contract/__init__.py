"""Contract conformance: the product and its simulator checked against the published Graph v1.0
CSDL (https://graph.microsoft.com/v1.0/$metadata) and the Webex Admin OpenAPI definition
(https://developer.webex.com/docs/api/getting-started). See README.md in this folder."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def specs_dir() -> Path:
    """Where local copies of the published definitions live: ``WIZARD_SPECS_DIR``, else a
    ``shared/specs`` folder beside the checkout (how CI lays it out)."""
    env = os.environ.get("WIZARD_SPECS_DIR")
    if env:
        return Path(env)
    for candidate in (ROOT.parent / "shared" / "specs", Path("/work/shared/specs")):
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "specs"
