"""Gallery app: find the Cisco Webex enterprise app or add it from the gallery.

The page states its purpose; its working controls arrive with the flow that backs them.
It must not pretend to have done anything meanwhile (no faked results).
"""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class GalleryPage(BasePage):
    page_id = PageId.GALLERY
    next_page = PageId.WEBEX_SIGNIN

    def build(self) -> None:
        self.set_header(
            self.tr("Cisco Webex enterprise app"),
            self.tr(
                "Find the Cisco Webex app in your tenant, or add it from the Entra app gallery."
            ),
        )
        self.add_section(self.tr("What this step does"))
        self.add_bullets(
            [
                self.tr(
                    "If your tenant already has the Cisco Webex enterprise app, the wizard reuses it."
                ),
                self.tr(
                    "Otherwise it adds the app from the gallery and waits until Entra ID has finished creating it, which can take a minute."
                ),
            ]
        )
        self.add_not_active_note()
