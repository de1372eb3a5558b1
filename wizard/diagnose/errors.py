"""The errors repair mode can meet on its own: nothing saved yet, which pair, an outage."""

from __future__ import annotations

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError


class RepairError(WizardError):
    @classmethod
    def nothing_stored(cls, profile: str) -> RepairError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Nothing is saved for repair yet."),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "No Entra tenant and Webex organization were found in the keyring of profile "
                "'{profile}'. Repair and check work from what setup saved.",
            ),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Run setup first (webex-scim-wizard, or webex-scim-wizard setup)."
            ),
            params={"profile": profile},
            code="repair.nothing_stored",
        )

    @classmethod
    def ambiguous(cls, pairs: str) -> RepairError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Several Entra tenant + Webex org pairs are saved."),
            why=QT_TRANSLATE_NOOP("errors", "The wizard cannot guess which one to use: {pairs}."),
            fix=QT_TRANSLATE_NOOP("errors", "Choose one with --profile TENANT:ORG."),
            params={"pairs": pairs},
            code="config.ambiguous_profile",
        )

    @classmethod
    def unknown_pair(cls, wanted: str, pairs: str) -> RepairError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "Nothing is saved for {wanted}."),
            why=QT_TRANSLATE_NOOP("errors", "The saved pairs are: {pairs}."),
            fix=QT_TRANSLATE_NOOP(
                "errors", "Give one of them with --profile TENANT:ORG (or run setup for it)."
            ),
            params={"wanted": wanted, "pairs": pairs or "none"},
            code="config.unknown_profile",
        )

    @classmethod
    def outage(cls, service: str, cause: WizardError) -> RepairError:
        return cls(
            what=QT_TRANSLATE_NOOP(
                "errors", "{service} is not answering normally; nothing was changed."
            ),
            why=QT_TRANSLATE_NOOP(
                "errors",
                "The problem is on their side ({code}). Changing the configuration now could "
                "make things worse, so the fix was not started.",
            ),
            fix=QT_TRANSLATE_NOOP("errors", "Retry later."),
            params={"service": service, "code": cause.code},
            correlation=dict(cause.correlation),
            code="repair.outage",
            transient=True,
        )

    @classmethod
    def no_job(cls) -> RepairError:
        return cls(
            what=QT_TRANSLATE_NOOP("errors", "The provisioning job is not known."),
            why=QT_TRANSLATE_NOOP(
                "errors", "Neither the saved progress nor the tenant names the Cisco Webex app's job."
            ),
            fix=QT_TRANSLATE_NOOP("errors", "Run the checks first; if the job is gone, run setup again."),
            code="repair.no_job",
        )
