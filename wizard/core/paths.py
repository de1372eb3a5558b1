"""Where the app keeps things: one profile for real use, one for the demo.

Why a profile: the demo must never read or overwrite a real tenant's secrets or state, so it gets
its own keyring service name and its own data directory. ``WIZARD_DATA_DIR`` relocates everything
(tests, portable installs).

Every folder the wizard creates is private (0700), parents included: ``mkdir(parents=True,
mode=...)`` applies the mode only to the last folder, and the log names tenants, orgs and
e-mail addresses.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from wizard.core.errors import ConfigError

APP_NAME = "webex-scim-wizard"
PRIVATE_DIR = 0o700


def make_private_dir(path: Path) -> Path:
    """Create *path* and any missing parents as 0700 folders; existing folders are left alone.

    Raises ``OSError`` when a part of the path is a file or cannot be created.
    """
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(path))
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue  # another process made it meanwhile: not ours to change
        # The umask may have taken bits away or (never) added some: set exactly 0700.
        os.chmod(folder, PRIVATE_DIR)
    return path


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
        """Create the data and log folders; a path that cannot hold them is a ConfigError."""
        for d in (self.data_dir, self.log_dir):
            try:
                make_private_dir(d)
            except OSError as exc:
                raise ConfigError.invalid(
                    "WIZARD_DATA_DIR" if os.environ.get("WIZARD_DATA_DIR") else "data folder",
                    str(d),
                    f"a folder the wizard can create and write to ({exc.strerror or type(exc).__name__})",
                ) from None
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
