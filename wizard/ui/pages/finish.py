"""Finish: summary, token expiry date, report.

The page states its purpose; its working controls arrive with the flow that backs them.
It must not pretend to have done anything meanwhile (no faked results).
"""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class FinishPage(BasePage):
    page_id = PageId.FINISH
    next_page = None

    def build(self) -> None:
        self.set_header(
            self.tr("Finished"), self.tr("A summary of the connection and what to do next.")
        )
        self.add_section(self.tr("What this step does"))
        self.add_bullets(
            [
                self.tr(
                    "This page summarises what was set up and when the Webex token expires, so you can plan its renewal."
                ),
                self.tr("You can save a report to share with your team or with support."),
            ]
        )
        self.add_not_active_note()
