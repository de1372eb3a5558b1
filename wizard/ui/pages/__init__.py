"""One module per wizard page (Calibre's layout). :data:`PAGES` names each page's module and
class by id, in order, so the wizard imports a page's module (and the flows it uses) only when
it builds that page: the first page paints before the others are loaded.

:data:`PAGE_CLASSES` (every class, importing every module) is still here for code that wants
them all at once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from wizard.ui.page_ids import PageId

if TYPE_CHECKING:
    from wizard.ui.pages.base import BasePage

PAGES: dict[PageId, tuple[str, str]] = {
    PageId.WELCOME: ("wizard.ui.pages.welcome", "WelcomePage"),
    PageId.ENVIRONMENT: ("wizard.ui.pages.environment", "EnvironmentPage"),
    PageId.MS_SIGNIN: ("wizard.ui.pages.ms_signin", "MicrosoftSignInPage"),
    PageId.PREFLIGHT: ("wizard.ui.pages.preflight", "PreflightPage"),
    PageId.GALLERY: ("wizard.ui.pages.gallery", "GalleryPage"),
    PageId.WEBEX_SIGNIN: ("wizard.ui.pages.webex_signin", "WebexSignInPage"),
    PageId.CONNECTION_TEST: ("wizard.ui.pages.connection_test", "ConnectionTestPage"),
    PageId.SCOPE: ("wizard.ui.pages.scope", "ScopePage"),
    PageId.REVIEW: ("wizard.ui.pages.review", "ReviewPage"),
    PageId.APPLY: ("wizard.ui.pages.apply", "ApplyPage"),
    PageId.FINISH: ("wizard.ui.pages.finish", "FinishPage"),
    PageId.START: ("wizard.ui.pages.start", "StartPage"),
}


def page_class(page_id: PageId) -> type[BasePage]:
    """The page class for *page_id*, its module imported now if it was not yet."""
    module, name = PAGES[page_id]
    cls: type[BasePage] = getattr(importlib.import_module(module), name)
    return cls


def __getattr__(name: str) -> Any:
    if name == "PAGE_CLASSES":
        return tuple(page_class(page_id) for page_id in PAGES)
    if name == "BasePage":
        from wizard.ui.pages.base import BasePage

        return BasePage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PAGES", "PAGE_CLASSES", "BasePage", "page_class"]
