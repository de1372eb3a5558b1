"""Errors the UI layer itself can raise or show (no Qt here, like :mod:`wizard.core.errors`).

Same shape as every other error: what happened, why, what to do next. Parameters are hosts
and file paths, never URLs with their query (those carry codes and tokens).
"""

from __future__ import annotations

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError


class UiError(WizardError):
    UNEXPECTED = ErrorKind(
        "ui.unexpected",
        QT_TRANSLATE_NOOP("errors", "Something went wrong inside the wizard."),
        QT_TRANSLATE_NOOP(
            "errors",
            "An unexpected internal error stopped this step. Details were written to {log}.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Click Retry or go Back and try again. If it happens again, send the log file "
            "to support.",
        ),
        # Retrying a step is harmless: every step is idempotent.
        transient=True,
    )
    UNTRUSTED_CERTIFICATE = ErrorKind(
        "ui.untrusted_certificate",
        QT_TRANSLATE_NOOP("errors", "The sign-in page at {host} was blocked."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Its security certificate is not trusted ({detail}). Someone may be "
            "intercepting the connection, or a TLS-inspecting proxy is in the way.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Do not sign in. Close this window and ask your network team whether a proxy "
            "inspects HTTPS traffic to {host}.",
        ),
    )
    PAGE_LOAD_FAILED = ErrorKind(
        "ui.page_load_failed",
        QT_TRANSLATE_NOOP("errors", "The sign-in page at {host} could not be loaded."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The network, a proxy or a firewall may be blocking it, or the service may be down.",
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Check your network connection, then close this window and try again."
        ),
        transient=True,
    )

    @classmethod
    def unexpected(cls, log_location: str) -> UiError:
        """A bug: the details (with traceback) are in the log, never on screen."""
        return cls.of(cls.UNEXPECTED, {"log": log_location})

    @classmethod
    def untrusted_certificate(cls, host: str, detail: str) -> UiError:
        return cls.of(cls.UNTRUSTED_CERTIFICATE, {"host": host, "detail": detail})

    @classmethod
    def page_load_failed(cls, host: str) -> UiError:
        return cls.of(cls.PAGE_LOAD_FAILED, {"host": host})
