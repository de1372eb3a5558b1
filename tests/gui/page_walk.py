"""Every window the admin can see, rendered one after another over the simulator.

Used by the screenshot sets (``make screenshots``), the untranslated-text scan and the
accessibility scan, so all three look at the same pages in the same states:

* the start page, over a profile holding what a finished setup saved;
* every setup page as it first appears when opened directly (nothing signed in);
* every page with real content, signed in to Microsoft and Webex, through Apply and Finish;
* the repair window with its report, one check's evidence open.

The simulator must be in its ``configured`` state (``@pytest.mark.sim(state="configured")``).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton  # not re-exported by wizard.ui.qt

from wizard.core import endpoints as ep
from wizard.core.paths import Profile
from wizard.ui.page_ids import PageId
from wizard.ui.qt import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
    QWizard,
)

LANGUAGES = ("en", "ko", "ja", "zh_CN")


@contextlib.contextmanager
def look(qapp: QApplication, lang: str, dark: bool) -> Iterator[None]:
    """The app's translators, fonts and style sheet for *lang*, on a light or dark palette."""
    from wizard.ui.i18n import install_translators
    from wizard.ui.style import apply_look, dark_palette

    light = QApplication.style().standardPalette()
    translators = install_translators(qapp, lang) if lang != "en" else []
    qapp.setPalette(dark_palette() if dark else light)
    apply_look(qapp, lang)
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setPalette(light)
        apply_look(qapp, "en")


def _settle(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=20000)
    qtbot.wait(50)


def _shown(qtbot, window: QWidget) -> QWidget:  # noqa: ANN001
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _context(simulator, tmp_path: Path, *, seeded: bool):  # noqa: ANN001, ANN202
    from wizard import demo as demo_mod
    from wizard.storage.secrets import MemoryStore
    from wizard.ui.context import WizardContext

    profile = Profile("demo", tmp_path / "data", tmp_path / "logs", "wizard-test-walk")
    store = MemoryStore(profile)
    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    if seeded:
        assert demo_mod.seed_configured_secrets(demo_mod.Demo(simulator, endpoints), profile, store)
    ctx = WizardContext(endpoints, demo=simulator)
    ctx.secret_store, ctx.profile = store, profile
    return ctx


def start_page(qtbot, simulator, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    from wizard.ui.app import open_window

    wizard = _shown(qtbot, open_window(_context(simulator, tmp_path, seeded=True), None))
    page = wizard.page(int(PageId.START))
    qtbot.waitUntil(lambda: page.saved is not None and not page.is_busy(), timeout=20000)
    qtbot.wait(50)
    yield "page_11_start", wizard
    page.buttons["forget"].click()  # the question before forgetting, answered No
    box = _question(qtbot, lambda: page.confirm_box)
    yield "dialog_forget", box
    box.button(QMessageBox.StandardButton.No).click()
    wizard.close()


def _question(qtbot, find) -> QWidget:  # noqa: ANN001
    """The yes/no box *find* returns, once shown (the caller answers No after looking)."""
    qtbot.waitUntil(lambda: find() is not None and find().isVisible(), timeout=5000)
    return find()


def direct_pages(qtbot, simulator) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    """Each setup page entered on its own, as it first appears (demo mode, nothing signed in)."""
    from wizard.ui.context import WizardContext
    from wizard.ui.wizard import SetupWizard

    endpoints = ep.load(env={}, overrides=simulator.endpoint_overrides())
    for page_id in PageId:
        if page_id is PageId.START:
            continue
        wizard = _shown(qtbot, SetupWizard(WizardContext(endpoints, demo=simulator), start_page=page_id))
        page = wizard.currentPage()
        if page_id is PageId.ENVIRONMENT:
            page.advanced_toggle.setChecked(True)  # the longest labels of the app
        _settle(qtbot, page)
        yield f"page_{int(page_id):02d}_{page_id.name.lower()}", wizard
        wizard.close()


def signed_in_pages(qtbot, simulator) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    """Every page with real content: signed in, through Apply and Finish."""
    from tests.gui.test_i18n_screenshots import _signed_in_context
    from wizard.ui.wizard import SetupWizard
    from wizard.webex.token import WebexToken

    st = simulator.state
    with st.lock:  # a second "Cisco Webex" app, so the gallery page shows its choice
        tpl = st.template_by_name("Cisco Webex")
        _app, other = st.instantiate_template(tpl["id"], "Cisco Webex (old test)")
        st.sp_created[other["id"]] = 0.0
    ctx = _signed_in_context(simulator)
    wizard = _shown(qtbot, SetupWizard(ctx, start_page=PageId.MS_SIGNIN))
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    for page_id in PageId:  # keep each finished page up to look at it; Next moves on
        if page_id is not PageId.START:
            wizard.page(int(page_id)).moves_on = False

    def name(page_id: PageId) -> str:
        assert wizard.current_page_id() is page_id
        page = wizard.currentPage()
        _settle(qtbot, page)
        assert page.error_panel.isHidden(), page.error_panel.details_text()
        return f"signed_in_{int(page_id):02d}_{page_id.name.lower()}"

    for page_id in (PageId.MS_SIGNIN, PageId.PREFLIGHT, PageId.GALLERY):
        yield name(page_id), wizard
        qtbot.waitUntil(nxt.isEnabled, timeout=20000)
        wizard.next()

    page = wizard.currentPage()
    scopes = ("spark:people_read", "spark:people_write", "Identity:SCIM")
    raw = st.issue_token("webex", st.webex_admin_id, 3887999, scopes)
    page.use_token(WebexToken(raw, "Bearer", 3887999, time.time()))
    qtbot.waitUntil(lambda: page.person is not None and not page.is_busy(), timeout=20000)
    yield name(PageId.WEBEX_SIGNIN), wizard
    wizard.next()

    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.report is not None and not page.is_busy(), timeout=20000)
    yield name(PageId.CONNECTION_TEST), wizard
    wizard.next()

    scope = wizard.currentPage()
    qtbot.waitUntil(lambda: not scope.is_busy() and scope.role_combo.count() > 0, timeout=20000)
    scope.search_edit.setText("Megan")
    qtbot.waitUntil(lambda: scope.results.topLevelItemCount() > 0, timeout=20000)
    scope.results.setCurrentItem(scope.results.topLevelItem(0))
    scope.add_button.click()
    yield name(PageId.SCOPE), wizard
    qtbot.waitUntil(nxt.isEnabled, timeout=20000)
    wizard.next()

    review = wizard.currentPage()
    qtbot.waitUntil(lambda: not review.is_busy() and review.steps is not None, timeout=20000)
    yield name(PageId.REVIEW), wizard
    review.details_box.setChecked(True)  # the Graph call behind each line
    yield "signed_in_08_review_details", wizard
    review.details_box.setChecked(False)
    wizard.reject()  # Cancel after signing in asks first
    box = _question(qtbot, lambda: wizard._confirm)
    yield "dialog_stop_setup", box
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: wizard._confirm is None, timeout=5000)
    wizard.button(QWizard.WizardButton.CommitButton).click()

    apply = wizard.currentPage()
    qtbot.waitUntil(lambda: not apply.is_busy() and apply.result is not None, timeout=60000)
    yield name(PageId.APPLY), wizard
    wizard.next()
    yield name(PageId.FINISH), wizard
    wizard.close()


def repair_window(qtbot, simulator, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    from tests.gui.test_repair_window import seed, wait_report
    from wizard.ui.repair import RepairWindow

    ctx = _context(simulator, tmp_path / "repair", seeded=False)
    seed(simulator, ctx.profile, ctx.secret_store)
    window = _shown(qtbot, RepairWindow(ctx))
    wait_report(qtbot, window.page)
    row = next(iter(window.page.rows.values()))
    row.details_toggle.setChecked(True)  # one check's evidence, as the admin opens it
    qtbot.wait(50)
    yield "repair", window
    window.close()


def every_window(qtbot, simulator, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    yield from start_page(qtbot, simulator, tmp_path)
    yield from direct_pages(qtbot, simulator)
    yield from signed_in_pages(qtbot, simulator)
    yield from repair_window(qtbot, simulator, tmp_path)


# ------------------------------------------------------------------ what a window shows
def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.window().isVisible()


#: Widgets that show names the admin or a service chose, or code, as they are: the attribute
#: names of the mappings table (its first two columns) and the scheduled command line.
AS_IS_COLUMNS = {"Mappings": 2}
AS_IS = {"ScheduleEntry"}


def widget_texts(window: QWidget) -> list[tuple[QWidget, str]]:
    """(widget, text) for every text a visible widget shows or tells assistive technology,
    except what is shown as it is (AS_IS, AS_IS_COLUMNS) and what the admin typed."""
    found: list[tuple[QWidget, str]] = [(window, window.windowTitle())]
    if isinstance(window, QWizard):
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            button = window.button(which)
            if button is not None and _visible(button):
                found.append((button, button.text()))
    for widget in window.findChildren(QWidget):
        if not _visible(widget):
            continue
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.placeholderText()] + ([widget.text()] if widget.isReadOnly() else [])
        elif isinstance(widget, QPlainTextEdit):
            texts += [widget.placeholderText()]
            if widget.objectName() not in AS_IS:
                texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(c) for c in range(header.columnCount())]
            first = AS_IS_COLUMNS.get(widget.objectName(), 0)
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                texts += [item.text(c) for c in range(first, item.columnCount())]
                texts += [item.toolTip(c) for c in range(item.columnCount())]
        found += [(widget, t) for t in texts if t]
    return found
