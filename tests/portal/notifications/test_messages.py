"""No personal data in any notification (SECURITY-TESTS.md: "keep case details out of every notification").

Every reason is triggered through the real services, by email and by text, and every word that
left the system is checked against the names, references and titles in the case.
"""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from portal.cases.services import case_stage_change, key_date_save
from portal.conversations.services import thread_reply, thread_start
from portal.demo import builders
from portal.demo.pdf import make_pdf
from portal.documents.services import document_add_version, document_recipients_set
from portal.notifications import messages
from portal.notifications.models import ContactPreference, Notification
from portal.notifications.services import key_date_reminders_send

pytestmark = pytest.mark.django_db

SECRETS = [
    "Taylor",  # family and people's surname
    "NB-2026-0142",  # the council's reference
    "Ava",  # children
    "Leo",
    "Sam",  # participants
    "Chris",
    "Wendy",  # worker
    "Whitfield",
    "Ashford",  # the council
    "Council",
    "Letter before proceedings",  # document titles
    "Written agreement",
    "Case Management Hearing",  # key date title and place
    "Northbrook",
    "Court",
    "assessment",  # the stage
]


@pytest.fixture
def taylors(authority_a):
    worker = builders.staff_get_or_build(
        authority=authority_a, email="wendy@la-a.example", role="worker", first_name="Wendy", last_name="Whitfield"
    )
    case = builders.case_get_or_build(
        authority=authority_a,
        reference="NB-2026-0142",
        family_name="The Taylor family",
        children_first_names="Ava and Leo",
        worker=worker,
    )
    sam = builders.participant_get_or_build(
        case=case, email="sam@family.example", first_name="Sam", last_name="Taylor", role="parent"
    )
    chris = builders.participant_get_or_build(
        case=case, email="chris@family.example", first_name="Chris", last_name="Taylor", role="parent"
    )
    ava = builders.participant_get_or_build(
        case=case, email="ava@family.example", first_name="Ava", last_name="Taylor", role="young_person"
    )
    # Sam has chosen email and texts, with a verified number.
    ContactPreference.objects.create(user=sam.user, channel="both", phone_number="+447700900982", phone_verified=True)
    return {"worker": worker, "case": case, "sam": sam, "chris": chris, "ava": ava}


def _leaks(text):
    """Case details in a message. The portal's own name, which starts every message, is not one."""
    text = text.replace(settings.PORTAL_MESSAGE_NAME, "")
    return [secret for secret in SECRETS if re.search(rf"\b{re.escape(secret)}\b", text, re.IGNORECASE)]


def test_every_reason_sends_only_neutral_words(taylors, django_capture_on_commit_callbacks, sms_outbox):
    case, worker, sam, chris, ava = (taylors[k] for k in ("case", "worker", "sam", "chris", "ava"))
    with django_capture_on_commit_callbacks(execute=True):
        letter = builders.document_get_or_build(
            case=case, title="Letter before proceedings", recipients=[sam], shared_by=worker
        )
    with django_capture_on_commit_callbacks(execute=True):
        builders.document_get_or_build(case=case, title="Written agreement", recipients=[sam, ava], shared_by=worker)
    with django_capture_on_commit_callbacks(execute=True):
        upload = SimpleUploadedFile("v2.pdf", make_pdf("Letter before proceedings", ["Version 2"]))
        document_add_version(document=letter, uploaded_file=upload, uploaded_by=worker)
    with django_capture_on_commit_callbacks(execute=True):
        document_recipients_set(document=letter, recipients=[sam, chris], changed_by=worker)
    with django_capture_on_commit_callbacks(execute=True):
        case_stage_change(case=case, stage="assessments", changed_by=worker, note="Ava's assessment starts soon.")
    tomorrow = timezone.localtime() + timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        hearing = key_date_save(
            case=case,
            saved_by=worker,
            kind="hearing",
            title="Case Management Hearing",
            starts_at=tomorrow.replace(hour=23, minute=0) - timedelta(days=1),
            place="Northbrook Family Court, Court 3",
        )
    with django_capture_on_commit_callbacks(execute=True):
        key_date_save(case=case, saved_by=worker, key_date=hearing, starts_at=tomorrow.replace(hour=10, minute=0))
    with django_capture_on_commit_callbacks(execute=True):
        question = thread_start(participant=sam, document=letter, body="Does this mean court, Wendy?")
        thread_reply(thread=question, worker=worker, body="Not yet, Sam. Take the letter to your solicitor.")
    with django_capture_on_commit_callbacks(execute=True):
        assert key_date_reminders_send() == 3

    assert set(Notification.objects.values_list("reason", flat=True)) == set(Notification.Reason.values)
    assert Notification.objects.exclude(status="sent").count() == 0
    assert mail.outbox and sms_outbox
    texts = [f"{m.subject}\n{m.body}" for m in mail.outbox] + [text["body"] for text in sms_outbox]
    for text in texts:
        assert _leaks(text) == [], text
        assert messages.login_url() in text
    # The words are exactly the neutral ones, and only these.
    assert {m.subject for m in mail.outbox} == {
        "Family court help: You have an update",
        "Family court help: You have something coming up",
    }
    assert {text["body"] for text in sms_outbox} == {
        "Family court help: " + messages.UPDATE_SMS.format(login_url=messages.login_url()),
        "Family court help: " + messages.REMINDER_SMS.format(login_url=messages.login_url()),
    }
    assert all(len(m.to) == 1 for m in mail.outbox)


@pytest.mark.parametrize("reason", Notification.Reason.values)
@pytest.mark.parametrize("channel", Notification.Channel.values)
def test_rendered_words_for_each_reason_are_neutral(reason, channel):
    rendered = messages.render(reason=reason, channel=channel)
    assert _leaks(f"{rendered.subject}\n{rendered.body}") == []
    assert "Sign in to see it" in rendered.body
    if channel == "sms":
        assert len(rendered.body) <= 160  # one text message


def test_an_unknown_reason_is_refused():
    with pytest.raises(ValueError, match="Unknown notification reason"):
        messages.render(reason="document_title_is_x", channel="email")


def test_the_link_never_uses_the_councils_own_host(settings, taylors):
    settings.DEBUG = False
    settings.PORTAL_BASE_URL = "https://family-portal.example"
    rendered = messages.render(reason="stage_changed", channel="email")
    assert "https://family-portal.example/accounts/login/" in rendered.body


@pytest.mark.parametrize("language", ["pl", "ro", "ur"])
@pytest.mark.parametrize("reason", [Notification.Reason.STAGE_CHANGED, Notification.Reason.KEY_DATE_REMINDER])
@pytest.mark.parametrize("channel", Notification.Channel.values)
def test_each_message_goes_out_in_the_persons_own_language_and_stays_neutral(language, reason, channel):
    english = messages.render(reason=reason, channel=channel)
    own = messages.render(reason=reason, channel=channel, language=language)
    assert own.body != english.body
    assert own.subject == "" if channel == "sms" else own.subject not in ("", english.subject)
    assert messages.login_url() in own.body  # the link survives every translation
    assert _leaks(f"{own.subject}\n{own.body}") == []


def test_no_language_or_an_unknown_one_is_english():
    english = messages.render(reason="stage_changed", channel="email")
    assert messages.render(reason="stage_changed", channel="email", language="xx") == english
    assert english.subject == "Family court help: You have an update"


@pytest.mark.django_db
def test_the_outbox_sends_in_the_recipients_language(taylors, django_capture_on_commit_callbacks):
    from django.core import mail

    from portal.cases.services import case_stage_change

    case, sam = taylors["case"], taylors["sam"]
    sam.user.language = "pl"
    sam.user.save(update_fields=["language"])
    with django_capture_on_commit_callbacks(execute=True):
        case_stage_change(case=case, stage="assessments", changed_by=taylors["worker"])
    polish = [m for m in mail.outbox if m.to == [sam.user.email]]
    assert polish and polish[0].subject == "Family court help: Masz nową wiadomość"
