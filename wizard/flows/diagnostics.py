"""Diagnostics as flow steps, shared by the repair window and the ``check``/``repair`` commands:
load what setup saved, sign in to Microsoft silently through :class:`Services`, run the checks.

Why here and not in :mod:`wizard.diagnose`: the checks sit below the flows layer and do not sign
in themselves; this module hands them a Graph client built the one way every flow builds it
(:mod:`wizard.flows.signin`, cache saved on every refresh). It also re-exports the report types
the UI displays (only those), so the UI depends on flows only.

Every function blocks (keyring, MSAL, HTTP): call it on a worker thread.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wizard.core.errors import WizardError
from wizard.diagnose import (
    PASSED,
    Finding,
    Fix,
    RepairError,
    Report,
    Status,
    report_for_load_error,
)
from wizard.diagnose import load_target as _load_target
from wizard.diagnose import run_checks as _run_checks
from wizard.flows import signin, start
from wizard.flows.services import Services

if TYPE_CHECKING:
    from wizard.diagnose import RepairTarget
    from wizard.entra.graph import GraphClient
    from wizard.storage.secrets import Pair, SecretStore

log = logging.getLogger("wizard.flows.diagnostics")

__all__ = [
    "PASSED",
    "Finding",
    "Fix",
    "Report",
    "Status",
    "load_or_report",
    "load_target",
    "report_for_load_error",
    "run_checks",
    "services_for",
    "silent_graph",
]


def services_for(target: RepairTarget, store: SecretStore | None = None) -> Services:
    """The services of *target*'s run when the caller has none (a fix or test called directly):
    its endpoints and profile, and the store it was loaded from (or *store*)."""
    services = Services(target.endpoints, target.profile)
    services.use_store(store if store is not None else target.store)
    return services


def load_target(services: Services, pair: str | Pair | None = None) -> RepairTarget:
    """What setup saved for *pair* (``"TENANT:ORG"``; only needed when several are saved), read
    from the run's secret store and state file. Raises :class:`RepairError` when nothing is
    saved, the keyring's error when the store cannot be opened."""
    access = services.store()
    if access.store is None:
        profile = services.profile.name if services.profile is not None else "?"
        raise access.problem or RepairError.nothing_stored(profile)
    if services.profile is None:
        raise RepairError.nothing_stored("?")
    return _load_target(services.profile, services.endpoints, store=access.store, pair=pair)


def load_or_report(services: Services, pair: str | Pair | None = None) -> RepairTarget | Report:
    """:func:`load_target`, or the report whose check 1 says why nothing could be loaded
    (nothing saved, keyring unusable). A ``--profile`` that names no saved pair is a usage
    error, not a state of the tenant: it is raised."""
    try:
        return load_target(services, pair)
    except WizardError as err:
        if err.code.startswith("config.") and err.code != "config.ambiguous_profile":
            raise
        return report_for_load_error(err)


def silent_graph(services: Services, target: RepairTarget) -> GraphClient | None:
    """A Graph client from the saved Microsoft sign-in of *target*'s tenant (refreshed when
    needed), or None when an administrator must sign in. Errors of Entra propagate."""
    prepared = signin.prepare(services, target.tenant_id, pin_authority=True)
    if not signin.has_account(prepared.auth):
        return None  # nothing cached: do not even build MSAL's app (that would hit the network)
    sign_in = prepared.auth.acquire_silent()
    if sign_in is None:
        return None
    return services.graph_client(prepared.auth, sign_in, target.tenant_id)


def run_checks(
    target: RepairTarget,
    *,
    services: Services | None = None,
    session: Any = None,
    graph: Any = None,
    should_stop: Callable[[], bool] = lambda: False,
    on_progress: Callable[[int, int, Finding], None] | None = None,
) -> Report:
    """The eight checks of :mod:`wizard.diagnose` for *target*. Without *graph*, check 4 signs
    in silently through *services* (default: :func:`services_for` the target)."""
    if services is None and graph is not None:
        session = session if session is not None else graph.session
    elif services is None:
        services = services_for(target)
    if session is None:
        if services is None:
            raise ValueError("run_checks needs a session, a Graph client or services")
        session = services.session()
    sign_in = functools.partial(silent_graph, services, target) if services is not None else None
    report = _run_checks(
        target,
        session=session,
        graph=graph,
        sign_in=sign_in,
        should_stop=should_stop,
        on_progress=on_progress,
    )
    # The start page shows it next launch; a scheduled check keeps it current.
    start.record_last_check(target.profile, report.overall().value)
    return report
