"""Render the app icon (wizard/resources/icons/app.svg) for the installers, with Qt only.

Outputs, under the directory given (default build/icons):
  hicolor/<N>x<N>/apps/webex-scim-wizard.png   the Linux icon theme sizes (.deb, AppImage)
  hicolor/scalable/apps/webex-scim-wizard.svg  the source itself
  webex-scim-wizard.ico                         Windows (PyInstaller EXE icon, Inno Setup)
  webex-scim-wizard.icns                        macOS (PyInstaller BUNDLE icon)

Qt's own image plugins (qico, qicns) write the Windows and macOS formats, so the same script runs
on every build machine and needs nothing beyond the locked build dependencies.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "wizard" / "resources" / "icons" / "app.svg"
NAME = "webex-scim-wizard"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def save(image: QImage, path: Path, fmt: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(image):
        raise SystemExit(f"cannot write {path}: {writer.errorString()}")


def main(out: Path) -> None:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    for size in HICOLOR_SIZES:
        save(render(renderer, size), out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png", "png")
    scalable = out / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    save(render(renderer, 256), out / f"{NAME}.ico", "ico")
    save(render(renderer, 512), out / f"{NAME}.icns", "icns")
    print(f"icons written to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons")
