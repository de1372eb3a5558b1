"""Pre-flight: roles, an existing Cisco Webex app, the identity-integration app.

The page states its purpose; its working controls arrive with the flow that backs them.
It must not pretend to have done anything meanwhile (no faked results).
"""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class PreflightPage(BasePage):
    page_id = PageId.PREFLIGHT
    next_page = PageId.GALLERY

    def build(self) -> None:
        self.set_header(
            self.tr("Pre-flight checks"),
            self.tr(
                "Make sure everything the setup relies on is in place before anything is changed."
            ),
        )
        self.add_section(self.tr("What this step does"))
        self.add_bullets(
            [
                self.tr(
                    "The wizard checks that your account holds one of the required Entra roles."
                ),
                self.tr(
                    'It looks for an existing "Cisco Webex" enterprise app and for the "Cisco Webex Identity Integration" app that provisioning depends on.'
                ),
            ]
        )
        self.add_not_active_note()
