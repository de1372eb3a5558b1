"""The HTTP layer against a real local HTTPS server (not a mock): trust, retries, errors, logs."""

from __future__ import annotations

import logging
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from wizard.core.errors import NetworkError
from wizard.core.http import BoundedRetry, default_retry, make_session
from wizard.simulator import tls


class Server:
    """A scripted HTTPS server: each path answers from a queue of (status, headers, delay)."""

    def __init__(self, certs: tls.CertFiles) -> None:
        self.script: dict[str, list[tuple[int, dict[str, str], float]]] = {}
        self.seen: list[tuple[float, str, str, dict[str, str]]] = []
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(certs.cert_file, certs.key_file)
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True, ssl_context=ctx)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"https://127.0.0.1:{self.server.server_port}"

    def app(self, environ, start_response):  # noqa: ANN001
        req = Request(environ)
        self.seen.append((time.monotonic(), req.method, req.full_path, dict(req.headers)))
        queue = self.script.get(req.path) or [(200, {}, 0.0)]
        status, headers, delay = queue.pop(0) if len(queue) > 1 else queue[0]
        if delay:
            time.sleep(delay)
        return Response('{"ok": true}', status=status, headers=headers, content_type="application/json")(
            environ, start_response
        )


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> tls.CertFiles:
    return tls.generate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server(certs: tls.CertFiles) -> Iterator[Server]:
    s = Server(certs)
    yield s
    s.server.shutdown()


def test_ca_bundle_wins_over_requests_ca_bundle_env(server: Server, certs, monkeypatch) -> None:
    # The machine's variable points at the system store, which does not know our CA.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    s = make_session(str(certs.ca_file))
    assert s.get(server.url + "/x").status_code == 200


def test_untrusted_certificate_is_a_clear_tls_error(server: Server, monkeypatch) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    with pytest.raises(NetworkError) as info:
        make_session(None).get(server.url + "/x")
    err = info.value
    assert err.code == "net.tls"
    assert "127.0.0.1" in str(err) and "ca_bundle" in str(err)
    assert "client-request-id" in err.correlation


def test_429_retry_after_is_honoured_then_succeeds(server: Server, certs) -> None:
    server.script["/t"] = [(429, {"Retry-After": "1"}, 0.0), (429, {"Retry-After": "1"}, 0.0), (200, {}, 0.0)]
    r = make_session(str(certs.ca_file)).post(server.url + "/t", json={"a": 1})
    assert r.status_code == 200
    times = [t for t, _, path, _ in server.seen if path.startswith("/t")]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.9 and times[2] - times[1] >= 0.9


def test_503_is_retried_and_gives_up_with_last_response(server: Server, certs) -> None:
    server.script["/down"] = [(503, {"Retry-After": "0"}, 0.0)]
    r = make_session(str(certs.ca_file), retry=default_retry(total=2)).get(server.url + "/down")
    assert r.status_code == 503
    assert sum(1 for *_, p, _ in server.seen if p.startswith("/down")) == 3  # first try + 2 retries


def test_long_retry_after_is_returned_not_slept(server: Server, certs) -> None:
    server.script["/slow"] = [(503, {"Retry-After": "3600"}, 0.0), (200, {}, 0.0)]
    retry = default_retry()
    assert isinstance(retry, BoundedRetry)
    r = make_session(str(certs.ca_file), retry=retry).get(server.url + "/slow")
    # The caller gets the outage answer at once and can tell the user when to retry.
    assert r.status_code == 503 and r.headers["Retry-After"] == "3600"
    assert sum(1 for *_, p, _ in server.seen if p.startswith("/slow")) == 1


def test_read_timeout_on_post_is_not_retried(server: Server, certs) -> None:
    server.script["/hang"] = [(200, {}, 2.0)]
    s = make_session(str(certs.ca_file), timeout=(2.0, 0.5))
    with pytest.raises(NetworkError) as info:
        s.post(server.url + "/hang", json={})
    assert info.value.code == "net.timeout" and info.value.transient
    assert sum(1 for *_, p, _ in server.seen if p.startswith("/hang")) == 1  # no duplicate POST


def test_unreachable_host_names_host_and_says_what_to_do(certs) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again when the block ends: nothing listens
    with pytest.raises(NetworkError) as info:
        make_session(str(certs.ca_file), retry=default_retry(total=0)).get(f"https://127.0.0.1:{port}/x")
    text = str(info.value)
    assert f"127.0.0.1:{port}" in text and "proxy" in text and "Retry" in text
    assert "Traceback" not in text


def test_correlation_ids_and_log_line_without_secrets(server: Server, certs, caplog) -> None:
    caplog.set_level(logging.INFO, logger="wizard.core.http")
    s = make_session(str(certs.ca_file))
    r1 = s.get(server.url + "/p?code=SECRET-CODE", headers={"Authorization": "Bearer SECRET-TOKEN"})
    r2 = s.get(server.url + "/p")
    ids = [h["Client-Request-Id"] for *_, h in server.seen]
    assert len(set(ids)) == 2  # one per request
    assert r1.correlation["client-request-id"] == ids[0]  # type: ignore[attr-defined]
    assert r2.correlation["client-request-id"] == ids[1]  # type: ignore[attr-defined]
    lines = [rec.getMessage() for rec in caplog.records]
    assert any(f"GET 127.0.0.1:{server.server.server_port}/p -> 200" in line for line in lines)
    joined = "\n".join(lines)
    assert "SECRET" not in joined and "code=" not in joined


def test_proxy_comes_from_environment(certs, monkeypatch, tmp_path: Path) -> None:
    # A proxy that refuses connections proves the variable is honoured (no real network used).
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with pytest.raises(NetworkError) as info:
        make_session(str(certs.ca_file), retry=default_retry(total=0)).get("https://graph.example.invalid/v1.0/me")
    assert info.value.code == "net.unreachable"


class RawServer:
    """A TCP server that does one thing to every connection: close it, or answer plain text."""

    def __init__(self, behaviour: str) -> None:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.behaviour = behaviour
        self.url = f"https://127.0.0.1:{self.sock.getsockname()[1]}"
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        import socket
        import struct

        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                if self.behaviour == "plain":
                    conn.recv(4096)
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                elif self.behaviour == "reset":
                    # Read the ClientHello, then close with linger 0: the kernel sends RST, as
                    # it also does when a peer closes with data unread -- what "close" can race into.
                    conn.recv(4096)
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                # "close": nothing at all

    def close(self) -> None:
        self.sock.close()


def failure_against(behaviour: str, certs) -> NetworkError:
    """What one GET (no retries) to a :class:`RawServer` with *behaviour* fails with."""
    server = RawServer(behaviour)
    try:
        with pytest.raises(NetworkError) as info:
            make_session(str(certs.ca_file), retry=default_retry(total=0)).get(server.url + "/x")
    finally:
        server.close()
    return info.value


def test_a_connection_closed_during_the_handshake_says_so(certs) -> None:
    err = failure_against("close", certs)
    assert err.code == "net.closed", err.render()
    assert "closed the connection" in str(err) and "not trusted" not in str(err)


def test_a_connection_reset_during_the_handshake_is_a_closed_connection(certs) -> None:
    err = failure_against("reset", certs)
    assert err.code == "net.closed", err.render()
    assert "closed the connection" in str(err) and "Could not connect" not in str(err)
    assert err.transient


def test_a_refused_connection_is_still_unreachable(certs) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(NetworkError) as info:
        make_session(str(certs.ca_file), retry=default_retry(total=0)).get(f"https://127.0.0.1:{port}/x")
    assert info.value.code == "net.unreachable", info.value.render()


def test_plain_http_on_an_https_address_is_a_failed_handshake(certs) -> None:
    err = failure_against("plain", certs)
    assert err.code == "net.tls_handshake", err.render()
    assert "could not be set up" in str(err)
