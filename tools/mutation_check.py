"""Targeted mutation check: break one guard at a time and see whether the tests notice.

Each mutation replaces one exact piece of code (it must occur exactly once) in a module that
guards security or idempotency, then runs only the tests meant to catch it. A mutation the tests
fail on is *killed*; one they still pass is a *survivor*: a guard no test defends.

Mutations are applied to a private copy of ``wizard/`` and ``tests/`` in a temporary directory,
never to the working tree, so the check can run while others edit it. Usage::

    .venv/bin/python tools/mutation_check.py            # all mutations (about two minutes)
    .venv/bin/python tools/mutation_check.py state org  # only those whose name contains a word

Exit code 0 when every mutation was killed, 1 otherwise (the survivors are listed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


MUTATIONS = (
    Mutation(
        "webex redirect: state check",
        "wizard/webex/token.py",
        'if not hmac.compare_digest(state.encode("utf-8", "surrogatepass"), expected_state.encode()):',
        "if False:",
        ("tests/unit/webex/test_webex_token.py",),
    ),
    Mutation(
        "admin consent redirect: state check",
        "wizard/entra/consent.py",
        "if not hmac.compare_digest(got.encode(), request.state.encode()):",
        "if False:",
        ("tests/unit/entra/test_consent_redirect_properties.py",),
    ),
    Mutation(
        "org ID decoding: type must be ORGANIZATION",
        "wizard/webex/people.py",
        'if kind != "ORGANIZATION":',
        "if False:",
        ("tests/unit/webex/test_org_id.py",),
    ),
    Mutation(
        "org ID decoding: the decoded ID must be a UUID",
        "wizard/webex/people.py",
        "    if not UUID_RE.fullmatch(ident):\n",
        "    if False:\n",
        ("tests/unit/webex/test_org_id.py",),
    ),
    Mutation(
        "chunk integrity: checksum",
        "wizard/storage/secrets.py",
        'if digest(value) != header["sha256"]:',
        "if False:",
        ("tests/unit/storage/test_store_memory_integrity.py",),
    ),
    Mutation(
        "chunk integrity: length",
        "wizard/storage/secrets.py",
        'if len(value) != header["len"]:',
        "if False:",
        ("tests/unit/storage/test_store_memory_integrity.py",),
    ),
    Mutation(
        "plaintext keyring refusal",
        "wizard/storage/keyring_backend.py",
        "if isinstance(backend, keyring.backend.KeyringBackend) and not is_allowed(backend):",
        "if False:",
        ("tests/unit/storage/test_store_backend.py",),
    ),
    Mutation(
        "apply-time reuse: create-job step looks for a job first",
        "wizard/flows/setup_apply.py",
        "existing = self.find_job(step)",
        'existing = ""',
        ("tests/integration/test_stale_plan.py",),
    ),
    Mutation(
        "apply-time reuse: assignment step looks for the assignment first",
        "wizard/flows/setup_apply.py",
        "        if any(\n            a.principal_id == wanted.principal_id",
        "        if False and any(\n            a.principal_id == wanted.principal_id",
        ("tests/integration/test_stale_plan.py",),
    ),
    Mutation(
        "log redaction: bearer tokens",
        "wizard/core/logs.py",
        r'(re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 [REDACTED]"),',
        "",
        ("tests/unit/core/test_logs_errors.py", "tests/unit/core/test_redaction_shapes.py"),
    ),
    Mutation(
        "log redaction: registered secrets",
        "wizard/core/logs.py",
        '            text = text.replace(secret, "[REDACTED]")',
        "            pass",
        ("tests/unit/core/test_logs_errors.py",),
    ),
    Mutation(
        "Retry-After cap",
        "wizard/core/http.py",
        "if retry_after is not None and retry_after > self.max_retry_after:",
        "if False:",
        ("tests/unit/core/test_http.py",),
    ),
    Mutation(
        "deleted-consent detection",
        "wizard/diagnose/entra_checks.py",
        "        sp = find_service_principal(run.graph)\n",
        "        sp = find_service_principal(run.graph) or {}\n",
        ("tests/integration/test_repair_scenarios.py::test_deleted_consent_is_found_and_reconsent_restores_it",),
    ),
    Mutation(
        "check explains a Graph 403",
        "wizard/diagnose/entra_checks.py",
        'if getattr(err, "status", 0) == 403:',
        "if False:",
        ("tests/integration/test_sync_reads_need_a_role.py",),
    ),
    Mutation(
        "connection test: another organization's URL named as such",
        "wizard/webex/connection.py",
        "if check is Check.ADMIN and (mismatch := _org_mismatch(url, org_id, person)):",
        "if False and (mismatch := None):",
        ("tests/integration/test_webex_connection.py",),
    ),
    Mutation(
        "simulator: Content-Type on Graph bodies",
        "wizard/simulator/graph/common.py",
        'if request.get_data() and mimetype and mimetype != "application/json":',
        "if False:",
        ("tests/simulator/test_sim_strictness.py",),
    ),
    Mutation(
        "simulator: tokenExpiry scope in the token-expiry-refused world",
        "wizard/simulator/webex/people.py",
        "if strict and not has_scope(info, TOKEN_EXPIRY_SCOPES):",
        "if False:",
        ("tests/integration/test_token_expiry_refused.py",),
    ),
    Mutation(
        "simulator: delegated permission check",
        "wizard/simulator/graph/permissions.py",
        "return not self.alternatives or any(alt <= held for alt in self.alternatives)",
        "return True",
        ("tests/integration/test_graph_scopes.py",),
    ),
    Mutation(
        "simulator: admin role on synchronization reads",
        "wizard/simulator/graph/common.py",
        'ROLE_READ_PREFIXES = ("/synchronization",)',
        "ROLE_READ_PREFIXES = ()",
        ("tests/integration/test_sync_reads_need_a_role.py",),
    ),
    Mutation(
        "simulator: Webex scopes as whole sets",
        "wizard/simulator/scopes.py",
        "return any(alt <= held for alt in alternatives)",
        "return any(alt & held for alt in alternatives) or not held",
        ("tests/simulator/test_sim_strictness.py",),
    ),
)

#: What the copy needs to run the tests (the venv, build output and artifacts stay behind).
COPIED = ("wizard", "tests", "pyproject.toml", "resources")
IGNORED = shutil.ignore_patterns("__pycache__", "artifacts", "*.pyc")


def make_copy(into: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=IGNORED)
        elif source.exists():
            shutil.copy2(source, into / name)


def run_tests(copy: Path, tests: tuple[str, ...]) -> bool:
    """True when the tests pass (the mutation survived)."""
    env = dict(os.environ, PYTHONPATH=str(copy), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests],
        cwd=copy, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    return proc.returncode == 0


def check(mutation: Mutation, copy: Path) -> str:
    target = copy / mutation.path
    original = target.read_text(encoding="utf-8")
    count = original.count(mutation.old)
    if count != 1:
        return f"not applied (the code occurs {count} times; update the mutation)"
    target.write_text(original.replace(mutation.old, mutation.new), encoding="utf-8")
    try:
        return "SURVIVED" if run_tests(copy, mutation.tests) else "killed"
    finally:
        target.write_text(original, encoding="utf-8")


def main(argv: list[str]) -> int:
    chosen = [m for m in MUTATIONS if not argv or any(w.lower() in m.name.lower() for w in argv)]
    with tempfile.TemporaryDirectory(prefix="wizard-mutants-") as tmp:
        copy = Path(tmp)
        make_copy(copy)
        if not run_tests(copy, tuple(sorted({t for m in chosen for t in m.tests}))):
            print("the tests fail without any mutation; fix them first", file=sys.stderr)
            return 2
        results = []
        for mutation in chosen:
            started = time.monotonic()
            verdict = check(mutation, copy)
            results.append((mutation, verdict))
            print(f"{verdict:>9}  {mutation.name}  ({time.monotonic() - started:.0f} s)", flush=True)
    survivors = [m for m, v in results if v != "killed"]
    print(f"\n{len(results) - len(survivors)} of {len(results)} mutations killed")
    for mutation in survivors:
        print(f"  survivor: {mutation.name} ({mutation.path}; tests: {', '.join(mutation.tests)})")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
