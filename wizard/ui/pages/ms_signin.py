"""Microsoft sign-in: an Entra administrator signs in; the page shows who and to which tenant.

How (the steps are :mod:`wizard.flows.signin`, shared with the repair window and headless):
- Default: the embedded, off-the-record browser shows MSAL's ``auth_uri`` and hands back the
  redirect it intercepted (:mod:`wizard.ui.browser`). Alternatives on the same page: the system
  browser (device-based Conditional Access cannot be satisfied by an embedded Chromium) and a
  device code (headless use).
- On entry the page tries a silent sign-in from the MSAL cache persisted in the secret store,
  so a second launch (and repair) needs no typing while the refresh token lives.
- After sign-in it shows the tenant's name, ID and primary domain (``GET /organization``).
- Closing the browser gives a clear "cancelled" message with Sign in available again; if the
  browser was showing an Entra error page (AADSTS code), that error is explained instead.

Every MSAL/Graph/keyring call runs in a worker thread; coroutines here run on the UI loop and
only touch widgets between awaits.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.flows import signin
from wizard.flows.signin import AuthCodeFlow, Prepared, SignedIn, StoreAccess, TenantInfo
from wizard.ui.ops import Op, run_in_thread
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage, LocalizedErrors, localize_error
from wizard.ui.qt import (
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from wizard.ui.widgets import (
    button_row,
    caption_rows,
    column_box,
    framed_box,
    label,
    push_button,
    tr_error,
    value_label,
)

__all__ = ["LocalizedErrors", "MicrosoftSignInPage", "SignInPageError", "localize_error"]

log = logging.getLogger("wizard.ui.pages.ms_signin")

_AADSTS = re.compile(r"AADSTS(\d{4,7})")
#: The "cancelled" error this page shows when the sign-in window is closed.
SignInPageError = signin.SignInCancelled


# ------------------------------------------------------------------------------------ page
class MicrosoftSignInPage(LocalizedErrors, BasePage):
    page_id = PageId.MS_SIGNIN
    intro_text = QT_TRANSLATE_NOOP(
        "MicrosoftSignInPage",
        "Use an account with the Cloud Application Administrator, Application Administrator or "
        "Global Administrator role. Microsoft asks you to allow the wizard to manage enterprise "
        "apps, app assignments and provisioning in your tenant. The sign-in window keeps no "
        "cookies or history on this computer.",
    )

    def build(self) -> None:
        self._dialog: Any = None
        self._page_error: int | None = None
        #: The store the sign-in is kept in (or why not), once known.
        self._access: StoreAccess | None = None
        #: Tenant of the last sign-in; the app chosen or created belongs to it.
        self._tenant: str | None = None
        self.body.addWidget(self._build_card())
        self.sign_in_button = push_button(
            self.tr("&Sign in"), "SignIn", lambda: self.start_embedded(switch=False), default=True
        )
        self.switch_button = push_button(
            self.tr("Sign in as &someone else"),
            "SwitchAccount",
            lambda: self.start_embedded(switch=True),
        )
        self.add_row(self.sign_in_button, self.switch_button)
        self.body.addWidget(self._build_alternatives())
        self.body.addWidget(self._build_code_box())
        self.remember_note = self.add_label(name="Muted", hidden=True)
        self._show_signed_out()

    def _build_alternatives(self) -> QWidget:
        self.alternatives, alt_column = column_box(top=4, spacing=10)
        alt_column.addWidget(label(self.tr("Other ways to sign in"), name="SectionTitle"))
        alt_column.addWidget(
            label(
                self.tr(
                    "If your organization only allows sign-in from a managed device (Conditional "
                    "Access), or the window cannot show a verification step, sign in with your "
                    "system browser or with a code on another device."
                ),
                name="Muted",
            )
        )
        self.system_button = push_button(
            self.tr("Use my s&ystem browser"), "SystemBrowser", self.start_system_browser
        )
        self.code_button = push_button(
            self.tr("Sign in with a co&de"), "DeviceCode", self.start_device_code
        )
        alt_column.addLayout(button_row(self.system_button, self.code_button))
        return self.alternatives

    def _build_card(self) -> QFrame:
        card, grid = framed_box("Note", QGridLayout, (12, 10, 12, 10))
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        self.state_label = label(name="SectionTitle")
        grid.addWidget(self.state_label, 0, 0, 1, 2)
        names = {
            "user": self.tr("Signed in as"),
            "tenant": self.tr("Tenant"),
            "tenant_id": self.tr("Tenant ID"),
            "domain": self.tr("Primary domain"),
        }
        self.fields: dict[str, QLabel] = {key: label(name=f"SignIn_{key}") for key in names}
        captions = caption_rows(grid, ((names[key], self.fields[key]) for key in names), first=1)
        self.field_captions: dict[str, QLabel] = dict(zip(names, captions, strict=True))
        return card

    def _build_code_box(self) -> QWidget:
        box, column = framed_box("Note", QVBoxLayout, (12, 10, 12, 10))
        self.code_intro = label()
        self.code_value = value_label("DeviceCodeValue")
        self.code_value.setStyleSheet("font-size: 16pt; font-weight: 600; font-family: monospace;")
        column.addWidget(self.code_intro)
        column.addWidget(self.code_value)
        self.code_box = box
        box.hide()
        return box

    # ------------------------------------------------------------------ display
    def _show_signed_out(self, text: str | None = None) -> None:
        self.state_label.setText(text or self.tr("You are not signed in yet."))
        for key, value in self.fields.items():
            value.clear()
            value.hide()
            self.field_captions[key].hide()
        self.switch_button.hide()
        self.sign_in_button.show()
        self.alternatives.show()
        self.set_complete(False)

    def _show_signed_in(self) -> None:
        sign_in = self.ctx.ms_signin
        tenant = self.ctx.ms_tenant
        if sign_in is None:
            return
        self.state_label.setText(self.tr("You are signed in."))
        user = sign_in.name or sign_in.username
        if sign_in.name and sign_in.username:
            user = self.tr("{name} ({upn})").format(name=sign_in.name, upn=sign_in.username)
        values = {
            "user": user,
            "tenant": tenant.display_name if tenant else "",
            "tenant_id": tenant.id if tenant else sign_in.tenant_id,
            "domain": tenant.default_domain if tenant else "",
        }
        for key, value in values.items():
            self.fields[key].setText(value)
            self.fields[key].setVisible(bool(value))
            self.field_captions[key].setVisible(bool(value))
        self.sign_in_button.hide()
        self.switch_button.show()
        # Signed in: the other ways are only ways to sign in again, as "someone else" does.
        self.alternatives.hide()
        self.set_complete(tenant is not None)
        self.focus_next()  # Enter goes on (not "Sign in as someone else")

    # ------------------------------------------------------------------ busy
    def busy_actions(self) -> tuple[QWidget, ...]:
        return (self.sign_in_button, self.switch_button, self.system_button, self.code_button)

    def idle_focus(self) -> QWidget | None:
        return self.sign_in_button if self.ctx.ms_signin is None else None  # Enter signs in

    def _note_store(self, problem: WizardError | None) -> None:
        if problem is None:
            remembers = getattr(self._access.store if self._access else None, "remembers", False)
            self.remember_note.setText(
                self.tr(
                    "Your sign-in is kept in the system's secure credential store, so the next "
                    "run signs in without asking while Microsoft allows it."
                )
                if remembers
                else ""
            )
            self.remember_note.setVisible(bool(remembers))
            return
        self.remember_note.setText(
            self.tr("Your sign-in will not be remembered on this computer: {why}").format(
                why=tr_error(problem.what, problem)
            )
        )
        self.remember_note.show()

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        ctx = self.ctx
        auth = ctx.graph_auth
        if auth is not None and auth.endpoints != ctx.endpoints:
            log.info("environment changed since the last sign-in; signing in again")
            self._forget_sign_in(tenant_too=True)
        if ctx.ms_signin is not None:
            self._tenant = ctx.ms_signin.tenant_id
        if ctx.ms_signin is not None and ctx.ms_tenant is not None:
            self._show_signed_in()
            return
        self._show_signed_out()
        self.start(
            Op(self, self._silent_work)
            .with_progress(self.tr("Looking for a saved Microsoft sign-in…"))
            .success(self._silent_done)
        )

    def _forget_sign_in(self, *, tenant_too: bool = False) -> None:
        """Drop the sign-in and the checks made with it (roles differ per account).

        ``tenant_too`` also drops the app chosen or created: only when the tenant (or cloud)
        changes, because within one tenant the app added this run must stay remembered, so a
        switch of account never leads to adding a second one.
        """
        ctx = self.ctx
        ctx.ms_signin = ctx.graph_auth = ctx.graph = ctx.ms_tenant = None
        ctx.preflight = None
        if tenant_too:
            ctx.webex_app = None
            ctx.created_sp_id = None

    # ------------------------------------------------------------------ silent
    def _silent_work(self) -> SignedIn | Prepared:
        """Worker thread: open the store, load the cache, try a silent sign-in."""
        services = self.ctx.services
        prepared = signin.prepare(services)
        return signin.silent(services, prepared) or prepared

    def _silent_done(self, result: SignedIn | Prepared) -> None:
        self._access = result.access
        if isinstance(result, Prepared):
            self.ctx.graph_auth = result.auth
            err = result.auth.last_silent_error
            self._show_signed_out(
                self.tr("Your saved sign-in has expired. Sign in again.") if err else None
            )
            self._note_store(result.access.problem)
            return
        self._adopt(result)

    def _adopt(self, done: SignedIn) -> None:
        ctx = self.ctx
        if ctx.ms_signin is not None:
            self._forget_sign_in()  # another account: its roles must be checked again
        if self._tenant is not None and self._tenant != done.sign_in.tenant_id:
            self._forget_sign_in(tenant_too=True)
        self._tenant = done.sign_in.tenant_id
        ctx.graph_auth = done.auth
        ctx.ms_signin = done.sign_in
        ctx.graph = done.client
        ctx.ms_tenant = done.tenant
        self._access = done.access
        log.info(
            "signed in to Microsoft as %s in tenant %s",
            done.sign_in.username,
            done.sign_in.tenant_id,
        )
        self._show_signed_in()
        self._note_store(done.store_problem)
        if done.tenant_error is not None:
            self.show_error(done.tenant_error, self._reload_tenant)

    def _signed_in(self, done: SignedIn) -> None:
        """An interactive sign-in succeeded: nothing is left to decide here, so go on."""
        self._adopt(done)
        if done.tenant_error is None:
            self.move_on()

    def _reload_tenant(self) -> None:
        client = self.ctx.graph
        if client is None:
            return
        self.start(
            Op(self, signin.read_tenant, client)
            .with_progress(self.tr("Reading your tenant's details…"))
            .success(self._tenant_loaded)
        )

    def _tenant_loaded(self, tenant: TenantInfo) -> None:
        self.ctx.ms_tenant = tenant
        self._show_signed_in()

    # ------------------------------------------------------------------ embedded browser
    def start_embedded(self, *, switch: bool) -> None:
        if switch:
            self._show_signed_out()
        self.start(
            Op.coroutine(self, lambda: self._embedded(switch))
            .with_progress(self.tr("Signing in in the Microsoft window…"))
            .success(self._signed_in)
        )

    def _prepare(self, switch: bool) -> Prepared:
        """Worker thread: the MSAL client to sign in with (signing the old account out first)."""
        services = self.ctx.services
        prepared = signin.prepare(services, current=self.ctx.graph_auth)
        if switch:
            signin.switch_account(services, prepared, getattr(self.ctx.ms_signin, "tenant_id", None))
        return prepared

    async def _embedded(self, switch: bool) -> SignedIn:
        prepared = await run_in_thread(self._prepare, switch)
        if switch:
            self._forget_sign_in()
        flow = await run_in_thread(signin.begin_embedded, prepared)
        url = await self._capture(flow)
        if url is None:
            if self._page_error is not None:
                raise signin.page_error(self._page_error)
            raise SignInPageError.cancelled()
        return await run_in_thread(signin.finish_embedded, self.ctx.services, prepared, flow, url)

    async def _capture(self, flow: AuthCodeFlow) -> str | None:
        """Show the sign-in in a BrowserDialog; None when closed. Notes AADSTS error pages."""
        from wizard.ui.browser import BrowserDialog, run_dialog

        self._page_error = None
        dialog = BrowserDialog(
            flow.auth_uri,
            flow.redirect_uri,
            trusted_fingerprint=self.ctx.trusted_fingerprint(),
            title=self.tr("Sign in to Microsoft"),
            parent=self,
        )
        dialog.setObjectName("MicrosoftSignInBrowser")
        self._dialog = dialog
        dialog.page.loadFinished.connect(lambda ok: self._read_page_error(dialog))
        try:
            return await run_dialog(dialog)
        finally:
            self._dialog = None

    def _read_page_error(self, dialog: Any) -> None:
        """Entra shows some errors (unknown app, unknown tenant) as a page, not a redirect:
        remember the AADSTS number so closing the window explains it. Only the number is kept."""
        if not is_alive(dialog) or dialog.page is None:
            return

        def seen(text: Any) -> None:
            match = _AADSTS.search(str(text or ""))
            if match:
                self._page_error = int(match.group(1))
                log.info("the sign-in window shows Entra error AADSTS%s", match.group(1))

        dialog.page.runJavaScript("document.body ? document.body.innerText : ''", 0, seen)

    # ------------------------------------------------------------------ system browser
    def start_system_browser(self) -> None:
        self.start(
            Op.coroutine(self, self._system_browser)
            .with_progress(
                self.tr(
                    "Finish signing in in your web browser. The wizard waits up to {minutes} "
                    "minutes; Cancel stops waiting here (close the browser tab too)."
                ).format(minutes=signin.SYSTEM_BROWSER_TIMEOUT // 60)
            )
            .success(self._signed_in)
        )

    async def _system_browser(self) -> SignedIn:
        prepared = await run_in_thread(self._prepare, False)
        return await run_in_thread(signin.system_browser, self.ctx.services, prepared)

    # ------------------------------------------------------------------ device code
    def start_device_code(self) -> None:
        self.start(
            Op.coroutine(self, self._device_code)
            .with_progress(self.tr("Getting a sign-in code…"))
            .success(self._signed_in)
        )

    async def _device_code(self) -> SignedIn:
        prepared = await run_in_thread(self._prepare, False)
        flow = await run_in_thread(signin.begin_device_code, prepared)
        self.code_intro.setText(
            self.tr(
                "On any device, open {url} and enter this code. The wizard continues by itself "
                "when you have signed in."
            ).format(url=flow.verification_uri)
        )
        self.code_value.setText(flow.user_code)
        self.code_box.show()
        self.busy.status.setText(self.tr("Waiting for you to sign in with the code…"))
        stop = threading.Event()
        try:
            return await run_in_thread(
                signin.finish_device_code, self.ctx.services, prepared, flow, stop.is_set
            )
        finally:
            # Cancel (or Back) arrives here as CancelledError: the poller thread stops too.
            stop.set()
            if is_alive(self):
                self.code_box.hide()
                self.code_value.clear()

    # ------------------------------------------------------------------ tests and diagnostics
    @property
    def browser_dialog(self) -> Any:
        """The open sign-in window, if any (tests fill its form)."""
        return self._dialog
