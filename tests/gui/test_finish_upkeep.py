"""Finish's "Keep it healthy": the exact scheduler entry, created on click (under a temporary HOME,
never the real user's), a calendar reminder 14 days before the token expires; none in the demo."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.unit.flows.test_schedule import COMMAND, FakeRunner
from wizard.core import endpoints as ep
from wizard.flows import schedule
from wizard.ui.context import WizardContext
from wizard.ui.page_ids import PageId
from wizard.ui.wizard import SetupWizard

pytestmark = pytest.mark.gui

EXPIRES = datetime(2027, 1, 20, 12, 0, tzinfo=UTC).timestamp()


@pytest.fixture
def finish(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(
        schedule, "this_computer", lambda: schedule.entry_for("linux", COMMAND, systemd=True)
    )

    def make(demo=None) -> SetupWizard:  # noqa: ANN001
        ctx = WizardContext(ep.load(env={}), demo=demo)
        ctx.webex_token = SimpleNamespace(expires_at=EXPIRES)
        wizard = SetupWizard(ctx, start_page=PageId.FINISH)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        upkeep = wizard.currentPage().upkeep
        qtbot.waitUntil(lambda: bool(upkeep.entry_text.toPlainText()), timeout=10000)
        return wizard

    return make


def test_schedule_and_reminder_from_finish(finish, qtbot, tmp_path: Path, screenshot) -> None:  # noqa: ANN001
    wizard = finish()
    page = wizard.currentPage()
    upkeep = page.upkeep
    assert "OnCalendar=*-*-* 07:17:00" in upkeep.entry_text.toPlainText()  # the exact entry
    assert "2027-01-06" in page.renew_note.texts()[0]  # 14 days before 2027-01-20
    assert "Renew the Webex token" in page.renew_note.texts()[0]  # what the start page offers
    assert upkeep.schedule_button.isEnabled() and upkeep.reminder_button.isEnabled()
    page.scroll.ensureWidgetVisible(upkeep)
    screenshot(wizard, "finish_keep_it_healthy")
    runner = FakeRunner()
    upkeep.schedule_check(runner)
    qtbot.waitUntil(lambda: "scheduled" in upkeep.status.text(), timeout=10000)
    timer = tmp_path / "config" / "systemd" / "user" / "webex-scim-wizard-check.timer"
    assert timer.exists()
    assert ["systemctl", "--user", "enable", "--now", "webex-scim-wizard-check.timer"] in runner.calls
    assert not upkeep.schedule_button.isEnabled()
    ics = tmp_path / "renew.ics"
    upkeep.save_reminder(ics)
    qtbot.waitUntil(lambda: "Reminder saved" in upkeep.status.text(), timeout=10000)
    text = ics.read_bytes().decode()
    assert "DTSTART;VALUE=DATE:20270106" in text and "\r\n" in text
    assert "2027-01-20" in text.replace("\r\n ", "")  # the expiry date, in the description


def test_schedule_failure_is_said(finish, qtbot) -> None:  # noqa: ANN001
    wizard = finish()  # held: the page must outlive the operation
    upkeep = wizard.currentPage().upkeep
    upkeep.schedule_check(FakeRunner(fail={"systemctl --user enable"}))
    qtbot.waitUntil(lambda: "Could not schedule" in upkeep.status.text(), timeout=10000)
    assert upkeep.schedule_button.isEnabled()  # can try again


def test_demo_schedules_nothing(finish, simulator) -> None:  # noqa: ANN001
    wizard = finish(demo=simulator)
    upkeep = wizard.currentPage().upkeep
    assert not upkeep.schedule_button.isEnabled()
    assert "Demo mode" in upkeep.status.text()
    assert upkeep.entry_text.toPlainText()  # still shows what a real setup creates
