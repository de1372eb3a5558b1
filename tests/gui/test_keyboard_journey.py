"""The whole demo setup with the keyboard only: Enter on whatever has the focus, typing where a
field is focused, no mouse. Inside the embedded sign-in pages the forms are prefilled by the
simulator (JavaScript may only move the page's focus, as a Tab would) and submitted with Enter.

What it proves: every page gives the focus to its primary action (or to Next), the sign-in
windows give it to the web page (Enter signs in, it does not cancel), Enter in the user search
adds the highlighted user, and the page's scroll area is never a silent tab stop.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_setup_journey import _idle, _wait, _window, _writes
from test_webex_signin_pages import browser

from wizard.core.paths import Profile
from wizard.simulator import Simulator
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QScrollArea, Qt, QWidget, QWizard

pytestmark = [pytest.mark.gui, pytest.mark.webengine]


def _focused(wizard: QWizard) -> QWidget:
    widget = wizard.focusWidget()
    assert widget is not None and widget.isVisible(), "nothing has the keyboard focus"
    return widget


def _no_silent_scroll_stop(wizard: QWizard) -> None:
    page = wizard.currentPage()
    for area in page.findChildren(QScrollArea):
        if type(area) is QScrollArea and area.isVisible():
            assert not area.focusPolicy() & Qt.FocusPolicy.TabFocus, area.objectName()


def _enter(qtbot, wizard: QWizard) -> None:  # noqa: ANN001
    _no_silent_scroll_stop(wizard)
    qtbot.keyClick(_focused(wizard), Qt.Key.Key_Return)


def _submit_in_page(qtbot, dialog, element_id: str) -> None:  # noqa: ANN001
    """Move the page's focus to *element_id* (as Tab would) and press Enter in the window."""
    _wait(qtbot, lambda: dialog.focusWidget() in (dialog.view, dialog.view.focusProxy()))
    assert not dialog.cancel_button.hasFocus() and not dialog.cancel_button.isDefault()
    found: list[object] = []
    script = f"(() => {{ const e = document.getElementById({json.dumps(element_id)}); " \
        "if (!e) return false; e.focus(); return document.activeElement === e; })()"  # fmt: skip

    def focus() -> bool:
        found.clear()
        dialog.page.runJavaScript(script, 0, found.append)
        qtbot.waitUntil(lambda: bool(found), timeout=15000)
        return bool(found[0])

    _wait(qtbot, focus)
    qtbot.keyClick(dialog.view.focusProxy(), Qt.Key.Key_Return)


def _has_focus(wizard: QWizard, widget: QWidget) -> bool:
    """*widget* has the wizard window's keyboard focus (its focus widget: the offscreen platform
    has no window manager to make the window active again after a sign-in window closed)."""
    return wizard.focusWidget() is widget


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile("demo", tmp_path / "data", tmp_path / "logs", "wizard-keyboard-test")


def test_the_whole_setup_with_the_keyboard_only(
    simulator: Simulator, make_wizard, qtbot, profile: Profile
) -> None:
    wizard = _window(make_wizard, simulator, profile)
    nxt = wizard.button(QWizard.WizardButton.NextButton)

    assert wizard.current_page_id() is PageId.WELCOME
    _wait(qtbot, lambda: _has_focus(wizard, nxt))
    _enter(qtbot, wizard)
    _wait(qtbot, lambda: wizard.current_page_id() is PageId.ENVIRONMENT and _has_focus(wizard, nxt))
    _enter(qtbot, wizard)

    _wait(qtbot, lambda: wizard.current_page_id() is PageId.MS_SIGNIN)
    page = wizard.currentPage()
    _wait(qtbot, lambda: _idle(page) and _has_focus(wizard, page.sign_in_button))
    _enter(qtbot, wizard)  # Sign in
    dialog = browser(qtbot)
    _submit_in_page(qtbot, dialog, "idSIButton9")  # the prefilled account
    _submit_in_page(qtbot, dialog, "accept")  # the consent page
    _wait(qtbot, lambda: wizard.current_page_id() is PageId.PREFLIGHT)  # moved on by itself

    pre = wizard.currentPage()
    _wait(qtbot, lambda: _idle(pre) and nxt.isEnabled() and _has_focus(wizard, nxt))
    _enter(qtbot, wizard)

    _wait(qtbot, lambda: wizard.current_page_id() is PageId.GALLERY)
    gallery = wizard.currentPage()
    _wait(qtbot, lambda: _has_focus(wizard, gallery.name_edit) and nxt.isEnabled())
    _enter(qtbot, wizard)  # keeps the proposed name: on to the Webex sign-in

    _wait(qtbot, lambda: wizard.current_page_id() is PageId.WEBEX_SIGNIN)
    dialog = browser(qtbot)  # opened by itself
    _submit_in_page(qtbot, dialog, "email")  # Enter in the prefilled form signs in
    _wait(qtbot, lambda: wizard.current_page_id() is PageId.SCOPE, 60000)

    scope = wizard.currentPage()
    _wait(qtbot, lambda: _idle(scope) and _has_focus(wizard, scope.search_edit))
    qtbot.keyClicks(_focused(wizard), "Megan")
    _wait(qtbot, lambda: scope.results.topLevelItemCount() > 0)
    _enter(qtbot, wizard)  # adds the highlighted user
    assert [p.display_name for p in scope.chosen] == ["Megan Bowen"]
    assert wizard.current_page_id() is PageId.SCOPE
    _wait(qtbot, nxt.isEnabled)
    _enter(qtbot, wizard)  # Next

    _wait(qtbot, lambda: wizard.current_page_id() is PageId.REVIEW)
    review = wizard.currentPage()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    _wait(qtbot, lambda: _idle(review) and review.steps is not None and _has_focus(wizard, commit))
    assert _writes(simulator) == []  # nothing written before Apply
    _enter(qtbot, wizard)  # Apply

    apply = wizard.currentPage()
    assert wizard.current_page_id() is PageId.APPLY
    _wait(qtbot, lambda: _idle(apply) and apply.result is not None, 60000)
    assert apply.error_panel.isHidden(), apply.error_panel.details_text()
    _wait(qtbot, lambda: _has_focus(wizard, nxt))
    _enter(qtbot, wizard)

    _wait(qtbot, lambda: wizard.current_page_id() is PageId.FINISH)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    _wait(qtbot, lambda: finish.isVisible() and _has_focus(wizard, finish))
    _enter(qtbot, wizard)  # Finish
    _wait(qtbot, lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert len(simulator.state.webex_sp_ids()) == 1
