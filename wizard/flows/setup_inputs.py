"""What a setup run is made of: the admin's inputs, the steps of a plan, the result of an apply.

Plain data shared by :mod:`wizard.flows.setup_plan` (which builds the steps by reading the
tenant), :mod:`wizard.flows.setup_apply` (which runs them) and the pages and CLI that show them.
See :mod:`wizard.flows.setup` for the decisions behind the steps. :func:`dry_run_lines` is a
plan as plain text, for ``setup --dry-run``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wizard.core.errors import WizardError
from wizard.core.logs import register_secret
from wizard.entra.sync.assignments import Assignment
from wizard.entra.sync.credentials import merge_secrets
from wizard.entra.sync.jobs import JobStatus
from wizard.entra.sync.ondemand import OnDemandResult

__all__ = [
    "ADD_APP",
    "ASSIGN",
    "CREATE_JOB",
    "DONE",
    "FAILED",
    "HIDE_APP",
    "ON_DEMAND",
    "PENDING",
    "RUNNING",
    "SAVE_SECRETS",
    "SKIPPED",
    "START_JOB",
    "STATUSES",
    "SetupInputs",
    "SetupResult",
    "Step",
    "TEST_CONNECTION",
    "dry_run_lines",
    "make_step",
]

PENDING, RUNNING, DONE, FAILED, SKIPPED = "pending", "running", "done", "failed", "skipped"
STATUSES = (PENDING, RUNNING, DONE, FAILED, SKIPPED)

#: Only in a plan for a tenant without the app yet (headless setup adds it from the gallery).
ADD_APP = "add_app"
#: Hide the app from My Apps (its HideApp tag): after adding it, and on a later run while an app
#: the admin chose to hide still lacks the tag (a run killed between the two).
HIDE_APP = "hide_app"
CREATE_JOB = "create_job"
TEST_CONNECTION = "test_connection"
SAVE_SECRETS = "save_secrets"
ASSIGN = "assign"  # keys are "assign:<principal id>"
START_JOB = "start_job"
ON_DEMAND = "provision_on_demand"


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
    #: The scope the admin chose here; None keeps what Entra has (``false`` for a new set).
    sync_all: bool | None = None
    assignments: list[Assignment] = field(default_factory=list)
    test_user_id: str | None = None
    template_id: str | None = None

    def __post_init__(self) -> None:
        if self.webex_token:
            register_secret(self.webex_token)  # the log filter masks it wherever it appears

    def owned(self) -> dict[str, Any]:
        """The secret keys this run sets (see :func:`merge_secrets`); the rest is kept."""
        return {
            "tenant_url": self.tenant_url,
            "token": self.webex_token,
            "email": self.notification_email,
            "notify_on_failure": self.notify_on_failure,
            "sync_all": self.sync_all,
        }

    def secret_pairs(self, current: list[dict[str, str]] | None = None) -> list[dict[str, str]]:
        """The set a save sends when Entra holds *current* (nothing: a new set)."""
        return merge_secrets(current or [], **self.owned())

    def fingerprint(self) -> str:
        """Equality check for what this run would change; cannot be turned back into the token."""
        digest = hashlib.sha256()
        for key, value in self.owned().items():
            digest.update(key.encode() + b"\0" + str(value).encode() + b"\0")
        return "sha256:" + digest.hexdigest()[:16]


# ------------------------------------------------------------------------------------ steps
@dataclass
class Step:
    """One change the wizard makes (or found already made).

    ``title`` is an English sentence (translated by the UI with context "flows"; when it has
    placeholders, ``title_template`` + ``params`` give the translatable form and
    :meth:`display_title` does both). ``detail`` is the Graph call in plain words; ``note``
    says why a step was skipped or how it went. Both are English (logs, the CLI) with their
    translatable form alongside (``*_template`` + ``*_params``, context "flows").
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
    note_template: str = ""
    note_params: dict[str, Any] = field(default_factory=dict)
    detail_template: str = ""
    detail_params: dict[str, Any] = field(default_factory=dict)

    def set_note(self, template: str, **params: Any) -> None:
        """The note in English (logs, the CLI, reports) and in a form the UI translates."""
        self.note = template.format(**params) if params else template
        self.note_template, self.note_params = template, dict(params)

    def display_note(
        self,
        translate: Callable[[str], str] = lambda s: s,
        phrase: Callable[[Any], str] = str,
    ) -> str:
        """The note in the UI language; *phrase* words each param (Graph's status words)."""
        return _display(self.note, self.note_template, self.note_params, translate, phrase)

    def display_detail(
        self,
        translate: Callable[[str], str] = lambda s: s,
        phrase: Callable[[Any], str] = str,
    ) -> str:
        """The Graph call and what it does, in the UI language (the path stays as it is)."""
        return _display(self.detail, self.detail_template, self.detail_params, translate, phrase)

    def display_title(self, translate: Callable[[str], str] = lambda s: s) -> str:
        template = self.title_template or self.title
        return _display(self.title, template, self.params, translate, str)


def _display(
    text: str,
    template: str,
    params: dict[str, Any],
    translate: Callable[[str], str],
    phrase: Callable[[Any], str],
) -> str:
    if not template:
        return translate(text) if text else ""
    try:
        return translate(template).format(**{k: phrase(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return text  # a broken translation must not hide the text: English


def said(template: str, **params: Any) -> tuple[str, dict[str, Any]]:
    """A step's detail as a translatable template (context "flows") and its params."""
    return template, params


def make_step(
    key: str, template: str, detail: str | tuple[str, dict[str, Any]], status: str, **params: Any
) -> Step:
    detail_template, detail_params = detail if isinstance(detail, tuple) else ("", {})
    return Step(
        key=key,
        title=template.format(**params) if params else template,
        detail=detail_template.format(**detail_params) if detail_template else str(detail),
        status=status,
        title_template=template,
        params=dict(params),
        detail_template=detail_template,
        detail_params=dict(detail_params),
    )


@dataclass
class SetupResult:
    job_id: str
    job_status: JobStatus
    on_demand: OnDemandResult | None
    steps: list[Step]
    #: The Cisco Webex app this run added (a plan that started with adding it), else None.
    app: Any = None

    @property
    def warnings(self) -> list[Step]:
        """Steps that failed without stopping the run (hiding the app from My Apps: the app
        works either way), each with its error; a later run plans them again."""
        return [s for s in self.steps if s.status == FAILED]


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
