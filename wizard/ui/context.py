"""What the wizard's pages share: plain Python, no Qt, so flows and tests can use it directly.

Pages read and write one :class:`WizardContext` instead of QWizard fields: the values here are
rich objects (endpoints, sign-in results, tokens) that QWizard's string/variant fields handle
badly. The objects a run is built on (endpoints, HTTP session, secret store, profile) live in
one :class:`~wizard.flows.services.Services`; ``endpoints``, ``profile`` and ``secret_store``
here are views of it, so there is one source for each.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Protocol

from wizard.core import endpoints as ep
from wizard.core.paths import Profile
from wizard.flows.services import Services

if TYPE_CHECKING:
    from wizard.flows.gallery import WebexApp
    from wizard.flows.preflight import Report as PreflightReport
    from wizard.flows.services import SecretStore
    from wizard.flows.setup import NewApp, SetupInputs, SetupResult, Step
    from wizard.flows.signin import GraphAuth, GraphClient, SignIn, TenantInfo
    from wizard.flows.webex_credentials import ConnectionReport, WebexPerson, WebexToken

#: Endpoint fields the Environment page decides; everything else is "set by the admin's config".
_CHOSEN_ON_PAGE = frozenset({"entra_cloud", "webex_env", "unconfirmed"})


class DemoServer(Protocol):
    """What the UI needs from the demo's simulator: the certificate it may trust."""

    @property
    def fingerprint(self) -> str: ...


def explicit_values(endpoints: ep.Endpoints) -> dict[str, object]:
    """Values that differ from the preset of their cloud: set by config, environment or demo.

    Why: when the admin switches cloud on the Environment page we rebuild from the new preset,
    and must keep what their config file (or the demo's simulator) set on purpose — the same
    precedence :func:`wizard.core.endpoints.load` applies.
    """
    base = ep.preset(endpoints.entra_cloud, endpoints.webex_env)
    # A value set to the preset's own value still counts when it was set on purpose: load()
    # then drops it from ``unconfirmed``, and so must we.
    confirmed_on_purpose = base.unconfirmed - endpoints.unconfirmed
    return {
        f.name: getattr(endpoints, f.name)
        for f in fields(endpoints)
        if f.name not in _CHOSEN_ON_PAGE
        and (getattr(endpoints, f.name) != getattr(base, f.name) or f.name in confirmed_on_purpose)
    }


class WizardContext:
    """State shared by every page. Secret-bearing results are never shown by ``repr``."""

    def __init__(
        self,
        endpoints: ep.Endpoints,
        demo: DemoServer | None = None,
        lang: str = "en",
        *,
        services: Services | None = None,
    ) -> None:
        # --- environment and services --------------------------------------------------------
        #: Endpoints, HTTP session, secret store and profile of this run (one per process).
        self.services: Services = services if services is not None else Services(endpoints)
        if self.services.endpoints != endpoints:
            self.services = self.services.for_endpoints(endpoints)
        self.demo: DemoServer | None = demo
        self.lang: str = lang
        #: Values set by config/env/demo, kept across cloud changes (see :func:`explicit_values`).
        self.explicit: dict[str, object] = explicit_values(endpoints)
        # --- Microsoft sign-in and the tenant's app -----------------------------------------
        self.ms_signin: SignIn | None = None
        #: The MSAL client of the current sign-in (its token cache).
        self.graph_auth: GraphAuth | None = None
        #: Graph client for the later pages (provisioning, assignments).
        self.graph: GraphClient | None = None
        #: Name, ID and primary domain of the signed-in tenant.
        self.ms_tenant: TenantInfo | None = None
        #: The last pre-flight check.
        self.preflight: PreflightReport | None = None
        #: The Cisco Webex app the setup uses (reused, picked or created).
        self.webex_app: WebexApp | None = None
        #: Object ID of the service principal this run created, recorded the moment Graph
        #: answered 201, so a retry or a Back/Next never adds a second one.
        self.created_sp_id: str | None = None
        #: The app Apply is to add (the tenant has none yet): the first step Review lists.
        self.new_app: NewApp | None = None
        # --- Webex credentials ----------------------------------------------------------------
        self.webex_token: WebexToken | None = None
        self.webex_person: WebexPerson | None = None
        #: Organization UUID (from people/me, or typed by the admin when people/me is unavailable).
        self.webex_org_id: str | None = None
        #: The SCIM tenant URL Entra will be given, validated.
        self.webex_tenant_url: str | None = None
        #: The passed connection test; None until then.
        self.webex_connection: ConnectionReport | None = None
        # --- the admin's choices --------------------------------------------------------------
        #: Options the admin chose (scope, test user, groups, app role …), by name.
        self.choices: dict[str, object] = {}
        #: What the Scope page built (its repr hides the Webex token).
        self.setup_inputs: SetupInputs | None = None
        #: Display lines for the principals chosen on the Scope page ("Alex Wilber (…) · User").
        self.setup_assigned: list[str] = []
        # --- the setup plan and its result ----------------------------------------------------
        #: The steps the Review page showed (the plan; nothing written).
        self.setup_plan: list[Step] | None = None
        #: The last successful Apply.
        self.setup_result: SetupResult | None = None
        #: Human-readable descriptions of changes already made in the tenant or org.
        self.applied: list[str] = []

    # ------------------------------------------------------------------ views of the services
    @property
    def endpoints(self) -> ep.Endpoints:
        return self.services.endpoints

    @endpoints.setter
    def endpoints(self, endpoints: ep.Endpoints) -> None:
        # Another cloud: the same run (store, profile) against other hosts, with a new session.
        if endpoints != self.services.endpoints:
            self.services = self.services.for_endpoints(endpoints)

    @property
    def profile(self) -> Profile | None:
        """Where the resumable state file lives and whose keyring entries are used (None in
        tests that save nothing)."""
        return self.services.profile

    @profile.setter
    def profile(self, profile: Profile | None) -> None:
        self.services.profile = profile

    @property
    def secret_store(self) -> SecretStore | None:
        """The store opened so far (None: the profile's OS keyring is opened when first needed)."""
        return self.services.opened_store()

    @secret_store.setter
    def secret_store(self, store: SecretStore | None) -> None:
        self.services.use_store(store)

    # ------------------------------------------------------------------ facts
    def __repr__(self) -> str:
        # Only non-secret facts: sign-in results and tokens are summarised as present/absent.
        return (
            f"WizardContext(entra_cloud={self.endpoints.entra_cloud!r}, "
            f"webex_env={self.endpoints.webex_env!r}, demo={self.demo is not None}, "
            f"lang={self.lang!r}, ms_signed_in={self.ms_signin is not None}, "
            f"webex_token={'present' if self.webex_token is not None else 'absent'}, "
            f"choices={sorted(self.choices)}, applied={len(self.applied)})"
        )

    @property
    def is_demo(self) -> bool:
        return self.demo is not None

    def trusted_fingerprint(self) -> str | None:
        """The simulator's leaf-certificate SHA-256 in demo mode; None means "trust only real CAs"."""
        return self.demo.fingerprint if self.demo is not None else None

    def progress_made(self) -> bool:
        """True once leaving would throw away work: a sign-in happened or something was changed."""
        return bool(self.ms_signin is not None or self.webex_token is not None or self.applied)

    def with_environment(
        self,
        entra_cloud: str,
        webex_env: str,
        *,
        client_id: str = "",
        tenant: str = "",
    ) -> ep.Endpoints:
        """The endpoints for the admin's choice, validated (raises :class:`ConfigError`).

        Precedence mirrors :func:`wizard.core.endpoints.load`: preset < explicit config < what the
        admin typed in "Advanced". An empty field means "keep the configured/default value".
        """
        base = ep.preset(entra_cloud, webex_env)
        values = dict(self.explicit)
        typed = {"entra_client_id": client_id.strip(), "entra_tenant": tenant.strip()}
        values.update({k: v for k, v in typed.items() if v})
        candidate = base.replace(unconfirmed=base.unconfirmed - set(values), **values)
        return ep.validate(candidate)
