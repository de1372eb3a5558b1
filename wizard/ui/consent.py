"""The admin-consent browser, shared by repair's Re-consent and pre-flight's "Restore it now"
(kept outside ``ui/repair`` so a page can use it without the setup pages and the repair window
importing each other); its errors are :class:`wizard.ui.errors.RepairUiError`.

Admin consent restores Cisco Webex Identity Integration
(https://learn.microsoft.com/entra/identity-platform/v2-admin-consent). Entra then redirects to
Cisco's reply address, which shows an "expected error" page; the browser here catches the answer
before that page loads.
"""

from __future__ import annotations

import logging
from typing import Any

from wizard.flows.repair import ConsentRequest
from wizard.ui.browser import BrowserDialog, host_and_path, register_url_secrets
from wizard.ui.qt import QTimer, QUrl

log = logging.getLogger("wizard.ui.repair")

#: How long a consent waits for Graph to show the re-created service principal.
CONSENT_POLL_TIMEOUT = 120.0


class ConsentBrowser(BrowserDialog):
    """The off-the-record browser, capturing the first main-frame navigation that carries
    ``error`` or ``admin_consent`` (:meth:`ConsentRequest.is_final`) — wherever Entra sends it —
    before it loads, so the "expected error" page on Cisco's reply URL is never shown."""

    def __init__(self, request: ConsentRequest, **kwargs: Any) -> None:
        self.request = request
        # The prefix is unused: this dialog decides by the answer's parameters, not its address.
        super().__init__(request.url, request.url, **kwargs)

    def _on_navigation(self, navigation: Any) -> None:
        url = navigation.url().toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if not self.request.is_final(url):
            if self.captured_url is not None:
                navigation.reject()  # after the capture nothing else may load
            return
        navigation.reject()  # Cisco's reply page ("expected error") is never fetched
        if not navigation.isMainFrame() or self.captured_url is not None:
            return
        register_url_secrets(url)
        self.captured_url = url
        log.info("captured the admin-consent answer at %s", host_and_path(url))
        QTimer.singleShot(0, self, self._finish_capture)


__all__ = ["CONSENT_POLL_TIMEOUT", "ConsentBrowser"]
