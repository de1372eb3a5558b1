"""The whole setup through the real GUI, Welcome to Finish, in demo mode.

Both sign-ins go through the embedded QtWebEngine browser (the simulator's forms are submitted
with JavaScript, as in the issue 3/4 journeys); the rest is clicks on the wizard. At the end the
Webex SCIM store (the simulator's ``scim2-server`` backend) holds the test user with the mapped
attributes and the job is Active with the saved secrets. The effort — clicks, typed fields,
sign-ins — is written to ``tests/artifacts/journey-effort.txt``.

Then the journey runs again against the same simulator (a new window, new sign-ins, the same
profile): nothing is created twice and nothing already done is done again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_microsoft_signin_journey import _sign_in_in_browser  # the issue 3 journey helpers
from test_webex_signin_pages import Clicks, browser, count_typing  # the issue 4 journey helpers

from wizard.core import endpoints as ep
from wizard.core.paths import Profile
from wizard.simulator import Simulator
from wizard.simulator.webex.scim import scim_users
from wizard.storage.secrets import MemoryStore
from wizard.ui.page_ids import PageId
from wizard.ui.qt import Qt, QWizard

pytestmark = [pytest.mark.gui, pytest.mark.webengine]

TIMEOUT = 30000


def _idle(page) -> bool:  # noqa: ANN001
    return not page.is_busy() and (page.task is None or page.task.done())


def _wait(qtbot, condition, timeout: int = TIMEOUT) -> None:  # noqa: ANN001
    qtbot.waitUntil(condition, timeout=timeout)


def _writes(sim: Simulator) -> list[tuple[str, str, str]]:
    with sim.state.lock:
        return [(w.service, w.method, w.path) for w in sim.state.write_log]


def _above_the_fold(page, widget) -> None:  # noqa: ANN001
    """*widget* is inside the page's visible scroll viewport, no scrolling needed."""
    viewport = page.scroll.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    assert 0 <= top and top + widget.height() <= viewport.height(), (top, viewport.height())


def _template(sim: Simulator) -> str:
    return sim.state.template_by_name("Cisco Webex")["id"]


def _world(sim: Simulator, sp_id: str) -> dict[str, Any]:
    """What must not change on a re-run: apps, jobs, assignments, Webex users."""
    with sim.state.lock:
        sync = sim.state.sync[sp_id]
        return {
            "sps": sim.state.webex_sp_ids(),
            "jobs": sorted(sync["jobs"]),
            "assignments": sorted(
                (a["principalId"], a["appRoleId"], a["id"]) for a in sim.state.assignments[sp_id]
            ),
            "secret_keys": sorted(s["key"] for s in sync["secrets"]),
            "scim_users": sorted(u["userName"] for u in scim_users(sim)),
        }


def run_journey(wizard: QWizard, qtbot, click: Clicks, *, first: bool) -> dict[str, Any]:  # noqa: ANN001
    """Welcome → Finish the way an admin does it. Returns what the test needs to check.

    Every click is counted, the ones inside the sign-in pages (``form_clicks``) and Finish too.
    """
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    form_clicks = 0
    seen: dict[str, Any] = {"writes_before_apply": []}

    def writes_so_far() -> None:
        seen["writes_before_apply"] += _writes(wizard.ctx.demo)[len(seen["writes_before_apply"]):]

    assert wizard.current_page_id() is PageId.WELCOME
    click(nxt)
    assert wizard.current_page_id() is PageId.ENVIRONMENT
    click(nxt)

    page = wizard.currentPage()
    assert wizard.current_page_id() is PageId.MS_SIGNIN
    _wait(qtbot, lambda: _idle(page) and page.sign_in_button.isVisible())
    click(page.sign_in_button)
    # "Sign in", then "Accept" on the consent page (consent is asked once per tenant).
    _sign_in_in_browser(page, qtbot, consent="accept" if first else None)
    form_clicks += 2 if first else 1
    # Signed in: nothing is left to decide on the page, so the wizard moves on by itself.
    _wait(qtbot, lambda: wizard.current_page_id() is PageId.PREFLIGHT)

    pre = wizard.currentPage()
    _wait(qtbot, lambda: _idle(pre) and nxt.isEnabled())
    click(nxt)

    if first:
        gallery = wizard.currentPage()
        assert wizard.current_page_id() is PageId.GALLERY
        _wait(qtbot, lambda: gallery.add_box.isVisible() and nxt.isEnabled())
        assert wizard.ctx.new_app is not None and wizard.ctx.new_app.hide  # chosen, not added
        writes_so_far()
        click(nxt)
    assert wizard.current_page_id() is PageId.WEBEX_SIGNIN  # a re-run skips the gallery page

    # Arriving by Next opens the Webex window by itself; a Full Administrator's sign-in, then
    # the connection test, each move on by themselves.
    dialog = browser(qtbot)
    dialog.page.runJavaScript("document.getElementById('signin').click();")
    form_clicks += 1
    _wait(qtbot, lambda: wizard.current_page_id() is PageId.SCOPE, 60000)
    test_page = wizard.page(int(PageId.CONNECTION_TEST))
    assert test_page.report is not None and test_page.report.ok

    scope = wizard.currentPage()
    _wait(qtbot, lambda: _idle(scope) and scope.role_combo.currentData() is not None)
    assert scope.role_combo.currentText() == "User"  # the one real role, preselected
    _above_the_fold(scope, scope.role_combo)  # no scroll to see (or change) it
    _wait(qtbot, scope.search_edit.hasFocus)  # type straight away, no click
    qtbot.keyClicks(scope.search_edit, "Megan")  # the one field the admin types in
    _wait(qtbot, lambda: scope.results.topLevelItemCount() > 0)
    qtbot.keyClick(scope.search_edit, Qt.Key.Key_Return)  # adds the highlighted result
    assert [p.display_name for p in scope.chosen] == ["Megan Bowen"]
    assert scope.email_edit.text() == "admin@contoso.onmicrosoft.com"  # prefilled, not typed
    click(nxt)

    review = wizard.currentPage()
    assert wizard.current_page_id() is PageId.REVIEW
    _wait(qtbot, lambda: _idle(review) and review.steps is not None)
    seen["plan"] = [(s.key.split(":")[0], s.status) for s in review.steps]
    writes_so_far()
    click(wizard.button(QWizard.WizardButton.CommitButton))

    apply = wizard.currentPage()
    assert wizard.current_page_id() is PageId.APPLY
    _wait(
        qtbot,
        lambda: _idle(apply) and (apply.result is not None or apply.error_panel.isVisible()),
        60000,
    )
    assert apply.error_panel.isHidden(), apply.error_panel.details_text()
    _wait(qtbot, lambda: apply.scroll.verticalScrollBar().value() == 0)
    _above_the_fold(apply, apply.headline)  # opens on the result
    seen["first_user"] = apply.first_user.text()
    seen["headline"] = apply.headline.text()
    click(nxt)

    assert wizard.current_page_id() is PageId.FINISH
    seen["finish"] = wizard.currentPage()
    click(wizard.button(QWizard.WizardButton.FinishButton))
    seen["form_clicks"] = form_clicks
    return seen


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile("demo", tmp_path / "data", tmp_path / "logs", "wizard-journey-test")


def _window(make_wizard, sim: Simulator, profile: Profile):  # noqa: ANN001, ANN202
    endpoints = ep.load(env={}, overrides=sim.endpoint_overrides())
    wizard = make_wizard(endpoints, demo=sim)
    wizard.ctx.secret_store = MemoryStore()  # nothing remembered between the two runs
    wizard.ctx.profile = profile
    return wizard


def test_welcome_to_finish_then_rerun_changes_nothing(
    simulator: Simulator, make_wizard, qtbot, screenshot, profile: Profile, artifacts_dir: Path
) -> None:
    sim = simulator
    wizard = _window(make_wizard, sim, profile)
    typed = count_typing(wizard)
    click = Clicks(qtbot)
    seen = run_journey(wizard, qtbot, click, first=True)
    screenshot(wizard, "setup_journey_finish")

    # ---- the result, read from the simulator's own stores --------------------------------
    ctx = wizard.ctx
    sp_id = ctx.webex_app.id
    token = ctx.webex_token.access_token
    megan = next(u for u in sim.state.users.values() if u["givenName"] == "Megan")
    (scim,) = [u for u in scim_users(sim) if u["userName"] == megan["userPrincipalName"]]
    assert scim["externalId"] == megan["id"]
    assert scim["displayName"] == "Megan Bowen"
    assert scim["name"] == {"givenName": "Megan", "familyName": "Bowen"}
    assert scim["active"] is True
    with sim.state.lock:
        (job,) = sim.state.sync[sp_id]["jobs"].values()
        secrets = {s["key"]: s["value"] for s in sim.state.sync[sp_id]["secrets"]}
    assert job["status"]["code"] == "Active" and job["schedule"]["state"] == "Active"
    assert secrets["SecretToken"] == token
    assert secrets["BaseAddress"] == ctx.webex_tenant_url
    assert secrets["SyncAll"] == "false"
    assert '"Recipients":"admin@contoso.onmicrosoft.com"' in secrets["SyncNotificationSettings"]
    assert seen["plan"] == [
        ("add_app", "pending"),
        ("hide_app", "pending"),
        ("create_job", "pending"),
        ("test_connection", "pending"),
        ("save_secrets", "pending"),
        ("assign", "pending"),
        ("start_job", "pending"),
        ("provision_on_demand", "pending"),
    ]
    # Review is the first write: nothing at all was written in the tenant before Apply.
    assert seen["writes_before_apply"] == []
    assert _writes(sim)[0][1:] == ("POST", f"/v1.0/applicationTemplates/{_template(sim)}/instantiate")
    assert sim.state.webex_sp_ids() == [sp_id]
    assert "HideApp" in sim.state.service_principals[sp_id]["tags"]
    assert "The user now exists in Webex." in seen["first_user"]
    assert seen["headline"].startswith("Setup complete")
    finish = seen["finish"]
    assert finish.values["job_id"].text() == job["id"]
    assert finish.values["job_status"].text() == "Active"

    # ---- the admin's effort ---------------------------------------------------------------
    typed_fields = sorted(set(typed))
    assert typed_fields == ["PrincipalSearch"]
    clicks = click.count + seen["form_clicks"]
    effort = (
        f"clicks: {clicks} (all told: {click.count} in the wizard including Finish, "
        f"{seen['form_clicks']} on the sign-in pages in the browser)\n"
        f"typed fields: {len(typed_fields)} (the user search box)\n"
        "scrolls: 0\n"
        "sign-ins: 2\n"
        "copy-pastes: 0\n"
    )
    (artifacts_dir / "journey-effort.txt").write_text(effort)
    assert clicks <= 12, effort  # the goal: at most 12 clicks plus the two sign-ins

    # ---- re-run: a new window, new sign-ins, the same tenant and profile -------------------
    world = _world(sim, sp_id)
    writes_before = len(_writes(sim))
    wizard.close()
    second = _window(make_wizard, sim, profile)
    again = run_journey(second, qtbot, Clicks(qtbot), first=False)
    assert second.ctx.webex_app.id == sp_id
    # Everything already done is shown so and skipped. The Webex sign-in captured a NEW token,
    # so the secret set is saved again (replaced, not added); Test Connection and the on-demand
    # proof always run.
    assert again["plan"] == [
        ("create_job", "skipped"),
        ("test_connection", "pending"),
        ("save_secrets", "pending"),
        ("assign", "skipped"),
        ("start_job", "skipped"),
        ("provision_on_demand", "pending"),
    ]
    assert _world(sim, sp_id) == world  # one app, one job, same assignments, no new users
    new_writes = {(m, p.rsplit("/", 1)[-1]) for _s, m, p in _writes(sim)[writes_before:]}
    assert new_writes == {("PUT", "secrets"), ("POST", "provisionOnDemand")}, new_writes
    with sim.state.lock:
        secrets = {s["key"]: s["value"] for s in sim.state.sync[sp_id]["secrets"]}
    assert secrets["SecretToken"] == second.ctx.webex_token.access_token != token
    assert "The user now exists in Webex." in again["first_user"]
