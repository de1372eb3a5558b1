"""Plan a setup: read the tenant and list, in order, exactly what Apply will change.

:func:`plan_setup` is the one function that builds a plan, for the Review page and for headless
``setup`` (``--dry-run`` prints it with :func:`dry_run_lines`). It only READS the tenant; each
step is "pending" (will be done) or "skipped" (already so, with a note saying why). For a tenant
that does not have the Cisco Webex app yet (headless setup adds it), the plan starts with adding
it and lists every later step as pending, because there is nothing to read yet. The decisions
behind each step are in :mod:`wizard.flows.setup`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.entra.gallery import WebexApp
from wizard.entra.graph import GraphClient
from wizard.entra.sync.assignments import Assignment, current_assignments
from wizard.entra.sync.credentials import deletion_threshold, read_secrets, validate_credentials
from wizard.entra.sync.errors import ProvisioningError
from wizard.entra.sync.jobs import JobStatus, choose_template, list_jobs
from wizard.entra.sync.roles import (
    DEFAULT_ACCESS_ROLE_ID,
    AppRole,
    assignable_roles,
    read_service_principal,
)
from wizard.flows.setup_inputs import (
    ADD_APP,
    ASSIGN,
    CREATE_JOB,
    HIDE_APP,
    ON_DEMAND,
    PENDING,
    SAVE_SECRETS,
    SKIPPED,
    START_JOB,
    TEST_CONNECTION,
    SetupInputs,
    Step,
    make_step,
    said,
)
from wizard.storage.statefile import StateFile

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class NewApp:
    """The gallery app a plan adds first, when the tenant has none yet (headless setup)."""

    template_id: str
    display_name: str
    #: The app role the assignments will get, by name (the app's roles are not known before it
    #: exists).
    role_name: str = "User"
    #: Hide the new app from users' My Apps portal (the HideApp tag) right after adding it.
    hide: bool = True


def pick_job(jobs: list[dict[str, Any]], template_id: str | None) -> dict[str, Any] | None:
    """The app's job made from *template_id*, else its first job, else None."""
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


# ------------------------------------------------------------------------------------ the plan
def plan_setup(
    client: GraphClient | None,
    inputs: SetupInputs,
    *,
    state: StateFile | None = None,
    new_app: NewApp | None = None,
    service_principal: dict[str, Any] | None = None,
) -> list[Step]:
    """Read the tenant and return the steps in order. Writes nothing.

    *state* (optional) lets the secret step be skipped when the very same set was saved by an
    earlier run and still validates (see :mod:`wizard.flows.setup`). *new_app* (when
    ``inputs.sp_id`` is empty): the app does not exist yet, so the plan adds it first.
    *service_principal*: the app as ``read_service_principal`` answered just now (Apply read
    the app it added for its role), so the plan does not read it again.
    """
    if not _EMAIL.match(inputs.notification_email or ""):
        raise ProvisioningError.invalid_email(inputs.notification_email or "")
    if not inputs.sp_id and new_app is not None:
        return _plan_for_new_app(inputs, new_app)
    if client is None:
        raise ValueError("reading the tenant needs a Graph client")
    sp_id = inputs.sp_id
    sp = service_principal  # its roles and its tags, in one answer
    if sp is None:
        sp = read_service_principal(client, sp_id)
    job = pick_job(list_jobs(client, sp_id), inputs.template_id)
    job_id = str(job["id"]) if job is not None else ""
    steps = [_job_step(client, inputs, job), _test_connection_step(inputs, sp_id)]
    if _hide_chosen(state, sp_id) and not WebexApp.from_graph(sp).hidden:
        steps.insert(0, hide_step(sp_id))
    unchanged = bool(job_id) and _same_secrets_still_work(client, inputs, state, job_id)
    threshold = deletion_threshold(read_secrets(client, sp_id))
    steps.append(_secrets_step(inputs, sp_id, unchanged, threshold))
    if inputs.assignments:
        steps.extend(_assignment_steps(client, inputs, sp))
    status = JobStatus.from_graph(job) if job is not None else None
    steps.append(_start_step(sp_id, status))
    if inputs.test_user_id:
        steps.append(_on_demand_step(inputs, sp_id))
    return steps


def _plan_for_new_app(inputs: SetupInputs, app: NewApp) -> list[Step]:
    """No app yet: add it, then the job, secrets, assignments, start and test user all lie
    ahead (the plan is made again from the tenant once the app exists)."""
    sp_id = "{id}"
    add = make_step(
        ADD_APP,
        QT_TRANSLATE_NOOP("flows", "Add the Cisco Webex app to your tenant"),
        said(
            QT_TRANSLATE_NOOP(
                "flows",
                'POST /applicationTemplates/{template_id}/instantiate — add "{name}" and hide '
                "it from My Apps (PATCH its tags)",
            )
            if app.hide
            else QT_TRANSLATE_NOOP(
                "flows", 'POST /applicationTemplates/{template_id}/instantiate — add "{name}"'
            ),
            template_id=app.template_id,
            name=app.display_name,
        ),
        PENDING,
    )
    # What Apply needs to add it (setup_apply re-checks the tenant before instantiating).
    add.data = {
        "template_id": app.template_id,
        "display_name": app.display_name,
        "role_name": app.role_name,
        "hide": app.hide,
    }
    steps = [
        add,
        *([hide_step(sp_id)] if app.hide else []),
        _new_job_step(sp_id, None),
        _test_connection_step(inputs, sp_id),
        _secrets_step(inputs, sp_id, False, deletion_threshold([])),
    ]
    for wanted in inputs.assignments:
        steps.append(_assignment_step(sp_id, wanted, wanted.app_role_id, app.role_name, False))
    steps.append(_start_step(sp_id, None))
    if inputs.test_user_id:
        steps.append(_on_demand_step(inputs, sp_id))
    return steps


# ------------------------------------------------------------------------------------ the steps
def _hide_chosen(state: StateFile | None, sp_id: str) -> bool:
    """Whether the admin chose to hide *sp_id* from My Apps when a run added it (the state
    file's record), so a run killed between adding and hiding is finished by the next one."""
    saved = state.load() if state is not None else None
    if saved is None:
        return False
    for change in reversed(saved.history):
        if change.action == "app.added" and change.target == sp_id:
            return change.detail.get("hide") is True
    return False


def hide_step(sp_id: str) -> Step:
    """Not fatal when it fails: the app works either way, only its tile in My Apps differs;
    Apply reports the failure and the next run plans this step again."""
    return make_step(
        HIDE_APP,
        QT_TRANSLATE_NOOP("flows", "Hide the app from My Apps"),
        said(
            QT_TRANSLATE_NOOP(
                "flows",
                "PATCH /servicePrincipals/{sp_id} — add the HideApp tag (every other tag is "
                "kept), so users do not see the app's tile in their My Apps portal",
            ),
            sp_id=sp_id,
        ),
        PENDING,
    )


def _job_step(client: GraphClient, inputs: SetupInputs, job: dict[str, Any] | None) -> Step:
    sp_id = inputs.sp_id
    if job is None:
        return _new_job_step(sp_id, inputs.template_id or choose_template(client, sp_id))
    job_id = str(job["id"])
    step = make_step(
        CREATE_JOB,
        QT_TRANSLATE_NOOP("flows", "Reuse the provisioning job {job_id}"),
        said(
            QT_TRANSLATE_NOOP(
                "flows",
                "GET /servicePrincipals/{sp_id}/synchronization/jobs — the app already has job "
                "{job_id}; no new job is created",
            ),
            sp_id=sp_id,
            job_id=job_id,
        ),
        SKIPPED,
        job_id=job_id,
    )
    step.set_note(QT_TRANSLATE_NOOP("flows", "reuse job {job_id}"), job_id=job_id)
    step.data = {"job_id": job_id, "template_id": str(job.get("templateId") or "")}
    return step


def _new_job_step(sp_id: str, template_id: str | None) -> Step:
    step = make_step(
        CREATE_JOB,
        QT_TRANSLATE_NOOP("flows", "Create the provisioning job"),
        said(
            QT_TRANSLATE_NOOP(
                "flows",
                "POST /servicePrincipals/{sp_id}/synchronization/jobs — create the provisioning "
                "job from template {template_id}",
            )
            if template_id
            else QT_TRANSLATE_NOOP(
                "flows",
                "POST /servicePrincipals/{sp_id}/synchronization/jobs — create the provisioning "
                "job",
            ),
            sp_id=sp_id,
            template_id=template_id,
        ),
        PENDING,
    )
    step.data = {"template_id": template_id} if template_id else {}
    return step


def _test_connection_step(inputs: SetupInputs, sp_id: str) -> Step:
    """Always pending: Test Connection writes nothing and proves the token works today."""
    return make_step(
        TEST_CONNECTION,
        QT_TRANSLATE_NOOP("flows", "Test the connection from Entra ID to Webex"),
        said(
            QT_TRANSLATE_NOOP(
                "flows",
                "POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/"
                "validateCredentials — Entra tries the tenant URL {tenant_url} with the Webex "
                "token; nothing is saved",
            ),
            sp_id=sp_id,
            tenant_url=inputs.tenant_url,
        ),
        PENDING,
    )


def _same_secrets_still_work(
    client: GraphClient, inputs: SetupInputs, state: StateFile | None, job_id: str
) -> bool:
    """True when an earlier run saved exactly this set and Entra says it still works."""
    if _recorded_fingerprint(state, inputs.sp_id) != inputs.fingerprint():
        return False
    try:
        validate_credentials(
            client, inputs.sp_id, tenant_url=inputs.tenant_url, token=None, job_id=job_id
        )
    except ProvisioningError:
        return False  # saved set no longer works (or was cleared): save again
    return True


def _secrets_step(
    inputs: SetupInputs, sp_id: str, unchanged: bool, threshold: tuple[str, int]
) -> Step:
    """Entra's set is read, the wizard's keys changed, every other setting kept (scope unless
    chosen here, the accidental-deletion threshold: *threshold*, shown on Review)."""
    scope = {
        True: QT_TRANSLATE_NOOP("flows", "all users and groups"),
        False: QT_TRANSLATE_NOOP("flows", "only assigned users and groups"),
        None: QT_TRANSLATE_NOOP(
            "flows", "as Entra has it (only assigned users and groups for a new app)"
        ),
    }[inputs.sync_all]
    detail = said(
        QT_TRANSLATE_NOOP(
            "flows",
            "GET, then PUT /servicePrincipals/{sp_id}/synchronization/secrets — save the tenant "
            "URL, the Webex token, the notification email {email} ({notify}) and the scope "
            "({scope}); every other setting Entra holds is kept",
        ),
        sp_id=sp_id,
        email=inputs.notification_email,
        notify=QT_TRANSLATE_NOOP("flows", "on")
        if inputs.notify_on_failure
        else QT_TRANSLATE_NOOP("flows", "off"),
        scope=scope,
    )
    step = make_step(
        SAVE_SECRETS,
        QT_TRANSLATE_NOOP("flows", "Save the Webex credentials and notification settings"),
        detail,
        SKIPPED if unchanged else PENDING,
    )
    if unchanged:
        step.set_note(
            QT_TRANSLATE_NOOP("flows", "the same credentials were saved by an earlier run and still work")
        )
    step.data = {"deletion_threshold": threshold[0], "deletion_threshold_value": threshold[1]}
    return step


def _role_of(sp: dict[str, Any], roles: list[AppRole], wanted: Assignment) -> str:
    """The app role id *wanted* gets (the first assignable one by default); refuses the
    Default Access role and roles the app does not have."""
    role_id = wanted.app_role_id or roles[0].id
    if role_id.lower() not in {r.id.lower() for r in roles}:
        raise ProvisioningError.no_assignable_role(
            str(sp.get("displayName") or sp.get("id") or ""),
            default_only=role_id == DEFAULT_ACCESS_ROLE_ID,
        )
    return role_id


def _assignment_steps(
    client: GraphClient, inputs: SetupInputs, sp: dict[str, Any]
) -> list[Step]:
    sp_id = inputs.sp_id
    roles = assignable_roles(sp)
    current = current_assignments(client, sp_id)
    seen: set[tuple[str, str]] = set()
    steps: list[Step] = []
    for wanted in inputs.assignments:
        role_id = _role_of({**sp, "id": sp_id}, roles, wanted)
        pair = (wanted.principal_id, role_id.lower())
        if pair in seen:
            continue
        seen.add(pair)
        role_name = next(r.display_name for r in roles if r.id.lower() == role_id.lower())
        done = any(
            a.principal_id == wanted.principal_id and a.app_role_id.lower() == role_id.lower()
            for a in current
        )
        steps.append(_assignment_step(sp_id, wanted, role_id, role_name, done))
    return steps


#: Graph's principal types, as the assignment's detail names them.
_KINDS = {"user": QT_TRANSLATE_NOOP("flows", "user"), "group": QT_TRANSLATE_NOOP("flows", "group")}


def _assignment_step(
    sp_id: str, wanted: Assignment, role_id: str, role_name: str, done: bool
) -> Step:
    kind = wanted.principal_type or "User"
    step = make_step(
        f"{ASSIGN}:{wanted.principal_id}",
        QT_TRANSLATE_NOOP("flows", "Assign {name} to the app as {role}"),
        said(
            QT_TRANSLATE_NOOP(
                "flows",
                'POST /servicePrincipals/{sp_id}/appRoleAssignedTo — assign the {kind} {who} '
                'with the app role "{role}"',
            ),
            sp_id=sp_id,
            kind=_KINDS.get(kind.lower(), kind.lower()),
            who=wanted.display_name or wanted.principal_id,
            role=role_name,
        ),
        SKIPPED if done else PENDING,
        name=wanted.display_name or wanted.principal_id,
        role=role_name,
    )
    if done:
        step.set_note(QT_TRANSLATE_NOOP("flows", "already assigned with this role"))
    step.data = {
        "principal_id": wanted.principal_id,
        "principal_type": kind,
        "display_name": wanted.display_name,
        "app_role_id": role_id,
    }
    return step


def _start_step(sp_id: str, status: JobStatus | None) -> Step:
    """Skipped while the job runs: Microsoft says not to call start on a running job."""
    running = status is not None and status.running
    step = make_step(
        START_JOB,
        QT_TRANSLATE_NOOP("flows", "Start provisioning"),
        said(
            QT_TRANSLATE_NOOP(
                "flows",
                "POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/start — turn "
                "provisioning on; Entra then syncs about every 40 minutes",
            ),
            sp_id=sp_id,
        ),
        SKIPPED if running else PENDING,
    )
    if running and status is not None:
        step.set_note(QT_TRANSLATE_NOOP("flows", "the job is already running ({status})"), status=status.code)
    return step


def _on_demand_step(inputs: SetupInputs, sp_id: str) -> Step:
    """Named by the test user's display name (the id only in the Graph call behind it)."""
    user_id = inputs.test_user_id or ""
    name = next(
        (a.display_name for a in inputs.assignments if a.principal_id == user_id and a.display_name),
        "",
    )
    if not name:
        return make_step(
            ON_DEMAND,
            QT_TRANSLATE_NOOP("flows", "Provision the test user to Webex now"),
            _on_demand_detail(sp_id, user_id),
            PENDING,
        )
    return make_step(
        ON_DEMAND,
        QT_TRANSLATE_NOOP("flows", "Provision {name} to Webex now, as a test"),
        _on_demand_detail(sp_id, f"{name} ({user_id})"),
        PENDING,
        name=name,
    )


def _on_demand_detail(sp_id: str, who: str) -> tuple[str, dict[str, Any]]:
    return said(
        QT_TRANSLATE_NOOP(
            "flows",
            "POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/provisionOnDemand — "
            "provision {who} immediately and report whether it reached Webex",
        ),
        sp_id=sp_id,
        who=who,
    )
