"""Review: the exact list of changes about to be made.

The page states its purpose; its working controls arrive with the flow that backs them.
It must not pretend to have done anything meanwhile (no faked results).
"""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class ReviewPage(BasePage):
    page_id = PageId.REVIEW
    next_page = PageId.APPLY

    def build(self) -> None:
        self.set_header(
            self.tr("Review the changes"),
            self.tr("Check the exact list of changes before anything is made."),
        )
        self.add_section(self.tr("What this step does"))
        self.add_bullets(
            [
                self.tr(
                    "This page lists every change the wizard is about to make in Entra ID, with the values it will use."
                ),
                self.tr(
                    "Nothing has been changed in your tenant or organization up to this point."
                ),
            ]
        )
        self.add_not_active_note()
