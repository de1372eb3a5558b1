"""Run blocking work off the UI thread, with progress, Cancel and error surfacing (Anki-style).

Usage from a page::

    Op(self, preflight.check, session, endpoints) \\
        .with_progress(self.tr("Checking your roles…")) \\
        .success(self._show_result) \\
        .run()

Rules (the reasons are qasync's and Qt's, see docs/desktop.md#async-model):
- ``fn`` runs in a worker thread (``asyncio.to_thread``) and must NEVER touch a widget; it
  returns data, and ``success`` (on the UI thread) puts it on screen.
- Cancel cancels the asyncio task at once; a thread cannot be killed, so it runs to its end and
  its result is dropped. Our HTTP calls have timeouts, so that thread ends soon.
- A :class:`WizardError` goes to the page's error area as it is; any other exception is a bug:
  it is logged with its traceback, and the user sees a generic error that says where the log is.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Generic, Protocol, TypeVar

from wizard.core.errors import Cancelled, WizardError
from wizard.ui.errors import UiError
from wizard.ui.qt import QCoreApplication

log = logging.getLogger("wizard.ui.ops")

T = TypeVar("T")


async def run_in_thread(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Await *fn(*args)* run in a worker thread (qasync's executor); the UI keeps painting."""
    return await asyncio.to_thread(fn, *args, **kwargs)


def log_location() -> str:
    """Where the log file is, for messages that send the user there (first file handler wins)."""
    for logger in (logging.getLogger("wizard"), logging.getLogger()):
        for handler in logger.handlers:
            filename = getattr(handler, "baseFilename", None)
            if filename:
                return str(filename)
    return QCoreApplication.translate("ops", "the application log")


class OpHost(Protocol):
    """What an :class:`Op` needs from a page (``BasePage`` implements it)."""

    def show_busy(self, text: str, on_cancel: Callable[[], None]) -> None: ...
    def hide_busy(self) -> None: ...
    def show_error(self, err: WizardError, retry: Callable[[], object] | None = None) -> None: ...
    def clear_error(self) -> None: ...
    def track(self, task: asyncio.Task[Any]) -> None: ...
    @property
    def task(self) -> asyncio.Task[Any] | None: ...


def as_wizard_error(exc: BaseException) -> WizardError:
    """A WizardError as is; anything else is logged (with traceback) and made generic."""
    if isinstance(exc, WizardError):
        return exc
    log.error("unexpected error in a background operation", exc_info=exc)
    return UiError.unexpected(log_location())


class Op(Generic[T]):
    """One background step of a page: progress while it runs, then success or failure."""

    def __init__(self, page: OpHost, fn: Callable[..., T], *args: Any, **kwargs: Any) -> None:
        self._page = page
        self._start: Callable[[], Awaitable[T]] = lambda: run_in_thread(fn, *args, **kwargs)
        self._progress = QCoreApplication.translate("ops", "Working…")
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[WizardError], object] | None = None
        self._task: asyncio.Task[None] | None = None
        self._user_cancelled = False
        self._retryable = True

    @classmethod
    def coroutine(cls, page: OpHost, factory: Callable[[], Awaitable[T]]) -> Op[T]:
        """An op whose work is a coroutine on the UI loop (it awaits threads itself).

        *factory* is called on every run, so Retry works; pass a bare coroutine only through
        :meth:`once` (it can be awaited a single time, so Retry is not offered).
        """
        op: Op[T] = cls(page, _unused)
        op._start = factory
        return op

    @classmethod
    def once(cls, page: OpHost, awaitable: Awaitable[T]) -> Op[T]:
        op = cls.coroutine(page, lambda: awaitable)
        op._retryable = False
        return op

    # ------------------------------------------------------------------ builder
    def with_progress(self, text: str) -> Op[T]:
        self._progress = text
        return self

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Called on the UI thread with fn's result."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[WizardError], object]) -> Op[T]:
        """Replaces the default (the page's error area). Unexpected exceptions arrive as a
        generic :class:`UiError`, already logged, so callbacks never see raw exceptions."""
        self._on_failure = callback
        return self

    # ------------------------------------------------------------------ running
    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    def run(self) -> asyncio.Task[None]:
        self._user_cancelled = False
        self._page.clear_error()
        self._page.show_busy(self._progress, self.cancel)
        self._task = asyncio.ensure_future(self._main())
        self._page.track(self._task)
        return self._task

    def cancel(self) -> None:
        """The busy panel's Cancel: stop waiting now and say so (with Retry)."""
        if self._task is not None and not self._task.done():
            self._user_cancelled = True
            self._task.cancel()

    async def _main(self) -> None:
        try:
            result = await self._start()
        except asyncio.CancelledError:
            # Replaced by a newer operation, or the page left (Back, window closed): the page
            # already shows the newer state, so touch nothing.
            if self._page.task is self._task:
                self._page.hide_busy()
                if self._user_cancelled:
                    self._fail(Cancelled.by_user())
            raise
        except Exception as exc:  # every failure must reach the user (module doc)
            self._page.hide_busy()
            self._fail(as_wizard_error(exc))
            return
        self._page.hide_busy()
        if self._on_success is not None:
            try:
                self._on_success(result)
            except Exception as exc:  # a bug in a callback must not vanish
                self._fail(as_wizard_error(exc))

    def _fail(self, err: WizardError) -> None:
        if self._on_failure is not None:
            self._on_failure(err)
            return
        retryable = self._retryable and (err.transient or isinstance(err, Cancelled))
        self._page.show_error(err, self.run if retryable else None)


def _unused() -> Any:  # placeholder fn for Op.coroutine; never called
    raise AssertionError("unreachable")
