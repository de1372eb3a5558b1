"""Shared fixtures. Qt's environment is set here, before anything can import Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium refuses to run as root with its sandbox; only tests and CI run as root.
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QT_API", "pyside6")  # qasync must not pick another binding
# Tests must never touch a developer's real app data.
os.environ.setdefault("WIZARD_DATA_DIR", str(Path(__file__).parent / "artifacts" / "data"))

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
sys.path.insert(0, str(ROOT))

from wizard.simulator import Simulator  # noqa: E402


@pytest.fixture
def simulator(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    """A fresh simulator per test. Parametrise with ``@pytest.mark.sim(scenario=..., state=...)``."""
    marker = request.node.get_closest_marker("sim")
    kwargs = dict(marker.kwargs) if marker else {}
    with Simulator(**kwargs) as sim:
        yield sim


@pytest.fixture
def endpoints(simulator: Simulator):
    from wizard.core import endpoints as ep

    return ep.load(env={}, overrides=simulator.endpoint_overrides())


@pytest.fixture
def session(endpoints):
    from wizard.core.http import make_session

    return make_session(endpoints.ca_bundle)


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sim(scenario=None, state='fresh', ...): simulator options")
    # Contract conformance (issue 8): records Graph/Webex calls, judges them at session end.
    from tests.contract import plugin as contract_plugin

    if not config.pluginmanager.is_registered(contract_plugin):
        config.pluginmanager.register(contract_plugin, "contract-conformance")
    from tests import simulator_coverage

    simulator_coverage.install()


# ----------------------------------------------------------------------------- logging
@pytest.fixture(autouse=True)
def wizard_logging_removed_after_each_test() -> Iterator[None]:
    """Tests that run the CLI in-process configure root logging as the app does: a log file and
    a console handler, each with the redacting filter, which rewrites a record's traceback into
    its text. Left in place they change what later tests' ``caplog`` sees (a full run failed on
    an ``exc_info`` the filter had folded away), so each test starts without them."""
    import logging

    root = logging.getLogger()
    level = root.level
    yield
    for handler in list(root.handlers):
        if getattr(handler, "_wizard", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


# ----------------------------------------------------------------------------- real keyring
def _start_secret_service(root: Path) -> tuple[list, dict[str, str]]:
    """A private D-Bus session bus with gnome-keyring's Secret Service, unlocked, in *root*.

    Private so that tests never touch a developer's real keyring, and fresh so that a stale
    login.keyring with another password cannot leave it locked (docs/desktop.md#secret-storage).
    """
    import shutil
    import subprocess
    import time

    env = dict(os.environ)
    env["XDG_DATA_HOME"] = str(root / "data")
    env["XDG_RUNTIME_DIR"] = str(root / "run")
    env["HOME"] = str(root / "home")
    for key in ("XDG_DATA_HOME", "XDG_RUNTIME_DIR", "HOME"):
        Path(env[key]).mkdir(parents=True, exist_ok=True, mode=0o700)
    dbus = subprocess.Popen(
        [shutil.which("dbus-daemon") or "dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert dbus.stdout is not None
    address = dbus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    gk = subprocess.Popen(
        [shutil.which("gnome-keyring-daemon") or "gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert gk.stdin is not None
    gk.stdin.write(b"wizard-test-keyring")
    gk.stdin.close()
    # Wait for the service to own its bus name (bounded; no fixed sleep beyond polling).
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + 30
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            conn = open_dbus_connection(bus=address)
            try:
                # Collection(), not get_default_collection(): the latter *creates* a "Default"
                # collection when asked before gnome-keyring has made the login keyring, and
                # that one stays locked for good (about 1 start in 6 failed that way).
                collection = secretstorage.Collection(conn)
                if not collection.is_locked():
                    break
            finally:
                conn.close()
        except Exception as exc:  # not up yet
            last = exc
        time.sleep(0.1)
    else:
        gk.kill()
        dbus.kill()
        raise RuntimeError(f"gnome-keyring did not come up: {last!r}")
    return [gk, dbus], {k: env[k] for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_DATA_HOME", "XDG_RUNTIME_DIR")}


#: Set to 1 to skip the real keyring tests on purpose (README, "Running the tests").
SKIP_KEYRING = "WIZARD_TESTS_SKIP_KEYRING"


def _service_is_healthy(procs: list, address: str) -> bool:
    """Both daemons still run and the test collection is unlocked (a quick D-Bus round trip)."""
    if any(proc.poll() is not None for proc in procs):
        return False
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    try:
        conn = open_dbus_connection(bus=address)
        try:
            return not secretstorage.Collection(conn).is_locked()
        finally:
            conn.close()
    except Exception:  # the bus or the daemon is gone
        return False


def _stop(procs: list) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=5)
        except Exception:
            proc.kill()


class _KeyringService:
    """The private Secret Service of this test session, started again when it died.

    gnome-keyring has been seen to drop off its bus in the middle of a long run on a busy machine
    ("Message recipient disconnected"), after which every later keyring test failed as "locked";
    each test now starts from a live, unlocked service instead of inheriting that failure.
    """

    def __init__(self, factory: pytest.TempPathFactory, unavailable) -> None:
        self.factory, self.unavailable = factory, unavailable
        self.procs: list = []
        self.env: dict[str, str] = {}
        self.saved = {"DBUS_SESSION_BUS_ADDRESS": os.environ.get("DBUS_SESSION_BUS_ADDRESS")}

    def start(self) -> None:
        # A start that does not come up is retried from scratch (fresh directories, fresh bus): it
        # has been seen to fail under heavy load, and one failed start would error every test.
        for attempt in range(3):
            try:
                self.procs, self.env = _start_secret_service(self.factory.mktemp("keyring"))
                break
            except (RuntimeError, OSError) as exc:
                if attempt == 2:
                    self.unavailable(f"the Secret Service did not start ({exc})")
        # Only the bus address is process-wide; XDG dirs stay as they were for the rest of the suite.
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.env["DBUS_SESSION_BUS_ADDRESS"]

    def ensure_healthy(self) -> None:
        if _service_is_healthy(self.procs, self.env["DBUS_SESSION_BUS_ADDRESS"]):
            return
        import warnings

        warnings.warn("the test Secret Service had stopped or locked; started a fresh one", stacklevel=2)
        _stop(self.procs)
        self.start()

    def stop(self) -> None:
        _stop(self.procs)
        for k, v in self.saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture(scope="session")
def keyring_service(tmp_path_factory: pytest.TempPathFactory):
    """One private D-Bus session with gnome-keyring for the whole run (see :class:`_KeyringService`).

    Without it the keyring tests fail, so a green run never hides them; set
    ``WIZARD_TESTS_SKIP_KEYRING=1`` to skip them on purpose (never under CI).
    """
    import shutil

    def unavailable(why: str) -> None:
        message = (
            f"the real keyring tests cannot run: {why}. Install gnome-keyring and dbus "
            f"(apt-get install gnome-keyring dbus), or set {SKIP_KEYRING}=1 to skip them on purpose."
        )
        if os.environ.get(SKIP_KEYRING) == "1" and not os.environ.get("CI"):
            pytest.skip(message)
        pytest.fail(message, pytrace=False)

    missing = [b for b in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(b)]
    if missing:
        unavailable(f"{', '.join(missing)} not found on PATH")
    service = _KeyringService(tmp_path_factory, unavailable)
    service.start()
    try:
        yield service
    finally:
        service.stop()


@pytest.fixture
def secret_service(keyring_service: _KeyringService):
    """The real Secret Service backend of ``keyring``, on a private bus, live and unlocked."""
    keyring_service.ensure_healthy()
    from keyring.backends import SecretService

    return SecretService.Keyring()


# ----------------------------------------------------------------------------- route coverage
def _is_full_run(config: pytest.Config) -> bool:
    """True when pytest was asked for the whole suite (no paths, -k or -m narrowing it)."""
    args = [a for a in config.args if not a.startswith("-")]
    default = {str(ROOT / p) for p in config.getini("testpaths")}
    chosen = {str((Path(config.invocation_params.dir) / a).resolve()) for a in args}
    return (not args or chosen == default) and not config.getoption("keyword") and not config.getoption("markexpr")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail a full run when a simulator route or scenario was never exercised by any test."""
    if not _is_full_run(session.config) or exitstatus not in (0,):
        return
    from tests.simulator_coverage import ROUTES_HIT, SCENARIOS_USED
    from wizard.core.demo_names import SCENARIOS
    from wizard.simulator.server import build_router

    routes = build_router().all_routes()
    all_routes = {info.name: (pattern, methods) for pattern, methods, info in routes}
    missing = sorted(set(all_routes) - ROUTES_HIT)
    unused = sorted(set(SCENARIOS) - SCENARIOS_USED)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    lines = [f"routes: {len(all_routes) - len(missing)}/{len(all_routes)} exercised"]
    lines += [f"  NOT EXERCISED {all_routes[name][1]} {all_routes[name][0]}" for name in missing]
    lines += [f"scenarios: {len(SCENARIOS) - len(unused)}/{len(SCENARIOS)} exercised"]
    lines += [f"  NOT EXERCISED {name}" for name in unused]
    (ARTIFACTS / "simulator-coverage.txt").write_text("\n".join(lines) + "\n")
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("\n".join(lines))
    if missing or unused:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# ------------------------------------------------------------------------------ disk full
@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs, so 'disk full' and 'read-only' are the kernel's own answers (the
    state file's unit tests and the fault matrix's disk-full journey)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mount not permitted here: {mounted.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
