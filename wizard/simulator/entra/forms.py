"""Drive the simulated sign-in pages over HTTP, the way a person in a browser would.

Tests (and headless demos) use this to finish an authorization-code sign-in, a device login or
an admin consent without a browser: it reads the server-rendered forms, fills the fields, clicks
a button by its id, and stops at the first redirect so the caller sees the ``Location`` that an
embedded browser would intercept. It only knows plain HTML forms, which is all the pages use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

import requests

from wizard.core.http import make_session
from wizard.simulator.state import DEMO_PASSWORD


@dataclass
class Form:
    id: str
    action: str
    method: str
    fields: dict[str, str] = field(default_factory=dict)
    #: button id -> (name, value); a button without a name submits nothing extra.
    buttons: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class Page:
    url: str
    status: int
    html: str
    forms: list[Form]
    #: The Location of a redirect (not followed), else None.
    location: str | None = None

    def form(self, form_id: str | None = None) -> Form:
        for form in self.forms:
            if form_id is None or form.id == form_id:
                return form
        raise LookupError(f"no form {form_id!r} on {self.url} (status {self.status})")

    def has(self, element_id: str) -> bool:
        return f'id="{element_id}"' in self.html


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[Form] = []
        self._current: Form | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._current = Form(
                a.get("id", ""), a.get("action", ""), a.get("method", "get").lower()
            )
            self.forms.append(self._current)
        elif self._current is not None and tag == "input" and a.get("name"):
            if a.get("type") not in ("submit", "button", "checkbox", "radio") or "checked" in a:
                self._current.fields[a["name"]] = a.get("value", "")
        elif self._current is not None and tag == "button":
            self._current.buttons[a.get("id", "")] = (a.get("name", ""), a.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._current = None


def parse_forms(text: str) -> list[Form]:
    """Every form of a page, with its fields' current values and its buttons."""
    parser = _FormParser()
    parser.feed(text)
    return parser.forms


class FormBrowser:
    """A cookie-keeping, redirect-stopping client for the simulator's HTML pages."""

    def __init__(self, ca_file: str) -> None:
        self.http = make_session(ca_file)

    def _page(self, response: requests.Response) -> Page:
        text = response.text if "html" in response.headers.get("Content-Type", "") else ""
        location = response.headers.get("Location") if response.is_redirect else None
        return Page(response.url, response.status_code, text, parse_forms(text), location)

    def get(self, url: str) -> Page:
        return self._page(self.http.get(url, allow_redirects=False))

    def submit(
        self,
        page: Page,
        form_id: str | None = None,
        *,
        fill: dict[str, str] | None = None,
        click: str | None = None,
    ) -> Page:
        form = page.form(form_id)
        data = dict(form.fields)
        data.update(fill or {})
        if click is not None:
            name, value = form.buttons[click]
            if name:
                data[name] = value
        url = urljoin(page.url, form.action or page.url)
        if form.method == "post":
            response = self.http.post(url, data=data, allow_redirects=False)
        else:
            response = self.http.get(url, params=data, allow_redirects=False)
        return self._page(response)

    def close(self) -> None:
        self.http.close()


def sign_in(
    browser: FormBrowser, page: Page, *, login: str | None = None, password: str = DEMO_PASSWORD
) -> Page:
    """Fill and submit the sign-in form (``login`` defaults to the prefilled account)."""
    fill = {"passwd": password}
    if login is not None:
        fill["login"] = login
    return browser.submit(page, "signin", fill=fill, click="idSIButton9")


def _answer_consent(browser: FormBrowser, page: Page, decision: str) -> Page:
    """Click *decision* on a consent page; a need-admin page offers only "back"."""
    if page.forms and page.forms[0].id in ("consent", "need-admin"):
        return browser.submit(page, click=decision if page.forms[0].id == "consent" else "back")
    return page


def authorize(
    ca_file: str,
    auth_uri: str,
    *,
    login: str | None = None,
    password: str = DEMO_PASSWORD,
    decision: str = "accept",
) -> str:
    """Sign in at *auth_uri*, answer the consent page with *decision*; return the redirect URL.

    With ``response_mode=form_post`` the response form is posted to the redirect URI (as the
    browser's script would) and its action is returned.
    """
    browser = FormBrowser(ca_file)
    try:
        page = browser.get(auth_uri)
        if page.location is None and page.has("signin"):
            page = sign_in(browser, page, login=login, password=password)
        if page.location is None:
            page = _answer_consent(browser, page, decision)
        if page.location is None and page.has("form_post"):
            form = page.form("form_post")
            browser.submit(page, "form_post", click="submit")
            return form.action
        if page.location is None:
            raise LookupError(f"sign-in did not redirect (status {page.status})")
        return page.location
    finally:
        browser.close()


def device_login(
    ca_file: str,
    verification_uri: str,
    user_code: str,
    *,
    login: str | None = None,
    password: str = DEMO_PASSWORD,
    decision: str = "accept",
) -> Page:
    """Enter *user_code* at the device login page, sign in and consent; return the last page."""
    browser = FormBrowser(ca_file)
    try:
        page = browser.get(verification_uri)
        page = browser.submit(page, "devicecode", fill={"otc": user_code}, click="idSIButton9")
        if not page.has("signin"):
            return page
        page = sign_in(browser, page, login=login, password=password)
        return _answer_consent(browser, page, decision)
    finally:
        browser.close()
