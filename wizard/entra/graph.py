"""Microsoft Graph client: typed errors, correlation ids, paging, and eventual-consistency waits.

Why a client of our own rather than the Graph SDK: the wizard needs a dozen calls, and every one
must go through :mod:`wizard.core.http` (TLS trust, timeouts, 429/503 ``Retry-After``, the log line).
What this module adds on top:

* **Errors keyed on ``error.code``**: every error answer becomes a subclass of
  :class:`~wizard.entra.graph_errors.GraphError` (see :mod:`wizard.entra.graph_errors`).
* **Paging**: ``@odata.nextLink`` is followed, but only on the Graph host we were configured
  with, so a bearer token can never be sent elsewhere by a crafted link.
* **Eventual consistency**: a directory object just created can read as 404
  ``Request_ResourceNotFound`` for a while. Only calls that say so (``just_created=``) retry
  on it, with the backoff of :mod:`wizard.entra.waits`; a 404 anywhere else is a real
  "not found".
* **Token refresh**: a 401 ``InvalidAuthenticationToken`` asks the token source once for a fresh
  token (the cached access token may have been revoked or expired mid-step).

No Qt: the UI runs these blocking calls in worker threads; the CLI calls them directly.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypedDict, Unpack
from urllib.parse import quote, urlsplit

import requests

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.core.http import WizardSession
from wizard.core.logs import register_secret
from wizard.entra.graph_errors import (
    CONSISTENCY_CODES,
    GraphBadRequest,
    GraphNotFound,
    error_from_response,
    malformed,
)
from wizard.entra.waits import Backoff, ConsistencyTimeout, StopWaiting, interruptible_sleep

log = logging.getLogger("wizard.entra.graph")

SERVICE = "Microsoft Graph"
#: Graph's own page cap for directory collections; fewer round trips on big tenants.
MAX_PAGE_SIZE = 999
#: A runaway nextLink chain (a server bug) must end: 200 pages x 999 objects is plenty.
MAX_PAGES = 200


class Waits(TypedDict, total=False):
    """How a verb may wait, passed through to :meth:`GraphClient.request` (see there): declared
    once for ``get``, ``get_all`` and ``post``."""

    just_created: Backoff | None
    should_stop: Callable[[], bool]
    on_wait: Callable[[float], None] | None


# ------------------------------------------------------------------------------------ tokens
class TokenSource(Protocol):
    """Gives the bearer token for Graph; ``force_refresh`` after Graph refused the last one."""

    def __call__(self, force_refresh: bool = False) -> str: ...


class SignedInTokens:
    """A :class:`TokenSource` over :class:`wizard.entra.auth.GraphAuth` and its current sign-in.

    Refreshes through MSAL's cache when the token is about to expire or Graph refused it, and
    calls ``on_refreshed`` (in the calling worker thread) so the page can persist the rotated
    refresh token. Thread-safe: two workers never refresh at once.
    """

    #: Refresh this long before expiry, so a long step does not fail half-way.
    EARLY = 300.0

    def __init__(
        self,
        auth: Any,
        sign_in: Any,
        on_refreshed: Callable[[Any], None] | None = None,
    ) -> None:
        self.auth = auth
        self.sign_in = sign_in
        self.on_refreshed = on_refreshed
        self._lock = threading.Lock()
        register_secret(sign_in.access_token)

    def __call__(self, force_refresh: bool = False) -> str:
        with self._lock:
            current = self.sign_in
            if force_refresh or current.expires_within(self.EARLY):
                fresh = self.auth.acquire_silent(current.username, force_refresh=force_refresh)
                if fresh is None:
                    err = self.auth.last_silent_error
                    if err is not None:
                        raise err
                    from wizard.entra.errors import SignInError

                    raise SignInError.no_account()
                register_secret(fresh.access_token)
                self.sign_in = fresh
                if self.on_refreshed is not None:
                    self.on_refreshed(fresh)
            return self.sign_in.access_token


# ------------------------------------------------------------------------------------ client
def odata_quote(value: str) -> str:
    """A string literal for ``$filter`` / key segments: single quotes doubled (OData ABNF)."""
    return "'" + value.replace("'", "''") + "'"


class GraphClient:
    """Blocking Graph v1.0 calls through a :class:`WizardSession`.

    ``base`` is the configured ``graph_base`` (``https://graph.microsoft.com/v1.0`` or a national
    cloud's, or the simulator's); paths are relative to it.
    """

    def __init__(
        self,
        base: str,
        session: WizardSession,
        tokens: TokenSource,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base = base.rstrip("/")
        self.session = session
        self.tokens = tokens
        self._sleep = sleep
        parts = urlsplit(self.base)
        self._origin = (parts.scheme.lower(), parts.netloc.lower())

    # ------------------------------------------------------------------ plumbing
    def url(self, path: str) -> str:
        return path if path.startswith("https://") else f"{self.base}/{path.lstrip('/')}"

    def _send(
        self,
        method: str,
        url: str,
        params: Mapping[str, str] | None,
        body: Any,
        headers: Mapping[str, str] | None,
        force_refresh: bool = False,
    ) -> requests.Response:
        token = self.tokens(force_refresh)
        sent = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        sent.update(headers or {})
        return self.session.request(method, url, params=params, json=body, headers=sent)

    def request(
        self,
        method: str,
        path: str,
        *,
        operation: str,
        params: Mapping[str, str] | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        just_created: Backoff | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        on_wait: Callable[[float], None] | None = None,
    ) -> requests.Response:
        """One Graph call; raises a :class:`GraphError` subclass for any error answer.

        ``operation`` names the step in the user's words ("reading your roles"); it goes into
        the error text. ``just_created`` turns on the eventual-consistency retry (404
        ``Request_ResourceNotFound`` / ``Directory_ConcurrencyViolation``) for an object this
        run has just created; :class:`ConsistencyTimeout` is raised when it never appears.
        ``on_wait(seconds_waited_so_far)`` is called before each backoff sleep.
        """
        url = self.url(path)
        self._check_origin(url)
        delays = just_created.delays() if just_created is not None else iter(())
        started = time.monotonic()
        refreshed = False
        while True:
            response = self._send(method, url, params, body, headers)
            if response.status_code == 401 and not refreshed:
                # The cached access token may be revoked or just expired: one fresh try.
                refreshed = True
                log.info("Graph refused the access token; refreshing it once")
                response = self._send(method, url, params, body, headers, force_refresh=True)
            if response.status_code < 400:
                return response
            err = error_from_response(response, operation)
            if just_created is None or err.graph_code not in CONSISTENCY_CODES:
                raise err
            try:
                delay = next(delays)
            except StopIteration:
                raise ConsistencyTimeout(time.monotonic() - started, err) from None
            log.info(
                "%s: %s (not replicated yet?); retrying in %.1f s",
                operation,
                err.graph_code,
                delay,
            )
            if on_wait is not None:
                on_wait(time.monotonic() - started)
            if self._sleep is time.sleep:
                interruptible_sleep(delay, should_stop)
            else:
                if should_stop():
                    raise StopWaiting
                self._sleep(delay)

    def _check_origin(self, url: str) -> None:
        parts = urlsplit(url)
        if (parts.scheme.lower(), parts.netloc.lower()) != self._origin:
            # Never send the bearer token to a host we were not configured with.
            raise GraphBadRequest.build(
                0,
                "UntrustedNextLink",
                "a link pointed outside the configured Graph host",
                "following a page link",
                {},
            )

    # ------------------------------------------------------------------ verbs
    def get(
        self,
        path: str,
        *,
        operation: str,
        params: Mapping[str, str] | None = None,
        **waits: Unpack[Waits],
    ) -> dict[str, Any]:
        response = self.request("GET", path, operation=operation, params=params, **waits)
        return _json(response, operation)

    def get_all(
        self,
        path: str,
        *,
        operation: str,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        **waits: Unpack[Waits],
    ) -> list[dict[str, Any]]:
        """Every item of a collection, following ``@odata.nextLink`` (same host only)."""
        items: list[dict[str, Any]] = []
        url, query = path, dict(params or {})
        for _page in range(MAX_PAGES):
            response = self.request(
                "GET", url, operation=operation, params=query or None, headers=headers, **waits
            )
            body = _json(response, operation)
            value = body.get("value")
            if not isinstance(value, list):
                raise malformed(response, operation)
            items.extend(v for v in value if isinstance(v, dict))
            link = body.get("@odata.nextLink")
            if not link:
                return items
            # The link carries every query option itself (including $skiptoken).
            url, query = str(link), {}
        log.warning("%s: stopped after %d pages", operation, MAX_PAGES)
        return items

    def post(self, path: str, body: Any, *, operation: str, **waits: Unpack[Waits]) -> dict[str, Any]:
        response = self.request("POST", path, operation=operation, body=body, **waits)
        return _json(response, operation) if response.content else {}

    # ------------------------------------------------------------------ small shared reads
    def organization(self) -> TenantInfo:
        """The signed-in tenant: name, ID and default (primary) domain (``GET /organization``)."""
        rows = self.get_all(
            "/organization",
            operation=QT_TRANSLATE_NOOP("errors", "reading your tenant's details"),
            params={"$select": "id,displayName,verifiedDomains"},
        )
        if not rows:
            raise GraphNotFound.build(
                404, "", "no organization", "reading your tenant's details", {}
            )
        org = rows[0]
        domains = [d for d in org.get("verifiedDomains") or [] if isinstance(d, dict)]
        default = next((d for d in domains if d.get("isDefault")), None)
        initial = next((d for d in domains if d.get("isInitial")), None)
        chosen = default or initial or (domains[0] if domains else {})
        return TenantInfo(
            id=str(org.get("id") or ""),
            display_name=str(org.get("displayName") or ""),
            default_domain=str(chosen.get("name") or ""),
        )


@dataclass(frozen=True)
class TenantInfo:
    """What the sign-in page shows about the tenant: nothing secret."""

    id: str
    display_name: str
    default_domain: str


def sp_path(sp_id: str) -> str:
    return f"/servicePrincipals/{quote(sp_id, safe='')}"


def _json(response: requests.Response, operation: str) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        raise malformed(response, operation) from None
    if not isinstance(body, dict):
        raise malformed(response, operation)
    return body
