"""SECURITY-TESTS.md, Reliability 28–30.

28 is simulated here (the database connection raises, as it does while PostgreSQL restarts); the real
restart under traffic runs in CI: `python -m portal.tools.loadtest --restart-postgres` (see .ci/run).
"""

import errno
import re
import time
from datetime import timedelta

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portal.demo.pdf import make_pdf
from portal.documents.models import DocumentVersion, SharedDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch):
    """Set state["down"]: every query then fails the way psycopg fails while the server restarts."""
    state = {"down": False}
    wrapper_class = type(connections["default"])
    original = wrapper_class.ensure_connection

    def ensure_connection(self):
        if state["down"]:
            raise OperationalError("terminating connection due to administrator command")
        return original(self)

    monkeypatch.setattr(wrapper_class, "ensure_connection", ensure_connection)
    return state


def _is_friendly_503(response):
    html = response.content.decode()
    return (
        response.status_code == 503
        and "Sorry, the service is unavailable" in html
        and response["Retry-After"]
        and "<script>" not in html
        and "Traceback" not in html
    )


def test_28_database_down_gives_a_friendly_503_at_once_and_the_next_request_recovers(world, database_down):
    client = Client(raise_request_exception=False)
    client.force_login(world.p1.user)
    database_down["down"] = True
    pages = [reverse("family:case", args=[world.a1.public_id]), "/admin/", reverse("account_login"), "/"]
    for url in pages:
        started = time.monotonic()
        response = client.get(url)
        assert time.monotonic() - started < 5, url
        assert _is_friendly_503(response), f"{url}: {response.status_code}"
    health = Client().get("/healthz")  # as the load balancer asks: no cookies
    assert health.status_code == 503 and health.json()["database"] == "down"
    assert client.get("/healthz").status_code == 503

    database_down["down"] = False  # PostgreSQL is back: nothing to restart or clear

    assert client.get(reverse("family:case", args=[world.a1.public_id])).status_code == 200
    assert client.get("/healthz").status_code == 200


def test_28_a_database_error_inside_a_view_also_gives_the_503_page(world, monkeypatch):
    from portal.cases import views

    def failing(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(views.selectors, "case_timeline", failing)
    client = Client()
    client.force_login(world.p1.user)
    assert _is_friendly_503(client.get(reverse("family:case", args=[world.a1.public_id])))


def test_29_email_provider_down_while_sharing_keeps_the_share_and_sends_one_neutral_email_later(
    world, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """The outbox belongs to portal.notifications; here it is driven only through what anyone can see:
    the share, the mail server and the scheduled `send_pending_notifications` command."""
    if not apps.is_installed("portal.notifications"):
        pytest.skip("portal.notifications is not installed yet: nothing sends share notifications to test")
    from django.core import mail
    from django.core.mail.backends.locmem import EmailBackend
    from django.core.management import call_command

    from portal.documents.services import document_share

    real_send = EmailBackend.send_messages

    def provider_down(self, messages):
        raise OSError(errno.ECONNREFUSED, "Connection refused")

    monkeypatch.setattr(EmailBackend, "send_messages", provider_down)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        document = document_share(
            case=world.a1,
            uploaded_file=SimpleUploadedFile("x.pdf", make_pdf("Secret title", ["x"])),
            title="Secret title about the A1 family",
            what_it_is="x",
            recipients=[world.p2],
            shared_by=world.wa,
        )
    assert SharedDocument.objects.filter(pk=document.pk).exists()
    assert document.recipients.filter(participant=world.p2).exists()
    assert not [m for m in mail.outbox if world.p2.user.email in m.to]

    monkeypatch.setattr(EmailBackend, "send_messages", real_send)
    Notification = apps.get_model("notifications", "Notification")
    # Time passes: the retry is due (the outbox backs off after a failure).
    if any(field.name == "next_attempt_at" for field in Notification._meta.fields):
        Notification.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    call_command("send_pending_notifications")
    call_command("send_pending_notifications")  # a second run sends nothing again

    sent = [m for m in mail.outbox if world.p2.user.email in m.to]
    assert len(sent) == 1
    text = sent[0].subject + sent[0].body + "".join(str(a[0]) for a in getattr(sent[0], "alternatives", []))
    for private in ("Secret title", "A1 family", "Sam", "Pat", world.a1.reference, world.authority_a.name):
        assert private not in text, private


class DiskFull(Exception):
    pass


def test_30_disk_full_during_an_upload_gives_a_clear_error_and_saves_nothing(client, world, monkeypatch):
    storage = DocumentVersion._meta.get_field("file").storage
    real_save = type(storage)._save

    def save_until_full(self, name, content):
        # Write part of the file, as a filling disk does, then fail the way the OS does.
        path = self.path(name)
        import os

        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content.read(100))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(type(storage), "_save", save_until_full)
    client.force_login(world.wa)
    documents, versions = SharedDocument.objects.count(), DocumentVersion.objects.count()
    location = storage.location
    import os

    files_before = {os.path.join(d, f) for d, _, fs in os.walk(location) for f in fs}

    response = client.post(
        reverse("cases:document_share", args=[world.a1.pk]),
        {
            "title": "Will not fit",
            "what_it_is": "x",
            "who": "choose",
            "recipients": [world.p1.pk],
            "file": SimpleUploadedFile("letter.pdf", make_pdf("Big", ["x" * 500]), content_type="application/pdf"),
        },
    )

    assert response.status_code == 200
    html = re.sub(r"\s+", " ", response.content.decode())
    assert "The server could not store this file. Nothing was saved. Try again later or tell your IT team." in html
    assert SharedDocument.objects.count() == documents
    assert DocumentVersion.objects.count() == versions
    assert {os.path.join(d, f) for d, _, fs in os.walk(location) for f in fs} == files_before

    # A new version of an existing document fails the same way, and D1 keeps its one version.
    response = client.post(
        reverse("cases:document_version", args=[world.a1.pk, world.d1.public_id]),
        {"file": SimpleUploadedFile("v2.pdf", make_pdf("V2", ["x"]), content_type="application/pdf")},
    )
    assert "Nothing was saved" in response.content.decode()
    assert world.d1.versions.count() == 1
    monkeypatch.setattr(type(storage), "_save", real_save)
