"""Redaction of secrets in logs, and the shape of user-facing errors."""

from __future__ import annotations

import logging
from pathlib import Path

from wizard.core import logs
from wizard.core.errors import ConfigError, NetworkError, ServiceError

JWT = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLXBhcnQ"
WEBEX = "ZmFrZS13ZWJleC10b2tlbi12YWx1ZQ_P0A1_0f4c9f8e-1111-4a4a-9b9b-123456789abc"


def test_redact_masks_every_secret_shape() -> None:
    samples = [
        f"Authorization: Bearer {WEBEX}",
        f"http://localhost:3000/auth/code#access_token={WEBEX}&token_type=Bearer&state=x",
        "http://localhost/?code=0.AAAA-very-secret-code&state=abc",
        f"id_token={JWT}",
        f"got {JWT} back",
        '{"key": "SecretToken", "value": "' + WEBEX + '"}',
        "refresh_token=1.AQ-refresh-value&scope=x",
        "passwd=hunter2&login=admin",
    ]
    for sample in samples:
        out = logs.redact(sample)
        for secret in (WEBEX, JWT, "very-secret-code", "refresh-value", "hunter2"):
            assert secret not in out, (sample, out)
    # A secret the app registered is masked whatever its shape.
    logs.register_secret("opaque-refresh-value-123")
    assert "opaque-refresh" not in logs.redact("cache holds opaque-refresh-value-123 now")
    # What is not secret survives, so logs stay useful.
    assert "state=abc" in logs.redact("http://localhost/?code=c&state=abc")
    for harmless in (
        "GET graph.microsoft.com/v1.0/me -> 200",
        "Error code: net.unreachable",
        'status code: 503 {"error": {"code": "Request_ResourceNotFound"}}',
    ):
        assert logs.redact(harmless) == harmless
    assert "secret-json" not in logs.redact('{"access_token": "secret-json", "expires_in": 3600}')


def test_log_file_never_contains_a_secret(tmp_path: Path) -> None:
    path = logs.setup(tmp_path, console=False)
    assert path is not None
    log = logging.getLogger("wizard.test")
    log.info("redirect %s", f"http://localhost:3000/auth/code#access_token={WEBEX}")
    try:
        raise ValueError(f"token {WEBEX} rejected")
    except ValueError:
        log.exception("failure with Bearer %s", WEBEX)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert WEBEX not in text
    assert "access_token=[REDACTED]" in text and "ValueError" in text
    logs.setup(None, console=False)  # detach the file handler from the root logger


def test_errors_say_what_why_and_next_step_with_ids() -> None:
    err = ServiceError.from_response(
        "Microsoft Graph", 503, "serviceNotAvailable", "down", {"request-id": "r-1", "client-request-id": "c-1"}
    )
    lines = err.render().splitlines()
    assert lines[0] == "Microsoft Graph reported an error."
    assert "503" in lines[1] and "their side" in lines[1]
    assert "Nothing was changed" in lines[2]
    assert lines[3] == "client-request-id: c-1, request-id: r-1"
    assert err.transient and err.status == 503


def test_error_translation_hook_and_broken_translation_fallback() -> None:
    err = NetworkError.timeout("graph.microsoft.com", {})
    assert err.summary(lambda t: t.replace("did not answer in time", "응답하지 않았습니다")) == (
        "graph.microsoft.com 응답하지 않았습니다."
    )
    # A translation with a wrong placeholder must not hide the error.
    assert "graph.microsoft.com" in err.summary(lambda t: "{hots} ???")


def test_config_error_is_an_exception_with_its_message() -> None:
    err = ConfigError.invalid("graph_base", "http://x", "an https:// URL", "config file a.toml")
    assert isinstance(err, Exception)
    assert "graph_base" in str(err) and "a.toml" in str(err)


# ----------------------------------------------------------------------------- files
def test_log_file_is_0600_and_every_folder_created_is_0700(tmp_path: Path) -> None:
    import os
    import stat

    old_umask = os.umask(0o022)
    try:
        log_dir = tmp_path / "made" / "by" / "us"
        path = logs.setup(log_dir, logging.INFO, console=False)
        logging.getLogger("wizard.test").info("tenant 72f988bf, admin@contoso.example")
    finally:
        os.umask(old_umask)
        logs.setup(None, logging.INFO, console=False)
    assert path is not None and stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (tmp_path / "made", tmp_path / "made" / "by", log_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_an_existing_world_readable_log_becomes_0600(tmp_path: Path) -> None:
    import stat

    tmp_path.chmod(0o700)
    (tmp_path / "wizard.log").write_text("old line\n")
    (tmp_path / "wizard.log").chmod(0o644)
    try:
        path = logs.setup(tmp_path, logging.INFO, console=False)
    finally:
        logs.setup(None, logging.INFO, console=False)
    assert path is not None and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_full_disk_degrades_logging_to_one_message(capsys) -> None:
    handler = logs.PrivateFileHandler("/dev/full", encoding="utf-8")
    logger = logging.getLogger("wizard.test.full")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for n in range(58):
            logger.warning("line %d", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    err = capsys.readouterr().err
    assert "--- Logging error ---" not in err and "Traceback" not in err
    assert err.count("Logging stopped: the log cannot be written") == 1, err


def test_no_assert_statements_in_runtime_code() -> None:
    """``python -O`` strips asserts: a check that guards runtime behaviour must be an explicit
    error. (The simulator is a test double run by demo mode and the tests, not by setup.)"""
    import ast

    root = Path(__file__).resolve().parents[3] / "wizard"
    found = [
        f"{path.relative_to(root)}:{node.lineno}"
        for path in root.rglob("*.py")
        if "simulator" not in path.parts
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assert)
    ]
    assert found == []
