"""Writes PNG screenshots of the main windows: `python -m rsdesk.gui.screenshots OUTDIR`.

Runs offscreen when no display is set, so it works on a build machine and under Xvfb alike.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from rsdesk.gui.requests.shots import request_shots
from rsdesk.gui.roster.shots import roster_shots
from rsdesk.settings import Settings


def shoot(widget: object, path: Path) -> Path:
    from rsdesk.gui.qt import QApplication

    QApplication.processEvents()
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def take_screenshots(out_dir: Path, languages: tuple[str, ...] = ("ru", "en")) -> list[Path]:
    from rsdesk.gui.about import AboutDialog
    from rsdesk.gui.app import create_app
    from rsdesk.gui.areas import AREAS
    from rsdesk.gui.language import install_language
    from rsdesk.gui.main_window import MainWindow

    create_app([sys.argv[0]])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in languages:
        install_language(language)
        window = MainWindow(Settings(language=language))
        window.resize(1040, 680)
        window.show()
        for index, area in enumerate(AREAS):
            window.show_area(index)
            written.append(shoot(window, out_dir / f"{language}-main-{area.key}.png"))
        about = AboutDialog(window)
        about.show()
        written.append(shoot(about, out_dir / f"{language}-about.png"))
        for extra in EXTRA_SHOTS:
            written.extend(extra(window, out_dir, language))
        about.close()
        window.close()
    return written


# Later windows register here: f(main_window, out_dir, language) -> written paths.
EXTRA_SHOTS: list[Callable[[object, Path, str], list[Path]]] = [request_shots, roster_shots]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m rsdesk.gui.screenshots OUTDIR")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in take_screenshots(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
