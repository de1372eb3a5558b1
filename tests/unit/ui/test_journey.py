"""The journey table the wizard, the step list and every page read: complete, in order, and
pointing at the classes whose translation context its headers use.

Read without Qt: the pages' modules are parsed, not imported.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.unit.ui.test_translations import LANGS, finished
from wizard.ui.journey import JOURNEY
from wizard.ui.page_ids import PageId

PAGES_DIR = Path(__file__).resolve().parents[3] / "wizard" / "ui" / "pages"


def test_every_page_once_in_the_wizards_order() -> None:
    assert list(JOURNEY) == list(PageId)
    assert all(page_id is stage.page_id for page_id, stage in JOURNEY.items())
    # Start comes before the journey: the only page without a step, and it leads to Welcome.
    assert [stage.page_id for stage in JOURNEY.values() if stage.step is None] == [PageId.START]
    assert JOURNEY[PageId.START].next is PageId.WELCOME
    assert [page_id for page_id, stage in JOURNEY.items() if stage.next is None] == [PageId.FINISH]


@pytest.mark.parametrize("page_id", list(PageId), ids=lambda page_id: page_id.name)
def test_each_row_names_the_class_declaring_that_page(page_id: PageId) -> None:
    stage = JOURNEY[page_id]
    tree = ast.parse((PAGES_DIR / f"{stage.module}.py").read_text(encoding="utf-8"))
    declared = {
        node.name: ast.unparse(item.value)
        for node in tree.body
        if isinstance(node, ast.ClassDef)
        for item in node.body
        if isinstance(item, ast.Assign) and ast.unparse(item.targets[0]) == "page_id"
    }
    assert declared.get(stage.cls) == f"PageId.{page_id.name}"


@pytest.mark.parametrize("lang", list(LANGS))
def test_headers_and_steps_are_translated_in_the_context_they_are_shown_in(lang: str) -> None:
    """BasePage translates a header in its page class's context and the step list in
    "StepList": a text marked under another context would stay English on screen."""
    shipped = {(m.context, m.source) for m in finished(lang)}
    wanted = {(stage.cls, text) for stage in JOURNEY.values() for text in (stage.title, stage.subtitle)}
    wanted |= {("StepList", stage.step) for stage in JOURNEY.values() if stage.step}
    assert sorted(wanted - shipped) == []
