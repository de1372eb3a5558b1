"""Scope and assignment: who is provisioned, with which app role.

The page states its purpose; its working controls arrive with the flow that backs them.
It must not pretend to have done anything meanwhile (no faked results).
"""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class ScopePage(BasePage):
    page_id = PageId.SCOPE
    next_page = PageId.REVIEW

    def build(self) -> None:
        self.set_header(
            self.tr("Who is provisioned"),
            self.tr("Choose the users and groups that get a Webex account."),
        )
        self.add_section(self.tr("What this step does"))
        self.add_bullets(
            [
                self.tr("Only users and groups assigned to the app are provisioned."),
                self.tr(
                    'You pick a test user and any groups to assign; each assignment uses a real app role, never "Default Access".'
                ),
            ]
        )
        self.add_not_active_note()
