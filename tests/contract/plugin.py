"""pytest plugin: record during the session, judge at its end (registered from tests/conftest.py).

The artifacts are written whenever Graph/Webex calls were recorded. The session FAILS on a
non-conforming call when the run is the full suite (same rule as the route-coverage check) or
when ``WIZARD_CONTRACT=strict`` (``make contract``), so a helper running one file is not failed by
an unrelated call, while CI and ``make test`` are.
"""

from __future__ import annotations

import os

import pytest

from tests.contract import ROOT, recorder, report

ARTIFACTS = ROOT / "tests" / "artifacts"
RECORDING_FILE = ARTIFACTS / "contract-recording.jsonl"
REPORT_FILE = ARTIFACTS / "contract-report.txt"
FULL_RUN_ENFORCED = True


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "contract: checks against the published Graph CSDL / Webex OpenAPI definitions"
    )
    recorder.install()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    recorder.CURRENT_TEST["nodeid"] = item.nodeid


def _is_full_run(config: pytest.Config) -> bool:
    from pathlib import Path

    args = [a for a in config.args if not a.startswith("-")]
    default = {str(ROOT / p) for p in config.getini("testpaths")}
    chosen = {str((Path(config.invocation_params.dir) / a).resolve()) for a in args}
    narrowed = config.getoption("keyword") or config.getoption("markexpr")
    return (not args or chosen == default) and not narrowed


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    entries = recorder.snapshot()
    if not entries:
        return
    lines = report.analyse(entries)
    text = report.render(lines)
    recorder.write(RECORDING_FILE, entries)
    REPORT_FILE.write_text(text, encoding="utf-8")
    failed = [x for x in lines if not x.ok]
    # The full run fails on nonconformance only once every recorded call conforms
    # (FULL_RUN_ENFORCED); until then `make contract` (WIZARD_CONTRACT=strict) is the gate.
    strict = os.environ.get("WIZARD_CONTRACT") == "strict" or (
        FULL_RUN_ENFORCED and _is_full_run(session.config)
    )
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        summary = text.strip().splitlines()[-1]
        reporter.write_line(f"contract: {summary} -> {REPORT_FILE.relative_to(ROOT)}")
        for line in failed[:20]:
            reporter.write_line(f"  FAIL {line.method} {line.template}: {line.failures[0][0]}")
    if failed and strict:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
