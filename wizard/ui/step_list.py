"""The list of steps down the side of the setup wizard: where the admin is and what is left.

Installers (Entra Connect among them) show the whole journey at the left so an admin knows how
far they are; QWizard's side widget holds it (https://doc.qt.io/qt-6/qwizard.html#sideWidget-prop).
Status is shown by a mark and by weight, never by colour alone: ✓ done, ▶ here, nothing for the
steps ahead; a step the wizard skipped (the gallery when an app was reused) keeps no mark.
"""

from __future__ import annotations

from wizard.ui.journey import JOURNEY
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QCoreApplication, QFrame, QLabel, QVBoxLayout, QWidget

WIDTH = 176


class StepList(QFrame):
    """One label per step; :meth:`show_position` marks the current one and those done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepList")
        self.setFixedWidth(WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 16, 8, 12)
        layout.setSpacing(6)
        heading = QLabel(QCoreApplication.translate("StepList", "Steps"))
        heading.setObjectName("SectionTitle")
        layout.addWidget(heading)
        self.labels: dict[PageId, QLabel] = {}
        self.titles: dict[PageId, str] = {}
        for page_id, stage in JOURNEY.items():
            if stage.step is None:
                continue  # not a step of the journey (Start)
            title = QCoreApplication.translate("StepList", stage.step)
            widget = QLabel(title)
            widget.setObjectName(f"Step_{page_id.name}")
            widget.setWordWrap(True)
            layout.addWidget(widget)
            self.labels[page_id] = widget
            self.titles[page_id] = title
        layout.addStretch(1)
        self.current: PageId | None = None

    def show_position(self, current: PageId | None, visited: list[PageId]) -> None:
        """Mark *current* (▶, bold) and the *visited* steps before it (✓)."""
        self.current = current
        done_text = QCoreApplication.translate("StepList", "done")
        here_text = QCoreApplication.translate("StepList", "current step")
        for page_id, widget in self.labels.items():
            title = self.titles[page_id]
            if page_id == current:
                widget.setText(f"▶ {title}")
                widget.setStyleSheet("font-weight: 600;")
                widget.setAccessibleName(f"{title}: {here_text}")
            elif page_id in visited:
                widget.setText(f"✓ {title}")
                widget.setStyleSheet("")
                widget.setAccessibleName(f"{title}: {done_text}")
            else:
                widget.setText(f"   {title}")
                widget.setStyleSheet("")
                widget.setAccessibleName(title)

    def texts(self) -> list[str]:
        return [widget.text() for widget in self.labels.values()]
