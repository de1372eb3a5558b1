"""The embedded sign-in browser: show a provider's page, catch the redirect that carries the result.

How and why (docs/desktop.md#embedded-browser):
- The redirect (``http://localhost:3000/auth/code#access_token=…`` for Webex, ``http://localhost?
  code=…`` for Entra) is caught in ``QWebEnginePage.navigationRequested`` and *rejected*:
  Chromium never connects, so nothing has to listen on a port, and the fragment is visible.
  Only main-frame navigations are captured; a sub-frame heading for the redirect is blocked.
- A fresh off-the-record profile per dialog: no cookies or cache on disk, and no SSO session
  carried from one attempt to the next (useful when signing in again after an outage).
- Teardown order view → page → profile, after the dialog's own event has returned; otherwise Qt
  warns "Release of profile requested but WebEnginePage still not deleted" and may crash.
- Certificates: Chromium's own verdict stands, except that an error is overridden when, and only
  when, the leaf certificate's SHA-256 equals the fingerprint we were given (demo mode: the
  simulator's self-made certificate). Anything else is rejected and explained.
- The captured URL holds tokens or codes: only its host and path are logged, and its parameter
  values are registered with the log redactor at once.

QtWebEngine is imported inside functions (via the shim's lazy names), never at module load.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from wizard.core import logs
from wizard.core.endpoints import DEFAULT_PORTS, at_or_below, url_parts
from wizard.core.errors import WizardError
from wizard.ui import warmup
from wizard.ui.errors import UiError
from wizard.ui.qt import (
    QApplication,
    QCoreApplication,
    QCryptographicHash,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSize,
    QStyle,
    Qt,
    QTimer,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
    delete_now,
    is_alive,
)
from wizard.ui.style import icon
from wizard.ui.widgets import ErrorPanel, fitted_size, framed_box, label, value_label

log = logging.getLogger("wizard.ui.browser")

# ---------------------------------------------------------------------- pure helpers
def matches_prefix(url: str, prefix: str) -> bool:
    """True when *url* is at or below *prefix* (:func:`wizard.core.endpoints.at_or_below`)."""
    return at_or_below(url, prefix)


def host_and_path(url: str) -> str:
    """What may be logged of a URL: host[:port] and path, never query or fragment."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{host}{parts.path}"


def normalise_fingerprint(value: str) -> str:
    """Accept ``AB:CD:…`` or ``abcd…``; compare lower-case hex without separators."""
    return value.replace(":", "").replace(" ", "").strip().lower()


def register_url_secrets(url: str) -> None:
    """Every parameter value of the captured URL goes to the log redactor (tokens, codes)."""
    parts = urlsplit(url)
    for component in (parts.query, parts.fragment):
        for _name, value in parse_qsl(component, keep_blank_values=False):
            logs.register_secret(value)


def leaf_sha256(certificate_error: Any) -> str | None:
    """Hex SHA-256 of the DER of the presented leaf certificate (chain[0])."""
    chain = certificate_error.certificateChain()
    if not chain:
        return None
    digest = QCryptographicHash.hash(chain[0].toDer(), QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii").lower()


def _destroy_in_order(*objects: Any) -> None:
    """Delete the given Qt objects now, in the given order, skipping ones already gone."""
    for obj in objects:
        if obj is not None and is_alive(obj):
            delete_now(obj)


class _Engine:
    """Owns view, page and profile so that they always die in that order.

    The normal path is :meth:`BrowserDialog.done` (deferred, ordered). This object is the safety
    net for a dialog that is garbage-collected without being closed: if page and profile were
    plain attributes, Python would release them in attribute order — profile first — and
    Chromium crashes. Here ``__del__`` deletes them in the safe order instead.
    """

    def __init__(self, view: Any, page: Any, profile: Any) -> None:
        self.view, self.page, self.profile = view, page, profile

    def detach(self) -> tuple[Any, Any, Any]:
        parts = (self.view, self.page, self.profile)
        self.view = self.page = self.profile = None
        return parts

    def __del__(self) -> None:
        _destroy_in_order(*self.detach())


# ---------------------------------------------------------------------- the dialog
class BrowserDialog(QDialog):
    """A sign-in window that returns the first main-frame URL under ``capture_prefix``."""

    #: The full captured URL (query and fragment included). Never log or display it.
    captured = Signal(str)

    def __init__(
        self,
        url: str,
        capture_prefix: str,
        *,
        trusted_fingerprint: str | None = None,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BrowserDialog")
        self.setWindowTitle(title or QCoreApplication.translate("BrowserDialog", "Sign in"))
        self.capture_prefix = capture_prefix
        self.captured_url: str | None = None
        self.last_error: WizardError | None = None
        self.load_ok: bool | None = None
        self._trusted = normalise_fingerprint(trusted_fingerprint) if trusted_fingerprint else None
        self._pinned_hosts: set[str] = set()
        self._rejected_hosts: set[str] = set()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_address_bar())
        self._build_progress_and_errors(layout)
        self._engine = self._build_engine()
        layout.addWidget(self._engine.view, 1)
        layout.addLayout(self._build_buttons())
        self._connect_page()
        self._fit_to_screen()
        self._show_address(url)
        self.page.load(QUrl(url))

    def _build_progress_and_errors(self, layout: QVBoxLayout) -> None:
        self.progress = QProgressBar()
        self.progress.setObjectName("LoadProgress")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(3)
        layout.addWidget(self.progress)
        self.error_panel = ErrorPanel()
        self.error_panel.retry_button.hide()
        error_box = QVBoxLayout()
        error_box.setContentsMargins(10, 8, 10, 8)
        error_box.addWidget(self.error_panel)
        layout.addLayout(error_box)

    def _build_engine(self) -> _Engine:
        from wizard.ui.qt import QWebEnginePage, QWebEngineView

        # Parent None for profile and page: their lifetime is ours to end, in order. A fresh
        # off-the-record profile, made ahead in idle time (the first one starts Chromium).
        profile = warmup.take_profile()
        page = QWebEnginePage(profile)
        view = QWebEngineView(self)
        view.setPage(page)
        return _Engine(view, page, profile)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(10, 8, 10, 10)
        hint = label(
            QCoreApplication.translate(
                "BrowserDialog", "This window closes by itself when the sign-in is complete."
            ),
            name="Muted",
        )
        buttons.addWidget(hint, 1)
        self.cancel_button = QPushButton(QCoreApplication.translate("BrowserDialog", "&Cancel"))
        self.cancel_button.setObjectName("CancelSignIn")
        # Never the default: Enter belongs to the sign-in form (it submitted the form's
        # Cancel before); Escape still closes the window.
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        return buttons

    def _connect_page(self) -> None:
        self.page.navigationRequested.connect(self._on_navigation)
        self.page.certificateError.connect(self._on_certificate_error)
        self.page.urlChanged.connect(self._on_url_changed)
        self.page.loadProgress.connect(self.progress.setValue)
        self.page.loadStarted.connect(self._on_load_started)
        self.page.loadFinished.connect(self._on_load_finished)

    # ------------------------------------------------------------------ parts
    @property
    def view(self) -> Any:
        return self._engine.view

    @property
    def page(self) -> Any:
        return self._engine.page

    @property
    def profile(self) -> Any:
        """The off-the-record profile (None once the dialog has closed)."""
        return self._engine.profile

    # ------------------------------------------------------------------ layout
    def _build_address_bar(self) -> QFrame:
        bar, row = framed_box("AddressBar", QHBoxLayout, (10, 8, 10, 8))
        self.lock_icon = QLabel()
        self.lock_icon.setObjectName("AddressIcon")
        self.host_label = value_label("AddressHost")
        self.security_label = label(name="Muted")
        row.addWidget(self.lock_icon)
        row.addWidget(self.host_label)
        row.addWidget(self.security_label, 1)
        return bar

    def _fit_to_screen(self) -> None:
        size, _free = fitted_size(self, QSize(900, 720), QSize(40, 60))
        self.resize(size)

    def _show_address(self, url: str) -> None:
        """Origin only (scheme, host, port): the path and query can carry state and codes."""
        parts = url_parts(url)
        if parts is None:
            self.host_label.setText("")
            return
        scheme, host, port, _path = parts
        shown = host if port == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
        self.host_label.setText(f"{scheme}://{shown}")
        if host in self._rejected_hosts:
            self.lock_icon.setPixmap(
                icon("not-secure", QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
            )
            self.security_label.setText(
                QCoreApplication.translate(
                    "BrowserDialog", "Certificate not trusted: the page was blocked."
                )
            )
        elif scheme == "https" and host in self._pinned_hosts:
            self.lock_icon.setPixmap(icon("not-secure").pixmap(16, 16))
            self.security_label.setText(
                QCoreApplication.translate(
                    "BrowserDialog",
                    "Demo simulator: its certificate is trusted by its exact fingerprint.",
                )
            )
        elif scheme == "https":
            self.lock_icon.setPixmap(
                icon("lock", QStyle.StandardPixmap.SP_DialogApplyButton).pixmap(16, 16)
            )
            self.security_label.setText(
                QCoreApplication.translate("BrowserDialog", "Secure connection")
            )
        else:
            self.lock_icon.setPixmap(
                icon("not-secure", QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
            )
            self.security_label.setText(
                QCoreApplication.translate(
                    "BrowserDialog", "Not secure: do not enter a password here."
                )
            )

    def show_error(self, err: WizardError) -> None:
        self.last_error = err
        self.error_panel.show_error(err, can_retry=False)

    # ------------------------------------------------------------------ page signals
    def _on_navigation(self, request: Any) -> None:
        url = request.url().toString(QUrl.ComponentFormattingOption.FullyEncoded)
        if not matches_prefix(url, self.capture_prefix):
            if self.captured_url is not None:
                request.reject()  # after the capture nothing else may load
            return  # default: accept
        # The redirect is never fetched: rejecting it keeps the token off the network.
        request.reject()
        if not request.isMainFrame() or self.captured_url is not None:
            log.warning("blocked a sub-frame navigation to the redirect %s", host_and_path(url))
            return
        register_url_secrets(url)
        self.captured_url = url
        log.info("captured the sign-in redirect to %s", host_and_path(url))
        # Finish after this signal handler returns: the page must not die inside its own signal.
        QTimer.singleShot(0, self, self._finish_capture)

    def _finish_capture(self) -> None:
        if self.captured_url is not None:
            self.captured.emit(self.captured_url)
            self.accept()

    def _on_certificate_error(self, error: Any) -> None:
        host = error.url().host()
        presented = leaf_sha256(error)
        if self._trusted is not None and presented == self._trusted and error.isOverridable():
            error.acceptCertificate()
            self._pinned_hosts.add(host.lower())
            self._show_address(error.url().toString())
            log.info("accepted the certificate of %s by its pinned SHA-256 fingerprint", host)
            return
        error.rejectCertificate()
        self._rejected_hosts.add(host.lower())
        self._show_address(error.url().toString())
        log.warning(
            "rejected the certificate of %s (%s)%s",
            host,
            error.description(),
            "; fingerprint does not match the trusted one" if self._trusted else "",
        )
        self.show_error(UiError.untrusted_certificate(host, error.description()))

    def _on_url_changed(self, url: QUrl) -> None:
        self._show_address(url.toString())

    def _on_load_started(self) -> None:
        self.progress.show()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_page)

    def focus_page(self) -> None:
        """The keyboard goes to the web page (its form), not to the window's Cancel button."""
        view = self._engine.view
        if view is not None and is_alive(view) and self.isVisible():
            view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _on_load_finished(self, ok: bool) -> None:
        self.load_ok = ok
        self.progress.hide()
        if ok and (self.focusWidget() is None or self.cancel_button.hasFocus()):
            self.focus_page()
        if ok or self.captured_url is not None or self.last_error is not None:
            return
        host = self.page.url().host() or self.host_label.text()
        self.show_error(UiError.page_load_failed(host))

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        """Close (captured, Cancel, Escape, X): tear down view → page → profile afterwards."""
        view, page, profile = self._engine.detach()
        if page is not None and is_alive(page):
            for signal in (
                page.navigationRequested,
                page.certificateError,
                page.urlChanged,
                page.loadProgress,
                page.loadStarted,
                page.loadFinished,
            ):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect()
            page.triggerAction(page.WebAction.Stop)
        if view is not None and is_alive(view):
            view.hide()
        super().done(result)
        # No context object on purpose: the teardown must run even if the dialog is deleted
        # first, and it runs from the event loop, never inside a signal of the page itself.
        QTimer.singleShot(0, functools.partial(_destroy_in_order, view, page, profile))


async def capture(
    parent: QWidget | None,
    url: str,
    prefix: str,
    *,
    trusted_fingerprint: str | None = None,
    title: str | None = None,
) -> str | None:
    """Open a :class:`BrowserDialog` (window-modal, without a nested event loop) and await it.

    Returns the full captured URL, or None when the admin closed the window. If the awaiting
    task is cancelled, the dialog is closed too.
    """
    dialog = BrowserDialog(
        url, prefix, trusted_fingerprint=trusted_fingerprint, title=title, parent=parent
    )
    return await run_dialog(dialog)


async def run_dialog(dialog: BrowserDialog) -> str | None:
    """Show *dialog* window-modally and wait until it closes; the captured URL or None.

    Cancelling the awaiting task closes the window; the dialog is always deleted afterwards.
    """
    loop = asyncio.get_running_loop()
    closed: asyncio.Future[None] = loop.create_future()
    dialog.finished.connect(lambda _result: closed.done() or closed.set_result(None))
    # open(), not exec(): exec() would spin a nested loop inside this task (qasync #59, #174).
    dialog.open()
    try:
        await closed
        return dialog.captured_url
    except asyncio.CancelledError:
        if is_alive(dialog):
            dialog.reject()
        raise
    finally:
        if is_alive(dialog):
            owner = dialog.parentWidget()
            dialog.deleteLater()
            if owner is not None and is_alive(owner):
                _give_back_keyboard(owner.window())


def _give_back_keyboard(window: QWidget) -> None:
    """The keyboard goes back to the wizard once the sign-in window and its web view are gone
    (not every window manager does it; tearing the view down can leave no active window)."""

    def activate() -> None:
        if is_alive(window) and window.isVisible() and QApplication.activeWindow() is None:
            window.activateWindow()

    window.activateWindow()
    QTimer.singleShot(0, activate)  # after the view's teardown, queued by done()
    QTimer.singleShot(100, activate)
