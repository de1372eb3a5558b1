"""Webex sign-in: capture the token from the redirect, show whose it is, choose the tenant URL.

What replaces the manual steps of Cisco's instructions (docs/webex.md#token): one "Sign in to Webex" button opens
Cisco's documented implicit-grant URL with a fresh random ``state`` in the embedded browser
(off-the-record, like the private tab Cisco asks for, so a stale non-admin session cannot
sign in by itself); the redirect is captured, parsed and checked; ``people/me`` says who signed
in, in which organization, with which roles. Nothing is copied by hand.

Secrets: the token is registered with the log redactor the moment it is parsed, only ever shown
masked, and never offered for copying. Work runs off the UI thread through :class:`Op`.
"""

from __future__ import annotations

import functools
import time

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.flows import webex_credentials as credentials
from wizard.flows.webex_credentials import (
    WebexOrgIdError,
    WebexPerson,
    WebexTenantUrlError,
    WebexToken,
)
from wizard.ui.ops import Op
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.webex_parts import disclosure, local_date
from wizard.ui.qt import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QTimer,
    QWidget,
    is_alive,
)
from wizard.ui.style import colour
from wizard.ui.webex_capture import WebexBrowserFallback, capture_webex_token
from wizard.ui.widgets import (
    caption_rows,
    column_box,
    framed_box,
    label,
    named,
    push_button,
    tr_error,
)


class WebexSignInPage(BasePage):
    page_id = PageId.WEBEX_SIGNIN
    intro_text = QT_TRANSLATE_NOOP(
        "WebexSignInPage",
        "A Webex sign-in window opens inside this app. It keeps no cookies, so an earlier Webex "
        "session cannot sign you in as someone else. The wizard then reads your organization ID "
        "and checks your role; you copy nothing by hand.",
    )

    def build(self) -> None:
        #: What the page has so far (read by the tests; Next hands them to the context): the
        #: captured token, who it belongs to, the organization and the validated tenant URL.
        self.token: WebexToken | None = None
        self.person: WebexPerson | None = None
        self.org_id: str | None = None
        self.tenant_url: str | None = None
        #: The Webex sign-in host the token was captured from: a token belongs to one environment.
        self._captured_for: str | None = None

        #: Where the sign-in stands, in one line (like the Microsoft sign-in page's card).
        self.state_label = label(name="WebexSignInState")
        self.state_label.setStyleSheet("font-weight: 600;")
        self.body.addWidget(self.state_label)
        self.sign_in_button = push_button(
            self.tr("&Sign in to Webex"), "WebexSignIn", self.start_sign_in, default=True
        )
        self.add_row(self.sign_in_button)
        self.fallback = WebexBrowserFallback(self)
        self.fallback.token_ready.connect(self.use_token)
        self.fallback.failed.connect(self._sign_in_failed)
        self.body.addWidget(self.fallback)

        self.account_box = self._build_account_box()
        self.body.addWidget(self.account_box)
        self.manual_box = self._build_manual_box()
        self.body.addWidget(self.manual_box)
        self.tenant_box = self._build_tenant_box()
        self.body.addWidget(self.tenant_box)
        self._refresh()

    # ------------------------------------------------------------------ layout
    def _build_account_box(self) -> QFrame:
        box, grid = framed_box("WebexAccount", QGridLayout, (0, 4, 0, 0))
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        captions = (
            self.tr("Signed in as"),
            self.tr("Organization ID"),
            self.tr("Full Administrator"),
            self.tr("Token"),
            self.tr("Token expires"),
        )
        self.account_label = label(name="WebexAccountName")
        self.org_label = label(name="WebexOrgId")
        self.admin_label = label(name="WebexAdminCheck")
        self.token_label = label(name="WebexTokenMasked")
        self.expiry_label = label(name="WebexTokenExpiry")
        values = (
            self.account_label,
            self.org_label,
            self.admin_label,
            self.token_label,
            self.expiry_label,
        )
        caption_rows(grid, zip(captions, values, strict=True), wrap=False)
        return box

    def _build_manual_box(self) -> QWidget:
        box, column = column_box("ManualOrgBox", spacing=3)
        self.manual_toggle = disclosure(
            self.tr("Enter the organization ID by hand"), "ManualOrgToggle", self._toggle_manual
        )
        column.addWidget(self.manual_toggle)
        self.manual_panel, inner = column_box(left=22, spacing=3)
        self.manual_edit = QLineEdit()
        self.manual_edit.setObjectName("ManualOrgId")
        self.manual_edit.setPlaceholderText("96abc2aa-3dcc-11e5-a152-fe34819cdc9a")
        self.manual_edit.setMaximumWidth(420)
        self.manual_edit.textChanged.connect(self._manual_changed)
        self.manual_error = label(name="InlineError")
        self.manual_error.hide()
        inner.addWidget(self.manual_edit)
        inner.addWidget(self.manual_error)
        inner.addWidget(
            label(
                self.tr(
                    "Webex did not tell the wizard your organization. In Control Hub, click the "
                    "organization name (bottom left) and copy the Organization ID."
                ),
                name="Muted",
            )
        )
        column.addWidget(self.manual_panel)
        return box

    def _build_tenant_box(self) -> QWidget:
        box, column = column_box("TenantUrlBox", top=4, spacing=3)
        heading = label(self.tr("Tenant URL given to Entra ID"), name="SectionTitle")
        column.addWidget(heading)
        self.tenant_group = QButtonGroup(self)
        self.legacy_radio = QRadioButton(self.tr("Address from Microsoft's tutorial (recommended)"))
        self.legacy_radio.setObjectName("TenantLegacy")
        self.scim2_radio = QRadioButton(self.tr("Webex SCIM 2 address"))
        self.scim2_radio.setObjectName("TenantScim2")
        self.tenant_group.addButton(self.legacy_radio)
        self.tenant_group.addButton(self.scim2_radio)
        column.addWidget(self.legacy_radio)
        # The one address Microsoft's tutorial for this app documents is the recommendation:
        # https://learn.microsoft.com/entra/identity/saas-apps/cisco-webex-provisioning-tutorial
        # Webex's SCIM 2 address is for admins who know they need it.
        self.advanced_toggle = disclosure(
            self.tr("Advanced: another tenant URL"), "TenantAdvancedToggle", self._toggle_advanced
        )
        column.addWidget(self.advanced_toggle)
        column.addWidget(self.scim2_radio)
        self.scim2_radio.hide()
        self.legacy_radio.setChecked(True)
        self.tenant_group.buttonToggled.connect(self._tenant_choice_changed)
        self.tenant_edit = named(QLineEdit(), heading.text(), heading)
        self.tenant_edit.setObjectName("TenantUrl")
        self.tenant_edit.textChanged.connect(self._tenant_text_changed)
        column.addWidget(self.tenant_edit)
        self.tenant_error = label(name="InlineError")
        self.tenant_error.hide()
        column.addWidget(self.tenant_error)
        return box

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        # A token belongs to one Webex environment: if the admin went back and changed it,
        # the old token, person and URL no longer apply.
        if self.token is not None and self._captured_for != self.ctx.endpoints.webex_idbroker:
            self._forget()
        if self.org_id is not None:
            self._fill_tenant_url()
        self._refresh()
        if self.token is None:
            self.focus_later(self.sign_in_button)
            wizard = self.wizard()
            if wizard is not None and len(wizard.visitedIds()) > 1 and self.moves_on:
                # Signing in is all this page is for: Next on the page before opens the window
                # (closing it leaves the button and the browser fallback here).
                QTimer.singleShot(0, self._open_once_shown)

    def _open_once_shown(self) -> None:
        wizard = self.wizard() if is_alive(self) else None
        shown = wizard is not None and wizard.isVisible() and wizard.currentPage() is self
        if shown and not self.is_busy():
            self.start_sign_in()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if not self._ready():
            return False
        self.ctx.webex_token = self.token
        self.ctx.webex_person = self.person
        self.ctx.webex_org_id = self.org_id
        self.ctx.webex_tenant_url = self.tenant_url
        self.ctx.webex_connection = None  # whatever was tested before must be tested again
        return True

    def busy_actions(self) -> tuple[QWidget, ...]:
        # One sign-in at a time: a second window would only replace the first.
        return (self.sign_in_button,)

    # ------------------------------------------------------------------ sign-in
    def start_sign_in(self) -> None:
        """Open the embedded browser with a fresh state (the button; also "as someone else")."""
        self._forget()
        self._refresh()
        (
            Op.coroutine(self, self._capture)
            .with_progress(self.tr("Waiting for you to sign in in the Webex window…"))
            .success(self._captured)
            .failure(self._sign_in_failed)
            .run()
        )

    async def _capture(self) -> WebexToken:
        # Shared with the repair page's token renewal (wizard/ui/webex_capture.py).
        return await capture_webex_token(
            self,
            self.ctx.endpoints,
            trusted_fingerprint=self.ctx.trusted_fingerprint(),
            title=self.tr("Sign in to Webex"),
        )

    def _captured(self, token: WebexToken) -> None:
        # Start people/me once the capture task has finished: a new operation started from
        # inside the old one's success callback would cancel the task it is running in.
        QTimer.singleShot(0, self, functools.partial(self.use_token, token))

    def _sign_in_failed(self, err: WizardError) -> None:
        self.show_error(err)
        self._refresh()

    def use_token(self, token: WebexToken) -> None:
        """Continue with a captured token (the capture step has masked it in the logs):
        remember it, then ask people/me who it belongs to."""
        self._forget()
        self.token = token
        self._captured_for = self.ctx.endpoints.webex_idbroker
        self.ctx.webex_token = token  # a sign-in happened: Cancel now asks before leaving
        self._refresh()
        self._lookup_person()

    def _lookup_person(self) -> None:
        token = self.token
        if token is None:
            return
        op: Op[WebexPerson] = Op(self, credentials.who_signed_in, self.ctx.services, token)
        op.with_progress(self.tr("Reading your Webex account and organization…"))
        op.success(self._person_found)
        op.failure(lambda err: self._person_failed(err, op))
        op.run()

    def _person_found(self, person: WebexPerson) -> None:
        self.person = person
        self.ctx.webex_person = person
        self.manual_toggle.setChecked(False)
        self._set_org(person.org_id)
        if not person.full_admin:
            err = credentials.full_admin_error(person)
            if err is not None:
                self.show_error(err)
        self._refresh()
        if self._ready():
            self.focus_next()
            self.move_on()  # signed in as a Full Administrator: nothing left to decide here

    def _person_failed(self, err: WizardError, op: Op[WebexPerson]) -> None:
        rejected = getattr(err, "status", 0) == 401
        if rejected:
            # The token is useless: only a new sign-in helps, so no Retry and no manual entry.
            self.token = None
            self.ctx.webex_token = None
            self.show_error(err)
        else:
            # people/me is unavailable (outage, scope, proxy…): offer Retry and manual entry.
            self.show_error(err, op.run if err.transient else None)
            self.manual_toggle.setChecked(True)
        self._refresh()

    # ------------------------------------------------------------------ org ID and tenant URL
    def _toggle_manual(self, open_: bool) -> None:
        self.manual_panel.setVisible(open_)
        if open_ and self.person is None:
            self._manual_changed(self.manual_edit.text())

    def _manual_changed(self, text: str) -> None:
        if self.person is not None:
            return  # people/me already answered; it wins over typing
        self.manual_error.hide()
        if not text.strip():
            self._set_org(None)
            return
        try:
            org = credentials.decode_org_id(text)
        except WebexOrgIdError as err:
            self.manual_error.setText(tr_error(err.why, err))
            self.manual_error.show()
            self._set_org(None)
            return
        self._set_org(org)

    def _set_org(self, org_id: str | None) -> None:
        self.org_id = org_id
        if org_id is not None:
            self._fill_tenant_url()
        self._refresh()

    def _fill_tenant_url(self) -> None:
        if self.org_id is None:
            return
        scim2 = self.scim2_radio.isChecked()
        url = self.ctx.endpoints.scim_tenant_url(self.org_id, scim2=scim2)
        if self.tenant_edit.text() == url:
            self._tenant_text_changed(url)  # textChanged would not fire: validate anyway
        else:
            self.tenant_edit.setText(url)

    def _toggle_advanced(self, open_: bool) -> None:
        self.scim2_radio.setVisible(open_ or self.scim2_radio.isChecked())

    def _tenant_choice_changed(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._fill_tenant_url()

    def _tenant_text_changed(self, text: str) -> None:
        self.tenant_error.hide()
        try:
            self.tenant_url = credentials.validate_tenant_url(text, self.ctx.endpoints)
        except WebexTenantUrlError as err:
            self.tenant_url = None
            if self.org_id is not None:
                self.tenant_error.setText(
                    self.tr("This tenant URL cannot be used. {reason}").format(
                        reason=tr_error(err.why, err)
                    )
                )
                self.tenant_error.show()
        self._refresh()

    # ------------------------------------------------------------------ state → widgets
    def _forget(self) -> None:
        self.token = None
        self.person = None
        self._captured_for = None
        self.ctx.webex_token = None
        self.ctx.webex_person = None
        self.ctx.webex_connection = None
        if not self.manual_edit.text().strip():
            self.org_id = None
        else:
            self._manual_changed(self.manual_edit.text())
        self.clear_error()

    def _ready(self) -> bool:
        admin_ok = self.person is None or self.person.full_admin
        return bool(
            self.token is not None
            and not self.token.expired()
            and admin_ok
            and self.org_id
            and self.tenant_url
        )

    def _refresh(self) -> None:
        token, person = self.token, self.person
        self.state_label.setText(
            self.tr("You are signed in to Webex.")
            if token is not None
            else self.tr("You are not signed in to Webex yet.")
        )
        self.sign_in_button.setText(
            self.tr("Sign in as &someone else")
            if token is not None
            else self.tr("&Sign in to Webex")
        )
        self.account_box.setVisible(token is not None)
        if person is not None:
            self.account_label.setText(
                self.tr("{name} ({email})").format(name=person.display_name, email=person.email)
                if person.display_name
                else person.email
            )
        else:
            self.account_label.setText(self.tr("Not known (Webex did not say who signed in)"))
        self.org_label.setText(self.org_id or self.tr("Not known yet"))
        self._show_admin(person)
        if token is not None:
            # Masked only: the full token never reaches a widget, and there is no Copy for it.
            self.token_label.setText(token.masked())
            days = max(0, round((token.expires_at - time.time()) / 86400))
            self.expiry_label.setText(
                self.tr(
                    "{date} (in {days} days). It cannot be extended: before then, run Repair "
                    "(or a scheduled check warns you 14 days ahead)."
                ).format(date=local_date(token.expires_at), days=days)
            )
        self.manual_box.setVisible(token is not None and person is None)
        self.manual_panel.setVisible(self.manual_toggle.isChecked())
        self.tenant_box.setVisible(
            self.org_id is not None and (person is None or person.full_admin)
        )
        self.set_complete(self._ready())

    def _show_admin(self, person: WebexPerson | None) -> None:
        if person is None:
            self.admin_label.setText(
                self.tr("Not checked (the connection test checks access instead)")
            )
            self.admin_label.setStyleSheet("")
        elif person.full_admin:
            self.admin_label.setText(self.tr("✓ Yes"))
            self.admin_label.setStyleSheet(f"color: {colour('ok')}; font-weight: 600;")
        else:
            self.admin_label.setText(self.tr("✗ No: this account cannot create users in Webex"))
            self.admin_label.setStyleSheet(f"color: {colour('error')}; font-weight: 600;")


__all__ = ["WebexSignInPage", "local_date"]
