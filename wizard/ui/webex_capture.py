"""Capture a Webex access token through the embedded browser: shared by setup and repair.

Why one helper: the Webex sign-in page (setup) and the repair page (token renewal) must open the
same documented implicit-grant URL with a fresh random ``state``, capture the same redirect and
parse it the same way. The URL, the state and the parsing (which also registers the token with
the log redactor) are the capture step of :mod:`wizard.flows.webex_credentials`; this module only
adds the window.
"""

from __future__ import annotations

from typing import Any

from wizard.flows import webex_credentials as credentials
from wizard.flows.webex_credentials import WebexAuthError, WebexToken
from wizard.ui.browser import capture


async def capture_webex_token(
    parent: Any, endpoints: Any, *, trusted_fingerprint: str | None, title: str
) -> WebexToken:
    """Open the Webex sign-in in the off-the-record browser and return the captured token.

    Raises :class:`WebexAuthError` when the admin closes the window, or whatever the redirect
    parsing raises for a bad redirect (state mismatch, error from idbroker).
    """
    url, state = credentials.sign_in_request(endpoints)
    captured = await capture(
        parent,
        url,
        endpoints.webex_redirect_uri,
        trusted_fingerprint=trusted_fingerprint,
        title=title,
    )
    if captured is None:
        raise WebexAuthError.window_closed()
    # Fast and pure: parsing on the UI thread is fine; the token is masked from here on.
    return credentials.token_from_redirect(captured, state, endpoints)


__all__ = ["capture_webex_token"]
