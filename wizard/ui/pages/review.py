"""Review: the exact list of changes the wizard is about to make, and nothing written yet.

The page asks :func:`wizard.flows.setup.plan_setup` (which only READS the tenant) off the UI thread
and shows what changes for the admin in plain words first — adding the Cisco Webex app when the
tenant has none is the first of them, because Review is the first write. The read-only check
(the connection test) is listed apart from the changes, and the Graph call behind each line is
under "Show details". Steps already done in the tenant (an existing job, principals already
assigned, a job already running) are greyed "already set up": Apply will skip them, which is
what makes re-running the wizard safe.

This page is QWizard's commit page: its Next button says "Apply", and once Apply has started
Back cannot lead here again (a change made in the tenant cannot be undone by going Back).
"""

from __future__ import annotations

import logging
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.flows.setup import TEST_CONNECTION, StateFile, Step, plan_setup
from wizard.flows.setup import state_file_of as profile_state_file
from wizard.ui.ops import Op
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage
from wizard.ui.pages.ms_signin import LocalizedErrors
from wizard.ui.qt import (
    QCheckBox,
    QCoreApplication,
    QFrame,
    QGridLayout,
    QWidget,
    QWizard,
)
from wizard.ui.style import colour
from wizard.ui.widgets import grid_box, label, list_row_grid
from wizard.ui.words import phrase_in, translator

log = logging.getLogger("wizard.ui.pages.review")


def step_title(step: Step) -> str:
    """Step titles are English marked with QT_TRANSLATE_NOOP("flows", …) by wizard.flows.setup."""
    return step.display_title(translator("flows"))


def state_file_of(ctx: Any) -> StateFile | None:
    """The profile's state file, or None: without a profile nothing is recorded (tests, CLI)."""
    return profile_state_file(getattr(ctx, "profile", None))


def new_app_of(ctx: Any) -> Any:
    """The app the plan adds first (the Gallery page's choice), when no app is chosen."""
    return ctx.new_app if ctx.webex_app is None and not ctx.setup_inputs.sp_id else None


class PlanRow(QFrame):
    """One planned change: a mark, its title, and the Graph call it makes."""

    def __init__(self, number: int, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"Plan_{step.key}")
        self.step = step
        skipped = step.status == "skipped"
        self.mark = label(f"{number}." if not skipped else "–", name="PlanMark")
        self.title = label(step_title(step), name="PlanTitle")
        self.detail = label(step.display_detail(translator("flows"), phrase_in("flows")), name="Muted")
        self.state = label(
            QCoreApplication.translate("ReviewPage", "already set up") if skipped else "",
            name="Muted",
        )
        list_row_grid(self, self.mark, self.title, self.detail, mark_width=22, side=self.state)
        self.detail.hide()  # the Graph call: under "Show details"
        if skipped:
            # Greyed: visible for completeness, clearly not something Apply will do. The muted
            # colour the other pages use, checked at 4.5:1 on light and dark windows; the
            # palette's placeholder text (half-transparent black on Fusion's light palette)
            # came to 3.9:1.
            for widget in (self.mark, self.title, self.state):
                widget.setStyleSheet(f"color: {colour('muted')};")
        else:
            self.title.setStyleSheet("font-weight: 600;")


class ReviewPage(LocalizedErrors, BasePage):
    page_id = PageId.REVIEW
    intro_text = QT_TRANSLATE_NOOP(
        "ReviewPage",
        "Nothing has been changed in your tenant or organization yet. When you click Apply, the "
        "wizard makes these changes in Entra ID, in this order:",
    )

    def build(self) -> None:
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Apply"))
        self._steps: list[Step] | None = None
        self.rows: list[PlanRow] = []
        self.summary = self.add_label(name="PlanSummary")
        self.list_box, self.list_layout = self._list("PlanList")
        #: Accidental-deletion prevention: what the save does to it (the wizard never turns it off).
        self.threshold_line = self.add_label(name="DeletionThreshold")
        self.checks_title = self.add_section(self.tr("Also checked (changes nothing)"))
        self.checks_box, self.checks_layout = self._list("CheckList")
        self.details_box = QCheckBox(self.tr("Show &details (the Microsoft Graph calls)"))
        self.details_box.setObjectName("ShowPlanDetails")
        self.details_box.toggled.connect(self._show_details)
        self.body.addWidget(self.details_box)
        self.add_paragraph(
            self.tr(
                "Running the wizard again is safe: it checks the tenant first and skips what "
                "is already done."
            ),
            muted=True,
        )
        self.set_complete(False)

    def _list(self, name: str) -> tuple[QWidget, QGridLayout]:
        box, grid = grid_box(name, row_spacing=6)
        self.body.addWidget(box)
        return box, grid

    def _show_details(self, shown: bool) -> None:
        for row in self.rows:
            row.detail.setVisible(shown)

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        self._show([])
        self.plan()

    def on_back(self) -> None:
        self._steps = None
        self._show([])

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self._steps is None:
            return False
        self.ctx.setup_plan = self._steps
        return True

    # ------------------------------------------------------------------ planning
    def plan(self) -> None:
        ctx = self.ctx
        self._steps = None
        self.set_complete(False)
        if ctx.graph is None or ctx.setup_inputs is None:
            self.summary.setText(self.tr("Choose who is provisioned first: go Back."))
            return
        op: Op[list[Step]] = Op(
            self,
            plan_setup,
            ctx.graph,
            ctx.setup_inputs,
            state=state_file_of(ctx),
            new_app=new_app_of(ctx),
        )
        op.with_progress(self.tr("Reading your tenant to list the changes…"))
        op.success(self._planned)
        op.run()

    def _planned(self, steps: list[Step]) -> None:
        self._steps = list(steps)
        self._show(self._steps)
        self.set_complete(True)
        self.focus_next()  # Enter applies

    def _show(self, steps: list[Step]) -> None:
        for row in self.rows:
            row.parentWidget().layout().removeWidget(row)
            row.deleteLater()
        self.rows = []
        changes = [s for s in steps if s.key != TEST_CONNECTION]
        checks = [s for s in steps if s.key == TEST_CONNECTION]
        number = 0
        for i, step in enumerate(changes):
            if step.status != "skipped":
                number += 1
            self._add_row(PlanRow(number, step), self.list_layout, i)
        for i, step in enumerate(checks):
            self._add_row(PlanRow(i + 1, step), self.checks_layout, i)
        self.checks_title.setVisible(bool(checks))
        self._show_threshold(steps)
        todo = sum(1 for s in changes if s.status != "skipped")
        done = len(changes) - todo
        self.summary.setText(
            self.tr("{todo} changes to make, {done} already set up.").format(todo=todo, done=done)
            if steps
            else ""
        )

    def _show_threshold(self, steps: list[Step]) -> None:
        """https://learn.microsoft.com/en-us/entra/identity/app-provisioning/accidental-deletions"""
        data = next((s.data for s in steps if s.key == "save_secrets"), {})
        texts = {
            "new": self.tr(
                "Accidental-deletion prevention: turned on (at most {value} deletions per run), "
                "as Microsoft recommends."
            ),
            "on": self.tr(
                "Accidental-deletion prevention: on (at most {value} deletions per run), kept "
                "as it is."
            ),
            "off": self.tr(
                "Accidental-deletion prevention: off, kept as it is. Microsoft recommends "
                "turning it on in the app's provisioning settings."
            ),
            "unknown": self.tr(
                "Accidental-deletion prevention: kept as it is (Entra did not let the wizard "
                "read it)."
            ),
        }
        text = texts.get(str(data.get("deletion_threshold", "")), "")
        self.threshold_line.setText(text.format(value=data.get("deletion_threshold_value", "")))
        self.threshold_line.setVisible(bool(text))

    def _add_row(self, row: PlanRow, grid: QGridLayout, index: int) -> None:
        row.detail.setVisible(self.details_box.isChecked())
        self.rows.append(row)
        grid.addWidget(row, index, 0)

    # ------------------------------------------------------------------ for tests
    @property
    def steps(self) -> list[Step] | None:
        return self._steps

    def row_texts(self) -> list[tuple[str, str, str]]:
        return [(r.title.text(), r.detail.text(), r.state.text()) for r in self.rows]
