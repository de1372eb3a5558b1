"""After the first paint: how soon the later pages are ready, and how long the window stalls.

    python tests/perf/warm_up.py [--runs N] [--checkout DIR]... [--out DIR]

``gui --smoke`` (``bench.py``) ends at the first paint, before the window prepares the later
pages; this measures what comes next, in a fresh process of the real ``gui`` command (no test
harness, nothing imported ahead). From the first paint it times:

* **pages ready**: every page of the journey pre-built, so Next moves on without building one;
* **Microsoft sign-in page ready**: the first page after the start page, Welcome and
  Environment that needs the flows modules (MSAL, requests, the keyring);
* **browser ready**: the sign-in browser's profile prepared (QtWebEngine loaded, Chromium up);
* **longest stall**: the longest gap of a 10 ms heartbeat on the UI thread until then, and
  the longest single page build (an idle slice).

Each figure is the median of *runs* fresh processes, its spread the fastest and slowest; the
floor is a bare QWizard process (spawn to exit, the floor of ``bench.py``) run in the same
rounds, in alternating order, and the ratio is the median of the per-round ratios. With two or
more ``--checkout`` directories (``git worktree add /tmp/before HEAD~1``) each round runs every
checkout, in an order that rotates, so before and after share the machine's load. Writes
``warm-up.json`` and ``warm-up.md`` to ``--out`` (default ``tests/artifacts``). No figure is
asserted anywhere.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.perf.bench import FLOOR_QWIZARD, child_env, keyring_session, write_report  # noqa: E402

#: Runs ``wizard gui`` with the window's own methods wrapped to stamp the time; prints one line
#: ``WARMUP {json}`` and exits once every page is built and the browser profile is prepared.
CHILD = r"""
import json, os, sys, time
from wizard.ui import app as ui_app, warmup
from wizard.ui import wizard as ui_wizard
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QTimer

now = time.perf_counter
marks, built, slices, beats = {}, {}, [], []
state = {"window": None, "last": 0.0, "longest": 0.0}

def beat():
    t = now()
    state["longest"] = max(state["longest"], t - state["last"])
    state["last"] = t

heart = QTimer()
heart.setInterval(10)
heart.timeout.connect(beat)

def finish_if_ready():
    window = state["window"]
    if "browser" in marks and len(built) == len(PageId) and "done" not in marks:
        marks["done"] = now()
        heart.stop()
        QTimer.singleShot(0, window.reject)

paint_first = ui_app.paint_first
def painted(window, *args, **kwargs):
    ok = paint_first(window, *args, **kwargs)
    marks["painted"] = state["last"] = now()
    state["window"] = window
    heart.start()
    QTimer.singleShot(60000, lambda: os._exit(3))  # never ready: no figure
    return ok
ui_app.paint_first = painted

build_page = ui_wizard.SetupWizard.build_page
def build(self, page_id):
    fresh = page_id not in self.pages
    started = now()
    page = build_page(self, page_id)
    if fresh and page is not None:
        built[page_id.name] = now()
        if "painted" in marks:
            slices.append((now() - started, page_id.name))
        finish_if_ready()
    return page
ui_wizard.SetupWizard.build_page = build

prepare_browser = warmup.prepare_browser
def prepare():
    started = now()
    prepare_browser()
    if "browser" not in marks:
        marks["browser"] = now()
        slices.append((now() - started, "browser"))
    finish_if_ready()
warmup.prepare_browser = prepare

import threading
ended = {}
def watched(start):
    def wrapper(*args, **kwargs):
        thread = start(*args, **kwargs)
        def wait():
            thread.join()
            ended[thread.name] = now()
        threading.Thread(target=wait, daemon=True).start()
        return thread
    return wrapper
for name in ("preload", "preload_browser"):  # the latter only where the browser has its own
    if hasattr(warmup, name):
        setattr(warmup, name, watched(getattr(warmup, name)))

from wizard.cli import main
main(sys.argv[1:])
p = marks["painted"]
longest_slice = max(slices)
print("WARMUP " + json.dumps({
    "pages": max(built.values()) - p,
    "ms_signin": built["MS_SIGNIN"] - p,
    "browser": marks["browser"] - p,
    "stall": state["longest"],
    "slice": longest_slice[0],
    "slice_name": longest_slice[1],
    "built": {name: t - p for name, t in built.items()},
    "preload_ended": {name: t - p for name, t in ended.items()},
}), flush=True)
os._exit(0)  # the figures are out; QtWebEngine's teardown is not part of them
"""
FIGURES = {
    "pages": "first paint → every page pre-built",
    "ms_signin": "first paint → Microsoft sign-in page pre-built",
    "browser": "first paint → sign-in browser profile ready",
    "stall": "longest UI-thread gap until then (10 ms heartbeat)",
    "slice": "longest single idle slice (one page build or the profile)",
}


def _floor(checkout: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", FLOOR_QWIZARD], cwd=checkout, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def _ours(checkout: Path, env: dict[str, str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "gui"], cwd=checkout, env=env, capture_output=True, text=True, timeout=180
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("WARMUP ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{checkout}: exit {done.returncode}, no figures: {done.stderr[-2000:]}")
    return json.loads(line.removeprefix("WARMUP "))


def measure(checkouts: list[Path], runs: int, env: dict[str, str]) -> dict:
    """*runs* rounds; each runs the floor and every checkout once, in a rotating order."""
    for checkout in checkouts:  # page cache warm for every side
        _ours(checkout, env)
    _floor(checkouts[0], env)
    samples: dict[str, list[dict]] = {str(c): [] for c in checkouts}
    floors: list[float] = []
    sides: list[Path | None] = [None, *checkouts]
    for i in range(runs):
        k = i % len(sides)
        for side in sides[k:] + sides[:k]:
            if side is None:
                floors.append(_floor(checkouts[0], env))
            else:
                samples[str(side)].append(_ours(side, env))
    result = {}
    for name, runs_of in samples.items():
        row = {}
        for figure in FIGURES:
            values = [r[figure] for r in runs_of]
            ratios = [v / f for v, f in zip(values, floors, strict=True)]
            row[figure] = {
                "median": statistics.median(values),
                "spread": [min(values), max(values)],
                "ratio": statistics.median(ratios),
                "samples": values,
            }
        row["slice_names"] = sorted({r["slice_name"] for r in runs_of})
        result[name] = row
    return {"floor": statistics.median(floors), "floor_samples": floors, "checkouts": result}


def markdown(result: dict) -> str:
    lines = [
        f"Measured {result['when']} on {result['machine']} (load average at start {result['load']}); "
        f"{result['runs']} rounds; floor: a bare QWizard process, median {result['floor'] * 1000:.0f} ms.",
        "",
        "| checkout | what | median | spread | ratio to the floor (median of rounds) |",
        "|---|---|---|---|---|",
    ]
    for checkout, row in result["checkouts"].items():
        for figure, label in FIGURES.items():
            f = row[figure]
            lines.append(
                f"| {checkout} | {label} | {f['median'] * 1000:.0f} ms | "
                f"{f['spread'][0] * 1000:.0f}–{f['spread'][1] * 1000:.0f} ms | {f['ratio']:.2f}× |"
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("--checkout", action="append", default=[], help="a checkout to measure (repeatable; default this one)")
    parser.add_argument("--out", default=str(ROOT / "tests" / "artifacts"), help="where warm-up.json and warm-up.md go")
    args = parser.parse_args(argv)
    checkouts = [Path(c).resolve() for c in args.checkout] or [ROOT]
    for checkout in checkouts:  # bytecode, as an installed app has it (see bench.py)
        compileall.compile_dir(str(checkout / "wizard"), quiet=1)
    with keyring_session() as extra:  # the start page reads what is saved, as on a desktop
        env = child_env(Path(tempfile.mkdtemp(prefix="warm-up-data-")), extra)
        result = measure(checkouts, args.runs, env)
    result.update(
        when=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        machine=f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}",
        load=" ".join(f"{x:.1f}" for x in os.getloadavg()),
        runs=args.runs,
    )
    write_report(Path(args.out), "warm-up", result, markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
