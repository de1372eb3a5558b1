"""Microsoft Graph v1.0, simulated: the routes the wizard calls, under ``/v1.0``.

:func:`register` adds every Graph route (group ``graph``) to the server's router. The work is
split by area: :mod:`.common` (route declaration, auth, admin check, errors), :mod:`.permissions`
(the delegated permission of each call), :mod:`.query`
(OData query options), :mod:`.directory` (me, organization, roles, users, groups), :mod:`.apps`
(gallery, service principals, app-role assignments), :mod:`.sync` (synchronization jobs,
secrets, schema), :mod:`.engine` / :mod:`.ondemand` (the simulated provisioning engine, which
talks to the Webex SCIM routes in-process), :mod:`.schema` (the job's attribute mappings) and
:mod:`.csdl` (the CSDL table).

Source of truth for paths, property names and bodies: the Graph v1.0 CSDL
(https://graph.microsoft.com/v1.0/$metadata, archived in
https://github.com/microsoftgraph/msgraph-metadata); ``tests/simulator/test_sim_graph_csdl.py``
checks every registered path and every response body against it. Behaviour the CSDL does not
describe, and what it follows:

* Eventual consistency: a new service principal answers 404 ``Request_ResourceNotFound`` for
  ``Faults.replication_delay`` seconds
  (https://learn.microsoft.com/graph/application-saml-sso-configure-api;
  https://devblogs.microsoft.com/identity/designing-for-eventual-consistency-for-microsoft-entra/).
* Throttling: 429 + ``Retry-After`` per route group comes from the server middleware
  (https://learn.microsoft.com/graph/throttling); provisionOnDemand adds its documented
  5 requests / 10 s.
* Error body: ``{"error": {"code", "message", "innerError": {"date", "request-id",
  "client-request-id"}}}`` (https://learn.microsoft.com/graph/errors).
* Roles: writes, and every synchronization call (reads too), need Application Administrator,
  Cloud Application Administrator or Global Administrator (the least-privileged roles listed on
  each synchronization API page, e.g.
  https://learn.microsoft.com/graph/api/synchronization-synchronizationjob-start).
* Delegated scopes: each call checks the permissions its Microsoft Learn page lists
  (:mod:`.permissions`, one row per route, with the page's URL); a token without them gets 403
  ``Authorization_RequestDenied``.
* Bodies: read only as ``application/json`` (400 without a Content-Type, 415 with another).
"""

from __future__ import annotations

from wizard.simulator.graph import apps, directory, sync
from wizard.simulator.routing import Router


def register(router: Router) -> None:
    """Add the Graph routes to *router*."""
    for module in (apps, directory, sync):
        router.include(module.routes)
