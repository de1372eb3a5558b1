"""No English left on a rendered window in Korean, Japanese or Simplified Chinese.

Every window of tests/gui/page_walk.py (start page, each setup page first as it appears and then
signed in with real content, the repair window with evidence open) is scanned: labels, buttons,
list and table rows, combo box items, tool tips and accessible names. A Latin word fails the test
unless it is a proper name (Microsoft, Webex, Entra ID, Control Hub, Cisco, SCIM, Graph...), a
name from the simulator's directory (people, groups, apps, the tenant), or part of an e-mail
address, GUID, URL, host name, Graph path or permission name, which are never translated.
"""

from __future__ import annotations

import re

import pytest

from tests.gui.page_walk import every_window, look, widget_texts

pytestmark = pytest.mark.gui

#: Proper names and the technical names that stay as they are in every language (products,
#: protocols, Microsoft's and Cisco's own UI names that their localized portals keep in English).
PROPER_NAMES = {
    "Microsoft", "Webex", "Entra", "ID", "IDs", "Control", "Hub", "Cisco", "SCIM", "Graph",
    "Azure", "Identity", "Integration", "Enterprise", "Gallery", "TrackingID", "OAuth", "JSON",
    "HTML", "HTTPS", "HTTP", "URL", "API", "GUID", "UTC", "TLS", "FedRAMP", "DoD", "GCC",
    "High", "Government", "China", "Vianet", "ics", "Keyring", "Windows", "Linux", "macOS",
    "Chrome", "Edge", "Firefox", "Ctrl", "Alt", "Esc", "Enter", "Tab", "OK", "UPN", "SSO", "GET", "PUT", "POST", "PATCH",
    "Cookie", "Web",  # written so in Microsoft's Japanese and Chinese UI (Cookie, Web ブラウザー)
    "organizations",  # the sign-in authority's value (login.microsoftonline.com/organizations)
}
#: Names of several words that stay in English: Cisco's product and the feature name Microsoft's
#: localized Entra admin center keeps ("Single Sign-On").
PHRASES = ["Webex for Government", "Single Sign-On", "Microsoft Graph Command Line Tools"]
_PATTERNS = [
    *(re.escape(p) for p in PHRASES),
    r'"[^"\n]{1,40}"|“[^”\n]{1,40}”|「[^」\n]{1,40}」',  # quoted names ("Default Access")
    r"[A-Za-z]+_[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}",  # Webex TrackingIDs
    r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}",  # GUIDs
    r"\S+…\S+",  # a secret shown masked (g2zR…be31)
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+",  # e-mail addresses and user principal names
    r"[a-z][a-z+.-]*://\S+",  # URLs
    r"\b[\w-]+(\.[\w-]+)+(/\S*)?",  # host names, file names, Graph paths with a dot
    r"/[\w{}$/.:-]+",  # Graph and SCIM paths
    r"\b\w+:\w+(:\w+)?\b",  # Webex scopes (spark:people_read, Identity:SCIM)
    r"\b[a-z]+[A-Z]\w*\b",  # API property names (appId, userPrincipalName)
    r"\b\w*_\w*\b",  # identifiers (msiam_access, Authorization_RequestDenied)
    r"\([A-Z]\)|&[A-Za-z]",  # mnemonics: 다음(&N) shows as 다음(N)
    r"<[^>]+>",  # markup in rich-text labels
    r"&\w+;",  # entities
]
STRIP = re.compile("|".join(_PATTERNS))
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def directory_names(simulator) -> set[str]:  # noqa: ANN001
    """Words of every name the simulator's directory and Webex org hold (people, groups, apps)."""
    st, names = simulator.state, set()

    def walk(value) -> None:  # noqa: ANN001
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str) and key in {
                    "displayName", "givenName", "surname", "jobTitle", "department", "firstName",
                    "lastName", "orgName", "name", "appDisplayName", "publisher",
                }:
                    names.update(WORD.findall(item))
                else:
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    with st.lock:
        for table in (st.users, st.groups, st.service_principals, st.applications,
                      st.application_templates, st.organization, st.webex_people):
            walk(table)
    return names


def english_words(text: str, allowed: set[str]) -> list[str]:
    return [w for w in WORD.findall(STRIP.sub(" ", text)) if w not in allowed and len(w) > 1]


@pytest.mark.sim(state="configured")
@pytest.mark.parametrize("lang", ["ko", "ja", "zh_CN"])
def test_no_english_on_any_window(qapp, qtbot, simulator, tmp_path, lang) -> None:
    shown: list[tuple[str, str]] = []
    with look(qapp, lang, dark=False):
        for name, window in every_window(qtbot, simulator, tmp_path):
            shown += [(f"{name} {type(w).__name__}", t) for w, t in widget_texts(window)]
    assert len(shown) > 300  # the walk saw the windows' texts
    allowed = PROPER_NAMES | directory_names(simulator)  # after the walk added its app
    left: dict[str, set[str]] = {}
    for where, text in shown:
        words = english_words(text, allowed)
        if words:
            left.setdefault(f"{where}: {text[:160]!r}", set()).update(words)
    assert not left, "English left on screen:\n" + "\n".join(
        f"  {where} -> {sorted(words)}" for where, words in sorted(left.items())
    )


def test_the_scan_finds_english_and_spares_names() -> None:
    allowed = PROPER_NAMES | {"Megan", "Bowen"}
    assert english_words("역할: Global Administrator", allowed) == ["Global", "Administrator"]
    assert english_words("프로비저닝 작업: Active", allowed) == ["Active"]
    kept = "Megan Bowen (megan@contoso.example) · 개체 ID 3f2c1a52-1d3e-4c7b-9d0a-6a0f3e3b8c21"
    assert english_words(kept, allowed) == []
    assert english_words("https://admin.webex.com 의 Control Hub · 다음(N)", allowed) == []
    assert english_words("조직 5ec91763-c670-4609-aac1-33ac51b8d962의 비밀", allowed) == []
    assert english_words("TrackingID: SIM_756fd479-ae90-4cbb-a4bb-fef9735024d1", allowed) == []
    assert english_words("토큰 uHW5…7ece", allowed) == []
