"""What a new launch finds saved, for the start page: saved tenant/org pairs, an unfinished
setup, the last check's result; and "Forget saved sign-ins".

Why a start page at all: an admin who set up the connection comes back to check or repair it,
renew the token or clean up — the tasks Microsoft Entra Connect lists as "Additional tasks" when
it is run again (https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-installation-wizard#additional-tasks).

The last check's summary (time and overall status, nothing else) is kept beside the state file
in ``last-check.json``: not secret, and a damaged file is simply ignored.

Every function here blocks (keyring over D-Bus, files): call it on a worker thread.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.core.errors import WizardError
from wizard.core.paths import Profile, make_private_dir
from wizard.flows.services import Services
from wizard.storage.statefile import StateFile, StateFileError, WizardState, utc_now

log = logging.getLogger("wizard.flows.start")

LAST_CHECK_FILE = "last-check.json"
#: The step keys apply records, in order; a state whose last step is the final one is finished.
_FINISHED_ACTIONS = frozenset({"job.started", "user.provisioned"})


@dataclass(frozen=True)
class LastCheck:
    """When the last check ran (ISO 8601 UTC) and its overall status (``ok``, ``warning``,
    ``failed``, ``unknown``)."""

    at: str
    overall: str


@dataclass(frozen=True)
class Saved:
    """What this profile has saved. ``store_problem``: the keyring could not be read (the pairs
    are then unknown, not absent)."""

    pairs: tuple[str, ...] = ()
    state: WizardState | None = None
    unfinished: bool = False
    last_check: LastCheck | None = None
    store_problem: WizardError | None = None

    @property
    def anything(self) -> bool:
        """Something to offer beyond "Set up a new connection"."""
        return bool(self.pairs or self.state is not None)


def setup_unfinished(state: WizardState | None) -> bool:
    """A setup stopped half-way: apply recorded a step, but never started the job (the demo's
    seeded state and a finished run have ``job.started`` in their history)."""
    if state is None or not state.step or state.step == "done":
        return False
    return not any(change.action in _FINISHED_ACTIONS for change in state.history)


def what_is_saved(services: Services) -> Saved:
    """Worker thread: the saved pairs (keyring), the state file and the last check."""
    from wizard.storage.secrets import known_pairs

    profile = services.profile
    if profile is None:
        return Saved()
    access = services.store()
    pairs: tuple[str, ...] = ()
    problem = access.problem
    if access.store is not None:
        try:
            pairs = tuple(f"{p.tenant_id}:{p.org_id}" for p in known_pairs(access.store))
        except WizardError as err:
            problem = err
    try:
        state = StateFile.for_profile(profile).load()
    except StateFileError as err:
        log.info("state file not usable at start: %s", err.code)
        state = None
    return Saved(pairs, state, setup_unfinished(state), load_last_check(profile), problem)


# ------------------------------------------------------------------------------ last check
def _last_check_path(profile: Profile) -> Path:
    return profile.data_dir / LAST_CHECK_FILE


def record_last_check(profile: Profile | None, overall: str, at: str | None = None) -> None:
    """Keep the overall result of a check (atomically; a failure to write is logged, never
    raised: the check itself succeeded)."""
    if profile is None:
        return
    path = _last_check_path(profile)
    text = json.dumps({"at": at or utc_now(), "overall": str(overall)}) + "\n"
    try:
        make_private_dir(path.parent)
        fd, tmp = tempfile.mkstemp(prefix=".last-check.", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not record the last check: %s", exc.strerror or exc)


def load_last_check(profile: Profile) -> LastCheck | None:
    try:
        data: Any = json.loads(_last_check_path(profile).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    at, overall = data.get("at"), data.get("overall")
    if not isinstance(at, str) or not isinstance(overall, str):
        return None
    return LastCheck(at, overall)


# ------------------------------------------------------------------------------ forget
def forget_everything(services: Services) -> list[str]:
    """Worker thread: what ``forget --yes`` does — every saved pair's secrets, the state file,
    the last check — and the daily check's scheduler entry (the real profile's only: the demo
    never schedules one). Returns the pairs forgotten. The Entra tenant and the Webex org are
    not changed."""
    from wizard.storage.secrets import SecretSet, known_pairs

    access = services.store()
    if access.store is None and access.problem is not None:
        raise access.problem
    forgotten: list[str] = []
    if access.store is not None:
        for pair in known_pairs(access.store):
            SecretSet(access.store, pair.tenant_id, pair.org_id).forget()
            forgotten.append(f"{pair.tenant_id}:{pair.org_id}")
    profile = services.profile
    if profile is not None:
        StateFile.for_profile(profile).start_over()
        _last_check_path(profile).unlink(missing_ok=True)
        if not profile.is_demo:
            unschedule_daily_check()
    return forgotten


def unschedule_daily_check() -> bool:
    """Worker thread: remove the daily check's scheduler entry, if ours is there."""
    from wizard.flows import schedule

    try:
        return schedule.remove(schedule.this_computer())
    except (OSError, schedule.ScheduleError) as exc:
        log.warning("could not remove the scheduled check: %s", exc)
        return False


__all__ = [
    "LastCheck",
    "Saved",
    "forget_everything",
    "load_last_check",
    "record_last_check",
    "setup_unfinished",
    "unschedule_daily_check",
    "what_is_saved",
]
