"""The fonts every reportlab PDF embeds: PT Sans for text, IBM Plex Mono for the recovery key.

Reportlab's own fonts (Helvetica, Courier, Times) have no Cyrillic, fail silently, and are
never embedded: an archive or a reader without them substitutes another face. Every font a
document names is therefore one registered here, from a package that ships it on every system.
"""

from __future__ import annotations

import threading
from typing import Any

FONT = "PTSans"
FONT_BOLD = "PTSans-Bold"
FONT_ITALIC = "PTSans-Italic"
FONT_BOLD_ITALIC = "PTSans-BoldItalic"
# The recovery key is copied by hand: a true monospace face keeps its groups aligned, and
# Plex Mono (OFL, with Cyrillic) tells 0 from O and 1 from I at a glance. PT Mono is not on
# PyPI; Plex Mono comes as static TTFs (not one variable font), so its bold is a real bold.
FONT_MONO = "IBMPlexMono-Bold"

_lock = threading.Lock()  # documents render in worker threads; register once


def register_fonts() -> None:
    """Register PT Sans (regular, bold, italic) and the mono face from their packages."""
    import fontpkg_ibm_plex_mono
    import fontpkg_pt_sans
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if FONT_MONO in pdfmetrics.getRegisteredFontNames():  # the last one registered
            return
        files = fontpkg_pt_sans.ROOT / "files"
        faces = {
            FONT: "PT_Sans-Web-Regular.ttf",
            FONT_BOLD: "PT_Sans-Web-Bold.ttf",
            FONT_ITALIC: "PT_Sans-Web-Italic.ttf",
            FONT_BOLD_ITALIC: "PT_Sans-Web-BoldItalic.ttf",
        }
        for name, file in faces.items():
            pdfmetrics.registerFont(TTFont(name, str(files / file)))
        for bold, italic, face in (
            (0, 0, FONT),
            (1, 0, FONT_BOLD),
            (0, 1, FONT_ITALIC),
            (1, 1, FONT_BOLD_ITALIC),
        ):
            addMapping(FONT, bold, italic, face)
        mono = fontpkg_ibm_plex_mono.ROOT / "files" / "IBMPlexMono-Bold.ttf"
        pdfmetrics.registerFont(TTFont(FONT_MONO, str(mono)))


def canvas(*args: Any, **kwargs: Any) -> Any:
    """A reportlab Canvas that starts in PT Sans, so no font without Cyrillic is referenced,
    and writes an XMP packet from the document's title, author and subject when saved.

    For ``SimpleDocTemplate(..., title=, author=, subject=, lang="ru").build(story,
    canvasmaker=canvas)``; a table also needs ``("FONT", (0, 0), (-1, -1), FONT)`` in its
    style, and a chart ``Drawing.initialFontName = FONT``, or reportlab names Helvetica.
    """
    from reportlab.pdfgen.canvas import Canvas

    from rsdesk.documents.metadata import attach_xmp

    class Described(Canvas):
        def save(self) -> None:
            attach_xmp(self)
            super().save()

    kwargs["initialFontName"] = FONT
    return Described(*args, **kwargs)
