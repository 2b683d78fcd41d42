"""A document's pages drawn as pictures on the server, with each page's text, so a family member can
read it in the page without a copy landing in the phone's Downloads folder.

Only files the portal has already checked are drawn: PDFs it rewrote (portal.documents.pdf_check),
drawn by PDFium as pictures only (no scripts run, forms are not loaded, nothing reaches the
network), and photos it redrew from their pixels, scaled down. It runs in a child process with the
same memory, CPU and time limits as the PDF check, so a file built to use up either stops only that
child. `python -m portal.documents.page_images KIND IN OUT PAGE WIDTH` is that child; it imports no
Django.
"""

import json
import os
import sys
import tempfile

from .pdf_check import child_answer

WIDTH = 1000  # pixels across: sharp on a phone, small enough to send quickly
MAX_PAGES = 500


class PageUnavailable(Exception):
    """The page cannot be drawn: no such page, or the child gave up or was stopped by its limits."""


TEXT_MAX = 20_000  # characters of a page's text shown beside its picture


def _draw_pdf(source, target, page_number, width):
    import pypdfium2

    document = pypdfium2.PdfDocument(source)
    try:
        count = len(document)
        if count > MAX_PAGES:
            return {"error": "too_many_pages", "pages": count}
        if not 1 <= page_number <= count:
            return {"error": "no_such_page", "pages": count}
        page = document[page_number - 1]
        scale = width / max(page.get_width(), 1)
        image = page.render(scale=min(scale, 4), may_draw_forms=False).to_pil()
        image.save(target, "PNG", optimize=True)
        text = page.get_textpage().get_text_bounded()[:TEXT_MAX]
        return {"pages": count, "text": text}
    finally:
        document.close()


def _draw_image(source, target, page_number, width):
    from PIL import Image

    if page_number != 1:
        return {"error": "no_such_page", "pages": 1}
    with Image.open(source) as image:
        image.thumbnail((width, width * 4))
        image.convert("RGB").save(target, "PNG", optimize=True)
    return {"pages": 1, "text": ""}


def _draw(kind, source, target, page_number, width):
    return (_draw_pdf if kind == "pdf" else _draw_image)(source, target, page_number, width)


def main(argv):
    kind, source, target, page_number, width = argv[1], argv[2], argv[3], int(argv[4]), int(argv[5])
    try:
        answer = _draw(kind, source, target, page_number, width)
    except Exception as exc:  # noqa: BLE001 (any failure of the renderer is "cannot be drawn")
        answer = {"error": type(exc).__name__}
    print(json.dumps(answer))
    return 0


KINDS = {"application/pdf": "pdf", "image/jpeg": "image", "image/png": "image"}
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"  # read as text (word_text.py)


def can_read_in_page(content_type):
    return content_type in KINDS or content_type == WORD


def page_png(stored_file, *, content_type, page_number, width=WIDTH):
    """(PNG bytes, page count, the page's text) for one page of a stored PDF or photo (a file object
    opened for reading). Raises PageUnavailable."""
    kind = KINDS[content_type]
    with tempfile.TemporaryDirectory(prefix="portal-page-") as folder:
        source, target = os.path.join(folder, "in.pdf"), os.path.join(folder, "out.png")
        with open(source, "wb") as out:
            while chunk := stored_file.read(64 * 1024):
                out.write(chunk)
        answer = child_answer("portal.documents.page_images", kind, source, target, page_number, width)
        answer = answer or {"error": "stopped"}
        if "error" in answer:
            raise PageUnavailable(answer["error"])
        with open(target, "rb") as image:
            return image.read(), answer["pages"], answer.get("text", "")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
