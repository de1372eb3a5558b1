"""Apply a setup plan: run its pending steps in order, recording progress in the state file.

:func:`apply_setup` runs the steps :func:`wizard.flows.setup_plan.plan_setup` returned. Every
step re-checks the tenant before it writes, so re-running after any failure or kill finishes the
setup with one job, one secret set and no duplicate assignments; the first failing step stops the
run with its error. The decisions behind each step are in :mod:`wizard.flows.setup`.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, Cancelled, WizardError
from wizard.core.paths import Profile
from wizard.core.runlock import profile_lock
from wizard.entra.gallery import read_app
from wizard.entra.graph import GraphClient
from wizard.entra.graph_errors import GraphBadRequest
from wizard.entra.sync.assignments import Assignment, assign, current_assignments
from wizard.entra.sync.credentials import save_secrets, settings_from_record, validate_credentials
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
from wizard.entra.sync.roles import assignable_roles, read_service_principal
from wizard.entra.waits import Backoff, ConsistencyTimeout
from wizard.flows import gallery
from wizard.flows.setup_inputs import (
    ADD_APP,
    ASSIGN,
    CREATE_JOB,
    DONE,
    FAILED,
    HIDE_APP,
    ON_DEMAND,
    PENDING,
    RUNNING,
    SAVE_SECRETS,
    SKIPPED,
    START_JOB,
    TEST_CONNECTION,
    SetupInputs,
    SetupResult,
    Step,
)
from wizard.flows.setup_plan import hide_step, pick_job, plan_setup
from wizard.storage.statefile import StateFile, WizardState

log = logging.getLogger("wizard.flows.setup")

__all__ = ["JobStatus", "apply_setup", "job_status"]


class _Run:
    """Apply-time context: the job id as soon as it exists, the state file, the results."""

    def __init__(self, client: GraphClient, inputs: SetupInputs, state: StateFile | None) -> None:
        self.client = client
        self.inputs = inputs
        self.state_file = state
        self.state: WizardState | None = None
        #: The app an earlier, killed Apply added for this tenant (see add_app).
        self.added_earlier = ""
        self.app: gallery.WebexApp | None = None
        self.backoff: Backoff = gallery.REPLICATION_BACKOFF
        if state is not None:
            self.state = state.load() or WizardState()
            if not inputs.sp_id:
                self.added_earlier = _added_app(self.state, inputs.tenant_id)
            app_id = inputs.sp_id or self.added_earlier
            if self.state.service_principal_id not in (None, app_id):
                # Another app: its job id means nothing here.
                self.state.job_id = None
            self.state.tenant_id = inputs.tenant_id
            self.state.service_principal_id = app_id
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
    def add_app(self, step: Step, steps: list[Step], should_stop: Callable[[], bool]) -> None:
        """Add the gallery app (or take the one this run, or a killed run, already added), wait
        until Entra ID can configure it, then plan the later steps (hiding it first) for it.

        Instantiate is not idempotent, so the new id is recorded (in the step and the state
        file) the moment Graph answers 201, and ensure_app looks the tenant up again first:
        a Retry or a re-run after a kill waits for that app instead of adding a second one.
        """
        data = step.data
        name = str(data.get("display_name") or gallery.DEFAULT_DISPLAY_NAME)
        known = str(data.get("sp_id") or "") or self.added_earlier
        created = True
        if known:
            app = gallery.placeholder(known, name)
        else:
            # The template the plan names: the Gallery page (or headless prepare) looked it up.
            template = gallery.planned_template(data.get("template_id"))
            app, created = gallery.ensure_app(
                self.client, template, name, lambda made: self._app_created(step, made.app)
            )
        if created:
            ready = gallery.wait_until_ready(
                self.client, app, backoff=self.backoff, should_stop=should_stop
            )
            app = ready.app
            if not known:  # an app a killed run added may have its job already
                self._reuse_templates(ready.sync_templates, app.id)
            step.set_note(QT_TRANSLATE_NOOP("flows", "added to your tenant"))
        else:
            step.set_note(QT_TRANSLATE_NOOP("flows", "the tenant already had it; nothing was added"))
        self.app = app
        self._plan_rest(app.id, str(data.get("role_name") or ""), step, steps)

    def _reuse_templates(self, templates: list[dict[str, Any]], sp_id: str) -> None:
        """The wait has just read the new app's templates: the plan need not ask Graph again
        (Create the job still looks for a job another computer may have added)."""
        # None (none or several): the plan reads them again and says which.
        self.inputs.template_id = self.inputs.template_id or gallery.job_template(templates, sp_id)

    def _app_created(self, step: Step, app: gallery.WebexApp) -> None:
        step.data["sp_id"] = app.id
        if self.state is not None:
            self.state.service_principal_id = app.id
        # The admin's choice to hide it is kept with it: a run killed before the hide step
        # leaves the next run (which finds the app) to plan that step again.
        hide = step.data.get("hide", True) is not False
        self.save(step.key, "app.added", target=app.id, name=app.display_name, hide=hide)

    def _plan_rest(self, sp_id: str, role_name: str, add: Step, steps: list[Step]) -> None:
        """The app exists now: give the inputs its id and role, and replace the later steps
        (planned before the app existed) with a plan read from the tenant, in place. The app
        is read once: the plan takes its roles and tags from the answer read for the role."""
        sp = read_service_principal(self.client, sp_id)
        roles = assignable_roles(sp)
        role = next((r for r in roles if r.display_name.lower() == role_name.lower()), roles[0])
        self.inputs.sp_id = sp_id
        self.inputs.assignments = [
            a if a.app_role_id else dataclasses.replace(a, app_role_id=role.id)
            for a in self.inputs.assignments
        ]
        if self.state is not None:
            self.state.service_principal_id = sp_id
        planned = plan_setup(self.client, self.inputs, state=self.state_file, service_principal=sp)
        fresh = {s.key: s for s in planned}
        if HIDE_APP not in fresh:  # no state file to read the choice back from: still hide
            fresh[HIDE_APP] = hide_step(sp_id)
        for step in steps:
            new = fresh.get(step.key)
            if step is add or new is None:
                continue
            for name in ("title", "detail", "status", "note", "title_template", "params", "data"):
                setattr(step, name, getattr(new, name))
            if step.key == CREATE_JOB and step.status == SKIPPED:
                self.job_id = str(step.data.get("job_id") or "")

    def hide(self, step: Step) -> None:
        """Add the HideApp tag to the app as Entra holds it now (other tags kept); raises the
        failure, which the run reports without stopping (see apply_setup)."""
        try:
            app = read_app(self.client, self.inputs.sp_id)
            hidden = gallery.hide(self.client, app)
            if hidden.error is not None:
                raise hidden.error
        except WizardError as err:
            step.set_note(
                QT_TRANSLATE_NOOP(
                    "flows",
                    "not hidden: {reason} Run the setup again, or set Visible to users? to No "
                    "in the Entra admin center (Enterprise applications > the app > Properties)",
                ),
                reason=err.summary(),
            )
            raise
        if hidden.already:
            step.set_note(QT_TRANSLATE_NOOP("flows", "it was already hidden"))
        self.save(step.key, "app.hidden", target=app.id)

    def find_job(self, step: Step) -> str:
        jobs = list_jobs(self.client, self.inputs.sp_id)
        job = pick_job(jobs, step.data.get("template_id") or self.inputs.template_id)
        return str(job["id"]) if job is not None else ""

    def create_job(self, step: Step) -> None:
        # Look again right before creating, also on an app this run added: the run lock keeps
        # runs on this computer apart, but a run on another computer may have found the new app
        # and added a job since.
        existing = self.find_job(step)
        if existing:
            self.job_id = existing
            step.set_note(QT_TRANSLATE_NOOP("flows", "reuse job {job_id}"), job_id=existing)
            self.save(step.key)
            return
        template_id = step.data.get("template_id") or choose_template(
            self.client, self.inputs.sp_id
        )
        job = create_job(self.client, self.inputs.sp_id, template_id)
        self.job_id = str(job.get("id") or "")
        step.set_note(QT_TRANSLATE_NOOP("flows", "created job {job_id}"), job_id=self.job_id)
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
        saved = save_secrets(
            self.client, self.inputs.sp_id, self.inputs.owned(), fallback=self.saved_settings()
        )
        if not saved.read_from_entra:
            step.set_note(
                QT_TRANSLATE_NOOP(
                    "flows",
                    "Entra did not let the wizard read its saved settings; the other settings "
                    "were kept as this wizard saved them last",
                )
            )
        self.save(
            step.key,
            "secrets.saved",
            fingerprint=self.inputs.fingerprint(),
            tenant_url=self.inputs.tenant_url,
            # Token renewal keeps these when Entra refuses to let it read the saved set.
            notification_email=self.inputs.notification_email,
            notify_on_failure=self.inputs.notify_on_failure,
            settings=json.dumps(saved.settings),
        )

    def saved_settings(self) -> list[dict[str, str]] | None:
        """The non-secret keys this wizard last saved for this app (the fallback)."""
        if self.state is None:
            return None
        for change in reversed(self.state.history):
            if change.action == "secrets.saved" and change.target == self.inputs.sp_id:
                return settings_from_record(change.detail.get("settings"))
        return None

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
            step.set_note(QT_TRANSLATE_NOOP("flows", "already assigned with this role"))
        else:
            try:
                assign(self.client, self.inputs.sp_id, wanted)
            except GraphBadRequest as err:
                # Assigned meanwhile (or not visible yet to our read): Graph says it exists.
                if "already exists" not in str(err.params.get("detail", "")):
                    raise
                step.set_note(QT_TRANSLATE_NOOP("flows", "already assigned with this role"))
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
            step.set_note(QT_TRANSLATE_NOOP("flows", "the job is already running ({status})"), status=before.code)
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
        _on_demand_note(step, result)
        self.save(step.key, "user.provisioned", target=user, result=result.status)


def _added_app(state: WizardState, tenant_id: str) -> str:
    """The app an earlier Apply added for *tenant_id* while the state still points at it.

    Only for as long as Entra may take to list a new app (the replication wait's limit): a
    plan made later without that app means it was deleted since, and waiting for it could
    only time out; the run adds a new one instead (repairing a deleted app)."""
    if state.tenant_id != tenant_id or not state.service_principal_id:
        return ""
    for change in reversed(state.history):
        if change.action == "app.added":
            if change.target != state.service_principal_id:
                return ""
            return change.target if change.age_seconds() <= gallery.REPLICATION_BACKOFF.limit else ""
    return ""


#: Provision on demand's action (Create, Update, Delete...) -> the note, in past tense.
_ON_DEMAND_NOTES = {
    "create": QT_TRANSLATE_NOOP("flows", "created in Webex"),
    "update": QT_TRANSLATE_NOOP("flows", "updated in Webex"),
    "delete": QT_TRANSLATE_NOOP("flows", "deleted in Webex"),
    "": QT_TRANSLATE_NOOP("flows", "provisioned in Webex"),
}


def _on_demand_note(step: Step, result: OnDemandResult) -> None:
    if result.status == "Skipped":
        step.set_note(QT_TRANSLATE_NOOP("flows", "already up to date in Webex"))
        return
    action = result.action.lower()
    template = _ON_DEMAND_NOTES.get(action)
    # An action Microsoft adds later keeps its English past tense (untranslated, still true).
    step.set_note(template or f"{action}d in Webex")


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


def apply_setup_locked(
    profile: Profile | None, client: GraphClient, inputs: SetupInputs, steps: list[Step], **options: Any
) -> SetupResult:
    """:func:`apply_setup` while holding the profile's run lock, for the window: the CLI's
    ``setup``, ``repair`` and ``forget`` take the same lock, so two runs never write at once.
    """
    with profile_lock(profile, "apply"):
        return apply_setup(client, inputs, steps, **options)


def apply_setup(
    client: GraphClient,
    inputs: SetupInputs,
    steps: list[Step],
    *,
    on_progress: Callable[[Step], None],
    should_stop: Callable[[], bool] = lambda: False,
    state: StateFile | None = None,
    backoff: Backoff | None = None,
) -> SetupResult:
    """Run the pending (and previously failed) steps in order; see the module docstring.

    ``on_progress`` is called from this (worker) thread on every status change. The first
    failing step is marked "failed" with its :class:`WizardError`, later steps stay pending, and
    that error is raised; only a failed hide from My Apps does not stop the run (the step
    stays "failed" with its error, listed in ``SetupResult.warnings``). ``should_stop`` is
    checked between steps (:class:`Cancelled`).
    A plan that starts by adding the app (see :class:`~wizard.flows.setup_plan.NewApp`) gets
    its later steps re-planned in place once the app exists (``inputs.sp_id`` is then set);
    ``backoff`` bounds the wait for Entra ID to finish creating it.
    """
    run = _Run(client, inputs, state)
    if backoff is not None:
        run.backoff = backoff
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
            if step.key == ADD_APP:
                run.add_app(step, steps, should_stop)
                for later in steps:
                    if later is not step and later.status == SKIPPED:
                        on_progress(later)
            else:
                _execute(run, step, should_stop)
        except ConsistencyTimeout as exc:
            _fail(step, started, exc.last, on_progress)
            raise exc.last from None
        except WizardError as err:
            _fail(step, started, err, on_progress)
            if step.key == HIDE_APP:
                continue  # reported in result.warnings; the app works either way
            raise
        step.status, step.elapsed = DONE, time.monotonic() - started
        on_progress(step)
    job_id = run.ensure_job()
    status = job_status(client, inputs.sp_id, job_id)
    return SetupResult(job_id, status, run.on_demand, steps, app=run.app)


def _fail(
    step: Step, started: float, err: WizardError, on_progress: Callable[[Step], None]
) -> None:
    step.status, step.error, step.elapsed = FAILED, err, time.monotonic() - started
    log.warning("setup step %s failed: %s", step.key, err.code)
    on_progress(step)


#: Step kind -> the :class:`_Run` method that carries it out (on-demand provisioning, which
#: Cancel can interrupt, is the one that also gets ``should_stop``).
_ACTIONS: dict[str, Callable[[_Run, Step], None]] = {
    CREATE_JOB: _Run.create_job,
    HIDE_APP: _Run.hide,
    TEST_CONNECTION: _Run.test_connection,
    SAVE_SECRETS: _Run.save_secrets,
    ASSIGN: _Run.assign,
    START_JOB: _Run.start,
}


def _execute(run: _Run, step: Step, should_stop: Callable[[], bool]) -> None:
    kind = step.key.split(":", 1)[0]
    if kind == ON_DEMAND:
        run.provision(step, should_stop)
    elif kind in _ACTIONS:
        _ACTIONS[kind](run, step)
    else:
        raise ValueError(f"unknown setup step {step.key!r}")
