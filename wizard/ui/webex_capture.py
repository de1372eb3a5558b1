"""Capture a Webex access token through the embedded browser (shared by setup and repair), and
the system-browser fallback of the Webex sign-in page.

Why one helper: the Webex sign-in page (setup) and the repair page (token renewal) must open the
same documented implicit-grant URL with a fresh random ``state``, capture the same redirect and
parse it the same way. The URL, the state and the parsing (which also registers the token with
the log redactor) are the capture step of :mod:`wizard.flows.webex_credentials`; this module only
adds the window.

The fallback: when the embedded window cannot be used, the same URL (with its own fresh state)
opens in the admin's web browser. The redirect cannot be captured there (Webex sends it to the
registered redirect page, not to this app), so the last resort is pasting the address the browser
ends on; it is parsed by the same strict parser, with the same state check.
"""

from __future__ import annotations

from typing import Any

from wizard.core.errors import WizardError
from wizard.flows import webex_credentials as credentials
from wizard.flows.webex_credentials import WebexAuthError, WebexToken
from wizard.ui.browser import capture
from wizard.ui.qt import (
    QDesktopServices,
    QEvent,
    QHBoxLayout,
    QLineEdit,
    QObject,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from wizard.ui.widgets import button_row, label, push_button


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


class WebexBrowserFallback(QWidget):
    """"Use my web browser instead", then (clearly marked as the last resort) a box for the
    address the browser ends on. Emits :attr:`token_ready`, or :attr:`failed` with the error."""

    token_ready = Signal(object)
    failed = Signal(object)

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.setObjectName("WebexBrowserFallback")
        self._page = page
        self._state: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.open_button = push_button(
            self.tr("Use my &web browser instead"), "WebexSystemBrowser", self.open_browser
        )
        column.addLayout(button_row(self.open_button))
        self.paste_box = QWidget()
        inner = QVBoxLayout(self.paste_box)
        inner.setContentsMargins(0, 4, 0, 0)
        self.paste_note = label(name="Muted")
        self.paste_edit = QLineEdit()
        self.paste_edit.setObjectName("WebexPastedAddress")
        self.paste_edit.setAccessibleName(self.tr("Address your browser ended on"))
        # Enter uses the address (and only that: not the page's default Sign in button too).
        self.paste_edit.installEventFilter(self)
        self.use_button = push_button(self.tr("&Use this address"), "WebexUsePasted", self.use_pasted)
        line = QHBoxLayout()
        line.addWidget(self.paste_edit, 1)
        line.addWidget(self.use_button)
        inner.addWidget(self.paste_note)
        inner.addLayout(line)
        column.addWidget(self.paste_box)
        self.paste_box.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.paste_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.use_pasted()
            return True
        return super().eventFilter(watched, event)

    def open_browser(self) -> None:
        """Open the sign-in in the system browser with a fresh state, then offer the paste box."""
        endpoints = self._page.ctx.endpoints
        url, self._state = credentials.sign_in_request(endpoints)
        self.paste_note.setText(
            self.tr(
                "Last resort: the wizard cannot see your browser. Sign in there; when it shows "
                "an address starting with {prefix}, copy the whole address from its address bar "
                "and paste it here. It holds your token: paste it nowhere else."
            ).format(prefix=endpoints.webex_redirect_uri)
        )
        self.paste_edit.clear()
        self.paste_box.show()
        self.paste_edit.setFocus()
        QDesktopServices.openUrl(QUrl(url))

    def use_pasted(self) -> None:
        text = self.paste_edit.text().strip()
        if not text or self._state is None:
            return
        try:
            token = credentials.token_from_redirect(text, self._state, self._page.ctx.endpoints)
        except WizardError as err:
            self.failed.emit(err)
            return
        finally:
            self.paste_edit.clear()  # the address holds the token: never keep it in a widget
        self._state = None  # one answer per state, like the embedded window
        self.paste_box.hide()
        self.token_ready.emit(token)


__all__ = ["WebexBrowserFallback", "capture_webex_token"]
