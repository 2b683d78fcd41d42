"""Asking and replying: through services, audited, and the reply tells only the asker, neutrally."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.conversations.models import Thread
from portal.conversations.selectors import unopened_receipts_for_worker
from portal.conversations.services import thread_follow_up, thread_reply, thread_start
from portal.documents.models import DocumentRecipient
from portal.notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(world, _world_for_the_module):
    Notification.objects.all().delete()
    return world


def test_a_family_member_asks_about_a_document_from_its_page(client, world):
    client.force_login(world.p1.user)
    document_page = client.get(reverse("family:document", args=[world.a1.public_id, world.d1.public_id]))
    ask_url = reverse("family:question_new", args=[world.a1.public_id]) + f"?document={world.d1.public_id}"
    assert ask_url in document_page.content.decode()
    assert "D1 letter" in client.get(ask_url).content.decode()
    response = client.post(ask_url, {"body": "  What does this letter mean?  "})
    thread = Thread.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("family:question", args=[world.a1.public_id, thread.public_id])
    assert (thread.topic, thread.document, thread.asker, thread.awaiting_reply) == (
        "document",
        world.d1,
        world.p1,
        True,
    )
    assert thread.messages.get().body == "What does this letter mean?"
    assert AccessLogEntry.objects.filter(action="question_ask", actor=world.p1.user, outcome="allowed").exists()


def test_a_family_member_asks_about_the_stage(client, world):
    client.force_login(world.p2.user)
    case_page = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    ask_url = reverse("family:question_new", args=[world.a1.public_id]) + "?about=stage"
    assert ask_url in case_page
    client.post(ask_url, {"body": "How long will this take?"})
    thread = Thread.objects.get()
    assert (thread.topic, thread.stage) == ("stage", world.a1.stage)


def test_an_empty_question_is_refused_with_a_clear_error(client, world):
    client.force_login(world.p1.user)
    response = client.post(reverse("family:question_new", args=[world.a1.public_id]), {"body": "   "})
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and "Write your question" in html
    assert not Thread.objects.exists()


def test_a_question_about_someone_elses_document_is_refused_by_the_service(world):
    with pytest.raises(ValidationError):
        thread_start(participant=world.p2, document=world.d1, body="What is in Pat's letter?")
    assert not Thread.objects.exists()


def test_a_reply_tells_only_the_asker_in_neutral_words(world, django_capture_on_commit_callbacks):
    thread = thread_start(participant=world.p1, document=world.d1, body="What does the D1 letter mean?")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        thread_reply(thread=thread, worker=world.wa, body="It means we are worried, Pat.")
    thread.refresh_from_db()
    assert not thread.awaiting_reply
    assert list(Notification.objects.values_list("recipient__email", "reason")) == [
        ("p1@family.example", "question_answered")
    ]
    assert [m.to for m in mail.outbox] == [["p1@family.example"]]
    text = mail.outbox[0].subject + mail.outbox[0].body
    for secret in ["Pat", "Wendy", "D1", "worried", "question", "reply", "A1", "Ashford"]:
        assert secret.lower() not in text.lower()
    # A follow-up from the family puts it back in the worker's list.
    thread_follow_up(thread=thread, participant=world.p1, body="Thank you. And then?")
    thread.refresh_from_db()
    assert thread.awaiting_reply


def test_a_worker_of_another_council_cannot_reply(world):
    thread = thread_start(participant=world.p1, body="Hello?")
    with pytest.raises(ValidationError):
        thread_reply(thread=thread, worker=world.wb, body="From LA-B")
    with pytest.raises(ValidationError):
        thread_reply(thread=thread, worker=world.aa, body="From an LA admin")
    assert thread.messages.count() == 1
    assert not Notification.objects.exists()


def test_only_the_asker_can_add_to_a_question(world):
    thread = thread_start(participant=world.yp, body="Will I have to move?")
    with pytest.raises(ValidationError):
        thread_follow_up(thread=thread, participant=world.p1, body="What did Jo ask?")


def test_a_worker_replies_in_the_workspace(client, world, django_capture_on_commit_callbacks):
    thread = thread_start(participant=world.yp, about_stage=True, body="Do I have to go to court?")
    client.force_login(world.wa)
    workspace = client.get(reverse("cases:workspace", args=[world.a1.pk])).content.decode()
    thread_url = reverse("questions:thread", args=[thread.public_id])
    assert "Questions waiting for a reply" in workspace and thread_url in workspace
    page = client.get(thread_url)
    assert page.status_code == 200 and "Do I have to go to court?" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(thread_url, {"body": "No. You can tell us what you think in other ways."})
    assert response.status_code == 302
    assert thread.messages.filter(from_family=False, author=world.wa).exists()
    assert AccessLogEntry.objects.filter(action="question_reply", actor=world.wa).exists()
    assert Notification.objects.filter(recipient=world.yp.user, reason="question_answered", status="sent").exists()
    # The young person sees the reply; the workspace no longer lists the question.
    client.force_login(world.yp.user)
    html = client.get(reverse("family:question", args=[world.a1.public_id, thread.public_id])).content.decode()
    assert "You can tell us what you think in other ways." in html
    client.force_login(world.wa)
    assert thread_url not in client.get(reverse("cases:workspace", args=[world.a1.pk])).content.decode()


def test_an_empty_reply_is_refused(client, world):
    thread = thread_start(participant=world.p1, body="Hello?")
    client.force_login(world.wa)
    response = client.post(reverse("questions:thread", args=[thread.public_id]), {"body": " "})
    assert response.status_code == 200
    assert thread.messages.count() == 1


def _age(receipt, days):
    DocumentRecipient.objects.filter(pk=receipt.pk).update(shared_at=timezone.now() - timedelta(days=days))


def test_recipients_who_have_not_opened_a_document_after_a_few_days_are_flagged(client, world, settings):
    settings.PORTAL_UNOPENED_DAYS = 3
    old = world.d1.recipients.get(participant=world.p1)
    recent = world.d_yp.recipients.get(participant=world.yp)
    _age(old, 4)
    _age(recent, 1)
    opened = world.d_a2.recipients.get()
    _age(opened, 10)
    DocumentRecipient.objects.filter(pk=opened.pk).update(first_opened_at=timezone.now())
    other_la = world.d_b1.recipients.get()
    _age(other_la, 10)

    assert [r.pk for r in unopened_receipts_for_worker(user=world.wa)] == [old.pk]
    assert [r.pk for r in unopened_receipts_for_worker(user=world.wb)] == [other_la.pk]

    client.force_login(world.wa)
    workspace = client.get(reverse("cases:workspace", args=[world.a1.pk])).content.decode()
    assert workspace.count("Not opened after 3 days") == 1
    index = client.get(reverse("questions:index")).content.decode()
    assert "Not opened yet" in index and "D1 letter" in index
    assert "Letter for Jo" not in index and "A2 letter" not in index and "B1 letter" not in index
