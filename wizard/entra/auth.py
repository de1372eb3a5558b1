"""Microsoft sign-in for the wizard: an MSAL public client that talks through our HTTP session.

Why this wrapper: MSAL does the protocol (PKCE, state, nonce, token cache, refresh); the wizard
adds what MSAL leaves to the app — the embedded-browser hand-off (the UI shows ``auth_uri`` and
gives back the redirect URL it intercepted), typed errors a person can act on, a cache the caller
can persist in the OS keyring, and the rule that every byte goes through ``WizardSession``
(MSAL's own ``verify=`` would lose to ``REQUESTS_CA_BUNDLE``; see wizard/core/http.py).

No Qt here: the UI and the CLI both call these blocking methods from a worker thread.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import msal
from msal.exceptions import MsalServiceError

from wizard.core.endpoints import Endpoints, is_loopback
from wizard.core.errors import Cancelled
from wizard.core.http import WizardSession
from wizard.entra.errors import SignInError

log = logging.getLogger("wizard.entra.auth")

# MSAL's DEBUG log records each token request's form data, which includes the authorization code
# and PKCE verifier. Keep MSAL at INFO unless someone configured its logger on purpose.
if logging.getLogger("msal").level == logging.NOTSET:
    logging.getLogger("msal").setLevel(logging.INFO)

#: Delegated Microsoft Graph permissions, kept minimal (docs/entra-graph.md#permissions-and-roles):
#: - Application.ReadWrite.All: find/instantiate the gallery app, read service principals
#:   (including Cisco's identity-integration app), restore deleted ones; it also covers the
#:   "Application.Read.All" half of what appRoleAssignedTo needs.
#: - Synchronization.ReadWrite.All: provisioning job, secrets, start, provision on demand.
#: - AppRoleAssignment.ReadWrite.All: assign the test user and groups to the app.
#: - User.Read.All: the user picker, and /me + /me/memberOf for the pre-flight role check
#:   (Graph documents User.Read as least privileged for the signed-in user's memberships and
#:   User.Read.All as a higher one), so neither Directory.Read.All nor
#:   RoleManagement.Read.Directory is needed.
#: - Group.Read.All: the group picker.
#: The simulator checks every call against its Microsoft Learn page's permissions table
#: (docs/simulator-strictness.md), and tests/integration/test_graph_scopes.py signs in without
#: one of these to prove the setup needs it.
GRAPH_PERMISSIONS: tuple[str, ...] = (
    "Application.ReadWrite.All",
    "Synchronization.ReadWrite.All",
    "AppRoleAssignment.ReadWrite.All",
    "User.Read.All",
    "Group.Read.All",
)
#: Errors after which a silent sign-in cannot help: the person has to sign in again.
_NEEDS_INTERACTION = frozenset(
    {"invalid_grant", "interaction_required", "consent_required", "login_required"}
)


def graph_resource(endpoints: Endpoints) -> str:
    """``scheme://host[:port]`` of the configured Graph, the resource the scopes belong to."""
    parts = urlsplit(endpoints.graph_base)
    return f"{parts.scheme}://{parts.netloc}"


def graph_scopes(endpoints: Endpoints) -> list[str]:
    """Full-URI scopes on the chosen cloud's Graph (e.g. graph.microsoft.us for US Gov)."""
    resource = graph_resource(endpoints)
    return [f"{resource}/{name}" for name in GRAPH_PERMISSIONS]


@dataclass(frozen=True)
class SignIn:
    """Who signed in, for which permissions, until when. The token itself is kept out of repr."""

    username: str
    name: str
    tenant_id: str
    object_id: str
    scopes: tuple[str, ...]
    #: Seconds since the epoch when the access token stops working.
    expires_on: float
    access_token: str = field(repr=False, compare=False)

    def authorization(self) -> dict[str, str]:
        """The request header Graph wants."""
        return {"Authorization": f"Bearer {self.access_token}"}

    def expires_within(self, seconds: float) -> bool:
        return time.time() + seconds >= self.expires_on


@dataclass
class AuthCodeFlow:
    """One embedded-browser sign-in: show ``auth_uri``, catch navigation to ``redirect_uri``.

    ``msal_flow`` holds the PKCE verifier and nonce; it never leaves the process and is not
    shown in repr or logs.
    """

    auth_uri: str
    redirect_uri: str
    msal_flow: dict[str, Any] = field(repr=False)

    def is_redirect(self, url: str) -> bool:
        """True for the navigation the embedded browser must stop and hand back.

        Entra appends "/" to a path-less redirect URI and, for loopback, the port is free
        (RFC 8252), so compare scheme, host and path modulo a trailing slash.
        """
        want, got = urlsplit(self.redirect_uri), urlsplit(url)
        if (want.scheme, want.hostname) != (got.scheme, got.hostname):
            return False
        if want.port != got.port and not is_loopback(want.hostname):
            return False
        return want.path.rstrip("/") == got.path.rstrip("/")


@dataclass
class DeviceFlow:
    """A device code sign-in: tell the person ``message``; then call ``finish_device_flow``."""

    user_code: str
    verification_uri: str
    message: str
    expires_at: float
    interval: int
    msal_flow: dict[str, Any] = field(repr=False)


@contextlib.contextmanager
def _msal_errors(host: str) -> Iterator[None]:
    """Turn MSAL's exceptions into typed errors whose text carries no state, code or token."""
    try:
        yield
    except ValueError as exc:
        if "state" in str(exc):
            raise SignInError.state_mismatch() from None
        raise SignInError.bad_response("MSAL rejected it as malformed") from None
    except MsalServiceError:
        raise SignInError.service_unavailable(host) from None
    except RuntimeError:
        # MSAL raises RuntimeError when the ID token's nonce is not the one it sent.
        raise SignInError.bad_response("the ID token does not belong to this sign-in") from None


def _flatten(query: str) -> dict[str, str]:
    """Query string -> dict of single values, as MSAL expects; a repeated key is refused."""
    flat: dict[str, str] = {}
    for key, values in parse_qs(query, keep_blank_values=True).items():
        if len(values) != 1:
            raise SignInError.bad_response(f"the parameter '{key}' appears more than once")
        flat[key] = values[0]
    return flat


def _decode_jwt_payload(token: str) -> dict[str, Any]:
    try:
        payload = token.split(".")[1]
        return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError):
        return {}


class GraphAuth:
    """Sign-in to Entra ID for Microsoft Graph, through ``session``, caching in ``cache``.

    The MSAL application is built on first use, because building it fetches the OpenID
    configuration over the network and constructors must not block the UI thread.
    """

    def __init__(
        self,
        endpoints: Endpoints,
        session: WizardSession,
        cache: msal.SerializableTokenCache | None = None,
        *,
        scopes: list[str] | None = None,
    ) -> None:
        self.endpoints = endpoints
        self.session = session
        self.cache = cache if cache is not None else msal.SerializableTokenCache()
        self.scopes = list(scopes) if scopes is not None else graph_scopes(endpoints)
        #: Why the last acquire_silent() returned None although an account was cached.
        self.last_silent_error: SignInError | None = None
        self._app: msal.PublicClientApplication | None = None
        # The UI may poll a device flow in one worker while another asks for a silent token.
        self._app_lock = threading.Lock()

    # ------------------------------------------------------------------ the MSAL application
    @property
    def host(self) -> str:
        return urlsplit(self.endpoints.entra_authority_host).netloc

    @property
    def app(self) -> msal.PublicClientApplication:
        with self._app_lock:
            if self._app is None:
                self._app = self._build_app()
            return self._app

    def _build_app(self) -> msal.PublicClientApplication:
        authority = self.endpoints.authority()
        loopback = is_loopback(urlsplit(authority).hostname)
        try:
            return msal.PublicClientApplication(
                self.endpoints.entra_client_id,
                authority=authority,
                http_client=self.session,
                token_cache=self.cache,
                # Instance discovery asks login.microsoftonline.com about the host; a loopback
                # simulator is not known there. Elsewhere keep MSAL's default.
                instance_discovery=False if loopback else None,
            )
        except ValueError as exc:
            # MSAL re-raises discovery failures without the body; the body is on __context__.
            if "AADSTS90002" in f"{exc} {exc.__context__}":
                raise SignInError.from_result(
                    {"error": "invalid_tenant", "error_codes": [90002]}
                ) from None
            raise SignInError.discovery_failed(authority) from None
        except MsalServiceError:
            raise SignInError.service_unavailable(self.host) from None

    # ------------------------------------------------------------------ embedded browser
    def begin_embedded(self, login_hint: str | None = None) -> AuthCodeFlow:
        """Start a sign-in for the embedded browser (auth code + PKCE, ``response_mode=query``)."""
        with _msal_errors(self.host), warnings.catch_warnings():
            # MSAL recommends form_post, which needs a local web server; the embedded browser
            # reads the code from the redirect URL instead, so query is the right mode here.
            warnings.filterwarnings("ignore", message="response_mode='form_post'")
            flow = self.app.initiate_auth_code_flow(
                self.scopes,
                redirect_uri=self.endpoints.entra_redirect_uri,
                response_mode="query",
                prompt="select_account",
                login_hint=login_hint,
            )
        return AuthCodeFlow(flow["auth_uri"], self.endpoints.entra_redirect_uri, flow)

    def finish_embedded(self, flow: AuthCodeFlow, redirected_url: str) -> SignIn:
        """Redeem the redirect the embedded browser intercepted; raises :class:`SignInError`."""
        if not flow.is_redirect(redirected_url):
            raise SignInError.bad_response("it did not come back to the expected redirect address")
        parts = urlsplit(redirected_url)
        response = _flatten(parts.query or parts.fragment)
        # State first: an error or a code from some other sign-in must not be acted on.
        if response.get("state") != flow.msal_flow.get("state"):
            raise SignInError.state_mismatch()
        if response.get("error"):
            raise SignInError.from_result(response)
        if not response.get("code"):
            raise SignInError.bad_response("it carries neither a code nor an error")
        with _msal_errors(self.host):
            result = self.app.acquire_token_by_auth_code_flow(flow.msal_flow, response)
        return self._sign_in(result)

    # ------------------------------------------------------------------ silent (cache / refresh)
    def accounts(self) -> list[str]:
        """Usernames with a cached sign-in for this authority host."""
        return [a.get("username", "") for a in self.app.get_accounts()]

    def acquire_silent(
        self, username: str | None = None, *, force_refresh: bool = False
    ) -> SignIn | None:
        """A token from the cache, refreshed if needed; None when the person must sign in.

        ``force_refresh`` skips a cached access token that Graph has just refused (401), so
        the refresh token gets one that works. Why None was returned is kept in
        ``last_silent_error`` for the UI to explain.
        """
        self.last_silent_error = None
        accounts = self.app.get_accounts(username=username)
        if not accounts:
            return None
        account = accounts[0]
        with _msal_errors(self.host):
            result = self.app.acquire_token_silent_with_error(
                self.scopes, account, force_refresh=force_refresh
            )
        if result is None:
            return None
        if "error" in result:
            error = SignInError.from_result(result)
            if result.get("error") in _NEEDS_INTERACTION:
                log.info(
                    "cached Microsoft sign-in not usable (%s); interactive sign-in needed",
                    error.code,
                )
                self.last_silent_error = error
                return None
            raise error
        return self._sign_in(result, account)

    # ------------------------------------------------------------------ device code
    def initiate_device_flow(self) -> DeviceFlow:
        """Start a device code sign-in (headless setups, or when the embedded browser is blocked)."""
        with _msal_errors(self.host):
            flow = self.app.initiate_device_flow(scopes=self.scopes)
        if "user_code" not in flow:
            raise SignInError.from_result(flow)
        return DeviceFlow(
            user_code=flow["user_code"],
            verification_uri=flow.get("verification_uri", ""),
            message=flow.get("message", ""),
            expires_at=float(flow["expires_at"]),
            interval=int(flow["interval"]),
            msal_flow=flow,
        )

    def finish_device_flow(
        self, flow: DeviceFlow, should_stop: Callable[[], bool] = lambda: False
    ) -> SignIn:
        """Poll until the person finished at the device login page; blocks, checks ``should_stop``.

        Raises :class:`~wizard.core.errors.Cancelled` when ``should_stop()`` turns true.
        """

        def exit_condition(msal_flow: Mapping[str, Any]) -> bool:
            return should_stop() or msal_flow.get("expires_at", 0) < time.time()

        with _msal_errors(self.host):
            result = self.app.acquire_token_by_device_flow(
                flow.msal_flow, exit_condition=exit_condition
            )
        if result.get("error") in ("authorization_pending", "slow_down"):
            if should_stop():
                raise Cancelled.by_user()
            raise SignInError.from_result({"error": "expired_token"})
        return self._sign_in(result)

    # ------------------------------------------------------------------ system browser
    def interactive_system_browser(
        self,
        *,
        login_hint: str | None = None,
        timeout: int = 600,
        on_before_launching_ui: Callable[..., None] | None = None,
    ) -> SignIn:
        """Sign in in the system browser (fallback for device-based Conditional Access).

        MSAL opens the browser and listens on ``http://localhost:<free port>`` for the reply.
        """
        with _msal_errors(self.host):
            result = self.app.acquire_token_interactive(
                self.scopes,
                prompt="select_account",
                login_hint=login_hint,
                timeout=timeout,
                on_before_launching_ui=on_before_launching_ui,
            )
        if result is None:  # the local listener timed out
            raise SignInError.from_result(
                {"error": "timeout", "error_description": "No answer from the browser in time."}
            )
        return self._sign_in(result)

    # ------------------------------------------------------------------ cache
    def sign_out(self) -> int:
        """Forget every cached account of this client; returns how many were removed."""
        accounts = self.app.get_accounts()
        for account in accounts:
            self.app.remove_account(account)
        return len(accounts)

    @property
    def cache_changed(self) -> bool:
        """True when the cache holds something not yet given to :meth:`serialize_cache`."""
        return bool(self.cache.has_state_changed)

    def serialize_cache(self) -> str:
        """The cache as text for the secret store (it holds tokens: keyring only, never disk)."""
        return self.cache.serialize()

    # ------------------------------------------------------------------ results
    def _sign_in(
        self, result: Mapping[str, Any] | None, account: Mapping[str, Any] | None = None
    ) -> SignIn:
        if not result or "error" in result or "access_token" not in result:
            raise SignInError.from_result(result or {"error": "no_token"})
        claims: Mapping[str, Any] = result.get("id_token_claims") or self._cached_claims(account)
        home = (account or {}).get("home_account_id", "")
        granted = tuple(str(result.get("scope", "")).split()) or tuple(self.scopes)
        return SignIn(
            username=claims.get("preferred_username") or (account or {}).get("username", ""),
            name=claims.get("name", ""),
            tenant_id=claims.get("tid") or (home.split(".")[1] if "." in home else ""),
            object_id=claims.get("oid") or (account or {}).get("local_account_id", ""),
            scopes=granted,
            expires_on=time.time() + int(result.get("expires_in", 0)),
            access_token=result["access_token"],
        )

    def _cached_claims(self, account: Mapping[str, Any] | None) -> dict[str, Any]:
        """Claims of the cached ID token (a cache hit returns only the access token)."""
        if not account:
            return {}
        for entry in self.cache.search(
            msal.TokenCache.CredentialType.ID_TOKEN,
            query={
                "home_account_id": account.get("home_account_id"),
                "environment": account.get("environment"),
                "client_id": self.endpoints.entra_client_id,
            },
        ):
            return _decode_jwt_payload(entry.get("secret", ""))
        return {}
