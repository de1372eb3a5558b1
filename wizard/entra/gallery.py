"""The "Cisco Webex" enterprise app: find its gallery template, find or add the app, wait for it.

Facts this follows (docs/entra-graph.md#gallery-app):

* The template is looked up by display name at run time (``$filter=displayName eq 'Cisco
  Webex'``) and must support ``sync`` provisioning; its id is never hard-coded (no public source
  gives it, and it may differ per cloud).
* SSO may already have added the app ("Cisco Webex is already added to your enterprise
  applications"), so existing service principals are looked for first. They are matched by
  ``applicationTemplateId`` (the admin may have renamed the app), falling back to the display
  name; both are ``$filter`` queries, so a tenant's full list of service principals is never
  read.
* After ``instantiate`` (201) the new service principal and its synchronization templates can
  read as 404 for a while (replication); we poll both with exponential backoff, bounded.
* "Hide from My Apps" (Cisco's recommendation, "Visible to users? = No") is set through the
  service principal's ``HideApp`` tag — the likely Graph mechanism, NOT confirmed by a public
  source (docs/entra-graph.md#not-published). The UI says so.

No Qt here; every function blocks and is meant for a worker thread (or the CLI).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from wizard.core.endpoints import IDENTITY_INTEGRATION_APP_ID
from wizard.core.errors import QT_TRANSLATE_NOOP, ErrorKind, WizardError, factory, whole_seconds
from wizard.entra.graph import MAX_PAGE_SIZE, GraphClient, odata_quote, sp_path
from wizard.entra.graph_errors import GraphBadRequest, GraphError, GraphNotFound
from wizard.entra.waits import Backoff, ConsistencyTimeout

log = logging.getLogger("wizard.entra.gallery")

#: The gallery's name for the app (Microsoft's and Cisco's tutorials both say "Cisco Webex").
GALLERY_NAME = "Cisco Webex"
DEFAULT_DISPLAY_NAME = GALLERY_NAME
#: Longest display name we accept (Entra's own limit for app names is 256 characters).
MAX_DISPLAY_NAME = 120
#: The tag the Entra admin center sets for "Visible to users? = No" (UNCONFIRMED, see above).
HIDE_TAG = "HideApp"
#: Properties read for each service principal; kept small so a big tenant pages quickly.
SP_SELECT = (
    "id,appId,displayName,applicationTemplateId,tags,preferredSingleSignOnMode,"
    "servicePrincipalType,accountEnabled"
)
#: Replication wait: a look every second (ends ≤1 s after the app appears), 5 minutes at most.
REPLICATION_BACKOFF = Backoff.flat(1.0, 300.0)


# ------------------------------------------------------------------------------------ errors
class GalleryError(WizardError):
    TEMPLATE_NOT_FOUND = ErrorKind(
        "gallery.template_not_found",
        QT_TRANSLATE_NOOP(
            "errors", 'The "{name}" app is not in the Entra app gallery of this cloud.'
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            'Microsoft Graph at {host} has no gallery template named "{name}". It may not be '
            "offered in this Microsoft cloud, or the Environment page names the wrong cloud.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check the Microsoft cloud on the Environment page. If it is right, add the app "
            "by hand in the Entra admin center (Enterprise applications > New application) "
            "and run the wizard again: it will find and reuse that app. Nothing was changed.",
        ),
    )
    TEMPLATE_WITHOUT_PROVISIONING = ErrorKind(
        "gallery.no_provisioning",
        QT_TRANSLATE_NOOP(
            "errors", 'The "Cisco Webex" gallery app of this cloud does not offer provisioning.'
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "The gallery template {template_id} at {host} does not list 'sync' among its "
            "provisioning types, so Entra ID could not provision users to Webex with it.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check the Microsoft cloud on the Environment page, or ask Microsoft support "
            "whether Cisco Webex provisioning is available in your cloud. Nothing was changed.",
        ),
    )
    REPLICATION_TIMEOUT = ErrorKind(
        "gallery.replication_timeout",
        QT_TRANSLATE_NOOP(
            "errors", "Entra ID is taking longer than usual to finish creating the app."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "The app was added (object ID {sp_id}) but after {seconds} seconds Microsoft "
            "Graph still answers {graph_code} when asked for it. New apps usually appear "
            "within a minute; sometimes replication takes longer.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Click Keep waiting. The app will not be added a second time: the wizard "
            "remembers it and only waits for it.",
        ),
        transient=True,
    )
    INVALID_NAME = ErrorKind(
        "gallery.invalid_name",
        QT_TRANSLATE_NOOP("errors", "The app needs a name."),
        QT_TRANSLATE_NOOP("errors", "The name is empty or longer than {limit} characters."),
        QT_TRANSLATE_NOOP("errors", 'Enter a name such as "Cisco Webex" and click Add again.'),
    )

    # *host*: Microsoft Graph's host, which tells the cloud.
    template_not_found = factory(TEMPLATE_NOT_FOUND, "host", "name", defaults={"name": GALLERY_NAME})
    template_without_provisioning = factory(TEMPLATE_WITHOUT_PROVISIONING, "host", "template_id")
    invalid_name = factory(INVALID_NAME, "limit", defaults={"limit": MAX_DISPLAY_NAME})

    @classmethod
    def replication_timeout(cls, seconds: float, sp_id: str, last: GraphError) -> GalleryError:
        return cls.of(
            cls.REPLICATION_TIMEOUT,
            {"seconds": whole_seconds(seconds), "sp_id": sp_id, "graph_code": last.graph_code},
            last.correlation,
        )


# ------------------------------------------------------------------------------------ data
@dataclass(frozen=True)
class GalleryTemplate:
    id: str
    display_name: str
    provisioning_types: tuple[str, ...]
    publisher: str = ""


@dataclass(frozen=True)
class WebexApp:
    """One "Cisco Webex" service principal (enterprise app) in the tenant."""

    id: str
    app_id: str
    display_name: str
    template_id: str | None
    tags: tuple[str, ...] = ()
    sso_mode: str | None = None
    #: "template" when ``applicationTemplateId`` matched the gallery template, else "name".
    matched_by: str = "template"

    @property
    def hidden(self) -> bool:
        return HIDE_TAG in self.tags

    @classmethod
    def from_graph(cls, sp: dict[str, Any], matched_by: str = "template") -> WebexApp:
        return cls(
            id=str(sp.get("id") or ""),
            app_id=str(sp.get("appId") or ""),
            display_name=str(sp.get("displayName") or ""),
            template_id=sp.get("applicationTemplateId") or None,
            tags=tuple(str(t) for t in sp.get("tags") or ()),
            sso_mode=sp.get("preferredSingleSignOnMode") or None,
            matched_by=matched_by,
        )


@dataclass(frozen=True)
class ProvisioningJob:
    id: str
    template_id: str
    status: str
    schedule: str
    quarantine_reason: str = ""

    @classmethod
    def from_graph(cls, job: dict[str, Any]) -> ProvisioningJob:
        status = job.get("status") or {}
        quarantine = status.get("quarantine") or {}
        return cls(
            id=str(job.get("id") or ""),
            template_id=str(job.get("templateId") or ""),
            status=str(status.get("code") or "Unknown"),
            schedule=str((job.get("schedule") or {}).get("state") or ""),
            quarantine_reason=str(quarantine.get("reason") or ""),
        )


@dataclass(frozen=True)
class Candidate:
    """An existing app with what tells it apart from the others (for the admin's choice)."""

    app: WebexApp
    jobs: tuple[ProvisioningJob, ...] = ()
    #: ISO date the app registration was created, when Graph told us; None when unknown.
    created: str | None = None

    @property
    def has_job(self) -> bool:
        return bool(self.jobs)


@dataclass(frozen=True)
class Lookup:
    """What the tenant has: the gallery template (None if missing), the Webex apps, Cisco's
    identity-integration app."""

    template: GalleryTemplate | None
    candidates: tuple[Candidate, ...]
    identity_integration: WebexApp | None
    template_error: GalleryError | None = None


@dataclass
class Instantiated:
    app_object_id: str
    app: WebexApp
    created: str | None = None


@dataclass
class ReadyApp:
    app: WebexApp
    sync_templates: list[dict[str, Any]] = field(default_factory=list)
    waited: float = 0.0


@dataclass(frozen=True)
class HideResult:
    done: bool
    already: bool = False
    error: WizardError | None = None


# ------------------------------------------------------------------------------------ reads
def _host(client: GraphClient) -> str:
    from urllib.parse import urlsplit

    return urlsplit(client.base).netloc


def find_template(client: GraphClient, name: str = GALLERY_NAME) -> GalleryTemplate:
    """The gallery template by exact display name, checked for ``sync`` provisioning."""
    rows = client.get_all(
        "/applicationTemplates",
        operation=QT_TRANSLATE_NOOP("errors", "searching the Entra app gallery"),
        params={"$filter": f"displayName eq {odata_quote(name)}"},
    )
    # Graph's filter is case-insensitive; insist on the exact name, as the tutorials spell it.
    exact = [r for r in rows if str(r.get("displayName", "")).strip() == name]
    if not exact:
        raise GalleryError.template_not_found(_host(client), name)
    with_sync = [r for r in exact if "sync" in (r.get("supportedProvisioningTypes") or [])]
    if not with_sync:
        raise GalleryError.template_without_provisioning(_host(client), str(exact[0].get("id")))
    row = with_sync[0]
    return GalleryTemplate(
        id=str(row["id"]),
        display_name=str(row.get("displayName") or name),
        provisioning_types=tuple(row.get("supportedProvisioningTypes") or ()),
        publisher=str(row.get("publisher") or ""),
    )


def list_service_principals(
    client: GraphClient, template: GalleryTemplate | None = None, name: str = GALLERY_NAME
) -> list[dict[str, Any]]:
    """Those made from *template*, then those named *name*, each a ``$filter`` query (a large
    tenant has tens of thousands of service principals; ``applicationTemplateId`` is filterable:
    https://learn.microsoft.com/en-us/graph/api/resources/serviceprincipal)."""
    operation = QT_TRANSLATE_NOOP("errors", "listing your tenant's enterprise apps")
    filters = [f"applicationTemplateId eq {odata_quote(template.id)}"] if template else []
    filters.append(f"displayName eq {odata_quote(name)}")
    found: dict[str, dict[str, Any]] = {}
    for clause in filters:
        rows = client.get_all(
            "/servicePrincipals",
            operation=operation,
            params={"$filter": clause, "$select": SP_SELECT, "$top": str(MAX_PAGE_SIZE)},
        )
        for row in rows:
            found.setdefault(str(row.get("id")), row)
    return list(found.values())


def find_identity_integration(client: GraphClient) -> WebexApp | None:
    """Cisco Webex Identity Integration by its appId (the alternate key), None when absent."""
    try:
        sp = client.get(
            f"/servicePrincipals(appId={odata_quote(IDENTITY_INTEGRATION_APP_ID)})",
            operation=QT_TRANSLATE_NOOP("errors", "listing your tenant's enterprise apps"),
            params={"$select": SP_SELECT},
        )
    except GraphNotFound:
        return None
    return WebexApp.from_graph(sp, "appId")


def read_app(client: GraphClient, sp_id: str) -> WebexApp:
    """The app by object id, with its tags as Entra holds them now; GraphNotFound when gone."""
    sp = client.get(
        sp_path(sp_id),
        operation=QT_TRANSLATE_NOOP("errors", "reading the Cisco Webex app"),
        params={"$select": SP_SELECT},
    )
    return WebexApp.from_graph(sp)


def match_webex_apps(
    service_principals: Iterable[dict[str, Any]],
    template: GalleryTemplate | None,
    name: str = GALLERY_NAME,
) -> list[WebexApp]:
    """The service principals that are instances of the Cisco Webex gallery app.

    By ``applicationTemplateId`` when the template is known; by exact display name only for
    service principals that carry no template id (or when the template is unknown), so a
    renamed gallery instance is found and an unrelated app that merely shares the name is not.
    Cisco's identity-integration app is never a candidate.
    """
    found: list[WebexApp] = []
    for sp in service_principals:
        if str(sp.get("appId", "")).lower() == IDENTITY_INTEGRATION_APP_ID:
            continue
        tid = sp.get("applicationTemplateId")
        if template is not None and tid and str(tid).lower() == template.id.lower():
            found.append(WebexApp.from_graph(sp, "template"))
        elif (template is None or not tid) and str(
            sp.get("displayName", "")
        ).strip().lower() == name.lower():
            found.append(WebexApp.from_graph(sp, "name"))
    return found


def jobs_of(client: GraphClient, sp_id: str) -> tuple[ProvisioningJob, ...]:
    rows = client.get_all(
        f"{sp_path(sp_id)}/synchronization/jobs",
        operation=QT_TRANSLATE_NOOP("errors", "reading the app's provisioning job"),
    )
    return tuple(ProvisioningJob.from_graph(r) for r in rows)


def created_date(client: GraphClient, app_id: str) -> str | None:
    """When the app registration behind *app_id* was created; None when Graph does not say.

    Best effort, for telling several apps apart: the service principal has no creation date in
    Graph v1.0, its application object does (``GET /applications(appId='…')``). Any error only
    means "unknown".
    """
    try:
        body = client.get(
            f"/applications(appId={odata_quote(app_id)})",
            operation=QT_TRANSLATE_NOOP("errors", "reading when the app was created"),
            params={"$select": "id,createdDateTime"},
        )
    except GraphError as err:
        log.info("creation date of app %s not available (%s)", app_id, err.graph_code or err.status)
        return None
    value = body.get("createdDateTime")
    return str(value) if value else None


def lookup(client: GraphClient, *, with_details: bool = True) -> Lookup:
    """Template, existing Cisco Webex apps (with jobs), and the identity-integration app."""
    template_error: GalleryError | None = None
    try:
        template: GalleryTemplate | None = find_template(client)
    except GalleryError as err:
        template, template_error = None, err
    apps = match_webex_apps(list_service_principals(client, template), template)
    candidates = []
    for app in apps:
        jobs = jobs_of(client, app.id) if with_details else ()
        created = created_date(client, app.app_id) if with_details and len(apps) > 1 else None
        candidates.append(Candidate(app, jobs, created))
    return Lookup(template, tuple(candidates), find_identity_integration(client), template_error)


# ------------------------------------------------------------------------------------ writes
def check_display_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > MAX_DISPLAY_NAME:
        raise GalleryError.invalid_name()
    return cleaned


def instantiate(client: GraphClient, template: GalleryTemplate, display_name: str) -> Instantiated:
    """``POST /applicationTemplates/{id}/instantiate`` (201 → application + service principal)."""
    name = check_display_name(display_name)
    body = client.post(
        f"/applicationTemplates/{template.id}/instantiate",
        {"displayName": name},
        operation=QT_TRANSLATE_NOOP("errors", "adding the app from the gallery"),
    )
    sp = body.get("servicePrincipal") or {}
    application = body.get("application") or {}
    if not sp.get("id"):
        raise GraphBadRequest.build(
            201,
            "UnexpectedResponse",
            "no servicePrincipal in the answer",
            "adding the app from the gallery",
            {},
        )
    app = WebexApp.from_graph(
        {**sp, "applicationTemplateId": sp.get("applicationTemplateId") or template.id}
    )
    log.info("instantiated gallery template %s as service principal %s", template.id, app.id)
    return Instantiated(str(application.get("id") or ""), app, application.get("createdDateTime"))


def ensure_app(
    client: GraphClient,
    template: GalleryTemplate,
    display_name: str,
    on_created: Callable[[Instantiated], None],
) -> tuple[WebexApp, bool]:
    """Reuse an existing Cisco Webex app, or add one; returns (app, created).

    Looks up again right before instantiating, so a re-run (or an app someone added since the
    pre-flight check) never yields a second instance. ``on_created`` is called as soon as Graph
    answers 201, before anything else can fail, so the caller records the new id at once.
    """
    existing = match_webex_apps(list_service_principals(client), template)
    if existing:
        log.info("found existing Cisco Webex app %s; not adding another", existing[0].id)
        return existing[0], False
    made = instantiate(client, template, display_name)
    on_created(made)
    return made.app, True


def wait_until_ready(
    client: GraphClient,
    app: WebexApp,
    *,
    backoff: Backoff = REPLICATION_BACKOFF,
    should_stop: Callable[[], bool] = lambda: False,
    on_wait: Callable[[float], None] | None = None,
) -> ReadyApp:
    """Poll the new service principal, then its synchronization templates, until both answer.

    Raises :class:`GalleryError.replication_timeout` after ``backoff.limit`` seconds in total,
    and :class:`wizard.entra.graph.StopWaiting` when ``should_stop()`` turns true.
    """
    started = time.monotonic()
    try:
        sp = client.get(
            sp_path(app.id),
            operation=QT_TRANSLATE_NOOP("errors", "reading the new app"),
            params={"$select": SP_SELECT},
            just_created=backoff,
            should_stop=should_stop,
            on_wait=on_wait,
        )
        spent = time.monotonic() - started
        remaining = Backoff(
            backoff.initial, backoff.factor, backoff.cap, max(backoff.limit - spent, 0.0)
        )
        templates = client.get_all(
            f"{sp_path(app.id)}/synchronization/templates",
            operation=QT_TRANSLATE_NOOP("errors", "reading the new app's provisioning templates"),
            just_created=remaining,
            should_stop=should_stop,
            on_wait=(lambda s: on_wait(spent + s)) if on_wait is not None else None,
        )
    except ConsistencyTimeout as exc:
        raise GalleryError.replication_timeout(
            time.monotonic() - started, app.id, exc.last
        ) from None
    ready = WebexApp.from_graph(
        {**sp, "applicationTemplateId": sp.get("applicationTemplateId") or app.template_id},
        app.matched_by,
    )
    return ReadyApp(ready, templates, time.monotonic() - started)


def hide_from_my_apps(client: GraphClient, app: WebexApp) -> HideResult:
    """Add the ``HideApp`` tag (keeping every other tag). Never raises: the result says why not.

    A failure here must not undo or block the setup: the app works either way, only its tile in
    users' My Apps portal differs. The caller shows the result line.
    """
    if app.hidden:
        return HideResult(done=True, already=True)
    try:
        client.request(
            "PATCH",
            sp_path(app.id),
            body={"tags": [*app.tags, HIDE_TAG]},
            operation=QT_TRANSLATE_NOOP("errors", "hiding the app from My Apps"),
            # Just created and already read once, but PATCH can still meet a replica that has
            # not seen it: retry only the consistency codes, briefly.
            just_created=Backoff.flat(0.5, 20.0),
        )
    except ConsistencyTimeout as exc:
        return HideResult(done=False, error=exc.last)
    except WizardError as err:
        return HideResult(done=False, error=err)
    return HideResult(done=True)
