"""One module per wizard page (Calibre's layout); :data:`PAGE_CLASSES` lists them in order."""

from __future__ import annotations

from wizard.ui.pages.apply import ApplyPage
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.connection_test import ConnectionTestPage
from wizard.ui.pages.environment import EnvironmentPage
from wizard.ui.pages.finish import FinishPage
from wizard.ui.pages.gallery import GalleryPage
from wizard.ui.pages.ms_signin import MicrosoftSignInPage
from wizard.ui.pages.preflight import PreflightPage
from wizard.ui.pages.review import ReviewPage
from wizard.ui.pages.scope import ScopePage
from wizard.ui.pages.start import StartPage
from wizard.ui.pages.webex_signin import WebexSignInPage
from wizard.ui.pages.welcome import WelcomePage

PAGE_CLASSES: tuple[type[BasePage], ...] = (
    WelcomePage,
    EnvironmentPage,
    MicrosoftSignInPage,
    PreflightPage,
    GalleryPage,
    WebexSignInPage,
    ConnectionTestPage,
    ScopePage,
    ReviewPage,
    ApplyPage,
    FinishPage,
    StartPage,
)

__all__ = ["PAGE_CLASSES", "BasePage"]
