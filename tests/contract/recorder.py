"""Records every Graph and Webex call the simulator answers, for the whole test session.

Hooked at :meth:`Simulator.dispatch` (not at the product's HTTP session) so one patch covers
every client: the product's ``WizardSession``, MSAL, QtWebEngine pages, the simulated provisioning
engine's in-process SCIM calls, and tests that poke the simulator directly. Entra's OAuth
endpoints (``/{tenant}/oauth2/…``, ``/adminconsent``), idbroker (``/idb/…``) and the device-login
pages are out of scope: neither published definition describes them (see README.md).
"""

from __future__ import annotations

import io
import json
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from wizard.core.logs import redact

#: Process-wide: one list for the whole session, appended to by the simulator's server threads.
RECORDING: list[dict[str, Any]] = []
_LOCK = threading.Lock()
#: The test that is running, so a failing call can be traced to the test that made it.
CURRENT_TEST = {"nodeid": ""}
_installed = False


def service_of(path: str) -> str | None:
    """``graph`` / ``webex`` for in-scope paths, None for everything the definitions lack."""
    if path.startswith("/v1.0/"):
        return "graph"
    if path.startswith(("/v1/", "/identity/")):
        return "webex"
    return None


def _json(data: bytes) -> Any:
    if not data:
        return None
    try:
        return json.loads(data)
    except ValueError:
        return {"<non-json>": len(data)}


def _wire_path(request: Any) -> str:
    """The path as the client sent it, segment by segment: percent-escapes decoded except an
    escaped slash, which stays inside its segment (werkzeug's ``request.path`` turns
    ``/users/a%2F..%2Fb`` into three segments the client never sent)."""
    from urllib.parse import unquote

    raw = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI")
    if not raw:
        return str(request.path)
    raw = raw.split("?", 1)[0]
    parts = [unquote(part) for part in re.split("%2[fF]", raw)]
    return "%2F".join(parts)


def install() -> None:
    """Wrap ``Simulator.dispatch`` once per process."""
    global _installed
    if _installed:
        return
    from wizard.simulator.server import Simulator

    original = Simulator.dispatch

    def recording_dispatch(self: Simulator, request: Any) -> Any:
        service = service_of(request.path)
        if service is None:
            return original(self, request)
        data = request.get_data(cache=True)
        # Handlers that re-dispatch the raw environ (the SCIM library) read wsgi.input again.
        request.environ["wsgi.input"] = io.BytesIO(data)
        response = original(self, request)
        entry = {
            "service": service,
            "method": request.method,
            "url": request.url,
            "path": _wire_path(request),
            "query": {k: request.args.get(k) for k in request.args},
            "user_agent": request.headers.get("User-Agent", ""),
            "body": _json(data),
            "status": response.status_code,
            "response": None if request.method == "HEAD" else _json(response.get_data()),
            "test": CURRENT_TEST["nodeid"],
            # Set by the fault matrix's per-route faults (a deliberately broken answer).
            "injected_fault": request.environ.get("sim.injected_fault"),
        }
        with _LOCK:
            RECORDING.append(entry)
        return response

    Simulator.dispatch = recording_dispatch  # type: ignore[method-assign]
    _installed = True


_SECRET_KEYS = {"SecretToken", "access_token", "refresh_token", "id_token", "password"}


def _scrub(value: Any) -> Any:
    """Structured redaction on top of :func:`wizard.core.logs.redact` (which works on text):
    ``{"key": "SecretToken", "value": …}`` pairs and token-named fields lose their values."""
    if isinstance(value, dict):
        if value.get("key") in _SECRET_KEYS and "value" in value:
            return {**value, "value": "[REDACTED]"}
        return {k: ("[REDACTED]" if k in _SECRET_KEYS else _scrub(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def redacted_line(entry: dict[str, Any]) -> str:
    """One JSONL line with secrets removed (no headers are recorded besides the User-Agent)."""
    return redact(json.dumps(_scrub(entry), sort_keys=True))


def write(path: Path, entries: Iterable[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for entry in entries:
            fh.write(redacted_line(entry) + "\n")


def snapshot() -> list[dict[str, Any]]:
    with _LOCK:
        return list(RECORDING)
