"""Fill the Qt Linguist ``.ts`` files from the reviewed catalogue in ``tools/ts_catalog.py``.

Why a script and not Qt Linguist: the three languages are reviewed side by side in one Python
file, and every lupdate run (new strings from other pages) can be followed by one command that
fills what is new. The ``.ts`` files stay the source of truth for lrelease and for translators
who prefer Linguist: by default only *unfinished* messages are filled, so an edit made in
Linguist is never overwritten unless ``--overwrite`` is given.

The rewrite is textual, message by message, so the rest of the file (locations, comments,
lupdate's indentation and escaping) stays byte-for-byte what lupdate wrote; the result is
parsed again with ElementTree before it is saved.

Usage::

    .venv/bin/python tools/fill_ts.py resources/translations/*.ts            # fill new ones
    .venv/bin/python tools/fill_ts.py --overwrite resources/translations/*.ts
    .venv/bin/python tools/fill_ts.py --check resources/translations/*.ts    # CI-style check
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own files, not untrusted input
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ts_catalog import CATALOG, CONTEXT_CATALOG, Entry  # noqa: E402

#: ``wizard_<lang>.ts`` -> the Entry attribute holding that language.
LANG_FIELDS = {"ko": "ko", "ja": "ja", "zh_CN": "zh_CN"}

CONTEXT_RE = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
MESSAGE_RE = re.compile(r"(?P<open><message(?P<attrs>[^>]*)>)(?P<body>.*?)(?P<close></message>)", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
TRANSLATION_RE = re.compile(
    r"<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S
)
TYPE_RE = re.compile(r'\btype="(?P<type>[^"]*)"')

PLACEHOLDER_RE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d+")
ACCEL_RE = re.compile(r"&([A-Za-z0-9])")
TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")


def escape(text: str) -> str:
    """lupdate's escaping, so a filled file diffs cleanly against a later lupdate run."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER_RE.findall(text))


def problems(source: str, translation: str) -> list[str]:
    """What would break at run time or confuse the admin if *translation* were used."""
    found = []
    if not translation.strip():
        found.append("empty")
    if placeholders(source) != placeholders(translation):
        found.append(f"placeholders {placeholders(source)} != {placeholders(translation)}")
    keys = {k.lower() for k in ACCEL_RE.findall(source.replace("&&", ""))}
    if keys != {k.lower() for k in ACCEL_RE.findall(translation.replace("&&", ""))}:
        # CJK convention (Microsoft's and Qt's own catalogues): "다음(&N)", same letter.
        found.append("keyboard accelerator (&) added, lost or changed")
    if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(translation)):
        found.append("HTML tags differ")
    if source.count("\n") != translation.count("\n"):
        found.append("line breaks differ")
    return found


@dataclass
class Report:
    path: Path
    filled: int = 0
    kept: int = 0
    missing: list[tuple[str, str]] = field(default_factory=list)
    invalid: list[tuple[str, str, list[str]]] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    unfinished: int = 0


def lookup(context: str, source: str) -> Entry | None:
    return CONTEXT_CATALOG.get((context, source)) or CATALOG.get(source)


def fill_text(text: str, lang: str, *, overwrite: bool, report: Report) -> str:
    attr = LANG_FIELDS[lang]

    def fill_message(context: str, match: re.Match[str]) -> str:
        body = match.group("body")
        tr = TRANSLATION_RE.search(body)
        src = SOURCE_RE.search(body)
        if tr is None or src is None:
            return match.group(0)
        type_match = TYPE_RE.search(tr.group("attrs") or "")
        kind = type_match.group("type") if type_match else ""
        if kind in ("vanished", "obsolete"):
            return match.group(0)  # kept by lupdate for reuse; never compiled
        source = html.unescape(src.group("text"))
        if not context or source in context_names:
            # lupdate lost the context (a ``tr`` alias in the code): Qt would never look this
            # entry up, so filling it would only hide the bug. Reported, left unfinished.
            report.lost.append(source)
            report.unfinished += 1
            return match.group(0)
        current = tr.group("text") or ""
        finished = kind != "unfinished" and bool(re.sub(r"<[^>]+>", "", current).strip())
        entry = lookup(context, source)
        if entry is None:
            if not finished:
                report.missing.append((context, source))
                report.unfinished += 1
            return match.group(0)
        if finished and not overwrite:
            report.kept += 1
            return match.group(0)
        value: str = getattr(entry, attr)
        issues = problems(source, value)
        if issues:
            report.invalid.append((context, source, issues))
            if not finished:
                report.unfinished += 1
            return match.group(0)
        numerus = 'numerus="yes"' in match.group("attrs")
        if numerus:
            # ko/ja/zh_CN have a single plural form (Qt's numerus rules for these languages).
            indent = "\n            "
            inner = f"{indent}<numerusform>{escape(value)}</numerusform>\n        "
        else:
            inner = escape(value)
        new_translation = f"<translation>{inner}</translation>"
        if tr.group(0) != new_translation:
            report.filled += 1
        new_body = body[: tr.start()] + new_translation + body[tr.end() :]
        return match.group("open") + new_body + match.group("close")

    # A source that is itself a context name ("ApplyPage") is the other trace of that bug.
    context_names = {html.unescape(m.group("name")) for m in CONTEXT_RE.finditer(text)}

    def fill_context(match: re.Match[str]) -> str:
        context = html.unescape(match.group("name"))
        body = MESSAGE_RE.sub(lambda m: fill_message(context, m), match.group("body"))
        start, end = match.span("body")
        whole = match.group(0)
        offset = match.start()
        return whole[: start - offset] + body + whole[end - offset :]

    return CONTEXT_RE.sub(fill_context, text)


def lang_of(path: Path) -> str:
    stem = path.stem  # wizard_ko, wizard_zh_CN
    lang = stem.split("_", 1)[1] if "_" in stem else ""
    if lang not in LANG_FIELDS:
        raise SystemExit(f"{path}: cannot tell the language from the file name")
    return lang


def process(path: Path, *, overwrite: bool, check: bool) -> Report:
    report = Report(path)
    original = path.read_text(encoding="utf-8")
    updated = fill_text(original, lang_of(path), overwrite=overwrite, report=report)
    ET.fromstring(updated.encode("utf-8"))  # noqa: S314 - refuse to save a file lupdate can't read
    if not check and updated != original:
        path.write_text(updated, encoding="utf-8")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--overwrite", action="store_true", help="also replace finished messages")
    parser.add_argument("--check", action="store_true", help="write nothing; fail if unfinished")
    args = parser.parse_args(argv)
    failed = False
    for path in args.files:
        report = process(path, overwrite=args.overwrite, check=args.check)
        print(
            f"{path.name}: {report.filled} filled, {report.kept} kept, "
            f"{report.unfinished} unfinished"
        )
        for context, source in report.missing:
            print(f"  no catalogue entry: [{context}] {source!r}")
        for source in report.lost:
            print(f"  no context (fix the tr alias in the code): {source!r}")
        for context, source, issues in report.invalid:
            print(f"  rejected [{context}] {source!r}: {'; '.join(issues)}")
        failed |= bool(report.unfinished or report.invalid)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
