"""Welcome: what will happen, which roles are needed, how long it takes."""

from __future__ import annotations

from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage


class WelcomePage(BasePage):
    page_id = PageId.WELCOME

    def build(self) -> None:
        self.add_section(self.tr("What will happen"))
        self.add_bullets(
            [
                self.tr(
                    "You sign in to Microsoft and to Webex in secure windows inside this app. "
                    "Nothing has to be copied by hand."
                ),
                self.tr(
                    "The wizard checks your roles and adds the Cisco Webex enterprise app to "
                    "Entra ID, or reuses the one you already have."
                ),
                self.tr("It tests the connection to Webex and lets you choose who is provisioned."),
                self.tr(
                    "It lists every change before making it, then starts provisioning and tries "
                    "it with one test user."
                ),
            ]
        )
        self.add_section(self.tr("What you need"))
        self.add_bullets(
            [
                self.tr(
                    "A Microsoft Entra account with the Application Administrator, Cloud "
                    "Application Administrator or Global Administrator role."
                ),
                self.tr("A Webex account with the Full Administrator role."),
            ]
        )
        self.add_paragraph(
            self.tr(
                "It takes about 5 minutes. You can go Back at any step; nothing in your tenant "
                "or organization changes until you confirm the list of changes."
            ),
            muted=True,
        )
