"""The endpoints model: presets, precedence, and clear errors for bad configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core import endpoints as ep
from wizard.core.errors import ConfigError


def test_default_is_global_commercial_with_documented_hosts() -> None:
    e = ep.load(env={})
    assert e.authority() == "https://login.microsoftonline.com/organizations"
    assert e.graph_base == "https://graph.microsoft.com/v1.0"
    assert e.entra_client_id == ep.GRAPH_CLI_CLIENT_ID
    assert e.webex_idbroker == "https://idbroker.webex.com"
    assert e.scim_tenant_url("0f4c9f8e-1111-4a4a-9b9b-123456789abc") == (
        "https://api.ciscospark.com/v1/scim/0f4c9f8e-1111-4a4a-9b9b-123456789abc"
    )
    assert e.scim_tenant_url("x", scim2=True) == "https://webexapis.com/identity/scim/x/v2"
    # docs/webex.md#tenant-url: which tenant URL Entra's connector expects is not confirmed.
    assert "webex_scim_tenant_url" in e.unconfirmed


@pytest.mark.parametrize(
    ("cloud", "authority_host", "graph"),
    [
        ("usgov", "https://login.microsoftonline.us", "https://graph.microsoft.us/v1.0"),
        ("china", "https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn/v1.0"),
        ("usgov-dod", "https://login.microsoftonline.us", "https://dod-graph.microsoft.us/v1.0"),
    ],
)
def test_national_cloud_presets(cloud: str, authority_host: str, graph: str) -> None:
    e = ep.load(env={"WIZARD_ENTRA_CLOUD": cloud})
    assert e.entra_authority_host == authority_host
    assert e.admin_consent_host == authority_host
    assert e.graph_base == graph


@pytest.mark.parametrize("cloud", ["usgov", "usgov-dod", "china"])
def test_the_graph_cli_client_is_confirmed_in_national_clouds(cloud: str) -> None:
    # Microsoft Graph PowerShell's GraphEnvironmentConstants uses it in every cloud.
    e = ep.load(env={"WIZARD_ENTRA_CLOUD": cloud})
    assert e.entra_client_id == ep.GRAPH_CLI_CLIENT_ID
    assert "entra_client_id" not in e.unconfirmed


def test_fedramp_hosts_are_marked_unconfirmed() -> None:
    e = ep.load(env={"WIZARD_WEBEX_ENV": "fedramp"})
    assert e.webex_rest_base == "https://api-usgov.webex.com/v1"
    assert {"webex_idbroker", "webex_scim_tenant_url"} <= e.unconfirmed


def test_precedence_file_then_env_then_overrides(tmp_path: Path) -> None:
    cfg = tmp_path / "wizard.toml"
    cfg.write_text(
        '[endpoints]\ngraph_base = "https://graph.file.example/v1.0"\n'
        'webex_rest_base = "https://webex.file.example/v1"\nentra_tenant = "contoso.onmicrosoft.com"\n'
    )
    e = ep.load(
        config_file=cfg,
        env={"WIZARD_WEBEX_REST_BASE": "https://webex.env.example/v1"},
        overrides={"entra_tenant": "0f4c9f8e-1111-4a4a-9b9b-123456789abc"},
    )
    assert e.graph_base == "https://graph.file.example/v1.0"
    assert e.webex_rest_base == "https://webex.env.example/v1"
    assert e.entra_tenant == "0f4c9f8e-1111-4a4a-9b9b-123456789abc"
    assert e.authority().endswith("/0f4c9f8e-1111-4a4a-9b9b-123456789abc")


def test_config_file_from_environment_variable(tmp_path: Path) -> None:
    cfg = tmp_path / "w.toml"
    cfg.write_text('entra_cloud = "china"\n')
    assert ep.load(env={"WIZARD_CONFIG": str(cfg)}).entra_cloud == "china"


def test_explicitly_set_value_is_no_longer_unconfirmed() -> None:
    e = ep.load(env={"WIZARD_WEBEX_SCIM_TENANT_URL": "https://webexapis.com/identity/scim/{org_id}/v2"})
    assert "webex_scim_tenant_url" not in e.unconfirmed


def test_unknown_key_in_file_names_key_and_file(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text('grpah_base = "https://graph.microsoft.com/v1.0"\n')
    with pytest.raises(ConfigError) as info:
        ep.load(config_file=cfg, env={})
    text = str(info.value)
    assert "grpah_base" in text and str(cfg) in text and "graph_base" in text  # lists known keys
    assert "spelling" in text


def test_unknown_environment_variable_is_named() -> None:
    with pytest.raises(ConfigError) as info:
        ep.load(env={"WIZARD_GRAPH_BASEURL": "https://x.example"})
    assert "WIZARD_GRAPH_BASEURL" in str(info.value)


@pytest.mark.parametrize(
    "url",
    ["http://graph.microsoft.com/v1.0", "ftp://graph.example/v1.0", "graph.microsoft.com/v1.0", "https://"],
)
def test_non_https_outside_loopback_is_refused(url: str) -> None:
    with pytest.raises(ConfigError) as info:
        ep.load(env={"WIZARD_GRAPH_BASE": url})
    text = str(info.value)
    assert "graph_base" in text and "https://" in text
    assert "WIZARD_GRAPH_BASE" in text  # says where the bad value came from


@pytest.mark.parametrize("url", ["http://127.0.0.1:8443/v1.0", "http://localhost:1/v1.0", "http://[::1]:9/v1.0"])
def test_http_allowed_on_loopback(url: str) -> None:
    assert ep.load(env={"WIZARD_GRAPH_BASE": url}).graph_base == url


@pytest.mark.parametrize("value", ["not-a-guid", "14d82eec204b4c2fb7e8296a70dab67e", "14d82eec-204b-4c2f-b7e8-296a70dab67"])
def test_malformed_client_id(value: str) -> None:
    with pytest.raises(ConfigError) as info:
        ep.load(env={"WIZARD_ENTRA_CLIENT_ID": value})
    assert "entra_client_id" in str(info.value) and "GUID" in str(info.value)


def test_bad_tenant_and_missing_placeholder_and_ca(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="entra_tenant"):
        ep.load(env={"WIZARD_ENTRA_TENANT": "not a tenant"})
    with pytest.raises(ConfigError, match="org_id"):
        ep.load(env={"WIZARD_WEBEX_SCIM_TENANT_URL": "https://api.ciscospark.com/v1/scim/"})
    with pytest.raises(ConfigError, match="ca_bundle"):
        ep.load(env={"WIZARD_CA_BUNDLE": str(tmp_path / "missing.pem")})


def test_unknown_preset_lists_choices() -> None:
    with pytest.raises(ConfigError) as info:
        ep.load(env={"WIZARD_ENTRA_CLOUD": "germany"})
    assert "china" in str(info.value) and "usgov" in str(info.value)


def test_missing_and_malformed_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        ep.load(config_file=tmp_path / "nope.toml", env={})
    bad = tmp_path / "bad.toml"
    bad.write_text("graph_base = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        ep.load(config_file=bad, env={})


def test_non_endpoint_app_variables_are_ignored() -> None:
    e = ep.load(env={"WIZARD_LANG": "ko", "WIZARD_DATA_DIR": "/tmp/x", "WIZARD_LOG_LEVEL": "DEBUG"})
    assert e == ep.load(env={})


def test_the_dod_cloud_links_to_the_us_government_admin_center() -> None:
    from wizard.flows.setup_report import ENTRA_ADMIN_CENTER

    assert ENTRA_ADMIN_CENTER["usgov-dod"] == ENTRA_ADMIN_CENTER["usgov"]
