"""The resumable setup flow: plan what to change in the tenant, show it, then apply it.

``plan_setup`` only READS the tenant and returns the steps in order, each either "pending"
(will be done) or "skipped" (already so). ``apply_setup`` runs the pending steps, and every step
re-checks the tenant before it writes, so re-running after any failure or kill finishes the
setup with one job, one secret set and no duplicate assignments.

Decisions (documented here because the UI and CLI show them):

* **Test Connection always runs** (``validateCredentials``): it writes nothing and proves the
  token still works today.
* **Secrets** cannot be read back from Graph (``synchronization.secrets`` is write-only), so the
  save step is skipped only when the state file records a fingerprint of exactly the set we
  would save now (tenant URL, token, notification settings, SyncAll) for this app AND Entra
  confirms the saved credentials still work (``validateCredentials`` with
  ``useSavedCredentials``). Otherwise the full set is saved again (one ``PUT``, idempotent). The
  fingerprint is a truncated SHA-256 over the values: it proves equality, it cannot give the
  token back.
* **Start** is skipped while the job is started and running (Microsoft: "Don't create scripts
  to call the start job continuously while it's running"); it runs when the job was never
  started, is paused, or is in quarantine (start clears quarantine).
* **On-demand provisioning of the test user** runs on every apply when a test user is given: it
  is the proof the admin asked for. On a re-run it normally answers "Skipped / RedundantExport"
  (already identical in Webex) and writes nothing in Webex; its own ``POST provisionOnDemand`` is
  the only write a re-run makes.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, Cancelled, WizardError
from wizard.core.logs import register_secret
from wizard.entra.graph import GraphClient
from wizard.entra.graph_errors import GraphBadRequest
from wizard.entra.sync.assignments import Assignment, assign, current_assignments
from wizard.entra.sync.credentials import save_secrets, secret_pairs, validate_credentials
from wizard.entra.sync.errors import ProvisioningError
from wizard.entra.sync.jobs import (
    JobStatus,
    choose_template,
    create_job,
    job_status,
    list_jobs,
    start_job,
)
from wizard.entra.sync.ondemand import OnDemandResult, provision_on_demand
from wizard.entra.sync.roles import DEFAULT_ACCESS_ROLE_ID, assignable_roles, read_service_principal
from wizard.entra.waits import ConsistencyTimeout
from wizard.storage.statefile import StateFile, WizardState

log = logging.getLogger("wizard.flows.setup")

PENDING, RUNNING, DONE, FAILED, SKIPPED = "pending", "running", "done", "failed", "skipped"
STATUSES = (PENDING, RUNNING, DONE, FAILED, SKIPPED)

CREATE_JOB = "create_job"
TEST_CONNECTION = "test_connection"
SAVE_SECRETS = "save_secrets"
ASSIGN = "assign"  # keys are "assign:<principal id>"
START_JOB = "start_job"
ON_DEMAND = "provision_on_demand"

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# ------------------------------------------------------------------------------------ inputs
@dataclass
class SetupInputs:
    """What the admin chose. ``webex_token`` is never shown by ``repr``."""

    tenant_id: str
    sp_id: str
    tenant_url: str
    webex_token: str = field(repr=False)
    notification_email: str
    notify_on_failure: bool = True
    sync_all: bool = False
    assignments: list[Assignment] = field(default_factory=list)
    test_user_id: str | None = None
    template_id: str | None = None

    def __post_init__(self) -> None:
        if self.webex_token:
            register_secret(self.webex_token)  # the log filter masks it wherever it appears

    def secret_pairs(self) -> list[dict[str, str]]:
        return secret_pairs(
            self.tenant_url,
            self.webex_token,
            self.notification_email,
            self.notify_on_failure,
            self.sync_all,
        )

    def fingerprint(self) -> str:
        """Equality check for the secret set; cannot be turned back into the token."""
        digest = hashlib.sha256()
        for pair in self.secret_pairs():
            digest.update(pair["key"].encode() + b"\0" + pair["value"].encode() + b"\0")
        return "sha256:" + digest.hexdigest()[:16]


# ------------------------------------------------------------------------------------ steps
@dataclass
class Step:
    """One change the wizard makes (or found already made).

    ``title`` is an English sentence (translated by the UI with context "flows"; when it has
    placeholders, ``title_template`` + ``params`` give the translatable form and
    :meth:`display_title` does both). ``detail`` is the Graph call in plain words.
    """

    key: str
    title: str
    detail: str
    status: str
    error: WizardError | None = None
    elapsed: float = 0.0
    note: str = ""
    title_template: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    #: What the step needs at apply time (principal, role, job id...), ids only, no secrets.
    data: dict[str, Any] = field(default_factory=dict)

    def display_title(self, translate: Callable[[str], str] = lambda s: s) -> str:
        template = self.title_template or self.title
        try:
            return translate(template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.title


def _step(key: str, template: str, detail: str, status: str, **params: Any) -> Step:
    return Step(
        key=key,
        title=template.format(**params) if params else template,
        detail=detail,
        status=status,
        title_template=template,
        params=dict(params),
    )


@dataclass
class SetupResult:
    job_id: str
    job_status: JobStatus
    on_demand: OnDemandResult | None
    steps: list[Step]


# ------------------------------------------------------------------------------------ plan
def _pick_job(jobs: list[dict[str, Any]], template_id: str | None) -> dict[str, Any] | None:
    if template_id:
        same = [j for j in jobs if j.get("templateId") == template_id]
        if same:
            return same[0]
    return jobs[0] if jobs else None


def _recorded_fingerprint(state: StateFile | None, sp_id: str) -> str | None:
    if state is None:
        return None
    saved = state.load()
    if saved is None or saved.service_principal_id != sp_id:
        return None
    for change in reversed(saved.history):
        if change.action == "secrets.saved" and change.target == sp_id:
            value = change.detail.get("fingerprint")
            return str(value) if value else None
    return None


def plan_setup(
    client: GraphClient, inputs: SetupInputs, *, state: StateFile | None = None
) -> list[Step]:
    """Read the tenant and return the steps in order. Writes nothing.

    *state* (optional) lets the secret step be skipped when the very same set was saved by an
    earlier run and still validates (see the module docstring).
    """
    if not _EMAIL.match(inputs.notification_email or ""):
        raise ProvisioningError.invalid_email(inputs.notification_email or "")
    sp_id = inputs.sp_id
    sp = read_service_principal(client, sp_id)
    steps: list[Step] = []

    # 1. job
    job = _pick_job(list_jobs(client, sp_id), inputs.template_id)
    if job is not None:
        job_id = str(job["id"])
        step = _step(
            CREATE_JOB,
            QT_TRANSLATE_NOOP("flows", "Reuse the provisioning job {job_id}"),
            f"GET /servicePrincipals/{sp_id}/synchronization/jobs — the app already has job "
            f"{job_id}; no new job is created",
            SKIPPED,
            job_id=job_id,
        )
        step.note = f"reuse job {job_id}"
        step.data = {"job_id": job_id, "template_id": str(job.get("templateId") or "")}
    else:
        job_id = ""
        template_id = inputs.template_id or choose_template(client, sp_id)
        step = _step(
            CREATE_JOB,
            QT_TRANSLATE_NOOP("flows", "Create the provisioning job"),
            f"POST /servicePrincipals/{sp_id}/synchronization/jobs — create the provisioning "
            f"job from template {template_id}",
            PENDING,
        )
        step.data = {"template_id": template_id}
    steps.append(step)

    # 2. Test Connection: always (writes nothing).
    steps.append(
        _step(
            TEST_CONNECTION,
            QT_TRANSLATE_NOOP("flows", "Test the connection from Entra ID to Webex"),
            f"POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/validateCredentials"
            f" — Entra tries the tenant URL {inputs.tenant_url} with the Webex token; nothing is "
            "saved",
            PENDING,
        )
    )

    # 3. secrets
    secrets_detail = (
        f"PUT /servicePrincipals/{sp_id}/synchronization/secrets — save the tenant URL, the "
        f"Webex token, the notification email {inputs.notification_email} "
        f"({'on' if inputs.notify_on_failure else 'off'}) and the scope "
        f"({'all users and groups' if inputs.sync_all else 'only assigned users and groups'})"
    )
    recorded = _recorded_fingerprint(state, sp_id)
    unchanged = False
    if job_id and recorded == inputs.fingerprint():
        try:
            validate_credentials(
                client, sp_id, tenant_url=inputs.tenant_url, token=None, job_id=job_id
            )
            unchanged = True
        except ProvisioningError:
            unchanged = False  # saved set no longer works (or was cleared): save again
    step = _step(
        SAVE_SECRETS,
        QT_TRANSLATE_NOOP("flows", "Save the Webex credentials and notification settings"),
        secrets_detail,
        SKIPPED if unchanged else PENDING,
    )
    if unchanged:
        step.note = "the same credentials were saved by an earlier run and still work"
    steps.append(step)

    # 4. assignments
    if inputs.assignments:
        roles = assignable_roles(sp)
        role_ids = {r.id.lower() for r in roles}
        current = current_assignments(client, sp_id)
        seen: set[tuple[str, str]] = set()
        for wanted in inputs.assignments:
            role_id = wanted.app_role_id or roles[0].id
            if role_id.lower() not in role_ids:
                if role_id == DEFAULT_ACCESS_ROLE_ID:
                    raise ProvisioningError.no_assignable_role(
                        str(sp.get("displayName") or sp_id), default_only=True
                    )
                raise ProvisioningError.no_assignable_role(
                    str(sp.get("displayName") or sp_id), default_only=False
                )
            pair = (wanted.principal_id, role_id.lower())
            if pair in seen:
                continue
            seen.add(pair)
            role_name = next(r.display_name for r in roles if r.id.lower() == role_id.lower())
            done = any(
                a.principal_id == wanted.principal_id and a.app_role_id.lower() == role_id.lower()
                for a in current
            )
            kind = wanted.principal_type or "User"
            step = _step(
                f"{ASSIGN}:{wanted.principal_id}",
                QT_TRANSLATE_NOOP("flows", "Assign {name} to the app as {role}"),
                f"POST /servicePrincipals/{sp_id}/appRoleAssignedTo — assign the "
                f"{kind.lower()} {wanted.display_name or wanted.principal_id} with the app role "
                f'"{role_name}"',
                SKIPPED if done else PENDING,
                name=wanted.display_name or wanted.principal_id,
                role=role_name,
            )
            if done:
                step.note = "already assigned with this role"
            step.data = {
                "principal_id": wanted.principal_id,
                "principal_type": kind,
                "display_name": wanted.display_name,
                "app_role_id": role_id,
            }
            steps.append(step)

    # 5. start
    status = JobStatus.from_graph(job) if job is not None else None
    running = status is not None and status.running
    step = _step(
        START_JOB,
        QT_TRANSLATE_NOOP("flows", "Start provisioning"),
        f"POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/start — turn "
        "provisioning on; Entra then syncs about every 40 minutes",
        SKIPPED if running else PENDING,
    )
    if running and status is not None:
        step.note = f"the job is already running ({status.code})"
    steps.append(step)

    # 6. the test user, on demand
    if inputs.test_user_id:
        steps.append(
            _step(
                ON_DEMAND,
                QT_TRANSLATE_NOOP("flows", "Provision the test user to Webex now"),
                f"POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/"
                f"provisionOnDemand — provision user {inputs.test_user_id} immediately and "
                "report whether it reached Webex",
                PENDING,
            )
        )
    return steps


# ------------------------------------------------------------------------------------ apply
class _Run:
    """Apply-time context: the job id as soon as it exists, the state file, the results."""

    def __init__(self, client: GraphClient, inputs: SetupInputs, state: StateFile | None) -> None:
        self.client = client
        self.inputs = inputs
        self.state_file = state
        self.state: WizardState | None = None
        if state is not None:
            self.state = state.load() or WizardState()
            if self.state.service_principal_id not in (None, inputs.sp_id):
                # Another app: its job id means nothing here.
                self.state.job_id = None
            self.state.tenant_id = inputs.tenant_id
            self.state.service_principal_id = inputs.sp_id
        self.job_id = ""
        self.on_demand: OnDemandResult | None = None

    def save(self, step_key: str | None = None, action: str = "", **detail: Any) -> None:
        if self.state is None or self.state_file is None:
            return
        if self.job_id:
            self.state.job_id = self.job_id
        if step_key is not None:
            self.state.step = step_key
        if action:
            self.state.record(action, detail.pop("target", self.inputs.sp_id), **detail)
        self.state_file.save(self.state)

    # ---------------------------------------------------------------- steps
    def find_job(self, step: Step) -> str:
        jobs = list_jobs(self.client, self.inputs.sp_id)
        job = _pick_job(jobs, step.data.get("template_id") or self.inputs.template_id)
        return str(job["id"]) if job is not None else ""

    def create_job(self, step: Step) -> None:
        existing = self.find_job(step)
        if existing:
            self.job_id = existing
            step.note = f"reuse job {existing}"
            self.save(step.key)
            return
        template_id = step.data.get("template_id") or choose_template(
            self.client, self.inputs.sp_id
        )
        job = create_job(self.client, self.inputs.sp_id, template_id)
        self.job_id = str(job.get("id") or "")
        step.note = f"created job {self.job_id}"
        # Stored at once: a kill right after this must not lead to a second job.
        self.save(step.key, "job.created", target=self.job_id, template=template_id)

    def ensure_job(self) -> str:
        if not self.job_id:
            self.job_id = self.find_job(Step("", "", "", PENDING))
            if not self.job_id:
                raise ProvisioningError.no_template(self.inputs.sp_id)
        return self.job_id

    def test_connection(self, step: Step) -> None:
        validate_credentials(
            self.client,
            self.inputs.sp_id,
            tenant_url=self.inputs.tenant_url,
            token=self.inputs.webex_token,
            job_id=self.ensure_job(),
        )
        self.save(step.key, "connection.tested", target=self.job_id)

    def save_secrets(self, step: Step) -> None:
        save_secrets(self.client, self.inputs.sp_id, self.inputs.secret_pairs())
        self.save(
            step.key,
            "secrets.saved",
            fingerprint=self.inputs.fingerprint(),
            tenant_url=self.inputs.tenant_url,
            # Graph cannot read secrets back; repair's token renewal re-saves the full set and
            # must keep the notification settings the admin chose here.
            notification_email=self.inputs.notification_email,
            notify_on_failure=self.inputs.notify_on_failure,
        )

    def assign(self, step: Step) -> None:
        data = step.data
        wanted = Assignment(
            data["principal_id"],
            data.get("principal_type") or "User",
            data.get("display_name") or "",
            data["app_role_id"],
        )
        current = current_assignments(self.client, self.inputs.sp_id)
        if any(
            a.principal_id == wanted.principal_id
            and a.app_role_id.lower() == wanted.app_role_id.lower()
            for a in current
        ):
            step.note = "already assigned with this role"
        else:
            try:
                assign(self.client, self.inputs.sp_id, wanted)
            except GraphBadRequest as err:
                # Assigned meanwhile (or not visible yet to our read): Graph says it exists.
                if "already exists" not in str(err.params.get("detail", "")):
                    raise
                step.note = "already assigned with this role"
        self.save(
            step.key,
            "principal.assigned",
            target=wanted.principal_id,
            role=wanted.app_role_id,
            type=wanted.principal_type,
        )

    def start(self, step: Step) -> None:
        job_id = self.ensure_job()
        before = job_status(self.client, self.inputs.sp_id, job_id)
        if before.running:
            step.note = f"the job is already running ({before.code})"
        else:
            start_job(self.client, self.inputs.sp_id, job_id)
        after = job_status(self.client, self.inputs.sp_id, job_id)
        if after.quarantined:
            raise ProvisioningError.quarantined(
                job_id, after.quarantine_reason, *_split_error(after.quarantine_error)
            )
        self.save(step.key, "job.started", target=job_id, status=after.code)

    def provision(self, step: Step, should_stop: Callable[[], bool]) -> None:
        user = self.inputs.test_user_id or ""
        result = provision_on_demand(
            self.client, self.inputs.sp_id, self.ensure_job(), user, should_stop=should_stop
        )
        self.on_demand = result
        label = _user_label(self.client, user)
        if result.not_entitled:
            if "default access" in result.message.lower():
                raise ProvisioningError.default_access_only(label)
            raise ProvisioningError.user_out_of_scope(label)
        if not result.in_webex:
            raise ProvisioningError.on_demand_failed(label, result.error_code, result.message)
        step.note = (
            "already up to date in Webex"
            if result.status == "Skipped"
            else f"{result.action.lower() or 'provision'}d in Webex"
        )
        self.save(step.key, "user.provisioned", target=user, result=result.status)


def _split_error(text: str) -> tuple[str, str]:
    code, _, message = text.partition(": ")
    return code, message


def _user_label(client: GraphClient, user_id: str) -> str:
    """The user's UPN for messages; the id when Graph cannot tell us."""
    try:
        body = client.get(
            f"/users/{user_id}",
            operation=QT_TRANSLATE_NOOP("errors", "reading the test user"),
            params={"$select": "id,userPrincipalName"},
        )
        return str(body.get("userPrincipalName") or user_id)
    except WizardError:
        return user_id


def apply_setup(
    client: GraphClient,
    inputs: SetupInputs,
    steps: list[Step],
    *,
    on_progress: Callable[[Step], None],
    should_stop: Callable[[], bool] = lambda: False,
    state: StateFile | None = None,
) -> SetupResult:
    """Run the pending (and previously failed) steps in order; see the module docstring.

    ``on_progress`` is called from this (worker) thread on every status change. The first
    failing step is marked "failed" with its :class:`WizardError`, later steps stay pending, and
    that error is raised. ``should_stop`` is checked between steps (:class:`Cancelled`).
    """
    run = _Run(client, inputs, state)
    for step in steps:
        if step.key == CREATE_JOB and step.status == SKIPPED:
            run.job_id = str(step.data.get("job_id") or "")
    if run.job_id:
        run.save()
    for step in steps:
        if step.status not in (PENDING, FAILED):
            continue
        if should_stop():
            raise Cancelled.by_user()
        step.status, step.error, step.elapsed = RUNNING, None, 0.0
        on_progress(step)
        started = time.monotonic()
        try:
            _execute(run, step, should_stop)
        except ConsistencyTimeout as exc:
            _fail(step, started, exc.last, on_progress)
            raise exc.last from None
        except WizardError as err:
            _fail(step, started, err, on_progress)
            raise
        step.status, step.elapsed = DONE, time.monotonic() - started
        on_progress(step)
    job_id = run.ensure_job()
    status = job_status(client, inputs.sp_id, job_id)
    return SetupResult(job_id, status, run.on_demand, steps)


def _fail(
    step: Step, started: float, err: WizardError, on_progress: Callable[[Step], None]
) -> None:
    step.status, step.error, step.elapsed = FAILED, err, time.monotonic() - started
    log.warning("setup step %s failed: %s", step.key, err.code)
    on_progress(step)


def _execute(run: _Run, step: Step, should_stop: Callable[[], bool]) -> None:
    kind = step.key.split(":", 1)[0]
    if kind == CREATE_JOB:
        run.create_job(step)
    elif kind == TEST_CONNECTION:
        run.test_connection(step)
    elif kind == SAVE_SECRETS:
        run.save_secrets(step)
    elif kind == ASSIGN:
        run.assign(step)
    elif kind == START_JOB:
        run.start(step)
    elif kind == ON_DEMAND:
        run.provision(step, should_stop)
    else:
        raise ValueError(f"unknown setup step {step.key!r}")


# ------------------------------------------------------------------------------------ CLI text
_MARK = {
    PENDING: "will do",
    RUNNING: "running",
    DONE: "done",
    FAILED: "FAILED",
    SKIPPED: "skip",
}


def dry_run_lines(steps: list[Step]) -> list[str]:
    """Plain text for ``setup --dry-run``: one line per step, the call, and why skipped."""
    lines: list[str] = []
    todo = sum(1 for s in steps if s.status in (PENDING, FAILED))
    for n, step in enumerate(steps, 1):
        lines.append(f"{n}. [{_MARK.get(step.status, step.status)}] {step.title}")
        lines.append(f"   {step.detail}")
        if step.note:
            lines.append(f"   ({step.note})")
        if step.error is not None:
            lines.append(f"   error: {step.error.summary()}")
    writes = sum(1 for s in steps if s.status in (PENDING, FAILED) and s.key != TEST_CONNECTION)
    lines.append(
        f"{todo} step(s) would run, {writes} of them changing the tenant; nothing has been changed."
    )
    return lines
