"""Application start-up: --smoke, lazy QtWebEngine, excepthook, language choice, context, fonts."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core import endpoints as ep
from wizard.ui.app import ExceptHook
from wizard.ui.context import WizardContext
from wizard.ui.i18n import install_translators, pick_language
from wizard.ui.qt import QFont, QMessageBox, Qt, QTimer
from wizard.ui.style import ui_font

ROOT = Path(__file__).resolve().parents[2]

SMOKE = """
import sys, time
started = time.monotonic()
from wizard.core.endpoints import load
from wizard.ui.app import run_gui
from wizard.ui.qt import webengine_loaded
rc = run_gui(load(env={}), smoke=True, lang="ko")
print("RC", rc, "WEBENGINE", webengine_loaded(), "SECONDS", round(time.monotonic() - started, 2))
sys.exit(rc)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_smoke_run_shows_first_page_and_exits_0_without_webengine() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SMOKE],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("RC "))
    assert line.split()[:4] == ["RC", "0", "WEBENGINE", "False"]  # QtWebEngine loads lazily
    assert "Traceback" not in result.stderr


LATE_PAINT = """
import sys
from wizard.core.endpoints import load
from wizard.ui import app as gui
from wizard.ui.qt import QApplication, QTimer

gui.paint_first = lambda window, timeout=0: False  # as if the window had not painted in time
qapp = gui.create_application()

def finish():
    wizards = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "SetupWizard"]
    wizards[0].done(1)  # the admin goes on and finishes

QTimer.singleShot(1000, finish)
sys.exit(gui.run_gui(load(env={}), lang="en"))
"""


def test_a_window_that_paints_late_stays_open_outside_smoke_mode() -> None:
    """Only --smoke gives up on a window that has not painted in time; an admin's window on a
    locked screen, or mapped late, keeps running until the admin closes it."""
    result = subprocess.run(
        [sys.executable, "-c", LATE_PAINT], cwd=ROOT, env=_env(), capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert "was not shown" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0, result.stderr[-2000:]


def test_cli_demo_smoke_goes_through_run_gui() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--demo", "gui", "--smoke"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- excepthook
@pytest.fixture
def hook(qtbot):
    installed = ExceptHook(Path("/var/log/wizard-test/wizard.log")).install()
    yield installed
    installed.uninstall()
    if installed.box is not None:
        installed.box.close()


def test_excepthook_logs_and_shows_a_non_modal_error(hook, qtbot, caplog) -> None:
    caplog.set_level(logging.ERROR, logger="wizard.ui")
    try:
        raise ValueError("refresh_token=abc123 leaked into a message")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    box = hook.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert not box.isModal() and box.windowModality() == Qt.WindowModality.NonModal
    assert box.text() == "Something went wrong inside the wizard."
    assert "/var/log/wizard-test/wizard.log" in box.informativeText()
    assert "What to do next:" in box.informativeText()
    shown = box.text() + box.informativeText()
    assert "Traceback" not in shown and "abc123" not in shown and "ValueError" not in shown
    record = next(r for r in caplog.records if r.name == "wizard.ui")
    assert record.exc_info and record.exc_info[0] is ValueError


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_qt_slot_reaches_the_hook(hook, qtbot) -> None:
    def broken_slot() -> None:
        raise RuntimeError("bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: hook.count == 1, timeout=3000)
    assert hook.box is not None and hook.box.isVisible()  # and the app is still running


def test_asyncio_failures_reach_the_hook(hook, qtbot) -> None:
    loop = asyncio.get_event_loop()
    hook.loop_handler(
        loop, {"message": "Task exception was never retrieved", "exception": KeyError("x")}
    )
    assert hook.count == 1 and hook.box.isVisible()
    hook.loop_handler(loop, {"message": "just a message"})
    assert hook.count == 1


def test_uninstall_restores_the_previous_hook() -> None:
    before = sys.excepthook
    hook = ExceptHook().install()
    assert sys.excepthook is hook
    hook.uninstall()
    assert sys.excepthook is before


# --------------------------------------------------------------------------- language
@pytest.mark.parametrize(
    ("lang", "system", "expected"),
    [
        (None, "ja_JP", "ja"),
        (None, "ko-KR", "ko"),
        (None, "zh_Hans_CN", "zh_CN"),
        (None, "zh_CN.UTF-8", "zh_CN"),
        (None, "zh_TW", "en"),  # Traditional Chinese is not offered: English, not the wrong script
        (None, "de_DE", "en"),
        ("ko", "ja_JP", "ko"),
        ("xx", "ja_JP", "ja"),
    ],
)
def test_pick_language(monkeypatch, lang, system, expected) -> None:
    monkeypatch.delenv("WIZARD_LANG", raising=False)
    assert pick_language(lang, system) == expected


def test_wizard_lang_environment_beats_the_system_locale(monkeypatch) -> None:
    monkeypatch.setenv("WIZARD_LANG", "zh_CN")
    assert pick_language(None, "ja_JP") == "zh_CN"
    assert pick_language("en", "ja_JP") == "en"


def test_english_needs_no_catalogue(qapp) -> None:
    assert install_translators(qapp, "en") == []


def test_font_keeps_platform_default_and_prefers_the_languages_cjk_family() -> None:
    base = QFont("Sans Serif", 9)
    font = ui_font(base, "ja")
    families = font.families()
    assert families[0] == "Sans Serif"
    assert families.index("Noto Sans CJK JP") < families.index("Noto Sans CJK SC")
    assert families.index("Noto Sans CJK JP") < families.index("Noto Sans CJK KR")
    assert font.pointSizeF() == 10.0
    assert ui_font(base, "ko").families().index("Noto Sans CJK KR") < ui_font(
        base, "ko"
    ).families().index("Noto Sans CJK JP")


# --------------------------------------------------------------------------- context
def test_context_repr_never_shows_secrets() -> None:
    ctx = WizardContext(ep.load(env={}))
    ctx.webex_token = "NjQ5-secret-webex-token_P0A1_0000"
    ctx.ms_signin = {"access_token": "eyJ0eXAi-graph-token"}
    text = repr(ctx)
    assert "secret-webex-token" not in text and "graph-token" not in text
    assert "webex_token=present" in text and "ms_signed_in=True" in text
    assert ctx.progress_made()


def test_context_progress_only_after_sign_in_or_change() -> None:
    ctx = WizardContext(ep.load(env={}))
    assert not ctx.progress_made()
    ctx.choices["scope"] = "assigned"
    assert not ctx.progress_made()  # a choice alone loses nothing
    ctx.applied.append("Created the provisioning job")
    assert ctx.progress_made()


def test_with_environment_keeps_config_values_and_typed_overrides(tmp_path) -> None:
    cfg = tmp_path / "wizard.toml"
    cfg.write_text(
        '[endpoints]\nwebex_scim_tenant_url = "https://api.ciscospark.com/v1/scim/{org_id}"\n'
        'entra_tenant = "contoso.onmicrosoft.com"\n'
    )
    ctx = WizardContext(ep.load(config_file=cfg, env={}))
    # Set in the config to its preset value: still the admin's own, so no longer "unconfirmed".
    assert "webex_scim_tenant_url" not in ctx.endpoints.unconfirmed
    assert ctx.explicit == {
        "webex_scim_tenant_url": "https://api.ciscospark.com/v1/scim/{org_id}",
        "entra_tenant": "contoso.onmicrosoft.com",
    }
    same = ctx.with_environment("global", "commercial")
    assert same == ctx.endpoints
    gov = ctx.with_environment(
        "usgov", "commercial", client_id="0c8b8f65-7b1c-4d1a-9d4a-3b0f6a3c2e11"
    )
    assert gov.graph_base == "https://graph.microsoft.us/v1.0"
    assert gov.entra_tenant == "contoso.onmicrosoft.com"
    assert gov.entra_client_id == "0c8b8f65-7b1c-4d1a-9d4a-3b0f6a3c2e11"
    assert "entra_client_id" not in gov.unconfirmed  # typed by the admin
    from wizard.core.errors import ConfigError

    with pytest.raises(ConfigError) as info:
        ctx.with_environment("global", "commercial", tenant="bad tenant")
    assert info.value.params["key"] == "entra_tenant"


def test_dont_remember_secrets_gives_the_pages_a_memory_store(tmp_path, monkeypatch) -> None:
    """The admin's explicit choice: no keyring at all (even a broken one is never touched)."""
    from keyring.backends import fail

    from wizard.cli.entry import build_parser
    from wizard.core import endpoints as ep
    from wizard.storage.secrets import MemoryStore
    from wizard.ui.app import make_context

    monkeypatch.setenv("WIZARD_DATA_DIR", str(tmp_path))
    assert build_parser().parse_args(["--dont-remember-secrets", "gui"]).dont_remember_secrets
    monkeypatch.setattr("keyring.get_keyring", lambda: fail.Keyring())
    ctx = make_context(ep.load(env={}), remember_secrets=False)
    assert isinstance(ctx.secret_store, MemoryStore)
    ctx.secret_store.put("k", "v")
    assert ctx.secret_store.get("k") == "v"
    assert make_context(ep.load(env={})).secret_store is None  # default: the OS keyring, lazily
