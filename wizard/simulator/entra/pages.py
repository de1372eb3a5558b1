"""Server-rendered HTML of the simulated Microsoft sign-in (templates in ``templates/*.html``).

Plain HTML with inline CSS and no scripts or external assets, so QtWebEngine renders it offscreen
and a test can fill it in with JavaScript, or post its forms with ``requests``. Every value that
reaches a template is escaped here; templates use ``string.Template`` placeholders.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from importlib import resources
from string import Template

from werkzeug.wrappers import Response

_PAGES = resources.files("wizard.simulator.entra") / "templates"


@functools.cache
def _template(name: str) -> Template:
    return Template((_PAGES / name).read_text(encoding="utf-8"))


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def hidden_fields(fields: Mapping[str, str | None]) -> str:
    """The OAuth parameters carried from page to page, as hidden inputs."""
    return "\n".join(
        f'    <input type="hidden" name="{esc(k)}" value="{esc(v)}">'
        for k, v in fields.items()
        if v is not None
    )


def page(
    title: str, body: str, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    text = _template("entra_layout.html").substitute(title=esc(title), body=body)
    resp = Response(text, status=status, content_type="text/html; charset=utf-8")
    # Sign-in pages must never be cached or framed, as on the real service.
    resp.headers["Cache-Control"] = "no-store, no-cache"
    resp.headers["X-Frame-Options"] = "DENY"
    for key, value in (headers or {}).items():
        resp.headers[key] = value
    return resp


def _error_html(error: str | None) -> str:
    return f'<p class="error" id="error" role="alert">{esc(error)}</p>' if error else ""


def _form_page(
    template: str, title: str, action: str, hidden: Mapping[str, str | None], fields: dict[str, str]
) -> Response:
    """A page whose form posts *hidden* to *action*; *fields*, already escaped, fill the rest."""
    body = _template(template).substitute(
        action=esc(action), hidden=hidden_fields(hidden), **fields
    )
    return page(title, body)


@dataclass(frozen=True)
class AppCard:
    """Who is asked about which app: the head of the consent and need-admin pages."""

    account: str
    app_name: str
    publisher: str

    def fields(self) -> dict[str, str]:
        return {k: esc(v) for k, v in asdict(self).items()}


def sign_in(
    action: str,
    hidden: Mapping[str, str | None],
    login: str,
    password: str,
    error: str | None = None,
) -> Response:
    fields = {"login": esc(login), "password": esc(password), "error": _error_html(error)}
    return _form_page("entra_signin.html", "Sign in to your account", action, hidden, fields)


def consent(
    action: str,
    hidden: Mapping[str, str | None],
    card: AppCard,
    permissions: Iterable[str],
    *,
    for_organization: bool,
) -> Response:
    items = "\n".join(f"    <li>{esc(p)}</li>" for p in permissions)
    note = (
        "If you accept, this app will get access to the specified resources for all users in your "
        "organization. No one else will be prompted to review these permissions."
        if for_organization
        else "Review for yourself: only your own account gives this app access."
    )
    title = (
        "Permissions requested — Accept for your organization"
        if for_organization
        else "Permissions requested"
    )
    fields = {**card.fields(), "permissions": items, "scope_note": esc(note)}
    return _form_page("entra_consent.html", title, action, hidden, fields)


def need_admin(
    action: str, hidden: Mapping[str, str | None], card: AppCard, admin_link: str
) -> Response:
    fields = {**card.fields(), "admin_link": esc(admin_link)}
    return _form_page("entra_need_admin.html", "Need admin approval", action, hidden, fields)


def device_code(action: str, otc: str = "", error: str | None = None) -> Response:
    fields = {"otc": esc(otc), "error": _error_html(error)}
    return _form_page("entra_device_code.html", "Enter code", action, {"step": "code"}, fields)


def message(
    title: str,
    heading: str,
    paragraphs: Iterable[str],
    *,
    details: Mapping[str, str] | None = None,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    paras = "\n".join(f"  <p>{esc(p)}</p>" for p in paragraphs)
    detail_html = ""
    if details:
        rows = "<br>".join(f"{esc(k)}: {esc(v)}" for k, v in details.items())
        detail_html = f'<div class="details" id="details">{rows}</div>'
    body = _template("entra_message.html").substitute(
        heading=esc(heading), paragraphs=paras, details=detail_html
    )
    return page(title, body, status, headers)


def cisco_consent_reply(text: str) -> Response:
    resp = Response(
        _template("cisco_consent_reply.html").substitute(message=esc(text)),
        content_type="text/html; charset=utf-8",
    )
    resp.headers["Cache-Control"] = "no-store"
    return resp


def form_post(action: str, fields: Mapping[str, str]) -> Response:
    """``response_mode=form_post``: a page that posts the response to the redirect URI.

    The one page with a script, as on the real service; without scripts a Submit button does it.
    """
    inputs = "\n".join(
        f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">' for k, v in fields.items()
    )
    text = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Working...</title></head>\n'
        f'<body>\n<form method="post" id="form_post" name="hiddenform" action="{esc(action)}">\n{inputs}\n'
        "<noscript><p>Script is disabled. Click Submit to continue.</p>"
        '<button type="submit" id="submit">Submit</button></noscript>\n</form>\n'
        "<script>document.forms[0].submit();</script>\n</body></html>\n"
    )
    resp = Response(text, content_type="text/html; charset=utf-8")
    resp.headers["Cache-Control"] = "no-store, no-cache"
    return resp
