"""The Korean, Japanese and Simplified Chinese catalogues: complete, safe to format, and built.

Why these checks: a translation is formatted with ``.format(**params)`` at display time, so a
lost or renamed ``{placeholder}`` raises (and the UI falls back to English); an unfinished
message is silently shown in English; a stale ``.qm`` ships last week's words. Each test reads
the ``.ts`` files lupdate maintains, and the ``.qm`` files ``make translations`` builds.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - the project's own files
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS_DIR = ROOT / "resources" / "translations"
LANGS = {"ko": "ko_KR", "ja": "ja_JP", "zh_CN": "zh_CN"}

PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d+")
ACCEL_RE = re.compile(r"&([A-Za-z0-9])")
TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
#: Product names and other strings that are the same in every language.
SAME_IN_EVERY_LANGUAGE = {
    "Webex",
    "Webex for Government (FedRAMP)",
    "SCIM",
    "Microsoft Graph",
    "Control Hub",
    "Control Hub: {url}",
    "TrackingID: {id}",  # Webex's own label for its support id, as Control Hub shows it
    "appId {app_id}",  # Microsoft Graph's property name, as the Entra admin center shows it
}

#: Terms the localized Microsoft and Cisco admin consoles use (docs/translations.md#terminology):
#: when the English names the concept, the translation must use the console's word for it. Case
#: matters ("TENANT:ORG" is a command-line placeholder, not the concept).
GLOSSARY: dict[str, dict[str, str]] = {
    r"\b[Ee]nterprise app": {
        "ko": "엔터프라이즈 애플리케이션",
        "ja": "エンタープライズ アプリケーション",
        "zh_CN": "企业应用程序",
    },
    r"\b[Pp]rovision": {"ko": "프로비저닝", "ja": "プロビジョニング", "zh_CN": "预配"},
    r"\b[Tt]enant\b": {"ko": "테넌트", "ja": "テナント", "zh_CN": "租户"},
    r"\bGlobal Administrator": {"ko": "전역 관리자", "ja": "グローバル管理者", "zh_CN": "全局管理员"},
    r"\bCloud Application Administrator": {
        "ko": "클라우드 애플리케이션 관리자",
        "ja": "クラウド アプリケーション管理者",
        "zh_CN": "云应用程序管理员",
    },
    r"\b[Ff]ull [Aa]dministrator": {"ko": "전체 관리자", "ja": "フル管理者", "zh_CN": "完全管理员"},
    r"\b[Aa]dmin consent": {"ko": "관리자 동의", "ja": "管理者の同意", "zh_CN": "管理员同意"},
    r"\bRetry\b": {"ko": "다시 시도", "ja": "再試行", "zh_CN": "重试"},
}
#: Spellings the consoles do not use (older docs and help articles do): one product, one word.
#: Regular expressions, per language.
FORBIDDEN: dict[str, list[str]] = {
    "ko": ["응용 ?프로그램", "기업 응용", "프로비전", "구축", "어플리케이션", "지정된 사용자"],
    "ja": [
        "エンタープライズアプリケーション",
        "プロビジョン",
        "サインオン ウィンドウ",
        "ユーザ(?!ー)",
        "サーバ(?!ー)",
        "コンピュータ(?!ー)",
        "ブラウザ(?!ー)",
    ],
    "zh_CN": ["供应", "预置", "账户", "登陆", "租用户"],
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    translation: str
    kind: str
    numerus: bool
    forms: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def ts_path(lang: str) -> Path:
    return TS_DIR / f"wizard_{lang}.ts"


def messages(lang: str) -> list[Message]:
    """Live messages: lupdate keeps vanished/obsolete ones for reuse, lrelease never ships them."""
    root = ET.parse(ts_path(lang)).getroot()  # noqa: S314
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            kind = tr.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            found.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    comment=msg.findtext("comment"),
                    translation=tr.text or "" if not forms else forms[0],
                    kind=kind,
                    numerus=msg.get("numerus") == "yes",
                    forms=forms,
                )
            )
    return found


def finished(lang: str) -> list[Message]:
    """What ships: the quality checks below look at these (unfinished ones fail on their own)."""
    return [m for m in messages(lang) if m.kind != "unfinished"]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER_RE.findall(text))


@pytest.fixture(scope="module", params=list(LANGS))
def lang(request) -> str:
    return request.param


def test_the_file_is_the_language_it_claims(lang) -> None:
    root = ET.parse(ts_path(lang)).getroot()  # noqa: S314
    assert root.get("language") == LANGS[lang]
    assert len(messages(lang)) > 250  # all pages' strings, not an empty shell


def test_every_message_is_finished(lang) -> None:
    unfinished = [m.where for m in messages(lang) if m.kind == "unfinished"]
    empty = [m.where for m in messages(lang) if not m.translation.strip()]
    assert unfinished == [], f"{len(unfinished)} unfinished in {lang}"
    assert empty == []


def test_placeholders_survive_translation(lang) -> None:
    broken = [
        (m.where, placeholders(m.translation))
        for m in finished(lang)
        for form in (m.forms or (m.translation,))
        if placeholders(m.source) != placeholders(form)
    ]
    assert broken == []


def test_every_translation_formats_with_the_sources_parameters(lang) -> None:
    """What the UI does: ``.format(**params)``; stray braces would raise at display time."""
    for m in finished(lang):
        params = {p.strip("{}"): "X" for p in placeholders(m.source) if p.startswith("{")}
        m.translation.format(**params)


def test_accelerators_tags_and_line_breaks_are_kept(lang) -> None:
    for m in finished(lang):
        for key in ACCEL_RE.findall(m.source.replace("&&", "")):
            # CJK convention (Microsoft's and Qt's own catalogues): "다음(&N)".
            assert f"&{key}".lower() in m.translation.lower(), m.where
        assert sorted(TAG_RE.findall(m.source)) == sorted(TAG_RE.findall(m.translation)), m.where
        assert m.source.count("\n") == m.translation.count("\n"), m.where


def test_nothing_is_left_in_english(lang) -> None:
    def has_words(text: str) -> bool:
        return bool(re.search(r"[A-Za-z]", PLACEHOLDER_RE.sub("", text)))

    same = [
        m.where
        for m in finished(lang)
        if m.translation == m.source
        and m.source not in SAME_IN_EVERY_LANGUAGE
        and has_words(m.source)
    ]
    assert same == []


def test_console_terminology_is_used(lang) -> None:
    wrong = []
    for m in finished(lang):
        for pattern, terms in GLOSSARY.items():
            if re.search(pattern, m.source) and terms[lang] not in m.translation:
                wrong.append((m.where, terms[lang]))
        wrong.extend((m.where, bad) for bad in FORBIDDEN[lang] if re.search(bad, m.translation))
    assert wrong == []


def test_product_names_stay_in_english(lang) -> None:
    names = ["Microsoft Entra ID", "Cisco Webex", "Control Hub", "Microsoft Graph", "SCIM"]
    lost = [
        (m.where, name)
        for m in finished(lang)
        for name in names
        if name in m.source and name not in m.translation
    ]
    assert lost == []


# ----------------------------------------------------------------------------- extraction
def _product_sources() -> list[Path]:
    return sorted(
        p for p in (ROOT / "wizard").rglob("*.py") if "simulator" not in p.relative_to(ROOT).parts
    )


def test_every_marked_string_can_be_collected_by_lupdate() -> None:
    """lupdate reads literals only: a marker around a variable, or ``translate`` called through
    an alias named ``tr`` (read as ``tr(source, comment)``), leaves the text out of every
    catalogue and the admin sees English. Each hit names the file and line to fix."""
    lost = []
    for path in _product_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
            if name == "QT_TRANSLATE_NOOP" and not (len(literal) == 2 and all(literal)):
                lost.append(f"{where}: QT_TRANSLATE_NOOP needs two string literals")
            if name == "tr":
                # Qt's tr is a method (self.tr); lupdate reads a bare tr(...) as one with no
                # class context, or takes its first argument for the source text.
                lost.append(f"{where}: bare tr(...); call self.tr or QCoreApplication.translate")
        lost += [f"{hit}: inside an f-string; assign it first" for hit in _in_f_strings(tree, path)]
    assert lost == []


def _in_f_strings(tree: ast.AST, path: Path) -> list[str]:
    """Translation calls with literal text inside f-string expressions: lupdate does not parse
    f-strings, so their text never reaches the catalogues (the admin sees English)."""
    hits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for call in ast.walk(node):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in ("tr", "translate", "QT_TRANSLATE_NOOP") and any(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args
            ):
                hits.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    return hits


def _update_translations_tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_string_in_the_code_has_a_translation() -> None:
    """lupdate run over the code now (on copies of the .ts files): a string added, reworded or
    moved to another context since the catalogues were updated comes back unfinished."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, (
        "run tools/update_translations.py, then translate what it lists:\n" + result.stdout
    )


def test_an_update_carries_a_moved_string_to_its_new_context(tmp_path) -> None:
    """Text moved from one class to another keeps its translation; the old entry goes."""
    tool = _update_translations_tool()
    (tmp_path / "wizard").mkdir()
    (tmp_path / "wizard" / "page.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "QCoreApplication.translate('NewPage', 'Sign &in as {user}')\n"
        "QCoreApplication.translate('NewPage', 'Never translated')\n",
        encoding="utf-8",
    )
    ts = tmp_path / "wizard_ko.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="ko_KR">\n<context>\n    <name>OldPage</name>\n'
        "    <message>\n        <source>Sign &amp;in as {user}</source>\n"
        "        <translation>{user}(으)로 로그인(&amp;I)</translation>\n    </message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )

    [report] = tool.update([ts], root=tmp_path)

    assert report.carried == [("NewPage", "Sign &in as {user}")]
    assert report.unfinished == [("NewPage", "Never translated")]
    root = ET.parse(ts).getroot()  # noqa: S314
    found = {
        (c.findtext("name"), m.findtext("source")): m.find("translation")
        for c in root.iter("context")
        for m in c.iter("message")
    }
    moved = found.pop(("NewPage", "Sign &in as {user}"))
    assert moved.text == "{user}(으)로 로그인(&I)" and moved.get("type") is None
    assert found.pop(("NewPage", "Never translated")).get("type") == "unfinished"
    assert found == {}  # the vanished OldPage copy is dropped


def test_no_message_lost_its_context(lang) -> None:
    """lupdate's traces of the bare ``tr`` above (an empty context, or a context name taken for
    the source text): such an entry is never looked up at run time."""
    found = messages(lang)
    contexts = {m.context for m in found}
    orphans = [m.where + f" ({m.comment!r})" for m in found if not m.context or m.source in contexts]
    assert orphans == []


# ----------------------------------------------------------------------------- build (.qm)
def test_lrelease_reports_no_unfinished_messages(lang, tmp_path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(ROOT / ".venv" / "bin")))
    if lrelease is None:  # pragma: no cover - the venv always has it
        lrelease = shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease not found"
    out = subprocess.run(
        [lrelease, str(ts_path(lang)), "-qm", str(tmp_path / "out.qm")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"\((\d+) finished and (\d+) unfinished\)", out)
    assert match, out
    assert int(match.group(2)) == 0, out
    assert "untranslated" not in out, out


def test_built_catalogue_loads_and_matches_the_ts_file(lang) -> None:
    """The shipped ``.qm`` (``make translations``) is current: it gives every .ts translation."""
    from wizard.ui.i18n import CATALOG_DIR
    from wizard.ui.qt import QTranslator

    qm = CATALOG_DIR / f"wizard_{lang}.qm"
    assert qm.is_file(), f"{qm} missing: run `make translations`"
    translator = QTranslator()
    assert translator.load(f"wizard_{lang}", str(CATALOG_DIR))
    assert translator.language() == LANGS[lang]
    expected_title = {
        "ko": "Microsoft Entra ID를 Webex에 연결",
        "ja": "Microsoft Entra ID を Webex に接続",
        "zh_CN": "将 Microsoft Entra ID 连接到 Webex",
    }[lang]
    assert translator.translate("WelcomePage", "Connect Microsoft Entra ID to Webex") == expected_title
    stale = []
    for m in messages(lang):
        n = 1 if m.numerus else -1
        if translator.translate(m.context, m.source, m.comment, n) != m.translation:
            stale.append(m.where)
    assert stale == [], f"{qm.name} is older than the .ts file: run `make translations`"


def test_error_templates_translate_and_format(lang) -> None:
    """An error as the UI shows it: each part translated in context "errors", then formatted."""
    from wizard.core.errors import NetworkError
    from wizard.ui.i18n import CATALOG_DIR
    from wizard.ui.qt import QTranslator

    err = NetworkError.unreachable(
        "graph.microsoft.com", "connection refused", {"client-request-id": "0b9d3c2e"}
    )
    translator = QTranslator()
    assert translator.load(f"wizard_{lang}", str(CATALOG_DIR))
    text = err.render(lambda template: translator.translate("errors", template))
    what, why, fix, ids = text.split("\n")
    assert what == {
        "ko": "graph.microsoft.com에 연결할 수 없습니다.",
        "ja": "graph.microsoft.com に接続できませんでした。",
        "zh_CN": "无法连接到 graph.microsoft.com。",
    }[lang]
    assert "connection refused" in why and "HTTPS_PROXY" in fix
    assert {"ko": "다시 시도", "ja": "再試行", "zh_CN": "重试"}[lang] in fix
    assert ids == "client-request-id: 0b9d3c2e"


CJK_RE = "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
#: Parameters the UI always fills with translated (so, in these languages, CJK) words: setup role
#: names on pre-flight.
CJK_PARAMS = {"preflight": ("{role}", "{least}")}


@pytest.mark.parametrize("lang", ["ja", "zh_CN"])
def test_no_space_between_cjk_words_around_translated_parameters(lang) -> None:
    """'拥有 {role} 角色' reads '拥有 全局管理员 角色' once filled: Japanese and Chinese put a
    space only between CJK and Latin text, never between CJK words."""
    role = {m.source: m.translation for m in finished(lang) if m.context == "preflight"}[
        "Global Administrator"
    ]
    spaced = re.compile(f"{CJK_RE} +{CJK_RE}")
    bad = []
    for m in finished(lang):
        names = CJK_PARAMS.get(m.context, ())
        if any(name in m.translation for name in names):
            filled = m.translation
            for name in names:
                filled = filled.replace(name, role)
            if spaced.search(filled):
                bad.append(f"{m.where}: {filled}")
    assert not bad, "\n".join(bad)
