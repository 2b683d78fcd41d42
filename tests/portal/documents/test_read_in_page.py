"""Reading a document in the page (#19): each page drawn on the server, sent private and no-store,
never as a download, to the people it was shared with and nobody else."""

import pytest
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.documents.models import DocumentRecipient, DocumentVersion
from portal.documents.page_images import PageUnavailable, page_png

pytestmark = pytest.mark.django_db


def read_url(world, document, case=None):
    return reverse("family:document_read", args=[(case or world.a1).public_id, document.public_id])


def test_the_recipient_reads_it_in_the_page_and_nothing_is_downloaded(client, world):
    client.force_login(world.p1.user)
    page = client.get(reverse("family:document", args=[world.a1.public_id, world.d1.public_id])).content.decode()
    assert "Read it here" in page and "someone else could find it in your downloads" in page
    response = client.get(read_url(world, world.d1))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert 'src="data:image/png;base64,' in body and "Page 1 of 1" in body
    receipt = DocumentRecipient.objects.get(document=world.d1, participant=world.p1)
    assert receipt.first_opened_at is not None
    assert AccessLogEntry.objects.filter(
        action="document_read", actor=world.p1.user, detail__contains="page=1"
    ).exists()


@pytest.mark.parametrize("who", ["p2", "yp", "pa2", "pb1", "wa"])
def test_nobody_else_reads_it(client, world, who):
    thing = getattr(world, who)
    client.force_login(getattr(thing, "user", thing))
    assert client.get(read_url(world, world.d1)).status_code == 404


def test_a_document_of_another_case_cannot_be_reached_through_ones_own(client, world):
    client.force_login(world.pa2.user)
    assert client.get(read_url(world, world.d_a2, case=world.a1)).status_code == 404


def test_a_page_that_is_not_there_says_so_plainly(client, world):
    client.force_login(world.p1.user)
    body = client.get(read_url(world, world.d1) + "?page=9").content.decode()
    assert "This page cannot be shown here" in body and "base64" not in body
    assert client.get(read_url(world, world.d1) + "?page=x").status_code == 200  # read as page 1


def test_a_file_waiting_for_its_virus_scan_is_not_drawn(client, world):
    DocumentVersion.objects.filter(document=world.d1).update(scan_status="pending")
    client.force_login(world.p1.user)
    assert client.get(read_url(world, world.d1)).status_code == 404


def test_the_renderer_gives_up_on_something_that_is_not_a_pdf_without_harm():
    import io

    with pytest.raises(PageUnavailable):
        page_png(io.BytesIO(b"%PDF-1.7\nnot really a pdf"), content_type="application/pdf", page_number=1)


WORD_BODY = (
    b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    b'wordprocessingml/2006/main"><w:body>'
    b'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Written agreement</w:t></w:r></w:p>'
    b"<w:p><w:r><w:t>We agree to these things &lt;b&gt;together&lt;/b&gt;.</w:t></w:r></w:p>"
    b'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Go to the course'
    b"</w:t></w:r></w:p>"
    b'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Meet every week'
    b"</w:t></w:r></w:p>"
    b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Who</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>When</w:t></w:r></w:p>"
    b"</w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Sam</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Monday</w:t>"
    b"</w:r></w:p></w:tc></w:tr></w:tbl>"
    b"</w:body></w:document>"
)


@pytest.fixture
def word_document(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from portal.documents.services import document_share

    from .upload_samples import docx

    upload = SimpleUploadedFile("agreement.docx", docx(document=WORD_BODY), content_type="text/plain")
    return document_share(
        case=world.a1,
        uploaded_file=upload,
        title="The agreement",
        recipients=[world.p1],
        shared_by=world.wa,
        what_it_is="The agreement.",
    )


def test_a_word_document_is_read_in_the_page_as_headings_lists_and_tables(client, world, word_document):
    from bs4 import BeautifulSoup

    client.force_login(world.p1.user)
    page = client.get(reverse("family:document", args=[world.a1.public_id, word_document.public_id]))
    assert "Read it here" in page.content.decode()
    response = client.get(read_url(world, word_document))
    assert response.status_code == 200 and "Content-Disposition" not in response
    assert "no-store" in response["Cache-Control"]
    words = BeautifulSoup(response.content, "html.parser").select_one(".portal-document-words")
    assert words.find("h2").get_text(strip=True) == "Written agreement"
    assert [li.get_text(strip=True) for li in words.select("ul li")] == ["Go to the course", "Meet every week"]
    assert [td.get_text(strip=True) for td in words.select("td")] == ["Who", "When", "Sam", "Monday"]
    # The document's own text is only ever text: markup inside it is escaped, never HTML.
    assert words.find("b") is None and "<b>together</b>" in words.get_text()
    assert "base64" not in response.content.decode()
    assert AccessLogEntry.objects.filter(action="document_read", actor=world.p1.user, detail__contains="words").exists()
    assert DocumentRecipient.objects.get(document=word_document, participant=world.p1).first_opened_at is not None


def test_a_word_document_nobody_can_read_says_so_plainly():
    import io

    from portal.documents.word_text import WordUnreadable, word_blocks

    with pytest.raises(WordUnreadable):
        word_blocks(io.BytesIO(b"PK\x03\x04 not really a zip"))


def test_a_very_long_word_document_is_cut_short_and_says_so(tmp_path):
    from portal.documents import word_text

    from .upload_samples import docx

    paragraph = b"<w:p><w:r><w:t>A line of the plan.</w:t></w:r></w:p>"
    body = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body>' + paragraph * (word_text.MAX_BLOCKS + 10) + b"</w:body></w:document>"
    )
    path = tmp_path / "long.docx"
    path.write_bytes(docx(document=body))
    answer = word_text.read_blocks(str(path))
    assert answer["cut"] is True and len(answer["blocks"]) == word_text.MAX_BLOCKS
