"""The fixes of repair mode, each confirmed by re-running the checks; shared by the repair window
and ``webex-scim-wizard repair``.

* :func:`restart_job` — start the job when it is paused, never started, or in quarantine for a
  reason that is now fixed (``start`` clears quarantine; Microsoft warns against calling it while
  the job runs, so a running job is left alone).
* :func:`renew_token` — test a newly captured Webex token (people/me: Full Admin of the same
  org; the SCIM tenant URL), put it into the secret set Entra holds (read first; every other
  setting — scope, notifications, deletion threshold — kept), validate it, restart the job if it was
  quarantined for credentials, then save the new token record in the keyring (through
  :func:`wizard.flows.webex_credentials.save_webex_credentials`, its one writer).
* :func:`consent_request` / :func:`consent_answer` / :func:`verify_consent` — the admin consent
  that restores Cisco Webex Identity Integration: the address (tenant ID, fresh state), reading
  the browser's answer, then polling Graph until the service principal is visible again.
* :func:`restart_job_locked` / :func:`renew_token_locked` — the two fixes that write, holding
  the profile's run lock, for the repair window. The CLI's ``repair`` holds the same lock for the
  whole command (:mod:`wizard.cli.commands`) and calls the plain fixes: the lock is not
  re-entrant.

Rule for all of them: never change anything during an outage. Each fix first makes a read
against the service it is about to change (and Webex, whose answers decide the job's fate); a
5xx/timeout there raises :meth:`RepairError.outage` before any write.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wizard.core.endpoints import Endpoints
from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.core.paths import Profile
from wizard.core.runlock import profile_lock
from wizard.diagnose import (
    Finding,
    Fix,
    RepairError,
    RepairTarget,
    Report,
    Status,
    credentials_quarantine,
    is_outage,
)
from wizard.entra.consent import (
    CONSENT_BACKOFF,
    ConsentError,
    ConsentRequest,
    ConsentResult,
    admin_consent_url,
    parse_redirect,
    wait_for_service_principal,
)
from wizard.entra.graph import GraphClient
from wizard.entra.sync.credentials import (
    save_secrets,
    settings_from_record,
    validate_credentials,
)
from wizard.entra.sync.jobs import JobStatus, get_job, start_job
from wizard.entra.waits import Backoff
from wizard.flows.diagnostics import run_checks, services_for
from wizard.flows.services import Services
from wizard.flows.webex_credentials import WebexToken, save_webex_credentials
from wizard.storage.secrets import SecretStore, TokenRecord

log = logging.getLogger("wizard.flows.repair")

__all__ = [
    "CONFIRMED_BY",
    "ConsentError",
    "ConsentRequest",
    "RepairResult",
    "consent_answer",
    "consent_request",
    "consent_request_for",
    "renew_token",
    "renew_token_locked",
    "restart_job",
    "restart_job_locked",
    "verify_consent",
    "wait_for_identity_integration",
]

#: Which check confirms which fix.
CONFIRMED_BY = {
    Fix.RESTART_JOB: "job_state",
    Fix.RENEW_TOKEN: "webex_token",
    Fix.RECONSENT: "identity_integration",
}


@dataclass
class RepairResult:
    """What a fix did, in one sentence (English, context "repair"), and the checks after it."""

    fix: Fix
    changed: bool
    message: str
    report: Report

    @property
    def finding(self) -> Finding:
        return self.report.get(CONFIRMED_BY.get(self.fix, "config"))

    @property
    def ok(self) -> bool:
        return self.finding.status in (Status.OK, Status.WARNING)

    def to_json(self) -> dict[str, Any]:
        return {
            "fix": self.fix.value,
            "changed": self.changed,
            "message": self.message,
            "check": self.finding.to_json(),
            "report": self.report.to_json(),
        }


def _sp_and_job(target: RepairTarget) -> tuple[str, str]:
    if not target.sp_id or not target.job_id:
        raise RepairError.no_job()
    return target.sp_id, target.job_id


def _guard_webex(target: RepairTarget, session: Any, token: str | None = None) -> None:
    """Raise :meth:`RepairError.outage` when Webex answers 5xx/timeouts (401 is fine here)."""
    from wizard.webex.people import get_me

    raw = token or (target.token.token if target.token else None)
    if not raw:
        return
    try:
        get_me(session, target.endpoints, raw)
    except WizardError as err:
        if is_outage(err):
            raise RepairError.outage("Webex", err) from None


def _read_job(graph: GraphClient, sp_id: str, job_id: str) -> dict[str, Any]:
    try:
        return get_job(graph, sp_id, job_id)
    except WizardError as err:
        if is_outage(err):
            raise RepairError.outage("Microsoft Graph", err) from None
        raise


def _record(target: RepairTarget, action: str, subject: str, **detail: Any) -> None:
    """Append to the state file's history (best effort: the tenant is the truth)."""
    if target.profile is None:
        return
    from wizard.storage.statefile import StateFile, StateFileError, WizardState

    state_file = StateFile.for_profile(target.profile)
    try:
        state = state_file.load() or WizardState()
        state.tenant_id = target.tenant_id
        state.org_id = target.org_id
        state.service_principal_id = target.sp_id or state.service_principal_id
        state.job_id = target.job_id or state.job_id
        state.record(action, subject, **detail)
        state_file.save(state)
    except StateFileError as err:
        log.warning("could not record %s in the state file: %s", action, err.summary())


# ------------------------------------------------------------------------------ restart job
def restart_job(
    target: RepairTarget, graph: GraphClient, *, session: Any = None
) -> RepairResult:
    """Start the job when paused / never started / quarantined; leave a running job alone."""
    session = session if session is not None else graph.session
    sp_id, job_id = _sp_and_job(target)
    job = _read_job(graph, sp_id, job_id)
    status = JobStatus.from_graph(job)
    if status.running and not status.quarantined:
        message = QT_TRANSLATE_NOOP("repair", "The job is already running; it was not restarted.")
        changed = False
    else:
        _guard_webex(target, session)
        start_job(graph, sp_id, job_id)
        _record(target, "job.restarted", job_id, status=status.code)
        changed = True
        message = QT_TRANSLATE_NOOP("repair", "The provisioning job was started again.")
    log.info("restart_job: %s (was %s)", "started" if changed else "left alone", status.code)
    report = run_checks(target, session=session, graph=graph)
    return RepairResult(Fix.RESTART_JOB, changed, message, report)


# ------------------------------------------------------------------------------ renew token
#: (job restarted, Entra let us read its settings) -> what renew_token says.
_RENEWED = {
    (True, True): QT_TRANSLATE_NOOP(
        "repair", "The new Webex token is saved in Entra ID and the job was restarted."
    ),
    (False, True): QT_TRANSLATE_NOOP("repair", "The new Webex token is saved in Entra ID."),
    (True, False): QT_TRANSLATE_NOOP(
        "repair",
        "The new Webex token is saved in Entra ID and the job was restarted. Entra did not let "
        "the wizard read its other provisioning settings, so those the wizard saved last were kept.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "repair",
        "The new Webex token is saved in Entra ID. Entra did not let the wizard read its other "
        "provisioning settings, so those the wizard saved last were kept.",
    ),
}


def renew_token(
    target: RepairTarget,
    graph: GraphClient,
    new_token: WebexToken,
    store: Services | SecretStore | None,
    *,
    session: Any = None,
    notify_on_failure: bool = True,
) -> RepairResult:
    """Replace the Webex token everywhere it is used (see the module docstring).

    *store* is where the token record is kept: the run's :class:`Services`, a secret store, or
    None (not kept). Raises the typed error of the step that refused the token (wrong org, not
    Full Admin, tenant URL refused, Entra's validation) before anything is saved, or
    :meth:`RepairError.outage`.
    """
    session = session if session is not None else graph.session
    sp_id, job_id = _sp_and_job(target)
    if not target.tenant_url:
        raise RepairError.nothing_stored(target.profile.name if target.profile else "?")
    # 1. The new token, tested before anything is changed.
    url = _test_new_token(target, session, new_token)
    job = _read_job(graph, sp_id, job_id)
    was_credentials_quarantine = JobStatus.from_graph(job).quarantined and credentials_quarantine(job)
    # 2. Entra's secrets: the new token into the set Entra holds, every other setting kept.
    read_from_entra = _give_to_entra(target, graph, url, new_token, notify_on_failure)
    # 3. Validate what Entra saved, then restart a job quarantined for credentials.
    validate_credentials(graph, sp_id, tenant_url=url, token=None, job_id=job_id)
    if was_credentials_quarantine:
        start_job(graph, sp_id, job_id)
        _record(target, "job.restarted", job_id, status="Quarantine")
    # 4. Only now the keyring: it must never hold a token Entra does not use.
    _keep_token(target, store, new_token)
    _record(target, "token.renewed", sp_id)
    message = _RENEWED[(was_credentials_quarantine, read_from_entra)]
    report = run_checks(target, session=session, graph=graph)
    return RepairResult(Fix.RENEW_TOKEN, True, message, report)


def _test_new_token(target: RepairTarget, session: Any, new_token: WebexToken) -> str:
    """The tenant URL, once the new token proved to be a Full Admin's of the same org that the
    tenant URL accepts. Raises the refusal's typed error, or an outage."""
    from wizard.webex import scim
    from wizard.webex.errors import WebexApiError
    from wizard.webex.people import get_me, require_full_admin

    if not target.tenant_url:
        raise ValueError("renewing the token needs the saved tenant URL")
    try:
        person = require_full_admin(get_me(session, target.endpoints, new_token))
        if person.org_id != target.org_id.lower():
            raise WebexApiError.bad_response(
                f"The new token belongs to Webex organization {person.org_id}, not {target.org_id}",
                {},
            )
        url = scim.validate_tenant_url(target.tenant_url, target.endpoints)
        scim.probe_tenant_url(session, url, new_token)
    except WizardError as err:
        if is_outage(err):
            raise RepairError.outage("Webex", err) from None
        raise
    return url


def _give_to_entra(
    target: RepairTarget, graph: GraphClient, url: str, new_token: WebexToken, notify_on_failure: bool
) -> bool:
    """Test the new token, then save it into Entra's set, keeping every other setting (scope,
    notifications, deletion threshold). False when Entra refused to let us read its set and
    the settings the wizard saved last were kept instead."""
    sp_id, job_id = _sp_and_job(target)
    email = target.notification_email or ""
    validate_credentials(graph, sp_id, tenant_url=url, token=new_token.access_token, job_id=job_id)
    owned = {
        "tenant_url": url,
        "token": new_token.access_token,
        "email": email,
        "notify_on_failure": (notify_on_failure and bool(email)) if email else None,
    }
    saved = save_secrets(
        graph, sp_id, owned, fallback=settings_from_record(target.saved_settings)
    )
    _record(
        target,
        "secrets.saved",
        sp_id,
        tenant_url=url,
        notification_email=email,
        settings=json.dumps(saved.settings),
    )
    return saved.read_from_entra


def _keep_token(target: RepairTarget, store: Services | SecretStore | None, token: WebexToken) -> None:
    """The new token record into *store* (raising the keyring's error) and onto the target."""
    if store is not None:
        services = store if isinstance(store, Services) else services_for(target, store)
        saved = save_webex_credentials(services, target.tenant_id, target.org_id, token)
        if saved.error is not None:
            raise saved.error
    target.token = TokenRecord.from_webex(token)


# ------------------------------------------------------------------------------ run lock
# The fixes that change the tenant, holding the profile's run lock as Apply does (the repair
# window; the CLI's repair holds it for its whole run): a second run meanwhile gets
# RunLockError.busy and nothing is changed; no profile, nothing to lock.
def restart_job_locked(
    profile: Profile | None, target: RepairTarget, graph: GraphClient
) -> RepairResult:
    with profile_lock(profile, "repair"):
        return restart_job(target, graph)


def renew_token_locked(
    profile: Profile | None,
    target: RepairTarget,
    graph: GraphClient,
    new_token: WebexToken,
    store: Services | SecretStore | None,
) -> RepairResult:
    with profile_lock(profile, "repair"):
        return renew_token(target, graph, new_token, store)


# ------------------------------------------------------------------------------ consent
def consent_request(target: RepairTarget) -> ConsentRequest:
    """The admin-consent address for the target's tenant (its ID, never "common"), with a fresh
    state: https://learn.microsoft.com/entra/identity-platform/v2-admin-consent"""
    return consent_request_for(target.endpoints, target.tenant_id)


def consent_request_for(endpoints: Endpoints, tenant_id: str) -> ConsentRequest:
    """:func:`consent_request` before anything is saved (pre-flight: the signed-in tenant)."""
    return admin_consent_url(endpoints, tenant_id)


def consent_answer(request: ConsentRequest, url: str) -> ConsentResult:
    """The browser's answer: state checked first, then ``error`` (Entra keeps
    ``admin_consent=True`` on errors), then ``admin_consent``. A decline raises
    :class:`ConsentError` with the AADSTS reason; nothing was changed then."""
    return parse_redirect(request, url)


def wait_for_identity_integration(
    graph: GraphClient,
    timeout: float = CONSENT_BACKOFF.limit,
    *,
    should_stop: Callable[[], bool] = lambda: False,
) -> dict[str, Any]:
    """Poll until Cisco Webex Identity Integration's service principal is visible after the
    consent; an outage is :meth:`RepairError.outage`, a timeout :meth:`ConsentError.not_visible`."""
    backoff = Backoff(CONSENT_BACKOFF.initial, CONSENT_BACKOFF.factor, CONSENT_BACKOFF.cap, timeout)
    try:
        return wait_for_service_principal(graph, backoff=backoff, should_stop=should_stop)
    except ConsentError:
        raise
    except WizardError as err:
        if is_outage(err):
            raise RepairError.outage("Microsoft Graph", err) from None
        raise


def verify_consent(
    target: RepairTarget,
    graph: GraphClient,
    timeout: float = CONSENT_BACKOFF.limit,
    *,
    session: Any = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> RepairResult:
    """Poll until Cisco Webex Identity Integration is visible, then re-run the checks.

    Raises :meth:`ConsentError.not_visible` when it does not appear within *timeout* seconds.
    """
    session = session if session is not None else graph.session
    sp = wait_for_identity_integration(graph, timeout, should_stop=should_stop)
    _record(target, "consent.restored", str(sp.get("id")))
    report = run_checks(target, session=session, graph=graph)
    return RepairResult(
        Fix.RECONSENT,
        True,
        QT_TRANSLATE_NOOP("repair", "Cisco Webex Identity Integration is back in your tenant."),
        report,
    )
