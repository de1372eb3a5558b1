"""One module per wizard page (Calibre's layout). :data:`~wizard.ui.journey.JOURNEY` names each
page's module and class by id, in order, so the wizard imports a page's module (and the flows it
uses) only when it builds that page: the first page paints before the others are loaded.

:data:`PAGE_CLASSES` (every class, importing every module) is still here for code that wants
them all at once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from wizard.ui.journey import JOURNEY
from wizard.ui.page_ids import PageId

if TYPE_CHECKING:
    from wizard.ui.pages.base import BasePage


def page_class(page_id: PageId) -> type[BasePage]:
    """The page class for *page_id*, its module imported now if it was not yet."""
    stage = JOURNEY[page_id]
    cls: type[BasePage] = getattr(importlib.import_module(f"{__name__}.{stage.module}"), stage.cls)
    return cls


def __getattr__(name: str) -> Any:
    if name == "PAGE_CLASSES":
        return tuple(page_class(page_id) for page_id in JOURNEY)
    if name == "BasePage":
        from wizard.ui.pages.base import BasePage

        return BasePage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["PAGE_CLASSES", "BasePage", "page_class"]
