"""The pre-flight read: the signed-in admin's roles, the tenant's Cisco Webex apps (and their
jobs) and Cisco's identity-integration app, as a checklist; and which app the setup then uses.

The checks themselves are :mod:`wizard.entra.preflight` (plain data, unit-tested); the page and
the setup call them through here. Blocks: call :func:`check` on a worker thread.
"""

from __future__ import annotations

from wizard.entra import preflight as service
from wizard.entra.gallery import WebexApp
from wizard.entra.graph import GraphClient
from wizard.entra.preflight import SKIP_GALLERY, Finding, Report, Status

__all__ = ["SKIP_GALLERY", "Finding", "Report", "Status", "app_after_check", "check"]


def check(client: GraphClient) -> Report:
    """Every pre-flight check, read-only (roles, existing apps and jobs, identity integration)."""
    return service.check(client)


def app_after_check(report: Report, chosen: WebexApp | None, created_id: str | None) -> WebexApp | None:
    """The app the setup uses after a check: the one existing app is reused; an app chosen
    earlier stays chosen while it still exists (or while it is the one this run added, which
    may not be listed yet); otherwise none is chosen yet."""
    reuse = report.reuse
    if reuse is not None:
        return reuse.app
    if chosen is None or chosen.id == created_id:
        return chosen
    if any(c.app.id == chosen.id for c in report.lookup.candidates):
        return chosen
    return None  # the app chosen earlier is gone
