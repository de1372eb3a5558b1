"""The gallery app steps: find the tenant's "Cisco Webex" app, reuse or pick one, or add it from
the Entra gallery, wait until Entra ID can configure it, and hide it from My Apps.

The Gallery page finds and picks the app; Apply (:mod:`wizard.flows.setup_apply`) adds, waits
and hides, for the GUI and headless setup alike, as the plan's steps. The Graph calls themselves
are in :mod:`wizard.entra.gallery`. Every function blocks: call it on a worker thread.

Why the app is looked up again right before it is added, and its ID recorded the moment Graph
answers 201: a Retry, Back/Next or a re-run must never add a second one (instantiate is not
idempotent: https://learn.microsoft.com/graph/api/applicationtemplate-instantiate).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.entra import gallery as service
from wizard.entra.gallery import (
    DEFAULT_DISPLAY_NAME,
    MAX_DISPLAY_NAME,
    REPLICATION_BACKOFF,
    Candidate,
    GalleryTemplate,
    HideResult,
    Instantiated,
    Lookup,
    ReadyApp,
    WebexApp,
    check_display_name,
)
from wizard.entra.graph import GraphClient
from wizard.entra.graph_errors import GraphNotFound
from wizard.entra.sync.errors import ProvisioningError
from wizard.entra.sync.jobs import template_from
from wizard.entra.waits import Backoff

__all__ = [
    "DEFAULT_DISPLAY_NAME",
    "MAX_DISPLAY_NAME",
    "REPLICATION_BACKOFF",
    "Backoff",
    "Candidate",
    "GalleryTemplate",
    "HideResult",
    "Instantiated",
    "Lookup",
    "ReadyApp",
    "WebexApp",
    "check_display_name",
    "ensure_app",
    "existing_app",
    "find_template",
    "hide",
    "job_template",
    "lookup",
    "placeholder",
    "planned_template",
    "wait_until_ready",
]


def job_template(templates: list[dict[str, Any]], sp_id: str) -> str | None:
    """The template a new job is made from, chosen from templates already read (so the plan
    need not read them again), or None when there is none or no single default."""
    try:
        return template_from(templates, sp_id)
    except ProvisioningError:
        return None


def lookup(client: GraphClient) -> Lookup:
    """The gallery template, the tenant's Cisco Webex apps (with their jobs and creation dates,
    which tell them apart) and Cisco's identity-integration app."""
    return service.lookup(client)


def find_template(client: GraphClient) -> GalleryTemplate:
    """The "Cisco Webex" gallery template (looked up by name: its ID is not published)."""
    return service.find_template(client)


def existing_app(client: GraphClient, template: GalleryTemplate) -> WebexApp | None:
    """The first Cisco Webex app the tenant already has, or None."""
    apps = service.match_webex_apps(service.list_service_principals(client, template), template)
    return apps[0] if apps else None


def planned_template(template_id: str | None) -> GalleryTemplate | None:
    """The template a plan names by id (the Gallery page or headless prepare found it with
    :func:`find_template`, which insists on ``sync``), so Apply adds the app without looking it
    up again; None when the plan names none (made by an older version): it is looked up."""
    if not template_id:
        return None
    return GalleryTemplate(str(template_id), service.GALLERY_NAME, ("sync",))


def ensure_app(
    client: GraphClient,
    template: GalleryTemplate | None,
    name: str,
    on_created: Callable[[Instantiated], None],
) -> tuple[WebexApp, bool]:
    """Reuse the app someone added since the look-up, or add one named *name*; returns (app,
    created). ``on_created`` runs (on this worker thread) as soon as Graph answered 201.

    *template* None: looked up first. A template the plan named that Graph no longer knows
    (gone from the gallery since the plan, or published again under a new id) is looked up by
    name then: gone, the error is the look-up's own (``gallery.template_not_found``, as when
    it was looked up here); under a new id, the app is added from that one."""
    name = check_display_name(name)
    if template is None:
        return service.ensure_app(client, service.find_template(client), name, on_created)
    try:
        return service.ensure_app(client, template, name, on_created)
    except GraphNotFound as err:
        # Instantiate answered 404: nothing was added (only a 201 adds an app).
        gone = err
    fresh = service.find_template(client)
    if fresh.id.lower() == template.id.lower():
        raise gone
    return service.ensure_app(client, fresh, name, on_created)


def placeholder(app_id: str, name: str) -> WebexApp:
    """The app this run added (only its object ID is known) before it can be read back."""
    return WebexApp(app_id, "", name, None)


def wait_until_ready(
    client: GraphClient,
    app: WebexApp,
    *,
    backoff: Backoff = REPLICATION_BACKOFF,
    should_stop: Callable[[], bool] = lambda: False,
) -> ReadyApp:
    """Poll the new app and its provisioning templates until Entra ID has finished creating
    them (bounded by ``backoff.limit``; ``should_stop`` ends the wait)."""
    return service.wait_until_ready(client, app, backoff=backoff, should_stop=should_stop)


def hide(client: GraphClient, app: WebexApp) -> HideResult:
    """Hide the app from users' My Apps portal (the ``HideApp`` tag). Never raises."""
    return service.hide_from_my_apps(client, app)

