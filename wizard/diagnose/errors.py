"""The errors repair mode can meet on its own: nothing saved yet, which pair, an outage."""

from __future__ import annotations

from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError, factory


class RepairError(WizardError):
    NOTHING_STORED = ErrorKind(
        "repair.nothing_stored",
        QT_TRANSLATE_NOOP("errors", "Nothing is saved for repair yet."),
        QT_TRANSLATE_NOOP(
            "errors",
            "No Entra tenant and Webex organization were found in the keyring of profile "
            "'{profile}'. Repair and check work from what setup saved.",
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Run setup first (webex-scim-wizard, or webex-scim-wizard setup)."
        ),
    )
    AMBIGUOUS = ErrorKind(
        "config.ambiguous_profile",
        QT_TRANSLATE_NOOP("errors", "Several Entra tenant + Webex org pairs are saved."),
        QT_TRANSLATE_NOOP("errors", "The wizard cannot guess which one to use: {pairs}."),
        QT_TRANSLATE_NOOP("errors", "Choose one with --profile TENANT:ORG."),
    )
    UNKNOWN_PAIR = ErrorKind(
        "config.unknown_profile",
        QT_TRANSLATE_NOOP("errors", "Nothing is saved for {wanted}."),
        QT_TRANSLATE_NOOP("errors", "The saved pairs are: {pairs}."),
        QT_TRANSLATE_NOOP(
            "errors", "Give one of them with --profile TENANT:ORG (or run setup for it)."
        ),
    )
    OUTAGE = ErrorKind(
        "repair.outage",
        QT_TRANSLATE_NOOP("errors", "{service} is not answering normally; nothing was changed."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The problem is on their side ({code}). Changing the configuration now could "
            "make things worse, so the fix was not started.",
        ),
        QT_TRANSLATE_NOOP("errors", "Retry later."),
        transient=True,
    )
    NO_JOB = ErrorKind(
        "repair.no_job",
        QT_TRANSLATE_NOOP("errors", "The provisioning job is not known."),
        QT_TRANSLATE_NOOP(
            "errors", "Neither the saved progress nor the tenant names the Cisco Webex app's job."
        ),
        QT_TRANSLATE_NOOP("errors", "Run the checks first; if the job is gone, run setup again."),
    )

    nothing_stored = factory(NOTHING_STORED, "profile")
    ambiguous = factory(AMBIGUOUS, "pairs")
    no_job = factory(NO_JOB)

    @classmethod
    def unknown_pair(cls, wanted: str, pairs: str) -> RepairError:
        return cls.of(cls.UNKNOWN_PAIR, {"wanted": wanted, "pairs": pairs or "none"})

    @classmethod
    def outage(cls, service: str, cause: WizardError) -> RepairError:
        return cls.of(cls.OUTAGE, {"service": service, "code": cause.code}, cause.correlation)
