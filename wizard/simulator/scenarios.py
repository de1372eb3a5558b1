"""Named starting states and fault scenarios (``--demo-state``, ``--demo-scenario``).

The names live in :mod:`wizard.core.demo_names` (the CLI reads them without the simulator);
this module implements one function per name. A scenario is a small function that bends the simulated world the way a real outage does —
never a flag a route checks by name — so a test of "expired token" exercises the same code
paths a real expired token would.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from wizard.core.demo_names import STATES
from wizard.simulator.state import iso
from wizard.simulator.webex import people

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim


def apply_state(sim: Sim, name: str) -> None:
    if name not in STATES:
        raise ValueError(f"unknown demo state {name!r}; choose one of {', '.join(STATES)}")
    if name == "configured":
        _configure(sim)


def _configure(sim: Sim) -> None:
    """A tenant where setup already ran: app, job Active, secrets saved, a user provisioned."""
    st = sim.state
    with st.lock:
        tpl = st.template_by_name("Cisco Webex")
        assert tpl is not None
        _app, sp = st.instantiate_template(tpl["id"], "Cisco Webex")
        st.sp_created[sp["id"]] = 0.0  # long replicated
        job = st.new_job(sp["id"], st.WEBEX_SYNC_TEMPLATE_ID)
        token = st.issue_token("webex", st.webex_admin_id, st.WEBEX_WEBEX_TOKEN_LIFETIME)
        st.sync[sp["id"]]["secrets"] = [
            # BaseAddress is filled in by Simulator.start() once the port is known.
            {"key": "BaseAddress", "value": ""},
            {"key": "SecretToken", "value": token},
            {"key": "SyncNotificationSettings", "value": '{"Enabled":true,"Recipients":"admin@contoso.example","DeleteThresholdEnabled":false}'},
            {"key": "SyncAll", "value": "false"},
        ]
        job["schedule"]["state"] = "Active"
        job["status"]["code"] = "Active"
        now = st.now()
        job["status"]["lastSuccessfulExecution"] = {
            "activityIdentifier": None,
            "countEntitled": 1,
            "countEntitledForProvisioning": 1,
            "countEscrowed": 0,
            "countEscrowedRaw": 0,
            "countExported": 1,
            "countExports": 1,
            "countImported": 1,
            "countImportedDeltas": 1,
            "countImportedReferenceDeltas": 0,
            "error": None,
            "state": "Succeeded",
            "timeBegan": iso(now - 1800),
            "timeEnded": iso(now - 1790),
        }
        st.assignments[sp["id"]].append(
            {
                "id": "assignment-seed",
                "appRoleId": sp["appRoles"][0]["id"],
                "createdDateTime": iso(now - 1800),
                "principalDisplayName": st.users[st.admin_id]["displayName"],
                "principalId": st.admin_id,
                "principalType": "User",
                "resourceDisplayName": sp["displayName"],
                "resourceId": sp["id"],
            }
        )
        sim.configured = {
            "service_principal_id": sp["id"],
            "job_id": job["id"],
            "webex_token": token,
            "webex_token_expires_at": st.tokens[token].expires_at,
            "org_id": st.webex_org_id,
        }


def _configured_ids(sim: Sim) -> tuple[str, str] | None:
    cfg = getattr(sim, "configured", None)
    if not cfg:
        return None
    return cfg["service_principal_id"], cfg["job_id"]


def deleted_consent(sim: Sim) -> None:
    st = sim.state
    with st.lock:
        sp_id = st.identity_integration_sp_id
        st.service_principals.pop(sp_id, None)
        st.sp_created.pop(sp_id, None)


def _token_broken(sim: Sim, *, revoked: bool) -> None:
    st = sim.state
    cfg = getattr(sim, "configured", None)
    with st.lock:
        if cfg:
            info = st.tokens[cfg["webex_token"]]
            if revoked:
                info.revoked = True
            else:
                info.expires_at = st.now() - 3600
                cfg["webex_token_expires_at"] = info.expires_at
        ids = _configured_ids(sim)
        if ids:
            st.quarantine_job(
                ids[0],
                ids[1],
                "EncounteredQuarantineException",
                "SystemForCrossDomainIdentityManagementCredentialValidationUnavailable",
                "The credentials provided for the target system were rejected (HTTP 401 Unauthorized).",
            )


def expired_token(sim: Sim) -> None:
    _token_broken(sim, revoked=False)


def revoked_token(sim: Sim) -> None:
    _token_broken(sim, revoked=True)


def quarantine(sim: Sim) -> None:
    ids = _configured_ids(sim)
    if ids:
        sim.state.quarantine_job(
            ids[0],
            ids[1],
            "EncounteredEscrowProportionThreshold",
            "SystemForCrossDomainIdentityManagementServiceIncompatible",
            "Too many objects failed to export; the job was quarantined.",
        )


def throttling(sim: Sim) -> None:
    faults = sim.state.faults
    faults.throttle_retry_after = 1
    for group in ("graph", "webex", "scim"):
        faults.throttle_remaining[group] = 2


def replication_delay(sim: Sim) -> None:
    sim.state.faults.replication_delay = 4.0


def non_admin(sim: Sim) -> None:
    st = sim.state
    with st.lock:
        st.role_assignments[st.admin_id] = set()
        st.webex_people[st.webex_admin_id]["roles"] = []


def webex_outage(sim: Sim) -> None:
    sim.state.faults.outage |= {"webex", "scim"}


def consent_declined(sim: Sim) -> None:
    sim.state.faults.consent_declined = True


def token_expiry_refused(sim: Sim) -> None:
    """tokenExpiry enforces identity:tokens_read, which the tutorial's token does not carry."""
    people.enforce_token_expiry_scope(sim)


SCENARIOS: dict[str, Callable[[Sim], None]] = {
    "deleted-consent": deleted_consent,
    "expired-token": expired_token,
    "revoked-token": revoked_token,
    "quarantine": quarantine,
    "throttling": throttling,
    "replication-delay": replication_delay,
    "non-admin": non_admin,
    "webex-outage": webex_outage,
    "consent-declined": consent_declined,
    "token-expiry-refused": token_expiry_refused,
}


def apply(sim: Sim, name: str) -> None:
    try:
        SCENARIOS[name](sim)
    except KeyError:
        raise ValueError(
            f"unknown demo scenario {name!r}; choose one of {', '.join(sorted(SCENARIOS))}"
        ) from None
