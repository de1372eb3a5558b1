"""What ``setup`` and ``repair`` do without a window: sign in, gather inputs, plan, apply.

Kept out of :mod:`wizard.cli.entry` (argument parsing and output) so the orchestration can be read and
tested on its own. Everything reports progress through a ``say(text)`` callback (the CLI prints
it to stderr); results are plain dicts the CLI prints as JSON on stdout. No Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from wizard.core.endpoints import Endpoints
from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError, factory
from wizard.core.paths import Profile
from wizard.entra.graph import GraphClient, odata_quote
from wizard.entra.sync.assignments import Assignment
from wizard.entra.sync.roles import assignable_roles, read_service_principal
from wizard.flows import gallery
from wizard.storage.secrets import SecretStore

log = logging.getLogger("wizard.cli.headless")

Say = Callable[[str], None]


# ------------------------------------------------------------------------------------ webex token
def read_token_file(path: str, stdin: Any = None) -> str:
    """The token from a file or stdin, checked at the edge (:func:`wizard.cli.inputs.read_token_file`)."""
    from wizard.cli.inputs import read_token_file as read_checked

    return read_checked(path, stdin)


def webex_token(session: Any, endpoints: Endpoints, raw: str) -> Any:
    """A :class:`~wizard.flows.webex_credentials.WebexToken` for *raw* (the capture step of
    :mod:`wizard.flows.webex_credentials`: Webex's own expiry when it tells it)."""
    from wizard.flows import webex_credentials as credentials

    return credentials.token_from_text(credentials.Opened(endpoints, session), raw)


class HeadlessError(WizardError):
    MISSING = ErrorKind(
        "config.missing_option",
        QT_TRANSLATE_NOOP("errors", "{option} is required."),
        QT_TRANSLATE_NOOP("errors", "The unattended setup cannot ask for it."),
        QT_TRANSLATE_NOOP("errors", "Give {option} on the command line or in --answers."),
    )
    PRINCIPAL_NOT_FOUND = ErrorKind(
        "config.principal_not_found",
        QT_TRANSLATE_NOOP("errors", "No user or group named {name} was found."),
        QT_TRANSLATE_NOOP(
            "errors", "--assign takes a user principal name (UPN) or a group's exact name."
        ),
        QT_TRANSLATE_NOOP("errors", "Check the spelling and run setup again. Nothing was changed."),
    )
    AMBIGUOUS_GROUP = ErrorKind(
        "config.ambiguous_principal",
        QT_TRANSLATE_NOOP("errors", "Several groups are named {name}."),
        QT_TRANSLATE_NOOP("errors", "Their object IDs are: {ids}."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Give the groups distinct names in Entra ID and run setup again. Nothing was changed.",
        ),
    )

    _NO_ROLE = QT_TRANSLATE_NOOP("errors", "The app has no role named {role}.")
    _ROLES_ARE = QT_TRANSLATE_NOOP("errors", "Its assignable roles are: {known}.")
    UNKNOWN_ROLE = ErrorKind(
        "config.unknown_role",
        _NO_ROLE,
        _ROLES_ARE,
        QT_TRANSLATE_NOOP("errors", "Give one of them with --role. Nothing was changed."),
    )
    # Roles can only be read from the app itself, so with no app yet the check comes right
    # after adding it: then "nothing was changed" would be false.
    UNKNOWN_ROLE_AFTER_ADDING = ErrorKind(
        "config.unknown_role",
        _NO_ROLE,
        _ROLES_ARE,
        QT_TRANSLATE_NOOP(
            "errors",
            "Give one of them with --role and run setup again: it reuses the Cisco Webex app "
            "it has just added; nothing else was changed.",
        ),
    )

    missing = factory(MISSING, "option")
    principal_not_found = factory(PRINCIPAL_NOT_FOUND, "name")
    ambiguous_group = factory(AMBIGUOUS_GROUP, "name", "ids")

    @classmethod
    def unknown_role(cls, role: str, known: str, *, app_added: bool = False) -> HeadlessError:
        kind = cls.UNKNOWN_ROLE_AFTER_ADDING if app_added else cls.UNKNOWN_ROLE
        return cls.of(kind, {"role": role, "known": known})


# ------------------------------------------------------------------------------------ answers
@dataclass
class SetupAnswers:
    """The choices the GUI asks for, from options or an answers file (TOML, same names)."""

    webex_token_file: str | None = None
    tenant_url: str | None = None
    assign: list[str] = field(default_factory=list)
    role: str | None = None
    notification_email: str | None = None
    notify_on_failure: bool = True
    test_user: str | None = None

    @classmethod
    def load(cls, path: str | None, overrides: dict[str, Any]) -> SetupAnswers:
        """Answers file first (checked against its schema), command-line options over it."""
        from wizard.cli.inputs import read_answers

        data: dict[str, Any] = read_answers(path) if path else {}
        data.update({k: v for k, v in overrides.items() if v not in (None, [], ())})
        answers = cls(**data)
        if isinstance(answers.assign, str):
            answers.assign = [answers.assign]
        return answers


def resolve_principal(graph: GraphClient, name: str) -> Assignment:
    """A UPN (contains ``@``) → the user; otherwise the one group with that display name (any
    case)."""
    from wizard.entra.graph_errors import GraphBadRequest, GraphNotFound

    if "@" in name:
        try:
            user = graph.get(
                # Encoded: "a@x/../b@y" must name no user at all, not resolve to b@y.
                f"/users/{quote(name, safe='@')}",
                operation=QT_TRANSLATE_NOOP("errors", "looking up the user"),
                params={"$select": "id,displayName,userPrincipalName"},
            )
        except (GraphNotFound, GraphBadRequest):
            raise HeadlessError.principal_not_found(name) from None
        return Assignment(str(user["id"]), "User", str(user.get("displayName") or name), "")
    rows = graph.get_all(
        "/groups",
        operation=QT_TRANSLATE_NOOP("errors", "looking up the group"),
        params={"$filter": f"displayName eq {odata_quote(name)}", "$select": "id,displayName"},
    )
    # Exactly that name (any case), never "the first result": a typo must not assign another group.
    exact = [r for r in rows if str(r.get("displayName", "")).lower() == name.lower()]
    if not exact:
        raise HeadlessError.principal_not_found(name)
    if len(exact) > 1:
        raise HeadlessError.ambiguous_group(name, ", ".join(str(r.get("id")) for r in exact))
    return Assignment(str(exact[0]["id"]), "Group", str(exact[0].get("displayName") or name), "")


# ------------------------------------------------------------------------------------ setup
@dataclass
class Prepared:
    """Everything read before planning: no change made yet."""

    tenant_id: str
    org_id: str
    tenant_url: str
    token: Any  # WebexToken
    template: gallery.GalleryTemplate
    app: gallery.WebexApp | None
    answers: SetupAnswers
    assignments: list[Assignment]
    test_user_id: str | None


def prepare(
    graph: GraphClient,
    tenant_id: str,
    endpoints: Endpoints,
    session: Any,
    answers: SetupAnswers,
    raw_token: str,
    say: Say,
) -> Prepared:
    """Check the Webex token and tenant URL (reads only) and find the app. Raises on problems."""
    from wizard.flows import webex_credentials as credentials

    if not answers.notification_email:
        raise HeadlessError.missing("--notification-email")
    opened = credentials.Opened(endpoints, session)
    token = credentials.token_from_text(opened, raw_token)
    person = credentials.who_signed_in(opened, token)
    not_admin = credentials.full_admin_error(person)
    if not_admin is not None:
        raise not_admin
    say(f"Webex: signed in as {person.email} (Full Administrator), organization {person.org_id}.")
    tenant_url = answers.tenant_url or endpoints.scim_tenant_url(person.org_id)
    report = credentials.passed(
        credentials.check_connection(opened, tenant_url, token, person.org_id, person)
    )
    say(f"Webex: the tenant URL {report.tenant_url} answers with the token.")
    template = gallery.find_template(graph)
    app = gallery.existing_app(graph, template)
    if app is not None and answers.role:
        role_id(graph, app.id, answers.role)  # before the first write, and in --dry-run
    assignments = [resolve_principal(graph, name) for name in answers.assign]
    test_user_id = resolve_principal(graph, answers.test_user).principal_id if answers.test_user else None
    return Prepared(
        tenant_id, person.org_id, report.tenant_url, token, template, app, answers, assignments,
        test_user_id,
    )


def role_id(graph: GraphClient, sp_id: str, role: str, *, app_added: bool = False) -> str:
    """The id of the app's assignable role named *role* (any case), else ``unknown_role``."""
    roles = assignable_roles(read_service_principal(graph, sp_id))
    match = [r for r in roles if r.display_name.lower() == role.lower()]
    if not match:
        known = ", ".join(r.display_name for r in roles)
        raise HeadlessError.unknown_role(role, known, app_added=app_added)
    return match[0].id


def _with_role(graph: GraphClient, sp_id: str, prepared: Prepared) -> list[Assignment]:
    if not prepared.answers.role:
        return prepared.assignments
    found = role_id(graph, sp_id, prepared.answers.role)
    return [
        Assignment(a.principal_id, a.principal_type, a.display_name, found)
        for a in prepared.assignments
    ]


def inputs_for(graph: GraphClient | None, prepared: Prepared, sp_id: str) -> Any:
    from wizard.flows.setup import SetupInputs

    assignments = _with_role(graph, sp_id, prepared) if graph is not None and sp_id else prepared.assignments
    return SetupInputs(
        tenant_id=prepared.tenant_id,
        sp_id=sp_id,
        tenant_url=prepared.tenant_url,
        webex_token=prepared.token.access_token,
        notification_email=prepared.answers.notification_email or "",
        notify_on_failure=prepared.answers.notify_on_failure,
        assignments=assignments,
        test_user_id=prepared.test_user_id,
    )


def plan(graph: GraphClient, prepared: Prepared, state: Any) -> list[Any]:
    """The exact steps setup would take (``dry_run_lines`` prints them). Writes nothing.

    The same plan Review shows (:func:`wizard.flows.setup.plan_setup`); without the app yet it
    starts with adding it from the gallery."""
    return _planned(graph, prepared, state)[1]


def _planned(graph: GraphClient, prepared: Prepared, state: Any) -> tuple[Any, list[Any]]:
    """The inputs and the plan: ``apply`` runs the very plan ``--dry-run`` prints."""
    from wizard.flows import setup as flows

    if prepared.app is not None:
        inputs = inputs_for(graph, prepared, prepared.app.id)
        return inputs, flows.plan_setup(graph, inputs, state=state)
    new_app = flows.NewApp(
        prepared.template.id, gallery.DEFAULT_DISPLAY_NAME, prepared.answers.role or "User"
    )
    inputs = inputs_for(None, prepared, "")
    return inputs, flows.plan_setup(None, inputs, state=state, new_app=new_app)


def apply(
    graph: GraphClient,
    prepared: Prepared,
    profile: Profile,
    store: SecretStore | None,
    say: Say,
    should_stop: Callable[[], bool] = lambda: False,
) -> dict[str, Any]:
    """Plan and apply with the state file, as Review and Apply do (adding the app, when the
    tenant has none yet, is the plan's first step); save the secrets."""
    from wizard.flows import setup as flows
    from wizard.flows import webex_credentials as credentials
    from wizard.storage.statefile import StateFile

    state_file = StateFile.for_profile(profile)
    if prepared.app is not None:
        _remember_app(state_file, prepared, prepared.app.id)
    inputs, steps = _planned(graph, prepared, state_file)
    progress = _progress(graph, prepared, inputs, say)
    result = flows.apply_setup(graph, inputs, steps, on_progress=progress, should_stop=should_stop, state=state_file)
    sp_id = inputs.sp_id  # the new app's once the plan has added it
    warnings = _warnings(result, say)
    state = state_file.load()
    if state is not None:
        # flows records the secrets' fingerprint; repair also keeps the notification email, for
        # a tenant that refuses to let it read the secret set back when it renews the token.
        state.org_id = prepared.org_id
        state.record("notification.saved", sp_id, notification_email=inputs.notification_email)
        state_file.save(state)
    saved = credentials.save_webex_credentials(
        credentials.Opened(secret_store=store),
        prepared.tenant_id,
        prepared.org_id,
        prepared.token,
        prepared.tenant_url,
    )
    if saved.error is not None:
        raise saved.error
    return {
        "tenant_id": prepared.tenant_id,
        "org_id": prepared.org_id,
        "service_principal_id": sp_id,
        "app_created": _added_now(result.steps),
        "job_id": result.job_id,
        "job_status": result.job_status.code,
        "test_user": (
            {"status": result.on_demand.status, "in_webex": result.on_demand.in_webex}
            if result.on_demand is not None
            else None
        ),
        "steps": [{"key": s.key, "title": s.title, "status": s.status, "note": s.note} for s in result.steps],
        "warnings": warnings,
    }


def _progress(graph: GraphClient, prepared: Prepared, inputs: Any, say: Say) -> Callable[[Any], None]:
    """Each step's status as a line; the add step starts with the line scripts know."""
    from wizard.flows.setup import ADD_APP, DONE, RUNNING

    def progress(step: Any) -> None:
        if step.key == ADD_APP and step.status == RUNNING:
            say("Adding the Cisco Webex app from the gallery...")
            return
        say(f"[{step.status}] {step.title}")
        if step.key == ADD_APP and step.status == DONE and prepared.answers.role:
            # Roles can only be read from the app itself: --role is checked the moment it
            # exists, before any later step (the plan would otherwise fall back to the first
            # role). Raising here stops the run, as a failed step does.
            role_id(graph, inputs.sp_id, prepared.answers.role, app_added=True)

    return progress


def _added_now(steps: list[Any]) -> bool:
    """Whether this run added the app: the add step keeps the id Graph answered 201 with
    (it finds none when the tenant had the app already)."""
    from wizard.flows.setup import ADD_APP

    return any(s.key == ADD_APP and s.data.get("sp_id") for s in steps)


def _warnings(result: Any, say: Say) -> list[dict[str, str]]:
    """Steps that failed without stopping the setup (a hide from My Apps), said and returned."""
    found = []
    for step in result.warnings:
        error = step.error.summary() if step.error is not None else ""
        say(f"Warning: {step.title} failed: {step.note or error}")
        found.append({"key": step.key, "title": step.title, "error": error, "note": step.note})
    return found


def _remember_app(state_file: Any, prepared: Prepared, sp_id: str) -> None:
    """The app ``prepare`` found, in the state file before planning: the plan skips saving
    secrets an earlier run saved for this very app."""
    from wizard.storage.statefile import WizardState

    state = state_file.load() or WizardState()
    if state.service_principal_id != sp_id:
        state.job_id = None
    state.tenant_id = prepared.tenant_id
    state.org_id = prepared.org_id
    state.service_principal_id = sp_id
    state_file.save(state)
