"""Command line: ``webex-scim-wizard [gui|check|setup|repair|forget|simulator] [options]``.

Qt is imported only when a window is actually opened, so headless commands start fast and run
where no display (or no Qt platform plugin) exists. Headless commands print progress to stderr
and their result (``--json``) to stdout, so scripts can pipe one and log the other. Exit codes
are in :data:`EXIT_CODES` (shown by ``--help``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from wizard import __version__
from wizard.cli.inputs import (
    LOG_LEVELS,
    InputError,
    check_env_data_dir,
    env_choice,
    error_json,
    exit_code_for,
    parse_profile_pair,
    seconds,
    shown,
)
from wizard.core import endpoints as ep
from wizard.core.demo_names import SCENARIOS, STATES
from wizard.core.errors import WizardError

log = logging.getLogger("wizard")

LANGS = ("en", "ko", "ja", "zh_CN")


LATENCY_GROUPS = ("entra", "graph", "idbroker", "webex", "scim")


def parse_latency(text: str) -> float | dict[str, float]:
    """``0.05`` for every service, or ``graph=0.2,scim=0.5`` per simulator route group.

    Each value is a finite number of seconds (``nan`` and ``inf`` are refused)."""
    if "=" not in text:
        return _latency_seconds(text, text)
    result: dict[str, float] = {}
    for part in text.split(","):
        group, _, value = part.partition("=")
        group = group.strip()
        if group not in LATENCY_GROUPS:
            raise argparse.ArgumentTypeError(
                f"unknown route group {repr(group)[:60]}; choose from {', '.join(LATENCY_GROUPS)}"
            )
        result[group] = _latency_seconds(value, text)
    return result


def _latency_seconds(value: str, whole: str) -> float:
    try:
        return seconds(value)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"{shown(whole)} is not a latency: give seconds (0.05) or group=seconds pairs (graph=0.2,scim=0.5)"
        ) from None


EXIT_CODES = """exit codes:
  0  success; for check (and repair, after its fixes): every check ok
  1  check/repair: warnings only (e.g. the Webex token expires within 14 days);
     setup/forget: the operation failed or was declined (nothing more was changed)
  2  check/repair: a check failed, or could not be confirmed because Webex or Microsoft
     had an outage (the report says "unknown, retry later"); any command: bad usage or
     configuration, or nothing saved yet ("run setup first")
"""


def _common(demo_defaults: bool) -> argparse.ArgumentParser:
    """Options every command takes, before or after the command name.

    After the command they default to SUPPRESS, so they never overwrite a value given before it.
    """
    d = (lambda v: v) if demo_defaults else (lambda _v: argparse.SUPPRESS)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--profile",
        metavar="TENANT:ORG",
        type=parse_profile_pair,
        default=d(None),
        help="the Entra tenant ID and Webex org ID pair to use when several are saved",
    )
    demo = common.add_argument_group("demo mode (a local simulator of Entra ID, Graph and Webex)")
    demo.add_argument("--demo", action="store_true", default=d(False), help="run against the built-in simulator instead of real services")
    demo.add_argument("--demo-state", choices=STATES, default=d("fresh"), help="starting state of the simulated tenant")
    demo.add_argument("--demo-scenario", choices=sorted(SCENARIOS), default=d(None), help="inject an outage or fault")
    demo.add_argument(
        "--demo-latency",
        type=parse_latency,
        default=d(0.0),
        metavar="SECONDS|GROUP=SECONDS,...",
        help="added latency per request, for all services or per route group "
        f"({', '.join(LATENCY_GROUPS)}), e.g. 0.05 or graph=0.2,scim=0.5",
    )
    return common


def _setup_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--webex-token-file", metavar="FILE|-", help="the Webex token (or the redirect URL holding it) from a file, or - for stdin")
    p.add_argument("--tenant-url", help="SCIM tenant URL Entra uses (default: the legacy URL of Microsoft's tutorial for your org)")
    p.add_argument("--assign", action="append", default=[], metavar="UPN|GROUP", help="assign this user (UPN) or group (exact name) to the app; repeatable")
    p.add_argument("--role", metavar="NAME", help="app role for the assignments (default: the app's first role other than Default Access)")
    p.add_argument("--notification-email", metavar="ADDRESS", help="where Entra sends provisioning failure notices")
    p.add_argument("--test-user", metavar="UPN", help="provision this user on demand at the end, as proof it works")
    p.add_argument("--answers", metavar="FILE", help="TOML file with the same choices (keys: webex_token_file, tenant_url, assign, role, notification_email, notify_on_failure, test_user); options win")
    p.add_argument("--no-device-code", action="store_true", help="fail instead of asking for a device code sign-in when no saved Microsoft sign-in works")


class _Parser(argparse.ArgumentParser):
    """argparse that raises :meth:`InputError.usage` instead of exiting, so a usage error gets
    the same treatment as any other bad input (exit 2, a JSON error object under ``--json``)."""

    def error(self, message: str) -> NoReturn:  # type: ignore[override]
        raise InputError.usage(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="webex-scim-wizard",
        description="Connect Microsoft Entra ID to Cisco Webex for automatic user provisioning.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_common(True)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--config", metavar="FILE", help="TOML file overriding service addresses (also WIZARD_CONFIG)")
    parser.add_argument(
        "--dont-remember-secrets",
        action="store_true",
        help="keep tokens and sign-ins in memory only (for machines without a usable keyring); "
        "nothing is saved, so repair and the next run ask you to sign in again",
    )
    parser.add_argument("--lang", choices=LANGS, default=env_choice(os.environ, "WIZARD_LANG", LANGS, None), help="user interface language (default: the system's)")
    parser.add_argument("--log-level", default=env_choice(os.environ, "WIZARD_LOG_LEVEL", LOG_LEVELS, "INFO"), choices=LOG_LEVELS)

    _add_commands(parser.add_subparsers(dest="command", metavar="COMMAND"), _common(False))
    # `--smoke` is also accepted before any command, as packaging scripts call it that way.
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    return parser


#: The commands that take the common options and list the exit codes: name -> (the line in the
#: command list, the paragraph of its own --help or None), in the order --help lists them.
_COMMANDS: dict[str, tuple[str, str | None]] = {
    "gui": ("open the setup wizard (the default)", None),
    "check": (
        "run the repair checks from saved credentials, without a window",
        "Run the eight repair checks (config, Webex token, SCIM tenant URL, Microsoft "
        "sign-in, Cisco Webex Identity Integration, app and job, job state, Entra's credential "
        "test) from what setup saved. Meant for a scheduled task that warns before the token expires.",
    ),
    "setup": (
        "unattended setup for scripts",
        "Set up provisioning without a window. Microsoft sign-in: the saved sign-in, "
        "else a device code (the message goes to stderr). Progress goes to stderr, the JSON "
        "result to stdout.",
    ),
    "repair": (
        "run the checks and apply the fixes they offer",
        "Fixes: restart_job (paused or quarantined job), renew_token (needs "
        "--webex-token-file), reconsent (prints the consent URL for an administrator to open in a "
        "browser and waits for the app to reappear; or use the GUI: --repair), recreate (missing "
        "app or job, through the setup steps), sign_in (device code). 'all' applies every fix the "
        "checks offer. Exit code: the checks' after the fixes.",
    ),
    "forget": ("remove everything saved (secrets, sign-in, progress) after confirmation", None),
}


def _add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    fmt = argparse.RawDescriptionHelpFormatter
    cmd = {
        name: sub.add_parser(name, parents=[common], help=summary, description=description, epilog=EXIT_CODES, formatter_class=fmt)
        for name, (summary, description) in _COMMANDS.items()
    }
    cmd["gui"].add_argument("--smoke", action="store_true", help="show the first page and exit 0 (packaging check)")
    cmd["gui"].add_argument("--repair", action="store_true", help="open the repair report instead of the setup pages")
    cmd["check"].add_argument("--json", action="store_true", help="print the report as JSON on stdout")
    _setup_options(cmd["setup"])
    cmd["setup"].add_argument("--dry-run", action="store_true", help="print the exact plan (the Review page's list) and change nothing")
    repair = cmd["repair"]
    repair.add_argument(
        "--fix",
        action="append",
        choices=("all", *FIX_CHOICES),
        help="which fix to apply (repeatable; default: all)",
    )
    repair.add_argument("--consent-timeout", type=seconds, default=300.0, metavar="SECONDS", help="how long to wait for the re-consented app to appear (default 300)")
    _setup_options(repair)
    repair.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    cmd["forget"].add_argument("--yes", action="store_true", help="do not ask for confirmation")
    sim = sub.add_parser("simulator", parents=[common], help="run the simulator alone and print how to point clients at it")
    sim.add_argument("--seconds", type=seconds, default=None, help="stop after this many seconds (default: until Ctrl-C)")


FIX_CHOICES = ("restart_job", "renew_token", "reconsent", "recreate", "sign_in")


def _demo_options_without_demo(args: argparse.Namespace) -> bool:
    return not args.demo and (args.demo_scenario is not None or args.demo_state != "fresh" or args.demo_latency)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure is a message on stderr (and a JSON error object on stdout
    when the command prints JSON), never a traceback. Returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # Before parsing succeeds, guess from the words: setup always answers in JSON.
    run = {"json": "--json" in argv or "setup" in argv, "logging": False}
    try:
        return _main(argv, run)
    except WizardError as err:
        return _report_failure(err, run)
    except Exception as exc:  # a bug: the traceback goes to the log only, the user gets a message
        if run["logging"]:
            from wizard.core.logs import FILE_ONLY

            log.error("unexpected error", exc_info=True, extra=FILE_ONLY)
        err = WizardError(
            what="The wizard stopped because of an unexpected error ({kind}).",
            why="This is a bug in the wizard, not a problem with your input or your tenant.",
            fix="Send the log file to support.",
            params={"kind": type(exc).__name__},
            code="internal",
        )
        return _report_failure(err, run)


def _report_failure(err: WizardError, run: dict[str, bool]) -> int:
    print(err.render(), file=sys.stderr)
    if run["logging"]:
        from wizard.core.logs import FILE_ONLY

        log.error("%s", err.render(), extra=FILE_ONLY)  # already on stderr
    if run["json"]:
        print(json.dumps(error_json(err), indent=2, ensure_ascii=False))
    return exit_code_for(err)


def _main(argv: list[str], run: dict[str, bool]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run["json"] = bool(getattr(args, "json", False)) or args.command == "setup"
    if _demo_options_without_demo(args) and args.command != "simulator":
        parser.error("--demo-state, --demo-scenario and --demo-latency need --demo")
    from wizard.core import logs, paths

    check_env_data_dir()
    profile = paths.profile(demo=args.demo or args.command == "simulator")
    log_file = logs.setup(profile.ensure().log_dir, getattr(logging, args.log_level))
    run["logging"] = True
    log.info("webex-scim-wizard %s starting (%s)", __version__, args.command or "gui")
    if args.command == "simulator":
        return _run_simulator(args)
    if args.command in ("check", "setup", "repair", "forget"):
        from wizard.cli import commands as cli_commands

        return cli_commands.run(args, profile)
    return _run_gui(args, profile, log_file)


def _run_gui(args: argparse.Namespace, profile, log_file) -> int:  # noqa: ANN001
    from wizard.ui.app import run_gui

    extra = {"start_page": "repair"} if getattr(args, "repair", False) else {}
    return run_gui(
        # In demo mode a stand-in until the simulator answers: the window paints first.
        ep.load(config_file=args.config, env={} if args.demo else None),
        lang=args.lang,
        smoke=args.smoke,
        log_file=log_file,
        remember_secrets=not args.dont_remember_secrets,
        demo_start=_demo_starter(args, profile) if args.demo else None,
        **extra,
    )


def _demo_starter(args: argparse.Namespace, profile):  # noqa: ANN001, ANN202
    """Starts the simulator and prepares the demo profile (its store: keyring or memory); the
    GUI runs it on a worker after its first paint and stops the demo at the end."""

    def start():  # noqa: ANN202
        from wizard import demo as demo_mod

        demo = demo_mod.start(args.demo_scenario, args.demo_state, args.demo_latency, args.config)
        try:
            demo_mod.prepare_profile(demo, profile, args.demo_state)
        except BaseException:
            demo.stop()
            raise
        return demo

    return start


def _run_simulator(args: argparse.Namespace) -> int:
    from wizard import demo as demo_mod  # the one module that starts the simulator

    return demo_mod.serve(args.demo_scenario, args.demo_state, args.demo_latency, args.seconds)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
