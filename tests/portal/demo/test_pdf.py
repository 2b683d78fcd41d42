import re

from django.core.files.uploadedfile import SimpleUploadedFile

from portal.demo.pdf import BODY_WIDTH, MARGIN, make_pdf, to_latin1
from portal.documents.validation import validate_upload

LETTER = [
    "We are writing to you because we are worried about the care of your children.",
    "This letter explains what happens next, who you can talk to, and what you need to do. " * 6,
    "You can bring a solicitor to the meeting. Legal advice is free for you.",
]


def objects(pdf):
    """Check the cross-reference table against the file, and return {number: object text}."""
    startxref = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf)[1])
    assert pdf[startxref:].startswith(b"xref\n")
    table = re.match(rb"xref\n0 (\d+)\n((?:\d{10} \d{5} [nf] \n)+)trailer", pdf[startxref:])
    count = int(table[1])
    entries = re.findall(rb"(\d{10}) (\d{5}) ([nf]) \n", table[2])
    assert len(entries) == count
    assert entries[0] == (b"0000000000", b"65535", b"f")
    assert int(re.search(rb"/Size (\d+)", pdf[startxref:])[1]) == count
    found = {}
    for number, (offset, generation, kind) in enumerate(entries[1:], start=1):
        assert (generation, kind) == (b"00000", b"n")
        start = int(offset)
        assert pdf[start:].startswith(b"%d 0 obj\n" % number), number
        found[number] = pdf[start : pdf.index(b"endobj", start)]
    return found


def test_header_trailer_and_xref_offsets():
    pdf = make_pdf("Letter before proceedings", LETTER)
    assert pdf.startswith(b"%PDF-1.4\n")
    assert pdf.endswith(b"%%EOF\n")
    found = objects(pdf)
    assert b"/Type /Catalog" in found[1]
    assert b"/BaseFont /Helvetica " in found[3] and b"/BaseFont /Helvetica-Bold " in found[4]


def test_stream_lengths_are_right():
    pdf = make_pdf("Lengths", LETTER * 5)
    streams = re.findall(rb"/Length (\d+) >>\nstream\n(.*?)endstream", pdf, re.S)
    assert len(streams) >= 2
    for length, data in streams:
        assert int(length) == len(data)


def test_title_is_bold_16_and_body_11():
    pdf = make_pdf("Letter before proceedings", ["Body text."])
    assert b"/F2 16 Tf 1 0 0 1 64 758 Tm (Letter before proceedings) Tj" in pdf
    assert re.search(rb"/F1 11 Tf 1 0 0 1 64 \d+ Tm \(Body text.\) Tj", pdf)


def test_long_text_wraps_and_flows_onto_more_pages():
    pdf = make_pdf("Long", ["A fairly ordinary sentence about the plan for the children. " * 40] * 6)
    pages = objects(pdf)[2]
    count = int(re.search(rb"/Count (\d+)", pages)[1])
    assert count >= 2
    assert count == pdf.count(b"/Type /Page ") == len(re.findall(rb"\(Page \d+ of %d\)" % count, pdf))
    for y, text in re.findall(rb"/F1 11 Tf 1 0 0 1 64 (\d+) Tm \((.*?)\) Tj", pdf):
        assert int(y) >= MARGIN
        assert len(text) <= BODY_WIDTH


def test_long_words_are_broken():
    pdf = make_pdf("Words", ["x" * 300])
    lines = re.findall(rb"/F1 11 Tf 1 0 0 1 64 \d+ Tm \((x+)\) Tj", pdf)
    assert [len(line) for line in lines] == [85, 85, 85, 45]


def test_brackets_and_backslashes_are_escaped():
    pdf = make_pdf("(brackets) and \\ backslash", ["(brackets) and \\ backslash"])
    assert pdf.count(b"(\\(brackets\\) and \\\\ backslash)") == 3  # title, information, body
    objects(pdf)


def test_text_outside_latin1_is_replaced():
    pdf = make_pdf(
        "Caf\u00e9 \u2013 \u201cquotes\u201d", ["\u0141\u00f3d\u017a \U0001f600 \u2018single\u2019 \u2026 na\u00efve"]
    )
    assert b'(Caf\\351 - "quotes") Tj' in pdf
    assert b"(?\\363dz ? 'single' ... na\\357ve) Tj" in pdf
    assert all(byte < 0x80 for byte in pdf.split(b"\n", 2)[2])  # only the binary marker line is not ASCII
    objects(pdf)


def test_to_latin1():
    assert (
        to_latin1("\u2018a\u2019 \u201cb\u201d c\u2014d e\u2013f \u2026 \u2022 \u00a0x\u200by")
        == "'a' \"b\" c-d e-f ... *  xy"
    )
    assert to_latin1("line\nbreak\ttab\x00") == "line break tab"
    assert to_latin1("\u015f\u00e7\u00df\u4e2d") == "s\u00e7\u00df?"


def test_slash_in_text_never_looks_like_a_pdf_name():
    pdf = make_pdf("/JavaScript", ["/OpenAction /JS /AA"])
    assert b"/JavaScript" not in pdf and b"/OpenAction" not in pdf
    assert b"(\\057JavaScript) Tj" in pdf


def test_empty_document_is_still_valid():
    pdf = make_pdf("", [])
    assert b"/Count 1" in pdf
    objects(pdf)


def test_passes_upload_validation():
    pdf = make_pdf("Letter before proceedings", LETTER * 10)
    result = validate_upload(SimpleUploadedFile("Letter before proceedings.pdf", pdf))
    assert result.content_type == "application/pdf"
    assert result.size == len(result.clean_content)  # the rewritten copy that is stored
