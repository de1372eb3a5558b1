"""Work the first page does not need, done after it is painted, without freezing the window.

* :class:`IdleSlices` runs callables one per event-loop turn: a zero timer fires only after the
  events already queued (input, paint) are handled, so the window answers between two slices.
* :func:`preload` imports, on a worker thread, the modules later pages and operations need
  (the flows, with requests, MSAL and the keyring; QtWebEngine's libraries): the UI thread gets
  the interpreter back every switch interval (5 ms), where the same imports on the UI thread
  froze it for up to a third of a second.
* :func:`prepare_browser` creates one unused off-the-record QtWebEngine profile in idle time: the
  first profile starts Chromium's context (about 0.3 s on the UI thread), which otherwise
  happened the moment a sign-in window opened. :func:`take_profile` hands it to the next
  sign-in window, so each window still gets a fresh profile of its own (no cookies or session
  carried from one sign-in to the next), and prepares the next one in idle time.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

from wizard.ui.qt import QCoreApplication, QObject, QTimer

log = logging.getLogger("wizard.ui.warmup")

#: What the pages' operations import beyond their modules, in the order they are needed.
LATER_MODULES = (
    "wizard.flows.start",
    "wizard.flows.signin",
    "wizard.flows.preflight",
    "wizard.flows.gallery",
    "wizard.flows.webex_credentials",
    "wizard.flows.scope",
    "wizard.flows.setup",
    "wizard.flows.setup_report",
    "wizard.flows.schedule",
)
#: QtWebEngine's names, resolved (imported) through the Qt shim's lazy attributes.
BROWSER_NAMES = ("QWebEngineProfile", "QWebEngineView")


class IdleSlices(QObject):
    """Callables run one per event-loop turn, in order, on the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[tuple[str, Callable[[], object]]] = deque()
        self._gate: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_one)

    def add(self, name: str, fn: Callable[[], object]) -> None:
        self._queue.append((name, fn))
        if not self._timer.isActive():
            self._timer.start()

    def after(self, thread: threading.Thread) -> None:
        """Start the slices once *thread* has ended (looked at every 50 ms): a slice that
        imports what that thread is importing would wait for it on the UI thread."""
        self._gate = thread

    def _run_one(self) -> None:
        if not self._queue:
            return
        if self._gate is not None and self._gate.is_alive():
            self._timer.start(50)
            return
        self._timer.setInterval(0)
        name, fn = self._queue.popleft()
        try:
            fn()
        except Exception:  # a slice is an optimisation: the work is done on first use instead
            log.exception("idle slice %s failed", name)
        if self._queue:
            self._timer.start()


def preload(modules: Iterable[str] = LATER_MODULES) -> threading.Thread:
    """Import *modules* and QtWebEngine's libraries on a daemon thread; an import that fails
    is retried, and reported, on first use. Never the UI's own modules: PySide6 crashed later
    (in a garbage collection) after QObject subclasses with signals were defined off the UI
    thread, so page modules are imported by the pages' idle slices.

    The page slices wait for the whole thread, QtWebEngine included, on purpose: its libraries
    take about 30 ms of the thread's 200-odd, and imports run under the GIL, so loading them on
    a thread of their own (pages gated on the flows alone) built the pages no sooner, and
    loading them after the flows stretched the page slices they overlapped by about 20 ms
    (``tests/perf/warm_up.py``, paired runs)."""
    names = list(modules)

    def run() -> None:
        from wizard.ui import qt

        for name in BROWSER_NAMES:  # first: its library load holds the GIL, never during a slice
            try:
                getattr(qt, name)
            except Exception as exc:  # noqa: BLE001 - a browser that cannot load says so when opened
                log.debug("preload of %s failed: %s", name, exc)
        for name in names:
            try:
                importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001 - only a head start
                log.debug("preload of %s failed: %s", name, exc)

    thread = threading.Thread(target=run, name="wizard-preload", daemon=True)
    thread.start()
    return thread


_spare: list[Any] = []


def prepare_browser() -> None:
    """Create the next sign-in window's off-the-record profile now (idle time), if none waits."""
    if _spare:
        return
    from wizard.ui.qt import QWebEngineProfile

    # Parent None: the sign-in window that takes it ends its life (view, page, then profile).
    _spare.append(QWebEngineProfile())
    app = QCoreApplication.instance()
    if app is not None and len(_spare) == 1:
        app.aboutToQuit.connect(_drop_spare)


def take_profile() -> Any:
    """A fresh, never used off-the-record profile for one sign-in window."""
    if _spare:
        profile = _spare.pop()
    else:
        from wizard.ui.qt import QWebEngineProfile

        profile = QWebEngineProfile()
    # The next window's, once this one has had its event-loop turns.
    QTimer.singleShot(500, prepare_browser)
    return profile


def _drop_spare() -> None:
    from wizard.ui.qt import delete_now, is_alive

    while _spare:
        profile = _spare.pop()
        if is_alive(profile):
            delete_now(profile)
