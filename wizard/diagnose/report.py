"""The diagnostics report: the checks' ids and order, one :class:`Finding` per check, and the
:class:`Report` with its exit code, JSON and text.

Titles and findings are English, marked for translation (context ``diagnose``); ``finding`` has
its parameters filled in, and ``template``/``params`` are kept so the GUI can translate. Nothing
here contains a secret: every text and evidence value passes the log redactor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, NetworkError, WizardError
from wizard.core.logs import redact


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"
    UNKNOWN = "unknown"
    SKIPPED = "skipped"


#: A check with one of these statuses lets the checks that depend on it run.
PASSED = (Status.OK, Status.WARNING)


class Fix(StrEnum):
    RECONSENT = "reconsent"
    RENEW_TOKEN = "renew_token"  # noqa: S105 - the name of a fix, not a secret
    RESTART_JOB = "restart_job"
    RECREATE = "recreate"
    RETRY_LATER = "retry_later"
    SIGN_IN = "sign_in"
    NONE = "none"


#: Check ids in the order they run, with their titles (context "diagnose").
CHECKS: dict[str, str] = {
    "config": QT_TRANSLATE_NOOP("diagnose", "Saved configuration and secrets"),
    "webex_token": QT_TRANSLATE_NOOP("diagnose", "Webex token"),
    "scim": QT_TRANSLATE_NOOP("diagnose", "Webex SCIM tenant URL"),
    "microsoft_signin": QT_TRANSLATE_NOOP("diagnose", "Microsoft sign-in"),
    "identity_integration": QT_TRANSLATE_NOOP("diagnose", "Cisco Webex Identity Integration app"),
    "webex_app": QT_TRANSLATE_NOOP("diagnose", "Cisco Webex app and provisioning job"),
    "job_state": QT_TRANSLATE_NOOP("diagnose", "Provisioning job state"),
    "credentials": QT_TRANSLATE_NOOP("diagnose", "Entra's test of the saved credentials"),
}
#: check -> the checks it needs to have passed (ok or warning).
DEPENDS: dict[str, tuple[str, ...]] = {
    "config": (),
    "webex_token": ("config",),
    "scim": ("webex_token",),
    "microsoft_signin": ("config",),
    "identity_integration": ("microsoft_signin",),
    "webex_app": ("microsoft_signin",),
    "job_state": ("webex_app",),
    "credentials": ("scim", "webex_app"),
}

OUTAGE_TEXT = QT_TRANSLATE_NOOP(
    "diagnose",
    "{service} did not answer normally ({detail}). The problem is on their side; nothing was "
    "changed. Retry later.",
)


# ------------------------------------------------------------------------------------ findings
@dataclass(frozen=True)
class Finding:
    """One line of the report. ``finding`` has its parameters filled in; no secrets."""

    check_id: str
    title: str
    status: Status
    finding: str
    evidence: dict[str, str] = field(default_factory=dict)
    fix: Fix = Fix.NONE
    error: WizardError | None = None
    #: The English source of ``finding`` and its parameters, for the GUI's translation.
    template: str = ""
    params: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.check_id,
            "title": self.title,
            "status": self.status.value,
            "finding": redact(self.finding),
            "evidence": {k: redact(str(v)) for k, v in self.evidence.items()},
            "fix": self.fix.value,
        }
        if self.error is not None:
            data["error"] = {
                "code": self.error.code,
                "what": redact(self.error.summary()),
                "detail": redact(self.error.render()),
                "correlation": dict(self.error.correlation),
                "transient": self.error.transient,
            }
        return data


def make_finding(
    check_id: str,
    status: Status,
    template: str,
    params: dict[str, Any] | None = None,
    *,
    evidence: dict[str, str] | None = None,
    fix: Fix = Fix.NONE,
    error: WizardError | None = None,
) -> Finding:
    """A finding of *check_id* whose text is *template* filled with *params*, redacted."""
    clean = {k: str(v) for k, v in (params or {}).items()}
    try:
        text = template.format(**clean)
    except (KeyError, IndexError, ValueError):
        text = template
    return Finding(
        check_id,
        CHECKS[check_id],
        status,
        redact(text),
        {k: redact(str(v)) for k, v in (evidence or {}).items() if v not in (None, "")},
        fix,
        error,
        template,
        clean,
    )


def failure(check_id: str, err: WizardError, fix: Fix = Fix.NONE) -> Finding:
    """*check_id* failed with *err*, said in the error's own words."""
    return make_finding(check_id, Status.FAILED, "{what}", {"what": err.summary()}, fix=fix, error=err)


def skipped(check_id: str, because: str) -> Finding:
    """*check_id* did not run because the check *because* did not pass (the cause is shown)."""
    return make_finding(
        check_id,
        Status.SKIPPED,
        QT_TRANSLATE_NOOP("diagnose", 'Not checked: "{because}" did not pass.'),
        {"because": CHECKS[because]},
    )


def is_outage(err: BaseException) -> bool:
    """A 5xx, throttling or timeout: their side, worth retrying later, nothing to change here."""
    if isinstance(err, NetworkError):
        return err.code in ("net.timeout", "net.unreachable") or err.transient
    if isinstance(err, WizardError):
        return err.transient
    return False


def outage(check_id: str, service: str, err: WizardError) -> Finding:
    """*check_id* could not be confirmed because *service* is having trouble: ``unknown``."""
    return make_finding(
        check_id,
        Status.UNKNOWN,
        OUTAGE_TEXT,
        {"service": service, "detail": _outage_detail(err)},
        evidence={"code": err.code},
        fix=Fix.RETRY_LATER,
        error=err,
    )


def _outage_detail(err: WizardError) -> str:
    status = getattr(err, "status", 0) or err.params.get("status")
    if isinstance(status, int) and status:
        return f"HTTP {status}"
    return "no answer in time" if "timeout" in err.code else err.code


# ------------------------------------------------------------------------------------ report
def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


_MARKS = {
    Status.OK: "[ OK ]",
    Status.WARNING: "[WARN]",
    Status.FAILED: "[FAIL]",
    Status.UNKNOWN: "[ ?? ]",
    Status.SKIPPED: "[SKIP]",
}


@dataclass
class Report:
    findings: list[Finding]
    started_at: str
    finished_at: str
    #: The Graph client check 4 signed in with (for the fixes); never serialised.
    graph: Any = field(default=None, repr=False, compare=False)

    def overall(self) -> Status:
        states = {f.status for f in self.findings}
        for status in (Status.FAILED, Status.UNKNOWN, Status.WARNING):
            if status in states:
                return status
        return Status.OK

    def exit_code(self) -> int:
        """0 all ok, 1 warnings only, 2 anything failed or unknown (an outage: not confirmed)."""
        return {Status.OK: 0, Status.WARNING: 1}.get(self.overall(), 2)

    def get(self, check_id: str) -> Finding:
        return next(f for f in self.findings if f.check_id == check_id)

    def fixes(self) -> list[Fix]:
        """Fixes offered, in check order, without repeats (``none`` left out)."""
        seen: list[Fix] = []
        for f in self.findings:
            if f.fix is not Fix.NONE and f.fix not in seen:
                seen.append(f.fix)
        return seen

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": self.overall().value,
            "exit_code": self.exit_code(),
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "fixes": [f.value for f in self.fixes()],
            "checks": [f.to_json() for f in self.findings],
        }

    def to_text(self) -> str:
        lines = [f"Webex provisioning check {self.started_at} - overall: {self.overall().value}"]
        for n, f in enumerate(self.findings, 1):
            lines.append(f"{_MARKS[f.status]} {n}. {f.title}: {f.finding}")
            for key, value in f.evidence.items():
                lines.append(f"         {key}: {value}")
            if f.fix is not Fix.NONE:
                lines.append(f"         fix: {f.fix.value}")
            if f.error is not None and f.error.correlation:
                ids = ", ".join(f"{k}: {v}" for k, v in sorted(f.error.correlation.items()))
                lines.append(f"         ids: {ids}")
        return redact("\n".join(lines))
