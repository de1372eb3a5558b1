"""Simulated Entra ID metadata: OIDC discovery (MSAL reads it first) and the signing keys.

The discovery document: https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from werkzeug.wrappers import Request, Response

from wizard.simulator.entra.common import GROUP, EntraError, base_url, guard_tenant, token_error
from wizard.simulator.routing import RouteTable, json_response

if TYPE_CHECKING:
    from wizard.simulator.routing import Sim

routes = RouteTable()


@routes.route("/<tenant>/v2.0/.well-known/openid-configuration", ["GET"], group=GROUP)
def openid_configuration(sim: Sim, request: Request, tenant: str) -> Response:
    try:
        guard_tenant(sim, tenant)
    except EntraError as exc:  # the discovery document keeps the error invalid_tenant
        return token_error(exc.error, exc.code, exc.message)
    base = base_url(request)
    root = f"{base}/{tenant}"
    return json_response(
        {
            "token_endpoint": f"{root}/oauth2/v2.0/token",
            "token_endpoint_auth_methods_supported": [
                "client_secret_post",
                "private_key_jwt",
                "client_secret_basic",
            ],
            "jwks_uri": f"{root}/discovery/v2.0/keys",
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            # The simulator's ID tokens are unsigned; MSAL >= 1.38 does not validate them.
            "id_token_signing_alg_values_supported": ["none"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": f"{base}/{sim.state.tenant_id}/v2.0",
            "request_uri_parameter_supported": False,
            "authorization_endpoint": f"{root}/oauth2/v2.0/authorize",
            "device_authorization_endpoint": f"{root}/oauth2/v2.0/devicecode",
            "http_logout_supported": True,
            "frontchannel_logout_supported": True,
            "end_session_endpoint": f"{root}/oauth2/v2.0/logout",
            "claims_supported": [
                "sub",
                "iss",
                "aud",
                "exp",
                "iat",
                "nbf",
                "name",
                "nonce",
                "oid",
                "preferred_username",
                "tid",
                "ver",
            ],
            "tenant_region_scope": "NA",
            "cloud_instance_name": urlsplit(base).hostname,
            "msgraph_host": urlsplit(base).netloc,
        }
    )


@routes.route("/<tenant>/discovery/v2.0/keys", ["GET"], group=GROUP)
def jwks(sim: Sim, request: Request, tenant: str) -> Response:
    # No signing keys: the simulator's tokens are unsigned (see id_token_signing_alg_values_supported).
    return json_response({"keys": []})
