"""The upload checks (portal.documents.validation): good files, size, wrong types, PDFs and names.

Word documents and images are in test_validation_office_and_images.py.
"""

import io
import os

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import TemporaryUploadedFile

from portal.demo.pdf import make_pdf
from portal.documents import validation
from portal.documents.validation import ValidatedUpload, safe_name, validate_upload

from .upload_samples import DOCX, MB, PDF, docx, jpeg, png, rejected, upload


@pytest.fixture(params=[1, 7, 64 * 1024], ids=["chunk1", "chunk7", "chunk64k"])
def chunk_size(request, monkeypatch):
    """Read uploads in tiny pieces too: the size, hash and end-of-file checks must not depend on it."""
    monkeypatch.setattr(validation, "_CHUNK", request.param)
    return request.param


# Good files


def test_good_pdf_from_make_pdf(chunk_size):
    data = make_pdf("Letter before proceedings", ["We are worried about (some) things.", "Next steps " * 200])
    f = upload("Letter before proceedings.pdf", data)
    result = validate_upload(f)
    assert isinstance(result, ValidatedUpload)
    # What is described (and stored) is the rewritten copy that was checked.
    assert (result.content_type, result.extension) == (PDF, "pdf")
    assert result.clean_content.startswith(b"%PDF-") and result.size == len(result.clean_content)
    assert result.safe_name == "Letter before proceedings.pdf"
    assert result.sha256 == __import__("hashlib").sha256(result.clean_content).hexdigest()
    assert f.tell() == 0


def test_good_docx():
    result = validate_upload(upload("minutes.docx", docx()))
    assert (result.content_type, result.extension, result.safe_name) == (DOCX, "docx", "minutes.docx")


def test_good_docx_with_chart_workbook_and_hyperlink():
    link = (
        b'<Relationships><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/hyperlink" Target="https://www.gov.uk/" TargetMode="External"/></Relationships>'
    )
    extra = [("word/_rels/document.xml.rels", link), ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", b"x")]
    assert validate_upload(upload("plan.docx", docx(extra))).content_type == DOCX


def test_good_jpeg_and_png():
    assert validate_upload(upload("photo.jpeg", jpeg())).safe_name == "photo.jpg"
    result = validate_upload(upload("scan.PNG", png()))
    assert (result.content_type, result.extension, result.safe_name) == ("image/png", "png", "scan.png")


def test_type_comes_from_content_not_name():
    result = validate_upload(upload("holiday.pdf", png()))
    assert (result.content_type, result.safe_name) == ("image/png", "holiday.png")


def test_temporary_uploaded_file_on_disk():
    for data, kind in [(make_pdf("On disk", ["text"]), PDF), (docx(), DOCX), (png(), "image/png")]:
        f = TemporaryUploadedFile("x", "text/plain", len(data), None)
        try:
            f.write(data)
            f.seek(0)
            assert validate_upload(f).content_type == kind
            assert f.tell() == 0
        finally:
            f.close()


class RecordingBytesIO(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.sizes = []

    def read(self, size=-1):
        self.sizes.append(size)
        return super().read(size)


def test_pdf_is_read_in_chunks():
    data = make_pdf("Chunks", ["word " * 50000])
    f = upload("a.pdf", data)
    f.file = RecordingBytesIO(data)
    validate_upload(f)
    assert len(f.file.sizes) > 2
    assert all(0 < size <= validation._CHUNK for size in f.file.sizes)


# Size and emptiness


def test_empty_file():
    assert rejected(b"", "a.pdf").code == "empty"


def test_too_big_is_refused_quickly(settings):
    settings.PORTAL_DOCUMENT_MAX_BYTES = 20 * MB
    f = upload("big.pdf", b"%PDF-1.4")
    f.size = 25 * MB  # refused on the declared size, before reading
    with pytest.raises(ValidationError) as info:
        validate_upload(f)
    assert info.value.messages == ["This file is 25 MB. The largest file you can share is 20 MB."]


def test_too_big_with_small_limit():
    error = rejected(make_pdf("x", ["y"]), "a.pdf", max_bytes=100)
    assert error.code == "too_big"
    assert "100 bytes" in error.messages[0]


def test_size_is_counted_not_trusted():
    f = upload("a.pdf", make_pdf("x", ["y" * 500]))
    f.size = 10
    with pytest.raises(ValidationError) as info:
        validate_upload(f, max_bytes=200)
    assert info.value.code == "too_big"


# Wrong types and web pages


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
        b"  \r\n<html><script>alert(1)</script>",
        b"%PDF-1.4\n<html><script>alert(1)</script></html>",
    ],
)
def test_html_named_pdf(data):
    assert rejected(data, "letter.pdf").code == "web_page"


def test_svg_with_script_named_png():
    svg = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert rejected(svg, "photo.png").code == "web_page"
    assert rejected(b"<svg onload=alert(1)>", "photo.png").code == "web_page"


def test_html_then_png_is_rejected():
    assert rejected(b"<html><script>alert(1)</script></html>" + png(), "photo.png").code == "web_page"


def test_markup_inside_image_header_is_rejected():
    # A text chunk near the start of a PNG puts "<script" where browsers sniff.
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "<script>alert(1)</script>")
    assert rejected(png(pnginfo=info), "photo.png").code == "web_page"


@pytest.mark.parametrize(
    "data, hint",
    [
        (b"MZ\x90\x00" + b"\x00" * 100, ""),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "older Word file"),
        (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100, "HEIC"),
        (b"GIF89a" + b"\x00" * 100, ""),
    ],
)
def test_unknown_types(data, hint):
    error = rejected(data, "file.pdf")
    assert error.code == "type"
    assert hint in error.messages[0]


# PDFs: the checks on what a PDF contains are in test_pdf_check.py (hostile files built with pikepdf).


def test_pdf_text_that_mentions_javascript_is_fine():
    data = make_pdf("About /JavaScript", ["Type /OpenAction and /JS here; it is only text."])
    assert validate_upload(upload("a.pdf", data)).content_type == PDF


def test_truncated_pdf():
    assert rejected(make_pdf("x", ["y"])[:-200], "a.pdf").code == "pdf_damaged"


def test_bytes_that_only_start_like_a_pdf():
    assert rejected(b"%PDF-1.7\n" + os.urandom(4000) + b"\n%%EOF\n", "a.pdf").code == "pdf_damaged"


# Names


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\worker\\Letter.PDF", "Letter.pdf"),
        ("", "document.pdf"),
        (None, "document.pdf"),
        ("...pdf", "document.pdf"),
        (".pdf", "document.pdf"),
        ("report.exe", "report.exe.pdf"),
        ("Minutes  of\tthe   meeting.pdf", "Minutes of the meeting.pdf"),
        ("invoice\u202efdp.exe", "invoice fdp.exe.pdf"),
    ],
)
def test_safe_name(name, expected):
    assert safe_name(name, PDF) == expected


@pytest.mark.parametrize(
    "name",
    [
        "evil\r\nX-Header: y.pdf",
        'a"; filename="x.html.pdf',
        "..\\..\\windows\\win.ini",
        "/etc/shadow\x00.pdf",
        "x" * 400 + ".pdf",
        "\n\r\t\"'",
    ],
)
def test_safe_name_has_no_dangerous_characters(name):
    result = validate_upload(upload(name, make_pdf("x", ["y"]))).safe_name
    assert not any(c in result for c in '/\\\r\n"\x00')
    assert result.endswith(".pdf") and 5 <= len(result) <= 150


def test_safe_name_forces_detected_extension():
    assert safe_name("photo.jpeg", "image/jpeg") == "photo.jpg"
    assert safe_name("photo.png", "image/jpeg") == "photo.jpg"
    assert safe_name("notes.pdf", DOCX) == "notes.docx"
