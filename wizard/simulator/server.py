"""The simulator process: one HTTPS server on 127.0.0.1 serving Entra, Graph and Webex.

Why one port for all of them: the real services' paths do not collide —
login.microsoftonline.com uses ``/{tenant}/...``, Graph ``/v1.0/...``, idbroker ``/idb/...``
and webexapis.com / api.ciscospark.com ``/v1/...`` and ``/identity/...`` — so each service keeps
its documented path at the root and the endpoints model only swaps the host. That keeps the
contract checks simple: a recorded path *is* the documented path.

The routes come from each service package's ``register(router)`` (:func:`build_router`);
importing a service module registers nothing.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, NamedTuple
from urllib.parse import unquote_plus

from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
from werkzeug.serving import BaseWSGIServer, make_server
from werkzeug.wrappers import Request, Response

from wizard.simulator import entra, graph, scenarios, tls, webex
from wizard.simulator.graph import engine
from wizard.simulator.routing import Router, graph_error, json_response, scim_error, webex_error
from wizard.simulator.state import SimState

log = logging.getLogger("wizard.simulator")
# werkzeug's per-request access log would flood the demo's console and the test output.
logging.getLogger("werkzeug").setLevel(logging.WARNING)


def build_router() -> Router:
    """Every route of the simulated services, in a fresh router."""
    router = Router()
    for service in (entra, graph, webex):
        service.register(router)
    return router


class Call(NamedTuple):
    """One routed call, as :attr:`Simulator.calls` records it."""

    method: str
    endpoint: str
    rule: str
    user_agent: str
    #: The decoded query string (``$filter=…``), so tests can tell a filtered list from a full one.
    query: str = ""


def _query(request: Request) -> str:
    return unquote_plus(request.query_string.decode("latin-1"))


#: ``observer(kind, name)``: told ``("route", endpoint)`` for every routed call (on a server
#: thread) and ``("scenario", name)`` for every scenario applied (in :meth:`Simulator.start`).
Observer = Callable[[str, str], None]


class Simulator:
    """Start with :meth:`start` (or as a context manager); point the product at :meth:`endpoint_overrides`."""

    #: Process-wide observers of every simulator (e.g. the test suite's route coverage); they must
    #: be quick and must not raise.
    observers: ClassVar[list[Observer]] = []

    def __init__(
        self,
        scenario: str | None = None,
        state: str = "fresh",
        *,
        latency: float | dict[str, float] = 0.0,
        replication_delay: float | None = None,
        workdir: Path | None = None,
    ) -> None:
        self.state = SimState()
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if workdir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="wizard-sim-")
            workdir = Path(self._tmp.name)
        self.workdir = workdir
        self.certs = tls.generate(workdir / "tls")
        self.router = build_router()
        self.url_map = self.router.url_map()
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self.scenario = scenario
        scenarios.apply_state(self, state)
        if scenario and scenario not in scenarios.SCENARIOS:
            scenarios.apply(self, scenario)  # raises the "unknown scenario" error now, not at start
        if isinstance(latency, dict):
            self.state.faults.latency.update(latency)
        elif latency:
            self.state.faults.latency["*"] = latency
        if replication_delay is not None:
            self.state.faults.replication_delay = replication_delay
        self.requests_seen: list[tuple[str, str, int]] = []
        #: Every routed call of this simulator, in order (per simulator, so a test can record one
        #: journey; :attr:`observers` see the calls of all of them).
        self.calls: list[Call] = []
        #: Set by the "configured" state: ids and the Webex token setup would have saved.
        self.configured: dict[str, Any] | None = getattr(self, "configured", None)
        self._holds: list[tuple[str, threading.Event, float]] = []

    def hold(self, text: str, timeout: float = 30.0) -> threading.Event:
        """Hold each request whose path or decoded query contains *text* until the returned
        event is set (at most *timeout* seconds): per-request latency that makes the order in
        which answers arrive deterministic (a stale answer always last)."""
        gate = threading.Event()
        self._holds.append((text, gate, timeout))
        return gate

    # ------------------------------------------------------------------ lifecycle
    def start(self, *, settle_in_background: bool = False) -> Simulator:
        """Listen, then settle the world: the configured state's first provisioning cycle and
        the scenario. With *settle_in_background* (the demo) that runs on a thread and requests
        over the network wait for it, so the client's own start-up overlaps it (the cycle loads
        the SCIM library, about a second); tests read the state at once, so by default it is
        settled before this returns."""
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.certs.cert_file, self.certs.key_file)
        self._settled = threading.Event()
        self._server = make_server("127.0.0.1", 0, self._served, threaded=True, ssl_context=ctx)
        self._server.daemon_threads = True  # type: ignore[attr-defined]
        server = self._server
        # A short poll interval: stop() waits up to one interval, and the fault matrix starts and
        # stops a simulator per case (the default 0.5 s cost more than most cases).
        self._thread = threading.Thread(
            target=lambda: server.serve_forever(poll_interval=0.05),
            name="wizard-simulator",
            daemon=True,
        )
        self._thread.start()
        cfg = getattr(self, "configured", None)
        if cfg:
            # The tenant URL names our port, known only now.
            cfg["tenant_url"] = f"{self.base_url}/v1/scim/{self.state.webex_org_id}"
            for secret in self.state.sync[cfg["service_principal_id"]]["secrets"]:
                if secret["key"] == "BaseAddress":
                    secret["value"] = cfg["tenant_url"]
        if settle_in_background:
            threading.Thread(target=self._settle_logged, name="wizard-simulator-settle", daemon=True).start()
        else:
            self._settle()
        log.info("simulator listening on %s (scenario=%s)", self.base_url, self.scenario)
        return self

    def _settle(self) -> None:
        try:
            cfg = getattr(self, "configured", None)
            if cfg:
                # Setup "already ran": its first cycle provisioned the assigned users into Webex.
                engine.run_cycle(self, cfg["service_principal_id"], cfg["job_id"])
                with self.state.lock:
                    self.state.write_log.clear()  # the seeded world is the baseline, not a change
            # Faults are applied last, to a world that was healthy: an expired token breaks a job
            # that had been working, as it does in real life.
            if self.scenario:
                scenarios.apply(self, self.scenario)
                self._notify("scenario", self.scenario)
        finally:
            self._settled.set()

    def _settle_logged(self) -> None:
        try:
            self._settle()
        except Exception:  # a simulator bug: the requests then meet the unsettled world
            log.exception("simulator: settling the %s world failed", self.scenario or "configured")

    def _served(self, environ: dict[str, Any], start_response: Any) -> Any:
        """A request from the network: answered once the world has settled (see start)."""
        self._settled.wait()
        return self.wsgi_app(environ, start_response)

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "simulator not started"
        return self._server.server_port

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def ca_file(self) -> str:
        return str(self.certs.ca_file)

    @property
    def fingerprint(self) -> str:
        return self.certs.fingerprint

    def endpoint_overrides(self) -> dict[str, str]:
        """Values for :func:`wizard.core.endpoints.load` ``overrides=`` that point everything here."""
        base = self.base_url
        return {
            "entra_authority_host": base,
            "admin_consent_host": base,
            "graph_base": f"{base}/v1.0",
            "webex_idbroker": base,
            "webex_rest_base": f"{base}/v1",
            "webex_scim_tenant_url": f"{base}/v1/scim/{{org_id}}",
            "webex_scim2_base": f"{base}/identity/scim/{{org_id}}/v2",
            "ca_bundle": self.ca_file,
        }

    # ------------------------------------------------------------------ WSGI
    def wsgi_app(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        environ["sim.simulator"] = self
        environ["sim.request_id"] = str(uuid.uuid4())
        environ["sim.tracking_id"] = f"SIM_{uuid.uuid4()}"
        response = self.dispatch(request)
        response.headers.setdefault("request-id", environ["sim.request_id"])
        if request.headers.get("client-request-id"):
            response.headers.setdefault("client-request-id", request.headers["client-request-id"])
        response.headers.setdefault("TrackingID", environ["sim.tracking_id"])
        with self.state.lock:
            self.requests_seen.append((request.method, request.path, response.status_code))
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        adapter = self.url_map.bind_to_environ(request.environ)
        try:
            rule, args = adapter.match(return_rule=True)
            endpoint = rule.endpoint
        except NotFound:
            return self._not_found(request)
        except MethodNotAllowed as exc:
            return json_response({"error": {"code": "Request_BadRequest", "message": "Method not allowed"}}, 405, {"Allow": ", ".join(exc.valid_methods or [])})
        except HTTPException as exc:  # e.g. RequestRedirect for a trailing slash
            return exc.get_response()  # type: ignore[return-value]
        info = self.router.route_info(endpoint)
        self._notify("route", endpoint)
        with self.state.lock:
            self.calls.append(
                Call(request.method, endpoint, rule.rule, request.headers.get("User-Agent", ""), _query(request))
            )
        fault = self._fault(request, info.group)
        if fault is not None:
            return fault
        injected = self._route_fault(endpoint, f"{request.method} {rule.rule}")
        if injected:
            # Lets recorders (the contract checks) leave out answers the simulator broke on purpose.
            request.environ["sim.injected_fault"] = injected
        if injected == "429":
            retry_after = str(self.state.faults.route_retry_after)
            return self._error(request, info.group, 429, "TooManyRequests", "Too many requests. Please retry after some time.", {"Retry-After": retry_after})
        if injected == "503":
            return self._error(request, info.group, 503, "ServiceUnavailable", "The service is temporarily unavailable.", {"Retry-After": "30"})
        if injected == "403":
            return self._error(request, info.group, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")
        if injected == "reset":
            self._drop_connection(request)
        try:
            response = info.handler(self, request, **args)
        except Exception:  # a simulator bug must look like a 500, not kill the thread
            log.exception("simulator handler %s failed", endpoint)
            return self._error(request, info.group, 500, "InternalServerError", "simulator failure")
        if info.writes and response.status_code < 400:
            self.state.record_write(info.group, request.method, request.path)
        if injected == "500" and response.status_code < 400:
            # The change is made, yet Graph answers 500 UnknownError, as people automating job
            # creation report (https://github.com/hashicorp/terraform-provider-azuread/issues/1013).
            return self._error(request, info.group, 500, "UnknownError", "An unknown error has occurred.")
        if injected == "timeout":
            # The change is made, the answer comes too late: the client has already given up.
            time.sleep(self.state.faults.route_timeout_seconds)
        elif injected == "malformed":
            return Response(
                '{"value": [{"id": "trunc',
                status=200,
                content_type="application/json",
                headers={"X-Simulator-Fault": "malformed"},
            )
        return response

    def _notify(self, kind: str, name: str) -> None:
        for observer in list(self.observers):
            observer(kind, name)

    def _route_fault(self, endpoint: str, method_pattern: str) -> str | None:
        """Pop the next per-route fault for this call (see ``Faults.route_faults``)."""
        faults = self.state.faults
        with self.state.lock:
            for key in (endpoint, method_pattern):
                queue = faults.route_faults.get(key)
                if not queue:
                    continue
                entry = queue[0]
                if entry.endswith("*"):
                    entry = entry[:-1]
                else:
                    queue.pop(0)
                faults.route_faults_fired.append((key, entry))
                return entry
        return None

    @staticmethod
    def _drop_connection(request: Request) -> None:
        """Close the socket without an answer (a proxy or load balancer resetting it).

        Raising a ConnectionError makes werkzeug treat the connection as dropped (no 500 is
        attempted on the dead socket).
        """
        import socket

        sock = request.environ.get("werkzeug.socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        raise ConnectionResetError("simulator: connection reset (injected fault)")

    def _fault(self, request: Request, group: str) -> Response | None:
        for text, gate, timeout in list(self._holds):
            if text in request.path or text in _query(request):
                gate.wait(timeout)  # server thread only, like the latency below
        faults = self.state.faults
        delay = faults.latency.get(group, faults.latency.get("*", 0.0))
        if delay:
            time.sleep(delay)  # server thread only: this is the injected network latency
        if group in faults.outage:
            return self._error(request, group, 503, "ServiceUnavailable", "The service is temporarily unavailable.", {"Retry-After": "30"})
        with self.state.lock:
            remaining = faults.throttle_remaining.get(group, 0)
            if remaining > 0:
                faults.throttle_remaining[group] = remaining - 1
                throttled = True
            else:
                throttled = False
        if throttled:
            return self._error(
                request,
                group,
                429,
                "TooManyRequests",
                "Too many requests from Identifier: wizard. Please retry after some time.",
                {"Retry-After": str(faults.throttle_retry_after)},
            )
        return None

    @staticmethod
    def _error(request: Request, group: str, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
        if group == "graph":
            return graph_error(request, status, code, message, headers)
        if group == "scim":
            resp = scim_error(status, message)
            for k, v in (headers or {}).items():
                resp.headers[k] = v
            return resp
        if group in ("webex", "idbroker"):
            return webex_error(request, status, message, headers)
        return json_response({"error": code.lower(), "error_description": message}, status, headers)

    @staticmethod
    def _not_found(request: Request) -> Response:
        path = request.path
        if path.startswith("/v1.0/"):
            return graph_error(request, 400, "BadRequest", f"Resource not found for the segment '{path.split('/')[2]}'.")
        if path.startswith(("/v1/", "/identity/")):
            return webex_error(request, 404, "The requested resource could not be found.")
        return json_response({"error": "not_found", "error_description": f"No simulator route for {path}"}, 404)
