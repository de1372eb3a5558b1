"""Repair-mode diagnostics: check the whole Entra -> Webex provisioning chain, in order.

Why a module of its own (no Qt): the GUI's repair page, ``webex-scim-wizard check`` (a scheduled
task that warns before the token expires) and the tests all run the same checks and read the
same :class:`Report`. Admins come back after an outage (Control Hub's "Azure AD integration
error. The request was unauthorized", seeds 000-002), or when users stop arriving, and neither
Entra nor Control Hub says why; these checks do.

The eight checks, in order, and what depends on what (a dependant of a check that did not pass
is reported ``skipped``, never ``failed``: the cause is already on screen):

1. ``config`` — stored configuration and secrets present and readable (keyring usable);
2. ``webex_token`` — expiry (warning 14 days ahead), still accepted by people/me, still Full
   Admin, same org (needs 1);
3. ``scim`` — the SCIM tenant URL answers with the token (needs 2);
4. ``microsoft_signin`` — Microsoft sign-in possible silently from the cached sign-in (needs 1);
5. ``identity_integration`` — Cisco Webex Identity Integration's service principal exists: its
   absence is exactly the seeds' 401/701018 outage (needs 4);
6. ``webex_app`` — the "Cisco Webex" service principal and its provisioning job exist (needs 4);
7. ``job_state`` — Active / Paused / Quarantine (+ reason) / NotConfigured, last successful
   run, consecutive failures (needs 6);
8. ``credentials`` — Entra's ``validateCredentials`` with the saved credentials (needs 3 and 6).

A 5xx, throttling or timeout from Webex or Graph is ``unknown`` with "on their side, nothing
changed, retry later" (fix ``retry_later``). Exit codes (:meth:`Report.exit_code`): 0 all ok,
1 warnings only, 2 anything failed **or unknown** — an outage means provisioning could not be
confirmed to work, and a scheduled task must not stay silent about that.

Titles and findings are English, marked for translation (context ``diagnose``); ``finding`` has
its parameters filled in, and ``template``/``params`` are kept so the GUI can translate. Nothing
here contains a secret: the token is shown masked, its expiry date is fine.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import quote

import requests

from wizard.core.endpoints import IDENTITY_INTEGRATION_APP_ID, Endpoints
from wizard.core.errors import QT_TRANSLATE_NOOP, NetworkError, WizardError
from wizard.core.logs import redact
from wizard.core.paths import Profile
from wizard.storage.secrets import KeyringError, Pair, SecretStore, TokenRecord, known_pairs

log = logging.getLogger("wizard.diagnose.checks")

#: Warn this long before the Webex token expires (issue 6).
EXPIRY_WARNING_DAYS = 14


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"
    UNKNOWN = "unknown"
    SKIPPED = "skipped"


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


# ------------------------------------------------------------------------------------ errors
class RepairError(WizardError):
    @classmethod
    def nothing_stored(cls, profile: str) -> RepairError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Nothing is saved for repair yet."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "No Entra tenant and Webex organization were found in the keyring of profile "
                "'{profile}'. Repair and check work from what setup saved.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Run setup first (webex-scim-wizard, or webex-scim-wizard setup)."
            ),
            params={"profile": profile},
            code="repair.nothing_stored",
        )

    @classmethod
    def ambiguous(cls, pairs: str) -> RepairError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Several Entra tenant + Webex org pairs are saved."),
            why=QT_TRANSLATE_NOOP("errors", "The wizard cannot guess which one to use: {pairs}."),
            fix=QT_TRANSLATE_NOOP("errors", "Choose one with --profile TENANT:ORG."),
            params={"pairs": pairs},
            code="config.ambiguous_profile",
        )

    @classmethod
    def unknown_pair(cls, wanted: str, pairs: str) -> RepairError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Nothing is saved for {wanted}."),
            why=QT_TRANSLATE_NOOP("errors", "The saved pairs are: {pairs}."),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Give one of them with --profile TENANT:ORG (or run setup for it)."
            ),
            params={"wanted": wanted, "pairs": pairs or "none"},
            code="config.unknown_profile",
        )

    @classmethod
    def outage(cls, service: str, cause: WizardError) -> RepairError:
        return cls(
            what=QT_TRANSLATE_NOOP(
                "errors", "{service} is not answering normally; nothing was changed."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The problem is on their side ({code}). Changing the configuration now could "
                "make things worse, so the fix was not started.",
            ),
            fix=QT_TRANSLATE_NOOP("errors", "Retry later."),
            params={"service": service, "code": cause.code},
            correlation=dict(cause.correlation),
            code="repair.outage",
            transient=True,
        )


# ------------------------------------------------------------------------------------ data
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


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


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
        marks = {
            Status.OK: "[ OK ]",
            Status.WARNING: "[WARN]",
            Status.FAILED: "[FAIL]",
            Status.UNKNOWN: "[ ?? ]",
            Status.SKIPPED: "[SKIP]",
        }
        lines = [f"Webex provisioning check {self.started_at} - overall: {self.overall().value}"]
        for n, f in enumerate(self.findings, 1):
            lines.append(f"{marks[f.status]} {n}. {f.title}: {f.finding}")
            for key, value in f.evidence.items():
                lines.append(f"         {key}: {value}")
            if f.fix is not Fix.NONE:
                lines.append(f"         fix: {f.fix.value}")
            if f.error is not None and f.error.correlation:
                ids = ", ".join(f"{k}: {v}" for k, v in sorted(f.error.correlation.items()))
                lines.append(f"         ids: {ids}")
        return redact("\n".join(lines))


@dataclass
class RepairTarget:
    """What is stored for one Entra tenant + Webex org pair: all a check or a fix needs."""

    endpoints: Endpoints
    tenant_id: str
    org_id: str
    sp_id: str | None = None
    job_id: str | None = None
    tenant_url: str | None = None
    token: TokenRecord | None = None
    profile: Profile | None = None
    store: SecretStore | None = field(default=None, repr=False)
    #: Notification recipient saved by setup (Graph never reads secrets back), if known.
    notification_email: str | None = None
    #: A problem met while loading (state file unreadable...), reported by check 1.
    load_problem: WizardError | None = None


def _pair_text(pairs: list[Pair]) -> str:
    return ", ".join(f"{p.tenant_id}:{p.org_id}" for p in pairs)


def load_target(
    profile: Profile,
    endpoints: Endpoints,
    *,
    store: SecretStore | None = None,
    pair: str | Pair | None = None,
) -> RepairTarget:
    """Read the pair's secrets (keyring) and ids (state file); :class:`RepairError` if none.

    ``pair`` is ``"TENANT:ORG"`` (``--profile``) or a :class:`~wizard.storage.secrets.Pair`; needed only
    when several pairs are saved. Keyring errors propagate as :class:`KeyringError`.
    """
    from wizard.storage.secrets import SecretSet, open_store
    from wizard.storage.statefile import StateFile, StateFileError

    store = store if store is not None else open_store(profile)
    pairs = known_pairs(store)
    if not pairs:
        raise RepairError.nothing_stored(profile.name)
    if isinstance(pair, str):
        tenant, _, org = pair.partition(":")
        wanted = (tenant.strip().lower(), org.strip().lower())
        chosen = [p for p in pairs if (p.tenant_id, p.org_id) == wanted]
        if not chosen:
            raise RepairError.unknown_pair(pair, _pair_text(pairs))
    elif isinstance(pair, Pair):
        chosen = [
            p
            for p in pairs
            if (p.tenant_id, p.org_id) == (pair.tenant_id.lower(), pair.org_id.lower())
        ]
        if not chosen:
            raise RepairError.unknown_pair(f"{pair.tenant_id}:{pair.org_id}", _pair_text(pairs))
    elif len(pairs) > 1:
        raise RepairError.ambiguous(_pair_text(pairs))
    else:
        chosen = pairs
    picked = chosen[0]
    saved = SecretSet(store, picked.tenant_id, picked.org_id).load()
    target = RepairTarget(
        endpoints=endpoints.replace(entra_tenant=picked.tenant_id),
        tenant_id=picked.tenant_id,
        org_id=saved.org_id or picked.org_id,
        tenant_url=saved.tenant_url,
        token=saved.token,
        profile=profile,
        store=store,
    )
    try:
        state = StateFile.for_profile(profile).load()
    except StateFileError as err:
        target.load_problem = err
        state = None
    if state is not None and (state.tenant_id or "").lower() == picked.tenant_id:
        target.sp_id = state.service_principal_id
        target.job_id = state.job_id
        target.notification_email = notification_email_of(state)
    return target


def notification_email_of(state: Any) -> str | None:
    """The latest ``notification_email`` a recorded change carries (setup or renew_token)."""
    for change in reversed(getattr(state, "history", []) or []):
        value = change.detail.get("notification_email")
        if isinstance(value, str):
            return value
    return None


# ------------------------------------------------------------------------------------ running
@dataclass
class _Run:
    target: RepairTarget
    session: requests.Session
    graph: Any
    findings: dict[str, Finding] = field(default_factory=dict)
    sp: dict[str, Any] | None = None
    job: dict[str, Any] | None = None


def _finding(
    check_id: str,
    status: Status,
    template: str,
    params: dict[str, Any] | None = None,
    *,
    evidence: dict[str, str] | None = None,
    fix: Fix = Fix.NONE,
    error: WizardError | None = None,
) -> Finding:
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


def _is_outage(err: BaseException) -> bool:
    if isinstance(err, NetworkError):
        return err.code in ("net.timeout", "net.unreachable") or err.transient
    if isinstance(err, WizardError):
        return err.transient
    return False


def _outage(check_id: str, service: str, err: WizardError) -> Finding:
    return _finding(
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


def _date(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _mask(token: str) -> str:
    return f"{token[:4]}…{token[-4:]}" if len(token) >= 16 else "…"


def _check_config(run: _Run) -> Finding:
    t = run.target
    from wizard.storage.secrets import SecretSet

    evidence = {"tenant_id": t.tenant_id, "org_id": t.org_id}
    if t.store is not None:
        try:
            saved = SecretSet(t.store, t.tenant_id, t.org_id).load()
        except KeyringError as err:
            return _finding(
                "config",
                Status.FAILED,
                QT_TRANSLATE_NOOP("diagnose", "The saved secrets cannot be read: {what}"),
                {"what": err.summary()},
                evidence=evidence,
                error=err,
            )
        t.token, t.tenant_url = saved.token, saved.tenant_url
    if t.token is None:
        return _finding(
            "config",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "No Webex token is saved for this organization."),
            evidence=evidence,
            fix=Fix.RENEW_TOKEN,
        )
    if not t.tenant_url:
        return _finding(
            "config",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "No SCIM tenant URL is saved for this organization."),
            evidence=evidence,
            fix=Fix.RECREATE,
        )
    evidence["tenant_url"] = t.tenant_url
    if t.load_problem is not None:
        return _finding(
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
    return _finding(
        "config",
        Status.OK,
        QT_TRANSLATE_NOOP(
            "diagnose",
            "Secrets for tenant {tenant} and Webex organization {org} are saved and readable.",
        ),
        {"tenant": t.tenant_id, "org": t.org_id},
        evidence=evidence,
    )


def _check_webex_token(run: _Run) -> Finding:
    from wizard.webex.people import get_me

    t = run.target
    assert t.token is not None
    record = t.token
    evidence = {"token": _mask(record.token), "expires": _date(record.expires_at)}
    now = time.time()
    if record.expires_at <= now:
        return _finding(
            "webex_token",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "The Webex token expired on {date}. Entra cannot provision users with it.",
            ),
            {"date": _date(record.expires_at)},
            evidence=evidence,
            fix=Fix.RENEW_TOKEN,
        )
    try:
        person = get_me(run.session, t.endpoints, record.token)
    except WizardError as err:
        if _is_outage(err):
            return _outage("webex_token", "Webex", err)
        if getattr(err, "status", 0) in (401, 403):
            return _finding(
                "webex_token",
                Status.FAILED,
                QT_TRANSLATE_NOOP(
                    "diagnose",
                    "Webex no longer accepts the saved token (revoked or signed out): {what}",
                ),
                {"what": err.summary()},
                evidence=evidence,
                fix=Fix.RENEW_TOKEN,
                error=err,
            )
        return _finding(
            "webex_token",
            Status.FAILED,
            "{what}",
            {"what": err.summary()},
            evidence=evidence,
            error=err,
        )
    evidence.update({"account": person.email or person.display_name, "org_id": person.org_id})
    if person.org_id != t.org_id.lower():
        return _finding(
            "webex_token",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose", "The token belongs to Webex organization {got}, not {want}."
            ),
            {"got": person.org_id, "want": t.org_id},
            evidence=evidence,
            fix=Fix.RENEW_TOKEN,
        )
    if not person.full_admin:
        return _finding(
            "webex_token",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose", "{account} is no longer a Full Administrator of the Webex organization."
            ),
            {"account": person.email or person.display_name},
            evidence=evidence | {"roles": ", ".join(person.roles) or "none"},
            fix=Fix.RENEW_TOKEN,
        )
    days = (record.expires_at - now) / 86400
    if days <= EXPIRY_WARNING_DAYS:
        return _finding(
            "webex_token",
            Status.WARNING,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "The Webex token expires on {date} (in {days} days). Renew it before then.",
            ),
            {"date": _date(record.expires_at), "days": f"{days:.0f}"},
            evidence=evidence,
            fix=Fix.RENEW_TOKEN,
        )
    return _finding(
        "webex_token",
        Status.OK,
        QT_TRANSLATE_NOOP(
            "diagnose", "Accepted by Webex for {account} (Full Administrator); expires on {date}."
        ),
        {"account": person.email or person.display_name, "date": _date(record.expires_at)},
        evidence=evidence,
    )


def _check_scim(run: _Run) -> Finding:
    from wizard.webex import scim

    t = run.target
    assert t.token is not None and t.tenant_url
    try:
        url = scim.validate_tenant_url(t.tenant_url, t.endpoints)
        probe = scim.probe_tenant_url(run.session, url, t.token.token)
    except WizardError as err:
        if _is_outage(err):
            return _outage("scim", "Webex SCIM", err)
        status = getattr(err, "status", 0)
        fix = Fix.RENEW_TOKEN if status in (401, 403) else Fix.RECREATE
        return _finding(
            "scim",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "The tenant URL did not accept the token: {what}"),
            {"what": err.summary()},
            evidence={"tenant_url": t.tenant_url, "code": err.code},
            fix=fix,
            error=err,
        )
    return _finding(
        "scim",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "{url} answers with the saved token."),
        {"url": probe.tenant_url},
        evidence={"tenant_url": probe.tenant_url, "trackingId": probe.tracking_id},
    )


def sign_in_silently(target: RepairTarget, session: Any) -> Any:
    """A :class:`~wizard.entra.graph.GraphClient` from the saved Microsoft sign-in, or None when
    the admin must sign in interactively. Network/service errors propagate."""
    from wizard.entra.auth import GraphAuth
    from wizard.entra.graph import GraphClient, SignedInTokens
    from wizard.storage.secrets import load_msal_cache, save_msal_cache

    if target.store is None:
        return None
    cache = load_msal_cache(target.store, target.tenant_id)
    auth = GraphAuth(target.endpoints, session, cache)
    signed = auth.acquire_silent()
    if signed is None:
        return None
    store, tenant = target.store, target.tenant_id

    def persist(_fresh: Any = None) -> None:
        try:
            save_msal_cache(store, tenant, cache)
        except KeyringError as err:  # the sign-in still works for this run
            log.warning("could not save the refreshed Microsoft sign-in: %s", err.summary())

    persist()
    graph = GraphClient(target.endpoints.graph_base, session, SignedInTokens(auth, signed, persist))
    graph.signed_in = signed  # type: ignore[attr-defined]
    return graph


def _check_signin(run: _Run) -> Finding:
    t = run.target
    if run.graph is not None:
        signed = getattr(run.graph, "signed_in", None) or getattr(
            getattr(run.graph, "tokens", None), "sign_in", None
        )
        user = getattr(signed, "username", "") if signed is not None else ""
        return _finding(
            "microsoft_signin",
            Status.OK,
            QT_TRANSLATE_NOOP("diagnose", "Signed in to Microsoft as {user}."),
            {"user": user or "?"},
            evidence={"account": user, "tenant_id": t.tenant_id},
        )
    try:
        graph = sign_in_silently(t, run.session)
    except WizardError as err:
        if _is_outage(err) or err.code.startswith("signin.service"):
            return _outage("microsoft_signin", "Microsoft sign-in", err)
        return _finding(
            "microsoft_signin",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "The saved Microsoft sign-in cannot be used: {what}"),
            {"what": err.summary()},
            fix=Fix.SIGN_IN,
            error=err,
        )
    if graph is None:
        return _finding(
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
    signed = graph.signed_in
    if signed.tenant_id and signed.tenant_id.lower() != t.tenant_id.lower():
        return _finding(
            "microsoft_signin",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "The saved sign-in belongs to tenant {got}, not {want}."),
            {"got": signed.tenant_id, "want": t.tenant_id},
            fix=Fix.SIGN_IN,
        )
    run.graph = graph
    return _finding(
        "microsoft_signin",
        Status.OK,
        QT_TRANSLATE_NOOP(
            "diagnose", "Signed in to Microsoft as {user} without asking (saved sign-in)."
        ),
        {"user": signed.username},
        evidence={"account": signed.username, "tenant_id": t.tenant_id},
    )


def _graph_failure(check_id: str, err: WizardError, fix: Fix = Fix.NONE) -> Finding:
    if _is_outage(err):
        return _outage(check_id, "Microsoft Graph", err)
    return _finding(check_id, Status.FAILED, "{what}", {"what": err.summary()}, fix=fix, error=err)


def _check_identity(run: _Run) -> Finding:
    from wizard.entra.consent import find_service_principal

    try:
        sp = find_service_principal(run.graph)
    except WizardError as err:
        return _graph_failure("identity_integration", err)
    if sp is None:
        return _finding(
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
    return _finding(
        "identity_integration",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "Present (service principal {sp_id})."),
        {"sp_id": str(sp.get("id"))},
        evidence={"appId": IDENTITY_INTEGRATION_APP_ID, "servicePrincipal": str(sp.get("id"))},
    )


def _find_app(run: _Run) -> dict[str, Any] | None:
    from wizard.entra import gallery
    from wizard.entra.graph import GraphNotFound, sp_path

    t = run.target
    if t.sp_id:
        try:
            return run.graph.get(
                sp_path(t.sp_id),
                operation=QT_TRANSLATE_NOOP("errors", "reading the Cisco Webex app"),
                params={"$select": gallery.SP_SELECT},
            )
        except GraphNotFound:
            return None
    try:
        template = gallery.find_template(run.graph)
    except gallery.GalleryError:
        template = None
    apps = gallery.match_webex_apps(gallery.list_service_principals(run.graph), template)
    if not apps:
        return None
    t.sp_id = apps[0].id
    return {"id": apps[0].id, "displayName": apps[0].display_name}


def _check_webex_app(run: _Run) -> Finding:
    from wizard.entra.graph import GraphNotFound, sp_path

    t = run.target
    try:
        sp = _find_app(run)
        if sp is None:
            return _finding(
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
        base = f"{sp_path(str(sp['id']))}/synchronization/jobs"
        job: dict[str, Any] | None = None
        if t.job_id:
            try:
                job = run.graph.get(
                    f"{base}/{quote(t.job_id, safe='')}",
                    operation=QT_TRANSLATE_NOOP("errors", "reading the provisioning job"),
                )
            except GraphNotFound:
                job = None
        else:
            jobs = run.graph.get_all(
                base, operation=QT_TRANSLATE_NOOP("errors", "reading the app's provisioning job")
            )
            job = jobs[0] if len(jobs) == 1 else None
    except WizardError as err:
        return _graph_failure("webex_app", err)
    evidence = {"service_principal_id": str(sp["id"]), "app": str(sp.get("displayName") or "")}
    if job is None:
        return _finding(
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
    return _finding(
        "webex_app",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "App {sp_id} and provisioning job {job_id} are present."),
        {"sp_id": str(sp["id"]), "job_id": t.job_id},
        evidence=evidence | {"job_id": t.job_id},
    )


CREDENTIAL_MARKERS = ("credential", "unauthorized", "secrettoken", "401")


def credentials_quarantine(job: dict[str, Any]) -> bool:
    """Quarantined because the target rejected the credentials (research §2.7)."""
    q = (job.get("status") or {}).get("quarantine") or {}
    error = q.get("error") or {}
    text = f"{error.get('code', '')} {error.get('message', '')}".lower()
    return any(m in text for m in CREDENTIAL_MARKERS)


def _check_job_state(run: _Run) -> Finding:
    job = run.job or {}
    status = job.get("status") or {}
    code = str(status.get("code") or "Unknown")
    schedule = str((job.get("schedule") or {}).get("state") or "")
    last_ok = (status.get("lastSuccessfulExecution") or {}).get("timeEnded") or ""
    failures = int(status.get("countSuccessiveCompleteFailures") or 0)
    quarantine = status.get("quarantine") or {}
    q_error = quarantine.get("error") or {}
    evidence = {
        "status": code,
        "schedule": schedule,
        "last_successful_run": str(last_ok or "never"),
        "consecutive_failures": str(failures),
        "quarantine_reason": str(quarantine.get("reason") or ""),
        "quarantine_error": str(q_error.get("code") or ""),
        "quarantined_since": str(quarantine.get("seriesBegan") or ""),
    }
    if code == "Quarantine":
        webex_ok = all(
            run.findings.get(c) is not None
            and run.findings[c].status in (Status.OK, Status.WARNING)
            for c in ("webex_token", "scim")
        )
        creds = credentials_quarantine(job)
        fix = Fix.RENEW_TOKEN if creds and not webex_ok else Fix.RESTART_JOB
        return _finding(
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
    if code == "Paused" or schedule == "Paused":
        return _finding(
            "job_state",
            Status.WARNING,
            QT_TRANSLATE_NOOP("diagnose", "The job is paused: nobody is provisioned."),
            evidence=evidence,
            fix=Fix.RESTART_JOB,
        )
    if code == "NotConfigured" or schedule == "Disabled":
        return _finding(
            "job_state",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "The job was never started."),
            evidence=evidence,
            fix=Fix.RESTART_JOB,
        )
    if failures:
        return _finding(
            "job_state",
            Status.WARNING,
            QT_TRANSLATE_NOOP("diagnose", "The job is {code}, but its last {count} runs failed."),
            {"code": code, "count": failures},
            evidence=evidence,
            fix=Fix.RETRY_LATER,
        )
    return _finding(
        "job_state",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "The job is {code}; last successful run {last}."),
        {"code": code, "last": last_ok or "not yet"},
        evidence=evidence,
    )


def _check_credentials(run: _Run) -> Finding:
    from wizard.entra.graph import GraphBadRequest, sp_path

    t = run.target
    assert run.sp is not None and t.job_id
    try:
        run.graph.post(
            f"{sp_path(str(run.sp['id']))}/synchronization/jobs/{quote(t.job_id, safe='')}/validateCredentials",
            {"useSavedCredentials": True},
            operation=QT_TRANSLATE_NOOP("errors", "testing the saved credentials"),
        )
    except GraphBadRequest as err:
        return _finding(
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
        return _graph_failure("credentials", err)
    return _finding(
        "credentials",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "Entra connected to Webex with the saved credentials."),
    )


_RUNNERS: dict[str, Callable[[_Run], Finding]] = {
    "config": _check_config,
    "webex_token": _check_webex_token,
    "scim": _check_scim,
    "microsoft_signin": _check_signin,
    "identity_integration": _check_identity,
    "webex_app": _check_webex_app,
    "job_state": _check_job_state,
    "credentials": _check_credentials,
}


def _skipped(check_id: str, because: str) -> Finding:
    return _finding(
        check_id,
        Status.SKIPPED,
        QT_TRANSLATE_NOOP("diagnose", 'Not checked: "{because}" did not pass.'),
        {"because": CHECKS[because]},
    )


def run_checks(
    target: RepairTarget,
    *,
    session: Any = None,
    graph: Any = None,
    should_stop: Callable[[], bool] = lambda: False,
    on_progress: Callable[[int, int, Finding], None] | None = None,
) -> Report:
    """Run the eight checks in order; never raises for what it finds (bugs aside).

    ``graph``: a signed-in :class:`~wizard.entra.graph.GraphClient` (the GUI after an
    interactive sign-in); otherwise check 4 signs in silently from the saved cache.
    ``on_progress(done, total, finding)`` is called after each check, in the calling thread.
    ``should_stop()`` turning true marks the remaining checks skipped.
    """
    from wizard.core.http import make_session

    session = session if session is not None else make_session(target.endpoints.ca_bundle)
    run = _Run(target, session, graph)
    started = utc_now()
    total = len(CHECKS)
    for n, check_id in enumerate(CHECKS, 1):
        blocker = next(
            (
                d
                for d in DEPENDS[check_id]
                if run.findings[d].status not in (Status.OK, Status.WARNING)
            ),
            None,
        )
        if should_stop():
            finding = _finding(
                check_id,
                Status.SKIPPED,
                QT_TRANSLATE_NOOP("diagnose", "Not checked: the check was cancelled."),
            )
        elif blocker is not None:
            finding = _skipped(check_id, blocker)
        else:
            try:
                finding = _RUNNERS[check_id](run)
            except WizardError as err:  # an error a runner did not classify: still a finding
                finding = (
                    _outage(check_id, "The service", err)
                    if _is_outage(err)
                    else _finding(
                        check_id, Status.FAILED, "{what}", {"what": err.summary()}, error=err
                    )
                )
        run.findings[check_id] = finding
        log.info("check %s: %s (fix %s)", check_id, finding.status.value, finding.fix.value)
        if on_progress is not None:
            on_progress(n, total, finding)
    return Report(list(run.findings.values()), started, utc_now(), graph=run.graph)


def report_for_load_error(err: WizardError) -> Report:
    """The report when nothing could be loaded (no pair, keyring unusable): check 1 failed."""
    now = utc_now()
    first = _finding(
        "config",
        Status.FAILED,
        "{what}",
        {"what": err.summary()},
        error=err,
        fix=Fix.RETRY_LATER if err.transient else Fix.NONE,
    )
    rest = [
        _skipped(c, "config") if "config" in DEPENDS[c] else _skipped(c, DEPENDS[c][0])
        for c in list(CHECKS)[1:]
    ]
    return Report([first, *rest], now, now)
