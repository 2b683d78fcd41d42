"""Editors' library documents (PDFs linked from guides) can be fetched, always as a download."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from portal.demo.pdf import make_pdf

pytestmark = pytest.mark.django_db


def test_a_library_document_downloads_and_never_opens_inline(client):
    document = get_document_model().objects.create(
        title="Leaflet", file=ContentFile(make_pdf("Leaflet", ["Free advice."]), name="leaflet.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")
