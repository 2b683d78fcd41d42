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
