"""The Scope page's attribute-mapping table: each recommended row next to what the job (or,
before the job exists, its template) has, differences highlighted. Shown for review only.

Texts keep the Scope page's translation context ("ScopePage"), where they were first written.
"""

from __future__ import annotations

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.flows.scope import AttributeMapping, Loaded
from wizard.ui.qt import (
    QBrush,
    QColor,
    QCoreApplication,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from wizard.ui.widgets import label

HIGHLIGHT = QColor("#fff4ce")
#: Dark text on the highlight in either palette (the dark palette's light text would not read).
HIGHLIGHT_TEXT = QColor("#3d2e00")
#: Cisco: "Entra ID doesn't synchronize null values" (https://help.webex.com/en-us/article/6ta3gz).
NULL_VALUES = QT_TRANSLATE_NOOP(
    "ScopePage",
    "Entra ID never sends empty values: clearing an attribute in Entra ID does not clear it in "
    "Webex. Clear it in Control Hub too.",
)


def make_tree(name: str, headers: list[str]) -> QTreeWidget:
    """A compact, flat table with a fixed height range (the page scrolls, not the table)."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setMinimumHeight(90)
    tree.setMaximumHeight(150)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    tree.setColumnWidth(1, 240)
    return tree


class MappingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.tree = make_tree(
            "Mappings",
            [
                QCoreApplication.translate("ScopePage", "Entra ID attribute"),
                QCoreApplication.translate("ScopePage", "Webex attribute"),
                QCoreApplication.translate("ScopePage", "In the job"),
            ],
        )
        self.tree.setAccessibleName(QCoreApplication.translate("ScopePage", "Attribute mappings"))
        column.addWidget(self.tree)
        self.note = label(name="Muted")
        column.addWidget(self.note)

    def display(self, loaded: Loaded) -> None:
        self.tree.clear()
        self.tree.headerItem().setText(
            2,
            QCoreApplication.translate("ScopePage", "In the job")
            if loaded.job_id
            else QCoreApplication.translate("ScopePage", "In the template"),
        )
        differences = 0
        for recommended, effective, status in loaded.mappings or []:
            item = QTreeWidgetItem(
                [
                    recommended.source,
                    recommended.target + (" *" if recommended.matching else ""),
                    self._status_text(status, effective),
                ]
            )
            if status != "same":
                differences += 1
                for column in range(3):
                    item.setBackground(column, QBrush(HIGHLIGHT))
                    item.setForeground(column, QBrush(HIGHLIGHT_TEXT))
            self.tree.addTopLevelItem(item)
        self.note.setText(
            self._note(loaded.job_id, differences)
            if loaded.mappings is not None
            else QCoreApplication.translate(
                "ScopePage",
                "The app is added when you click Apply, with the Cisco Webex app's own "
                "mappings; the wizard keeps them.",
            )
        )

    @staticmethod
    def _note(job_id: str | None, differences: int) -> str:
        if job_id is None:
            return QCoreApplication.translate(
                "ScopePage",
                "The provisioning job does not exist yet: the third column shows the mappings "
                "the Cisco Webex template gives it. {count} differ from the recommended table "
                "(highlighted). * = matching attribute.",
            ).format(count=differences)
        if differences:
            return QCoreApplication.translate(
                "ScopePage",
                "{count} mappings differ from the recommended table (highlighted). * = matching "
                "attribute.",
            ).format(count=differences)
        return QCoreApplication.translate(
            "ScopePage", "The job uses the recommended mappings. * = matching attribute."
        )

    @staticmethod
    def _status_text(status: str, effective: AttributeMapping | None) -> str:
        if status == "same":
            return QCoreApplication.translate("ScopePage", "✓ same")
        if effective is None:
            return QCoreApplication.translate("ScopePage", "missing")
        return QCoreApplication.translate("ScopePage", "different: {source}").format(
            source=effective.source
        )
