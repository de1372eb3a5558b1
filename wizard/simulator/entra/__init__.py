"""Simulated Microsoft Entra ID sign-in (login.microsoftonline.com), as MSAL and a browser see it.

:func:`register` adds these routes (group ``entra``), each at its documented path so only the
host differs from the real one:

* ``GET  /{tenant}/v2.0/.well-known/openid-configuration`` and
  ``GET /{tenant}/discovery/v2.0/keys`` — :mod:`.discovery`;
* ``GET|POST /{tenant}/oauth2/v2.0/authorize`` (sign-in form, consent page, redirect with a
  code) and ``GET /{tenant}/oauth2/v2.0/logout`` — :mod:`.authorize`;
* ``POST /{tenant}/oauth2/v2.0/token`` (authorization_code with PKCE S256, refresh_token,
  device_code) — :mod:`.token`;
* ``GET|POST /{tenant}/adminconsent`` (and ``/{tenant}/v2.0/adminconsent``): tenant-wide admin
  consent; for Cisco's identity-integration app it re-creates the deleted service principal and
  lands on Cisco's reply page ``/cisco/identity/consent``, which looks like an error — :mod:`.consent`;
* ``POST /{tenant}/oauth2/v2.0/devicecode`` and ``GET|POST /devicelogin`` — :mod:`.device`.

:mod:`.common` holds the permission catalogue, error shapes and sign-in helpers, :mod:`.pages`
renders the HTML (``templates/``), and :mod:`.forms` drives those pages over HTTP for headless
tests and the demo.
"""

from __future__ import annotations

from wizard.simulator.entra import authorize, consent, device, discovery, token
from wizard.simulator.routing import Router


def register(router: Router) -> None:
    """Add the Entra ID routes to *router*."""
    for module in (discovery, authorize, token, consent, device):
        router.include(module.routes)
