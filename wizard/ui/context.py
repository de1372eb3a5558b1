"""What the wizard's pages share: plain Python, no Qt, so flows and tests can use it directly.

Pages read and write one :class:`WizardContext` instead of QWizard fields: the values here are
rich objects (endpoints, sign-in results, tokens) that QWizard's string/variant fields handle
badly, and keeping them out of Qt lets the CLI reuse the same object later.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from wizard.core import endpoints as ep

if TYPE_CHECKING:
    from wizard.simulator import Simulator

#: Endpoint fields the Environment page decides; everything else is "set by the admin's config".
_CHOSEN_ON_PAGE = frozenset({"entra_cloud", "webex_env", "unconfirmed"})


def explicit_values(endpoints: ep.Endpoints) -> dict[str, Any]:
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


@dataclass(repr=False)
class WizardContext:
    """State shared by every page. Secret-bearing results are never shown by ``repr``."""

    endpoints: ep.Endpoints
    demo: Simulator | None = None
    lang: str = "en"
    #: Values set by config/env/demo, kept across cloud changes (see :func:`explicit_values`).
    explicit: dict[str, Any] = field(default_factory=dict)
    # --- results of later pages (objects owned by wizard.entra / wizard.webex) -------------
    ms_signin: Any = None
    webex_token: Any = None
    webex_person: Any = None
    #: Options the admin chose (scope, test user, groups, app role …), by name.
    choices: dict[str, Any] = field(default_factory=dict)
    #: Human-readable descriptions of changes already made in the tenant or org.
    applied: list[str] = field(default_factory=list)
    # --- issue 4 (Webex sign-in + connection test pages; owner: the Webex pages) ---------
    #: Organization UUID (from people/me, or typed by the admin when people/me is unavailable).
    webex_org_id: str | None = None
    #: The SCIM tenant URL Entra will be given, validated (wizard.webex.scim.validate_tenant_url).
    webex_tenant_url: str | None = None
    #: The passed connection test (wizard.webex.connection.ConnectionReport); None until then.
    webex_connection: Any = None
    #: Where secrets go (wizard.storage.secrets.SecretStore or MemoryStore). None: the profile's OS
    #: keyring is opened when first needed.
    secret_store: Any = None
    # --- end issue 4 ------------------------------------------------------------------------
    # --- issue 3 (Microsoft sign-in, pre-flight, gallery pages; owner: those pages) -------
    #: wizard.entra.auth.GraphAuth of the current sign-in (MSAL app + token cache).
    graph_auth: Any = None
    #: wizard.entra.graph.GraphClient for later pages (provisioning, assignments).
    graph: Any = None
    #: wizard.entra.graph.TenantInfo: name, ID and primary domain of the signed-in tenant.
    ms_tenant: Any = None
    #: wizard.entra.preflight.Report of the last pre-flight check.
    preflight: Any = None
    #: wizard.entra.gallery.WebexApp the setup uses (reused, picked or created).
    webex_app: Any = None
    #: Object ID of the service principal this run created, recorded the moment Graph answered
    #: 201, so a retry or a Back/Next never adds a second one.
    created_sp_id: str | None = None
    # --- end issue 3 ------------------------------------------------------------------------
    # --- issue 5 (scope, review, apply, finish pages; owner: those pages) -----------------
    #: wizard.core.paths.Profile: where the resumable state file lives and which stored pair repair
    #: reads (set by the app; tests point it at a temporary directory). None: not saved.
    profile: Any = None
    #: wizard.flows.setup.SetupInputs the Scope page built (its repr hides the Webex token).
    setup_inputs: Any = None
    #: Display lines for the principals chosen on the Scope page ("Alex Wilber (…) · User").
    setup_assigned: list[str] = field(default_factory=list)
    #: list[wizard.flows.setup.Step] the Review page showed (plan_setup's answer; nothing written).
    setup_plan: Any = None
    #: wizard.flows.setup.SetupResult of the last successful Apply.
    setup_result: Any = None
    # --- end issue 5 ------------------------------------------------------------------------

    def __post_init__(self) -> None:
        if not self.explicit:
            self.explicit = explicit_values(self.endpoints)

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
        typed = {k: v for k, v in typed.items() if v}
        values.update(typed)
        candidate = base.replace(unconfirmed=base.unconfirmed - set(values), **values)
        return ep.validate(candidate)
