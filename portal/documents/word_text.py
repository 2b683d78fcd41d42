"""A Word document's words as plain, accessible blocks (headings, paragraphs, lists, tables), so a
family member can read it in the page without a copy landing on the phone.

Only files the portal has already checked are read (portal.documents.validation refused macros,
embedded objects, external links and active fields). Only the text of word/document.xml is taken:
no pictures, no styles, no links, nothing that could run or fetch anything. It runs as a child with
the PDF check's limits (pdf_check.child_answer), so a file built to use up memory or time stops
only that child. `python -m portal.documents.word_text IN` is that child; it imports no Django.
"""

import json
import os
import sys
import tempfile
import zipfile

from lxml import etree

from .pdf_check import child_answer

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
MAX_BLOCKS = 3000
MAX_CHARACTERS = 300_000
MAX_XML_BYTES = 20 * 1024 * 1024


class WordUnreadable(Exception):
    """The words cannot be read: the child gave up, or was stopped by its limits."""


def _text(element):
    parts = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append(" ")
        else:
            parts.append("\n")
    return "".join(parts).strip()


def _heading_level(paragraph):
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    name = (style.get(f"{_W}val") or "").lower() if style is not None else ""
    if name == "title":
        return 1
    if name.startswith("heading") and name[7:].isdigit():
        return min(int(name[7:]), 3)
    return 0


def _paragraph_block(paragraph):
    text = _text(paragraph)
    if not text:
        return None
    level = _heading_level(paragraph)
    if level:
        return {"kind": "heading", "level": level, "text": text}
    if paragraph.find(f"{_W}pPr/{_W}numPr") is not None:
        return {"kind": "item", "text": text}
    return {"kind": "paragraph", "text": text}


def _table_block(table):
    rows = []
    for row in table.iterfind(f"{_W}tr"):
        rows.append([_text(cell) for cell in row.iterfind(f"{_W}tc")])
    return {"kind": "table", "rows": rows} if rows else None


def read_blocks(path):
    """The document's blocks in reading order; consecutive list items are gathered into one list."""
    with zipfile.ZipFile(path) as archive:
        if archive.getinfo("word/document.xml").file_size > MAX_XML_BYTES:
            return {"error": "too_big"}
        root = etree.fromstring(archive.read("word/document.xml"), parser=_PARSER)  # noqa: S320 (no entities, no DTD, no network)
    body = root.find(f"{_W}body")
    blocks, characters = [], 0
    for element in body if body is not None else ():
        block = None
        if element.tag == f"{_W}p":
            block = _paragraph_block(element)
        elif element.tag == f"{_W}tbl":
            block = _table_block(element)
        if block is None:
            continue
        if block["kind"] == "item":
            if blocks and blocks[-1]["kind"] == "list":
                blocks[-1]["items"].append(block["text"])
            else:
                blocks.append({"kind": "list", "items": [block["text"]]})
        else:
            blocks.append(block)
        characters += len(json.dumps(block))
        if len(blocks) >= MAX_BLOCKS or characters >= MAX_CHARACTERS:
            return {"blocks": blocks, "cut": True}
    return {"blocks": blocks, "cut": False}


def main(argv):
    try:
        answer = read_blocks(argv[1])
    except Exception as exc:  # noqa: BLE001 (any failure to read is "cannot be shown")
        answer = {"error": type(exc).__name__}
    print(json.dumps(answer))
    return 0


def word_blocks(stored_file):
    """The blocks of a stored .docx (a file object opened for reading), and whether they were cut
    short. Raises WordUnreadable."""
    with tempfile.TemporaryDirectory(prefix="portal-word-") as folder:
        source = os.path.join(folder, "in.docx")
        with open(source, "wb") as out:
            while chunk := stored_file.read(64 * 1024):
                out.write(chunk)
        answer = child_answer("portal.documents.word_text", source) or {"error": "stopped"}
    if "error" in answer:
        raise WordUnreadable(answer["error"])
    return answer["blocks"], answer["cut"]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
