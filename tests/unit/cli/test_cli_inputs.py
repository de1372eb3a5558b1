"""Bad command-line input of every kind ends in a clear message and exit code 2, never a traceback.

In-process (``wizard.cli.entry.main(argv)``), against a configuration whose every service
address is a closed loopback port: an input check that came too late would show up as a
connection error instead of the expected message.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wizard.cli import commands, entry
from wizard.core.endpoints import URL_FIELDS

TOKEN = "ZmFrZS10b2tlbi1mb3ItdGVzdHMtb25seQ_P0A1_00000000-0000-0000-0000-000000000000"


@pytest.fixture
def closed_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every service at a closed port, the data folder private to the test."""
    monkeypatch.setenv("WIZARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WIZARD_CONTRACT", raising=False)
    cfg = tmp_path / "closed.toml"
    lines = ["[endpoints]"]
    for name in sorted(URL_FIELDS):
        suffix = "/{org_id}" if "scim" in name else ""
        lines.append(f'{name} = "https://127.0.0.1:9/x{suffix}"')
    cfg.write_text("\n".join(lines) + "\n")
    return cfg


def main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = entry.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def setup_argv(cfg: Path, token_file: str, *extra: str) -> list[str]:
    return [
        "--config", str(cfg), "setup", "--webex-token-file", token_file,
        "--notification-email", "ops@contoso.example", *extra,
    ]


def assert_clear(code: int, err: str, *expected: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and "Could not connect" not in err, err
    for text in expected:
        assert text in err, err


# ----------------------------------------------------------------------------- token file
@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"\xff\xfe\x00binary\x00", "it is not UTF-8 text"),
        ("caf\xe9-token".encode("latin-1"), "it is not UTF-8 text"),
        ("tökén-with-umlauts".encode(), "characters a Webex token cannot have"),
        (b"\n\n  \n", "it holds no token"),
        (b"a" * (64 * 1024 + 1), "larger than 64 KiB"),
    ],
)
def test_bad_token_files_are_refused_before_any_sign_in(capsys, closed_config, tmp_path, content, why) -> None:
    token_file = tmp_path / "token.txt"
    token_file.write_bytes(content)
    code, out, err = main(capsys, *setup_argv(closed_config, str(token_file)))
    assert_clear(code, err, "The Webex token could not be read", why)
    assert json.loads(out)["error"]["code"] == "config.token_file"


def test_a_folder_as_token_file(capsys, closed_config, tmp_path) -> None:
    code, _out, err = main(capsys, *setup_argv(closed_config, str(tmp_path)))
    assert_clear(code, err, "it is a folder")


def test_unbounded_stdin_is_cut_at_64_kib(capsys, closed_config, monkeypatch) -> None:
    with open("/dev/zero", "rb") as zero:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(zero))
        code, _out, err = main(capsys, *setup_argv(closed_config, "-"))
    assert_clear(code, err, "standard input", "larger than 64 KiB")


def test_token_is_never_quoted_in_the_message(capsys, closed_config, tmp_path) -> None:
    token_file = tmp_path / "token.txt"
    token_file.write_text(TOKEN + "\u00e9\n")
    code, out, err = main(capsys, *setup_argv(closed_config, str(token_file)))
    assert_clear(code, err)
    assert TOKEN not in out + err


# ----------------------------------------------------------------------------- config and answers
@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"\x00\x01\x02\xff binary", "not UTF-8 text"),
        ('graph_base = "https://gr\xe4ph.example/v1.0"\n'.encode("latin-1"), "not UTF-8 text"),
    ],
)
def test_undecodable_config_file(capsys, closed_config, tmp_path, content, why) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_bytes(content)
    code, _out, err = main(capsys, "--config", str(cfg), "check")
    assert_clear(code, err, "cannot be read", why)


def test_a_folder_as_config_file(capsys, closed_config, tmp_path) -> None:
    code, _out, err = main(capsys, "--config", str(tmp_path), "check")
    assert_clear(code, err, "it is a folder")


@pytest.mark.parametrize(
    ("answers", "key"),
    [
        ("assign = 5", "assign"),
        ("webex_token_file = 5", "webex_token_file"),
        ('notify_on_failure = "no"', "notify_on_failure"),
        ("assign = [1, 2]", "assign"),
        ('role = ["a"]', "role"),
    ],
)
def test_answers_with_wrong_types(capsys, closed_config, tmp_path, answers, key) -> None:
    path = tmp_path / "answers.toml"
    path.write_text(answers + "\n")
    code, out, err = main(capsys, *setup_argv(closed_config, "/nonexistent", "--answers", str(path)))
    assert_clear(code, err, f"The answer '{key}'", "has the wrong type")
    assert json.loads(out)["error"]["code"] == "config.answer_type"


def test_answers_with_an_unknown_key(capsys, closed_config, tmp_path) -> None:
    path = tmp_path / "answers.toml"
    path.write_text('assignees = ["x"]\n')
    code, _out, err = main(capsys, *setup_argv(closed_config, "/nonexistent", "--answers", str(path)))
    assert_clear(code, err, "Unknown setting 'assignees'")


def test_bad_notification_email_is_refused_before_sign_in_also_in_dry_run(capsys, closed_config, tmp_path) -> None:
    token_file = tmp_path / "token.txt"
    token_file.write_text(TOKEN + "\n")
    for extra in ((), ("--dry-run",)):
        argv = setup_argv(closed_config, str(token_file), *extra)
        argv[argv.index("ops@contoso.example")] = "not an address"
        code, _out, err = main(capsys, *argv)
        assert_clear(code, err, "--notification-email is not valid")


# ----------------------------------------------------------------------------- environment and flags
def test_garbage_log_level_in_the_environment(capsys, closed_config, monkeypatch) -> None:
    monkeypatch.setenv("WIZARD_LOG_LEVEL", "garbage")
    code, _out, err = main(capsys, "check")
    assert_clear(code, err, "WIZARD_LOG_LEVEL is not valid", "DEBUG, INFO, WARNING, ERROR")


def test_data_dir_that_is_not_a_folder(capsys, closed_config, monkeypatch) -> None:
    monkeypatch.setenv("WIZARD_DATA_DIR", "/dev/null")
    code, _out, err = main(capsys, "--config", str(closed_config), "check", "--json")
    assert_clear(code, err, "WIZARD_DATA_DIR")


@pytest.mark.parametrize("value", ["../../x:y", "garbage", "a:b:c", ":org", "tenant:"])
def test_profile_is_parsed_strictly(capsys, closed_config, value) -> None:
    code, out, err = main(capsys, "--config", str(closed_config), "setup", "--profile", value, "--json")
    assert_clear(code, err, "is not TENANT:ORG")
    assert json.loads(out)["error"]["code"] == "config.usage"


def test_forget_an_unknown_profile_fails_clearly(capsys, closed_config, monkeypatch) -> None:
    from wizard.flows.services import Services
    from wizard.storage.secrets import MemoryStore

    monkeypatch.setattr(Services, "require_store", lambda self: MemoryStore(self.profile))
    code, _out, err = main(capsys, "--config", str(closed_config), "forget", "--profile", "t1:o1", "--yes")
    assert_clear(code, err, "--profile is not valid", "a saved TENANT:ORG pair")


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "graph=nan", "1e400"])
def test_demo_latency_must_be_finite(capsys, closed_config, value) -> None:
    code, _out, err = main(capsys, "--demo", f"--demo-latency={value}", "check")
    assert_clear(code, err, "is not a latency")


def test_json_error_object_for_a_failure_before_sign_in(capsys, closed_config, tmp_path) -> None:
    code, out, err = main(capsys, "--config", str(tmp_path / "missing.toml"), "check", "--json")
    assert_clear(code, err, "does not exist")
    data = json.loads(out)
    assert data["ok"] is False and data["error"]["code"] == "config.missing_file"


@pytest.mark.parametrize("backend", ["keyrings.alt.file.EncryptedKeyring", "keyrings.alt.pyfs.PlaintextKeyring"])
def test_a_forced_keyring_backend_that_cannot_load(capsys, closed_config, tmp_path, monkeypatch, backend) -> None:
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    token_file = tmp_path / "token.txt"
    token_file.write_text(TOKEN + "\n")
    code, out, err = main(capsys, *setup_argv(closed_config, str(token_file)))
    assert_clear(code, err, "No secure place to keep secrets was found.")
    assert json.loads(out)["error"]["code"] == "keyring.unusable"


def test_a_bug_shows_a_message_and_leaves_the_traceback_in_the_log_only(capsys, closed_config, tmp_path, monkeypatch) -> None:
    def broken(args, profile):  # noqa: ANN001
        raise TypeError("a bug")

    monkeypatch.setattr(commands, "run", broken)
    code, out, err = main(capsys, "--config", str(closed_config), "check", "--json")
    assert code == 1 and "Traceback" not in err
    assert "The wizard stopped because of an unexpected error (TypeError)." in err
    assert json.loads(out)["error"]["code"] == "internal"
    assert err.count("unexpected error") == 1  # said once, not again by the console log
    log_text = (tmp_path / "data" / "logs" / "wizard.log").read_text()
    assert "Traceback" in log_text and "TypeError: a bug" in log_text
