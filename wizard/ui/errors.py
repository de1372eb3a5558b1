"""Errors the UI layer itself can raise or show (no Qt here, like :mod:`wizard.core.errors`).

Same shape as every other error: what happened, why, what to do next. Parameters are hosts
and file paths, never URLs with their query (those carry codes and tokens).
"""

from __future__ import annotations

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError, factory


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

    # A bug: the details (with traceback) are in the log at *log*, never on screen.
    unexpected = factory(UNEXPECTED, "log")
    untrusted_certificate = factory(UNTRUSTED_CERTIFICATE, "host", "detail")
    page_load_failed = factory(PAGE_LOAD_FAILED, "host")


class RepairUiError(WizardError):
    """Errors only the GUI repair journey can meet (the rest come from diagnose/repair/consent)."""

    CONSENT_WINDOW_CLOSED = ErrorKind(
        "repair.consent_window_closed",
        QT_TRANSLATE_NOOP("errors", "The consent window was closed."),
        QT_TRANSLATE_NOOP(
            "errors",
            "It was closed before Microsoft answered, so no consent was given. Nothing was "
            "changed in your tenant.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Click Re-consent again and accept the permissions, signed in as a Global "
            "Administrator or Privileged Role Administrator.",
        ),
    )
    NOT_SIGNED_IN = ErrorKind(
        "repair.not_signed_in",
        QT_TRANSLATE_NOOP("errors", "You are not signed in to Microsoft."),
        QT_TRANSLATE_NOOP(
            "errors",
            "This fix changes your Entra ID tenant, which needs an administrator's sign-in. "
            "The sign-in window was closed or could not finish. Nothing was changed.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Click Sign in on the Microsoft sign-in row, then run the fix again.",
        ),
    )

    consent_window_closed = factory(CONSENT_WINDOW_CLOSED)
    not_signed_in = factory(NOT_SIGNED_IN)
