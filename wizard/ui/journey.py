"""The setup journey in one table: per page, in the wizard's order, where its class lives, where
Next leads by default, its name in the step list and its header.

One table instead of four lists that had to agree (the wizard's page map, the step list's names,
every page's header and successor). It imports no Qt and no page, so the wizard, the step list
and the pages all read it without importing each other, and the wizard still imports a page's
module only when it builds that page (the first page paints before the others are loaded).

Texts are marked for ``pyside6-lupdate``, which reads only literals: the step names in context
``StepList`` (the widget that shows them), a header in the context of its page's class, the
context ``self.tr`` has there, so the catalogues' (context, source text) keys stay those of the
page (https://doc.qt.io/qt-6/i18n-source-translation.html#using-qt-tr-noop-and-qt-translate-noop).
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.ui.page_ids import PageId


@dataclass(frozen=True)
class Stage:
    """One page of the journey: *module* (under ``wizard.ui.pages``) and *cls* find its class,
    whose name is also the translation context of the header (*title*, *subtitle*); *next* is
    where Next leads (Calibre-style explicit order; a page that branches overrides ``nextId``),
    None on the last page; *step* is the name in the step list at the side, None for a page
    that is not a step (Start comes before the journey). Texts are English sources, translated
    where they are shown."""

    page_id: PageId
    module: str
    cls: str
    next: PageId | None
    step: str | None
    title: str
    subtitle: str


_STAGES = (
    Stage(
        PageId.WELCOME, "welcome", "WelcomePage", PageId.ENVIRONMENT,
        step=QT_TRANSLATE_NOOP("StepList", "Welcome"),
        title=QT_TRANSLATE_NOOP("WelcomePage", "Connect Microsoft Entra ID to Webex"),
        subtitle=QT_TRANSLATE_NOOP(
            "WelcomePage",
            "Set up automatic user provisioning from your Microsoft tenant to your Webex "
            "organization.",
        ),
    ),
    Stage(
        PageId.ENVIRONMENT, "environment", "EnvironmentPage", PageId.MS_SIGNIN,
        step=QT_TRANSLATE_NOOP("StepList", "Environment"),
        title=QT_TRANSLATE_NOOP("EnvironmentPage", "Your environment"),
        subtitle=QT_TRANSLATE_NOOP(
            "EnvironmentPage",
            "Choose the Microsoft cloud and the Webex environment your organization uses.",
        ),
    ),
    Stage(
        PageId.MS_SIGNIN, "ms_signin", "MicrosoftSignInPage", PageId.PREFLIGHT,
        step=QT_TRANSLATE_NOOP("StepList", "Microsoft sign-in"),
        title=QT_TRANSLATE_NOOP("MicrosoftSignInPage", "Sign in to Microsoft"),
        subtitle=QT_TRANSLATE_NOOP(
            "MicrosoftSignInPage", "Sign in with your Entra administrator account."
        ),
    ),
    Stage(
        PageId.PREFLIGHT, "preflight", "PreflightPage", PageId.GALLERY,
        step=QT_TRANSLATE_NOOP("StepList", "Pre-flight checks"),
        title=QT_TRANSLATE_NOOP("PreflightPage", "Pre-flight checks"),
        subtitle=QT_TRANSLATE_NOOP(
            "PreflightPage",
            "Make sure everything the setup relies on is in place before anything is changed.",
        ),
    ),
    Stage(
        PageId.GALLERY, "gallery", "GalleryPage", PageId.WEBEX_SIGNIN,
        step=QT_TRANSLATE_NOOP("StepList", "Cisco Webex app"),
        title=QT_TRANSLATE_NOOP("GalleryPage", "Cisco Webex enterprise app"),
        subtitle=QT_TRANSLATE_NOOP(
            "GalleryPage",
            "Find the Cisco Webex app in your tenant, or add it from the Entra app gallery.",
        ),
    ),
    Stage(
        PageId.WEBEX_SIGNIN, "webex_signin", "WebexSignInPage", PageId.CONNECTION_TEST,
        step=QT_TRANSLATE_NOOP("StepList", "Webex sign-in"),
        title=QT_TRANSLATE_NOOP("WebexSignInPage", "Sign in to Webex"),
        subtitle=QT_TRANSLATE_NOOP(
            "WebexSignInPage", "Sign in with your Webex Full Administrator account."
        ),
    ),
    Stage(
        PageId.CONNECTION_TEST, "connection_test", "ConnectionTestPage", PageId.SCOPE,
        step=QT_TRANSLATE_NOOP("StepList", "Connection test"),
        title=QT_TRANSLATE_NOOP("ConnectionTestPage", "Test the connection"),
        subtitle=QT_TRANSLATE_NOOP(
            "ConnectionTestPage", "Check that Entra ID will be able to reach Webex with this token."
        ),
    ),
    Stage(
        PageId.SCOPE, "scope", "ScopePage", PageId.REVIEW,
        step=QT_TRANSLATE_NOOP("StepList", "Who is provisioned"),
        title=QT_TRANSLATE_NOOP("ScopePage", "Who is provisioned"),
        subtitle=QT_TRANSLATE_NOOP(
            "ScopePage", "Choose the users and groups that get a Webex account."
        ),
    ),
    Stage(
        PageId.REVIEW, "review", "ReviewPage", PageId.APPLY,
        step=QT_TRANSLATE_NOOP("StepList", "Review"),
        title=QT_TRANSLATE_NOOP("ReviewPage", "Review the changes"),
        subtitle=QT_TRANSLATE_NOOP(
            "ReviewPage", "Check the exact list of changes before anything is made."
        ),
    ),
    Stage(
        PageId.APPLY, "apply", "ApplyPage", PageId.FINISH,
        step=QT_TRANSLATE_NOOP("StepList", "Apply"),
        title=QT_TRANSLATE_NOOP("ApplyPage", "Apply"),
        subtitle=QT_TRANSLATE_NOOP("ApplyPage", "Make the changes and start provisioning."),
    ),
    Stage(
        PageId.FINISH, "finish", "FinishPage", None,
        step=QT_TRANSLATE_NOOP("StepList", "Finish"),
        title=QT_TRANSLATE_NOOP("FinishPage", "Finished"),
        subtitle=QT_TRANSLATE_NOOP("FinishPage", "A summary of the connection and what to do next."),
    ),
    Stage(
        PageId.START, "start", "StartPage", PageId.WELCOME,
        step=None,
        title=QT_TRANSLATE_NOOP("StartPage", "Welcome back"),
        subtitle=QT_TRANSLATE_NOOP(
            "StartPage", "This computer has a saved connection. Choose what to do."
        ),
    ),
)  # fmt: skip

# Every page by id, in the wizard's order (the order the pages are registered and warmed up in).
JOURNEY: dict[PageId, Stage] = {stage.page_id: stage for stage in _STAGES}
