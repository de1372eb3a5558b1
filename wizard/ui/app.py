"""Start the GUI: QApplication, translations, look, excepthook, qasync loop, the wizard.

Order matters and is the reason this module exists:
1. ``Qt.AA_ShareOpenGLContexts`` before QApplication exists — QtWebEngine (loaded later, only
   when a browser opens) refuses to initialise without it once an application is running.
2. ``QT_API=pyside6`` before qasync is imported, so it cannot pick another binding.
3. qasync's loop runs the app (``qasync.run``: on Python 3.11 there is no ``loop_factory``).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from wizard.core.endpoints import Endpoints
from wizard.core.errors import WizardError
from wizard.flows.services import Services
from wizard.ui import qt  # sets QT_API before qasync is imported
from wizard.ui.context import DemoServer, WizardContext
from wizard.ui.demo_start import DemoLaunch
from wizard.ui.errors import UiError
from wizard.ui.i18n import install_translators, pick_language
from wizard.ui.ops import log_location
from wizard.ui.page_ids import PageId
from wizard.ui.qt import (
    QApplication,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageBox,
    QObject,
    Qt,
    QTimer,
)
from wizard.ui.style import apply_look
from wizard.ui.widgets import tr_error

if TYPE_CHECKING:
    from wizard.flows.services import SecretStore
    from wizard.ui.repair.window import RepairWindow
    from wizard.ui.wizard import SetupWizard

log = logging.getLogger("wizard.ui")

APP_NAME = "Webex Provisioning Wizard"
ORG_NAME = "WebexScimWizard"
#: A smoke run that has not painted its first page by then has failed.
SMOKE_TIMEOUT = 60.0


def prepare_qt() -> None:
    """Everything that must happen before a QApplication exists."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once; reused if one exists, e.g. under pytest-qt)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        prepare_qt()
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    return app


class ExceptHook:
    """sys.excepthook for the GUI: log the traceback, show a non-modal error, keep running.

    Exceptions raised in Qt slots and qasync's ``asyncSlot`` land here. A crash would lose the
    admin's progress; an error box that says where the log is loses nothing.
    """

    def __init__(self, log_file: Path | None = None) -> None:
        self.log_file = log_file
        self.previous = sys.excepthook
        self.box: QMessageBox | None = None
        self.count = 0

    def install(self) -> ExceptHook:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        self.count += 1
        if threading.current_thread() is not threading.main_thread():
            return  # widgets belong to the UI thread; the log line is all we can do here
        err = exc if isinstance(exc, WizardError) else UiError.unexpected(self.location())
        self.show(err)

    def location(self) -> str:
        return str(self.log_file) if self.log_file else log_location()

    def show(self, err: WizardError) -> None:
        if QApplication.instance() is None:
            return
        box = self.box
        if box is None or not qt.is_alive(box):
            box = QMessageBox()
            box.setObjectName("UnexpectedError")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(
                QCoreApplication.translate("ExceptHook", "Webex Provisioning Wizard")
            )
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setModal(False)
            box.setTextFormat(Qt.TextFormat.PlainText)
            self.box = box
        box.setText(tr_error(err.what, err))
        box.setInformativeText(
            QCoreApplication.translate("ExceptHook", "{why}\n\nWhat to do next: {fix}").format(
                why=tr_error(err.why, err), fix=tr_error(err.fix, err)
            )
        )
        box.show()

    def loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """asyncio's exception handler: a failed task that nobody awaited is still reported."""
        exc = context.get("exception")
        if isinstance(exc, BaseException) and not isinstance(exc, asyncio.CancelledError):
            self(type(exc), exc, exc.__traceback__)
        else:
            log.error("asyncio: %s", context.get("message", "unknown error"))


class _FirstPaint(QObject):
    """Resolves a future the first time the watched window paints (the smoke test's signal)."""

    def __init__(self, future: asyncio.Future[None]) -> None:
        super().__init__()
        self.future = future

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Expose) and not self.future.done():
            self.future.set_result(None)
        return False


class _PaintLoop(QObject):
    """A local event loop that ends at the watched window's first paint (or after *timeout*)."""

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self.painted = False
        self.loop = QEventLoop()
        QTimer.singleShot(int(timeout * 1000), self.loop, self.loop.quit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Expose) and not self.painted:
            self.painted = True
            self.loop.quit()
        return False


def paint_first(window: SetupWizard, timeout: float = SMOKE_TIMEOUT) -> bool:
    """Show *window* and run Qt's events until it has painted, before qasync and asyncio are
    even imported; the window is held (see SetupWizard.when_ready), so nothing asynchronous
    starts before the asyncio loop runs. False when it did not paint within *timeout*."""
    window.hold()
    waiter = _PaintLoop(timeout)
    window.installEventFilter(waiter)
    window.show()
    if not waiter.painted:
        waiter.loop.exec()
    window.removeEventFilter(waiter)
    return waiter.painted


#: ``start_page`` value that opens the repair window (``--repair``) instead of the setup wizard.
REPAIR = "repair"


def _page_id(start_page: PageId | str | int | None) -> PageId | None:
    if start_page is None or isinstance(start_page, PageId):
        return start_page
    if isinstance(start_page, str):
        return PageId[start_page.upper()]
    return PageId(start_page)


def make_context(
    endpoints: Endpoints,
    *,
    demo: DemoServer | None = None,
    lang: str = "en",
    remember_secrets: bool = True,
    secret_store: SecretStore | None = None,
) -> WizardContext:
    """The context every page shares, over the one :class:`Services` of this process (its
    profile decides where the state file lives; "don't remember secrets" keeps tokens and
    sign-ins in memory only, so repair asks again next time). *secret_store*: a store opened
    already (the demo's, in memory when there is no keyring)."""
    services = Services.for_run(endpoints, demo=demo is not None, remember_secrets=remember_secrets)
    if secret_store is not None and remember_secrets:
        services.use_store(secret_store)
    return WizardContext(endpoints, demo=demo, lang=lang, services=services)


def open_window(ctx: WizardContext, start_page: PageId | str | int | None) -> SetupWizard | RepairWindow:
    """The setup wizard at *start_page*, or the repair window (``start_page="repair"``). A
    launch without one opens on the start page, which moves on to Welcome when nothing is
    saved, and whose "Check & repair" and "Renew" put the repair window in its place."""
    if _is_repair(start_page):
        from wizard.ui.repair.window import RepairWindow

        return RepairWindow(ctx)
    from wizard.ui.wizard import SetupWizard

    page = _page_id(start_page)
    wizard = SetupWizard(ctx, start_page=page if page is not None else PageId.START)
    wizard.repair_requested.connect(lambda renew: _open_repair(wizard, renew))
    return wizard


def _is_repair(start_page: PageId | str | int | None) -> bool:
    return isinstance(start_page, str) and start_page.lower() == REPAIR


def _open_repair(wizard: SetupWizard, renew: bool) -> None:
    # Imported when asked for: the repair window's modules are not needed for the first paint.
    from wizard.ui.repair.window import open_from_start

    open_from_start(wizard, renew)


async def _show(
    ctx: WizardContext,
    start_page: PageId | str | int | None,
    hook: ExceptHook,
    *,
    smoke: bool,
    launch: DemoLaunch,
    painted: SetupWizard | None = None,
) -> int:
    """Open the window (or take *painted*, shown and held by :func:`paint_first`) and wait
    until it closes (smoke: until its first paint)."""
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(hook.loop_handler)
    wizard = painted if painted is not None else open_window(ctx, start_page)
    finished: asyncio.Future[int] = loop.create_future()
    wizard.finished.connect(lambda result: finished.done() or finished.set_result(int(result)))
    shown: asyncio.Future[None] = loop.create_future()
    background = launch.in_background(wizard, smoke)
    watcher = None
    if painted is None:  # the repair window: watched here for its first paint
        watcher = _FirstPaint(shown)
        wizard.installEventFilter(watcher)
        wizard.show()
    else:  # painted by paint_first already
        shown.set_result(None)
        if not background:
            painted.release()  # the loop runs: what waited for it may start
    try:
        if background:
            await shown
            launch.after_paint(wizard)  # releases the wizard once the demo runs
        if smoke:
            await asyncio.wait_for(shown, SMOKE_TIMEOUT)
            log.info("smoke: first page %s shown", wizard.current_page_id())
            return 0
        result = await finished
        return 0 if result == 1 else 1  # QDialog.Accepted == 1
    finally:
        if watcher is not None:
            wizard.removeEventFilter(watcher)
        wizard.cancel_all_operations()
        wizard.hide()
        wizard.deleteLater()
        launch.stop()


def run_gui(
    endpoints: Endpoints,
    *,
    demo: DemoServer | None = None,
    lang: str | None = None,
    smoke: bool = False,
    start_page: PageId | str | int | None = None,
    log_file: Path | None = None,
    remember_secrets: bool = True,
    secret_store: SecretStore | None = None,
    demo_start: Callable[[], Any] | None = None,
) -> int:
    """Show the setup wizard until it closes. Returns 0 when finished (or smoke shown), 1 if
    the admin cancelled. *demo_start*: starts the demo (simulator and profile) and returns it;
    it runs after the first paint (see :mod:`wizard.ui.demo_start`) and is stopped at the end."""
    app = create_application()
    language = pick_language(lang)
    translators = install_translators(app, language)
    apply_look(app, language)
    # We end the loop ourselves when the wizard finishes; Qt quitting on its own (last window
    # closed) would stop qasync's loop under a pending future.
    app.setQuitOnLastWindowClosed(False)
    hook = ExceptHook(log_file).install()
    store = {"remember_secrets": remember_secrets, "secret_store": secret_store}
    launch = DemoLaunch(demo_start, remember_secrets)
    ctx = make_context(endpoints, demo=launch.stand_in(demo), lang=language, **store)
    launch.before_window(ctx, repair=_is_repair(start_page))
    try:
        painted = None
        if not _is_repair(start_page):
            painted = open_window(ctx, start_page)
            # Only --smoke gives up: a window that has not painted yet (a locked screen, a
            # compositor that maps it late) is still the admin's window, and paints later.
            if not paint_first(painted) and smoke:
                raise TimeoutError
            if smoke:
                log.info("smoke: first page %s shown", painted.current_page_id())
                painted.hide()
                painted.deleteLater()
                return 0

        import qasync  # after wizard.ui.qt pinned QT_API; after the first paint

        show = _show(ctx, start_page, hook, smoke=smoke, launch=launch, painted=painted)
        return int(qasync.run(show))
    except TimeoutError:
        log.error("smoke: the first page was not shown within %.0f s", SMOKE_TIMEOUT)
        return 1
    finally:
        hook.uninstall()
        for translator in translators:
            app.removeTranslator(translator)
