"""Connection test: a direct SCIM call, then Entra's own credential check.

The page states its purpose; its working controls arrive with the flow that backs them.
It must not pretend to have done anything meanwhile (no faked results).
"""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class ConnectionTestPage(BasePage):
    page_id = PageId.CONNECTION_TEST
    next_page = PageId.SCOPE

    def build(self) -> None:
        self.set_header(
            self.tr("Test the connection"),
            self.tr("Check that Entra ID will be able to reach Webex with this token."),
        )
        self.add_section(self.tr("What this step does"))
        self.add_bullets(
            [
                self.tr(
                    "The wizard first calls the Webex provisioning (SCIM) service directly with the captured token."
                ),
                self.tr(
                    "Then it asks Entra ID to validate the same credentials, exactly as the provisioning service will use them."
                ),
            ]
        )
        self.add_not_active_note()
