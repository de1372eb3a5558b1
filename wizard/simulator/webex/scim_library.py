"""The *scim2-server* library behind the simulated Webex SCIM 2 (:mod:`.scim`), configured
with Webex's identity extension.

Imported on the first SCIM request, not at simulator start (see :mod:`.scim`).
"""

from __future__ import annotations

import uuid
from typing import Any

from scim2_models import ResourceType, Schema, ScimProvider
from scim2_server.applications.wsgi import WSGIApplication
from scim2_server.memory import InMemoryStorage
from scim2_server.service import ScimService
from scim2_server.utils import (
    load_default_resource_types,
    load_default_schemas,
    load_default_service_provider_config,
)


def _cisco_schema(schema_id: str) -> Schema:
    """The Webex identity extension (subset): what the spec's User examples carry."""

    def attr(name: str, type_: str = "string", multi: bool = False, **extra: Any) -> dict[str, Any]:
        return {
            "name": name,
            "type": type_,
            "multiValued": multi,
            "required": False,
            "caseExact": False,
            "mutability": "readWrite",
            "returned": "default",
            "uniqueness": "none",
            **extra,
        }

    attributes = [
        # The spec's schema says a single string; its examples show a list. We follow the schema.
        attr("accountStatus"),
        attr(
            "sipAddresses",
            "complex",
            True,
            subAttributes=[
                attr("value"),
                attr("type"),
                attr("display"),
                attr("primary", "boolean"),
            ],
        ),
        attr("managedOrgs", "complex", True, subAttributes=[attr("orgId"), attr("role")]),
        *(attr(f"extensionAttribute{i}", multi=True) for i in range(1, 16)),
    ]
    return Schema.model_validate(
        {
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
            "id": schema_id,
            "name": "WebexIdentityUser",
            "description": "Cisco Webex identity extension (simulated subset)",
            "attributes": attributes,
        }
    )


def _build_provider(extension: str) -> ScimProvider:
    schemas = dict(load_default_schemas())
    schemas[extension] = _cisco_schema(extension)
    types = dict(load_default_resource_types())
    user = types["User"].model_dump()
    user["schemaExtensions"].append({"schema": extension, "required": False})
    types["User"] = ResourceType.model_validate(user)
    return ScimProvider.from_discovery(
        schemas.values(), types.values(), config=load_default_service_provider_config()
    )


_providers: dict[str, ScimProvider] = {}


def _scim_provider(extension: str) -> ScimProvider:
    if extension not in _providers:
        _providers[extension] = _build_provider(extension)
    return _providers[extension]


class WebexStorage(InMemoryStorage):
    """Webex user ids are dashed UUIDs (spec examples), not the library's bare hex."""

    def generate_id(self, resource_type: ResourceType, resource: Any) -> str:
        return str(uuid.uuid4())


class WebexScimApp(WSGIApplication):
    """The library app, told its public base URL (which differs between the two mounts)."""

    @staticmethod
    def get_base_url(environ: Any) -> str:
        return str(environ["wizard.scim_base"])


def new_app(extension: str) -> WebexScimApp:
    """An empty SCIM store for one organization, behind the library's WSGI app; *extension* is
    the id of Webex's identity extension schema (named in :mod:`.scim`, which imports this)."""
    provider = _scim_provider(extension)
    return WebexScimApp(WebexStorage(), provider, ScimService(provider))
