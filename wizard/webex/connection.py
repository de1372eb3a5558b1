"""The connection test as the admin sees it: four checks, each passed, failed or not checked.

One SCIM probe to the exact tenant URL Entra will use (:func:`wizard.webex.scim.probe_tenant_url`)
answers all four, because Webex checks them in this order on every request:

1. **reachable** — an HTTPS answer from Webex at all (a local network problem, an outage or
   throttling fail here);
2. **token** — the token is accepted (401 fails here);
3. **admin** — the account may use SCIM (403 fails here); when people/me told us the roles,
   Full Administrator is required too, since a read-only admin passes a read probe but cannot
   create users;
4. **tenant** — the URL and its organization are right: 200 with a SCIM ListResponse (404 fails
   here), and the organization in the URL is the one the admin signed in to.

A check after the failing one is "not checked": we say so instead of guessing. Nothing here
imports Qt, and nothing here saves: this module only probes. Saving the credentials after a pass
is :func:`wizard.flows.webex_credentials.save_webex_credentials`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import requests

from wizard.core.endpoints import Endpoints
from wizard.core.errors import QT_TRANSLATE_NOOP, NetworkError, WizardError
from wizard.webex import scim
from wizard.webex.errors import WebexApiError, WebexScimError, WebexTenantUrlError
from wizard.webex.people import WebexPerson, require_full_admin
from wizard.webex.shapes import shown_tracking_id
from wizard.webex.token import WebexToken

log = logging.getLogger(__name__)

#: Longest Retry-After the page waits out by itself before asking the admin (seconds).
MAX_AUTO_WAIT = 120


class Check(StrEnum):
    REACHABLE = "reachable"
    TOKEN = "token"  # noqa: S105 - the name of a check, not a secret
    ADMIN = "admin"
    TENANT = "tenant"


class Outcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_CHECKED = "not_checked"


ORDER = (Check.REACHABLE, Check.TOKEN, Check.ADMIN, Check.TENANT)

#: Extra lines under a passed check (context "connection" for translation).
NOTE_READ_ONLY = QT_TRANSLATE_NOOP(
    "connection",
    "Read access confirmed. The Full Administrator role could not be checked because the "
    "account details (people/me) were not available.",
)


@dataclass(frozen=True)
class CheckResult:
    check: Check
    outcome: Outcome
    tracking_id: str = ""
    error: WizardError | None = None
    note: str = ""


@dataclass(frozen=True)
class ConnectionReport:
    tenant_url: str
    checks: tuple[CheckResult, ...]
    probe: scim.ProbeResult | None = None

    @property
    def ok(self) -> bool:
        return all(c.outcome is Outcome.PASSED for c in self.checks)

    @property
    def failure(self) -> CheckResult | None:
        return next((c for c in self.checks if c.outcome is Outcome.FAILED), None)

    def result(self, check: Check) -> CheckResult:
        return next(c for c in self.checks if c.check is check)

    @property
    def retry_after(self) -> int | None:
        """Seconds Webex asked us to wait (429 beyond what the HTTP layer waits out), if any."""
        failed = self.failure
        err = failed.error if failed is not None else None
        if isinstance(err, WebexScimError) and err.code == "webex.scim.throttled":
            value = str(err.params.get("retry_after", ""))
            if value.isdigit() and len(value) <= 6:
                return int(value)
        return None


def _report(
    url: str,
    failed_at: Check | None,
    error: WizardError | None,
    tracking: str,
    probe: scim.ProbeResult | None = None,
    notes: dict[Check, str] | None = None,
) -> ConnectionReport:
    """Checks before *failed_at* passed, it failed with *error*, later ones were not checked."""
    results: list[CheckResult] = []
    state = Outcome.PASSED
    for check in ORDER:
        if check is failed_at:
            results.append(CheckResult(check, Outcome.FAILED, tracking, error))
            state = Outcome.NOT_CHECKED
            continue
        note = (notes or {}).get(check, "") if state is Outcome.PASSED else ""
        results.append(
            CheckResult(check, state, tracking if state is Outcome.PASSED else "", note=note)
        )
    return ConnectionReport(url, tuple(results), probe)


def _failed_check(err: WizardError) -> Check:
    if isinstance(err, NetworkError):
        return Check.REACHABLE
    status = getattr(err, "status", 0)
    if status == 401:
        return Check.TOKEN
    if status == 403:
        return Check.ADMIN
    if status == 429 or status >= 500 or err.code == "webex.scim.outage.timeout":
        return Check.REACHABLE
    return Check.TENANT  # 404, a 200 that is not SCIM, other statuses


def _org_mismatch(
    url: str, org_id: str | None, person: WebexPerson | None
) -> WebexScimError | None:
    """The error for a tenant URL naming another organization than the sign-in's, if it does."""
    url_org = scim.org_of_tenant_url(url)
    signed_in_org = (org_id or (person.org_id if person else "") or "").lower()
    if signed_in_org and url_org != signed_in_org:
        return WebexScimError.org_mismatch(url_org or "?", signed_in_org)
    return None


def run(
    session: requests.Session,
    endpoints: Endpoints,
    tenant_url: str,
    token: WebexToken | str,
    org_id: str | None,
    person: WebexPerson | None = None,
) -> ConnectionReport:
    """Probe *tenant_url* with *token* and report the four checks. Expected failures are in the
    report, never raised; only bugs raise."""
    try:
        url = scim.validate_tenant_url(tenant_url, endpoints)
    except WebexTenantUrlError as err:
        # Refused before any call: nothing else was checked, and the token went nowhere.
        return ConnectionReport(
            str(tenant_url),
            tuple(
                CheckResult(c, Outcome.FAILED, error=err)
                if c is Check.TENANT
                else CheckResult(c, Outcome.NOT_CHECKED)
                for c in ORDER
            ),
        )
    try:
        probe = scim.probe_tenant_url(session, url, token)
    except (WebexScimError, NetworkError) as err:
        check = _failed_check(err)
        log.info("connection test: %s failed (%s)", check.value, err.code)
        tracking = shown_tracking_id(err.correlation)
        # Webex refuses (403) a URL naming another organization than the token's: say so.
        if check is Check.ADMIN and (mismatch := _org_mismatch(url, org_id, person)):
            err, check = mismatch, Check.TENANT
        if check is Check.TENANT:
            # A 404 (or a non-SCIM answer) may come before Webex looks at token and roles, so
            # those two are "not checked" rather than passed.
            return ConnectionReport(
                url,
                (
                    CheckResult(Check.REACHABLE, Outcome.PASSED, tracking),
                    CheckResult(Check.TOKEN, Outcome.NOT_CHECKED),
                    CheckResult(Check.ADMIN, Outcome.NOT_CHECKED),
                    CheckResult(Check.TENANT, Outcome.FAILED, tracking, err),
                ),
            )
        return _report(url, check, err, tracking)
    tracking = probe.tracking_id
    notes: dict[Check, str] = {}
    if person is not None:
        try:
            require_full_admin(person)
        except WebexApiError as err:
            return _report(url, Check.ADMIN, err, tracking, probe)
    else:
        notes[Check.ADMIN] = NOTE_READ_ONLY
    mismatch = _org_mismatch(url, org_id, person)
    if mismatch is not None:
        return _report(url, Check.TENANT, mismatch, tracking, probe, notes)
    log.info("connection test passed for %s", urlsplit(url).netloc)
    return _report(url, None, None, tracking, probe, notes)

