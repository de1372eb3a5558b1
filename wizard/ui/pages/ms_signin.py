"""Microsoft sign-in: an Entra administrator signs in in the embedded browser.

The page states its purpose; its working controls arrive with the flow that backs them.
It must not pretend to have done anything meanwhile (no faked results).
"""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class MicrosoftSignInPage(BasePage):
    page_id = PageId.MS_SIGNIN
    next_page = PageId.PREFLIGHT

    def build(self) -> None:
        self.set_header(
            self.tr("Sign in to Microsoft"),
            self.tr("Sign in with your Entra administrator account."),
        )
        self.add_section(self.tr("What this step does"))
        self.add_bullets(
            [
                self.tr(
                    "A Microsoft sign-in window opens inside this app. It keeps no cookies or history on this computer."
                ),
                self.tr(
                    "You are asked to allow the wizard to manage enterprise apps, app assignments and provisioning in your tenant."
                ),
            ]
        )
        self.add_not_active_note()
