"""Screenshots of every window in English, Korean, Japanese and Simplified Chinese, on a light
and on a dark palette: ``make screenshots`` writes them to
``tests/artifacts/screenshots/<lang>_<light|dark>/<name>.png`` for a human to look at.

The assertions catch the mechanical failures only: a grab that is empty or one flat colour.
"""

from __future__ import annotations

import os

import pytest

from tests.gui.page_walk import LANGUAGES, every_window, look
from wizard.ui.qt import QImage

pytestmark = pytest.mark.gui


@pytest.mark.sim(state="configured")
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_window_in_each_language_and_palette(
    qapp, qtbot, simulator, tmp_path, artifacts_dir, lang, theme
) -> None:
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    suffix = "" if scale in ("", "1") else f"_x{scale}"  # make screenshots' 200 % sets
    directory = artifacts_dir / "screenshots" / f"{lang}_{theme}{suffix}"
    directory.mkdir(parents=True, exist_ok=True)
    names = []
    with look(qapp, lang, dark=theme == "dark"):
        for name, window in every_window(qtbot, simulator, tmp_path):
            qapp.processEvents()
            path = directory / f"{name}.png"
            assert window.grab().save(str(path)), path
            image = QImage(str(path))
            dx, dy = max(1, image.width() // 60), max(1, image.height() // 40)  # small dialogs too
            colours = {
                image.pixel(x, y)
                for x in range(0, image.width(), dx)
                for y in range(0, image.height(), dy)
            }
            assert len(colours) > 3, f"{path} looks blank"
            names.append(name)
    assert len(names) == len(set(names)) >= 20
