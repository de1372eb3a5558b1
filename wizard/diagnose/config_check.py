"""Check 1, ``config``: the stored configuration and secrets are present and readable."""

from __future__ import annotations

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.diagnose.report import Finding, Fix, Status, make_finding
from wizard.diagnose.target import CheckRun
from wizard.storage.secrets import KeyringError, SecretSet


def check_config(run: CheckRun) -> Finding:
    t = run.target
    evidence = {"tenant_id": t.tenant_id, "org_id": t.org_id}
    if t.store is not None:
        try:
            saved = SecretSet(t.store, t.tenant_id, t.org_id).load()
        except KeyringError as err:
            return make_finding(
                "config",
                Status.FAILED,
                QT_TRANSLATE_NOOP("diagnose", "The saved secrets cannot be read: {what}"),
                {"what": err.summary()},
                evidence=evidence,
                error=err,
            )
        t.token, t.tenant_url = saved.token, saved.tenant_url
    missing = _missing(run, evidence)
    if missing is not None:
        return missing
    evidence["tenant_url"] = str(t.tenant_url)
    if t.load_problem is not None:
        return make_finding(
            "config",
            Status.WARNING,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "Secrets are readable, but the saved progress is not: {what} The app is looked up in the tenant instead.",
            ),
            {"what": t.load_problem.summary()},
            evidence=evidence,
            error=t.load_problem,
        )
    evidence.update({"service_principal_id": t.sp_id or "", "job_id": t.job_id or ""})
    return make_finding(
        "config",
        Status.OK,
        QT_TRANSLATE_NOOP(
            "diagnose",
            "Secrets for tenant {tenant} and Webex organization {org} are saved and readable.",
        ),
        {"tenant": t.tenant_id, "org": t.org_id},
        evidence=evidence,
    )


#: What a complete setup saved, in the order check 1 asks about it: (the target's field, the
#: finding when it is empty, the fix that saves it again).
_REQUIRED: tuple[tuple[str, str, Fix], ...] = (
    (
        "token",
        QT_TRANSLATE_NOOP("diagnose", "No Webex token is saved for this organization."),
        Fix.RENEW_TOKEN,
    ),
    (
        "tenant_url",
        QT_TRANSLATE_NOOP("diagnose", "No SCIM tenant URL is saved for this organization."),
        Fix.RECREATE,
    ),
)


def _missing(run: CheckRun, evidence: dict[str, str]) -> Finding | None:
    """The finding when the token or the tenant URL was never saved, else None."""
    for name, text, fix in _REQUIRED:
        if not getattr(run.target, name):
            return make_finding("config", Status.FAILED, text, evidence=evidence, fix=fix)
    return None
