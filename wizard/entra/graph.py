"""Microsoft Graph client: typed errors, correlation ids, paging, and eventual-consistency waits.

Why a client of our own rather than the Graph SDK: the wizard needs a dozen calls, and every one
must go through :mod:`wizard.core.http` (TLS trust, timeouts, 429/503 ``Retry-After``, the log line).
What this module adds on top:

* **Errors keyed on ``error.code``** (research/entra-graph.md §4.3: "code against error codes
  returned in ``code`` properties", never on ``message``). Each known code maps to a subclass of
  :class:`GraphError` with a what / why / next step; the message text is kept only as a cleaned
  detail for support. ``request-id`` / ``client-request-id`` travel with every error.
* **Paging**: ``@odata.nextLink`` is followed, but only on the Graph host we were configured
  with, so a bearer token can never be sent elsewhere by a crafted link.
* **Eventual consistency**: a directory object just created can read as 404
  ``Request_ResourceNotFound`` for a while (§1.3). Only calls that say so (``just_created=``)
  retry on it, with exponential backoff; a 404 anywhere else is a real "not found".
* **Token refresh**: a 401 ``InvalidAuthenticationToken`` asks the token source once for a fresh
  token (the cached access token may have been revoked or expired mid-step).

No Qt: the UI runs these blocking calls in worker threads; the CLI calls them directly.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol
from urllib.parse import quote, urlsplit

import requests

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.core.http import WizardSession
from wizard.core.logs import register_secret

log = logging.getLogger("wizard.entra.graph")

SERVICE = "Microsoft Graph"
#: Graph's own page cap for directory collections; fewer round trips on big tenants.
MAX_PAGE_SIZE = 999
#: A runaway nextLink chain (a server bug) must end: 200 pages x 999 objects is plenty.
MAX_PAGES = 200
_SECRETISH = re.compile(r"[A-Za-z0-9_\-\.~+/=]{40,}")


# ------------------------------------------------------------------------------------ errors
class GraphError(WizardError):
    """Graph answered an error. Subclasses are chosen by ``error.code`` (see :data:`_BY_CODE`)."""

    #: HTTP status of the answer.
    status: int = 0
    #: Graph's ``error.code`` (e.g. ``Request_ResourceNotFound``), "" when the body had none.
    graph_code: str = ""
    #: Seconds from ``Retry-After`` when the service sent one.
    retry_after: float | None = None

    what_text: ClassVar[str] = QT_TRANSLATE_NOOP("errors", "Microsoft Graph reported an error.")
    why_text: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors", "Microsoft Graph answered {status} ({graph_code}) to {operation}: {detail}"
    )
    fix_text: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors",
        "Retry; if it happens again, send the ids below to support with the exported report.",
    )
    transient_kind: ClassVar[bool] = False

    @classmethod
    def build(
        cls,
        status: int,
        graph_code: str,
        message: str,
        operation: str,
        correlation: Mapping[str, str],
        retry_after: float | None = None,
    ) -> GraphError:
        err = cls(
            what=cls.what_text,
            why=cls.why_text,
            fix=cls.fix_text,
            params={
                "status": status,
                "graph_code": graph_code or "no code",
                "operation": operation,
                "detail": clean_message(message),
                "retry_after": f"{retry_after:.0f}" if retry_after is not None else "",
            },
            correlation=dict(correlation),
            code=f"graph.{graph_code or status}",
            transient=cls.transient_kind,
        )
        err.status = status
        err.graph_code = graph_code
        err.retry_after = retry_after
        return err


class GraphNotFound(GraphError):
    what_text = QT_TRANSLATE_NOOP("errors", "Microsoft Graph could not find {operation}.")
    why_text = QT_TRANSLATE_NOOP(
        "errors",
        "It answered {status} ({graph_code}): the object does not exist, was deleted, or is not "
        "visible to your account.",
    )
    fix_text = QT_TRANSLATE_NOOP(
        "errors",
        "Go Back and run the checks again. If someone deleted the app meanwhile, the wizard will "
        "offer to add it again.",
    )


class GraphAccessDenied(GraphError):
    what_text = QT_TRANSLATE_NOOP("errors", "Microsoft Graph refused {operation}.")
    why_text = QT_TRANSLATE_NOOP(
        "errors",
        "It answered {status} ({graph_code}): your account lacks a role or permission this step "
        "needs.",
    )
    fix_text = QT_TRANSLATE_NOOP(
        "errors",
        "Sign in with an account that holds the Application Administrator, Cloud Application "
        "Administrator or Global Administrator role (activate it first if it is eligible in "
        "Privileged Identity Management), then retry.",
    )


class GraphUnauthenticated(GraphError):
    what_text = QT_TRANSLATE_NOOP("errors", "Your Microsoft sign-in is no longer accepted.")
    why_text = QT_TRANSLATE_NOOP(
        "errors",
        "Microsoft Graph answered {status} ({graph_code}) to {operation}: the sign-in expired or "
        "was revoked.",
    )
    fix_text = QT_TRANSLATE_NOOP(
        "errors", "Go Back to the Microsoft sign-in page and sign in again. Nothing was changed."
    )


class GraphThrottled(GraphError):
    what_text = QT_TRANSLATE_NOOP("errors", "Microsoft Graph is asking the wizard to slow down.")
    why_text = QT_TRANSLATE_NOOP(
        "errors",
        "It answered {status} ({graph_code}) to {operation} and asked for a pause longer than "
        "the wizard waits on its own.",
    )
    fix_text = QT_TRANSLATE_NOOP(
        "errors", "Wait a minute, then click Retry. Nothing was changed by the refused request."
    )
    transient_kind = True


class GraphUnavailable(GraphError):
    what_text = QT_TRANSLATE_NOOP("errors", "Microsoft Graph is temporarily unavailable.")
    why_text = QT_TRANSLATE_NOOP(
        "errors",
        "It answered {status} ({graph_code}) to {operation}: the problem is on Microsoft's side.",
    )
    fix_text = QT_TRANSLATE_NOOP(
        "errors",
        "Nothing was changed by the failed request. Wait a few minutes and click Retry; "
        "Microsoft's service health page may say more.",
    )
    transient_kind = True


class GraphConflict(GraphError):
    """``Directory_ConcurrencyViolation``: another change to the same object was in flight."""

    what_text = QT_TRANSLATE_NOOP("errors", "Entra ID was still busy with {operation}.")
    why_text = QT_TRANSLATE_NOOP(
        "errors",
        "Microsoft Graph answered {status} ({graph_code}): another change to the same object "
        "had not finished.",
    )
    fix_text = QT_TRANSLATE_NOOP("errors", "Wait a few seconds and click Retry.")
    transient_kind = True


class GraphBadRequest(GraphError):
    what_text = QT_TRANSLATE_NOOP("errors", "Microsoft Graph rejected {operation}.")
    why_text = QT_TRANSLATE_NOOP("errors", "It answered {status} ({graph_code}): {detail}")
    fix_text = QT_TRANSLATE_NOOP(
        "errors",
        "This is probably a problem in the wizard or in this cloud's Graph. Send the ids below "
        "and the log file to support.",
    )


#: ``error.code`` -> error class. Codes from GDC concepts/errors.md and the directory codes
#: research/entra-graph.md §4.3 lists. Unknown codes fall back on the HTTP status.
_BY_CODE: dict[str, type[GraphError]] = {
    "Request_ResourceNotFound": GraphNotFound,
    "ResourceNotFound": GraphNotFound,
    "itemNotFound": GraphNotFound,
    "Authorization_RequestDenied": GraphAccessDenied,
    "accessDenied": GraphAccessDenied,
    "Forbidden": GraphAccessDenied,
    "InvalidAuthenticationToken": GraphUnauthenticated,
    "unauthenticated": GraphUnauthenticated,
    "TooManyRequests": GraphThrottled,
    "activityLimitReached": GraphThrottled,
    "serviceNotAvailable": GraphUnavailable,
    "ServiceUnavailable": GraphUnavailable,
    "generalException": GraphUnavailable,
    "InternalServerError": GraphUnavailable,
    "Directory_ConcurrencyViolation": GraphConflict,
    "Request_BadRequest": GraphBadRequest,
    "BadRequest": GraphBadRequest,
    "invalidRequest": GraphBadRequest,
    "Request_UnsupportedQuery": GraphBadRequest,
}
_BY_STATUS: dict[int, type[GraphError]] = {
    400: GraphBadRequest,
    401: GraphUnauthenticated,
    403: GraphAccessDenied,
    404: GraphNotFound,
    409: GraphConflict,
    429: GraphThrottled,
    500: GraphUnavailable,
    502: GraphUnavailable,
    503: GraphUnavailable,
    504: GraphUnavailable,
}
#: Codes that mean "the object you just created is not replicated yet" (research §1.3).
CONSISTENCY_CODES = frozenset({"Request_ResourceNotFound", "Directory_ConcurrencyViolation"})


def clean_message(message: str) -> str:
    """First line of Graph's message, anything token-like masked, bounded (support detail only)."""
    first = (message or "").strip().splitlines()[0] if (message or "").strip() else ""
    return _SECRETISH.sub("[…]", first)[:300]


def error_class(graph_code: str, status: int) -> type[GraphError]:
    """The error class for a Graph answer: by ``error.code`` first, by status only if unknown."""
    if graph_code in _BY_CODE:
        return _BY_CODE[graph_code]
    return _BY_STATUS.get(status, GraphUnavailable if status >= 500 else GraphError)


def _retry_after(response: requests.Response) -> float | None:
    raw = response.headers.get("Retry-After")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        return None


def error_from_response(response: requests.Response, operation: str) -> GraphError:
    """Parse Graph's error body (``{"error": {"code", "message", "innerError"}}``)."""
    code, message = "", ""
    inner: Mapping[str, Any] = {}
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        error = body["error"]
        code = str(error.get("code") or "")
        message = str(error.get("message") or "")
        inner = error.get("innerError") or error.get("innererror") or {}
        if not isinstance(inner, dict):
            inner = {}
    correlation = dict(getattr(response, "correlation", {}) or {})
    for key in ("request-id", "client-request-id"):
        if inner.get(key) and key not in correlation:
            correlation[key] = str(inner[key])
    if inner.get("date"):
        correlation.setdefault("date", str(inner["date"]))
    cls = error_class(code, response.status_code)
    return cls.build(
        response.status_code, code, message, operation, correlation, _retry_after(response)
    )


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


# ------------------------------------------------------------------------------------ backoff
@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with a cap and a total limit (no fixed sleeps, nothing unbounded).

    Defaults follow the brief and research §1.3: start fast (most replications finish in
    seconds), double up to 8 s, give up after 5 minutes so the admin can decide.
    """

    initial: float = 0.5
    factor: float = 2.0
    cap: float = 8.0
    limit: float = 300.0

    def delays(self) -> Iterator[float]:
        """Successive waits; their sum never exceeds ``limit``."""
        delay, spent = self.initial, 0.0
        while spent < self.limit:
            step = min(delay, self.cap, self.limit - spent)
            yield step
            spent += step
            delay = min(delay * self.factor, self.cap)


class StopWaiting(Exception):
    """Raised inside a wait when ``should_stop()`` turned true (the caller maps it)."""


def interruptible_sleep(seconds: float, should_stop: Callable[[], bool], tick: float = 0.1) -> None:
    """Sleep in small steps so Cancel is honoured within ``tick`` seconds."""
    end = time.monotonic() + seconds
    while True:
        if should_stop():
            raise StopWaiting
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(tick, left))


class ConsistencyTimeout(Exception):
    """The object stayed unreadable for the whole backoff; carries the last Graph error."""

    def __init__(self, waited: float, last: GraphError) -> None:
        super().__init__(f"still not readable after {waited:.0f}s ({last.graph_code})")
        self.waited = waited
        self.last = last


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
        just_created: Backoff | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        on_wait: Callable[[float], None] | None = None,
    ) -> dict[str, Any]:
        response = self.request(
            "GET",
            path,
            operation=operation,
            params=params,
            just_created=just_created,
            should_stop=should_stop,
            on_wait=on_wait,
        )
        return _json(response, operation)

    def get_all(
        self,
        path: str,
        *,
        operation: str,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        just_created: Backoff | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        on_wait: Callable[[float], None] | None = None,
    ) -> list[dict[str, Any]]:
        """Every item of a collection, following ``@odata.nextLink`` (same host only)."""
        items: list[dict[str, Any]] = []
        url, query = path, dict(params or {})
        for _page in range(MAX_PAGES):
            response = self.request(
                "GET",
                url,
                operation=operation,
                params=query or None,
                headers=headers,
                just_created=just_created,
                should_stop=should_stop,
                on_wait=on_wait,
            )
            body = _json(response, operation)
            value = body.get("value")
            if not isinstance(value, list):
                raise _malformed(response, operation)
            items.extend(v for v in value if isinstance(v, dict))
            link = body.get("@odata.nextLink")
            if not link:
                return items
            # The link carries every query option itself (including $skiptoken).
            url, query = str(link), {}
        log.warning("%s: stopped after %d pages", operation, MAX_PAGES)
        return items

    def post(
        self,
        path: str,
        body: Any,
        *,
        operation: str,
        just_created: Backoff | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> dict[str, Any]:
        response = self.request(
            "POST",
            path,
            operation=operation,
            body=body,
            just_created=just_created,
            should_stop=should_stop,
        )
        return _json(response, operation) if response.content else {}

    def patch(
        self,
        path: str,
        body: Any,
        *,
        operation: str,
        just_created: Backoff | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.request(
            "PATCH",
            path,
            operation=operation,
            body=body,
            just_created=just_created,
            should_stop=should_stop,
        )

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
        raise _malformed(response, operation) from None
    if not isinstance(body, dict):
        raise _malformed(response, operation)
    return body


def _malformed(response: requests.Response, operation: str) -> GraphError:
    return GraphBadRequest.build(
        response.status_code,
        "UnexpectedResponse",
        "the answer was not the JSON object Graph documents",
        operation,
        dict(getattr(response, "correlation", {}) or {}),
    )
