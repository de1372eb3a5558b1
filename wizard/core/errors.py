"""Typed errors: what happened, why, what to do next, and the ids support will ask for.

Messages are English source strings marked with ``QT_TRANSLATE_NOOP("errors", ...)`` so that
``pyside6-lupdate`` collects them without this module importing Qt; the UI translates them
with ``QCoreApplication.translate("errors", template)`` and then fills in the parameters.
Parameters never carry secrets: callers pass hosts, ids and status codes, not tokens.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Self, TypeVar


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    return text


def _identity(template: str) -> str:
    return template


@dataclass(frozen=True)
class ErrorKind:
    """One kind of error as data: its code, its three texts and whether waiting may help.

    Each feature declares its kinds once, in its errors module, with the texts marked
    ``QT_TRANSLATE_NOOP("errors", ...)`` where they stand (lupdate reads only literals);
    :meth:`WizardError.of` turns a kind and its parameters into the error.
    """

    code: str
    what: str
    why: str
    fix: str
    #: True when retrying later without changing anything may succeed (outages, throttling).
    transient: bool = False


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

    @classmethod
    def of(
        cls,
        kind: ErrorKind,
        params: Mapping[str, Any] | None = None,
        correlation: Mapping[str, str] | None = None,
        *,
        code: str = "",
        status: int | None = None,
    ) -> Self:
        """The error of *kind* with its parameters and the service's correlation ids.

        ``code`` replaces the kind's code when it names the answer (``webex.http.502``);
        ``status`` is the HTTP status, for the error classes that carry one.
        """
        err = cls(
            what=kind.what,
            why=kind.why,
            fix=kind.fix,
            params=dict(params or {}),
            correlation=dict(correlation or {}),
            code=code or kind.code,
            transient=kind.transient,
        )
        if status is not None:
            err.status = status  # type: ignore[attr-defined]
        return err

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


E = TypeVar("E", bound=WizardError)
_Param = inspect.Parameter


class factory:  # lower case: declared where a classmethod would be, and read like one
    """A classmethod that makes the error of one kind from the arguments it names.

    Most error constructors only put their arguments into the kind's parameters, so they are
    declared instead of written out: in an error class, ::

        unusable = factory(UNUSABLE, "path", "detail")

    is ``def unusable(cls, path, detail): return cls.of(UNUSABLE, {"path": path, ...})``: a
    classmethod called positionally or by keyword, whose error is of the class it is read
    from (read from a subclass, it makes the subclass's error). Options give each constructor
    the signature and the result it would have as a method:

    * ``correlation="required"`` / ``"optional"``: a last argument ``correlation`` (the
      service's ids; optional means it defaults to none);
    * ``status``: the HTTP status the error carries;
    * ``defaults``: values of trailing arguments that may be left out;
    * ``convert``: the function that turns an argument into its parameter (``str`` of a
      path, :func:`whole_seconds`, :func:`listed`).

    A constructor that chooses its kind or its code, or derives a parameter from more than one
    argument, stays a method.
    """

    def __init__(
        self,
        kind: ErrorKind,
        *names: str,
        correlation: Literal["", "required", "optional"] = "",
        status: int | None = None,
        defaults: Mapping[str, Any] | None = None,
        convert: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        defaults = dict(defaults or {})
        convert = dict(convert or {})
        unknown = (defaults.keys() | convert.keys()) - set(names)
        if unknown:
            raise ValueError(f"not an argument of the factory: {', '.join(sorted(unknown))}")
        arguments = [
            _Param(name, _Param.POSITIONAL_OR_KEYWORD, default=defaults.get(name, _Param.empty))
            for name in names
        ]
        if correlation:
            optional = correlation == "optional"
            arguments.append(
                _Param(
                    "correlation",
                    _Param.POSITIONAL_OR_KEYWORD,
                    default=None if optional else _Param.empty,
                )
            )
        # Refuses what a def would refuse: a name twice, a required argument after a default.
        self.signature = inspect.Signature(arguments)
        self.kind = kind
        self.status = status
        self.convert = convert
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type[E]) -> Callable[..., E]:
        def make(*args: Any, **kwargs: Any) -> E:
            bound = self.signature.bind(*args, **kwargs)  # TypeError as for a def
            bound.apply_defaults()
            values = dict(bound.arguments)
            correlation = values.pop("correlation", None)
            params = {
                name: self.convert[name](value) if name in self.convert else value
                for name, value in values.items()
            }
            return owner.of(self.kind, params, correlation, status=self.status)

        make.__name__ = self.name
        make.__qualname__ = f"{owner.__qualname__}.{self.name}"
        make.__signature__ = self.signature  # type: ignore[attr-defined]
        return make


def whole_seconds(seconds: float) -> str:
    """A wait as the texts show it: whole seconds."""
    return f"{seconds:.0f}"


def listed(items: Iterable[str]) -> str:
    """Names as the texts list them: ``a, b, c``."""
    return ", ".join(items)


class ConfigError(WizardError):
    INVALID = ErrorKind(
        "config.invalid",
        QT_TRANSLATE_NOOP("errors", "The setting '{key}' is not valid: {value}"),
        QT_TRANSLATE_NOOP("errors", "It must be {expected}.{where}"),
        QT_TRANSLATE_NOOP(
            "errors", "Correct '{key}' (or remove it to use the default) and start again."
        ),
    )
    UNKNOWN_KEY = ErrorKind(
        "config.unknown_key",
        QT_TRANSLATE_NOOP("errors", "Unknown setting '{key}' in {where}."),
        QT_TRANSLATE_NOOP("errors", "The wizard only knows these settings: {known}."),
        QT_TRANSLATE_NOOP(
            "errors", "Check the spelling of '{key}', or remove it, and start again."
        ),
    )
    MISSING_FILE = ErrorKind(
        "config.missing_file",
        QT_TRANSLATE_NOOP("errors", "The configuration file {path} does not exist."),
        QT_TRANSLATE_NOOP("errors", "It was named by --config or WIZARD_CONFIG."),
        QT_TRANSLATE_NOOP("errors", "Give the path of an existing TOML file, or leave it out."),
    )
    BAD_TOML = ErrorKind(
        "config.bad_toml",
        QT_TRANSLATE_NOOP("errors", "The configuration file {path} cannot be read."),
        QT_TRANSLATE_NOOP("errors", "It is not valid TOML: {detail}"),
        QT_TRANSLATE_NOOP("errors", "Fix the file (see README, 'Configuration') and start again."),
    )

    @classmethod
    def invalid(cls, key: str, value: str, expected: str, where: str = "") -> ConfigError:
        return cls.of(
            cls.INVALID,
            {
                "key": key,
                "value": value,
                "expected": expected,
                "where": f" (set in {where})" if where else "",
            },
        )

    unknown_key = factory(UNKNOWN_KEY, "key", "where", "known", convert={"known": listed})
    missing_file = factory(MISSING_FILE, "path")
    bad_toml = factory(BAD_TOML, "path", "detail")


class NetworkError(WizardError):
    """The service could not be reached or did not answer in time."""

    UNREACHABLE = ErrorKind(
        "net.unreachable",
        QT_TRANSLATE_NOOP("errors", "Could not connect to {host}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The connection failed ({detail}). The network, a proxy or a firewall may be "
            "blocking it, or the service may be down.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check your network and proxy settings (HTTPS_PROXY), then click Retry. "
            "Nothing was changed.",
        ),
        transient=True,
    )
    TIMEOUT = ErrorKind(
        "net.timeout",
        QT_TRANSLATE_NOOP("errors", "{host} did not answer in time."),
        QT_TRANSLATE_NOOP("errors", "The service may be slow or having an outage."),
        QT_TRANSLATE_NOOP("errors", "Wait a minute and click Retry."),
        transient=True,
    )
    TLS = ErrorKind(
        "net.tls",
        QT_TRANSLATE_NOOP("errors", "The secure connection to {host} could not be verified."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Its certificate is not trusted ({detail}). A TLS-inspecting proxy is the usual cause.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Ask your network team for the proxy's CA certificate and set it as ca_bundle "
            "in the configuration file (or REQUESTS_CA_BUNDLE).",
        ),
    )

    unreachable = factory(UNREACHABLE, "host", "detail", correlation="required")
    timeout = factory(TIMEOUT, "host", correlation="required")
    tls = factory(TLS, "host", "detail", correlation="required")


class ServiceError(WizardError):
    """The service answered with an error status."""

    status: int = 0

    _WHAT = QT_TRANSLATE_NOOP("errors", "{service} reported an error.")
    #: 429 and 5xx: throttled, or the problem is on the service's side.
    BUSY = ErrorKind(
        "http",
        _WHAT,
        QT_TRANSLATE_NOOP(
            "errors",
            "{service} answered {status} ({code}): the problem is on their side or we "
            "are being throttled.",
        ),
        QT_TRANSLATE_NOOP("errors", "Nothing was changed. Wait a few minutes and click Retry."),
        transient=True,
    )
    REFUSED = ErrorKind(
        "http",
        _WHAT,
        QT_TRANSLATE_NOOP(
            "errors",
            "{service} refused the request ({status} {code}): the sign-in has expired or "
            "the account lacks a required role.",
        ),
        QT_TRANSLATE_NOOP("errors", "Sign in again with an administrator account and retry."),
    )
    OTHER = ErrorKind(
        "http",
        _WHAT,
        QT_TRANSLATE_NOOP("errors", "{service} answered {status} ({code}): {message}"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Retry; if it happens again, send the ids below to support with the exported report.",
        ),
    )

    @classmethod
    def from_response(
        cls,
        service: str,
        status: int,
        code: str,
        message: str,
        correlation: Mapping[str, str],
    ) -> ServiceError:
        if status in (429, 500, 502, 503, 504):
            kind = cls.BUSY
        elif status in (401, 403):
            kind = cls.REFUSED
        else:
            kind = cls.OTHER
        params = {"service": service, "status": status, "code": code, "message": message}
        return cls.of(kind, params, correlation, code=f"http.{status}.{code}", status=status)


class Cancelled(WizardError):
    BY_USER = ErrorKind(
        "cancelled",
        QT_TRANSLATE_NOOP("errors", "Cancelled."),
        QT_TRANSLATE_NOOP("errors", "You stopped the operation before it finished."),
        QT_TRANSLATE_NOOP("errors", "Start it again when you are ready; nothing is lost."),
    )

    by_user = factory(BY_USER)
