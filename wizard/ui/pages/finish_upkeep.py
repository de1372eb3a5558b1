"""The Finish page's "Keep it healthy" part: schedule the daily check, save a calendar reminder.

The entry shown is exactly what "Schedule the daily check" creates
(:func:`wizard.flows.schedule.this_computer`); Forget (start page or ``forget``) removes it. In
demo mode nothing is scheduled: a daily check of the simulator would check nothing real.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from wizard.flows import schedule
from wizard.flows.setup_report import utc_date
from wizard.ui.ops import Op, run_in_thread
from wizard.ui.qt import (
    QFileDialog,
    QFont,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    is_alive,
)
from wizard.ui.widgets import button_row, label, push_button

log = logging.getLogger("wizard.ui.pages.finish")


class FinishUpkeep(QWidget):
    """Daily check and renewal reminder; *page* runs the operations (busy and error area)."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("FinishUpkeep")
        self.entry: schedule.Entry | None = None
        self.expires_at: float | None = None
        self._dialog: QFileDialog | None = None
        self._lookup: asyncio.Task[schedule.Entry] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(
            label(
                self.tr(
                    "A daily check warns {days} days before the Webex token expires and when "
                    "provisioning stops. This entry runs it every morning:"
                ).format(days=schedule.RENEW_WARNING_DAYS)
            )
        )
        self.entry_text = QPlainTextEdit()
        self.entry_text.setObjectName("ScheduleEntry")
        self.entry_text.setReadOnly(True)
        self.entry_text.setAccessibleName(self.tr("Scheduled task entry"))
        self.entry_text.setFont(QFont("monospace", 9))
        self.entry_text.setFixedHeight(120)
        self.entry_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.entry_text)
        self.schedule_button = push_button(
            self.tr("&Schedule the daily check"), "ScheduleCheck", self.schedule_check
        )
        self.reminder_button = push_button(
            self.tr("Save a calendar &reminder…"), "SaveReminder", self.ask_where_to_save
        )
        layout.addLayout(button_row(self.schedule_button, self.reminder_button))
        self.status = label(name="Muted")
        layout.addWidget(self.status)

    # ------------------------------------------------------------------ showing
    def show_for(self, expires_at: float | None, demo: bool) -> None:
        """Fill in the entry (found on a worker thread) and enable what applies."""
        self.expires_at = expires_at
        self.reminder_button.setEnabled(bool(expires_at))
        self.schedule_button.setEnabled(False)
        self.status.setText(
            self.tr(
                "Demo mode: nothing is scheduled, the simulator stops with the demo. This is "
                "the entry a real setup creates."
            )
            if demo
            else ""
        )
        # Not an Op: finding the entry must not make the page busy (Finish stays clickable).
        task = asyncio.ensure_future(run_in_thread(schedule.this_computer))
        task.add_done_callback(lambda done: self._show_entry(done, demo))
        self._lookup = task

    def _show_entry(self, task: asyncio.Task[schedule.Entry], demo: bool) -> None:
        if task.cancelled() or task.exception() is not None or not is_alive(self):
            return
        entry = task.result()
        self.entry = entry
        self.entry_text.setPlainText(entry.text)
        self.schedule_button.setEnabled(not demo)

    # ------------------------------------------------------------------ scheduling
    def schedule_check(self, runner: Any = None) -> None:
        entry = self.entry
        if entry is None:
            return
        args = (entry,) if runner is None else (entry, runner)
        (
            Op(self.page, _install, *args)
            .with_progress(self.tr("Scheduling the daily check…"))
            .success(self._scheduled)
            .run()
        )

    def _scheduled(self, problem: str | None) -> None:
        if problem:
            self.status.setText(
                self.tr("Could not schedule the check: {reason}").format(reason=problem)
            )
            return
        self.schedule_button.setEnabled(False)
        self.status.setText(
            self.tr("The daily check is scheduled. Forget saved sign-ins (start page) removes it.")
        )

    # ------------------------------------------------------------------ reminder
    def ask_where_to_save(self) -> None:
        dialog = QFileDialog(self, self.tr("Save a calendar reminder"))
        dialog.setObjectName("SaveReminderDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Calendar (*.ics)")])
        dialog.setDefaultSuffix("ics")
        dialog.selectFile("renew-webex-token.ics")
        dialog.fileSelected.connect(lambda path: self.save_reminder(Path(path)))
        self._dialog = dialog
        dialog.open()  # not exec(): no nested event loop inside qasync

    def save_reminder(self, path: Path) -> None:
        if not self.expires_at:
            return
        content = schedule.reminder_ics(
            self.expires_at,
            self.tr("Renew the Webex token for Entra ID provisioning"),
            self.tr(
                "The Webex token Entra ID uses for provisioning expires on {date}. Run the Webex "
                "Provisioning Wizard and choose Renew the Webex token."
            ).format(date=utc_date(self.expires_at)),
        )
        (
            Op(self.page, schedule.write_reminder, path, content)
            .with_progress(self.tr("Saving the reminder…"))
            .success(
                lambda _none: self.status.setText(
                    self.tr("Reminder saved to {path}").format(path=str(path))
                )
            )
            .run()
        )


def _install(entry: schedule.Entry, runner: Any = None) -> str | None:
    """Worker thread: create the entry; the reason it failed, or None."""
    try:
        if runner is None:
            schedule.install(entry)
        else:
            schedule.install(entry, runner)
    except (OSError, schedule.ScheduleError) as exc:
        log.warning("could not schedule the daily check: %s", exc)
        return str(exc)
    log.info("daily check scheduled (%s)", entry.kind)
    return None
