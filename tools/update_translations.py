"""Refresh the translation catalogues (``resources/translations/*.ts``) from the source strings.

The ``.ts`` files are the one place the Korean, Japanese and Simplified Chinese texts live:
translators edit them in Qt Linguist or by hand, and ``make translations`` builds the ``.qm``
files the app loads (pyside6-lrelease). This script runs pyside6-lupdate over ``wizard/`` (not
the simulator, whose pages stand in for Microsoft's and Cisco's and stay in English), which adds
new strings as unfinished and keeps removed ones as vanished, with their translations, for reuse.

Then it carries translations over where text only moved: Qt keys a translation by (context,
source text), so a string moved to another class or ``translate("Context", ...)`` context comes
back from lupdate unfinished although its English is translated elsewhere in the file. When every
translation of that English agrees, it is copied to the new context, and a vanished copy of it
is dropped (its translation lives on in the new context). What is still unfinished is listed:
those need a translator; docs/translations.md has the terminology.

Usage::

    .venv/bin/python tools/update_translations.py          # update the .ts files, list the rest
    .venv/bin/python tools/update_translations.py --check  # write nothing; exit 1 if a string
                                                           # in the code has no translation
"""

from __future__ import annotations

import argparse
import copy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # noqa: S405 - the project's own files
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
DEAD = ("vanished", "obsolete")


def product_sources(root: Path = ROOT) -> list[Path]:
    """Every module whose strings the admin can see, relative to *root*."""
    return sorted(
        p.relative_to(root)
        for p in (root / "wizard").rglob("*.py")
        if "simulator" not in p.relative_to(root).parts
    )


def ts_files(ts_dir: Path = TS_DIR) -> list[Path]:
    return sorted(ts_dir.glob("wizard_*.ts"))


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project with pip install -e '.[test]'")
    return found


def lupdate(files: list[Path], root: Path = ROOT) -> str:
    """Merge the code's strings into *files*; lupdate keeps every existing translation."""
    command = [_tool("pyside6-lupdate"), *map(str, product_sources(root)), "-ts", *map(str, files)]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


@dataclass
class Report:
    path: Path
    carried: list[tuple[str, str]] = field(default_factory=list)
    unfinished: list[tuple[str, str]] = field(default_factory=list)
    ambiguous: list[tuple[str, str]] = field(default_factory=list)
    dropped: int = 0


def _kind(message: ET.Element) -> str:
    translation = message.find("translation")
    return "" if translation is None else translation.get("type", "")


def _has_text(translation: ET.Element) -> bool:
    forms = list(translation.iter("numerusform"))
    return (
        any((f.text or "").strip() for f in forms)
        if forms
        else bool((translation.text or "").strip())
    )


def _key(message: ET.Element) -> tuple[str, bool]:
    return message.findtext("source") or "", message.get("numerus") == "yes"


def _value(translation: ET.Element) -> tuple[str, ...]:
    forms = list(translation.iter("numerusform"))
    return tuple(f.text or "" for f in forms) if forms else (translation.text or "",)


def carry_over(tree: ET.ElementTree, report: Report) -> bool:
    """Give unfinished messages the translation their English has elsewhere; True if changed."""
    root = tree.getroot()
    known: dict[tuple[str, bool], dict[tuple[str, ...], ET.Element]] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and _kind(message) != "unfinished" and _has_text(translation):
            known.setdefault(_key(message), {}).setdefault(_value(translation), translation)
    changed = False
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if _kind(message) != "unfinished":
                continue
            where = (name, message.findtext("source") or "")
            candidates = known.get(_key(message), {})
            if len(candidates) != 1:
                (report.ambiguous if candidates else report.unfinished).append(where)
                continue
            [donor] = candidates.values()
            translation = message.find("translation")
            assert translation is not None
            tail = translation.tail
            translation.clear()  # drops type="unfinished" too
            translation.text, translation.tail = donor.text, tail
            translation.extend(copy.deepcopy(form) for form in donor)
            report.carried.append(where)
            changed = True
    return _drop_moved(root, report) or changed


def _drop_moved(root: ET.Element, report: Report) -> bool:
    """Vanished messages whose English is live and translated in another context are dropped."""
    live = {
        _key(m)
        for m in root.iter("message")
        if _kind(m) not in (*DEAD, "unfinished") and _has_text(m.find("translation"))  # type: ignore[arg-type]
    }
    before = report.dropped
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if _kind(message) in DEAD and _key(message) in live:
                context.remove(message)
                report.dropped += 1
        if context.find("message") is None:
            root.remove(context)
    return report.dropped != before


def update(files: list[Path], root: Path = ROOT) -> list[Report]:
    """lupdate, carry translations over, and lupdate again to write lupdate's own layout."""
    lupdate(files, root)
    reports = []
    for path in files:
        report = Report(path)
        tree = ET.parse(path)  # noqa: S314
        if carry_over(tree, report):
            tree.write(path, encoding="utf-8", xml_declaration=True)
        reports.append(report)
    lupdate(files, root)
    return reports


def check(ts_dir: Path = TS_DIR, root: Path = ROOT) -> list[Report]:
    """What an update would find, on copies: the committed files stay as they are."""
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for path in ts_files(ts_dir):
            copies.append(Path(tmp) / path.name)
            shutil.copy(path, copies[-1])
        lupdate(copies, root)
        reports = []
        for copy in copies:
            report = Report(copy)
            carry_over(ET.parse(copy), report)  # noqa: S314
            reports.append(report)
        return reports


def print_report(report: Report, *, checking: bool) -> None:
    carried = "would be carried over" if checking else "carried over"
    print(
        f"{report.path.name}: {len(report.carried)} {carried} to a new context, "
        f"{len(report.unfinished) + len(report.ambiguous)} to translate"
    )
    for context, source in report.carried:
        print(f"  {carried}: [{context}] {source!r}")
    for context, source in report.ambiguous:
        print(f"  translated differently elsewhere, choose: [{context}] {source!r}")
    for context, source in report.unfinished:
        print(f"  needs a translation: [{context}] {source!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; fail if unfinished")
    args = parser.parse_args(argv)
    reports = check() if args.check else update(ts_files())
    for report in reports:
        print_report(report, checking=args.check)
    if args.check:
        # The committed files must already hold everything: carried-over ones count as missing.
        return 1 if any(r.carried or r.unfinished or r.ambiguous for r in reports) else 0
    return 1 if any(r.unfinished or r.ambiguous for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
