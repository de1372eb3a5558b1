"""The list of steps down the side of the setup wizard: where the admin is and what is left.

Installers (Entra Connect among them) show the whole journey at the left so an admin knows how
far they are; QWizard's side widget holds it (https://doc.qt.io/qt-6/qwizard.html#sideWidget-prop).
Status is shown by a mark and by weight, never by colour alone: ✓ done, ▶ here, nothing for the
steps ahead; a step the wizard skipped (the gallery when an app was reused) keeps no mark.

The mark has a column of its own and the name wraps in the column beside it, so a name that
takes two lines (Korean and Japanese "Cisco Webex app" at this width) continues under its first
word, not under the mark; one label holding "✓ name" wrapped its second line to the list's edge.
"""

from __future__ import annotations

from wizard.ui.journey import JOURNEY
from wizard.ui.page_ids import PageId
from wizard.ui.qt import (
    QCoreApplication,
    QEvent,
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    Qt,
    QTextLayout,
    QVBoxLayout,
    QWidget,
)

WIDTH = 176
MARKS = ("▶", "✓")
#: Between the mark column and the name: about the space "✓ name" had.
MARK_GAP = 4
#: Left, top, right, bottom. The right one gives the names the few pixels the mark's column
#: takes from the unmarked ones ("   name"), so no name that fitted on one line wraps now (at
#: 10 pt, Japanese "Who is provisioned" is 143 px: 144 were free after three spaces).
MARGINS = (12, 16, 4, 12)


def first_line_ascent(text: str, font: QFont, width: int) -> float:
    """The ascent of the first line *text* takes in *font* when wrapped at *width* pixels."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(max(1, width))
    layout.endLayout()
    return line.ascent()


class StepRow(QWidget):
    """One step: its mark (▶, ✓ or none) in a fixed column, its name wrapping beside it."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title_text = title
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(MARK_GAP)
        self.mark = QLabel()
        self.mark.setObjectName("StepMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(title)
        self.title.setObjectName("StepTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.title, 1)
        self._fit_mark()

    def _fit_mark(self) -> None:
        """The column fits the widest mark, so every name starts at the same x, marked or not."""
        metrics = self.mark.fontMetrics()
        self.mark.setFixedWidth(max(metrics.horizontalAdvance(mark) for mark in MARKS))

    def _align_mark(self) -> None:
        """Put the mark on the name's first baseline.

        A line is as tall as the tallest font it draws from: a line with Hangul or kana takes the
        CJK fallback font's larger ascent, and top-aligned the mark (from the Latin font) sat a
        few pixels above the name. Both first lines are laid out as QLabel lays them out
        (QTextLayout, word wrap, the label's width) to compare their ascents.
        """
        self.title.ensurePolished()  # the current step's weight is in its style sheet
        title = first_line_ascent(self.title_text, self.title.font(), self.title.width())
        mark = first_line_ascent(self.mark.text() or MARKS[0], self.mark.font(), 1 << 16)
        self.mark.setContentsMargins(0, max(0, round(title - mark)), 0, 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._fit_mark()
            self._align_mark()
        super().changeEvent(event)

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._align_mark()  # the name's first line holds other words at another width

    def show_state(self, mark: str, state: str, *, bold: bool = False) -> None:
        """Show *mark*; *state* is the same in words, for screen readers ("done")."""
        self.mark.setText(mark)
        # A screen reader would read the glyph itself ("black right-pointing triangle").
        self.mark.setAccessibleName(state)
        self.title.setStyleSheet("font-weight: 600;" if bold else "")
        self._align_mark()
        self.title.setAccessibleName(f"{self.title_text}: {state}" if state else self.title_text)

    def text(self) -> str:
        """The row as one line ("▶ name", "✓ name", "   name"), as tests and logs read it."""
        return f"{self.mark.text() or '  '} {self.title_text}"


class StepList(QFrame):
    """One row per step; :meth:`show_position` marks the current one and those done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepList")
        self.setFixedWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(6)
        heading = QLabel(QCoreApplication.translate("StepList", "Steps"))
        heading.setObjectName("SectionTitle")
        layout.addWidget(heading)
        #: The step rows (their text() reads as the single labels they were: "▶ name").
        self.labels: dict[PageId, StepRow] = {}
        self.titles: dict[PageId, str] = {}
        for page_id, stage in JOURNEY.items():
            if stage.step is None:
                continue  # not a step of the journey (Start)
            title = QCoreApplication.translate("StepList", stage.step)
            row = StepRow(title, f"Step_{page_id.name}")
            layout.addWidget(row)
            self.labels[page_id] = row
            self.titles[page_id] = title
        layout.addStretch(1)
        self.current: PageId | None = None

    def show_position(self, current: PageId | None, visited: list[PageId]) -> None:
        """Mark *current* (▶, bold) and the *visited* steps before it (✓)."""
        self.current = current
        done_text = QCoreApplication.translate("StepList", "done")
        here_text = QCoreApplication.translate("StepList", "current step")
        for page_id, row in self.labels.items():
            if page_id == current:
                row.show_state("▶", here_text, bold=True)
            elif page_id in visited:
                row.show_state("✓", done_text)
            else:
                row.show_state("", "")

    def texts(self) -> list[str]:
        return [row.text() for row in self.labels.values()]
