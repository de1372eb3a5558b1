"""The Apply page's rows: one per step, with its status word, elapsed time, and the Graph call
behind it (shown under "Show details"; a note, such as "already assigned", always shows).

Texts keep the ApplyPage translation context they had on the page.
"""

from __future__ import annotations

import time

from wizard.flows.setup import Step
from wizard.ui.pages.review import step_title
from wizard.ui.qt import (
    QCoreApplication,
    QFrame,
    QWidget,
)
from wizard.ui.style import colour
from wizard.ui.widgets import label, list_row_grid
from wizard.ui.words import phrase, phrase_in, translator

#: Colour kinds (style.colour picks the shade that reads on the current palette).
STATUS_COLOURS = {
    "pending": "muted",
    "running": "accent",
    "done": "ok",
    "failed": "error",
    "skipped": "ok",
}


def status_text(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("ApplyPage", "○ Waiting"),
        "running": QCoreApplication.translate("ApplyPage", "● Running…"),
        "done": QCoreApplication.translate("ApplyPage", "✓ Done"),
        "failed": QCoreApplication.translate("ApplyPage", "✗ Failed"),
        "skipped": QCoreApplication.translate("ApplyPage", "✓ Already set up"),
    }.get(status, status)


def seconds_text(seconds: float) -> str:
    return QCoreApplication.translate("ApplyPage", "{seconds} s").format(seconds=f"{seconds:.1f}")


class StepRow(QFrame):
    """One step of the run: status mark, title, elapsed time, and its Graph call or note."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"Step_{step.key}")
        self.status = label(name="StepStatus")
        self.title = label(step_title(step), name="StepTitle")
        self.elapsed = label(name="Muted")
        self.detail = label(name="Muted")
        list_row_grid(self, self.status, self.title, self.detail, mark_width=120, side=self.elapsed)
        self.step = step
        self.started: float | None = None
        self.note = ""
        self.details_shown = False
        self.set_step(step)

    def set_step(self, step: Step) -> None:
        self.step = step
        self.status.setText(status_text(step.status))
        self.status.setStyleSheet(
            f"color: {colour(STATUS_COLOURS.get(step.status, 'muted'))}; font-weight: 600;"
        )
        if step.status == "running":
            self.started = self.started or time.monotonic()
        else:
            self.started = None
        if step.status in ("done", "failed") and step.elapsed:
            self.elapsed.setText(seconds_text(step.elapsed))
        elif step.status != "running":
            self.elapsed.setText("")
        self.note = step.display_note(translator("flows"), phrase)
        self.detail.setText(self.note or step.display_detail(translator("flows"), phrase_in("flows")))
        self.show_details(self.details_shown)

    def show_details(self, shown: bool) -> None:
        """The Graph call behind the step only under "Show details"; a note always."""
        self.details_shown = shown
        self.detail.setVisible(bool(self.detail.text()) and (shown or bool(self.note)))

    def tick(self) -> None:
        if self.started is not None:
            self.elapsed.setText(seconds_text(time.monotonic() - self.started))


