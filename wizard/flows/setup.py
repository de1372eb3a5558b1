"""The resumable setup flow: plan what to change in the tenant, show it, then apply it.

This module is the flow's public face (the pages, the CLI and repair import from here); the work
is in :mod:`wizard.flows.setup_inputs` (inputs, steps, result), :mod:`wizard.flows.setup_plan`
(reading the tenant into steps) and :mod:`wizard.flows.setup_apply` (running them).

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

from typing import Any

from wizard.entra.sync.assignments import Assignment
from wizard.entra.sync.ondemand import OnDemandResult
from wizard.flows.setup_apply import JobStatus, apply_setup, apply_setup_locked, job_status
from wizard.flows.setup_inputs import *  # noqa: F403 - the steps' names are this module's API
from wizard.flows.setup_inputs import __all__ as _STEP_NAMES
from wizard.flows.setup_plan import NewApp, plan_setup
from wizard.storage.statefile import StateFile


def state_file_of(profile: Any) -> StateFile | None:
    """The resumable state file of *profile* (a :class:`wizard.core.paths.Profile`), or None
    when the run keeps no state (no profile)."""
    return StateFile.for_profile(profile) if profile is not None else None


__all__ = [
    *_STEP_NAMES,
    "Assignment",
    "JobStatus",
    "NewApp",
    "OnDemandResult",
    "StateFile",
    "apply_setup",
    "apply_setup_locked",
    "job_status",
    "plan_setup",
    "state_file_of",
]
