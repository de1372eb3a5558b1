"""Page ids (SecureDrop's constants module), numbered in the wizard's default order; what each
page is and where Next leads is its row of :data:`wizard.ui.journey.JOURNEY`.

``START`` (what is saved: check & repair, continue, renew, forget) comes before ``WELCOME`` when
a launch finds something saved; it is numbered last so the setup pages keep their numbers.

Kept apart from ``wizard.py`` so page modules can name the pages they branch to without
importing the wizard (which imports them).
"""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    ENVIRONMENT = 1
    MS_SIGNIN = 2
    PREFLIGHT = 3
    GALLERY = 4
    WEBEX_SIGNIN = 5
    CONNECTION_TEST = 6
    SCOPE = 7
    REVIEW = 8
    APPLY = 9
    FINISH = 10
    START = 11
