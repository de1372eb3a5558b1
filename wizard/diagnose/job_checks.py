"""Checks 7 and 8, the provisioning job: its state (``job_state``: Active / Paused / Quarantine
with its reason / NotConfigured, last successful run, consecutive failures) and Entra's own test
of the saved credentials (``credentials``, ``validateCredentials``).

See https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-quarantine-status
for what quarantine means and what lifts it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.diagnose.entra_checks import graph_failure
from wizard.diagnose.report import PASSED, Finding, Fix, Status, make_finding
from wizard.diagnose.target import CheckRun

CREDENTIAL_MARKERS = ("credential", "unauthorized", "secrettoken", "401")


def credentials_quarantine(job: dict[str, Any]) -> bool:
    """Quarantined because the target (Webex) rejected the credentials Entra holds."""
    q = (job.get("status") or {}).get("quarantine") or {}
    error = q.get("error") or {}
    text = f"{error.get('code', '')} {error.get('message', '')}".lower()
    return any(m in text for m in CREDENTIAL_MARKERS)


def _job_evidence(job: dict[str, Any]) -> dict[str, str]:
    status = job.get("status") or {}
    quarantine = status.get("quarantine") or {}
    last_ok = (status.get("lastSuccessfulExecution") or {}).get("timeEnded") or ""
    return {
        "status": str(status.get("code") or "Unknown"),
        "schedule": str((job.get("schedule") or {}).get("state") or ""),
        "last_successful_run": str(last_ok or "never"),
        "consecutive_failures": str(int(status.get("countSuccessiveCompleteFailures") or 0)),
        "quarantine_reason": str(quarantine.get("reason") or ""),
        "quarantine_error": str((quarantine.get("error") or {}).get("code") or ""),
        "quarantined_since": str(quarantine.get("seriesBegan") or ""),
    }


def _quarantined(run: CheckRun, job: dict[str, Any], evidence: dict[str, str]) -> Finding:
    """Renew the token when Webex refused it and the Webex checks agree; else restart."""
    quarantine = (job.get("status") or {}).get("quarantine") or {}
    q_error = quarantine.get("error") or {}
    webex_ok = all(
        run.findings.get(c) is not None and run.findings[c].status in PASSED
        for c in ("webex_token", "scim")
    )
    fix = Fix.RENEW_TOKEN if credentials_quarantine(job) and not webex_ok else Fix.RESTART_JOB
    return make_finding(
        "job_state",
        Status.FAILED,
        QT_TRANSLATE_NOOP("diagnose", "The job is in quarantine ({reason}: {detail})."),
        {
            "reason": str(quarantine.get("reason") or "no reason given"),
            "detail": str(q_error.get("code") or q_error.get("message") or "no details"),
        },
        evidence=evidence,
        fix=fix,
    )


_NEVER_STARTED = QT_TRANSLATE_NOOP("diagnose", "The job was never started.")
_SCHEDULE_OFF = QT_TRANSLATE_NOOP(
    "diagnose",
    "The job's schedule is off (Disabled) although its status is {code}: it has run before, "
    "but it will not run again until it is started.",
)


def check_job_state(run: CheckRun) -> Finding:
    job = run.job or {}
    evidence = _job_evidence(job)
    code, schedule = evidence["status"], evidence["schedule"]
    failures = int(evidence["consecutive_failures"])
    if code == "Quarantine":
        return _quarantined(run, job, evidence)
    if code == "Paused" or schedule == "Paused":
        return make_finding(
            "job_state",
            Status.WARNING,
            QT_TRANSLATE_NOOP("diagnose", "The job is paused: nobody is provisioned."),
            evidence=evidence,
            fix=Fix.RESTART_JOB,
        )
    if code == "NotConfigured" or schedule == "Disabled":
        # Worded from both fields: a status other than NotConfigured means it did run before.
        return make_finding(
            "job_state",
            Status.FAILED,
            _NEVER_STARTED if code == "NotConfigured" else _SCHEDULE_OFF,
            {"code": code},
            evidence=evidence,
            fix=Fix.RESTART_JOB,
        )
    if failures:
        return make_finding(
            "job_state",
            Status.WARNING,
            QT_TRANSLATE_NOOP("diagnose", "The job is {code}, but its last {count} runs failed."),
            {"code": code, "count": failures},
            evidence=evidence,
            fix=Fix.RETRY_LATER,
        )
    last_ok = evidence["last_successful_run"]
    return make_finding(
        "job_state",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "The job is {code}; last successful run {last}."),
        {"code": code, "last": "not yet" if last_ok == "never" else last_ok},
        evidence=evidence,
    )


def check_credentials(run: CheckRun) -> Finding:
    from wizard.entra.graph import sp_path
    from wizard.entra.graph_errors import GraphBadRequest

    t = run.target
    if run.sp is None or not t.job_id:  # the app-and-job check skips it otherwise
        raise ValueError("the credential test needs the app and its job")
    try:
        run.graph.post(
            f"{sp_path(str(run.sp['id']))}/synchronization/jobs/{quote(t.job_id, safe='')}/validateCredentials",
            {"useSavedCredentials": True},
            operation=QT_TRANSLATE_NOOP("errors", "testing the saved credentials"),
        )
    except GraphBadRequest as err:
        return make_finding(
            "credentials",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "Entra could not connect to Webex with the saved tenant URL and token: {detail}",
            ),
            {"detail": str(err.params.get("detail") or err.summary())},
            fix=Fix.RENEW_TOKEN,
            error=err,
        )
    except WizardError as err:
        return graph_failure("credentials", err)
    return make_finding(
        "credentials",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "Entra connected to Webex with the saved credentials."),
    )
