"""The one HTTP layer: every outbound call of the product goes through :func:`make_session`.

Why a Session subclass rather than a configured Session: ``requests`` lets the
``REQUESTS_CA_BUNDLE`` environment variable override ``Session.verify`` (a long-standing
requests behaviour), so a CA bundle set on the session is silently ignored on machines that set
the variable. We therefore pass ``verify=`` on every request when the configuration names a CA
bundle, and otherwise leave the variable in charge, as corporate proxies rely on it. MSAL gets
the same session as its ``http_client`` for the same reason.

Each call gets a fresh ``client-request-id`` (Graph) / ``TrackingID`` (Webex), is retried on
429/503 honouring ``Retry-After`` (bounded), and leaves one log line: method, host, path (never
the query, which can carry codes), status, duration and the correlation ids. Never bodies.
"""

from __future__ import annotations

import logging
import ssl
import time
import uuid
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, NetworkError, factory

log = logging.getLogger("wizard.core.http")

DEFAULT_TIMEOUT = (5.0, 30.0)  # connect, read
#: Retry-After values above this are not waited out inside a call: the response is returned at
#: once and the caller tells the user to retry later (an outage must not freeze a step for minutes).
MAX_RETRY_AFTER = 10.0
CORRELATION_HEADERS = ("request-id", "client-request-id", "trackingid", "x-ms-ags-diagnostic")


class BoundedRetry(Retry):
    """urllib3 Retry that waits out short Retry-After values and gives up on long ones.

    A long Retry-After (an outage, a hard throttle) ends the call with that response instead of
    sleeping inside it, so the caller can say "try again in N seconds" and stay cancellable.
    """

    max_retry_after: float = MAX_RETRY_AFTER

    def new(self, **kw: Any) -> BoundedRetry:
        # urllib3 builds a fresh Retry per attempt from __init__ params; carry the cap over.
        retry = super().new(**kw)
        retry.max_retry_after = self.max_retry_after
        return retry

    def increment(self, method: Any = None, url: Any = None, response: Any = None, error: Any = None, _pool: Any = None, _stacktrace: Any = None) -> Retry:  # type: ignore[override]
        if response is not None:
            retry_after = self.get_retry_after(response)
            if retry_after is not None and retry_after > self.max_retry_after:
                # With raise_on_status=False, urllib3 then returns this response to the caller.
                raise MaxRetryError(_pool, url, ResponseError(f"Retry-After {retry_after:.0f}s is too long"))
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def sleep_for_retry(self, response: Any = None) -> bool:
        retry_after = self.get_retry_after(response) if response is not None else None
        if retry_after is None:
            return False
        time.sleep(min(retry_after, self.max_retry_after))
        return True


def default_retry(total: int = 4) -> Retry:
    # 429 and 503 mean "not processed", so retrying even a POST cannot duplicate anything.
    # Read errors are NOT retried: the server may have acted on a POST before the reply got lost.
    return BoundedRetry(
        total=total,
        connect=2,
        read=0,
        status=total,
        status_forcelist=(429, 503),
        allowed_methods=None,
        respect_retry_after_header=True,
        backoff_factor=0.5,
        backoff_max=8.0,
        raise_on_status=False,
    )


def correlation_of(response: requests.Response | None, sent: Mapping[str, str]) -> dict[str, str]:
    ids = {"client-request-id": sent.get("client-request-id", "")}
    if response is not None:
        for name in CORRELATION_HEADERS:
            value = response.headers.get(name)
            if value:
                ids[name] = value
    return {k: v for k, v in ids.items() if v}


class WizardSession(requests.Session):
    """requests.Session with per-request TLS trust, timeouts, correlation ids and logging."""

    def __init__(
        self,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retry: Retry | None = None,
        user_agent: str = "webex-scim-wizard",
    ) -> None:
        super().__init__()
        self.ca_bundle = ca_bundle
        self.timeout = timeout
        adapter = HTTPAdapter(max_retries=retry if retry is not None else default_retry())
        self.mount("https://", adapter)
        self.mount("http://", adapter)
        self.headers["User-Agent"] = user_agent

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        kwargs.setdefault("timeout", self.timeout)
        if self.ca_bundle and kwargs.get("verify") in (None, True):
            kwargs["verify"] = self.ca_bundle
        headers = dict(kwargs.pop("headers", None) or {})
        request_id = str(uuid.uuid4())
        headers.setdefault("client-request-id", request_id)
        headers.setdefault("return-client-request-id", "true")
        headers.setdefault("TrackingID", f"WIZARD_{request_id}")
        kwargs["headers"] = headers
        parts = urlsplit(url)
        host = parts.hostname or "?"
        if parts.port:
            host = f"{host}:{parts.port}"
        started = time.monotonic()
        try:
            response = super().request(method, url, *args, **kwargs)
        except requests.exceptions.SSLError as exc:
            self._log(method, host, parts.path, "TLS-ERROR", started, headers, None)
            raise tls_error(host, exc, correlation_of(None, headers)) from None
        except requests.exceptions.Timeout:
            self._log(method, host, parts.path, "TIMEOUT", started, headers, None)
            raise NetworkError.timeout(host, correlation_of(None, headers)) from None
        except requests.exceptions.ConnectionError as exc:
            if _is_read_timeout(exc):
                # With read retries off, urllib3 reports a read timeout as MaxRetryError, which
                # requests turns into ConnectionError; to the user it is still "no answer in time".
                self._log(method, host, parts.path, "TIMEOUT", started, headers, None)
                raise NetworkError.timeout(host, correlation_of(None, headers)) from None
            self._log(method, host, parts.path, "CONN-ERROR", started, headers, None)
            if _was_dropped(exc):
                raise TlsError.closed(host, _short(exc), correlation_of(None, headers)) from None
            raise NetworkError.unreachable(
                host, _short(exc), correlation_of(None, headers)
            ) from None
        self._log(method, host, parts.path, str(response.status_code), started, headers, response)
        response.correlation = correlation_of(response, headers)  # type: ignore[attr-defined]
        return response

    @staticmethod
    def _log(
        method: str,
        host: str,
        path: str,
        status: str,
        started: float,
        sent: Mapping[str, str],
        response: requests.Response | None,
    ) -> None:
        ids = correlation_of(response, sent)
        log.info(
            "%s %s%s -> %s in %.0f ms %s",
            method,
            host,
            path,
            status,
            (time.monotonic() - started) * 1000,
            " ".join(f"{k}={v}" for k, v in sorted(ids.items())),
        )


class TlsError(NetworkError):
    """TLS failures other than an untrusted certificate (that one is ``NetworkError.tls``)."""

    CLOSED = ErrorKind(
        "net.closed",
        QT_TRANSLATE_NOOP("errors", "{host} closed the connection."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The connection ended before an answer came ({detail}): the service, a proxy or "
            "a firewall dropped it. The certificate was not the problem.",
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Wait a minute and click Retry; if it keeps happening, check your proxy."
        ),
        transient=True,
    )
    HANDSHAKE = ErrorKind(
        "net.tls_handshake",
        QT_TRANSLATE_NOOP("errors", "A secure connection to {host} could not be set up."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The TLS handshake failed ({detail}): the address may not serve HTTPS, or a proxy "
            "interferes with the connection.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check that the configured address is the service's HTTPS address and your proxy "
            "settings (HTTPS_PROXY), then retry.",
        ),
    )

    closed = factory(CLOSED, "host", "detail", correlation="required")
    handshake = factory(HANDSHAKE, "host", "detail", correlation="required")


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """*exc* and every exception it wraps (requests → urllib3 → ssl), each once: the causes
    a connection failure is classified by (here for TLS, in ``webex.network`` for DNS and proxy)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for inner in (
            *[a for a in current.args if isinstance(a, BaseException)],
            getattr(current, "reason", None),
            current.__cause__,
            current.__context__,
        ):
            if isinstance(inner, BaseException):
                todo.append(inner)


def tls_error(host: str, exc: BaseException, correlation: Mapping[str, str]) -> NetworkError:
    """Say what really happened: an untrusted certificate, a closed connection, or a failed
    handshake. requests reports all three as ``SSLError``."""
    causes = list(exception_chain(exc))
    detail = _short(exc)
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in causes):
        return NetworkError.tls(host, detail, correlation)
    if any(isinstance(c, ssl.SSLEOFError | ssl.SSLZeroReturnError | ConnectionError) for c in causes):
        return TlsError.closed(host, detail, correlation)
    text = " ".join(str(c) for c in causes)
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
        return NetworkError.tls(host, detail, correlation)
    if "EOF occurred" in text or "UNEXPECTED_EOF" in text:
        return TlsError.closed(host, detail, correlation)
    return TlsError.handshake(host, detail, correlation)


def _was_dropped(exc: BaseException) -> bool:
    """The host accepted the connection, then reset or closed it (during the TLS handshake or
    before answering): "closed the connection", not "could not connect". Which of the two a
    dropped handshake is depends on timing -- a peer that closes with our ClientHello unread sends
    RST, not FIN -- so both must read the same. A proxy's failure stays a connection failure, for
    ``webex.network.classify`` to name the proxy."""
    causes = list(exception_chain(exc))
    if any(isinstance(c, requests.exceptions.ProxyError) for c in causes):
        return False
    return any(
        isinstance(c, ConnectionResetError | ConnectionAbortedError | BrokenPipeError) for c in causes
    )


def _is_read_timeout(exc: BaseException) -> bool:
    from urllib3.exceptions import MaxRetryError, ReadTimeoutError

    inner = exc.args[0] if exc.args else None
    return isinstance(inner, MaxRetryError) and isinstance(inner.reason, ReadTimeoutError)


def _short(exc: BaseException) -> str:
    """The innermost reason of a requests exception, without URLs (they can carry codes)."""
    reason: BaseException = exc
    while reason.__context__ is not None and reason.__context__ is not reason:
        reason = reason.__context__
    text = type(reason).__name__
    detail = str(reason).split(":")[-1].strip()
    if detail and "http" not in detail.lower() and "?" not in detail:
        text = f"{text}: {detail}"
    return text[:200]


def make_session(
    ca_bundle: str | None = None,
    *,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    retry: Retry | None = None,
) -> WizardSession:
    """The factory every caller uses; tests pass a tighter retry or timeout."""
    return WizardSession(ca_bundle=ca_bundle, timeout=timeout, retry=retry)
