"""What the checks and fixes work on: the saved Entra tenant + Webex org pair (:class:`RepairTarget`,
read by :func:`load_target`), and the one run of the checks that carries it (:class:`CheckRun`).

The keyring holds the secrets (token record, tenant URL, org ID); the state file holds the ids
setup created (service principal, job) and the notification email. The state file is a hint and
may be unreadable: the checks then look the app up in the tenant instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wizard.core.endpoints import Endpoints
from wizard.core.errors import WizardError
from wizard.core.paths import Profile
from wizard.diagnose.errors import RepairError
from wizard.diagnose.report import (
    CHECKS,
    DEPENDS,
    Finding,
    Fix,
    Report,
    Status,
    make_finding,
    skipped,
    utc_now,
)
from wizard.storage.secrets import Pair, SecretSet, SecretStore, TokenRecord, known_pairs

if TYPE_CHECKING:
    from wizard.entra.graph import GraphClient


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
    #: Notification recipient saved by setup, if known.
    notification_email: str | None = None
    #: The non-secret provisioning settings setup or renewal last saved (JSON text), the
    #: fallback when Entra refuses to let the wizard read its set.
    saved_settings: str | None = None
    #: A problem met while loading (state file unreadable...), reported by check 1.
    load_problem: WizardError | None = None


#: Signs in to Microsoft without asking (from the saved sign-in): a Graph client, or None when
#: an administrator must sign in. Built by the flows layer, which owns sign-ins.
SignIn = Callable[[], "GraphClient | None"]


@dataclass
class CheckRun:
    """One run of the checks: the target, the HTTP session, and what earlier checks found."""

    target: RepairTarget
    session: Any
    graph: Any
    sign_in: SignIn | None = None
    findings: dict[str, Finding] = field(default_factory=dict)
    sp: dict[str, Any] | None = None
    job: dict[str, Any] | None = None


def _pair_text(pairs: list[Pair]) -> str:
    return ", ".join(f"{p.tenant_id}:{p.org_id}" for p in pairs)


def choose_pair(pairs: list[Pair], wanted: str | Pair | None) -> Pair:
    """The saved pair *wanted* names (``"TENANT:ORG"`` or a :class:`Pair`), or the only one."""
    if isinstance(wanted, Pair):
        wanted = f"{wanted.tenant_id}:{wanted.org_id}"
    if wanted is None:
        if len(pairs) > 1:
            raise RepairError.ambiguous(_pair_text(pairs))
        return pairs[0]
    tenant, _, org = wanted.partition(":")
    key = (tenant.strip().lower(), org.strip().lower())
    chosen = [p for p in pairs if (p.tenant_id, p.org_id) == key]
    if not chosen:
        raise RepairError.unknown_pair(wanted, _pair_text(pairs))
    return chosen[0]


def load_target(
    profile: Profile,
    endpoints: Endpoints,
    *,
    store: SecretStore,
    pair: str | Pair | None = None,
) -> RepairTarget:
    """Read the pair's secrets (keyring) and ids (state file); :class:`RepairError` if none.

    ``pair`` is ``"TENANT:ORG"`` (``--profile``) or a :class:`~wizard.storage.secrets.Pair`;
    needed only when several pairs are saved. Keyring errors propagate as ``KeyringError``.
    """
    from wizard.storage.statefile import StateFile, StateFileError

    pairs = known_pairs(store)
    if not pairs:
        raise RepairError.nothing_stored(profile.name)
    picked = choose_pair(pairs, pair)
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
        target.saved_settings = latest_detail(state, "settings")
    return target


def notification_email_of(state: Any) -> str | None:
    """The latest ``notification_email`` a recorded change carries (setup or renew_token)."""
    return latest_detail(state, "notification_email")


def latest_detail(state: Any, name: str) -> str | None:
    """The latest text value *name* a recorded change carries."""
    for change in reversed(getattr(state, "history", []) or []):
        value = change.detail.get(name)
        if isinstance(value, str):
            return value
    return None


def report_for_load_error(err: WizardError) -> Report:
    """The report when nothing could be loaded (no pair, keyring unusable): check 1 failed."""
    now = utc_now()
    first = make_finding(
        "config",
        Status.FAILED,
        "{what}",
        {"what": err.summary()},
        error=err,
        fix=Fix.RETRY_LATER if err.transient else Fix.NONE,
    )
    rest = [
        skipped(c, "config") if "config" in DEPENDS[c] else skipped(c, DEPENDS[c][0])
        for c in list(CHECKS)[1:]
    ]
    return Report([first, *rest], now, now)
