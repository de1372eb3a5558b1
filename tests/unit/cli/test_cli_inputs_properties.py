"""Property-based: arbitrary bytes, sizes and types in every command-line input end the same way.

Exit code 2, a message of one paragraph on stderr, a JSON error object on stdout (setup always
prints JSON), no traceback, no network call (so no write to any tenant) and never the token.
Each property runs in-process (``entry.main(argv)``), hundreds of examples each, derandomized
so CI sees the same examples every run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from wizard.cli import entry, inputs
from wizard.core import endpoints as ep
from wizard.core.endpoints import URL_FIELDS
from wizard.core.errors import WizardError

PROPERTY = settings(
    max_examples=200,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
GOOD_TOKEN = "ZmFrZS10b2tlbi1mb3ItdGVzdHMtb25seQ_P0A1_00000000-0000-0000-0000-000000000000"


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A closed configuration (every service at a closed port), a private data folder, and a
    network that fails the test if anything tries to use it."""
    monkeypatch.setenv("WIZARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WIZARD_CONTRACT", raising=False)
    for name in ("WIZARD_LOG_LEVEL", "WIZARD_LANG", "WIZARD_CONFIG"):
        monkeypatch.delenv(name, raising=False)

    def no_network(*_args, **_kwargs):  # noqa: ANN002, ANN003
        raise AssertionError("an input check let a request through")

    monkeypatch.setattr("wizard.core.http.WizardSession.request", no_network)
    cfg = tmp_path / "closed.toml"
    lines = ["[endpoints]"] + [
        f'{n} = "https://127.0.0.1:9/x{"/{org_id}" if "scim" in n else ""}"' for n in sorted(URL_FIELDS)
    ]
    cfg.write_text("\n".join(lines) + "\n")
    token = tmp_path / "token.txt"
    token.write_text(GOOD_TOKEN + "\n")
    return {"config": cfg, "token": token, "tmp": tmp_path}


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = entry.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(code: int, out: str, err: str, *, json_expected: bool, secret: str = "") -> None:
    assert code == 2, err
    assert "Traceback" not in err and "unexpected error" not in err, err
    message = "\n".join(line for line in err.splitlines() if " ERROR wizard" not in line).strip()
    assert message and "\n\n" not in message, err  # one paragraph
    if json_expected:
        data = json.loads(out)
        assert data["ok"] is False and data["error"]["code"]
    if secret:
        assert secret not in out and secret not in err


def setup_argv(world: dict[str, Path], *extra: str) -> list[str]:
    return ["--config", str(world["config"]), "setup", "--notification-email", "ops@contoso.example", *extra]


def _token_is_refused(data: bytes) -> bool:
    import io

    try:
        inputs.read_token_file("-", io.TextIOWrapper(io.BytesIO(data)))
    except WizardError:
        return True
    return False


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace")
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")


# ----------------------------------------------------------------------------- token file
@PROPERTY
@given(data=st.one_of(st.binary(max_size=2048), st.text(max_size=512).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_bad_token_file_is_refused_before_sign_in(capsys, world, data: bytes) -> None:
    assume(_token_is_refused(data))
    path = world["tmp"] / "random-token"
    path.write_bytes(data)
    code, out, err = run(capsys, setup_argv(world, "--webex-token-file", str(path)))
    line = _first_line(data)
    assert_refused(code, out, err, json_expected=True, secret=line if len(line) >= 16 else "")


@PROPERTY
@given(data=st.binary(max_size=4096), repeat=st.integers(min_value=1, max_value=40))
def test_any_bad_stdin_is_refused(capsys, world, monkeypatch, data: bytes, repeat: int) -> None:
    import io

    payload = data * repeat
    assume(_token_is_refused(payload))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(payload)))
    code, out, err = run(capsys, setup_argv(world, "--webex-token-file", "-"))
    assert_refused(code, out, err, json_expected=True)


# ----------------------------------------------------------------------------- answers file
VALUES = st.one_of(
    st.integers(), st.booleans(), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20), st.lists(st.integers(), max_size=3), st.lists(st.text(max_size=5), max_size=3),
)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return repr(value)


@PROPERTY
@given(
    answers=st.dictionaries(
        st.one_of(st.sampled_from(sorted(inputs.ANSWER_SCHEMA)), st.from_regex(r"[a-z_]{1,12}", fullmatch=True)),
        VALUES,
        min_size=1,
        max_size=4,
    )
)
def test_any_bad_answers_file_is_refused(capsys, world, answers: dict) -> None:
    path = world["tmp"] / "answers.toml"
    path.write_text("\n".join(f"{k} = {_toml(v)}" for k, v in answers.items()) + "\n")
    try:
        inputs.read_answers(str(path))
    except WizardError:
        pass
    else:
        assume(False)  # a valid answers file is not this property's business
    code, out, err = run(capsys, setup_argv(world, "--answers", str(path), "--webex-token-file", str(world["token"])))
    assert_refused(code, out, err, json_expected=True, secret=GOOD_TOKEN)


# ----------------------------------------------------------------------------- config file
@PROPERTY
@given(data=st.one_of(st.binary(max_size=1024), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_bad_config_file_is_refused(capsys, world, data: bytes) -> None:
    path = world["tmp"] / "random.toml"
    path.write_bytes(data)
    try:
        ep.load(config_file=str(path), env={})
    except WizardError:
        pass
    else:
        assume(False)  # a valid config would send the command to the real services
    code, out, err = run(capsys, ["--config", str(path), "check", "--json"])
    assert_refused(code, out, err, json_expected=True)


# ----------------------------------------------------------------------------- flags
def _flag_accepts(flag: str, value: str) -> bool:
    import argparse

    checks = {
        "--profile": inputs.parse_profile_pair,
        "--demo-latency": entry.parse_latency,
        "--consent-timeout": inputs.seconds,
    }
    if flag in checks:
        try:
            checks[flag](value)
        except (argparse.ArgumentTypeError, ValueError):
            return False
        return True
    choices = {"--log-level": inputs.LOG_LEVELS, "--lang": entry.LANGS, "--fix": ("all", *entry.FIX_CHOICES)}
    return value in choices[flag]


@PROPERTY
@given(
    flag=st.sampled_from(["--profile", "--demo-latency", "--consent-timeout", "--log-level", "--lang", "--fix"]),
    value=st.text(max_size=40),
)
def test_any_bad_flag_value_is_refused(capsys, world, flag: str, value: str) -> None:
    assume(not _flag_accepts(flag, value))
    argv = ["--config", str(world["config"])]
    if flag in ("--log-level", "--lang", "--demo-latency"):
        argv += [f"{flag}={value}", "repair", "--json"]
    else:
        argv += ["repair", f"{flag}={value}", "--json"]
    code, out, err = run(capsys, argv)
    assert_refused(code, out, err, json_expected=True)
    assert json.loads(out)["error"]["code"] == "config.usage"


# ----------------------------------------------------------------------------- environment
@PROPERTY
@given(name=st.sampled_from(["WIZARD_LOG_LEVEL", "WIZARD_LANG"]), value=st.text(min_size=1, max_size=30))
def test_any_environment_setting_is_checked_like_its_flag(capsys, world, monkeypatch, name: str, value: str) -> None:
    assume("\x00" not in value and value not in inputs.LOG_LEVELS + entry.LANGS)
    with monkeypatch.context() as env:
        env.setenv(name, value)
        code, out, err = run(capsys, setup_argv(world, "--webex-token-file", str(world["token"])))
    assert_refused(code, out, err, json_expected=True, secret=GOOD_TOKEN)
    assert name in err


@PROPERTY
@given(kind=st.sampled_from(["/dev/null", "file", "file-parent", "/proc/version"]), suffix=st.text(max_size=10))
def test_any_unusable_data_dir_is_refused(capsys, world, monkeypatch, kind: str, suffix: str) -> None:
    assume("\x00" not in suffix and "/" not in suffix)
    blocker = world["tmp"] / "a-file"
    blocker.write_text("x")
    target = {"file": str(blocker), "file-parent": str(blocker / (suffix or "x"))}.get(kind, kind)
    monkeypatch.setenv("WIZARD_DATA_DIR", target)
    code, out, err = run(capsys, ["--config", str(world["config"]), "check", "--json"])
    assert_refused(code, out, err, json_expected=True)
