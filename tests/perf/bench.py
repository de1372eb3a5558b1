"""The performance table: every figure against a floor measured in the same run (``make bench``).

    python tests/perf/bench.py [--runs N] [--rows startup,demo,check,journey,replication] [--fast]

Each start-up figure is a fresh process timed from spawn to exit, interleaved with its floor
(the order alternates every round), so the load other processes put on the machine falls on
both alike; a figure is the median of its runs, its spread the lowest and highest run, and its
ratio the median of the per-round ratios ours/floor. Floors:

* ``gui --smoke`` and ``--demo --smoke``: a bare QWizard showing one page in the same Python and
  Qt, exiting on the first event-loop turn after ``show()``;
* ``check --demo --demo-state configured --json``: ``python -c "import requests, msal"``, the
  two libraries any check needs;
* the replication wait of headless setup (``Adding the app`` to ``Create the job``) under the
  simulator's replication delay: the delay itself;
* the longest UI-thread stall: none (a 10 ms heartbeat over the GUI journey and repair, see
  ``tests/perf/heartbeat.py``).

Writes ``bench.json`` and ``bench.md`` (a Markdown table) to ``--out`` (default
``tests/artifacts``). ``--fast`` (one run, a short delay, no GUI journey) only proves the script
works; the test suite runs it that way, without any timed assertion.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Where the measured commands run (``--checkout``: an older worktree, for before/after figures).
CHECKOUT = ROOT
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FLOOR_QWIZARD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage, QLabel, QVBoxLayout
app = QApplication(sys.argv)
w = QWizard(); p = QWizardPage(); p.setTitle("Welcome"); QVBoxLayout(p).addWidget(QLabel("Hello"))
w.addPage(p); w.show()
QTimer.singleShot(0, app.quit)  # the first event-loop turn after show: the page is interactive
app.exec()
"""
FLOOR_NETWORK = "import requests, msal"
GOALS = {"startup": 1.5, "demo": 2.0, "check": 4.0, "replication": 1.2, "stall_ms": 50.0}
ROWS = ("startup", "demo", "check", "journey", "replication")


def child_env(data: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "WIZARD_CONTRACT"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "WIZARD_DATA_DIR": str(data)})
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # Chromium refuses its sandbox as root
    env.update(extra or {})
    return env


def timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=CHECKOUT, env=env, capture_output=True, text=True, timeout=180)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr[-2000:]}")
    return elapsed


def paired(name: str, ours: list[str], floor: list[str], runs: int, env: dict[str, str]) -> dict:
    """*runs* interleaved rounds of ours and the floor (one warm-up round first)."""
    timed(floor, env), timed(ours, env)  # page cache warm for both
    mine, base = [], []
    for i in range(runs):
        pair = ((ours, mine), (floor, base)) if i % 2 else ((floor, base), (ours, mine))
        for cmd, into in pair:
            into.append(timed(cmd, env))
    ratios = [m / b for m, b in zip(mine, base, strict=True)]
    return {
        "name": name,
        "unit": "s",
        "runs": runs,
        "median": statistics.median(mine),
        "spread": [min(mine), max(mine)],
        "floor": statistics.median(base),
        "floor_spread": [min(base), max(base)],
        "ratio": statistics.median(ratios),
        "ratio_spread": [min(ratios), max(ratios)],
        "samples": mine,
        "floor_samples": base,
    }


@contextlib.contextmanager
def keyring_session() -> Iterator[dict[str, str]]:
    """gnome-keyring's Secret Service on a private bus (the test suite's), for ``check``."""
    from tests.conftest import _start_secret_service

    for attempt in range(3):
        try:
            procs, env = _start_secret_service(Path(tempfile.mkdtemp(prefix="bench-keyring-")))
            break
        except RuntimeError:
            if attempt == 2:
                raise
    try:
        yield {"DBUS_SESSION_BUS_ADDRESS": env["DBUS_SESSION_BUS_ADDRESS"]}
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=5)


# ------------------------------------------------------------------------------- replication
class _Progress(io.TextIOBase):
    """Stands in for stderr during an in-process headless setup: stamps each line with the
    time and the simulator's call count, and answers the device-code prompt."""

    def __init__(self, sim, on_device: Callable[[str, str], None]) -> None:  # noqa: ANN001
        self.sim, self.on_device, self.lines = sim, on_device, []

    def write(self, text: str) -> int:
        for line in text.splitlines():
            if line.strip():
                self.lines.append((time.monotonic(), len(self.sim.calls), line.strip()))
            found = re.search(r"open the page (\S+) and enter the code (\S+)", line)
            if found:
                threading.Thread(target=self.on_device, args=found.groups(), daemon=True).start()
        return len(text)


def replication(delay: float, data: Path) -> dict:
    """Headless setup against a simulator whose new objects stay unreadable for *delay* s."""
    from wizard.cli import main
    from wizard.simulator import Simulator
    from wizard.simulator.entra.forms import device_login

    sim = Simulator(replication_delay=delay).start()
    try:
        cfg = data / "sim.toml"
        cfg.write_text("[endpoints]\n" + "".join(f'{k} = "{v}"\n' for k, v in sim.endpoint_overrides().items()))
        st = sim.state
        token = data / "webex-token.txt"
        token.write_text(st.issue_token("webex", st.webex_admin_id, st.WEBEX_WEBEX_TOKEN_LIFETIME) + "\n")
        progress = _Progress(sim, lambda url, code: device_login(sim.ca_file, url, code))
        argv = [
            "--config", str(cfg), "--dont-remember-secrets", "setup", "--webex-token-file", str(token),
            "--notification-email", "ops@contoso.example", "--assign", "Webex Users",
            "--assign", "alexw@contoso.onmicrosoft.com", "--test-user", "alexw@contoso.onmicrosoft.com",
        ]
        saved_env = os.environ.get("WIZARD_DATA_DIR")
        os.environ["WIZARD_DATA_DIR"] = str(data)
        try:
            with contextlib.redirect_stderr(progress), contextlib.redirect_stdout(io.StringIO()):
                code = main(argv)
        finally:
            os.environ.pop("WIZARD_DATA_DIR") if saved_env is None else os.environ.update(WIZARD_DATA_DIR=saved_env)
        # Only the wizard's own requests (the simulated provisioning engine's SCIM calls aside).
        calls = [c.endpoint if c.user_agent.startswith("webex-scim-wizard") else "" for c in sim.calls]
    finally:
        sim.stop()
    return _replication_row(delay, code, progress.lines, calls)


def _replication_row(delay: float, code: int, lines: list[tuple[float, int, str]], calls: list[str]) -> dict:
    def when(fragment: str) -> tuple[float, int]:
        found = next(((t, n) for t, n, text in lines if fragment in text), None)
        if found is None:
            said = "\n".join(text for _t, _n, text in lines[-15:])
            raise RuntimeError(f"headless setup (exit {code}) never said {fragment!r}:\n{said}")
        return found

    (start, first), (end, _) = when("Adding the Cisco Webex app"), when("[running] Create the provisioning job")
    steps: list[dict] = []
    marks = [(n, text) for _t, n, text in lines if text.startswith("[running]") or "Adding the Cisco" in text]
    marks.append((len(calls), "end"))
    for (n, text), (nxt, _) in zip(marks, marks[1:], strict=False):
        ours = [c for c in calls[n:nxt] if c]
        steps.append({"step": text.removeprefix("[running] "), "requests": len(ours), "calls": ours})
    wait = end - start
    return {
        "name": "replication",
        "unit": "s",
        "runs": 1,
        "exit_code": code,
        "median": wait,
        "spread": [wait, wait],
        "floor": delay,
        "ratio": wait / delay,
        "overshoot": wait - delay,
        "requests_before_app": len([c for c in calls[:first] if c]),
        "requests_per_step": steps,
    }


# ------------------------------------------------------------------------------- GUI journey
class _Memory:
    """Peak RSS of a process and, summed, of its QtWebEngine descendants (Linux /proc)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.app_kb, self.engine_kb, self._stop = pid, 0, 0, threading.Event()

    def _sample(self) -> None:
        tree: dict[int, tuple[int, str, int]] = {}
        for entry in filter(str.isdigit, os.listdir("/proc")):
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                status = Path(f"/proc/{entry}/status").read_text()
            except OSError:
                continue
            rss = re.search(r"VmRSS:\s+(\d+)", status)
            name = re.search(r"Name:\s+(\S+)", status)
            tree[int(entry)] = (int(stat[1]), name.group(1) if name else "", int(rss.group(1)) if rss else 0)
        engine = 0
        for pid, (_ppid, name, rss) in tree.items():
            walk = pid
            while walk in tree and walk != self.pid:
                walk = tree[walk][0]
            if walk == self.pid and pid != self.pid and name.startswith("QtWebEngine"):
                engine += rss
        self.app_kb = max(self.app_kb, tree.get(self.pid, (0, "", 0))[2])
        self.engine_kb = max(self.engine_kb, engine)

    def run(self) -> None:
        while not self._stop.wait(0.1):
            self._sample()

    def stop(self) -> None:
        self._stop.set()


def journey(env: dict[str, str], out: Path) -> list[dict]:
    """The GUI setup journey and the repair window under the heartbeat, with memory sampled."""
    beat = out / "heartbeat.json"
    cmd = [
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.perf.heartbeat",
        "tests/gui/test_setup_journey.py", "tests/gui/test_repair_window.py",
    ]
    proc = subprocess.Popen(cmd, cwd=CHECKOUT, env={**env, "WIZARD_HEARTBEAT_OUT": str(beat)},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    memory = _Memory(proc.pid)
    watcher = threading.Thread(target=memory.run, daemon=True)
    watcher.start()
    output, _ = proc.communicate(timeout=900)
    memory.stop()
    if not beat.exists():
        raise RuntimeError(f"the GUI journey did not finish: {output[-3000:]}")
    hb = json.loads(beat.read_text())
    left = sum(hb["webengine_processes_left"].values())
    if proc.returncode != 0:  # no figure from a journey that did not run through
        print(output[-3000:], file=sys.stderr)
        hb["longest_ms"] = hb["p99_ms"] = None
    rows = [
        {"name": "stall", "unit": "ms", "runs": 1, "median": hb["longest_ms"], "spread": [hb["p99_ms"], hb["longest_ms"]],
         "floor": None, "ratio": None, "p99_ms": hb["p99_ms"], "stalls": hb["stalls"],
         "worst_test": hb["worst_test"], "worst_stack": hb["worst_stack"], "tests_passed": proc.returncode == 0},
        {"name": "memory", "unit": "MB", "runs": 1, "median": memory.app_kb / 1024, "spread": None,
         "floor": None, "ratio": None, "webengine_peak_mb": memory.engine_kb / 1024,
         "renderers_left_after_tests": left, "per_test_left": hb["webengine_processes_left"]},
    ]
    effort = ROOT / "tests" / "artifacts" / "journey-effort.txt"
    if effort.exists():
        clicks = re.search(r"clicks:\s*(\d+)", effort.read_text())
        rows.append({"name": "clicks", "unit": "clicks", "runs": 1, "median": int(clicks.group(1)) if clicks else None,
                     "spread": None, "floor": None, "ratio": None, "source": effort.read_text().strip()})
    return rows


# ------------------------------------------------------------------------------- the table
LABELS = {
    "startup": "`gui --smoke` (start to first page), bytecode compiled",
    "demo": "`--demo --smoke`",
    "check": "`check --demo --demo-state configured --json`",
    "replication": "headless setup, replication delay: wait from 'Adding the app' to 'Create the job'",
    "stall": "longest UI-thread stall, GUI journey + repair (10 ms heartbeat); spread = p99…longest",
    "memory": "peak RSS: app process (pytest + in-process simulator) / all QtWebEngine processes",
    "clicks": "clicks in the GUI journey (tests/artifacts/journey-effort.txt)",
}
FLOOR_LABELS = {"startup": "bare QWizard", "demo": "bare QWizard", "check": "`import requests, msal`", "replication": "the delay"}


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:.0f} {unit}" if unit in ("ms", "MB", "clicks") else f"{value:.3f} {unit}"


def goal_met(row: dict) -> bool | None:
    goal = GOALS.get("stall_ms" if row["name"] == "stall" else row["name"])
    if goal is None:
        return None
    value = row["median"] if row["name"] == "stall" else row["ratio"]
    return value is not None and value <= goal


def markdown(result: dict) -> str:
    lines = [
        f"Measured {result['when']} on {result['machine']} (load average at start {result['load']}); "
        f"{result['runs']} interleaved runs per start-up figure.",
        "",
        "| what | ours (median) | spread | floor | ratio (median of pairs) | goal | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in result["rows"]:
        unit, name = row["unit"], row["name"]
        spread = "—" if not row.get("spread") else f"{_fmt(row['spread'][0], unit)}–{_fmt(row['spread'][1], unit)}"
        if row.get("tests_passed") is False:
            spread = "the GUI tests failed: no figure (see bench output)"
        floor = "—" if row.get("floor") is None else f"{_fmt(row['floor'], unit)} ({FLOOR_LABELS.get(name, '')})"
        ratio = "—" if row.get("ratio") is None else f"{row['ratio']:.2f}×"
        ours = _fmt(row["median"], unit)
        if name == "memory":
            ours = f"{row['median']:.0f} MB / {row['webengine_peak_mb']:.0f} MB"
            spread = f"renderers left after the windows closed: {row['renderers_left_after_tests']}"
        goal = GOALS.get("stall_ms" if name == "stall" else name)
        goal_text = "—" if goal is None else (f"≤ {goal:.0f} ms" if name == "stall" else f"≤ {goal}×")
        met = {True: "yes", False: "**no**", None: "—"}[goal_met(row)]
        lines.append(f"| {LABELS[name]} | {ours} | {spread} | {floor} | {ratio} | {goal_text} | {met} |")
    rep = next((r for r in result["rows"] if r["name"] == "replication"), None)
    if rep:
        lines += ["", f"Requests per step of that headless setup (from the simulator's call log; "
                  f"{rep['requests_before_app']} before adding the app):", ""]
        lines += [f"* {s['step']}: {s['requests']}" for s in rep["requests_per_step"]]
    stall = next((r for r in result["rows"] if r["name"] == "stall"), None)
    if stall and stall["worst_stack"]:
        lines += ["", f"Worst stall ({stall['median']:.0f} ms, {stall['worst_test']}), innermost frames of ours:", "", "```"]
        lines += [line.replace(str(ROOT) + "/", "") for line in stall["worst_stack"]] + ["```"]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> dict:
    rows_wanted = [r for r in args.rows.split(",") if r]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="bench-data-"))
    py = sys.executable
    # Bytecode compiled first, as an installed app has it (PyInstaller bundles .pyc; pip
    # compiles at install): start-up is then independent of PYTHONDONTWRITEBYTECODE.
    compileall.compile_dir(str(CHECKOUT / "wizard"), quiet=1)
    rows: list[dict] = []
    with contextlib.ExitStack() as stack:
        extra = stack.enter_context(keyring_session()) if {"check", "journey"} & set(rows_wanted) else {}
        env = child_env(data, extra)
        def save(row: dict | list[dict]) -> None:
            rows.extend(row if isinstance(row, list) else [row])
            (out / "bench-partial.json").write_text(json.dumps(rows, indent=2))

        if "startup" in rows_wanted:
            save(paired("startup", [py, "-m", "wizard", "gui", "--smoke"], [py, "-c", FLOOR_QWIZARD], args.runs, env))
        if "demo" in rows_wanted:
            save(paired("demo", [py, "-m", "wizard", "--demo", "--smoke"], [py, "-c", FLOOR_QWIZARD], args.runs, env))
        if "check" in rows_wanted:
            check = [py, "-m", "wizard", "check", "--demo", "--demo-state", "configured", "--json"]
            save(paired("check", check, [py, "-c", FLOOR_NETWORK], args.runs, env))
        if "replication" in rows_wanted:
            os.environ.update(extra)  # the in-process setup's keyring, when there is a session
            save(replication(args.delay, Path(tempfile.mkdtemp(prefix="bench-setup-"))))
        if "journey" in rows_wanted:
            save(journey(env, out))
    for row in rows:
        row["goal_met"] = goal_met(row)
    return {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "runs": args.runs,
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="interleaved runs per start-up figure (default 7)")
    parser.add_argument("--rows", default=",".join(ROWS), help=f"which figures (default: all of {','.join(ROWS)})")
    parser.add_argument("--delay", type=float, default=4.0, help="the simulator's replication delay in seconds")
    parser.add_argument("--out", default=str(ROOT / "tests" / "artifacts"), help="where bench.json and bench.md go")
    parser.add_argument("--fast", action="store_true", help="one run, a 0.5 s delay, no GUI journey: proves the script works")
    parser.add_argument("--checkout", default=str(ROOT), help="run the measured commands in this checkout")
    args = parser.parse_args(argv)
    global CHECKOUT
    CHECKOUT = Path(args.checkout).resolve()
    if args.fast:
        args.runs, args.delay = 1, 0.5
        args.rows = ",".join(r for r in args.rows.split(",") if r not in ("journey", "check", "demo"))
    started = time.monotonic()
    result = run(args)
    result["seconds"] = round(time.monotonic() - started, 1)
    write_report(Path(args.out), "bench", result, markdown(result))
    return 0


def write_report(out: Path, stem: str, result: dict, table: str) -> None:
    """``<stem>.json`` (the figures) and ``<stem>.md`` (the table, also printed) in *out*."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{stem}.json").write_text(json.dumps(result, indent=2))
    (out / f"{stem}.md").write_text(table)
    print(table)


if __name__ == "__main__":
    raise SystemExit(main())
