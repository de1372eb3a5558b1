"""Repair-mode diagnostics: check the whole Entra -> Webex provisioning chain, in order.

Why a package of its own (no Qt): the GUI's repair window, ``webex-scim-wizard check`` (a
scheduled task that warns before the token expires) and the tests all run the same checks and
read the same :class:`Report`. Admins come back after an outage (Control Hub's "Azure AD
integration error. The request was unauthorized"), or when users stop arriving, and neither Entra
nor Control Hub says why; these checks do.

The eight checks, in order, and what depends on what (a dependant of a check that did not pass
is reported ``skipped``, never ``failed``: the cause is already on screen):

1. ``config`` — stored configuration and secrets present and readable (keyring usable);
   :mod:`~wizard.diagnose.config_check`;
2. ``webex_token`` — expiry (warning 14 days ahead), still accepted by people/me, still Full
   Admin, same org (needs 1); :mod:`~wizard.diagnose.webex_checks`;
3. ``scim`` — the SCIM tenant URL answers with the token (needs 2); same module;
4. ``microsoft_signin`` — Microsoft sign-in possible silently from the cached sign-in (needs 1);
   :mod:`~wizard.diagnose.entra_checks`;
5. ``identity_integration`` — Cisco Webex Identity Integration's service principal exists: its
   absence is exactly the 401/701018 outage (needs 4); same module;
6. ``webex_app`` — the "Cisco Webex" service principal and its provisioning job exist (needs 4);
   same module;
7. ``job_state`` — Active / Paused / Quarantine (+ reason) / NotConfigured, last successful
   run, consecutive failures (needs 6); :mod:`~wizard.diagnose.job_checks`;
8. ``credentials`` — Entra's ``validateCredentials`` with the saved credentials (needs 3 and 6).

A 5xx, throttling or timeout from Webex or Graph is ``unknown`` with "on their side, nothing
changed, retry later" (fix ``retry_later``). Exit codes (:meth:`Report.exit_code`): 0 all ok,
1 warnings only, 2 anything failed **or unknown** — an outage means provisioning could not be
confirmed to work, and a scheduled task must not stay silent about that.

The rest of the package: :mod:`~wizard.diagnose.report` (findings, the report, exit code, JSON,
text), :mod:`~wizard.diagnose.target` (what setup saved: :func:`load_target`), :mod:`~wizard.
diagnose.run` (:func:`run_checks`), :mod:`~wizard.diagnose.errors`. This module re-exports the
names callers use, so they import ``from wizard.diagnose import ...``. Signing in is not done
here: the flows layer passes a Graph client or a silent sign-in (:mod:`wizard.flows.diagnostics`).
"""

from wizard.diagnose.errors import RepairError
from wizard.diagnose.job_checks import credentials_quarantine
from wizard.diagnose.report import CHECKS, DEPENDS, PASSED, Finding, Fix, Report, Status, is_outage
from wizard.diagnose.run import run_checks
from wizard.diagnose.target import RepairTarget, SignIn, load_target, report_for_load_error
from wizard.diagnose.webex_checks import EXPIRY_WARNING_DAYS

__all__ = [
    "CHECKS",
    "DEPENDS",
    "EXPIRY_WARNING_DAYS",
    "PASSED",
    "Finding",
    "Fix",
    "RepairError",
    "RepairTarget",
    "Report",
    "SignIn",
    "Status",
    "credentials_quarantine",
    "is_outage",
    "load_target",
    "report_for_load_error",
    "run_checks",
]
