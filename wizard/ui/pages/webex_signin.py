"""Webex sign-in: capture the provisioning token from the redirect.

The page states its purpose; its working controls arrive with the flow that backs them.
It must not pretend to have done anything meanwhile (no faked results).
"""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class WebexSignInPage(BasePage):
    page_id = PageId.WEBEX_SIGNIN
    next_page = PageId.CONNECTION_TEST

    def build(self) -> None:
        self.set_header(
            self.tr("Sign in to Webex"),
            self.tr("Sign in with your Webex Full Administrator account."),
        )
        self.add_section(self.tr("What this step does"))
        self.add_bullets(
            [
                self.tr(
                    "A Webex sign-in window opens inside this app; the access token it returns is captured automatically."
                ),
                self.tr(
                    "The wizard reads your Webex organization ID from your account and confirms that you are a Full Administrator."
                ),
            ]
        )
        self.add_not_active_note()
