"""Typed errors: what happened, why, what to do next, and the ids support will ask for.

Messages are English source strings marked with ``QT_TRANSLATE_NOOP("errors", ...)`` so that
``pyside6-lupdate`` collects them without this module importing Qt; the UI translates them
with ``QCoreApplication.translate("errors", template)`` and then fills in the parameters.
Parameters never carry secrets: callers pass hosts, ids and status codes, not tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


def _identity(template: str) -> str:
    return template


@dataclass(eq=False)
class WizardError(Exception):
    """Base of every error a user can meet. Subclasses add constructors, not behaviour."""

    what: str
    why: str
    fix: str
    params: Mapping[str, Any] = field(default_factory=dict)
    #: e.g. {"request-id": ..., "client-request-id": ..., "trackingId": ...}
    correlation: Mapping[str, str] = field(default_factory=dict)
    code: str = "error"
    #: True when retrying later without changing anything may succeed (outages, throttling).
    transient: bool = False

    def __post_init__(self) -> None:
        super().__init__(self.summary())

    def _fmt(self, template: str, translate: Callable[[str], str]) -> str:
        try:
            return translate(template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A bad translation must never hide the error itself.
            return template.format(**self.params)

    def summary(self, translate: Callable[[str], str] = _identity) -> str:
        return self._fmt(self.what, translate)

    def render(self, translate: Callable[[str], str] = _identity) -> str:
        """Plain-text form: what, why, next step, correlation ids (for logs and reports)."""
        lines = [
            self._fmt(self.what, translate),
            self._fmt(self.why, translate),
            self._fmt(self.fix, translate),
        ]
        if self.correlation:
            lines.append(", ".join(f"{k}: {v}" for k, v in sorted(self.correlation.items())))
        return "\n".join(line for line in lines if line)

    def __str__(self) -> str:
        return self.render()


class ConfigError(WizardError):
    @classmethod
    def invalid(cls, key: str, value: str, expected: str, where: str = "") -> ConfigError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The setting '{key}' is not valid: {value}"),
            why=QT_TRANSLATE_NOOP("errors", "It must be {expected}.{where}"),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Correct '{key}' (or remove it to use the default) and start again."
            ),
            params={
                "key": key,
                "value": value,
                "expected": expected,
                "where": f" (set in {where})" if where else "",
            },
            code="config.invalid",
        )

    @classmethod
    def unknown_key(cls, key: str, where: str, known: list[str]) -> ConfigError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Unknown setting '{key}' in {where}."),
            why=QT_TRANSLATE_NOOP("errors", "The wizard only knows these settings: {known}."),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Check the spelling of '{key}', or remove it, and start again."
            ),
            params={"key": key, "where": where, "known": ", ".join(known)},
            code="config.unknown_key",
        )

    @classmethod
    def missing_file(cls, path: str) -> ConfigError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The configuration file {path} does not exist."),
            why=QT_TRANSLATE_NOOP("errors", "It was named by --config or WIZARD_CONFIG."),
            fix=QT_TRANSLATE_NOOP("errors", "Give the path of an existing TOML file, or leave it out."),
            params={"path": path},
            code="config.missing_file",
        )

    @classmethod
    def bad_toml(cls, path: str, detail: str) -> ConfigError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The configuration file {path} cannot be read."),
            why=QT_TRANSLATE_NOOP("errors", "It is not valid TOML: {detail}"),
            fix=QT_TRANSLATE_NOOP("errors", "Fix the file (see README, 'Configuration') and start again."),
            params={"path": path, "detail": detail},
            code="config.bad_toml",
        )


class NetworkError(WizardError):
    """The service could not be reached or did not answer in time."""

    @classmethod
    def unreachable(cls, host: str, detail: str, correlation: Mapping[str, str]) -> NetworkError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Could not connect to {host}."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The connection failed ({detail}). The network, a proxy or a firewall may be "
                "blocking it, or the service may be down.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Check your network and proxy settings (HTTPS_PROXY), then click Retry. "
                "Nothing was changed.",
            ),
            params={"host": host, "detail": detail},
            correlation=correlation,
            code="net.unreachable",
            transient=True,
        )

    @classmethod
    def timeout(cls, host: str, correlation: Mapping[str, str]) -> NetworkError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "{host} did not answer in time."),
            why=QT_TRANSLATE_NOOP("errors", "The service may be slow or having an outage."),
            fix=QT_TRANSLATE_NOOP("errors", "Wait a minute and click Retry."),
            params={"host": host},
            correlation=correlation,
            code="net.timeout",
            transient=True,
        )

    @classmethod
    def tls(cls, host: str, detail: str, correlation: Mapping[str, str]) -> NetworkError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The secure connection to {host} could not be verified."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "Its certificate is not trusted ({detail}). A TLS-inspecting proxy is the usual "
                "cause.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors",
                "Ask your network team for the proxy's CA certificate and set it as ca_bundle "
                "in the configuration file (or REQUESTS_CA_BUNDLE).",
            ),
            params={"host": host, "detail": detail},
            correlation=correlation,
            code="net.tls",
        )


class ServiceError(WizardError):
    """The service answered with an error status."""

    status: int = 0

    @classmethod
    def from_response(
        cls,
        service: str,
        status: int,
        code: str,
        message: str,
        correlation: Mapping[str, str],
    ) -> ServiceError:
        transient = status in (429, 500, 502, 503, 504)
        if transient:
            why = QT_TRANSLATE_NOOP(
                "errors",
                "{service} answered {status} ({code}): the problem is on their side or we "
                "are being throttled.",
            )
            fix = QT_TRANSLATE_NOOP(
                "errors", "Nothing was changed. Wait a few minutes and click Retry."
            )
        elif status in (401, 403):
            why = QT_TRANSLATE_NOOP(
                "errors",
                "{service} refused the request ({status} {code}): the sign-in has expired or "
                "the account lacks a required role.",
            )
            fix = QT_TRANSLATE_NOOP(
                "errors", "Sign in again with an administrator account and retry."
            )
        else:
            why = QT_TRANSLATE_NOOP("errors", "{service} answered {status} ({code}): {message}")
            fix = QT_TRANSLATE_NOOP(
                "errors",
                "Retry; if it happens again, send the ids below to support with the exported report.",
            )
        err = cls(
            what=QT_TRANSLATE_NOOP("errors", "{service} reported an error."),
            why=why,
            fix=fix,
            params={"service": service, "status": status, "code": code, "message": message},
            correlation=correlation,
            code=f"http.{status}.{code}",
            transient=transient,
        )
        err.status = status
        return err


class Cancelled(WizardError):
    @classmethod
    def by_user(cls) -> Cancelled:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Cancelled."),
            why=QT_TRANSLATE_NOOP("errors", "You stopped the operation before it finished."),
            fix=QT_TRANSLATE_NOOP("errors", "Start it again when you are ready; nothing is lost."),
            code="cancelled",
        )
