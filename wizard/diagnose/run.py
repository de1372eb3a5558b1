"""Running the eight checks in order: a dependant of a check that did not pass is ``skipped``
(never ``failed``: the cause is already on screen), Cancel skips the rest, and an error a check
did not classify is still a finding.

The order and what depends on what are in :data:`wizard.diagnose.report.DEPENDS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.diagnose.config_check import check_config
from wizard.diagnose.entra_checks import check_identity, check_signin, check_webex_app
from wizard.diagnose.job_checks import check_credentials, check_job_state
from wizard.diagnose.report import (
    CHECKS,
    DEPENDS,
    PASSED,
    Finding,
    Report,
    Status,
    failure,
    is_outage,
    make_finding,
    outage,
    skipped,
    utc_now,
)
from wizard.diagnose.target import CheckRun, RepairTarget, SignIn
from wizard.diagnose.webex_checks import check_scim, check_webex_token

log = logging.getLogger("wizard.diagnose")

RUNNERS: dict[str, Callable[[CheckRun], Finding]] = {
    "config": check_config,
    "webex_token": check_webex_token,
    "scim": check_scim,
    "microsoft_signin": check_signin,
    "identity_integration": check_identity,
    "webex_app": check_webex_app,
    "job_state": check_job_state,
    "credentials": check_credentials,
}


def run_checks(
    target: RepairTarget,
    *,
    session: Any,
    graph: Any = None,
    sign_in: SignIn | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    on_progress: Callable[[int, int, Finding], None] | None = None,
) -> Report:
    """Run the eight checks in order; never raises for what it finds (bugs aside).

    ``graph``: a signed-in :class:`~wizard.entra.graph.GraphClient` (the GUI after an
    interactive sign-in); otherwise check 4 calls ``sign_in()`` to sign in silently from the
    saved sign-in (no ``sign_in``: check 4 says an administrator must sign in).
    ``on_progress(done, total, finding)`` is called after each check, in the calling thread.
    ``should_stop()`` turning true marks the remaining checks skipped.
    """
    run = CheckRun(target, session, graph, sign_in)
    started = utc_now()
    total = len(CHECKS)
    for n, check_id in enumerate(CHECKS, 1):
        finding = _run_one(run, check_id, should_stop)
        run.findings[check_id] = finding
        log.info("check %s: %s (fix %s)", check_id, finding.status.value, finding.fix.value)
        if on_progress is not None:
            on_progress(n, total, finding)
    return Report(list(run.findings.values()), started, utc_now(), graph=run.graph)


def _run_one(run: CheckRun, check_id: str, should_stop: Callable[[], bool]) -> Finding:
    blocker = next((d for d in DEPENDS[check_id] if run.findings[d].status not in PASSED), None)
    if should_stop():
        return make_finding(
            check_id,
            Status.SKIPPED,
            QT_TRANSLATE_NOOP("diagnose", "Not checked: the check was cancelled."),
        )
    if blocker is not None:
        return skipped(check_id, blocker)
    try:
        return RUNNERS[check_id](run)
    except WizardError as err:  # an error a check did not classify: still a finding
        return outage(check_id, QT_TRANSLATE_NOOP("diagnose", "The service"), err) if is_outage(err) else failure(check_id, err)
