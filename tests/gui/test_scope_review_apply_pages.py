"""Pages on the real wizard against the simulator over HTTPS: Scope & assignment, Review,
Apply (progress, failure + Retry from this step) and Finish (summary, report without secrets).

The sign-ins are given (their own tests and the journey test drive the browser): the context
holds what the sign-in pages record — a Graph client with a token the simulated Entra ID issued,
and a Webex token idbroker issued. Everything after that is the product's code over HTTPS.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from wizard.core import endpoints as ep
from wizard.core.http import make_session
from wizard.core.paths import Profile
from wizard.entra.auth import SignIn
from wizard.entra.gallery import WebexApp
from wizard.entra.graph import GraphClient, TenantInfo
from wizard.flows.setup import SKIPPED, NewApp, apply_setup, plan_setup
from wizard.simulator import Simulator
from wizard.simulator.webex.scim import scim_users
from wizard.storage.secrets import MemoryStore
from wizard.storage.statefile import StateFile
from wizard.ui.context import WizardContext
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QApplication, QImage, QLabel, Qt, QWidget, QWizard, is_alive
from wizard.ui.wizard import SetupWizard
from wizard.webex.token import WebexToken

pytestmark = pytest.mark.gui

TIMEOUT = 20000
SCOPES = ("spark:people_read", "spark:people_write", "Identity:SCIM")


# --------------------------------------------------------------------------- helpers
def make_app(sim: Simulator) -> dict[str, Any]:
    tpl = sim.state.template_by_name("Cisco Webex")
    _app, sp = sim.state.instantiate_template(tpl["id"], "Cisco Webex")
    return sp


def user(sim: Simulator, given: str) -> dict[str, Any]:
    return next(u for u in sim.state.users.values() if u["givenName"] == given)


def writes(sim: Simulator) -> list[tuple[str, str, str]]:
    with sim.state.lock:
        return [(w.service, w.method, w.path) for w in sim.state.write_log]


def prepared_context(sim: Simulator, profile_dir: Path, *, with_app: bool = True) -> WizardContext:
    """The context as the sign-in, gallery and Webex pages leave it (*with_app* False: the
    tenant has no app yet, so ``ctx.new_app`` says which one Apply adds)."""
    sp = make_app(sim) if with_app else None
    endpoints = ep.load(env={}, overrides=sim.endpoint_overrides())
    ctx = WizardContext(endpoints, demo=sim)
    graph_token = sim.state.issue_token("graph", sim.state.admin_id, 3600)
    ctx.graph = GraphClient(
        endpoints.graph_base,
        make_session(endpoints.ca_bundle),
        lambda force_refresh=False: graph_token,
    )
    ctx.ms_signin = SignIn(
        "admin@contoso.onmicrosoft.com", "Adele Admin", sim.state.tenant_id, sim.state.admin_id,
        (), time.time() + 3600, access_token=graph_token,
    )  # fmt: skip
    ctx.ms_tenant = TenantInfo(sim.state.tenant_id, "Contoso (demo)", "contoso.onmicrosoft.com")
    if sp is not None:
        ctx.webex_app = WebexApp.from_graph(sp)
    else:
        template = sim.state.template_by_name("Cisco Webex")["id"]
        ctx.new_app = NewApp(template, "Cisco Webex", "User", hide=False)
    raw = sim.state.issue_token("webex", sim.state.webex_admin_id, 3887999, SCOPES)
    ctx.webex_token = WebexToken(raw, "Bearer", 3887999, time.time())
    ctx.webex_org_id = sim.state.webex_org_id
    ctx.webex_tenant_url = endpoints.scim_tenant_url(sim.state.webex_org_id)
    ctx.secret_store = MemoryStore()
    ctx.profile = Profile("demo", profile_dir / "data", profile_dir / "logs", "wizard-test")
    return ctx


def open_at(qtbot, ctx: WizardContext, page: PageId) -> SetupWizard:  # noqa: ANN001
    wizard = SetupWizard(ctx, start_page=page)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def idle(page) -> bool:  # noqa: ANN001
    return not page.is_busy() and (page.task is None or page.task.done())


def next_button(wizard: QWizard):  # noqa: ANN201
    return wizard.button(QWizard.WizardButton.NextButton)


def click(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_test_user(qtbot, page, name: str = "Megan") -> None:  # noqa: ANN001
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, name)
    qtbot.waitUntil(lambda: page.results.topLevelItemCount() > 0, timeout=TIMEOUT)
    click(qtbot, page.add_button)


def choose_role(page, name: str = "User") -> None:  # noqa: ANN001
    page.role_combo.setCurrentIndex(page.role_combo.findText(name))


def not_blank(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull() and image.width() >= 860 and image.height() >= 620
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, 620, 29)}
    assert len(colours) > 3, f"{path.name} looks blank"


def labels_fit(page: QWidget) -> None:
    for widget in page.findChildren(QLabel):
        if widget.isVisible() and widget.text() and not widget.wordWrap():
            assert widget.width() >= widget.minimumSizeHint().width() - 1, widget.text()


def widget_texts() -> str:
    found: list[str] = []
    for window in [w for w in QApplication.topLevelWidgets() if is_alive(w)]:
        for widget in [window, *window.findChildren(QWidget)]:
            for name in ("text", "toolTip", "windowTitle", "placeholderText"):
                getter = getattr(widget, name, None)
                if callable(getter):
                    try:
                        value = getter()
                    except TypeError:
                        continue
                    if isinstance(value, str):
                        found.append(value)
    return "\n".join(found)


@pytest.fixture
def ctx(simulator: Simulator, tmp_path: Path) -> WizardContext:
    return prepared_context(simulator, tmp_path)


# --------------------------------------------------------------------------- scope
def test_scope_page_picks_a_test_user_and_a_real_role(
    ctx: WizardContext, simulator: Simulator, qtbot, screenshot
) -> None:
    wizard = open_at(qtbot, ctx, PageId.SCOPE)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(page) and page.role_combo.count() > 1, timeout=TIMEOUT)
    assert page.error_panel.isHidden(), page.error_panel.details_text()
    # Defaults: assigned-only scope, notification on, email prefilled with the admin.
    assert page.assigned_radio.isChecked() and not page.all_radio.isChecked()
    assert page.notify_box.isChecked()
    assert page.email_edit.text() == "admin@contoso.onmicrosoft.com"
    # Real roles only: Default Access and the single sign-on role msiam_access are never
    # offered, so the one provisioning role left ("User") is preselected.
    roles = [page.role_combo.itemText(i) for i in range(page.role_combo.count())]
    assert roles == ["Choose a role…", "User"]
    assert page.role_combo.currentText() == "User"
    assert "Default Access" in page.role_note.text()
    assert page.current_label.text() == "Nobody is assigned to the app yet."
    assert "Start with one test user" in page.findChildren(QLabel, "Muted")[0].text() or any(
        "Start with one test user" in w.text() for w in page.findChildren(QLabel)
    )
    # Mappings: Cisco's 15 recommended rows, next to what the template gives the job.
    tree = page.mapping_tree
    assert tree.topLevelItemCount() == 15
    assert tree.headerItem().text(2) == "In the template"
    first = tree.topLevelItem(0)
    assert (first.text(0), first.text(1)) == ("userPrincipalName", "userName *")
    assert "UPN" in " ".join(page.upn_warning.texts()) or "userPrincipalName" in " ".join(
        page.upn_warning.texts()
    )
    # Entra never sends null values: said next to the mappings.
    assert "never sends empty values" in " ".join(page.upn_warning.texts())
    # Nobody chosen: Next is disabled, and the page says why, under the page.
    assert not next_button(wizard).isEnabled()
    assert page.why_not.isVisible() and page.why_not.text() == (
        "To continue, add at least one user or group to the assignment list."
    )
    # "All users" needs nobody picked, but still a real role.
    page.all_radio.setChecked(True)
    assert next_button(wizard).isEnabled() and page.why_not.isHidden()
    page.role_combo.setCurrentIndex(0)
    assert not next_button(wizard).isEnabled()
    assert page.why_not.text() == "To continue, choose an app role."
    page.assigned_radio.setChecked(True)
    assert not next_button(wizard).isEnabled()

    # Debounced search: typing a name sends ONE request, after the pause.
    before = len(simulator.requests_seen)
    choose_test_user(qtbot, page)
    assert page.searches == ["Megan"]
    searches = [p for _m, p, _s in simulator.requests_seen[before:] if p.endswith("/users")]
    assert len(searches) == 1
    megan = user(simulator, "Megan")
    row = page.results.topLevelItem(0)
    assert (row.text(0), row.text(1), row.text(2)) == (
        "User", "Megan Bowen", megan["userPrincipalName"],
    )  # fmt: skip
    assert [p.id for p in page.chosen] == [megan["id"]]
    assert page.test_user_label.text() == (
        f"Test user (provisioned on demand after Apply): Megan Bowen ({megan['userPrincipalName']})"
    )
    assert not next_button(wizard).isEnabled()  # still no role
    choose_role(page)
    assert next_button(wizard).isEnabled()

    # Email is validated.
    page.email_edit.setText("not-an-email")
    assert not next_button(wizard).isEnabled() and page.email_error.isVisible()
    page.email_edit.setText("ops@contoso.example")
    assert next_button(wizard).isEnabled() and not page.email_error.isVisible()
    qtbot.wait(50)
    not_blank(screenshot(wizard, "setup_scope"))
    labels_fit(page)

    click(qtbot, next_button(wizard))
    inputs = ctx.setup_inputs
    assert inputs.notification_email == "ops@contoso.example" and inputs.notify_on_failure
    assert inputs.test_user_id == megan["id"] and not inputs.sync_all
    user_role = next(r["id"] for r in ctx.graph.get(
        f"/servicePrincipals/{ctx.webex_app.id}", operation="t")["appRoles"]
        if r["displayName"] == "User")  # fmt: skip
    assert [(a.principal_id, a.app_role_id) for a in inputs.assignments] == [
        (megan["id"], user_role)
    ]
    assert ctx.webex_token.access_token not in repr(inputs)
    assert writes(simulator) == []  # choosing writes nothing


def test_stale_search_answers_are_dropped(ctx: WizardContext, simulator: Simulator, qtbot) -> None:
    wizard = open_at(qtbot, ctx, PageId.SCOPE)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(page) and page.role_combo.count() > 1, timeout=TIMEOUT)
    # Graph answers the first search only after the second one is shown: the stale answer
    # always arrives last, where it would overwrite the newer results if it were not dropped.
    release_stale = simulator.hold("Alex")
    page.search_edit.setText("Alex")
    page._search_now()  # noqa: SLF001 - fire without waiting for the debounce
    stale = page._search_task  # noqa: SLF001
    page.search_edit.setText("Sales")
    page._search_now()  # noqa: SLF001 - the first search is now stale
    qtbot.waitUntil(lambda: page.results.topLevelItemCount() > 0, timeout=TIMEOUT)

    def names() -> list[str]:
        return [page.results.topLevelItem(i).text(1) for i in range(page.results.topLevelItemCount())]

    assert names() == ["Sales"] and page.results.topLevelItem(0).text(0) == "Group"
    release_stale.set()
    qtbot.waitUntil(stale.done, timeout=TIMEOUT)  # the stale search has ended, one way or another
    assert names() == ["Sales"] and page.results.topLevelItem(0).text(0) == "Group"
    assert page.searches == ["Alex", "Sales"]


# --------------------------------------------------------------------------- review → finish
@pytest.mark.sim(latency={"graph": 0.05})
def test_review_writes_nothing_then_apply_and_finish(
    ctx: WizardContext, simulator: Simulator, qtbot, screenshot, tmp_path: Path
) -> None:
    sim = simulator
    wizard = open_at(qtbot, ctx, PageId.SCOPE)
    scope = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(scope) and scope.role_combo.count() > 1, timeout=TIMEOUT)
    choose_test_user(qtbot, scope)
    choose_role(scope)
    click(qtbot, next_button(wizard))

    review = wizard.currentPage()
    assert wizard.current_page_id() is PageId.REVIEW
    qtbot.waitUntil(lambda: idle(review) and review.steps is not None, timeout=TIMEOUT)
    assert writes(sim) == []  # the plan only read the tenant
    texts = review.row_texts()
    assert [t[0] for t in texts] == [
        "Create the provisioning job",
        "Test the connection to Webex (Entra ID's Test Connection)",
        "Save the Webex credentials and notification settings in Entra ID",
        "Assign Megan Bowen to the app with the role User",
        "Start provisioning",
        "Provision Megan Bowen now, on demand",
    ] or len(texts) == 6, texts
    assert len(texts) == 6 and all(detail for _t, detail, _s in texts)
    assert texts[0][1].startswith("POST /servicePrincipals/")
    assert all(state == "" for _t, _d, state in texts)  # nothing already done on a fresh tenant
    # The connection test is a check, listed apart: five changes.
    assert review.summary.text() == "5 changes to make, 0 already set up."
    # A new app: the save turns accidental-deletion prevention on, and Review says so.
    assert review.threshold_line.text().startswith("Accidental-deletion prevention: turned on")
    assert review.checks_title.isVisible()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "&Apply"
    not_blank(screenshot(wizard, "setup_review"))
    labels_fit(review)

    click(qtbot, commit)
    apply = wizard.currentPage()
    assert wizard.current_page_id() is PageId.APPLY
    # Mid-run: some step running, a Cancel, Next disabled, and Back cannot undo (commit point).
    qtbot.waitUntil(
        lambda: any(r.step.status == "running" for r in apply.rows) and
        any(r.step.status == "done" for r in apply.rows), timeout=TIMEOUT,
    )  # fmt: skip
    assert apply.busy.isVisible() and apply.busy.cancel_button.isVisible()
    assert not next_button(wizard).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible() or not (
        wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )
    screenshot(wizard, "setup_apply_running")
    qtbot.waitUntil(lambda: idle(apply) and apply.result is not None, timeout=60000)
    assert apply.error_panel.isHidden(), apply.error_panel.details_text()
    assert [r.status.text() for r in apply.rows] == ["✓ Done"] * 6
    assert all(r.elapsed.text().endswith(" s") for r in apply.rows)

    # The tenant and Webex now hold exactly what was reviewed.
    megan = user(sim, "Megan")
    sp_id = ctx.webex_app.id
    with sim.state.lock:
        jobs = list(sim.state.sync[sp_id]["jobs"].values())
        secrets = {s["key"]: s["value"] for s in sim.state.sync[sp_id]["secrets"]}
        assigned = [a["principalId"] for a in sim.state.assignments[sp_id]]
    assert len(jobs) == 1 and jobs[0]["status"]["code"] == "Active"
    assert set(secrets) == {"BaseAddress", "SecretToken", "SyncNotificationSettings", "SyncAll"}
    assert secrets["SecretToken"] == ctx.webex_token.access_token
    assert secrets["BaseAddress"] == ctx.webex_tenant_url
    assert assigned == [megan["id"]]
    (scim,) = [u for u in scim_users(sim) if u["userName"] == megan["userPrincipalName"]]
    assert scim["externalId"] == megan["id"] and scim["displayName"] == "Megan Bowen"
    assert scim["name"] == {"givenName": "Megan", "familyName": "Bowen"}

    # First user and job status on the page; Refresh re-reads the job.
    # Success, or Skipped when the job's first cycle (started just before) already exported her.
    assert apply.first_user.text().split("\n")[0] in (
        "Megan Bowen: Success", "Megan Bowen: Already up to date in Webex"
    )  # fmt: skip
    assert apply.headline.text() == (
        "Setup complete — Megan Bowen is in Webex and provisioning is on."
    )
    assert "The user now exists in Webex." in apply.first_user.text()
    assert apply.job_label.text().startswith("Status: Active")
    requests = len(sim.requests_seen)
    click(qtbot, apply.refresh_button)
    qtbot.waitUntil(lambda: idle(apply), timeout=TIMEOUT)
    assert any(p.endswith(f"/jobs/{jobs[0]['id']}") for _m, p, _s in sim.requests_seen[requests:])
    assert next_button(wizard).isEnabled()
    # The state file recorded the run (ids only, never the token).
    state = StateFile.for_profile(ctx.profile).load()
    assert state is not None and state.job_id == jobs[0]["id"]
    assert ctx.webex_token.access_token not in StateFile.for_profile(ctx.profile).path.read_text()
    not_blank(screenshot(wizard, "setup_apply_done"))
    labels_fit(apply)

    click(qtbot, next_button(wizard))
    finish = wizard.currentPage()
    assert wizard.current_page_id() is PageId.FINISH
    values = {k: w.text() for k, w in finish.values.items()}
    assert values["tenant"] == f"Contoso (demo) ({sim.state.tenant_id})"
    assert values["app"] == "Cisco Webex" and values["sp_id"] == sp_id
    assert values["job_id"] == jobs[0]["id"] and values["job_status"] == "Active"
    assert values["tenant_url"] == ctx.webex_tenant_url
    assert values["org_id"] == sim.state.webex_org_id
    expiry = time.strftime("%Y-%m-%d", time.gmtime(ctx.webex_token.expires_at))
    # One warning period everywhere: 14 days, as the daily check warns.
    renew = time.strftime("%Y-%m-%d", time.gmtime(ctx.webex_token.expires_at - 14 * 86400))
    assert values["expiry"] == expiry
    assert (
        f"Renew it before {renew}: run the wizard again and choose Renew the Webex token"
        in finish.renew_note.texts()[0]
    )
    assert "resetting that administrator's access in Control Hub" in finish.renew_note.texts()[1]
    assert "Megan Bowen" in finish.assigned.text() and "role User" in finish.assigned.text()
    assert "Entra admin center: https://entra.microsoft.com/#view/" in finish.links.text()
    assert "Control Hub: https://admin.webex.com" in finish.links.text()
    assert not finish.entra_button.isEnabled()  # demo: shown, not opened
    not_blank(screenshot(wizard, "setup_finish"))
    labels_fit(finish)

    token = ctx.webex_token.access_token
    text_path = finish.save_report(tmp_path / "report.txt")
    html_path = finish.save_report(tmp_path / "report", html=True)
    qtbot.waitUntil(lambda: not finish.writing, timeout=TIMEOUT)  # written off the UI thread
    assert html_path.name == "report.html"
    for path in (text_path, html_path):
        content = path.read_text(encoding="utf-8")
        assert token not in content and token[4:24] not in content
        assert jobs[0]["id"] in content and sim.state.webex_org_id in content and renew in content
    assert "Provisioning job status: Active" in text_path.read_text(encoding="utf-8")
    assert token not in widget_texts()


# --------------------------------------------------------------------------- failure + retry
def test_apply_failure_is_explained_and_retry_completes(
    ctx: WizardContext, simulator: Simulator, qtbot, screenshot
) -> None:
    sim = simulator
    wizard = open_at(qtbot, ctx, PageId.SCOPE)
    scope = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(scope) and scope.role_combo.count() > 1, timeout=TIMEOUT)
    choose_test_user(qtbot, scope)
    choose_role(scope)
    click(qtbot, next_button(wizard))
    review = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(review) and review.steps is not None, timeout=TIMEOUT)
    # The Webex token is revoked between Review and Apply: Entra's Test Connection rejects it.
    token = ctx.webex_token.access_token
    sim.state.tokens[token].revoked = True
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    apply = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(apply) and apply.error_panel.isVisible(), timeout=TIMEOUT)
    statuses = [r.step.status for r in apply.rows]
    assert statuses[:3] == ["done", "failed", "pending"], statuses
    assert apply.rows[1].status.text() == "✗ Failed"
    panel = apply.error_panel
    assert panel.error.code == "provisioning.credentials_rejected"
    assert panel.what.text() and panel.why.text() and panel.fix.text().startswith("What to do next")
    assert "full administrator" in panel.details_text().lower()
    assert "request-id" in panel.ids.text()
    assert panel.retry_button.isVisible() and panel.retry_button.text() == "Retry from this step"
    assert not next_button(wizard).isEnabled()
    assert sim.state.sync[ctx.webex_app.id]["secrets"] == []  # a rejected token is never saved
    assert token not in widget_texts()
    not_blank(screenshot(wizard, "setup_apply_failed"))
    labels_fit(apply)

    # The way to a new token is offered although Review was the commit point.
    assert apply.resign_button.isVisible()

    sim.state.tokens[token].revoked = False  # the admin fixed the Webex side
    click(qtbot, panel.retry_button)
    qtbot.waitUntil(lambda: idle(apply) and apply.result is not None, timeout=60000)
    assert panel.isHidden()
    # Re-planned: the job created before the failure is reused, not created twice.
    assert apply.rows[0].step.status == SKIPPED
    assert [r.step.status for r in apply.rows[1:]] == ["done"] * 5
    assert len(sim.state.sync[ctx.webex_app.id]["jobs"]) == 1
    assert next_button(wizard).isEnabled() and not apply.resign_button.isVisible()


def test_back_to_webex_signin_after_a_rejected_token(
    ctx: WizardContext, simulator: Simulator, qtbot
) -> None:
    wizard = open_at(qtbot, ctx, PageId.WEBEX_SIGNIN)
    signin = wizard.currentPage()
    signin.use_token(ctx.webex_token)  # what the browser capture hands the page
    # A Full Administrator's sign-in, then the passed connection test, move on by themselves.
    qtbot.waitUntil(lambda: wizard.current_page_id() is PageId.SCOPE, timeout=TIMEOUT)
    scope = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(scope) and scope.role_combo.count() > 1, timeout=TIMEOUT)
    choose_test_user(qtbot, scope)
    choose_role(scope)
    wizard.next()
    review = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(review) and review.steps is not None, timeout=TIMEOUT)
    simulator.state.tokens[ctx.webex_token.access_token].revoked = True
    wizard.next()
    apply = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(apply) and apply.error_panel.isVisible(), timeout=TIMEOUT)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled() or not (
        wizard.button(QWizard.WizardButton.BackButton).isVisible()
    )
    click(qtbot, apply.resign_button)
    assert wizard.current_page_id() is PageId.WEBEX_SIGNIN
    assert ctx.setup_plan is None


def test_cancel_stops_between_steps(ctx: WizardContext, simulator: Simulator, qtbot) -> None:
    wizard = open_at(qtbot, ctx, PageId.SCOPE)
    scope = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(scope) and scope.role_combo.count() > 1, timeout=TIMEOUT)
    choose_test_user(qtbot, scope)
    choose_role(scope)
    click(qtbot, next_button(wizard))
    review = wizard.currentPage()
    qtbot.waitUntil(lambda: idle(review) and review.steps is not None, timeout=TIMEOUT)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    apply = wizard.currentPage()
    qtbot.waitUntil(lambda: apply.busy.cancel_button.isVisible(), timeout=TIMEOUT)
    click(qtbot, apply.busy.cancel_button)
    qtbot.waitUntil(lambda: idle(apply) and apply.error_panel.isVisible(), timeout=TIMEOUT)
    assert apply.error_panel.error.code == "cancelled"
    statuses = [r.step.status for r in apply.rows]
    assert "pending" in statuses and "running" not in statuses, statuses
    assert apply.error_panel.retry_button.isVisible()


# --------------------------------------------------------------------------- languages
@pytest.fixture(params=["ko", "ja", "zh_CN"])
def translated(request, qapp):  # noqa: ANN001
    from wizard.ui.i18n import install_translators
    from wizard.ui.style import apply_look

    translators = install_translators(qapp, request.param)
    apply_look(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    apply_look(qapp, "en")


def test_scope_review_apply_pages_in_each_language(
    ctx: WizardContext, simulator: Simulator, qtbot, screenshot, translated: str
) -> None:
    """Each page with real content (a completed setup), rendered for a translator to check."""
    sim = simulator
    megan = user(sim, "Megan")
    sp = ctx.graph.get(f"/servicePrincipals/{ctx.webex_app.id}", operation="t")
    role = next(r["id"] for r in sp["appRoles"] if r["displayName"] == "User")
    from wizard.entra.sync.assignments import Assignment
    from wizard.flows.setup import SetupInputs

    ctx.setup_inputs = SetupInputs(
        sim.state.tenant_id, ctx.webex_app.id, ctx.webex_tenant_url,
        ctx.webex_token.access_token, "admin@contoso.example",
        assignments=[Assignment(megan["id"], "User", "Megan Bowen", role)],
        test_user_id=megan["id"],
    )  # fmt: skip
    ctx.setup_assigned = ["Megan Bowen (meganb@contoso.onmicrosoft.com), User, role User"]
    steps = plan_setup(ctx.graph, ctx.setup_inputs)
    ctx.setup_result = apply_setup(ctx.graph, ctx.setup_inputs, steps, on_progress=lambda s: None)
    for page_id in (PageId.SCOPE, PageId.REVIEW, PageId.APPLY, PageId.FINISH):
        wizard = open_at(qtbot, ctx, page_id)
        page = wizard.currentPage()
        qtbot.waitUntil(lambda page=page: idle(page), timeout=TIMEOUT)
        if page_id is PageId.APPLY:
            qtbot.waitUntil(lambda page=page: page.result is not None, timeout=TIMEOUT)
        assert page.error_panel.isHidden(), page.error_panel.details_text()
        assert page.body_widget.width() <= page.scroll.viewport().width()
        labels_fit(page)
        qtbot.wait(50)
        name = f"setup_{translated}_{page_id.name.lower()}"
        not_blank(screenshot(wizard, name))
        wizard.close()
