"""The step list down the side: a name that wraps continues under its own first word.

Korean and Japanese "Cisco Webex app" take two lines at the list's width. The mark (▶, ✓) has a
column of its own, so the second line starts where the name starts, not at the list's edge under
the mark (a hanging indent); the mark stays on the name's first baseline, nothing is clipped and
the list keeps its width.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from tests.gui.page_walk import look
from wizard.ui.page_ids import PageId
from wizard.ui.qt import QImage, QPoint
from wizard.ui.step_list import WIDTH, StepList

pytestmark = pytest.mark.gui

DONE = [PageId.WELCOME, PageId.ENVIRONMENT, PageId.MS_SIGNIN, PageId.PREFLIGHT]
#: A pixel is ink when its lightness differs this much from the list's background.
INK = 80


@contextlib.contextmanager
def shown(qapp, qtbot, lang: str) -> Iterator[StepList]:  # noqa: ANN001
    """The list in *lang* on a light palette, at the Gallery step (its long name marked ▶)."""
    with look(qapp, lang, dark=False):
        widget = StepList()
        qtbot.addWidget(widget)
        widget.resize(WIDTH, 600)
        widget.show()
        qtbot.waitExposed(widget)
        widget.show_position(PageId.GALLERY, DONE)
        qapp.processEvents()
        yield widget
        widget.close()


@pytest.fixture
def steps(qapp, qtbot, request) -> Iterator[StepList]:
    with shown(qapp, qtbot, request.param) as widget:
        yield widget


def ink_lines(image: QImage, top: int, bottom: int, x0: int = 0, x1: int = WIDTH) -> list[list[int]]:
    """Per line of text between *top* and *bottom*: the x of every inked column, in order."""
    background = image.pixelColor(1, top).lightness()

    def inked(x: int, y: int) -> bool:
        return abs(image.pixelColor(x, y).lightness() - background) > INK

    lines: list[set[int]] = []
    blank_before = True
    for y in range(top, bottom):
        xs = {x for x in range(x0, x1) if inked(x, y)}
        if xs and blank_before:
            lines.append(set())
        if xs:
            lines[-1] |= xs
        blank_before = not xs
    return [sorted(xs) for xs in lines]


def ink_bottom(image: QImage, top: int, bottom: int, x0: int, x1: int) -> int:
    background = image.pixelColor(1, top).lightness()
    return max(
        y
        for y in range(top, bottom)
        for x in range(x0, x1)
        if abs(image.pixelColor(x, y).lightness() - background) > INK
    )


def first_cluster_end(xs: list[int]) -> int:
    """The last x of the first run of inked columns (the mark, on a marked line)."""
    end = xs[0]
    for x in xs[1:]:
        if x > end + 2:  # a gap of blank columns: the mark ended
            break
        end = x
    return end


def top_of(widget, steps: StepList) -> int:  # noqa: ANN001
    return widget.mapTo(steps, QPoint(0, 0)).y()


@pytest.mark.parametrize("steps", ["ko", "ja"], indirect=True)
def test_a_wrapped_name_continues_under_its_first_word(steps) -> None:
    row = steps.labels[PageId.GALLERY]
    assert row.text().startswith("▶")
    top = top_of(row, steps)
    lines = ink_lines(steps.grab().toImage(), top, top + row.height())
    assert len(lines) >= 2, "the name should take two lines at this width"
    first, second = lines[0], lines[1]
    mark_end = first_cluster_end(first)
    name_start = next(x for x in first if x > mark_end + 2)
    # The second line starts under the name's first glyph (side bearings differ by a pixel or
    # two), right of the mark; before, it started at the list's edge, where the mark starts.
    assert second[0] > mark_end, (first[0], mark_end, name_start, second[0])
    assert abs(second[0] - name_start) <= 3, (first[0], mark_end, name_start, second[0])


@pytest.mark.parametrize("steps", ["en", "ko", "ja", "zh_CN"], indirect=True)
def test_names_share_one_column_beside_the_marks_and_are_not_clipped(steps) -> None:
    assert steps.width() == WIDTH
    lefts = set()
    right_edge = steps.contentsRect().right() - steps.layout().contentsMargins().right()
    for row in steps.labels.values():
        mark, title = row.mark, row.title
        left = title.mapTo(steps, QPoint(0, 0)).x()
        lefts.add(left)
        assert left > mark.mapTo(steps, QPoint(mark.width(), 0)).x() - 1, title.text()
        assert title.mapTo(steps, QPoint(title.width(), 0)).x() <= right_edge + 1, title.text()
        assert title.height() >= title.heightForWidth(title.width()), title.text()  # all lines shown
    assert len(lefts) == 1, lefts  # marked or not, every name starts at the same x


@pytest.mark.parametrize("lang", ["ko", "ja"])
def test_the_mark_sits_on_the_names_baseline(qapp, qtbot, lang) -> None:
    """A line with Hangul or kana is taller (the CJK font's ascent): the ✓ drops with the name.
    Measured against the English row, where mark and name share one font: the ✓ ends as far
    above the bottom of the "M" of "Microsoft" in every language."""

    def mark_above_m(language: str) -> int:
        with shown(qapp, qtbot, language) as steps:
            row = steps.labels[PageId.MS_SIGNIN]
            assert row.text().startswith("✓") and row.title.text().startswith("Microsoft")
            image, top = steps.grab().toImage(), top_of(row, steps)
            mark_x = row.mark.mapTo(steps, QPoint(0, 0)).x()
            title_x = row.title.mapTo(steps, QPoint(0, 0)).x()
            m_width = row.title.fontMetrics().horizontalAdvance("M")
            bottom = top + row.title.fontMetrics().lineSpacing() + 6  # the first line only
            mark = ink_bottom(image, top, bottom, mark_x, mark_x + row.mark.width())
            return ink_bottom(image, top, bottom, title_x, title_x + m_width) - mark

    assert mark_above_m(lang) == mark_above_m("en")


@pytest.mark.parametrize("steps", ["en", "ko", "ja", "zh_CN"], indirect=True)
def test_short_names_keep_to_one_line(steps, qapp) -> None:
    """The mark's column costs no name a line it did not need: all English names, and every
    name but "Cisco Webex app" in Korean, Japanese and Chinese, fit on one line in any state."""
    for current in steps.labels:
        steps.show_position(current, list(steps.labels)[: list(steps.labels).index(current)])
        qapp.processEvents()
        for page_id, row in steps.labels.items():
            if page_id is PageId.GALLERY and row.title.text() != "Cisco Webex app":
                continue  # the one long name, in CJK
            lines = row.title.height() // row.title.fontMetrics().lineSpacing()
            assert lines == 1, (row.text(), row.title.height())
