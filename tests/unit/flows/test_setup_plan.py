"""One function builds every setup plan: for a tenant without the Cisco Webex app yet (headless
setup adds it), :func:`plan_setup` starts with adding it and lists every later step as pending.
No network: nothing can be read before the app exists."""

from __future__ import annotations

import pytest

from wizard.entra.sync.assignments import Assignment
from wizard.entra.sync.errors import ProvisioningError
from wizard.flows.setup import (
    ADD_APP,
    ASSIGN,
    CREATE_JOB,
    HIDE_APP,
    ON_DEMAND,
    PENDING,
    SAVE_SECRETS,
    START_JOB,
    TEST_CONNECTION,
    NewApp,
    SetupInputs,
    dry_run_lines,
    plan_setup,
)

TEMPLATE = "6f7c8b1e-0000-4000-8000-00000000cafe"


def inputs(email: str = "ops@contoso.example") -> SetupInputs:
    return SetupInputs(
        tenant_id="tenant-1",
        sp_id="",
        tenant_url="https://api.ciscospark.com/v1/scim/org-1",
        webex_token="token-value-never-shown-123",
        notification_email=email,
        assignments=[Assignment("user-1", "User", "Megan Bowen", "")],
        test_user_id="user-1",
    )


def test_without_the_app_the_plan_adds_it_first_and_everything_else_is_pending() -> None:
    steps = plan_setup(None, inputs(), new_app=NewApp(TEMPLATE, "Cisco Webex", "User"))
    assert [s.key for s in steps] == [
        ADD_APP, HIDE_APP, CREATE_JOB, TEST_CONNECTION, SAVE_SECRETS, f"{ASSIGN}:user-1", START_JOB,
        ON_DEMAND,
    ]  # fmt: skip
    assert all(s.status == PENDING for s in steps)
    add = steps[0]
    assert add.title == "Add the Cisco Webex app to your tenant"
    assert f"/applicationTemplates/{TEMPLATE}/instantiate" in add.detail
    assert '"Cisco Webex"' in add.detail
    assert steps[1].title == "Hide the app from My Apps" and "HideApp" in steps[1].detail
    assert steps[5].display_title() == "Assign Megan Bowen to the app as User"
    lines = dry_run_lines(steps)
    assert lines[-1].startswith("8 step(s) would run, 7 of them changing the tenant")
    assert "token-value-never-shown-123" not in "\n".join(lines)


def test_an_app_left_visible_by_choice_gets_no_hide_step() -> None:
    steps = plan_setup(None, inputs(), new_app=NewApp(TEMPLATE, "Cisco Webex", "User", hide=False))
    assert HIDE_APP not in [s.key for s in steps]


def test_the_plan_for_a_new_app_refuses_a_bad_notification_email_too() -> None:
    with pytest.raises(ProvisioningError):
        plan_setup(None, inputs("not-an-email"), new_app=NewApp(TEMPLATE, "Cisco Webex"))
