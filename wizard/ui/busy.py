"""The busy indicator, the error area and the one running operation, as a widget any window can
embed: :class:`OpArea` implements :class:`wizard.ui.ops.OpHost`.

Why a widget and not a copy: the repair window is not a wizard page, so it cannot inherit
:class:`~wizard.ui.pages.base.BasePage`; it used to copy BasePage's busy/error/cancel code line
for line. Embedding this keeps one behaviour: one operation at a time (a new one cancels the
previous), Cancel on the busy panel, Retry on the error panel, nothing touched once the widget is
gone (a task may finish after the window closed).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from wizard.core.errors import WizardError
from wizard.ui.qt import QVBoxLayout, QWidget, Signal, is_alive
from wizard.ui.widgets import BusyPanel, ErrorPanel

log = logging.getLogger("wizard.ui.busy")


class OpArea(QWidget):
    """Busy panel + error panel + the task running now. ``busy_changed`` says when to
    enable or disable the owner's buttons."""

    busy_changed = Signal(bool)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Who shows the errors, for the log line ("repair", a page id…).
        self.name = name
        self._busy = False
        self._task: asyncio.Task[Any] | None = None
        self._cancel_op: Callable[[], None] | None = None
        self._retry: Callable[[], object] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.busy = BusyPanel(self)
        self.busy.cancel_requested.connect(self._cancel_clicked)
        layout.addWidget(self.busy)
        self.error_panel = ErrorPanel(self)
        self.error_panel.retry_requested.connect(self._retry_clicked)
        layout.addWidget(self.error_panel)

    # ------------------------------------------------------------------ the operation
    @property
    def task(self) -> asyncio.Task[Any] | None:
        return self._task

    def track(self, task: asyncio.Task[Any]) -> None:
        """One operation at a time: a new one replaces (cancels) the previous one."""
        if self._task is not None and self._task is not task and not self._task.done():
            self._task.cancel()
        self._task = task

    def is_busy(self) -> bool:
        return self._busy

    def cancel_running(self) -> None:
        """Cancel the running operation, if any (window closed). Shows nothing."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
        self.hide_busy()

    # ------------------------------------------------------------------ busy
    def show_busy(self, text: str, on_cancel: Callable[[], None] | None = None) -> None:
        if not is_alive(self):
            return
        self._cancel_op = on_cancel
        self.busy.start(text)
        self.busy.cancel_button.setVisible(on_cancel is not None)
        self._set_busy(True)

    def set_progress(self, text: str) -> None:
        if is_alive(self) and self._busy:
            self.busy.status.setText(text)

    def hide_busy(self) -> None:
        if not is_alive(self):
            return
        self._cancel_op = None
        self.busy.stop()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def _cancel_clicked(self) -> None:
        if self._cancel_op is not None:
            self._cancel_op()

    # ------------------------------------------------------------------ errors
    def show_error(self, err: WizardError, retry: Callable[[], object] | None = None) -> None:
        if not is_alive(self):
            return
        # One log line per error shown; errors never carry secrets in their params.
        log.warning("%s shows error %s: %s", self.name, err.code, err.summary())
        self._retry = retry
        self.error_panel.show_error(err, can_retry=retry is not None)

    def clear_error(self) -> None:
        if not is_alive(self):
            return
        self._retry = None
        self.error_panel.clear()

    def _retry_clicked(self) -> None:
        retry = self._retry
        if retry is not None:
            self.clear_error()
            retry()
