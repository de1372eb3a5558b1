"""Apply: job, secrets, notification email, start, test user on demand.

The page states its purpose; its working controls arrive with the flow that backs them.
It must not pretend to have done anything meanwhile (no faked results).
"""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class ApplyPage(BasePage):
    page_id = PageId.APPLY
    next_page = PageId.FINISH

    def build(self) -> None:
        self.set_header(self.tr("Apply"), self.tr("Make the changes and start provisioning."))
        self.add_section(self.tr("What this step does"))
        self.add_bullets(
            [
                self.tr(
                    "The wizard creates the provisioning job, saves the Webex tenant URL and token in Entra ID, sets the notification email and starts the job."
                ),
                self.tr(
                    "It then provisions the test user on demand and shows the result. Running it again never duplicates anything."
                ),
            ]
        )
        self.add_not_active_note()
