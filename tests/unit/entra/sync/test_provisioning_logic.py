"""Pure logic of wizard.entra.sync and wizard.flows.setup: no network, no Qt."""

from __future__ import annotations

import json

import pytest

from wizard.entra.sync.errors import ProvisioningError
from wizard.entra.sync.jobs import JobStatus
from wizard.entra.sync.mappings import (
    ACTIVE_EXPRESSION,
    DIFFERENT,
    MATCHING_PITFALL,
    MISSING,
    RECOMMENDED_MAPPINGS,
    SAME,
    AttributeMapping,
    compare_mappings,
    extra_mappings,
    matching_warning,
    user_mappings,
)
from wizard.entra.sync.ondemand import RateWindow, parse_on_demand, user_rule_id
from wizard.entra.sync.roles import DEFAULT_ACCESS_ROLE_ID, assignable_roles
from wizard.flows.setup import DONE, PENDING, SKIPPED, SetupInputs, Step, dry_run_lines
from wizard.simulator.graph.schema import build_schema


# ------------------------------------------------------------------------------- on-demand parser
def _pair(key: object, value: object) -> dict[str, object]:
    return {"key": json.dumps(key), "value": json.dumps(value)}


def test_success_answer_is_parsed() -> None:
    pair = _pair(
        {"result": "Success", "details": {}},
        {
            "action": "Create",
            "provisioningSteps": [
                {
                    "name": "EntryImport",
                    "type": "Import",
                    "status": "Success",
                    "description": "got",
                },
                {
                    "name": "EntryExportAdd",
                    "provisioningStepType": "Export",
                    "status": "Success",
                    "description": "User 'm@x' was created in customappsso",
                },
            ],
            "statusInfo": {"status": "Success"},
            "targetIdentity": {"id": "scim-1"},
        },
    )
    result = parse_on_demand(pair)
    assert result.status == "Success" and result.in_webex and not result.not_entitled
    assert result.action == "Create" and result.target_id == "scim-1"
    assert [s.name for s in result.steps] == ["EntryImport", "EntryExportAdd"]
    assert result.steps[1].kind == "Export"
    assert result.message == "User 'm@x' was created in customappsso"


def test_skipped_not_entitled_keeps_code_and_reason() -> None:
    pair = _pair(
        {
            "result": "Skipped",
            "details": {
                "errorCode": "NotEffectivelyEntitled",
                "errorMessage": "The user is not assigned",
            },
        },
        {"provisioningSteps": [], "statusInfo": {"status": "Skipped"}},
    )
    result = parse_on_demand(pair)
    assert (result.status, result.error_code) == ("Skipped", "NotEffectivelyEntitled")
    assert result.not_entitled and not result.in_webex
    assert result.message == "The user is not assigned"


def test_redundant_export_counts_as_in_webex() -> None:
    result = parse_on_demand(
        _pair({"result": "skipped", "details": {"errorCode": "RedundantExport"}}, {})
    )
    assert result.status == "Skipped" and result.in_webex


def test_cross_tenant_shape_type_name_key_and_array_value() -> None:
    pair = {
        "key": "Microsoft.Identity.Health.CPP.Common.DataContracts.SyncFabric.StatusInfo",
        "value": json.dumps(
            [
                {
                    "statusInfo": {"status": "Failure", "errorCode": "X1", "reason": "bad"},
                    "provisioningSteps": [{"name": "EntryExport", "status": "Failure"}],
                }
            ]
        ),
    }
    result = parse_on_demand(pair)
    assert (result.status, result.error_code, result.message) == ("Failure", "X1", "bad")
    assert result.steps[0].name == "EntryExport"


@pytest.mark.parametrize(
    "garbage",
    [
        None,
        "text",
        42,
        [],
        {},
        {"key": "{not json", "value": "]["},
        {"key": 5, "value": None},
        {"key": json.dumps(["a"]), "value": json.dumps("s")},
        {
            "key": json.dumps({"result": None, "details": "x"}),
            "value": json.dumps({"provisioningSteps": "x"}),
        },
    ],
)
def test_garbage_never_raises(garbage: object) -> None:
    result = parse_on_demand(garbage)
    assert result.status == "Unknown"
    assert result.message == "The answer could not be read."
    assert not result.in_webex


# ------------------------------------------------------------------------------- mappings
def test_simulated_schema_matches_the_seeds_table() -> None:
    effective = user_mappings(build_schema("job1"))
    rows = compare_mappings(effective)
    assert len(rows) == len(RECOMMENDED_MAPPINGS) == 15
    assert all(status == SAME for _rec, _eff, status in rows)
    assert [m.target for m in extra_mappings(effective)] == ['emails[type eq "work"].value']
    assert matching_warning(effective) is None
    assert next(m for m in effective if m.target == "active").source == ACTIVE_EXPRESSION


def test_differences_and_missing_rows_and_the_upn_pitfall() -> None:
    effective = [
        AttributeMapping("mail", "userName", True),  # matching on email instead of UPN
        AttributeMapping("displayName", "displayName"),
        AttributeMapping("objectId", "externalId", True),
    ]
    rows = {rec.target: (eff, status) for rec, eff, status in compare_mappings(effective)}
    assert rows["userName"] == (effective[0], DIFFERENT)
    assert rows["displayName"] == (effective[1], SAME)
    assert rows["externalId"] == (effective[2], DIFFERENT)  # matching flag differs
    assert rows["title"] == (None, MISSING)
    assert matching_warning(effective) == MATCHING_PITFALL
    assert matching_warning([AttributeMapping("userPrincipalName", "userName", True)]) is None
    assert matching_warning([AttributeMapping("userPrincipalName", "userName", False)]) == MATCHING_PITFALL


def test_user_rule_is_the_rule_mapping_users() -> None:
    schema = {
        "synchronizationRules": [
            {"id": "g", "objectMappings": [{"sourceObjectName": "Group"}]},
            {"id": "u", "objectMappings": [{"sourceObjectName": "User"}]},
        ]
    }
    assert user_rule_id(schema) == "u"
    assert user_rule_id({"synchronizationRules": []}) is None


# ------------------------------------------------------------------------------- roles, status
def _role(rid: str, name: str, **kw: object) -> dict[str, object]:
    return {
        "id": rid,
        "displayName": name,
        "description": name,
        "allowedMemberTypes": ["User"],
        "isEnabled": True,
        **kw,
    }


def test_assignable_roles_exclude_default_access_and_put_user_first() -> None:
    sp = {
        "displayName": "Cisco Webex",
        "appRoles": [
            _role("1", "msiam_access"),
            _role(DEFAULT_ACCESS_ROLE_ID, "Default Access"),
            _role("2", "User"),
            _role("3", "Apps only", allowedMemberTypes=["Application"]),
            _role("4", "Off", isEnabled=False),
        ],
    }
    assert [r.id for r in assignable_roles(sp)] == ["2", "1"]


def test_no_role_errors() -> None:
    with pytest.raises(ProvisioningError) as caught:
        assignable_roles(
            {"displayName": "W", "appRoles": [_role(DEFAULT_ACCESS_ROLE_ID, "Default Access")]}
        )
    assert caught.value.code == "provisioning.default_access_only"
    with pytest.raises(ProvisioningError) as caught:
        assignable_roles({"displayName": "W", "appRoles": [_role("4", "Off", isEnabled=False)]})
    assert caught.value.code == "provisioning.no_assignable_role"
    assert "W" in caught.value.render()


def test_job_status_from_graph_quarantine() -> None:
    job = {
        "id": "j",
        "schedule": {"state": "Active"},
        "status": {
            "code": "Quarantine",
            "countSuccessiveCompleteFailures": 3,
            "quarantine": {
                "reason": "EncounteredQuarantineException",
                "error": {"code": "Cred", "message": "rejected"},
            },
            "lastExecution": {
                "state": "Failed",
                "timeBegan": "t0",
                "timeEnded": "t1",
                "countExported": 2,
                "error": {"code": "E", "message": "m"},
            },
            "synchronizedEntryCountByType": [
                {"key": "user", "value": 4},
                {"key": "group", "value": "1"},
            ],
        },
    }
    status = JobStatus.from_graph(job)
    assert status.quarantined and not status.running
    assert (status.quarantine_reason, status.quarantine_error) == (
        "EncounteredQuarantineException",
        "Cred: rejected",
    )
    assert status.consecutive_failures == 3 and status.counts["synchronized"] == 5
    assert status.last_execution is not None and status.last_execution.error_code == "E"
    assert str(status.last_execution) == "Failed (t1): E"
    assert status.last_successful is None
    empty = JobStatus.from_graph({})
    assert empty.code == "Unknown" and empty.counts["exported"] == 0


def test_rate_window_allows_five_per_ten_seconds() -> None:
    now = [100.0]
    window = RateWindow(clock=lambda: now[0])
    assert [window.reserve("j") for _ in range(5)] == [0.0] * 5
    assert window.reserve("j") == pytest.approx(10.0)
    assert window.reserve("other") == 0.0
    now[0] += 4
    assert window.reserve("j") == pytest.approx(6.0)
    now[0] += 6
    assert window.reserve("j") == 0.0


# ------------------------------------------------------------------------------- flows bits
def test_inputs_repr_hides_the_token_and_fingerprint_tracks_values() -> None:
    token = "a" * 60 + "_P0A1_" + "0" * 8 + "-0000-0000-0000-" + "0" * 12
    inputs = SetupInputs("t", "sp", "https://x/v1/scim/o", token, "a@b.example")
    assert token not in repr(inputs) and "a@b.example" in repr(inputs)
    other = SetupInputs("t", "sp", "https://x/v1/scim/o", token + "x", "a@b.example")
    assert inputs.fingerprint() != other.fingerprint()
    assert (
        inputs.fingerprint()
        == SetupInputs("t", "sp", "https://x/v1/scim/o", token, "a@b.example").fingerprint()
    )
    assert token not in inputs.fingerprint() and len(inputs.fingerprint()) == len("sha256:") + 16
    pairs = {p["key"]: p["value"] for p in inputs.secret_pairs()}
    # A new set: the accidental-deletion threshold is turned on, at Entra's default.
    assert json.loads(pairs["SyncNotificationSettings"]) == {
        "Enabled": True,
        "Recipients": "a@b.example",
        "DeleteThresholdEnabled": True,
        "DeleteThresholdValue": 500,
    }
    assert pairs["SyncAll"] == "false"


def test_dry_run_lines() -> None:
    steps = [
        Step(
            "create_job", "Reuse the provisioning job j", "GET …/jobs", SKIPPED, note="reuse job j"
        ),
        Step("test_connection", "Test the connection", "POST …/validateCredentials", PENDING),
        Step("start_job", "Start provisioning", "POST …/start", DONE),
    ]
    assert dry_run_lines(steps) == [
        "1. [skip] Reuse the provisioning job j",
        "   GET …/jobs",
        "   (reuse job j)",
        "2. [will do] Test the connection",
        "   POST …/validateCredentials",
        "3. [done] Start provisioning",
        "   POST …/start",
        "1 step(s) would run, 0 of them changing the tenant; nothing has been changed.",
    ]


def test_step_title_translates_its_template() -> None:
    step = Step(
        "assign:1",
        "Assign A to the app as User",
        "",
        PENDING,
        title_template="Assign {name} to the app as {role}",
        params={"name": "A", "role": "User"},
    )
    assert (
        step.display_title(lambda s: s.replace("Assign", "割り当て"))
        == "割り当て A to the app as User"
    )
    assert step.display_title(lambda s: "{broken}") == "Assign A to the app as User"


def test_a_failing_on_demand_create_points_to_cisco_support_with_the_tracking_id() -> None:
    from wizard.entra.sync.errors import ProvisioningError

    text = ProvisioningError.on_demand_failed("megan@contoso.example", "SystemForCrossDomainIdentityManagementBadRequest", "400").render()
    assert "Cisco Webex support" in text and "TrackingID" in text
