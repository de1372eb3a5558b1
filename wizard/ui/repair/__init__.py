"""The repair journey's window: a traffic-light report of the diagnostic checks, a Fix per
finding, "Fix all", and export.

Modules: :mod:`~wizard.ui.repair.window` (the window, and the hand-over to setup for Re-create),
:mod:`~wizard.ui.repair.page` (the report and its actions), :mod:`~wizard.ui.repair.report_view`
(rows, colours, texts, the HTML export), :mod:`~wizard.ui.repair.fixes` (what each Fix button
does, through :mod:`wizard.flows.repair`), :mod:`~wizard.ui.repair.ms_signin` (the Microsoft
sign-in, through :mod:`wizard.flows.signin`); the consent browser is in :mod:`wizard.ui.consent`
(pre-flight uses it too), the GUI-only errors in :mod:`wizard.ui.errors`.
"""

from wizard.ui.consent import ConsentBrowser
from wizard.ui.errors import RepairUiError
from wizard.ui.repair.page import RepairPage
from wizard.ui.repair.report_view import CheckRow, report_html
from wizard.ui.repair.window import RECREATE_START, RepairWindow

__all__ = [
    "RECREATE_START",
    "CheckRow",
    "ConsentBrowser",
    "RepairPage",
    "RepairUiError",
    "RepairWindow",
    "report_html",
]
