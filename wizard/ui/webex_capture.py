"""Capture a Webex access token through the embedded browser: shared by setup and repair.

Why one helper: the Webex sign-in page (setup) and the repair page (token renewal) must open the
same documented implicit-grant URL with a fresh random ``state``, capture the same redirect and
parse it the same way; two copies would drift (e.g. one forgetting to register the token with
the log redactor).
"""

from __future__ import annotations

from typing import Any

from wizard.core import logs
from wizard.ui.browser import capture
from wizard.webex.errors import WebexAuthError
from wizard.webex.token import WebexToken, authorize_url, new_state, parse_redirect


async def capture_webex_token(
    parent: Any, endpoints: Any, *, trusted_fingerprint: str | None, title: str
) -> WebexToken:
    """Open the Webex sign-in in the off-the-record browser and return the captured token.

    Raises :class:`WebexAuthError` when the admin closes the window, or whatever
    :func:`parse_redirect` raises for a bad redirect (state mismatch, error from idbroker).
    """
    state = new_state()  # fresh for every attempt: an old window's answer cannot match
    url = await capture(
        parent,
        authorize_url(endpoints, state),
        endpoints.webex_redirect_uri,
        trusted_fingerprint=trusted_fingerprint,
        title=title,
    )
    if url is None:
        raise WebexAuthError.window_closed()
    # Fast and pure: parsing on the UI thread is fine; the token is masked from here on.
    token = parse_redirect(url, state, endpoints)
    logs.register_secret(token.access_token)
    return token


__all__ = ["capture_webex_token"]
