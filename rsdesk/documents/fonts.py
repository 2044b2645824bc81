"""PT Sans for every reportlab PDF: reportlab's own fonts have no Cyrillic and fail silently."""

from __future__ import annotations

import threading
from typing import Any

FONT = "PTSans"
FONT_BOLD = "PTSans-Bold"
FONT_ITALIC = "PTSans-Italic"
FONT_BOLD_ITALIC = "PTSans-BoldItalic"
# The recovery key is Crockford base32 (ASCII only): Courier is one of the 14 fonts every PDF
# reader has, and a true monospace face keeps the groups aligned for copying by hand.
FONT_MONO = "Courier-Bold"

_lock = threading.Lock()  # documents render in worker threads; register once


def register_fonts() -> None:
    """Register PT Sans (regular, bold, italic) from its package and map the family."""
    import fontpkg_pt_sans
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if FONT_BOLD_ITALIC in pdfmetrics.getRegisteredFontNames():
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


def canvas(*args: Any, **kwargs: Any) -> Any:
    """A reportlab Canvas that starts in PT Sans, so no font without Cyrillic is referenced."""
    from reportlab.pdfgen.canvas import Canvas

    kwargs["initialFontName"] = FONT
    return Canvas(*args, **kwargs)
