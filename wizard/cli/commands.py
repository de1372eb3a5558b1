"""The headless commands behind :mod:`wizard.cli.entry`: ``check``, ``setup``, ``repair``, ``forget``.

Progress and prompts go to stderr, results to stdout (``--json`` for check and repair; setup
always prints its JSON result), so a scheduled task can keep the JSON and log the rest. Demo
options work with every command: the simulator starts, the demo profile is reset (and seeded in
the ``configured`` state), and everything talks to it over HTTPS like to the real services.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from wizard.cli.inputs import InputError, check_plan_inputs, error_json, exit_code_for
from wizard.core import endpoints as ep
from wizard.core.errors import WizardError
from wizard.core.paths import Profile
from wizard.flows.diagnostics import Fix, Report, load_or_report, run_checks
from wizard.flows.services import Services

log = logging.getLogger("wizard.cli")


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


#: Commands that change the tenant or what is saved: one at a time per profile. ``check`` only
#: reads, and ``setup --dry-run`` writes nothing, so they run alongside.
LOCKED_COMMANDS = frozenset({"setup", "repair", "forget"})


def run(args: argparse.Namespace, profile: Profile) -> int:
    from wizard.core.runlock import hold_profile_lock

    locked = args.command in LOCKED_COMMANDS and not getattr(args, "dry_run", False)
    with hold_profile_lock(profile, args.command) if locked else nullcontext():
        with _environment(args, profile) as (endpoints, demo):
            command = {"check": _check, "setup": _setup, "repair": _repair, "forget": _forget}[args.command]
            return command(args, profile, endpoints, demo)


@contextmanager
def _environment(args: argparse.Namespace, profile: Profile) -> Iterator[tuple[ep.Endpoints, Any]]:
    if not args.demo:
        yield ep.load(config_file=args.config), None
        return
    from wizard import demo as demo_mod

    demo = demo_mod.start(args.demo_scenario, args.demo_state, args.demo_latency, args.config)
    try:
        # Forget what an earlier demo run saved, seed the configured state; demo.store is the
        # store every command of this run uses (memory when there is no keyring).
        demo_mod.prepare_profile(demo, profile, args.demo_state)
        yield demo.endpoints, demo
    finally:
        demo.stop()


def _remember(args: argparse.Namespace) -> bool:
    """False with ``--dont-remember-secrets``: memory only, the keyring is never opened."""
    return not getattr(args, "dont_remember_secrets", False)


def _services(endpoints: ep.Endpoints, profile: Profile, demo: Any, *, remember: bool = True) -> Services:
    services = Services(endpoints, profile, remember)
    if demo is not None and getattr(demo, "store", None) is not None:
        services.use_store(demo.store)
    return services


def _progress(done: int, total: int, finding: Any) -> None:
    say(f"[{done}/{total}] {finding.title}: {finding.status.value}")


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


# ------------------------------------------------------------------------------------ check
def _check(args: argparse.Namespace, profile: Profile, endpoints: ep.Endpoints, demo: Any) -> int:
    services = _services(endpoints, profile, demo, remember=_remember(args))
    target = load_or_report(services, args.profile)
    report = (
        target
        if isinstance(target, Report)
        else run_checks(target, services=services, on_progress=_progress)
    )
    _emit_report(report, args.json)
    return report.exit_code()


def _emit_report(report: Report, as_json: bool) -> None:
    if as_json:
        _print_json(report.to_json())
    else:
        print(report.to_text())


# ------------------------------------------------------------------------------------ setup
def _answers(args: argparse.Namespace) -> Any:
    from wizard.cli.headless import SetupAnswers

    return SetupAnswers.load(
        args.answers,
        {
            "webex_token_file": args.webex_token_file,
            "tenant_url": args.tenant_url,
            "assign": args.assign,
            "role": args.role,
            "notification_email": args.notification_email,
            "test_user": args.test_user,
        },
    )


def _known_tenant(args: argparse.Namespace, store: Any) -> str | None:
    from wizard.storage.secrets import known_pairs

    if args.profile:
        return args.profile.partition(":")[0].strip() or None
    if store is None:
        return None
    pairs = known_pairs(store)
    tenants = {p.tenant_id for p in pairs}
    if not pairs:
        # No setup finished yet, but a sign-in may be saved (a --dry-run, a setup stopped early):
        # use it rather than asking for a new device code.
        from wizard.storage.secrets import known_tenants

        tenants = set(known_tenants(store))
    return tenants.pop() if len(tenants) == 1 else None


def _setup(args: argparse.Namespace, profile: Profile, endpoints: ep.Endpoints, demo: Any) -> int:
    from wizard.cli import headless
    from wizard.flows import setup as flows
    from wizard.flows import signin
    from wizard.storage.statefile import StateFile

    answers = _answers(args)
    if not answers.webex_token_file:
        raise headless.HeadlessError.missing("--webex-token-file")
    if not answers.notification_email:
        raise headless.HeadlessError.missing("--notification-email")
    check_plan_inputs(answers.notification_email)
    raw = headless.read_token_file(answers.webex_token_file)
    services = _services(endpoints, profile, demo, remember=_remember(args))
    store = services.require_store()
    session = services.session()
    graph, tenant = signin.headless_sign_in(
        services, _known_tenant(args, store), say, allow_device_code=not args.no_device_code
    )
    try:
        prepared = headless.prepare(graph, tenant, endpoints, session, answers, raw, say)
        state_file = StateFile.for_profile(profile)
        if args.dry_run:
            steps = headless.plan(graph, prepared, state_file)
            for line in flows.dry_run_lines(steps):
                say(line)
            _print_json(
                {
                    "dry_run": True,
                    "tenant_id": tenant,
                    "org_id": prepared.org_id,
                    "steps": [
                        {"key": s.key, "title": s.title, "status": s.status, "detail": s.detail}
                        for s in steps
                    ],
                }
            )
            return 0
        result = headless.apply(graph, prepared, profile, store, say)
    except WizardError as err:
        say(err.render())
        _print_json(error_json(err))
        return exit_code_for(err)
    _print_json({"ok": True, **result})
    return 0


# ------------------------------------------------------------------------------------ repair
def _repair(args: argparse.Namespace, profile: Profile, endpoints: ep.Endpoints, demo: Any) -> int:
    services = _services(endpoints, profile, demo, remember=_remember(args))
    target = load_or_report(services, args.profile)
    if isinstance(target, Report):
        _emit_report(target, args.json)
        return target.exit_code()
    session = services.session()
    report = run_checks(target, services=services, on_progress=_progress)
    wanted = set(args.fix or ["all"])
    done: list[dict[str, Any]] = []
    failed: set[Fix] = set()
    graph = report.graph
    for fix in report.fixes():
        if "all" not in wanted and fix.value not in wanted:
            continue
        if fix in (Fix.RETRY_LATER, Fix.NONE):
            say("Webex or Microsoft is having an outage: nothing was changed. Retry later.")
            continue
        blocked = sorted(f.value for f in _PREREQUISITES.get(fix, ()) if f in failed)
        if blocked:
            # Restarting with a token Entra cannot use would quarantine the job again at once.
            why = f"skipped because {', '.join(blocked)} failed; the job would stop again at once"
            say(f"{fix.value}: {why}.")
            done.append({"fix": fix.value, "changed": False, "skipped": why})
            failed.add(fix)
            continue
        try:
            if graph is None or fix is Fix.SIGN_IN:
                graph = _device_sign_in(args, target, services)
                if fix is Fix.SIGN_IN:
                    done.append({"fix": fix.value, "changed": False, "message": "signed in"})
                    continue
            result = _apply_fix(args, profile, target, graph, session, fix)
        except WizardError as err:
            say(err.render())
            done.append({"fix": fix.value, "changed": False, "error": {"code": err.code, "what": err.summary()}})
            failed.add(fix)
            continue
        if result is not None:
            say(f"{fix.value}: {result.message}")
            done.append({"fix": fix.value, "changed": result.changed, "message": result.message})
    final = run_checks(target, services=services, graph=graph) if done else report
    if args.json:
        _print_json({"fixes": done, "report": final.to_json()})
    else:
        print(final.to_text())
    return final.exit_code()


#: A fix is skipped when one it depends on failed in the same run.
_PREREQUISITES: dict[Fix, tuple[Fix, ...]] = {Fix.RESTART_JOB: (Fix.RENEW_TOKEN, Fix.RECONSENT)}


def _device_sign_in(args: argparse.Namespace, target: Any, services: Services) -> Any:
    from wizard.flows import signin

    graph, _tenant = signin.headless_sign_in(
        services.for_endpoints(target.endpoints), target.tenant_id, say,
        allow_device_code=not args.no_device_code,
    )
    return graph


def _apply_fix(
    args: argparse.Namespace, profile: Profile, target: Any, graph: Any, session: Any, fix: Fix
) -> Any:
    from wizard.cli import headless
    from wizard.flows import repair

    if fix is Fix.RESTART_JOB:
        return repair.restart_job(target, graph, session=session)
    if fix is Fix.RENEW_TOKEN:
        if not args.webex_token_file:
            raise headless.HeadlessError.missing("--webex-token-file")
        raw = headless.read_token_file(args.webex_token_file)
        token = headless.webex_token(session, target.endpoints, raw)
        return repair.renew_token(target, graph, token, target.store, session=session)
    if fix is Fix.RECONSENT:
        return _reconsent(args, target, graph, session)
    if fix is Fix.RECREATE:
        return _recreate(args, profile, target, graph, session)
    return None


def _reconsent(args: argparse.Namespace, target: Any, graph: Any, session: Any) -> Any:
    from wizard.entra.consent import ConsentError, admin_consent_url
    from wizard.flows import repair

    request = admin_consent_url(target.endpoints, target.tenant_id)
    say(
        "Cisco Webex Identity Integration must be restored by an administrator's consent. Open "
        "this address in a private browser window, sign in as a Global Administrator or "
        "Privileged Role Administrator and click Accept (or use the GUI: --repair). When the "
        "browser shows an error page afterwards, close it: that page is expected.\n"
        f"CONSENT_URL {request.url}\nWaiting for the app to appear..."
    )
    try:
        return repair.verify_consent(target, graph, args.consent_timeout, session=session)
    except ConsentError as err:
        if err.code != "consent.not_visible":
            raise
        # Nothing here saw the browser's answer: never claim that consent was given.
        raise ConsentError.not_seen(str(err.params.get("seconds", ""))) from None


def _recreate(args: argparse.Namespace, profile: Profile, target: Any, graph: Any, session: Any) -> Any:
    """Re-run the setup steps with what is saved (token, tenant URL, notification email)."""
    from wizard.cli import headless
    from wizard.flows.repair import RepairResult

    answers = _answers(args)
    answers.tenant_url = answers.tenant_url or target.tenant_url
    answers.notification_email = answers.notification_email or target.notification_email
    raw = (
        headless.read_token_file(answers.webex_token_file)
        if answers.webex_token_file
        else (target.token.token if target.token else "")
    )
    if not raw:
        raise headless.HeadlessError.missing("--webex-token-file")
    prepared = headless.prepare(graph, target.tenant_id, target.endpoints, session, answers, raw, say)
    result = headless.apply(graph, prepared, profile, target.store, say)
    target.sp_id, target.job_id = result["service_principal_id"], result["job_id"]
    report = run_checks(target, session=session, graph=graph)
    return RepairResult(Fix.RECREATE, True, "The Cisco Webex app and its provisioning job were set up again.", report)


# ------------------------------------------------------------------------------------ forget
def _forget(args: argparse.Namespace, profile: Profile, endpoints: ep.Endpoints, demo: Any) -> int:
    from wizard.storage.secrets import SecretSet, forget_everything, known_pairs
    from wizard.storage.statefile import StateFile

    store = _services(endpoints, profile, demo, remember=_remember(args)).require_store()
    pairs = known_pairs(store)
    if args.profile:
        tenant, _, org = args.profile.partition(":")
        pairs = [p for p in pairs if (p.tenant_id, p.org_id) == (tenant, org)]
        if not pairs:
            raise InputError.bad_value("--profile", args.profile, "a saved TENANT:ORG pair (run check to see them)")
    names = ", ".join(f"{p.tenant_id}:{p.org_id}" for p in pairs) or "no saved organizations"
    if not args.yes:
        say(
            f"This removes the saved Webex tokens, Microsoft sign-ins and progress for: {names}.\n"
            "Your Entra tenant and Webex org are not changed. Continue? [y/N] "
        )
        answer = sys.stdin.readline(16).strip().lower()  # bounded: stdin may be endless
        if answer not in ("y", "yes"):
            say("Nothing was removed.")
            return 1
    if args.profile:
        for pair in pairs:
            SecretSet(store, pair.tenant_id, pair.org_id).forget()
    else:
        forget_everything(store)  # also sign-ins whose setup stopped before an org was saved
    if not args.profile or not known_pairs(store):
        StateFile.for_profile(profile).start_over()
    if not args.profile and not profile.is_demo:
        from wizard.flows.start import unschedule_daily_check

        if unschedule_daily_check():  # the daily check of what was just forgotten
            say("Removed the scheduled daily check.")
    say(f"Removed: {names}.")
    _print_json({"forgotten": [f"{p.tenant_id}:{p.org_id}" for p in pairs]})
    return 0
