"""The packaged app as an admin meets it: from this checkout, `make package` builds the .deb; install it with dpkg,
run what it installed the way a user and a scheduler would, look inside it, then remove it and
prove nothing it installed is left.

Slow (a PyInstaller build and an xz -9 compression) and needs root, so it is not in `make test`'s
testpaths; `make test-package` runs it (and .ci/run, after `make test`). PACKAGE_DEB=path skips the
build and tests that .deb instead.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts" / "packaging"
NAME = "webex-scim-wizard"
PREFIX = Path("/opt") / NAME
GUI = Path("/usr/bin") / NAME
CLI = Path("/usr/bin") / f"{NAME}-cli"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
MAX_DEB_BYTES = 150 * 1024 * 1024
#: Test-only distributions that must never ship (top-level import names).
TEST_ONLY = ("pytest", "_pytest", "pytestqt", "hypothesis", "keyrings.alt")
TEST_ONLY_DISTS = ("pytest", "pytest_qt", "hypothesis", "keyrings.alt", "keyrings_alt")

pytestmark = [
    pytest.mark.package,
    pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="dpkg -i needs root"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg (Debian/Ubuntu)"),
]


def run(cmd: list[str | Path], *, timeout: float = 120, env: dict[str, str] | None = None, check: bool = True,
        text: bool = True, **kw):
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=text, timeout=timeout, env=env, **kw)
    if check and result.returncode != 0:
        raise AssertionError(f"{cmd} exited {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


def app_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "WIZARD_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", **extra}
    if os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium refuses root with its sandbox on
    return env


def purge() -> None:
    if run(["dpkg-query", "-W", NAME], check=False).returncode == 0:
        run(["dpkg", "--purge", NAME])


# ----------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def deb() -> Path:
    given = os.environ.get("PACKAGE_DEB")
    if given:
        return Path(given)
    started = time.monotonic()
    result = run(["make", "package"], cwd=ROOT, timeout=3600)
    debs = sorted((ROOT / "build" / "deb").glob(f"{NAME}_{VERSION}_*.deb"))
    assert debs, result.stdout + result.stderr
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "make-package.log").write_text(
        f"make package: {time.monotonic() - started:.0f} s\n{result.stdout}\n{result.stderr}"
    )
    return debs[-1]


@pytest.fixture(scope="module")
def installed(deb: Path):
    """Install the .deb; yield what dpkg says it installed (captured before any removal)."""
    purge()
    run(["dpkg", "-i", deb], timeout=600)
    files = [Path(line) for line in run(["dpkg", "-L", NAME]).stdout.splitlines() if line.strip()]
    yield files
    purge()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user-data")


# -------------------------------------------------------------------------------------- tests
def test_deb_metadata_and_size(deb: Path) -> None:
    fields = run(["dpkg-deb", "-f", deb, "Package", "Version", "Depends", "Recommends"]).stdout
    assert f"Package: {NAME}" in fields and f"Version: {VERSION}" in fields, fields
    assert "gnome-keyring" in fields and "libegl1" in fields, fields
    size = deb.stat().st_size
    raw = int(run(["dpkg-deb", "-f", deb, "Installed-Size"]).stdout.strip()) * 1024
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "sizes.txt").write_text(
        f"{deb.name}: {size} bytes ({size / 2**20:.1f} MiB) compressed, "
        f"installed {raw / 2**20:.1f} MiB\n"
    )
    assert size <= MAX_DEB_BYTES, f"{deb.name} is {size / 2**20:.1f} MiB (limit 150 MiB)"


def test_layout(installed: list[Path]) -> None:
    listed = set(installed)
    for path in (PREFIX / NAME, PREFIX / f"{NAME}-cli", GUI, CLI,
                 Path("/usr/share/applications") / f"{NAME}.desktop",
                 Path("/usr/share/applications") / f"{NAME}-repair.desktop",
                 Path("/usr/share/icons/hicolor/256x256/apps") / f"{NAME}.png",
                 Path("/usr/share/icons/hicolor/scalable/apps") / f"{NAME}.svg"):
        assert path in listed, f"{path} not in the package"
        assert path.exists(), path
    assert GUI.resolve() == PREFIX / NAME and CLI.resolve() == PREFIX / f"{NAME}-cli"


def test_version(installed: list[Path], data_dir: Path) -> None:
    for exe in (GUI, CLI):
        out = run([exe, "--version"], env=app_env(data_dir)).stdout.strip()
        assert out == f"{NAME} {VERSION}", out


@pytest.mark.parametrize(
    "args",
    [["--smoke"], ["--demo", "--smoke", "--lang", "ko"], ["gui", "--repair", "--demo", "--smoke"]],
    ids=["smoke", "demo-ko", "repair"],
)
def test_smoke(installed: list[Path], data_dir: Path, args: list[str]) -> None:
    result = run([GUI, *args], env=app_env(data_dir), timeout=180, check=False)
    assert result.returncode == 0, result.stderr


def test_check_demo_configured_in_a_keyring_session(installed: list[Path], data_dir: Path, secret_service) -> None:
    """The console entry point from a scheduler: real Secret Service (gnome-keyring) on a private bus."""
    env = app_env(data_dir)  # the secret_service fixture put DBUS_SESSION_BUS_ADDRESS in os.environ
    assert env.get("DBUS_SESSION_BUS_ADDRESS")
    result = run([CLI, "check", "--demo", "--demo-state", "configured", "--json"], env=env, timeout=300, check=False)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    report = json.loads(result.stdout)
    assert report["overall"] == "ok", report
    assert [c["status"] for c in report["checks"]] == ["ok"] * len(report["checks"]) and len(report["checks"]) == 8
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "installed-check.json").write_text(result.stdout)


def _wait_for_window(env: dict[str, str], title: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tree = run(["xwininfo", "-root", "-tree"], env=env, check=False).stdout
        if f'"{title}"' in tree:
            return True
        time.sleep(0.5)
    return False


def test_first_page_screenshot(installed: list[Path], data_dir: Path) -> None:
    """The installed GUI on a real X server (Xvfb, the xcb platform plugin), captured with xwd."""
    for tool in ("Xvfb", "xwininfo", "xwd", "xwdtopnm", "pnmtopng"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} missing (apt-get install xvfb x11-utils x11-apps netpbm)")
    display = f":{90 + os.getpid() % 100}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = app_env(data_dir, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = None
    try:
        for _ in range(50):
            if run(["xwininfo", "-root"], env=env, check=False).returncode == 0:
                break
            time.sleep(0.2)
        app = subprocess.Popen([str(GUI), "--demo", "--lang", "en"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        assert _wait_for_window(env, "Webex Provisioning Wizard", 90), "the wizard window never appeared"
        time.sleep(3)  # let the first page finish painting
        assert app.poll() is None, app.stderr.read() if app.stderr else ""
        xwd = run(["xwd", "-root", "-silent"], env=env, text=False).stdout
        pnm = subprocess.run(["xwdtopnm"], input=xwd, capture_output=True, check=True).stdout
        png = subprocess.run(["pnmtopng"], input=pnm, capture_output=True, check=True).stdout
    finally:
        for proc in (app, xvfb):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = ARTIFACTS / "installed-first-page.png"
    out.write_bytes(png)
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1280
    # Not a blank screen: a painted page has many colours (text anti-aliasing, the icon, buttons).
    sample = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 900, 7)}
    assert len(sample) > 50, f"only {len(sample)} colours: nothing painted?"


def test_desktop_entries(installed: list[Path]) -> None:
    apps = Path("/usr/share/applications")
    entries = {p.name: p.read_text() for p in (apps / f"{NAME}.desktop", apps / f"{NAME}-repair.desktop")}
    run(["desktop-file-validate", *(apps / n for n in entries)])
    main, repair = entries[f"{NAME}.desktop"], entries[f"{NAME}-repair.desktop"]
    assert "\nName=Webex Provisioning Wizard\n" in main and f"\nExec={NAME}\n" in main
    assert "\nName=Webex Provisioning Repair\n" in repair and f"\nExec={NAME} gui --repair\n" in repair
    for text in entries.values():
        assert f"\nIcon={NAME}\n" in text


def _pyz_modules() -> set[str]:
    """Module names inside the frozen app's PYZ (pure Python modules live there, not as files)."""
    viewer = ROOT / "build" / "venv" / "bin" / "pyi-archive_viewer"
    if not viewer.exists():
        pytest.fail("build venv missing: run make package")
    out = run([viewer, "-r", "-b", PREFIX / NAME], timeout=300).stdout
    return {line.strip() for line in out.splitlines() if line.strip()}


def test_bundle_contents(installed: list[Path]) -> None:
    internal = PREFIX / "_internal"
    # No test-only package: not as files or dist-info, not in the PYZ archive.
    names = {p.name.lower() for p in internal.iterdir()}
    for dist in TEST_ONLY_DISTS:
        assert not any(n == dist or n.startswith(f"{dist}-") for n in names), dist
    modules = _pyz_modules()
    for top in TEST_ONLY:
        found = sorted(m for m in modules if m == top or m.startswith(f"{top}."))
        assert not found, found[:5]
    assert "wizard.cli" in modules and "scim2_server" in modules
    # Nor in the environment the bundle was built from (the lock has no test extras).
    build_pkgs = run([ROOT / "build" / "venv" / "bin" / "python", "-m", "pip", "list", "--format=json"]).stdout
    built_from = {p["name"].lower() for p in json.loads(build_pkgs)}
    assert not built_from & {"pytest", "hypothesis", "keyrings.alt", "pytest-qt"}, built_from
    # What the demo and the version need is there.
    assert (internal / "scim2_server" / "resources" / "default-schemas.json").is_file()
    assert any(internal.glob(f"webex_scim_wizard-{VERSION}.dist-info"))
    assert {p.name for p in (internal / "wizard" / "resources" / "i18n").glob("*.qm")} >= {
        "wizard_ko.qm", "wizard_ja.qm", "wizard_zh_CN.qm"}
    qt = internal / "PySide6" / "Qt"
    assert (qt / "libexec" / "QtWebEngineProcess").is_file()
    assert (qt / "resources" / "icudtl.dat").is_file()
    # The reviewed exclude list took effect.
    assert not (qt / "qml").exists()
    assert not (qt / "resources" / "qtwebengine_devtools_resources.pak").exists()
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so")}
    assert {"platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so"} <= plugins
    for gone in ("platforms/libqeglfs.so", "platforms/libqlinuxfb.so", "platforms/libqvnc.so",
                 "platforms/libqminimal.so", "platformthemes/libqgtk3.so", "imageformats/libqpdf.so",
                 "imageformats/libqtiff.so", "imageformats/libqwebp.so",
                 "platforminputcontexts/libqtvirtualkeyboardplugin.so"):
        assert gone not in plugins, gone
    libs = {p.name for p in internal.rglob("*.so*")}
    for prefix in ("libgtk-3", "libgdk-3", "libcairo", "libpango", "libQt6VirtualKeyboard", "libQt6Pdf",
                   "libQt6Quick3D", "libQt6Multimedia", "libQt6Charts", "libQt6Sql", "libQt6Test", "libQt63D"):
        assert not any(n.startswith(prefix) for n in libs), prefix
    translations = {p.name for p in (qt / "translations").glob("*.qm")}
    assert translations and all(re.search(r"_(en|ko|ja|zh_CN)\.qm$", n) for n in translations), translations
    locales = {p.stem for p in (qt / "translations" / "qtwebengine_locales").glob("*.pak")}
    assert "en-US" in locales and locales <= {"en-US", "en-GB", "ko", "ja", "zh-CN"}, locales
    # Nothing dangling, and every library any bundled binary links against resolves.
    dangling = [str(p) for p in PREFIX.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling
    unresolved = set()
    for elf in [*internal.rglob("*.so*"), qt / "libexec" / "QtWebEngineProcess", PREFIX / NAME]:
        if elf.is_symlink():
            continue
        out = run(["ldd", elf], check=False).stdout
        unresolved |= {f"{elf.name}: {line.split()[0]}" for line in out.splitlines() if "not found" in line}
    assert not unresolved, sorted(unresolved)


def test_removal_leaves_nothing_installed_and_keeps_user_data(installed: list[Path], data_dir: Path) -> None:
    """Runs last (file order): dpkg -r, then --purge; every path dpkg -L listed is gone."""
    assert any(data_dir.rglob("*")), "the earlier runs wrote nothing to the user's data folder?"
    user_files = sorted(p for p in data_dir.rglob("*") if p.is_file())
    run(["dpkg", "-r", NAME], timeout=300)
    left = [p for p in installed if (p.is_file() or p.is_symlink()) and p != Path("/.")]
    assert not left, f"left after dpkg -r: {left[:10]}"
    run(["dpkg", "--purge", NAME], timeout=300)
    assert run(["dpkg-query", "-W", NAME], check=False).returncode != 0
    # Directories of our own are gone too (shared ones like /usr/bin stay, as they should).
    ours = [p for p in installed if NAME in p.as_posix()]
    left = [str(p) for p in ours if p.exists() or p.is_symlink()]
    assert not left, f"left after purge: {left[:10]}"
    assert not PREFIX.exists(), f"{PREFIX} still exists: {list(PREFIX.rglob('*'))[:10]}"
    # The user's data is not the package's: it stays.
    assert all(p.is_file() for p in user_files)
