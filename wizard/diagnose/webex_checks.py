"""Checks 2 and 3, the Webex side: the saved token (``webex_token``) and the SCIM tenant URL
(``scim``) Entra provisions to.

The token is checked the way Entra will use it: not expired (warning
:data:`EXPIRY_WARNING_DAYS` ahead), still accepted by people/me, its owner still a Full
Administrator of the same organization. A 401/403 means revoked or signed out, or expired when
Webex's answer says so: renew it. A Webex for Government token is a warning at best (12 hours).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wizard.core.errors import QT_TRANSLATE_NOOP, WizardError
from wizard.diagnose.report import Finding, Fix, Status, is_outage, make_finding, outage
from wizard.diagnose.target import CheckRun

if TYPE_CHECKING:
    from wizard.webex.people import WebexPerson

#: Warn this long before the Webex token expires.
EXPIRY_WARNING_DAYS = 14


def _date(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _mask(token: str) -> str:
    return f"{token[:4]}…{token[-4:]}" if len(token) >= 16 else "…"


def check_webex_token(run: CheckRun) -> Finding:
    from wizard.webex.people import get_me

    record = run.target.token
    if record is None:  # check 1 skips this check when nothing is saved
        raise ValueError("the Webex token check needs a saved token")
    evidence = {"token": _mask(record.token), "expires": _date(record.expires_at)}
    if record.expires_at <= time.time():
        return make_finding(
            "webex_token",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "The Webex token expired on {date}. Entra cannot provision users with it.",
            ),
            {"date": _date(record.expires_at)},
            evidence=evidence,
            fix=Fix.RENEW_TOKEN,
        )
    try:
        person = get_me(run.session, run.target.endpoints, record.token)
    except WizardError as err:
        return _refused(err, evidence)
    evidence.update({"account": person.email or person.display_name, "org_id": person.org_id})
    problem = _owner_problem(run, person, evidence)
    if problem is None and run.target.endpoints.webex_env == "fedramp":
        problem = _fedramp_lifetime(record.expires_at, evidence)
    return problem or _expiry(record.expires_at, person, evidence)


def _fedramp_lifetime(expires_at: float, evidence: dict[str, str]) -> Finding:
    """Webex for Government admin tokens last at most 12 hours (Cisco, "Create a FedRAMP
    Integration": https://developer.webex.com/docs/api/guides/create-a-fedramp-integration),
    so Entra's provisioning stops when this one expires: a warning with the reason."""
    return make_finding(
        "webex_token",
        Status.WARNING,
        QT_TRANSLATE_NOOP(
            "diagnose",
            "Webex for Government admin tokens last no longer than 12 hours; this one expires "
            "on {date}, and Entra ID cannot provision users after that. Renew it then, and ask "
            "Cisco how to keep provisioning running for Webex for Government.",
        ),
        {"date": _date(expires_at)},
        evidence=evidence,
        fix=Fix.RENEW_TOKEN,
    )


def _refused(err: WizardError, evidence: dict[str, str]) -> Finding:
    """people/me did not accept the token: an outage, revoked/signed out, or something else."""
    if is_outage(err):
        return outage("webex_token", "Webex", err)
    if err.code == "webex.token.expired":
        # Webex's own 401 said "expired": say that, not "revoked or signed out".
        return make_finding(
            "webex_token",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "Webex says the saved token has expired: {what}"),
            {"what": str(err.params.get("detail") or err.summary())},
            evidence=evidence,
            fix=Fix.RENEW_TOKEN,
            error=err,
        )
    if getattr(err, "status", 0) in (401, 403):
        return make_finding(
            "webex_token",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "Webex no longer accepts the saved token (revoked or signed out): {what} The "
                "token belongs to the one administrator who signed in; signing that "
                "administrator out or resetting their access in Control Hub revokes it.",
            ),
            {"what": err.summary()},
            evidence=evidence,
            fix=Fix.RENEW_TOKEN,
            error=err,
        )
    return make_finding(
        "webex_token", Status.FAILED, "{what}", {"what": err.summary()}, evidence=evidence, error=err
    )


def _owner_problem(run: CheckRun, person: WebexPerson, evidence: dict[str, str]) -> Finding | None:
    """The token's owner is in another organization or no longer a Full Administrator."""
    if person.org_id != run.target.org_id.lower():
        return make_finding(
            "webex_token",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose", "The token belongs to Webex organization {got}, not {want}."
            ),
            {"got": person.org_id, "want": run.target.org_id},
            evidence=evidence,
            fix=Fix.RENEW_TOKEN,
        )
    if not person.full_admin:
        return make_finding(
            "webex_token",
            Status.FAILED,
            QT_TRANSLATE_NOOP(
                "diagnose", "{account} is no longer a Full Administrator of the Webex organization."
            ),
            {"account": _account(person)},
            evidence=evidence | {"roles": ", ".join(person.roles) or "none"},
            fix=Fix.RENEW_TOKEN,
        )
    return None


def _account(person: WebexPerson) -> str:
    return person.email or person.display_name


def _expiry(expires_at: float, person: WebexPerson, evidence: dict[str, str]) -> Finding:
    """Accepted: ok, or a warning when it expires within :data:`EXPIRY_WARNING_DAYS`."""
    days = (expires_at - time.time()) / 86400
    if days <= EXPIRY_WARNING_DAYS:
        return make_finding(
            "webex_token",
            Status.WARNING,
            QT_TRANSLATE_NOOP(
                "diagnose",
                "The Webex token expires on {date} (in {days} days). Renew it before then.",
            ),
            {"date": _date(expires_at), "days": f"{days:.0f}"},
            evidence=evidence,
            fix=Fix.RENEW_TOKEN,
        )
    return make_finding(
        "webex_token",
        Status.OK,
        QT_TRANSLATE_NOOP(
            "diagnose", "Accepted by Webex for {account} (Full Administrator); expires on {date}."
        ),
        {"account": _account(person), "date": _date(expires_at)},
        evidence=evidence,
    )


def check_scim(run: CheckRun) -> Finding:
    from wizard.webex import scim

    t = run.target
    if t.token is None or not t.tenant_url:  # the checks it depends on skip it otherwise
        raise ValueError("the tenant URL check needs a saved token and tenant URL")
    try:
        url = scim.validate_tenant_url(t.tenant_url, t.endpoints)
        probe = scim.probe_tenant_url(run.session, url, t.token.token)
    except WizardError as err:
        if is_outage(err):
            return outage("scim", "Webex SCIM", err)
        status = getattr(err, "status", 0)
        fix = Fix.RENEW_TOKEN if status in (401, 403) else Fix.RECREATE
        return make_finding(
            "scim",
            Status.FAILED,
            QT_TRANSLATE_NOOP("diagnose", "The tenant URL did not accept the token: {what}"),
            {"what": err.summary()},
            evidence={"tenant_url": t.tenant_url, "code": err.code},
            fix=fix,
            error=err,
        )
    return make_finding(
        "scim",
        Status.OK,
        QT_TRANSLATE_NOOP("diagnose", "{url} answers with the saved token."),
        {"url": probe.tenant_url},
        evidence={"tenant_url": probe.tenant_url, "trackingId": probe.tracking_id},
    )
