"""Which local network problem stopped a Webex call: name lookup, proxy, TLS, or the connection.

:mod:`wizard.core.http` turns every connection failure into :class:`NetworkError` ("could not
connect"). For the connection test that is too coarse: the admin (or their network team) needs
to know whether the name did not resolve (DNS, or a FedRAMP host on a commercial network), the
proxy refused, or TLS inspection got in the way — three different people fix those. The
original ``requests`` exception survives as the error's ``__context__`` (``raise … from None``
only hides it from tracebacks), so we classify from it without touching the HTTP layer.
"""

from __future__ import annotations

import socket

import requests
import urllib3.exceptions

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, NetworkError, factory
from wizard.core.http import exception_chain


class WebexNetworkError(NetworkError):
    """A NetworkError with a more specific cause; still caught by ``except NetworkError``."""

    DNS = ErrorKind(
        "net.dns",
        QT_TRANSLATE_NOOP("errors", "The name {host} could not be found."),
        QT_TRANSLATE_NOOP(
            "errors",
            "This computer's name lookup (DNS) does not know it. The network may be "
            "offline or filtered, or the address belongs to another Webex environment "
            "(for example a Webex for Government host on a commercial network).",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check the network connection and the Webex environment you chose, then click "
            "Retry. Nothing was changed.",
        ),
        transient=True,
    )
    PROXY = ErrorKind(
        "net.proxy",
        QT_TRANSLATE_NOOP("errors", "The proxy did not let the wizard reach {host}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The proxy server configured on this computer (HTTPS_PROXY) refused or failed "
            "the connection.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Ask your network team to allow {host} through the proxy, or correct the proxy "
            "setting, then click Retry. Nothing was changed.",
        ),
        transient=True,
    )

    dns = factory(DNS, "host", correlation="required")
    proxy = factory(PROXY, "host", correlation="required")


def classify(err: NetworkError, host: str) -> NetworkError:
    """A more specific error for DNS and proxy failures; TLS, timeouts and the rest unchanged."""
    if err.code != "net.unreachable":
        return err  # net.tls already names the proxy's CA as the usual cause; timeouts are theirs
    causes = list(exception_chain(err))
    if any(
        isinstance(c, requests.exceptions.ProxyError | urllib3.exceptions.ProxyError)
        for c in causes
    ):
        return WebexNetworkError.proxy(host, err.correlation)
    if any(isinstance(c, urllib3.exceptions.NameResolutionError | socket.gaierror) for c in causes):
        return WebexNetworkError.dns(host, err.correlation)
    return err
