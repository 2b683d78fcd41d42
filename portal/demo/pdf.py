"""A tiny PDF writer for demo documents ("Letter before proceedings" and the like).

Hand-written rather than a dependency: the demo only needs plain text on A4 pages, and the output must
be a plain PDF 1.4 with no scripts or actions, so it passes the same upload checks as a worker's file.
Text is written with the standard Helvetica fonts, which every reader has, so nothing is embedded.
"""

import textwrap
import unicodedata

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 595, 842, 64  # A4 in points
TITLE_SIZE, BODY_SIZE, FOOTER_SIZE = 16, 11, 9
TITLE_LEADING, BODY_LEADING, PARAGRAPH_GAP = 20, 15, 8
TITLE_WIDTH, BODY_WIDTH = 55, 85  # characters per line: roughly the text width at each size

# Typographic characters Word and phones put in text, which the standard fonts' encoding lacks.
_ASCII = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u2026": "...", "\u2022": "*", "\u20ac": "EUR", "\u2122": "TM", "\u00a0": " ", "\u200b": "",
    }
)  # fmt: skip


def to_latin1(text: str) -> str:
    """Text the standard fonts can show: typographic marks become ASCII, accents are kept where Latin-1
    has the letter, dropped where it does not (e.g. "ł" -> "?" but "ş" -> "s")."""
    out = []
    for char in str(text).translate(_ASCII):
        if char in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(char)[0] == "C":
            continue
        elif ord(char) < 256:
            out.append(char)
        else:
            # "ş" decomposes to "s" and a combining mark outside Latin-1, which is dropped.
            out.append(unicodedata.normalize("NFKD", char).encode("latin-1", "ignore").decode("latin-1") or "?")
    return "".join(out)


def _string(text: str) -> bytes:
    """A PDF literal string. Brackets and backslashes are escaped; bytes outside printable ASCII, and the
    slash, are written as octal escapes, so the file stays ASCII and text never looks like a PDF name."""
    out = bytearray(b"(")
    for byte in to_latin1(text).encode("latin-1"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 0x20 or byte > 0x7E or byte == 0x2F:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out + b")")


def _layout(title: str, paragraphs: list[str]) -> list[list[tuple[str, int, int, str]]]:
    """Place lines on pages: each page is a list of (font, size, y, text)."""
    lines = [("F2", TITLE_SIZE, TITLE_LEADING, line) for line in textwrap.wrap(to_latin1(title), TITLE_WIDTH)]
    gap = TITLE_LEADING
    for paragraph in paragraphs:
        wrapped = textwrap.wrap(to_latin1(paragraph), BODY_WIDTH, break_on_hyphens=False) or [""]
        for index, line in enumerate(wrapped):
            lines.append(("F1", BODY_SIZE, BODY_LEADING + (gap if index == 0 else 0), line))
        gap = PARAGRAPH_GAP
    pages, y = [[]], PAGE_HEIGHT - MARGIN
    for font, size, leading, text in lines:
        if y - leading < MARGIN and pages[-1]:
            pages.append([])
            y = PAGE_HEIGHT - MARGIN
            leading = BODY_LEADING if font == "F1" else TITLE_LEADING  # no paragraph gap at a page top
        y -= leading
        pages[-1].append((font, size, y, text))
    return pages


def make_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A valid, plain PDF 1.4 of A4 pages: the title in bold, then each paragraph, wrapped, with page numbers."""
    pages = _layout(title, list(paragraphs))
    count = len(pages)
    # Objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 document information, then a page and its content each.
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title %s /Producer (Family court portal demo) >>" % _string(title),
    ]
    for number, page in enumerate(pages, start=1):
        ops = [b"BT"]
        for font, size, y, text in page:
            ops.append(b"/%s %d Tf 1 0 0 1 %d %d Tm %s Tj" % (font.encode(), size, MARGIN, y, _string(text)))
        footer = _string(f"Page {number} of {count}")
        ops += [b"/F1 %d Tf 1 0 0 1 %d %d Tm %s Tj" % (FOOTER_SIZE, MARGIN, MARGIN // 2, footer), b"ET"]
        content = b"\n".join(ops) + b"\n"
        page_object = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (PAGE_WIDTH, PAGE_HEIGHT)
        page_object += b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (7 + 2 * (number - 1))
        objects += [page_object, b"<< /Length %d >>\nstream\n%sendstream" % (len(content), content)]

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")  # the binary comment tells tools the file is not text
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)  # each entry exactly 20 bytes
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
