"""Where the app keeps things: one profile for real use, one for the demo.

Why a profile: the demo must never read or overwrite a real tenant's secrets or state, so it gets
its own keyring service name and its own data directory. ``WIZARD_DATA_DIR`` relocates everything
(tests, portable installs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "webex-scim-wizard"


@dataclass(frozen=True)
class Profile:
    name: str  # "default" | "demo"
    data_dir: Path
    log_dir: Path
    keyring_service: str

    @property
    def is_demo(self) -> bool:
        return self.name == "demo"

    def ensure(self) -> Profile:
        for d in (self.data_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def profile(demo: bool = False) -> Profile:
    override = os.environ.get("WIZARD_DATA_DIR")
    if override:
        root = Path(override)
        data, logs = root / "data", root / "logs"
    else:
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        logs = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    if demo:
        return Profile("demo", data / "demo", logs / "demo", f"{APP_NAME}-demo")
    return Profile("default", data, logs, APP_NAME)
