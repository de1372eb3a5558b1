"""Every address the product talks to, in one typed structure.

Why one structure: national clouds, FedRAMP, corporate proxies and our own simulator all need
different hosts, and a host hard-coded anywhere else is a host that cannot be changed. The
order of precedence is preset < config file (TOML) < environment variables < explicit
overrides (the demo's simulator), and every value is validated with a message that names the
key and says how to fix it.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from wizard.core.errors import ConfigError

UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

#: First-party "Microsoft Graph Command Line Tools" public client (docs/entra-graph.md#sign-in-client).
GRAPH_CLI_CLIENT_ID = "14d82eec-204b-4c2f-b7e8-296a70dab67e"
#: Cisco's implicit-grant client used by Microsoft's Webex provisioning tutorial (docs/webex.md#token).
WEBEX_AZURE_CLIENT_ID = "C4ca14fe00b0e51efb414ebd45aa88c1858c3bfb949b2405dba10b0ca4bc37402"
#: "Cisco Webex Identity Integration" — its deletion is Control Hub's 401/701018 error.
IDENTITY_INTEGRATION_APP_ID = "90db942a-c1eb-4e8d-82e4-eebf64a7e2ae"

ENV_PREFIX = "WIZARD_"
#: WIZARD_* variables that configure the app rather than an endpoint.
NON_ENDPOINT_ENV = frozenset({"WIZARD_CONFIG", "WIZARD_LANG", "WIZARD_DATA_DIR", "WIZARD_LOG_LEVEL"})


@dataclass(frozen=True)
class Endpoints:
    """Hosts, client IDs and trust settings for one Entra cloud + one Webex environment."""

    entra_cloud: str = "global"
    webex_env: str = "commercial"
    #: Entra authority host; MSAL authority = ``{entra_authority_host}/{entra_tenant}``.
    entra_authority_host: str = "https://login.microsoftonline.com"
    #: Admin consent lives on the authority host in every cloud we know of.
    admin_consent_host: str = "https://login.microsoftonline.com"
    graph_base: str = "https://graph.microsoft.com/v1.0"
    entra_client_id: str = GRAPH_CLI_CLIENT_ID
    #: ``organizations`` unless the admin names a tenant (ID or verified domain).
    entra_tenant: str = "organizations"
    #: The Graph CLI Tools client is registered with this loopback redirect.
    entra_redirect_uri: str = "http://localhost"
    webex_idbroker: str = "https://idbroker.webex.com"
    webex_rest_base: str = "https://webexapis.com/v1"
    #: Legacy tenant URL that Microsoft's tutorial tells admins to give Entra.
    webex_scim_tenant_url: str = "https://api.ciscospark.com/v1/scim/{org_id}"
    #: Webex's documented SCIM 2 base, offered as the alternative tenant URL.
    webex_scim2_base: str = "https://webexapis.com/identity/scim/{org_id}/v2"
    webex_client_id: str = WEBEX_AZURE_CLIENT_ID
    webex_redirect_uri: str = "http://localhost:3000/auth/code"
    webex_scopes: str = "spark:people_read spark:people_write Identity:SCIM"
    #: Extra CA bundle (PEM) for TLS-inspecting proxies or the simulator; None = system trust.
    ca_bundle: str | None = None
    #: Field names whose value no public source confirms (docs/entra-graph.md#not-published); shown in the UI.
    unconfirmed: frozenset[str] = field(default_factory=frozenset)

    def authority(self) -> str:
        return f"{self.entra_authority_host.rstrip('/')}/{self.entra_tenant}"

    def scim_tenant_url(self, org_id: str, *, scim2: bool = False) -> str:
        template = self.webex_scim2_base if scim2 else self.webex_scim_tenant_url
        return template.format(org_id=org_id)

    def replace(self, **changes: Any) -> Endpoints:
        return dataclasses.replace(self, **changes)

    def hosts(self) -> list[str]:
        """Every URL-valued field, for diagnostics ("which hosts must my proxy allow?")."""
        return [getattr(self, f.name) for f in fields(self) if f.name in URL_FIELDS]


URL_FIELDS = frozenset(
    {
        "entra_authority_host",
        "admin_consent_host",
        "graph_base",
        "webex_idbroker",
        "webex_rest_base",
        "webex_scim_tenant_url",
        "webex_scim2_base",
    }
)
#: Redirect URIs are never fetched: the embedded browser intercepts them, so http is fine.
REDIRECT_FIELDS = frozenset({"entra_redirect_uri", "webex_redirect_uri"})
UUID_FIELDS = frozenset({"entra_client_id"})
SETTABLE_FIELDS = frozenset(f.name for f in fields(Endpoints)) - {"unconfirmed"}

ENTRA_CLOUDS: dict[str, dict[str, Any]] = {
    "global": {},
    # The Graph CLI client id is the default in every national cloud too: Microsoft Graph
    # PowerShell's GraphEnvironmentConstants (https://github.com/microsoftgraph/msgraph-sdk-powershell/blob/dev/src/Authentication/Authentication.Core/Common/GraphEnvironmentConstants.cs)
    # and https://learn.microsoft.com/en-us/graph/deployments (service root endpoints).
    "usgov": {
        "entra_authority_host": "https://login.microsoftonline.us",
        "admin_consent_host": "https://login.microsoftonline.us",
        "graph_base": "https://graph.microsoft.us/v1.0",
    },
    "usgov-dod": {
        "entra_authority_host": "https://login.microsoftonline.us",
        "admin_consent_host": "https://login.microsoftonline.us",
        "graph_base": "https://dod-graph.microsoft.us/v1.0",
    },
    "china": {
        "entra_authority_host": "https://login.chinacloudapi.cn",
        "admin_consent_host": "https://login.chinacloudapi.cn",
        "graph_base": "https://microsoftgraph.chinacloudapi.cn/v1.0",
    },
}

WEBEX_ENVS: dict[str, dict[str, Any]] = {
    "commercial": {
        # docs/webex.md#tenant-url: which tenant URL Entra's connector expects today is open.
        "_unconfirmed": {"webex_scim_tenant_url"},
    },
    "fedramp": {
        # docs/webex.md#webex-for-government: only third-party evidence for these hosts.
        "webex_idbroker": "https://idbroker-f.webex.com",
        "webex_rest_base": "https://api-usgov.webex.com/v1",
        "webex_scim_tenant_url": "https://api-usgov.webex.com/v1/scim/{org_id}",
        "webex_scim2_base": "https://api-usgov.webex.com/identity/scim/{org_id}/v2",
        "_unconfirmed": {
            "webex_idbroker",
            "webex_scim_tenant_url",
            "webex_scim2_base",
            "webex_client_id",
        },
    },
}


def preset(entra_cloud: str = "global", webex_env: str = "commercial") -> Endpoints:
    if entra_cloud not in ENTRA_CLOUDS:
        raise ConfigError.invalid(
            "entra_cloud", entra_cloud, "one of: " + ", ".join(sorted(ENTRA_CLOUDS))
        )
    if webex_env not in WEBEX_ENVS:
        raise ConfigError.invalid(
            "webex_env", webex_env, "one of: " + ", ".join(sorted(WEBEX_ENVS))
        )
    values: dict[str, Any] = {}
    unconfirmed: set[str] = set()
    for table in (ENTRA_CLOUDS[entra_cloud], WEBEX_ENVS[webex_env]):
        for key, value in table.items():
            if key == "_unconfirmed":
                unconfirmed |= value
            else:
                values[key] = value
    return Endpoints(
        entra_cloud=entra_cloud,
        webex_env=webex_env,
        unconfirmed=frozenset(unconfirmed),
        **values,
    )


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: The port a URL without one means.
DEFAULT_PORTS = {"http": 80, "https": 443}


def url_parts(url: str) -> tuple[str, str, int, str] | None:
    """(scheme, host, port, path) with the default port filled in; None when unparsable, without
    a host, or with user info (``http://localhost:3000@evil.example`` is evil.example's)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.username is not None or parts.password is not None or not parts.hostname:
        return None
    scheme = parts.scheme.lower()
    if port is None:
        port = DEFAULT_PORTS.get(scheme, -1)
    return scheme, parts.hostname.lower(), port, parts.path or "/"


def at_or_below(url: str, prefix: str) -> bool:
    """True when *url* is at or below *prefix* (a redirect URI the embedded browsers catch): the
    same scheme, host and port, and a path equal to the prefix's or below it by segment.

    Not a ``startswith`` on strings: ``http://localhost:3000.evil.example``,
    ``http://localhost:3000@evil.example/auth/code`` and ``/auth/codex`` must not match.
    """
    got, want = url_parts(url), url_parts(prefix)
    if got is None or want is None or got[:3] != want[:3]:
        return False
    base = want[3].rstrip("/")
    return got[3] == want[3] or got[3] == base or got[3].startswith(base + "/")


def _without_userinfo(url: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=f"***@{host}").geturl()


def validate(endpoints: Endpoints, source: Mapping[str, str] | None = None) -> Endpoints:
    """Check every value; *source* maps a key to where it came from, for the message."""
    source = source or {}
    for name in URL_FIELDS | REDIRECT_FIELDS:
        value = getattr(endpoints, name)
        where = source.get(name, "")
        try:
            parts = urlsplit(value.replace("{org_id}", "org"))
        except ValueError:  # e.g. an unclosed IPv6 bracket
            raise ConfigError.invalid(name, value, "an absolute https:// URL", where) from None
        if "@" in parts.netloc:
            # A user name or password in a URL would be sent to the host and land in logs;
            # refuse it, and never repeat it in the message.
            raise ConfigError.invalid(
                name, _without_userinfo(value), "a URL without a user name or password", where
            )
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ConfigError.invalid(name, value, "an absolute https:// URL", where)
        if name in URL_FIELDS and parts.scheme != "https" and not is_loopback(parts.hostname):
            raise ConfigError.invalid(
                name, value, "an https:// URL (plain http is only allowed on loopback)", where
            )
        if name in ("webex_scim_tenant_url", "webex_scim2_base") and "{org_id}" not in value:
            raise ConfigError.invalid(name, value, "a URL containing the {org_id} placeholder", where)
    for name in UUID_FIELDS:
        value = getattr(endpoints, name)
        if not UUID_RE.match(value):
            raise ConfigError.invalid(
                name, value, "a GUID like 14d82eec-204b-4c2f-b7e8-296a70dab67e", source.get(name, "")
            )
    tenant = endpoints.entra_tenant
    if tenant not in ("organizations", "common") and not (
        UUID_RE.match(tenant) or re.match(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", tenant)
    ):
        raise ConfigError.invalid(
            "entra_tenant",
            tenant,
            "'organizations', a tenant GUID or a verified domain such as contoso.onmicrosoft.com",
            source.get("entra_tenant", ""),
        )
    if endpoints.ca_bundle is not None and not Path(endpoints.ca_bundle).is_file():
        raise ConfigError.invalid(
            "ca_bundle", endpoints.ca_bundle, "the path of an existing PEM file", source.get("ca_bundle", "")
        )
    return endpoints


#: A configuration or answers file is a few hundred bytes; the cap keeps /dev/zero out of memory.
MAX_TOML_BYTES = 1024 * 1024


def read_toml_file(path: Path, what: str = "configuration file") -> dict[str, Any]:
    """A TOML file as a dict; a missing, unreadable, binary or oversized file is a ConfigError
    that names *path* (never a traceback)."""
    if path.is_dir():
        raise ConfigError.bad_toml(str(path), f"it is a folder, not a {what}")
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_TOML_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError.missing_file(str(path)) from None
    except OSError as exc:
        raise ConfigError.bad_toml(str(path), f"it cannot be opened ({exc.strerror or type(exc).__name__})") from None
    if len(raw) > MAX_TOML_BYTES:
        raise ConfigError.bad_toml(str(path), f"it is larger than 1 MiB, which no {what} is")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError.bad_toml(str(path), f"it is not UTF-8 text (byte {exc.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError.bad_toml(str(path), str(exc)) from None


def _read_toml(path: Path) -> dict[str, Any]:
    data = read_toml_file(path)
    # Accept both a flat file and one with an [endpoints] table, so the file can grow.
    table = data.get("endpoints", data)
    if not isinstance(table, dict):
        raise ConfigError.bad_toml(str(path), "[endpoints] must be a table")
    return table


def load(
    config_file: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Endpoints:
    """Build the endpoints from preset, file, environment and overrides, then validate."""
    env = os.environ if env is None else env
    layers: list[tuple[str, dict[str, Any]]] = []
    path = config_file or env.get("WIZARD_CONFIG")
    if path:
        layers.append((f"config file {path}", _read_toml(Path(path))))
    env_layer = {
        key[len(ENV_PREFIX) :].lower(): value
        for key, value in env.items()
        if key.startswith(ENV_PREFIX) and key not in NON_ENDPOINT_ENV
    }
    # Environment variables that name no field are someone's typo; say so instead of ignoring.
    layers.append(("environment variable", env_layer))
    if overrides:
        layers.append(("override", dict(overrides)))

    merged: dict[str, Any] = {}
    source: dict[str, str] = {}
    for where, layer in layers:
        for key, value in layer.items():
            if key not in SETTABLE_FIELDS:
                shown = f"{ENV_PREFIX}{key.upper()}" if where == "environment variable" else key
                raise ConfigError.unknown_key(shown, where, sorted(SETTABLE_FIELDS))
            if value is not None and not isinstance(value, str):
                raise ConfigError.invalid(key, repr(value), "a string", where)
            merged[key] = value
            source[key] = (
                f"{where} {ENV_PREFIX}{key.upper()}" if where == "environment variable" else where
            )

    base = preset(merged.pop("entra_cloud", "global"), merged.pop("webex_env", "commercial"))
    # A value set explicitly is the admin's own, so it is no longer "unconfirmed".
    endpoints = base.replace(unconfirmed=base.unconfirmed - set(merged), **merged)
    return validate(endpoints, source)
