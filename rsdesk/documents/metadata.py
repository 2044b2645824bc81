"""What a PDF says about itself: its language and an XMP packet beside the Info dictionary.

Archives and document systems (and screen readers) read the XMP stream, not the old Info
dictionary: both carry the same title, author, subject and dates. PDF/A-2b is not claimed:
see docs/DOCUMENTS.md ("PDF/A") for why reportlab cannot reach it and what it would take.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream, format

LANG = "ru"
CREATOR = "rsdesk"

_PACKET = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt>
   </dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{created}</xmp:ModifyDate>
   <xmp:MetadataDate>{created}</xmp:MetadataDate>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <pdf:Producer>{producer}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>
"""


def xmp_packet(
    *, title: str, author: str, subject: str, created: datetime, producer: str = CREATOR
) -> bytes:
    """The XMP packet in UTF-8; every value escaped, so case data cannot break the XML."""
    return _PACKET.format(
        title=escape(title),
        author=escape(author),
        subject=escape(subject),
        lang=LANG,
        created=created.astimezone(UTC).isoformat(timespec="seconds"),
        creator=CREATOR,
        producer=escape(producer),
    ).encode("utf-8")


class XmpStream(PDFStream):
    """The catalogue's /Metadata: made when the PDF is written, from its Info dictionary and
    time stamp, so the two always agree. Left uncompressed, as PDF/A asks: any tool that does
    not parse PDF still finds it."""

    def __init__(self) -> None:
        super().__init__(dictionary=PDFDictionary({}))

    def format(self, document: Any) -> bytes:
        info = document.info
        content = xmp_packet(
            title=info.title,
            author=info.author,
            subject=info.subject,
            created=datetime.fromtimestamp(document._timeStamp.t, UTC),
            producer=info.producer,
        )
        content = document.encrypt.encode(content)
        head = PDFDictionary(
            {"Type": PDFName("Metadata"), "Subtype": PDFName("XML"), "Length": len(content)}
        )
        return format(head, document) + b"\nstream\n" + content + b"\nendstream\n"


def attach_xmp(canvas: Any) -> None:
    """Give the canvas's document its XMP stream; call before the canvas is saved."""
    canvas._doc.Catalog.Metadata = XmpStream()
