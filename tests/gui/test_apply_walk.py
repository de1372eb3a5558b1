"""The click on Apply reaches its first Graph request through at most five files of ours.

How the files are counted (ARCHITECTURE.md shows the walk): a click runs on two stacks.

* **UI side** — the stack at the moment the work is handed to a worker thread: the coroutine the
  click started (the Apply page) and :func:`wizard.ui.ops.run_in_thread`, which calls
  ``asyncio.to_thread``. Recorded by wrapping ``asyncio.to_thread``.
* **Worker side** — the worker thread's stack at the moment the first Graph request reaches the
  HTTP session (``session.request``; :mod:`wizard.core.http` then sends it). Recorded by wrapping
  the request method of the Graph client's session.

The walk is the distinct files under ``wizard/`` on the two stacks, outermost first; Qt, asyncio,
qasync, threading and requests frames are not ours and are not counted.
"""

from __future__ import annotations

import asyncio
import threading
import traceback
from pathlib import Path
from typing import Any

import pytest

import wizard
from tests.gui.test_scope_review_apply_pages import (
    TIMEOUT,
    choose_role,
    choose_test_user,
    click,
    idle,
    next_button,
    open_at,
    prepared_context,
)
from wizard.simulator import Simulator
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QWizard

pytestmark = pytest.mark.gui

PACKAGE = Path(wizard.__file__).resolve().parent
MAX_FILES = 5


def ours(stack: traceback.StackSummary) -> list[traceback.FrameSummary]:
    return [f for f in stack if Path(f.filename).resolve().is_relative_to(PACKAGE)]


def walk(*stacks: list[traceback.FrameSummary]) -> list[str]:
    """Distinct files of ours on the stacks, in order of first appearance."""
    files: list[str] = []
    for stack in stacks:
        for frame in stack:
            name = Path(frame.filename).resolve().relative_to(PACKAGE.parent).as_posix()
            if name not in files:
                files.append(name)
    return files


def test_the_click_on_apply_reaches_graph_through_at_most_five_files(
    simulator: Simulator, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = prepared_context(simulator, tmp_path)
    wizard_window = open_at(qtbot, ctx, PageId.SCOPE)
    scope = wizard_window.currentPage()
    qtbot.waitUntil(lambda: idle(scope) and scope.role_combo.count() > 1, timeout=TIMEOUT)
    choose_test_user(qtbot, scope)
    choose_role(scope)
    click(qtbot, next_button(wizard_window))
    review = wizard_window.currentPage()
    qtbot.waitUntil(lambda: idle(review) and review.steps is not None, timeout=TIMEOUT)

    handoffs: list[tuple[Any, list[traceback.FrameSummary]]] = []
    first_request: list[list[traceback.FrameSummary]] = []
    lock = threading.Lock()
    to_thread = asyncio.to_thread

    def recording_to_thread(func: Any, /, *args: Any, **kwargs: Any) -> Any:
        handoffs.append((func, ours(traceback.extract_stack())))
        return to_thread(func, *args, **kwargs)

    session = ctx.graph.session
    send = session.request

    def recording_request(method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        with lock:
            if not first_request and url.startswith(ctx.endpoints.graph_base):
                first_request.append(ours(traceback.extract_stack()))
        return send(method, url, *args, **kwargs)

    monkeypatch.setattr(asyncio, "to_thread", recording_to_thread)
    monkeypatch.setattr(session, "request", recording_request)
    click(qtbot, wizard_window.button(QWizard.WizardButton.CommitButton))  # "Apply"
    qtbot.waitUntil(lambda: bool(first_request), timeout=TIMEOUT)
    apply_page = wizard_window.currentPage()
    qtbot.waitUntil(lambda: idle(apply_page), timeout=TIMEOUT)

    worker = first_request[0]
    assert worker, "the first Graph request was not made by our code"
    entry = worker[0]  # the function the worker thread was given
    ui = next(
        stack
        for func, stack in handoffs
        if getattr(func, "__name__", "") == entry.name
        and Path(func.__code__.co_filename).resolve() == Path(entry.filename).resolve()
    )
    files = walk(ui, worker)
    print("the walk of the click on Apply:", " → ".join(files), "→ (core/http.py sends it)")
    assert files[0] == "wizard/ui/pages/apply.py" and "wizard/ui/ops.py" in files
    assert len(files) <= MAX_FILES, files
