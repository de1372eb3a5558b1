"""Webex Provisioning Wizard: connect Microsoft Entra ID to Cisco Webex for SCIM provisioning."""


def _version() -> str:
    """The one version: pyproject.toml's, read from the installed distribution's metadata.

    The frozen app carries that metadata too (the PyInstaller spec copies it), so `--version`, the
    installers and the package metadata agree. A bare source tree that was never installed has no
    metadata; it says so instead of inventing a number.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("webex-scim-wizard")
    except PackageNotFoundError:
        return "0+unknown"


__version__ = _version()
