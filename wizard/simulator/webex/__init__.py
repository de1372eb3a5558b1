"""Simulated Webex: idbroker sign-in, REST people/me + tokenExpiry, and SCIM 2.

:func:`register` adds the routes of :mod:`.idbroker` (group ``idbroker``), :mod:`.people`
(group ``webex``) and :mod:`.scim` (group ``scim``) to the server's router.
"""

from __future__ import annotations

from wizard.simulator.routing import Router
from wizard.simulator.webex import idbroker, people, scim


def register(router: Router) -> None:
    """Add the Webex routes to *router*."""
    for module in (idbroker, people, scim):
        router.include(module.routes)
