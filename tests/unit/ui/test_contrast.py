"""Status colours read on both palettes: at least 4.5:1 against the window background (WCAG 2.1
success criterion 1.4.3, https://www.w3.org/TR/WCAG21/#contrast-minimum).

The light set is checked against the darkest light window background of the platforms we ship
on and against the light palette in use; the dark set against the dark palette's window (and
its base, where list rows are drawn).
"""

from __future__ import annotations

import pytest

from wizard.ui.qt import QApplication, QColor, QPalette
from wizard.ui.style import (
    DARKEST_LIGHT_WINDOW,
    STATUS_COLOURS,
    colour,
    contrast,
    dark_palette,
    is_dark,
    stylesheet,
)

MINIMUM = 4.5


def test_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("kind", sorted(STATUS_COLOURS[False]))
def test_light_status_colours_on_light_windows(kind) -> None:
    for background in ("#ffffff", "#f0f0f0", DARKEST_LIGHT_WINDOW):
        ratio = contrast(STATUS_COLOURS[False][kind], background)
        assert ratio >= MINIMUM, (kind, background, round(ratio, 2))


@pytest.mark.parametrize("kind", sorted(STATUS_COLOURS[True]))
def test_dark_status_colours_on_the_dark_palette(kind) -> None:
    palette = dark_palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        background = palette.color(role).name()
        ratio = contrast(STATUS_COLOURS[True][kind], background)
        assert ratio >= MINIMUM, (kind, background, round(ratio, 2))


def test_the_old_hard_coded_colours_would_fail_on_dark() -> None:
    """Why the colour follows the palette: the light theme's green and red on a dark window."""
    window = dark_palette().color(QPalette.ColorRole.Window).name()
    assert contrast("#1a7f37", window) < MINIMUM and contrast("#b42318", window) < MINIMUM


def test_the_colour_follows_the_palette(qapp) -> None:
    assert is_dark(dark_palette())
    assert colour("error", dark_palette()) == STATUS_COLOURS[True]["error"]
    light = QApplication.style().standardPalette()
    assert not is_dark(light)
    assert colour("ok", light) == STATUS_COLOURS[False]["ok"]
    window = light.color(QPalette.ColorRole.Window).name()
    assert all(contrast(c, window) >= MINIMUM for c in STATUS_COLOURS[False].values())
    assert STATUS_COLOURS[True]["error"] in stylesheet(True)
    assert STATUS_COLOURS[False]["error"] in stylesheet(False)


def test_dark_palette_text_and_indicators_read() -> None:
    """Text on every surface, and the radio/check indicator's frame against the base it sits on."""
    palette = dark_palette()
    r = QPalette.ColorRole
    for fg, bg in ((r.WindowText, r.Window), (r.Text, r.Base), (r.ButtonText, r.Button),
                   (r.PlaceholderText, r.Base), (r.HighlightedText, r.Highlight)):
        ratio = contrast(palette.color(fg).name(), palette.color(bg).name())
        assert ratio >= MINIMUM, (fg, bg, round(ratio, 2))
    # Non-text contrast (1.4.11): the indicator outline at least 3:1 against the window.
    assert contrast(palette.color(r.Mid).name(), palette.color(r.Window).name()) >= 3.0


def test_dark_sheet_outlines_radio_buttons_check_boxes_and_fields() -> None:
    """Fusion outlines them with the window colour made darker: invisible on a dark window."""
    sheet = stylesheet(True)
    window = dark_palette().color(QPalette.ColorRole.Window).name()
    for outline in ("#b4b4b4", "#8a8a8a"):
        assert outline in sheet and contrast(outline, window) >= 3.0
    assert "QRadioButton::indicator" in sheet and "QCheckBox::indicator" in sheet
    assert "QRadioButton::indicator" not in stylesheet(False)  # the light theme stays native


@pytest.fixture
def look_of(qapp):
    """``look_of(dark)``: the palette and style sheet the app runs with; restored afterwards."""
    palette, sheet = qapp.palette(), qapp.styleSheet()

    def use(dark: bool) -> QPalette:
        qapp.setPalette(dark_palette() if dark else QApplication.style().standardPalette())
        qapp.setStyleSheet(stylesheet(dark))
        return qapp.palette()

    yield use
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def seen(foreground: QColor, background: QColor) -> str:
    """The colour a (possibly half-transparent) text colour shows on *background*."""
    a = foreground.alphaF()
    pairs = zip(foreground.getRgbF()[:3], background.getRgbF()[:3], strict=True)
    mixed = [f * a + b * (1 - a) for f, b in pairs]
    return QColor.fromRgbF(*mixed).name()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_review_greys_skipped_steps_with_a_readable_colour(look_of, dark) -> None:
    """Review's "already set up" rows: mark, title and state at 4.5:1 on the window, like the
    muted text of the other pages (Fusion's light placeholder text, black at half opacity, came
    to 3.9:1 on its window)."""
    from wizard.flows.setup import Step
    from wizard.ui.pages.review import PlanRow

    palette = look_of(dark)
    row = PlanRow(0, Step("start_job", "Start provisioning", "POST …/start", "skipped"))
    backgrounds = [palette.color(QPalette.ColorRole.Window)]
    if not dark:
        backgrounds += [QColor("#ffffff"), QColor(DARKEST_LIGHT_WINDOW)]
    for widget in (row.mark, row.title, row.state):
        widget.ensurePolished()
        text = widget.palette().color(widget.foregroundRole())
        for background in backgrounds:
            ratio = contrast(seen(text, background), background.name())
            assert ratio >= MINIMUM, (widget.objectName(), text.name(QColor.NameFormat.HexArgb),
                                      background.name(), round(ratio, 2))
        assert text.name() == STATUS_COLOURS[dark]["muted"]  # the one muted colour
