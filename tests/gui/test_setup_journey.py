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
from wizard.ui.qt import QWizard

pytestmark = [pytest.mark.gui, pytest.mark.webengine]

TIMEOUT = 30000


def _idle(page) -> bool:  # noqa: ANN001
    return not page.is_busy() and (page.task is None or page.task.done())


def _wait(qtbot, condition, timeout: int = TIMEOUT) -> None:  # noqa: ANN001
    qtbot.waitUntil(condition, timeout=timeout)


def _writes(sim: Simulator) -> list[tuple[str, str, str]]:
    with sim.state.lock:
        return [(w.service, w.method, w.path) for w in sim.state.write_log]


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
    """Welcome → Finish the way an admin does it. Returns what the test needs to check."""
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    form_clicks = 0
    seen: dict[str, Any] = {}

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
    _wait(qtbot, lambda: _idle(page) and nxt.isEnabled())
    click(nxt)

    pre = wizard.currentPage()
    assert wizard.current_page_id() is PageId.PREFLIGHT
    _wait(qtbot, lambda: _idle(pre) and nxt.isEnabled())
    click(nxt)

    if first:
        gallery = wizard.currentPage()
        assert wizard.current_page_id() is PageId.GALLERY
        _wait(qtbot, gallery.add_box.isVisible)
        click(gallery.add_button)
        _wait(qtbot, lambda: _idle(gallery) and nxt.isEnabled())
        assert gallery.error_panel.isHidden(), gallery.error_panel.details_text()
        click(nxt)
    assert wizard.current_page_id() is PageId.WEBEX_SIGNIN  # a re-run skips the gallery page

    webex = wizard.currentPage()
    click(webex.sign_in_button)
    dialog = browser(qtbot)
    dialog.page.runJavaScript("document.getElementById('signin').click();")
    form_clicks += 1
    _wait(qtbot, lambda: webex.person is not None and _idle(webex) and nxt.isEnabled())
    click(nxt)

    test_page = wizard.currentPage()
    assert wizard.current_page_id() is PageId.CONNECTION_TEST
    _wait(qtbot, lambda: test_page.report is not None and _idle(test_page))
    assert test_page.report.ok
    click(nxt)

    scope = wizard.currentPage()
    assert wizard.current_page_id() is PageId.SCOPE
    _wait(qtbot, lambda: _idle(scope) and scope.role_combo.count() > 1)
    click(scope.search_edit)
    qtbot.keyClicks(scope.search_edit, "Megan")  # the one field the admin types in
    _wait(qtbot, lambda: scope.results.topLevelItemCount() > 0)
    click(scope.add_button)
    # Choosing a role in a combo box is two clicks: open it, pick "User".
    click(scope.role_combo)
    scope.role_combo.hidePopup()
    click.count += 1
    scope.role_combo.setCurrentIndex(scope.role_combo.findText("User"))
    assert scope.email_edit.text() == "admin@contoso.onmicrosoft.com"  # prefilled, not typed
    click(nxt)

    review = wizard.currentPage()
    assert wizard.current_page_id() is PageId.REVIEW
    _wait(qtbot, lambda: _idle(review) and review.steps is not None)
    seen["plan"] = [(s.key.split(":")[0], s.status) for s in review.steps]
    seen["writes_after_review"] = len(_writes(wizard.ctx.demo))
    click(wizard.button(QWizard.WizardButton.CommitButton))

    apply = wizard.currentPage()
    assert wizard.current_page_id() is PageId.APPLY
    _wait(
        qtbot,
        lambda: _idle(apply) and (apply.result is not None or apply.error_panel.isVisible()),
        60000,
    )
    assert apply.error_panel.isHidden(), apply.error_panel.details_text()
    seen["first_user"] = apply.first_user.text()
    click(nxt)

    assert wizard.current_page_id() is PageId.FINISH
    seen["finish"] = wizard.currentPage()
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
    screenshot(wizard, "issue5_journey_finish")

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
        ("create_job", "pending"),
        ("test_connection", "pending"),
        ("save_secrets", "pending"),
        ("assign", "pending"),
        ("start_job", "pending"),
        ("provision_on_demand", "pending"),
    ]
    # Review wrote nothing: the only writes before Apply are the gallery app's.
    before_apply = _writes(sim)[: seen["writes_after_review"]]
    assert all("/synchronization/" not in p and "appRoleAssignedTo" not in p
               for _s, _m, p in before_apply), before_apply  # fmt: skip
    assert "The user now exists in Webex." in seen["first_user"]
    finish = seen["finish"]
    assert finish.values["job_id"].text() == job["id"]
    assert finish.values["job_status"].text() == "Active"

    # ---- the admin's effort ---------------------------------------------------------------
    typed_fields = sorted(set(typed))
    assert typed_fields == ["PrincipalSearch"]
    effort = (
        f"clicks: {click.count}, typed fields: {len(typed_fields)}, sign-ins: 2\n"
        f"(plus {seen['form_clicks']} clicks on the sign-in pages in the browser; the sign-in "
        "forms are prefilled by the simulator; typed: the user search box)\n"
    )
    (artifacts_dir / "journey-effort.txt").write_text(effort)
    assert click.count <= 17, effort  # a regression guard: today 17

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
