"""The provisioning job: its template, creating and starting it, its status and its schema.

Templates are chosen at run time (``default: true``, else the only one, else the admin picks):
the Cisco Webex template id is not published.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.entra.graph import GraphClient, sp_path
from wizard.entra.sync.credentials import is_transient_write_failure
from wizard.entra.sync.errors import ProvisioningError

log = logging.getLogger("wizard.entra.sync")


def sync_templates(client: GraphClient, sp_id: str) -> list[dict[str, Any]]:
    return client.get_all(
        f"{sp_path(sp_id)}/synchronization/templates",
        operation=QT_TRANSLATE_NOOP("errors", "reading the app's provisioning templates"),
    )


def choose_template(client: GraphClient, sp_id: str) -> str:
    """The ``default: true`` template, else the only one, else raise ``ambiguous_template``."""
    return template_from(sync_templates(client, sp_id), sp_id)


def template_from(listed: list[dict[str, Any]], sp_id: str) -> str:
    """:func:`choose_template` on templates already read (e.g. by the replication wait)."""
    templates = [t for t in listed if t.get("id")]
    if not templates:
        raise ProvisioningError.no_template(sp_id)
    defaults = [t for t in templates if t.get("default") is True]
    if len(defaults) == 1:
        return str(defaults[0]["id"])
    if len(templates) == 1:
        return str(templates[0]["id"])
    raise ProvisioningError.ambiguous_template(str(t["id"]) for t in templates)


def list_jobs(client: GraphClient, sp_id: str) -> list[dict[str, Any]]:
    return client.get_all(
        f"{sp_path(sp_id)}/synchronization/jobs",
        operation=QT_TRANSLATE_NOOP("errors", "reading the app's provisioning job"),
    )


def get_job(client: GraphClient, sp_id: str, job_id: str) -> dict[str, Any]:
    return client.get(
        f"{sp_path(sp_id)}/synchronization/jobs/{job_id}",
        operation=QT_TRANSLATE_NOOP("errors", "reading the provisioning job's status"),
    )


def create_job(client: GraphClient, sp_id: str, template_id: str) -> dict[str, Any]:
    """Create the job; after a transient failure, look before trying again.

    Job creation is reported to answer ``500 UnknownError`` (or time out) and yet create the
    job (https://github.com/hashicorp/terraform-provider-azuread/issues/1013), so a blind retry
    could make a second job: the jobs are read first, and only when none from *template_id*
    exists is the POST sent once more.
    """
    path = f"{sp_path(sp_id)}/synchronization/jobs"
    operation = QT_TRANSLATE_NOOP("errors", "creating the provisioning job")
    try:
        return client.post(path, {"templateId": template_id}, operation=operation)
    except WizardError as err:
        if not is_transient_write_failure(err):
            raise
        log.warning("creating the job failed (%s); checking whether it was created", err.code)
    made = [j for j in list_jobs(client, sp_id) if j.get("templateId") == template_id]
    if made:
        return made[0]
    return client.post(path, {"templateId": template_id}, operation=operation)


def start_job(client: GraphClient, sp_id: str, job_id: str) -> None:
    client.post(
        f"{sp_path(sp_id)}/synchronization/jobs/{job_id}/start",
        None,
        operation=QT_TRANSLATE_NOOP("errors", "starting the provisioning job"),
    )


@dataclass(frozen=True)
class Execution:
    """One provisioning run (``synchronizationTaskExecution``), the parts the admin reads."""

    state: str
    began: str
    ended: str
    error_code: str = ""
    error_message: str = ""
    exported: int = 0

    @classmethod
    def from_graph(cls, raw: Any) -> Execution | None:
        if not isinstance(raw, dict):
            return None
        error = raw.get("error") if isinstance(raw.get("error"), dict) else {}
        return cls(
            state=str(raw.get("state") or ""),
            began=str(raw.get("timeBegan") or ""),
            ended=str(raw.get("timeEnded") or ""),
            error_code=str(error.get("code") or ""),
            error_message=str(error.get("message") or ""),
            exported=int_or_zero(raw.get("countExported")),
        )

    def __str__(self) -> str:
        text = f"{self.state} ({self.ended or self.began})"
        return f"{text}: {self.error_code}" if self.error_code else text


def int_or_zero(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


@dataclass(frozen=True)
class JobStatus:
    """``synchronizationJob.status`` (+ the schedule's state) as the Apply/Finish pages show it."""

    code: str  # NotConfigured | NotRun | Active | Paused | Quarantine
    state: str  # schedule state: Disabled | Active | Paused
    last_execution: Execution | None
    last_successful: Execution | None
    quarantine_reason: str
    quarantine_error: str
    consecutive_failures: int
    #: entitled / imported / exported / escrowed of the last run, plus synchronized entries.
    counts: dict[str, int] = field(default_factory=dict)
    job_id: str = ""

    @classmethod
    def from_graph(cls, job: Mapping[str, Any]) -> JobStatus:
        status = job.get("status") if isinstance(job.get("status"), dict) else {}
        schedule = job.get("schedule") if isinstance(job.get("schedule"), dict) else {}
        quarantine = status.get("quarantine") if isinstance(status.get("quarantine"), dict) else {}
        q_error = quarantine.get("error") if isinstance(quarantine.get("error"), dict) else {}
        last = status.get("lastExecution") if isinstance(status.get("lastExecution"), dict) else {}
        counts = {
            "entitled": int_or_zero(last.get("countEntitled")),
            "imported": int_or_zero(last.get("countImported")),
            "exported": int_or_zero(last.get("countExported")),
            "escrowed": int_or_zero(last.get("countEscrowed")),
        }
        synced = 0
        for pair in status.get("synchronizedEntryCountByType") or []:
            if isinstance(pair, dict):
                synced += int_or_zero(pair.get("value"))
        counts["synchronized"] = synced
        error_text = ""
        if q_error:
            error_text = f"{q_error.get('code') or ''}: {q_error.get('message') or ''}".strip(": ")
        return cls(
            code=str(status.get("code") or "Unknown"),
            state=str(schedule.get("state") or ""),
            last_execution=Execution.from_graph(status.get("lastExecution")),
            last_successful=Execution.from_graph(status.get("lastSuccessfulExecution")),
            quarantine_reason=str(quarantine.get("reason") or ""),
            quarantine_error=error_text,
            consecutive_failures=int_or_zero(status.get("countSuccessiveCompleteFailures")),
            counts=counts,
            job_id=str(job.get("id") or ""),
        )

    @property
    def running(self) -> bool:
        """Started and not stopped: Microsoft warns against calling start again then."""
        return self.state == "Active" and self.code in ("Active", "NotRun")

    @property
    def quarantined(self) -> bool:
        return self.code == "Quarantine"


def job_status(client: GraphClient, sp_id: str, job_id: str) -> JobStatus:
    return JobStatus.from_graph(get_job(client, sp_id, job_id))


def job_schema(client: GraphClient, sp_id: str, job_id: str) -> dict[str, Any]:
    return client.get(
        f"{sp_path(sp_id)}/synchronization/jobs/{job_id}/schema",
        operation=QT_TRANSLATE_NOOP("errors", "reading the provisioning job's schema"),
    )
