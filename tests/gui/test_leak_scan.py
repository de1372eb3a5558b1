"""Leak scan: after the full GUI journey, no secret is anywhere a person or a log can see.

The journey is issue 5's (Welcome → Finish, both sign-ins in the real QtWebEngine browser) with
the product's log file active at DEBUG. Afterwards every secret the simulator handed out — each
Entra access, refresh and ID token, each Webex token, each authorization code — is looked for in:
the log file, the state file, the exported report (text and HTML), and the text of every widget
of every window (text, toolTip, windowTitle, placeholder, toPlainText, item texts of tree, list
and combo widgets, and the embedded browser's URL).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from test_setup_journey import _window, run_journey
from test_webex_signin_pages import Clicks

from wizard.core import logs
from wizard.core.paths import Profile
from wizard.simulator import Simulator
from wizard.storage.statefile import StateFile
from wizard.ui.qt import QApplication, QWidget

pytestmark = [pytest.mark.gui, pytest.mark.webengine]


def widget_texts(widget: QWidget) -> list[str]:
    """Everything a widget shows or carries as text (the attributes that exist on it)."""
    texts: list[str] = []
    for attr in ("text", "toolTip", "windowTitle", "placeholderText", "toPlainText", "statusTip", "whatsThis"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:  # e.g. QTreeWidgetItem-style signatures; not on widgets
                continue
            if isinstance(value, str):
                texts.append(value)
    # Item views: every item's every column.
    if hasattr(widget, "topLevelItemCount") and hasattr(widget, "columnCount"):
        stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
        while stack:
            item = stack.pop()
            texts += [item.text(c) for c in range(widget.columnCount())]
            texts += [item.toolTip(c) for c in range(widget.columnCount())]
            stack += [item.child(i) for i in range(item.childCount())]
    elif hasattr(widget, "item") and hasattr(widget, "count") and hasattr(widget, "currentRow"):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if hasattr(widget, "itemText") and hasattr(widget, "count"):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if hasattr(widget, "url") and callable(widget.url) and hasattr(widget, "page"):
        texts.append(widget.url().toString())  # the embedded browser
    return texts


def all_widget_texts() -> list[str]:
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            texts += widget_texts(widget)
    return texts


def test_no_secret_in_log_state_report_or_widgets_after_the_full_journey(
    simulator: Simulator, make_wizard, qtbot, tmp_path: Path
) -> None:
    profile = Profile("demo", tmp_path / "data", tmp_path / "logs", "wizard-leak-scan")
    root = logging.getLogger()
    level = root.level
    log_file = logs.setup(tmp_path / "logs", level=logging.DEBUG, console=False)
    assert log_file is not None
    try:
        wizard = _window(make_wizard, simulator, profile)
        seen = run_journey(wizard, qtbot, Clicks(qtbot), first=True)
        finish = seen["finish"]
        report_txt = finish.save_report(tmp_path / "report.txt", html=False)
        report_html = finish.save_report(tmp_path / "report.html", html=True)
        qtbot.waitUntil(lambda: not finish.writing, timeout=10_000)  # written off the UI thread
        widgets = all_widget_texts()
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "_wizard", False):
                handler.flush()
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)

    st = simulator.state
    with st.lock:
        tokens = {t: info.kind for t, info in st.tokens.items()}
        codes = list(st.auth_codes)
    auth = wizard.ctx.graph_auth
    cache = getattr(auth, "cache", None)
    secrets: dict[str, str] = {t: f"{kind} token" for t, kind in tokens.items()}
    secrets |= {c: "auth code" for c in codes}
    assert cache is not None, "the MSAL cache of the sign-in is not reachable"
    if cache is not None:
        for kind in ("AccessToken", "RefreshToken", "IdToken"):
            secrets |= {item["secret"]: f"MSAL {kind}" for item in cache.search(kind)}
    # The journey really handed these out: a scan for nothing proves nothing.
    kinds = set(tokens.values())
    assert {"graph", "webex", "refresh"} <= kinds, kinds
    assert codes, "no authorization code was issued"
    assert wizard.ctx.webex_token.access_token in secrets

    state_path = StateFile.for_profile(profile).path
    places = {
        "log file": log_file.read_text(encoding="utf-8"),
        "state file": state_path.read_text(encoding="utf-8"),
        "report (text)": Path(report_txt).read_text(encoding="utf-8"),
        "report (HTML)": Path(report_html).read_text(encoding="utf-8"),
        "widgets": "\n".join(widgets),
    }
    assert places["log file"].count("\n") > 20  # the journey was logged
    # The scanned texts are the real ones: they hold the ids the journey produced.
    assert wizard.ctx.webex_app.id in places["state file"]
    assert wizard.ctx.webex_app.id in places["log file"]
    assert finish.values["job_id"].text() in places["report (text)"]
    assert finish.values["job_id"].text() in places["widgets"]
    assert len(widgets) > 100
    leaks = [
        f"{what} in the {where}"
        for secret, what in secrets.items()
        for where, text in places.items()
        if len(secret) >= 8 and secret in text
    ]
    assert not leaks, leaks
