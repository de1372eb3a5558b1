"""Webex Provisioning Wizard: connect Microsoft Entra ID to Cisco Webex for SCIM provisioning."""

DISTRIBUTION = "webex-scim-wizard"


def _version() -> str:
    """The one version: pyproject.toml's, read from the installed distribution's metadata.

    The frozen app carries that metadata too (the PyInstaller spec copies it), so `--version`, the
    installers and the package metadata agree. A bare source tree that was never installed has no
    metadata; it says so instead of inventing a number.

    The ``Version:`` line of the ``.dist-info`` folder on ``sys.path`` is read directly first:
    importing :mod:`importlib.metadata` (email, zipfile, pathlib) cost about 40 ms of every start.
    """
    import os
    import sys

    folder = DISTRIBUTION.replace("-", "_") + "-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(folder) and name.endswith(".dist-info"):
                found = _metadata_version(os.path.join(entry or ".", name, "METADATA"))
                if found:
                    return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "0+unknown"


def _metadata_version(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
                if not line.strip():
                    return None  # the headers ended (the description follows)
    except OSError:
        return None
    return None


__version__ = _version()
