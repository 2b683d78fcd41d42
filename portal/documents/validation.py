"""Checks on files a worker shares with a family, before anything is stored.

Uploads can be hostile, and the people who open them (family members, on their own phones) have no IT
support. So the type is decided by the file's content, never its name or the browser's claim, and only
four plain formats are accepted. Files are read in chunks so a big upload never sits in memory whole.
"""

import hashlib
import io
import re
import struct
import unicodedata
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from lxml import etree
from PIL import Image, ImageCms, ImageOps

from .pdf_check import PdfRefused, pdf_clean_copy

PDF, DOCX = "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
JPEG, PNG = "image/jpeg", "image/png"
EXTENSIONS = {PDF: "pdf", DOCX: "docx", JPEG: "jpg", PNG: "png"}
_MB = 1024 * 1024
_CHUNK = 64 * 1024  # read size: a big upload never sits in memory whole
_MAX_PIXELS = 40_000_000
_DOCX_MAX_ENTRIES, _DOCX_MAX_TOTAL, _DOCX_MAX_RATIO = 1000, 100 * _MB, 100
_MARKUP = re.compile(rb"<(?:html|svg|script|iframe|body|!doctype)", re.I)
_HEIC = (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc")
_ZIP_ERRORS = (zipfile.BadZipFile, EOFError, OSError, ValueError, struct.error, RuntimeError, NotImplementedError)
# Word fields that run a program, fetch a file or another document, or pull in data when the
# document is opened or updated. (Page numbers, dates, tables of contents and links are fine.)
_ACTIVE_FIELDS = {
    "DDE",
    "DDEAUTO",
    "INCLUDE",
    "INCLUDETEXT",
    "INCLUDEPICTURE",
    "IMPORT",
    "LINK",
    "DATABASE",
    "MACROBUTTON",
}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


# Shown to the worker as they are: plain words, and what to do next.
MESSAGES = {
    "empty": _("This file is empty. Check you chose the right file and try again."),
    "too_big": _("This file is %(size)s. The largest file you can share is %(limit)s."),
    "web_page": _("This file looks like a web page, not a document, so it can't be shared."),
    "type": _("This type of file can't be shared. You can share PDF, Word (.docx), JPEG or PNG files.%(hint)s"),
    "pdf_active": _(
        "This PDF contains active content, such as scripts, that could be unsafe. "
        "Save it again as a plain PDF (for example with Print to PDF) and try again."
    ),
    "pdf_encrypted": _("This PDF has a password or is encrypted, so it can't be checked. Save a copy without one."),
    "pdf_damaged": _("This PDF seems to be damaged or incomplete. Save it again and try again."),
    "pdf_big": _("This PDF is too large or complex to check safely. Save it again as a smaller PDF and try again."),
    "docx_damaged": _(
        "This Word document seems to be damaged, or is not a real .docx file. "
        "Open it in Word, save it again as a Word Document (.docx) or PDF, and try again."
    ),
    "docx_active": _(
        "This Word document contains macros or embedded objects that could be unsafe. "
        "Save it again as a plain Word Document (.docx) or as a PDF and try again."
    ),
    "docx_big": _("This Word document is too large or complex to check safely. Save it as a PDF and try again."),
    "image_damaged": _("This picture seems to be damaged, or is not a real JPEG or PNG. Save it again and try again."),
    "image_big": _("This picture is too large (over 40 megapixels). Make it smaller and try again."),
}
_HINTS = {
    "doc": _(" This looks like an older Word file (.doc): save it as a .docx or PDF and try again."),
    "heic": _(" This looks like an iPhone photo (HEIC): share it as a JPEG instead."),
}


def _error(code, **params):
    return ValidationError(MESSAGES[code], code=code, params=params or None)


@dataclass(frozen=True)
class ValidatedUpload:
    content_type: str
    extension: str
    size: int
    sha256: str
    safe_name: str
    # PDFs: the rewritten copy that was checked (portal.documents.pdf_check); it is what is stored.
    clean_content: bytes | None = None


def validate_upload(uploaded_file, *, max_bytes=None) -> ValidatedUpload:
    """Check an upload and describe it, or raise ValidationError with a message a worker can act on."""
    limit = max_bytes if max_bytes is not None else settings.PORTAL_DOCUMENT_MAX_BYTES
    if (uploaded_file.size or 0) > limit:  # refuse before reading anything
        raise _too_big(uploaded_file.size, limit)
    digest, size, head, tail = hashlib.sha256(), 0, b"", b""
    clean = None
    uploaded_file.seek(0)
    try:
        while chunk := uploaded_file.read(_CHUNK):
            size += len(chunk)
            if size > limit:  # the declared size can be wrong
                raise _too_big(size, limit)
            digest.update(chunk)
            tail = (tail + chunk)[-1024:]
            if len(head) < 1024:
                head += chunk[: 1024 - len(head)]
        if size == 0:
            raise _error("empty")
        kind = _sniff(head)
        if kind == PDF:
            if b"%%EOF" not in tail:  # cut short on the way: parts of the document may be missing
                raise _error("pdf_damaged")
            clean = _check_pdf(uploaded_file)
        elif kind == DOCX:
            _check_docx(uploaded_file)
        else:
            _check_image(uploaded_file, kind)
    finally:
        uploaded_file.seek(0)
    if clean is not None:  # what is stored is the checked copy: describe that
        return ValidatedUpload(
            kind,
            EXTENSIONS[kind],
            len(clean),
            hashlib.sha256(clean).hexdigest(),
            safe_name(uploaded_file.name, kind),
            clean,
        )
    return ValidatedUpload(kind, EXTENSIONS[kind], size, digest.hexdigest(), safe_name(uploaded_file.name, kind))


def safe_name(name, content_type) -> str:
    """A display name that cannot climb folders, split headers or pretend to be another type."""
    ext = EXTENSIONS[content_type]
    name = unicodedata.normalize("NFC", str(name or "")).replace("\\", "/").rsplit("/", 1)[-1]
    # Category C covers control characters, CR/LF and invisible format marks such as right-to-left overrides.
    name = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in name if c not in "\"'`<>:*?|;")
    stem = " ".join(name.split())
    if "." in stem and stem.rsplit(".", 1)[1].lower() in {"pdf", "docx", "jpg", "jpeg", "png"}:
        stem = stem.rsplit(".", 1)[0]
    stem = stem.strip(" .")[: 150 - len(ext) - 1].strip(" .") or "document"
    return f"{stem}.{ext}"


def reencode_image(uploaded_file, validated) -> ContentFile:
    """Redraw an image from its pixels only, dropping metadata (EXIF, GPS) and anything hidden after it."""
    fmt = "JPEG" if validated.content_type == JPEG else "PNG"
    uploaded_file.seek(0)
    try:
        with Image.open(uploaded_file, formats=[fmt]) as original:
            image = ImageOps.exif_transpose(original)  # apply the camera's rotation before EXIF is dropped
        keep = {"transparency": image.info["transparency"]} if "transparency" in image.info else {}
        icc = image.info.get("icc_profile")
        if icc and image.mode in ("RGB", "RGBA", "CMYK"):  # keep colours right once the profile is gone
            try:
                source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
                mode = "RGBA" if image.mode == "RGBA" else "RGB"
                image = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=mode)
            except (ImageCms.PyCMSError, OSError, ValueError):
                pass  # a broken profile: keep the pixels as they are
        image.info = {}  # the encoders copy some metadata from here
        out = io.BytesIO()
        if fmt == "JPEG":
            image = image if image.mode in ("L", "RGB", "CMYK") else image.convert("RGB")
            image.save(out, "JPEG", quality=90, optimize=True)
        else:
            image.save(out, "PNG", optimize=True, **keep)
    finally:
        uploaded_file.seek(0)
    return ContentFile(out.getvalue(), name=validated.safe_name)


def _size_text(n, round_up):
    unit, div = ("MB", _MB) if n >= _MB else ("KB", 1024) if n >= 1024 else ("bytes", 1)
    tenths = -(-n * 10 // div) if round_up else n * 10 // div
    number = f"{tenths / 10:.1f}".removesuffix(".0")
    units = {"MB": gettext("%(number)s MB"), "KB": gettext("%(number)s KB"), "bytes": gettext("%(number)s bytes")}
    return units[unit] % {"number": number}


def _too_big(size, limit):
    return _error("too_big", size=_size_text(size, True), limit=_size_text(limit, False))


def _check_pdf(uploaded_file):
    """Check a PDF with a real parser in a bounded child process; return the clean rewritten copy."""
    try:
        return pdf_clean_copy(uploaded_file)
    except PdfRefused as refused:
        raise _error(refused.code) from refused


def _sniff(head):
    """The type from the first bytes. Markup is refused outright: a browser might run it as a web page."""
    if head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").startswith(b"<") or _MARKUP.search(head):
        raise _error("web_page")
    for magic, kind in ((b"%PDF-", PDF), (b"PK\x03\x04", DOCX), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG)):
        if head.startswith(magic):
            return kind
    hint = "doc" if head.startswith(b"\xd0\xcf\x11\xe0") else "heic" if head[4:12] in _HEIC else None
    raise _error("type", hint=_HINTS[hint] if hint else "")


def _check_docx(f):
    """Judge a Word file: first from the zip's directory alone, so a zip bomb is refused before
    anything is unpacked; then its parts (macros, ActiveX, embedded objects, fields, links out)."""
    damaged, unsafe, bomb = _error("docx_damaged"), _error("docx_active"), _error("docx_big")
    # The end record gives the directory's size before zipfile parses it: a huge directory costs memory.
    f.seek(0, io.SEEK_END)
    f.seek(max(0, f.tell() - 65557))  # the end record plus the longest comment a zip can have
    end = f.read(65557)
    at = end.rfind(b"PK\x05\x06")
    if at < 0 or len(end) - at < 22:
        raise damaged
    entries, directory_size = struct.unpack("<HI", end[at + 10 : at + 16])
    if entries > _DOCX_MAX_ENTRIES or directory_size > _MB:
        raise bomb
    try:
        with zipfile.ZipFile(f) as zf:
            infos = zf.infolist()
            names = {i.filename.lower() for i in infos}
            if len(infos) > _DOCX_MAX_ENTRIES:
                raise bomb
            if not {"[content_types].xml", "word/document.xml"} <= names or any(i.flag_bits & 1 for i in infos):
                raise damaged
            if sum(i.file_size for i in infos) > _DOCX_MAX_TOTAL or any(
                i.file_size > _MB and i.file_size > _DOCX_MAX_RATIO * max(i.compress_size, 1) for i in infos
            ):
                raise bomb
            for n in (n for n in names if not n.endswith("/")):  # folders carry no content
                embedded = n.startswith("word/embeddings/") and not n.endswith((".docx", ".xlsx", ".pptx"))
                if n.endswith(("vbaproject.bin", "vbadata.xml")) or n.startswith("word/activex/") or embedded:
                    raise unsafe
            # Then its relationships and text, parsed (each part is small now the sizes are known).
            for info in infos:
                name = info.filename.lower()
                is_xml = name.endswith(".rels") or (name.startswith("word/") and name.endswith(".xml"))
                if is_xml and _docx_part_is_active(name, zf.read(info)):
                    raise unsafe
    except _ZIP_ERRORS as exc:
        raise damaged from exc


def _docx_part_is_active(name, data):
    """One part of a Word file, parsed as XML: True if opening it could run or fetch something.

    - Relationships (.rels): anything outside the file except a plain hyperlink (templates, frames,
      pictures and objects fetched from elsewhere), and alternative-format chunks (altChunk), which
      pull a whole other document (HTML, RTF, MHT) in.
    - Document parts: fields that run or fetch (DDE, DDEAUTO, INCLUDETEXT, INCLUDEPICTURE…),
      however their codes are split across runs; altChunk; embedded objects (w:object).
    """
    try:
        root = etree.fromstring(data, _XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise _error("docx_damaged") from exc
    if name.endswith(".rels"):
        for rel in root.iter("{*}Relationship"):
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1].lower()
            if kind == "afchunk" or (rel.get("TargetMode", "").lower() == "external" and kind != "hyperlink"):
                return True
        return False
    if next(root.iter(f"{_W}altChunk", f"{_W}object"), None) is not None:
        return True
    instructions = [simple.get(f"{_W}instr", "") for simple in root.iter(f"{_W}fldSimple")]
    code = None
    for element in root.iter(f"{_W}fldChar", f"{_W}instrText"):
        if element.tag == f"{_W}instrText":
            code = (code or "") + (element.text or "")
        elif element.get(f"{_W}fldCharType") == "begin":
            code = ""
        elif code is not None:  # "separate" or "end": the field's code is complete
            instructions.append(code)
            code = None
    if code:
        instructions.append(code)
    return any((text.split() or [""])[0].upper() in _ACTIVE_FIELDS for text in instructions)


def _check_image(f, kind):
    """Decode the whole image: a file that only starts like a picture, or unpacks to a huge one, is refused."""
    fmt = "JPEG" if kind == JPEG else "PNG"
    try:
        for step in ("verify", "load"):  # verify() checks the structure, but leaves the image unusable
            f.seek(0)
            with Image.open(f, formats=[fmt]) as image:
                if image.width * image.height > _MAX_PIXELS:
                    raise _error("image_big")
                getattr(image, step)()
    except ValidationError:
        raise
    except Image.DecompressionBombError as exc:  # Pillow's own, far higher, limit
        raise _error("image_big") from exc
    except Exception as exc:  # decoders fail on hostile input in many ways; every one means "not a picture"
        raise _error("image_damaged") from exc
