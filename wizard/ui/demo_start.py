"""Demo mode, paint first: the window shows before the simulator runs.

Starting the simulator (TLS keys, the server, the configured world) and seeding the demo profile
(keyring writes, a simulated Microsoft sign-in) takes one to three seconds. The setup wizard
paints its first page at once, holds what needs the demo's services, and runs the start on a
worker with the page's busy indicator saying so ("Starting the demo services…", Cancel, and the
error with Retry if it fails); then the context points at the simulator and the held work (the
start page's look at what is saved, the later pages) goes on. The repair window starts its
checks at once, so for ``--repair`` the demo is started before the window, as before.

The demo object is duck-typed (``simulator``, ``endpoints``, ``store``, ``stop()``): the UI does
not import the demo or the simulator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.ui.context import WizardContext, explicit_values
from wizard.ui.ops import Op
from wizard.ui.qt import QCoreApplication
from wizard.ui.widgets import in_memory_demo


class PendingDemo:
    """Stands for the simulator until it runs: the window is a demo window from its first paint,
    and no certificate is trusted yet (nothing can open a browser before it is ready)."""

    fingerprint = ""


def use_demo(ctx: WizardContext, demo: Any, remember_secrets: bool) -> None:
    """Point the context at the started demo: its endpoints, simulator and profile store."""
    ctx.endpoints = demo.endpoints
    ctx.explicit = explicit_values(demo.endpoints)
    ctx.demo = demo.simulator
    if remember_secrets and demo.store is not None:
        ctx.secret_store = demo.store


def start_in_background(
    wizard: Any, demo_start: Callable[[], Any], remember_secrets: bool, started: list[Any]
) -> None:
    """Start the demo on a worker with the current page's busy indicator, then release the
    wizard (the caller held it before showing it, so nothing that needs the demo ran yet).
    *started* receives the demo, for the caller to stop at the end."""
    page = wizard.currentPage()

    def ready(demo: Any) -> None:
        started.append(demo)
        use_demo(wizard.ctx, demo, remember_secrets)
        if in_memory_demo(wizard.ctx):
            for built in wizard.pages.values():
                built.demo_banner.say_secrets_in_memory()
        wizard.release()

    page.start(
        Op(page, demo_start)
        .with_progress(QCoreApplication.translate("DemoStart", "Starting the demo services…"))
        .success(ready)
    )


class DemoLaunch:
    """The demo of one GUI run: started before the window (repair), after its first paint (the
    setup wizard), or not at all (--smoke, or not a demo); stopped at the end of the run."""

    def __init__(self, start: Callable[[], Any] | None, remember_secrets: bool) -> None:
        self.start = start
        self.remember_secrets = remember_secrets
        self.started: list[Any] = []

    def stand_in(self, demo: Any) -> Any:
        """What the context is given as its demo server before the demo runs."""
        return PendingDemo() if demo is None and self.start is not None else demo

    def before_window(self, ctx: WizardContext, *, repair: bool) -> None:
        if self.start is not None and repair:
            self.started.append(self.start())  # the repair window checks at once
            use_demo(ctx, self.started[0], self.remember_secrets)

    def in_background(self, window: Any, smoke: bool) -> bool:
        """Whether *window* paints first and the demo starts after (a smoke run never starts
        it: it ends at the first paint)."""
        return self.start is not None and not self.started and not smoke and hasattr(window, "hold")

    def after_paint(self, wizard: Any) -> None:
        if self.start is not None:
            start_in_background(wizard, self.start, self.remember_secrets, self.started)

    def stop(self) -> None:
        for demo in self.started:
            demo.stop()
