"""Checks 4 to 6, the Entra side: the Microsoft sign-in (``microsoft_signin``), Cisco Webex
Identity Integration (``identity_integration``) and the Cisco Webex app with its provisioning
job (``webex_app``).

The sign-in itself is not made here: the caller passes a signed-in Graph client, or a function
that signs in silently from the saved sign-in (the flows layer owns sign-ins and their cache).
The identity-integration service principal missing is exactly Control Hub's "Azure AD
integration error. The request was unauthorized" (401, code 701018); an administrator's consent
restores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from wizard.core.endpoints import IDENTITY_INTEGRATION_APP_ID
from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.diagnose.report import Finding, Fix, Status, failure, is_outage, make_finding, outage
from wizard.diagnose.target import CheckRun

if TYPE_CHECKING:
    from wizard.entra.gallery import WebexApp


def graph_failure(check_id: str, err: WizardError, fix: Fix = Fix.NONE) -> Finding:
    """A Graph call of *check_id* failed: an outage (unknown) or a failure in Graph's words."""
    if is_outage(err):
        return outage(check_id, "Microsoft Graph", err)
    if getattr(err, "status", 0) == 403:
        # Graph's 403 names no cause; its title alone ("refused reading …") leaves the admin
        # guessing, so the finding says why (a role or permission) and what to do.
        said = {k: v.format(**err.params) for k, v in (("why", err.why), ("next", err.fix))}
        return make_finding(
            check_id, Status.FAILED, "{what} {why} {next}", {"what": err.summary(), **said},
            fix=fix, error=err,
        )
    return failure(check_id, err, fix)


def signed_in_of(graph: Any) -> Any:
    """The sign-in (account, tenant) behind a Graph client, if it tells."""
    return getattr(graph, "signed_in", None) or getattr(getattr(graph, "tokens", None), "sign_in", None)


def check_signin(run: CheckRun) -> Finding:
    t = run.target
    if run.graph is not None:  # the caller signed in already (the GUI, after a browser sign-in)
        user = getattr(signed_in_of(run.graph), "username", "")
        return make_finding(
            "microsoft_signin",
            Status.OK,
            QT_TRANSLATE_NOOP("diagnose", "Signed in to Microsoft as {user}."),
            {"user": user or "?"},
            evidence={"account": user, "tenant_id": t.tenant_id},
        )
    try:
        graph = run.sign_in() if run.sign_in is not None else None
    except WizardError as err:
        if is_outage(err) or err.code.startswith("signin.service"):
            return outage("microsoft_signin", "Microsoft sign-in", err)
        return make_finding(
            "microsoft_signin",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "The saved Microsoft sign-in cannot be used: {what}"),
            {"what": err.summary()},
            fix=Fix.SIGN_IN,
            error=err,
        )
    if graph is None:
        return make_finding(
            "microsoft_signin",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "No usable saved Microsoft sign-in for tenant {tenant}: an administrator must sign in.",
            ),
            {"tenant": t.tenant_id},
            evidence={"tenant_id": t.tenant_id},
            fix=Fix.SIGN_IN,
        )
    return _silently_signed_in(run, graph)


def _silently_signed_in(run: CheckRun, graph: Any) -> Finding:
    """The saved sign-in worked: keep it for the later checks, if it is for the right tenant."""
    t, signed = run.target, signed_in_of(graph)
    if signed.tenant_id and signed.tenant_id.lower() != t.tenant_id.lower():
        return make_finding(
            "microsoft_signin",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "The saved sign-in belongs to tenant {got}, not {want}."),
            {"got": signed.tenant_id, "want": t.tenant_id},
            fix=Fix.SIGN_IN,
        )
    run.graph = graph
    return make_finding(
        "microsoft_signin",
        Status.OK,
        QT_TRANSLATE_NOOP(
            "diagnose", "Signed in to Microsoft as {user} without asking (saved sign-in)."
        ),
        {"user": signed.username},
        evidence={"account": signed.username, "tenant_id": t.tenant_id},
    )


def check_identity(run: CheckRun) -> Finding:
    from wizard.entra.consent import find_service_principal

    try:
        sp = find_service_principal(run.graph)
    except WizardError as err:
        return graph_failure("identity_integration", err)
    if sp is None:
        return make_finding(
            "identity_integration",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "Cisco Webex Identity Integration (appId {app_id}) is missing from your tenant. "
                'This is exactly what makes Control Hub show "Azure AD integration error. The '
                "request was unauthorized\" (401, code 701018). An administrator's consent "
                "restores it.",
            ),
            {"app_id": IDENTITY_INTEGRATION_APP_ID},
            evidence={"appId": IDENTITY_INTEGRATION_APP_ID, "servicePrincipal": "not found"},
            fix=Fix.RECONSENT,
        )
    return make_finding(
        "identity_integration",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "Present (service principal {sp_id})."),
        {"sp_id": str(sp.get("id"))},
        evidence={"appId": IDENTITY_INTEGRATION_APP_ID, "servicePrincipal": str(sp.get("id"))},
    )


@dataclass
class _Reads:
    """What check 6 read from Graph, kept so the look for a second app or job reads nothing
    twice: the tenant's Cisco Webex apps (after the gallery template), the app's jobs."""

    apps: list[WebexApp] | None = None
    jobs: list[dict[str, Any]] | None = None


def _webex_apps(run: CheckRun, reads: _Reads) -> list[WebexApp]:
    """The tenant's Cisco Webex apps: by the gallery template (when it answers) or by name."""
    from wizard.entra import gallery

    if reads.apps is None:
        try:
            template: gallery.GalleryTemplate | None = gallery.find_template(run.graph)
        except gallery.GalleryError:
            template = None  # no gallery template: by name only, and no instances to count
        principals = gallery.list_service_principals(run.graph, template)
        reads.apps = gallery.match_webex_apps(principals, template)
    return reads.apps


def _find_app(run: CheckRun, reads: _Reads) -> dict[str, Any] | None:
    """The Cisco Webex service principal: the one setup saved, else the one in the tenant."""
    from wizard.entra.gallery import read_app
    from wizard.entra.graph_errors import GraphNotFound

    t = run.target
    if t.sp_id:
        try:
            app = read_app(run.graph, t.sp_id)
        except GraphNotFound:
            return None
    else:
        apps = _webex_apps(run, reads)
        if not apps:
            return None
        app = apps[0]
        t.sp_id = app.id
    return {"id": app.id, "displayName": app.display_name}


def _find_job(run: CheckRun, sp: dict[str, Any], reads: _Reads) -> dict[str, Any] | None:
    """The app's provisioning job: the one setup saved, else the app's only job."""
    from wizard.entra.graph import sp_path
    from wizard.entra.graph_errors import GraphNotFound

    job_id = run.target.job_id
    if not job_id:
        jobs = _app_jobs(run, str(sp["id"]), reads)
        return jobs[0] if len(jobs) == 1 else None
    try:
        return run.graph.get(
            f"{sp_path(str(sp['id']))}/synchronization/jobs/{quote(job_id, safe='')}",
            operation=QT_TRANSLATE_NOOP("errors", "reading the provisioning job"),
        )
    except GraphNotFound:
        return None


def _app_jobs(run: CheckRun, sp_id: str, reads: _Reads) -> list[dict[str, Any]]:
    """Every provisioning job of the app, as Graph lists them."""
    from wizard.entra.graph import sp_path

    if reads.jobs is None:
        reads.jobs = run.graph.get_all(
            f"{sp_path(sp_id)}/synchronization/jobs",
            operation=QT_TRANSLATE_NOOP("errors", "reading the app's provisioning job"),
        )
    return reads.jobs


def check_webex_app(run: CheckRun) -> Finding:
    t = run.target
    try:
        reads = _Reads()
        sp = _find_app(run, reads)
        if sp is None:
            return make_finding(
                "webex_app",
                Status.FAILED,
                QT_TRANSLATE_NOOP(
                    "diagnose",
                    "The Cisco Webex enterprise app ({sp_id}) no longer exists in your tenant.",
                ),
                {"sp_id": t.sp_id or "none saved"},
                evidence={"service_principal_id": t.sp_id or ""},
                fix=Fix.RECREATE,
            )
        run.sp = sp
        job = _find_job(run, sp, reads)
        twins = _twins(run, str(sp["id"]), job, reads)
    except WizardError as err:
        return graph_failure("webex_app", err)
    evidence = {"service_principal_id": str(sp["id"]), "app": str(sp.get("displayName") or "")}
    if job is None:
        return make_finding(
            "webex_app",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "The Cisco Webex app exists, but its provisioning job ({job_id}) is gone.",
            ),
            {"job_id": t.job_id or "none saved"},
            evidence=evidence | {"job_id": t.job_id or ""},
            fix=Fix.RECREATE,
        )
    run.job = job
    t.job_id = str(job.get("id"))
    if twins is not None:
        return twins
    return make_finding(
        "webex_app",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "App {sp_id} and provisioning job {job_id} are present."),
        {"sp_id": str(sp["id"]), "job_id": t.job_id},
        evidence=evidence | {"job_id": t.job_id},
    )


_OTHER_APPS = QT_TRANSLATE_NOOP(
    "diagnose",
    "Your tenant has {count} Cisco Webex apps from the Entra app gallery. The wizard uses "
    "{sp_id}, the one in its saved setup; the others ({others}) can provision the same users "
    "to Webex a second time. Delete the others in the Entra admin center (Enterprise "
    "applications > each app by its object ID > Properties > Delete) once you are sure "
    "nothing else uses them.",
)
# The Entra admin center has no control to delete one job of an app; Graph has:
# https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-delete
_OTHER_JOBS = QT_TRANSLATE_NOOP(
    "diagnose",
    "The Cisco Webex app {sp_id} has {count} provisioning jobs. The wizard uses {job_id}, the "
    "one in its saved setup; the others ({others}) provision the same users a second time. "
    "Delete the others, for example in Graph Explorer signed in as an administrator: DELETE "
    "/servicePrincipals/{sp_id}/synchronization/jobs/ followed by each job ID.",
)


def _twins(
    run: CheckRun, sp_id: str, job: dict[str, Any] | None, reads: _Reads
) -> Finding | None:
    """A warning when two setups raced (two computers: the run lock is per computer) and left
    a second gallery app or a second job; None when there is one of each."""
    from wizard.entra.gallery import ProvisioningJob

    if job is None:
        return None
    apps = [
        a.id
        for a in _webex_apps(run, reads)
        if a.matched_by == "template" and a.id != sp_id
    ]
    job_id = str(job.get("id"))
    rows = _app_jobs(run, sp_id, reads)
    jobs = [j.id for j in map(ProvisioningJob.from_graph, rows) if j.id != job_id]
    if not apps and not jobs:
        return None
    evidence = {
        "service_principal_id": sp_id,
        "job_id": job_id,
        "other_apps": ", ".join(apps),
        "other_jobs": ", ".join(jobs),
    }
    # Both at once: the apps first; the next check, once they are gone, names the jobs.
    others = apps or jobs
    return make_finding(
        "webex_app",
        Status.WARNING,
        _OTHER_APPS if apps else _OTHER_JOBS,
        {"count": len(others) + 1, "sp_id": sp_id, "job_id": job_id, "others": ", ".join(others)},
        evidence=evidence,
    )
