"""A family member sends a document or photo to their workers (#19): the same checks as a worker's
upload, a photo's location and other metadata gone in what the worker gets, seen only by the sender
and the workers, and "sent / seen by your worker" for the sender."""

import hashlib
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags, Image

from portal.audit.models import AccessLogEntry
from portal.documents.models import FamilyUpload
from tests.conftest import stored_files

from .upload_samples import MB

pytestmark = pytest.mark.django_db


def phone_photo():
    """A JPEG as a phone writes it: camera make, a time, and where it was taken (GPS)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.DateTime] = "2026:12:01 09:30:00"
    exif[ExifTags.Base.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (53.0, 48.0, 1.0),
        ExifTags.GPS.GPSLongitudeRef: "W",
        ExifTags.GPS.GPSLongitude: (1.0, 32.0, 2.0),
    }
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "green").save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def send_url(world, case=None):
    return reverse("family:send", args=[(case or world.a1).public_id])


def send(client, world, data, name="photo.jpg", note="My course certificate", case=None):
    return client.post(send_url(world, case), {"file": SimpleUploadedFile(name, data), "note": note})


def test_a_photo_reaches_the_worker_without_its_location_or_camera_details(client, world):
    original = phone_photo()
    with Image.open(io.BytesIO(original)) as before:
        assert before.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the sample really carries a location
    client.force_login(world.p1.user)
    response = send(client, world, original)
    assert response.status_code == 302
    upload = FamilyUpload.objects.get()
    assert (upload.sender, upload.note, upload.content_type) == (world.p1, "My course certificate", "image/jpeg")

    client.force_login(world.wa)
    url = reverse("cases:family_upload_download", args=[world.a1.pk, upload.public_id])
    response = client.get(url)
    received = b"".join(response.streaming_content)
    assert response["Cache-Control"].startswith("private, no-store")
    assert int(response["Content-Length"]) == len(received) == upload.size
    assert hashlib.sha256(received).hexdigest() == upload.sha256
    assert b"PhoneMaker" not in received and b"GPS" not in received
    with Image.open(io.BytesIO(received)) as after:
        assert not after.getexif()  # no EXIF at all: no location, no camera, no time
        assert after.size == (64, 48)
    upload.refresh_from_db()
    assert upload.seen_by == world.wa and upload.seen_at is not None


def test_the_sender_sees_sent_then_seen_and_nobody_else_in_the_family_sees_it(client, world):
    client.force_login(world.p1.user)
    send(client, world, phone_photo(), note="Marker-note-P1")
    page = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    assert "Marker-note-P1" in page and ">Sent<" in page
    for other in (world.p2, world.yp):
        client.force_login(other.user)
        assert "Marker-note-P1" not in client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    client.force_login(world.wa)
    upload = FamilyUpload.objects.get()
    client.get(reverse("cases:family_upload_download", args=[world.a1.pk, upload.public_id]))
    client.force_login(world.p1.user)
    assert "Seen by your worker" in client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.pdf", "This file is empty"),
        (b"<html><script>alert(1)</script></html>", "page.pdf", "looks like a web page"),
        (b"MZ\x90\x00" + b"\x00" * 200, "setup.jpg", "You can share PDF, Word (.docx), JPEG or PNG files"),
    ],
)
def test_a_refused_file_gets_a_plain_message_and_nothing_is_kept(client, world, data, name, message):
    before = stored_files()
    client.force_login(world.p1.user)
    response = send(client, world, data, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not FamilyUpload.objects.exists()
    assert stored_files() == before


def test_no_file_chosen_is_said_plainly(client, world):
    client.force_login(world.p1.user)
    response = client.post(send_url(world), {"note": "x"})
    assert "Choose a file or photo to send" in response.content.decode()


def test_a_file_over_the_limit_is_refused_with_its_size(client, world, settings):
    settings.PORTAL_DOCUMENT_MAX_BYTES = 1 * MB
    client.force_login(world.p1.user)
    response = send(client, world, b"\xff\xd8\xff" + b"\x00" * (2 * MB), name="big.jpg")
    assert "The largest file you can share is 1 MB" in response.content.decode()
    assert not FamilyUpload.objects.exists()


@pytest.mark.parametrize("who", ["pa2", "pb1", "wa"])
def test_nobody_sends_into_another_familys_case(client, world, who):
    thing = getattr(world, who)
    client.force_login(getattr(thing, "user", thing))
    assert send(client, world, phone_photo()).status_code == 404
    assert not FamilyUpload.objects.exists()


def test_only_the_cases_council_workers_open_what_was_sent(client, world):
    client.force_login(world.p1.user)
    send(client, world, phone_photo())
    upload = FamilyUpload.objects.get()
    client.force_login(world.wb)
    assert client.get(reverse("cases:family_upload_download", args=[world.a1.pk, upload.public_id])).status_code == 404
    client.force_login(world.wa)
    # Through another case of the same council: not found.
    assert client.get(reverse("cases:family_upload_download", args=[world.a2.pk, upload.public_id])).status_code == 404
    upload.refresh_from_db()
    assert upload.seen_at is None
    assert AccessLogEntry.objects.filter(action="family_upload_send", actor=world.p1.user).exists()


def test_the_worker_home_lists_what_families_sent_until_it_is_opened(client, world):
    client.force_login(world.p1.user)
    send(client, world, phone_photo())
    client.force_login(world.wa)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Sent by families, not opened yet" in home and "The A1 family" in home
    upload = FamilyUpload.objects.get()
    client.get(reverse("cases:family_upload_download", args=[world.a1.pk, upload.public_id]))
    assert "Nothing new from families." in client.get(reverse("wagtailadmin_home")).content.decode()
