"""Sample uploads for the upload checks' tests: PDFs, Word documents and images, built in memory."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from portal.documents.validation import validate_upload

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
