"""Microsoft Graph's error answers as typed errors, keyed on ``error.code``.

Microsoft: "code against error codes returned in ``code`` properties", never on ``message``
(https://learn.microsoft.com/en-us/graph/errors). Each known code maps to a subclass of
:class:`GraphError` with a what / why / next step; the message text is kept only as a cleaned
detail for support. ``request-id`` / ``client-request-id`` travel with every error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar

import requests

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError

_SECRETISH = re.compile(r"[A-Za-z0-9_\-\.~+/=]{40,}")


class GraphError(WizardError):
    """Graph answered an error. Subclasses are chosen by ``error.code`` (see :data:`_BY_CODE`)."""

    #: HTTP status of the answer.
    status: int = 0
    #: Graph's ``error.code`` (e.g. ``Request_ResourceNotFound``), "" when the body had none.
    graph_code: str = ""
    #: Seconds from ``Retry-After`` when the service sent one.
    retry_after: float | None = None

    KIND: ClassVar[ErrorKind] = ErrorKind(
        "graph",
        QT_TRANSLATE_NOOP("errors", "Microsoft Graph reported an error."),
        QT_TRANSLATE_NOOP(
            "errors", "Microsoft Graph answered {status} ({graph_code}) to {operation}: {detail}"
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Retry; if it happens again, send the ids below to support with the exported report.",
        ),
    )

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
        params = {
            "status": status,
            "graph_code": graph_code or "no code",
            "operation": operation,
            "detail": clean_message(message),
            "retry_after": f"{retry_after:.0f}" if retry_after is not None else "",
        }
        err = cls.of(cls.KIND, params, correlation, code=f"graph.{graph_code or status}")
        err.status = status
        err.graph_code = graph_code
        err.retry_after = retry_after
        return err


class GraphNotFound(GraphError):
    KIND = ErrorKind(
        "graph",
        QT_TRANSLATE_NOOP("errors", "Microsoft Graph could not find {operation}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "It answered {status} ({graph_code}): the object does not exist, was deleted, or is "
            "not visible to your account.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Go Back and run the checks again. If someone deleted the app meanwhile, the wizard "
            "will offer to add it again.",
        ),
    )


class GraphAccessDenied(GraphError):
    KIND = ErrorKind(
        "graph",
        QT_TRANSLATE_NOOP("errors", "Microsoft Graph refused {operation}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "It answered {status} ({graph_code}): your account lacks a role or permission this "
            "step needs.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in with an account that holds the Application Administrator, Cloud Application "
            "Administrator or Global Administrator role (activate it first if it is eligible in "
            "Privileged Identity Management), then retry.",
        ),
    )


class GraphUnauthenticated(GraphError):
    KIND = ErrorKind(
        "graph",
        QT_TRANSLATE_NOOP("errors", "Your Microsoft sign-in is no longer accepted."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Microsoft Graph answered {status} ({graph_code}) to {operation}: the sign-in expired "
            "or was revoked.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Go Back to the Microsoft sign-in page and sign in again. Nothing was changed.",
        ),
    )


class GraphThrottled(GraphError):
    KIND = ErrorKind(
        "graph",
        QT_TRANSLATE_NOOP("errors", "Microsoft Graph is asking the wizard to slow down."),
        QT_TRANSLATE_NOOP(
            "errors",
            "It answered {status} ({graph_code}) to {operation} and asked for a pause longer than "
            "the wizard waits on its own.",
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Wait a minute, then click Retry. Nothing was changed by the refused request."
        ),
        transient=True,
    )


class GraphUnavailable(GraphError):
    KIND = ErrorKind(
        "graph",
        QT_TRANSLATE_NOOP("errors", "Microsoft Graph is temporarily unavailable."),
        QT_TRANSLATE_NOOP(
            "errors",
            "It answered {status} ({graph_code}) to {operation}: the problem is on "
            "Microsoft's side.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Nothing was changed by the failed request. Wait a few minutes and click Retry; "
            "Microsoft's service health page may say more.",
        ),
        transient=True,
    )


class GraphConflict(GraphError):
    """``Directory_ConcurrencyViolation``: another change to the same object was in flight."""

    KIND = ErrorKind(
        "graph",
        QT_TRANSLATE_NOOP("errors", "Entra ID was still busy with {operation}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Microsoft Graph answered {status} ({graph_code}): another change to the same object "
            "had not finished.",
        ),
        QT_TRANSLATE_NOOP("errors", "Wait a few seconds and click Retry."),
        transient=True,
    )


class GraphBadRequest(GraphError):
    KIND = ErrorKind(
        "graph",
        QT_TRANSLATE_NOOP("errors", "Microsoft Graph rejected {operation}."),
        QT_TRANSLATE_NOOP("errors", "It answered {status} ({graph_code}): {detail}"),
        QT_TRANSLATE_NOOP(
            "errors",
            "This is probably a problem in the wizard or in this cloud's Graph. Send the ids below "
            "and the log file to support.",
        ),
    )


#: ``error.code`` -> error class: the codes of https://learn.microsoft.com/en-us/graph/errors and
#: the directory's own (``Request_*``, ``Directory_*``). Unknown codes fall back on the HTTP status.
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
#: Codes that mean "the object you just created is not replicated yet"
#: (https://learn.microsoft.com/en-us/graph/best-practices-concept#handling-expected-errors).
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


def malformed(response: requests.Response, operation: str) -> GraphError:
    """A 2xx answer that is not the JSON object Graph documents."""
    return GraphBadRequest.build(
        response.status_code,
        "UnexpectedResponse",
        "the answer was not the JSON object Graph documents",
        operation,
        dict(getattr(response, "correlation", {}) or {}),
    )
