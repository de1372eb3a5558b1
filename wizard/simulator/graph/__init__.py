"""Microsoft Graph v1.0, simulated: the routes the wizard calls, under ``/v1.0``.

Importing this module registers every Graph route (group ``graph``). The work is split by
area: :mod:`graph_common` (auth, admin check, errors), :mod:`graph_query` (OData query options),
:mod:`graph_directory` (me, organization, roles, users, groups), :mod:`graph_apps` (gallery,
service principals, app-role assignments), :mod:`graph_sync` (synchronization jobs, secrets,
schema), :mod:`graph_engine` / :mod:`graph_ondemand` (the simulated provisioning engine, which
talks to the Webex SCIM routes in-process) and :mod:`graph_csdl` (the CSDL table).

Source of truth for paths, property names and bodies: the Graph v1.0 CSDL
(``specs/graph-v1.0-metadata.xml``); ``tests/integration/test_sim_graph_csdl.py`` checks every
registered path and every response body against it. Behaviour the CSDL does not describe, and
what it follows:

* Eventual consistency: a new service principal answers 404 ``Request_ResourceNotFound`` for
  ``Faults.replication_delay`` seconds (GDC application-saml-sso-configure-api.md; Microsoft
  identity blog "Designing for Eventual Consistency for Microsoft Entra"; research §1.3).
* Throttling: 429 + ``Retry-After`` per route group comes from the server middleware
  (GDC concepts/throttling.md); provisionOnDemand adds its documented 5 requests / 10 s.
* Error body: ``{"error": {"code", "message", "innerError": {"date", "request-id",
  "client-request-id"}}}`` (GDC concepts/errors.md; research §4.3).
* Roles: writes need Application Administrator, Cloud Application Administrator or Global
  Administrator (GDC rbac-for-apis/rbac-synchronization-apis.md); delegated *scopes* in the
  token are not checked.
"""

from wizard.simulator import graph_apps, graph_directory, graph_sync
from wizard.simulator.webex import scim_users  # one reader of the SCIM store, for tests

__all__ = ["graph_apps", "graph_directory", "graph_sync", "scim_users"]
