"""Failures of Entra's provisioning setup, each with what / why / what to do next."""

from __future__ import annotations

from collections.abc import Mapping

from wizard.core.errors import (
    QT_TRANSLATE_NOOP,
    ErrorKind,
    WizardError,
    factory,
    listed,
    whole_seconds,
)


class ProvisioningError(WizardError):
    """Failures of the provisioning setup, each with what / why / what to do next."""

    _FIX_APP_ROLES = QT_TRANSLATE_NOOP(
        "errors",
        "Check the app in the Entra admin center (App registrations > the app > App "
        'roles): it should offer a role such as "User". If someone removed it, delete '
        "the app and let the wizard add it again from the gallery. Nothing was changed.",
    )
    APP_DEFAULT_ACCESS_ONLY = ErrorKind(
        "provisioning.default_access_only",
        QT_TRANSLATE_NOOP("errors", 'The app "{app}" offers only the Default Access role.'),
        QT_TRANSLATE_NOOP(
            "errors",
            "Users and groups assigned with Default Access are excluded from provisioning "
            "(Microsoft's Cisco Webex tutorial), so nobody would reach Webex.",
        ),
        _FIX_APP_ROLES,
    )
    NO_ASSIGNABLE_ROLE = ErrorKind(
        "provisioning.no_assignable_role",
        QT_TRANSLATE_NOOP("errors", 'The app "{app}" has no role that users can be assigned.'),
        QT_TRANSLATE_NOOP(
            "errors",
            "None of its application roles is enabled for users and groups, and the "
            "Default Access role is excluded from provisioning.",
        ),
        _FIX_APP_ROLES,
    )
    CREDENTIALS_REJECTED = ErrorKind(
        "provisioning.credentials_rejected",
        QT_TRANSLATE_NOOP(
            "errors", "Entra ID could not connect to Webex (Test Connection failed)."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Entra's provisioning service tried the tenant URL {tenant_url} with the Webex "
            "token and answered: {reason}",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "The Webex account must be a full administrator of the organization, and the "
            "tenant URL must name that organization. Go Back to the Webex sign-in, sign in "
            "with a full admin and retry. Nothing was saved in Entra ID.",
        ),
    )
    DEFAULT_ACCESS_ONLY = ErrorKind(
        "provisioning.default_access_only",
        QT_TRANSLATE_NOOP(
            "errors", "{user} was not provisioned: assigned with Default Access only."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Entra skips users whose only role on the app is Default Access; they are "
            "excluded from provisioning.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Assign {user} (or a group they belong to) again with a real role such as "
            '"User" on the Scope page, then retry.',
        ),
    )
    THROTTLED = ErrorKind(
        "provisioning.on_demand_throttled",
        QT_TRANSLATE_NOOP("errors", "Entra ID is limiting on-demand provisioning right now."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Provision on demand allows 5 requests per 10 seconds per app, and Microsoft "
            "Graph asked to wait {seconds} seconds (someone else may be using it too).",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Wait {seconds} seconds and click Retry. Everything before this step is done "
            "and will not be repeated.",
        ),
        transient=True,
    )
    QUARANTINED = ErrorKind(
        "provisioning.quarantined",
        QT_TRANSLATE_NOOP("errors", "The provisioning job was put in quarantine."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Entra ID stopped job {job_id} after it started ({reason}, {error_code}): "
            "{message} Quarantine usually means the Webex token was revoked or has expired, "
            "or the tenant URL is wrong.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Sign in to Webex again with a full administrator to get a new token, then click "
            "Retry: the wizard saves the new token and starts the job again, which clears "
            "the quarantine.",
        ),
    )
    USER_OUT_OF_SCOPE = ErrorKind(
        "provisioning.user_out_of_scope",
        QT_TRANSLATE_NOOP("errors", "{user} is not in scope for provisioning."),
        QT_TRANSLATE_NOOP(
            "errors",
            'With "Sync only assigned users and groups", only users assigned to the app '
            "(directly or through a group) are provisioned, and {user} is not assigned.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Go Back to the Scope page, assign {user} (or a group they belong to) with a "
            "real role, and apply again. Nothing else needs to be redone.",
        ),
    )
    # A failed create can stay cached on Cisco's side until Cisco support clears it (seen with
    # Okta's Webex connector: https://support.okta.com/help/s/article/Cisco-Webex-Provisioning-fails-to-create-user-with-The-request-could-not-be-understood-by-the-server-due-to-malformed-syntax-error).
    ON_DEMAND_FAILED = ErrorKind(
        "provisioning.on_demand_failed",
        QT_TRANSLATE_NOOP("errors", "Provisioning {user} to Webex failed."),
        QT_TRANSLATE_NOOP(
            "errors", "Entra's provisioning service reported {error_code}: {message}"
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check the Webex token and tenant URL (Test Connection), then click Retry. The "
            "provisioning logs in the Entra admin center show the same step report. If the "
            "same user still fails after the cause is fixed, Webex may have kept the failed "
            "create: open a case with Cisco Webex support and give them the TrackingID from "
            "that report.",
        ),
    )
    AMBIGUOUS_TEMPLATE = ErrorKind(
        "provisioning.ambiguous_template",
        QT_TRANSLATE_NOOP("errors", "The app offers several provisioning templates."),
        QT_TRANSLATE_NOOP(
            "errors",
            "None is marked as the default, so the wizard cannot tell which one to use: "
            "{templates}.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Choose the template to use (ask Cisco support if unsure) and apply again. "
            "Nothing was changed.",
        ),
    )
    NO_TEMPLATE = ErrorKind(
        "provisioning.no_template",
        QT_TRANSLATE_NOOP("errors", "The app offers no provisioning template."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Microsoft Graph lists no synchronization template for the app {sp_id}, so no "
            "provisioning job can be created for it.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            'Make sure the app was added from the gallery entry "Cisco Webex" (not a '
            "custom app), then run the wizard again. Nothing was changed.",
        ),
    )
    NO_USER_RULE = ErrorKind(
        "provisioning.no_user_rule",
        QT_TRANSLATE_NOOP("errors", "The provisioning job has no rule for users."),
        QT_TRANSLATE_NOOP(
            "errors",
            "The schema of job {job_id} has no synchronization rule that maps Entra users, "
            "so a user cannot be provisioned on demand.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check the attribute mappings in the Entra admin center (Provisioning > "
            "Mappings); restore the default mappings if they were removed.",
        ),
    )
    INVALID_EMAIL = ErrorKind(
        "provisioning.invalid_email",
        QT_TRANSLATE_NOOP("errors", "The notification email address is not valid: {email}"),
        QT_TRANSLATE_NOOP("errors", "Entra ID sends provisioning failure emails to this address."),
        QT_TRANSLATE_NOOP("errors", "Enter one address such as admin@contoso.com."),
    )

    # The test user is assigned, but only with Default Access (found by provisionOnDemand).
    default_access_only = factory(DEFAULT_ACCESS_ONLY, "user")
    throttled = factory(
        THROTTLED, "seconds", correlation="optional", convert={"seconds": whole_seconds}
    )
    user_out_of_scope = factory(USER_OUT_OF_SCOPE, "user")
    # *templates*: the ids of the templates to choose from.
    ambiguous_template = factory(AMBIGUOUS_TEMPLATE, "templates", convert={"templates": listed})
    no_template = factory(NO_TEMPLATE, "sp_id")
    no_user_rule = factory(NO_USER_RULE, "job_id")
    invalid_email = factory(INVALID_EMAIL, "email")

    @classmethod
    def credentials_rejected(
        cls, reason: str, tenant_url: str, correlation: Mapping[str, str] | None = None
    ) -> ProvisioningError:
        return cls.of(
            cls.CREDENTIALS_REJECTED,
            {"reason": reason or "no reason given", "tenant_url": tenant_url},
            correlation,
        )

    @classmethod
    def no_assignable_role(cls, app_name: str, default_only: bool) -> ProvisioningError:
        kind = cls.APP_DEFAULT_ACCESS_ONLY if default_only else cls.NO_ASSIGNABLE_ROLE
        return cls.of(kind, {"app": app_name})

    @classmethod
    def quarantined(
        cls,
        job_id: str,
        reason: str,
        error_code: str,
        message: str,
        correlation: Mapping[str, str] | None = None,
    ) -> ProvisioningError:
        return cls.of(
            cls.QUARANTINED,
            {
                "job_id": job_id,
                "reason": reason or "no reason given",
                "error_code": error_code or "no code",
                "message": message or "",
            },
            correlation,
        )

    @classmethod
    def on_demand_failed(cls, user: str, error_code: str, message: str) -> ProvisioningError:
        return cls.of(
            cls.ON_DEMAND_FAILED,
            {"user": user, "error_code": error_code or "no code", "message": message},
        )
