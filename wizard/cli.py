"""Command line: ``webex-scim-wizard [gui] [options]`` and ``webex-scim-wizard simulator``.

Qt is imported only when a window is actually opened, so headless commands start fast and run
where no display (or no Qt platform plugin) exists.

Exit codes: 0 success, 1 the operation failed, 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence

from wizard import __version__
from wizard import endpoints as ep
from wizard.errors import WizardError
from wizard.simulator import SCENARIOS, STATES

log = logging.getLogger("wizard")

LANGS = ("en", "ko", "ja", "zh_CN")


LATENCY_GROUPS = ("entra", "graph", "idbroker", "webex", "scim")


def parse_latency(text: str) -> float | dict[str, float]:
    """``0.05`` for every service, or ``graph=0.2,scim=0.5`` per simulator route group."""
    try:
        if "=" not in text:
            value = float(text)
            if value < 0:
                raise ValueError
            return value
        result: dict[str, float] = {}
        for part in text.split(","):
            group, _, seconds = part.partition("=")
            group = group.strip()
            if group not in LATENCY_GROUPS:
                raise argparse.ArgumentTypeError(
                    f"unknown route group {group!r}; choose from {', '.join(LATENCY_GROUPS)}"
                )
            result[group] = float(seconds)
            if result[group] < 0:
                raise ValueError
        return result
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a latency: give seconds (0.05) or group=seconds pairs (graph=0.2,scim=0.5)"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="webex-scim-wizard",
        description="Connect Microsoft Entra ID to Cisco Webex for automatic user provisioning.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--config", metavar="FILE", help="TOML file overriding service addresses (also WIZARD_CONFIG)")
    parser.add_argument("--lang", choices=LANGS, default=os.environ.get("WIZARD_LANG"), help="user interface language (default: the system's)")
    parser.add_argument("--log-level", default=os.environ.get("WIZARD_LOG_LEVEL", "INFO"), choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    demo = parser.add_argument_group("demo mode (a local simulator of Entra ID, Graph and Webex)")
    demo.add_argument("--demo", action="store_true", help="run against the built-in simulator instead of real services")
    demo.add_argument("--demo-state", choices=STATES, default="fresh", help="starting state of the simulated tenant")
    demo.add_argument("--demo-scenario", choices=sorted(SCENARIOS), help="inject an outage or fault")
    demo.add_argument(
        "--demo-latency",
        type=parse_latency,
        default=0.0,
        metavar="SECONDS|GROUP=SECONDS,...",
        help="added latency per request, for all services or per route group "
        f"({', '.join(LATENCY_GROUPS)}), e.g. 0.05 or graph=0.2,scim=0.5",
    )

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the setup wizard (the default)")
    gui.add_argument("--smoke", action="store_true", help="show the first page and exit 0 (packaging check)")
    sim = sub.add_parser("simulator", help="run the simulator alone and print how to point clients at it")
    sim.add_argument("--seconds", type=float, default=None, help="stop after this many seconds (default: until Ctrl-C)")
    # `--smoke` is also accepted before any command, as packaging scripts call it that way.
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    return parser


def _demo_options_without_demo(args: argparse.Namespace) -> bool:
    return not args.demo and (args.demo_scenario is not None or args.demo_state != "fresh" or args.demo_latency)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if _demo_options_without_demo(args) and args.command != "simulator":
        parser.error("--demo-state, --demo-scenario and --demo-latency need --demo")
    from wizard import logs, paths

    profile = paths.profile(demo=args.demo or args.command == "simulator")
    log_file = logs.setup(profile.ensure().log_dir, getattr(logging, args.log_level))
    log.info("webex-scim-wizard %s starting (%s)", __version__, args.command or "gui")
    try:
        if args.command == "simulator":
            return _run_simulator(args)
        return _run_gui(args, profile, log_file)
    except WizardError as err:
        print(err.render(), file=sys.stderr)
        log.error("%s", err.render())
        return 2 if err.code.startswith("config.") else 1


def _run_gui(args: argparse.Namespace, profile, log_file) -> int:  # noqa: ANN001
    demo = None
    if args.demo:
        from wizard import demo as demo_mod

        demo = demo_mod.start(args.demo_scenario, args.demo_state, args.demo_latency, args.config)
        endpoints = demo.endpoints
        if args.demo_state == "configured":
            _seed_demo_secrets(demo, profile)
    else:
        endpoints = ep.load(config_file=args.config)
    try:
        from wizard.ui.app import run_gui

        return run_gui(
            endpoints,
            demo=demo.simulator if demo else None,
            lang=args.lang,
            smoke=args.smoke,
            log_file=log_file,
        )
    finally:
        if demo is not None:
            demo.stop()


def _seed_demo_secrets(demo, profile) -> None:  # noqa: ANN001
    from wizard import demo as demo_mod
    from wizard.store import SecretStore

    try:
        demo_mod.seed_configured_secrets(demo, profile, SecretStore(profile))
    except WizardError as err:
        # The demo still runs; only the "already configured" secrets are missing.
        log.warning("demo secrets not seeded: %s", err.summary())


def _run_simulator(args: argparse.Namespace) -> int:
    from wizard.simulator import Simulator

    sim = Simulator(scenario=args.demo_scenario, state=args.demo_state, latency=args.demo_latency).start()
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"Simulator running at {sim.base_url} (state={args.demo_state}, scenario={args.demo_scenario or 'none'})")
    print(f"CA certificate: {sim.ca_file}")
    print("Point the wizard at it with this config file (--config FILE):\n")
    print("[endpoints]")
    for key, value in sim.endpoint_overrides().items():
        print(f'{key} = "{value}"')
    sys.stdout.flush()
    try:
        stop.wait(args.seconds)
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
