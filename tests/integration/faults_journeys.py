"""The two journeys the fault matrix breaks, and the invariants every broken run must keep.

* **setup**: fresh tenant → gallery template → reuse-or-add the Cisco Webex app → wait for
  replication → hide from My Apps → plan → apply (job, test connection, secrets, two
  assignments, start, the test user on demand) — the same calls ``wizard.cli.headless.apply`` makes.
* **repair**: the "configured" tenant with an expired Webex token, seeded into a real keyring
  profile with a real MSAL cache → ``run_checks`` (silent MSAL refresh, Webex people/me, SCIM
  probe, Graph reads) → ``renew_token`` (validate, save secrets, restart, keyring, re-check).

Both use a short read timeout so the "timeout" fault costs well under a second of client time.
The journeys are plain functions over real product code; nothing of ours is mocked.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.core import endpoints as ep
from wizard.core.errors import WizardError
from wizard.core.http import make_session
from wizard.core.paths import Profile
from wizard.demo import Demo, seed_configured_secrets
from wizard.diagnose import Fix, Report, load_target
from wizard.entra import gallery
from wizard.entra.graph import GraphClient
from wizard.entra.sync.assignments import Assignment
from wizard.entra.sync.roles import assignable_roles, read_service_principal
from wizard.flows.diagnostics import run_checks
from wizard.flows.repair import renew_token
from wizard.flows.setup import SetupInputs, SetupResult, apply_setup, plan_setup
from wizard.simulator import Simulator
from wizard.simulator.webex.scim import scim_users
from wizard.storage.secrets import MemoryStore, SecretSet, SecretStore
from wizard.storage.statefile import StateFile
from wizard.webex.token import WebexToken

#: Client read timeout of the "timeout" cases; the simulator's fault answers after 4x this.
#: Only those cases use it: on a busy machine an ordinary answer (validateCredentials calls the
#: SCIM endpoint itself) can take longer, and a short timeout everywhere made the suite flaky.
READ_TIMEOUT = 0.4
#: Everything else (the recording journey, the other faults): the product's own timeouts.
NORMAL_TIMEOUT = (5.0, 30.0)
PRODUCT_UA = "webex-scim-wizard"


def timeouts(short: bool) -> tuple[float, float]:
    return (5.0, READ_TIMEOUT) if short else NORMAL_TIMEOUT


def short_session(sim: Simulator, short: bool = True):
    return make_session(sim.ca_file, timeout=timeouts(short))


def product_calls(sim: Simulator) -> list[tuple[str, str]]:
    """(method, route endpoint) of every call the product made, in order (not the browser's)."""
    with sim.state.lock:
        return [(c.method, c.endpoint) for c in sim.calls if c.user_agent.startswith(PRODUCT_UA)]


def check_message(err: WizardError) -> str:
    """(a): a specific message with what / why / what to do, not a traceback. Returns the text."""
    text = err.render()
    assert isinstance(err, WizardError), type(err)
    assert err.code and err.what and err.why and err.fix, (err.code, text)
    same = lambda t: t  # noqa: E731
    for part in (err.summary(), err._fmt(err.why, same), err._fmt(err.fix, same)):  # noqa: SLF001
        assert part.strip() and part in text, (part, text)
    assert "Traceback" not in text and 'File "' not in text, text
    return text


# ------------------------------------------------------------------------------- setup
@dataclass
class SetupWorld:
    sim: Simulator
    state_dir: Path
    webex_token: str
    graph_token: str
    #: True in the "timeout" fault cases only (see READ_TIMEOUT).
    short_timeout: bool = False

    @property
    def state(self) -> StateFile:
        return StateFile(self.state_dir)


def new_setup_world(sim: Simulator, tmp: Path) -> SetupWorld:
    st = sim.state
    return SetupWorld(
        sim,
        tmp / "state",
        st.issue_token("webex", st.webex_admin_id, 3887999),
        st.issue_token("graph", st.admin_id, 3600),
    )


def plain_inputs(world: SetupWorld) -> dict[str, str]:
    """Everything the setup journey needs as plain data (also handed to a subprocess)."""
    st = world.sim.state
    megan = next(u for u in st.users.values() if u["givenName"] == "Megan")
    sales = next(g for g in st.groups.values() if g["displayName"] == "Sales")
    return {
        "base_url": world.sim.base_url,
        "ca_file": world.sim.ca_file,
        "graph_token": world.graph_token,
        "webex_token": world.webex_token,
        "tenant_id": st.tenant_id,
        "org_id": st.webex_org_id,
        "megan_id": megan["id"],
        "megan_name": megan["displayName"],
        "sales_id": sales["id"],
        "state_dir": str(world.state_dir),
        "short_timeout": "1" if world.short_timeout else "0",
    }


def run_setup(data: dict[str, str], on_progress: Callable[[Any], None] = lambda s: None) -> SetupResult:
    """The setup journey from plain data (see the module docstring)."""
    token = data["graph_token"]
    session = make_session(data["ca_file"], timeout=timeouts(data.get("short_timeout") == "1"))
    client = GraphClient(f"{data['base_url']}/v1.0", session, lambda force_refresh=False: token)
    template = gallery.find_template(client)
    app, _created = gallery.ensure_app(client, template, gallery.DEFAULT_DISPLAY_NAME, lambda m: None)
    ready = gallery.wait_until_ready(client, app)
    gallery.hide_from_my_apps(client, ready.app)
    sp_id = ready.app.id
    role = assignable_roles(read_service_principal(client, sp_id))[0].id
    inputs = SetupInputs(
        tenant_id=data["tenant_id"],
        sp_id=sp_id,
        tenant_url=f"{data['base_url']}/v1/scim/{data['org_id']}",
        webex_token=data["webex_token"],
        notification_email="admin@contoso.example",
        assignments=[
            Assignment(data["megan_id"], "User", data["megan_name"], role),
            Assignment(data["sales_id"], "Group", "Sales", role),
        ],
        test_user_id=data["megan_id"],
    )
    state = StateFile(Path(data["state_dir"]))
    steps = plan_setup(client, inputs, state=state)
    return apply_setup(client, inputs, steps, on_progress=on_progress, state=state)


def setup_journey(world: SetupWorld) -> SetupResult:
    return run_setup(plain_inputs(world))


def webex_apps(sim: Simulator) -> list[dict[str, Any]]:
    with sim.state.lock:
        return [
            sp
            for sp in sim.state.service_principals.values()
            if sp.get("displayName") == gallery.DEFAULT_DISPLAY_NAME
        ]


def assert_setup_consistent(world: SetupWorld) -> None:
    """(b): nothing duplicated or half-configured, whatever point the run stopped at."""
    sim = world.sim
    apps = webex_apps(sim)
    assert len(apps) <= 1, [a["id"] for a in apps]
    with sim.state.lock:
        for sp in apps:
            sync = sim.state.sync.get(sp["id"], {})
            assert len(sync.get("jobs", {})) <= 1, list(sync.get("jobs", {}))
            secrets = {s["key"]: s["value"] for s in sync.get("secrets", [])}
            # Secrets are one PUT of the full set: complete or absent, never partial.
            assert secrets == {} or set(secrets) == {
                "BaseAddress", "SecretToken", "SyncNotificationSettings", "SyncAll"
            }, sorted(secrets)
            if secrets:
                assert secrets["SecretToken"] == world.webex_token
            pairs = [(a["principalId"], a["appRoleId"]) for a in sim.state.assignments.get(sp["id"], [])]
            assert len(pairs) == len(set(pairs)), pairs
    names = [u["userName"] for u in scim_users(sim)]
    assert len(names) == len(set(names)), names


def assert_set_up_once(world: SetupWorld, result: SetupResult) -> None:
    """(d): the completed setup: one app, one active job, full secrets, two assignments."""
    assert_setup_consistent(world)
    (sp,) = webex_apps(world.sim)
    with world.sim.state.lock:
        sync = world.sim.state.sync[sp["id"]]
        (job,) = sync["jobs"].values()
        assert len(sync["secrets"]) == 4
        assert len(world.sim.state.assignments[sp["id"]]) == 2
    assert job["status"]["code"] == "Active"
    assert result.job_id == job["id"]
    assert result.on_demand is not None and result.on_demand.in_webex


# ------------------------------------------------------------------------------- repair
@dataclass
class RepairWorld:
    sim: Simulator
    endpoints: ep.Endpoints
    profile: Profile
    store: SecretStore
    old_token: str
    new_token: WebexToken
    short_timeout: bool = False

    def secrets(self) -> dict[str, str]:
        cfg = self.sim.configured or {}
        with self.sim.state.lock:
            return {s["key"]: s["value"] for s in self.sim.state.sync[cfg["service_principal_id"]]["secrets"]}


def new_repair_world(sim: Simulator, backend: Any, tmp: Path) -> RepairWorld:
    """*backend*: the real Secret Service; None = memory only (recording at collection time)."""
    endpoints = ep.load(env={}, overrides=sim.endpoint_overrides())
    profile = Profile("demo", tmp / "data", tmp / "logs", f"wizard-fault-{uuid.uuid4().hex[:8]}")
    store = MemoryStore(profile) if backend is None else SecretStore(profile, backend=backend)
    assert seed_configured_secrets(Demo(sim, endpoints), profile, store)
    with sim.state.lock:
        sim.calls.clear()  # the seeding sign-in is not part of the journey
    st = sim.state
    raw = st.issue_token("webex", st.webex_admin_id, st.WEBEX_WEBEX_TOKEN_LIFETIME)
    new = WebexToken(raw, "Bearer", st.WEBEX_WEBEX_TOKEN_LIFETIME, time.time())
    assert sim.configured is not None
    return RepairWorld(sim, endpoints, profile, store, sim.configured["webex_token"], new)


def repair_journey(world: RepairWorld) -> Report:
    """Check; when the (only) fix offered is a new token, renew it. Returns the final report."""
    target = load_target(world.profile, world.endpoints, store=world.store)
    session = short_session(world.sim, world.short_timeout)
    report = run_checks(target, session=session)
    if report.exit_code() == 0:
        return report
    if report.fixes() == [Fix.RENEW_TOKEN] and report.graph is not None:
        return renew_token(target, report.graph, world.new_token, world.store, session=session).report
    return report


def check_report(report: Report) -> str:
    """(a) for a report that is not all ok: each problem is a specific, readable finding."""
    text = report.to_text()
    assert "Traceback" not in text and 'File "' not in text, text
    bad = [f for f in report.findings if f.status.value in ("failed", "unknown")]
    assert bad, text
    for finding in bad:
        assert finding.finding.strip(), finding
        if finding.error is not None:
            check_message(finding.error)
    return text


def assert_repair_consistent(world: RepairWorld) -> None:
    """(b)+(c): the Entra secret set complete (old or new token), keyring set readable and whole."""
    secrets = world.secrets()
    assert set(secrets) == {"BaseAddress", "SecretToken", "SyncNotificationSettings", "SyncAll"}
    assert secrets["SecretToken"] in (world.old_token, world.new_token.access_token)
    assert '"Recipients":"admin@contoso.example"' in secrets["SyncNotificationSettings"]
    cfg = world.sim.configured or {}
    with world.sim.state.lock:
        assert len(world.sim.state.sync[cfg["service_principal_id"]]["jobs"]) == 1
        pairs = [(a["principalId"], a["appRoleId"]) for a in world.sim.state.assignments[cfg["service_principal_id"]]]
    assert len(pairs) == len(set(pairs))
    saved = SecretSet(world.store, world.sim.state.tenant_id, cfg["org_id"]).load()
    assert saved.token is not None and saved.tenant_url == cfg["tenant_url"]
    # The keyring never holds a token Entra does not use (keyring is written last).
    if saved.token.token == world.new_token.access_token:
        assert secrets["SecretToken"] == world.new_token.access_token
    else:
        assert saved.token.token == world.old_token
