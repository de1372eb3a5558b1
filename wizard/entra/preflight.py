"""Pre-flight checks before anything is changed: roles, existing apps, Cisco's integration app.

The result is plain data — a list of :class:`Finding` (ok / warning / failed, a message, the
evidence it rests on, what the wizard will skip because of it) — so the GUI shows it as a
checklist, the CLI can print it and tests assert on it without a screen.

Checks and their sources:

* **Roles** (``GET /me/transitiveMemberOf/microsoft.graph.directoryRole``: the type cast is what
  lets ``$select`` name ``roleTemplateId``, which plain directoryObjects do not have; transitive
  so roles held through a role-assignable group count). Setup needs
  Application Administrator, Cloud Application Administrator or Global Administrator
  (docs/entra-graph.md#permissions-and-roles). Roles are compared by ``roleTemplateId``, the
  same in every tenant; display names are only shown. A role that is merely *eligible* in
  Privileged Identity Management is not listed until activated, so the message says so.
* **Existing "Cisco Webex" app(s)** and their provisioning jobs (:mod:`wizard.entra.gallery`):
  one → reused, the gallery step is skipped; several → the admin picks one on the next page.
* **"Cisco Webex Identity Integration"** (appId ``90db942a-…``): missing is a warning, not a
  blocker — provisioning does not use it, but Control Hub's Entra ID wizard does, and the repair
  flow can restore it by admin consent (docs/entra-graph.md#admin-consent-repair).

Message templates are English source strings marked for translation (context ``preflight``);
the UI translates them and fills in ``params``. Nothing here is secret.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from wizard.core.endpoints import IDENTITY_INTEGRATION_APP_ID
from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.entra.gallery import Candidate, GalleryError, Lookup, WebexApp, lookup
from wizard.entra.graph import GraphClient

log = logging.getLogger("wizard.entra.preflight")

ROLE_GLOBAL_ADMIN = "62e90394-69f5-4237-9190-012177145e10"
ROLE_APPLICATION_ADMIN = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"
ROLE_CLOUD_APPLICATION_ADMIN = "158c047a-c907-4556-b7ef-446551a6b5f7"
#: Role template id -> name, least privileged first (the one to ask for).
#: Names are marked for translation: they are shown as ``{role}`` and the consoles localize them.
SETUP_ROLES: dict[str, str] = {
    ROLE_CLOUD_APPLICATION_ADMIN: QT_TRANSLATE_NOOP("preflight", "Cloud Application Administrator"),
    ROLE_APPLICATION_ADMIN: QT_TRANSLATE_NOOP("preflight", "Application Administrator"),
    ROLE_GLOBAL_ADMIN: QT_TRANSLATE_NOOP("preflight", "Global Administrator"),
}
#: What the wizard can skip; the pages read these keys.
SKIP_GALLERY = "gallery"
SKIP_CREATE_JOB = "create_job"


Translate = Callable[[str, str], str]  # (context, source text) -> text to show
#: One line of evidence: parts, each (English template marked for translation, its params).
Fact = tuple[tuple[str, dict[str, Any]], ...]


def _as_is(_context: str, text: str) -> str:
    return text


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"


@dataclass(frozen=True)
class Finding:
    """One line of the checklist."""

    key: str  # "roles" | "app" | "job" | "identity_integration"
    status: Status
    #: English source template (translation context "preflight"), filled from ``params``.
    message: str
    params: dict[str, str] = field(default_factory=dict)
    #: Plain facts the finding rests on (ids, role names, job status), shown small: each a
    #: tuple of parts (an English template, context "preflight", and its params), joined by " · ".
    facts: tuple[Fact, ...] = ()
    #: Steps the wizard skips because of this finding (``SKIP_*``).
    skips: tuple[str, ...] = ()
    #: A longer explanation / what to do (template, same params), may be "".
    detail: str = ""
    #: When the finding is an error the wizard would meet later, that error (its why and fix
    #: are the detail).
    error: WizardError | None = None

    @property
    def blocking(self) -> bool:
        return self.status is Status.FAILED

    def text(self, translate: Translate = _as_is) -> str:
        return _fill(translate("preflight", self.message), self.message, self._params(translate))

    def _params(self, translate: Translate) -> dict[str, str]:
        # Role names are translatable source strings; ids and counts come back unchanged.
        return {k: translate("preflight", v) for k, v in self.params.items()}

    @property
    def evidence(self) -> tuple[str, ...]:
        """The facts in English (logs, the CLI, the JSON summary)."""
        return self.evidence_text()

    def evidence_text(self, translate: Translate = _as_is) -> tuple[str, ...]:
        """The facts in the UI language: each part's template translated, then filled with its
        params (each translated too: role names and Graph's status words are)."""
        return tuple(
            translate("preflight", " · ").join(
                _fill(
                    translate("preflight", template),
                    template,
                    {k: _join(translate, v) for k, v in params.items()},
                )
                for template, params in fact
            )
            for fact in self.facts
        )

    def detail_text(self, translate: Translate = _as_is) -> str:
        if self.error is not None:
            err = self.error
            return " ".join(
                _fill(translate("errors", t), t, {k: str(v) for k, v in err.params.items()})
                for t in (err.why, err.fix)
                if t
            )
        if not self.detail:
            return ""
        return _fill(translate("preflight", self.detail), self.detail, self._params(translate))


def _join(translate: Translate, value: str | tuple[str, ...]) -> str:
    """One param: a word, or a list of words (role names) joined the language's way."""
    if isinstance(value, tuple):
        return translate("preflight", ", ").join(translate("preflight", v) for v in value)
    return translate("preflight", value)


def _fact(*parts: tuple[str, dict[str, Any]]) -> Fact:
    return tuple(parts)


def _fill(translated: str, source: str, params: dict[str, str]) -> str:
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return source.format(**params)  # a broken translation must not hide the finding


@dataclass(frozen=True)
class Role:
    template_id: str
    display_name: str


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    roles: tuple[Role, ...]
    lookup: Lookup

    @property
    def blocking(self) -> bool:
        return any(f.blocking for f in self.findings)

    @property
    def skips(self) -> frozenset[str]:
        return frozenset(s for f in self.findings for s in f.skips)

    @property
    def reuse(self) -> Candidate | None:
        """The one existing app the wizard will reuse (None when there are none or several)."""
        return self.lookup.candidates[0] if len(self.lookup.candidates) == 1 else None

    def finding(self, key: str) -> Finding | None:
        return next((f for f in self.findings if f.key == key), None)


# ------------------------------------------------------------------------------------ reads
def my_roles(client: GraphClient) -> tuple[Role, ...]:
    """Directory roles of the signed-in user, direct or through groups."""
    rows = client.get_all(
        "/me/transitiveMemberOf/microsoft.graph.directoryRole",
        operation=QT_TRANSLATE_NOOP("errors", "reading your directory roles"),
        params={"$select": "id,displayName,roleTemplateId"},
    )
    return tuple(
        Role(str(r.get("roleTemplateId") or "").lower(), str(r.get("displayName") or ""))
        for r in rows
        # The cast already filters; the check only guards against a service that ignores it.
        if str(r.get("@odata.type", "#microsoft.graph.directoryRole")).lower()
        == "#microsoft.graph.directoryrole"
    )


def check(client: GraphClient) -> Report:
    """Run every check (blocking; call from a worker thread)."""
    roles = my_roles(client)
    found = lookup(client)
    findings = evaluate(roles, found)
    log.info(
        "pre-flight: %s",
        ", ".join(f"{f.key}={f.status.value}" for f in findings),
    )
    return Report(tuple(findings), roles, found)


# ------------------------------------------------------------------------------------ logic
def evaluate(roles: Iterable[Role], found: Lookup) -> list[Finding]:
    """The checklist for these facts (pure; unit-tested without Graph)."""
    roles = tuple(roles)
    findings = [_roles_finding(roles)]
    findings.extend(_app_findings(found))
    findings.append(_identity_finding(found.identity_integration))
    return findings


def _role_names(roles: Iterable[Role]) -> tuple[str, ...]:
    return tuple(sorted({r.display_name or r.template_id for r in roles}))


def _roles_fact(roles: Iterable[Role]) -> Fact:
    names = _role_names(roles)
    if not names:
        return _fact((QT_TRANSLATE_NOOP("preflight", "roles: none"), {}))
    return _fact((QT_TRANSLATE_NOOP("preflight", "roles: {roles}"), {"roles": names}))


def _roles_finding(roles: tuple[Role, ...]) -> Finding:
    held = [r for r in roles if r.template_id in SETUP_ROLES]
    if held:
        best = held[0]
        return Finding(
            "roles",
            Status.OK,
            QT_TRANSLATE_NOOP(
                "preflight", "Your account holds the {role} role, which can set up provisioning."
            ),
            {"role": SETUP_ROLES[best.template_id]},
            facts=(_roles_fact(roles),),
        )
    return Finding(
        "roles",
        Status.FAILED,
        QT_TRANSLATE_NOOP(
            "preflight",
            "Your account has none of the roles setup needs: Cloud Application Administrator, "
            "Application Administrator or Global Administrator.",
        ),
        {"least": SETUP_ROLES[ROLE_CLOUD_APPLICATION_ADMIN]},
        facts=(_roles_fact(roles),),
        detail=QT_TRANSLATE_NOOP(
            "preflight",
            "Ask your Global Administrator or Privileged Role Administrator to assign you the "
            "{least} role (the least privileged one that is enough). If the role is eligible "
            "for you in Privileged Identity Management, activate it, then click Check again.",
        ),
    )


def _describe(candidate: Candidate) -> Fact:
    app = candidate.app
    jobs = tuple(j.status for j in candidate.jobs)
    return _fact(
        ("{name}", {"name": app.display_name}),
        (QT_TRANSLATE_NOOP("preflight", "object ID {id}"), {"id": app.id}),
        (QT_TRANSLATE_NOOP("preflight", "provisioning job: {status}"), {"status": jobs})
        if jobs
        else (QT_TRANSLATE_NOOP("preflight", "provisioning job: none"), {}),
        (QT_TRANSLATE_NOOP("preflight", "single sign-on: {mode}"), {"mode": app.sso_mode})
        if app.sso_mode
        else (QT_TRANSLATE_NOOP("preflight", "single sign-on: not set"), {}),
        (QT_TRANSLATE_NOOP("preflight", "matched by gallery template"), {})
        if app.matched_by == "template"
        else (QT_TRANSLATE_NOOP("preflight", "matched by name"), {}),
    )


def _no_app_finding(found: Lookup) -> Finding:
    """No Cisco Webex app yet: fine when the gallery template is there to add one."""
    if found.template is None:
        err = found.template_error or GalleryError.template_not_found("Microsoft Graph")
        return Finding(
            "app",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "preflight",
                'There is no "Cisco Webex" app in your tenant, and the wizard cannot add '
                "one from the gallery.",
            ),
            {},
            facts=(_fact((QT_TRANSLATE_NOOP("preflight", "error: {code}"), {"code": err.code})),),
            error=err,
        )
    return Finding(
        "app",
        Status.OK,
        QT_TRANSLATE_NOOP(
            "preflight",
            'No "Cisco Webex" app yet: the wizard will add it from the gallery next.',
        ),
        {},
        facts=(
            _fact(
                (
                    QT_TRANSLATE_NOOP("preflight", "gallery template: {id}"),
                    {"id": found.template.id},
                )
            ),
        ),
    )


def _app_findings(found: Lookup) -> list[Finding]:
    candidates = found.candidates
    if not candidates:
        return [_no_app_finding(found)]
    if len(candidates) == 1:
        only = candidates[0]
        return [
            Finding(
                "app",
                Status.OK,
                QT_TRANSLATE_NOOP(
                    "preflight",
                    'Found the "{name}" app already in your tenant (added earlier, for single '
                    "sign-on or by a previous run). The wizard will reuse it and skip adding one.",
                ),
                {"name": only.app.display_name},
                facts=(_describe(only),),
                skips=(SKIP_GALLERY,),
            ),
            _job_finding(only),
        ]
    return [
        Finding(
            "app",
            Status.WARNING,
            QT_TRANSLATE_NOOP(
                "preflight",
                'Found {count} "Cisco Webex" apps. Only one should provision users; you will '
                "choose which one on the next page.",
            ),
            {"count": str(len(candidates))},
            facts=tuple(_describe(c) for c in candidates),
        )
    ]


def _job_finding(candidate: Candidate) -> Finding:
    jobs = candidate.jobs
    if not jobs:
        return Finding(
            "job",
            Status.OK,
            QT_TRANSLATE_NOOP(
                "preflight", "It has no provisioning job yet: the wizard will create one."
            ),
            {},
        )
    job = jobs[0]
    evidence = tuple(
        _fact(
            (
                QT_TRANSLATE_NOOP("preflight", "job {id}: {status} (schedule {schedule})"),
                {"id": j.id, "status": j.status, "schedule": j.schedule},
            )
            if j.schedule
            else (
                QT_TRANSLATE_NOOP("preflight", "job {id}: {status} (schedule unknown)"),
                {"id": j.id, "status": j.status},
            )
        )
        for j in jobs
    )
    if job.status.lower() == "quarantine":
        return Finding(
            "job",
            Status.WARNING,
            QT_TRANSLATE_NOOP(
                "preflight",
                "Its provisioning job is in quarantine ({reason}). The wizard will update its "
                "Webex credentials and restart it instead of creating another job.",
            ),
            {"reason": job.quarantine_reason or QT_TRANSLATE_NOOP("preflight", "no reason given")},
            facts=evidence,
            skips=(SKIP_CREATE_JOB,),
        )
    return Finding(
        "job",
        Status.OK,
        QT_TRANSLATE_NOOP(
            "preflight",
            "It already has a provisioning job (status {status}). The wizard will update that "
            "job instead of creating another one.",
        ),
        {"status": job.status},
        facts=evidence,
        skips=(SKIP_CREATE_JOB,),
    )


def _identity_finding(sp: WebexApp | None) -> Finding:
    if sp is not None:
        return Finding(
            "identity_integration",
            Status.OK,
            QT_TRANSLATE_NOOP(
                "preflight", 'The "Cisco Webex Identity Integration" app is present.'
            ),
            {},
            facts=(
                _fact(
                    (QT_TRANSLATE_NOOP("preflight", "object ID {id}"), {"id": sp.id}),
                    (QT_TRANSLATE_NOOP("preflight", "appId {app_id}"), {"app_id": sp.app_id}),
                ),
            ),
        )
    return Finding(
        "identity_integration",
        Status.WARNING,
        QT_TRANSLATE_NOOP(
            "preflight", 'The "Cisco Webex Identity Integration" app is missing from your tenant.'
        ),
        {"app_id": IDENTITY_INTEGRATION_APP_ID},
        facts=(
            _fact(
                (
                    QT_TRANSLATE_NOOP("preflight", "no service principal with appId {app_id}"),
                    {"app_id": IDENTITY_INTEGRATION_APP_ID},
                )
            ),
        ),
        detail=QT_TRANSLATE_NOOP(
            "preflight",
            "Provisioning set up by this wizard does not need it, so you can continue. Control "
            "Hub's own Entra ID wizard does need it, and its absence causes 'request was "
            "unauthorized' errors there; the wizard's repair mode can restore it with an admin "
            "consent.",
        ),
    )


def summary(report: Report) -> dict[str, Any]:
    """A compact, non-secret view for logs and the CLI's ``--json``."""
    return {
        "blocking": report.blocking,
        "skips": sorted(report.skips),
        "findings": [
            {
                "key": f.key,
                "status": f.status.value,
                "message": f.text(),
                "evidence": list(f.evidence),
            }
            for f in report.findings
        ],
    }
