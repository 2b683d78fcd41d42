"""The staff workspace, continued: the case page and every case action, and sharing documents.

Scope, the listing and creating or editing cases are in test_workspace.py.
"""

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.cases.models import CaseContact, KeyDate, Participant
from portal.documents.models import DocumentRecipient, DocumentVersion, SharedDocument

from .workspace_builders import HTML_AS_PDF, pdf_upload, share_through_pages, url

pytestmark = pytest.mark.django_db


# The workspace page and the case actions -----------------------------------------------------------


def test_workspace_shows_the_case(client, worker_a, case_a, parent_a, document_a):
    client.force_login(worker_a)
    response = client.get(url("workspace", case_a))
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    for text in ["The Ashby family", "Letter before proceedings sent", "pat@family.example", "Parent or carer"]:
        assert text in html
    for action in ["Add a family member", "Share a document", "Upload a new version", "Change who can see it"]:
        assert action in html
    assert AccessLogEntry.objects.filter(action="staff_case_view", actor=worker_a, outcome="allowed").exists()


def test_worker_changes_the_stage_with_a_note_for_the_family(client, worker_a, case_a):
    client.force_login(worker_a)
    form = client.get(url("stage", case_a)).content.decode()
    assert "What should the family know about this change?" in form
    response = client.post(
        url("stage", case_a),
        {"stage": "pre_proceedings_meeting", "note": "We will meet on Monday with your solicitor."},
    )
    assert response.status_code == 302
    assert response["Location"] == url("workspace", case_a)
    case_a.refresh_from_db()
    assert case_a.stage == "pre_proceedings_meeting"
    change = case_a.stage_changes.first()
    assert (change.stage, change.changed_by, change.note) == (
        "pre_proceedings_meeting",
        worker_a,
        "We will meet on Monday with your solicitor.",
    )
    html = client.get(url("workspace", case_a)).content.decode()
    assert "We will meet on Monday with your solicitor." in html
    assert "Pre-proceedings meeting" in html


def test_a_stage_change_needs_a_note(client, worker_a, case_a):
    client.force_login(worker_a)
    response = client.post(url("stage", case_a), {"stage": "final_hearing", "note": "  "})
    assert response.status_code == 200
    assert "Write a short note for the family" in response.content.decode()
    case_a.refresh_from_db()
    assert case_a.stage == "letter_sent"
    assert case_a.stage_changes.count() == 1


def test_worker_adds_a_family_member_who_gets_a_neutral_invitation(
    client, worker_a, case_a, django_capture_on_commit_callbacks
):
    client.force_login(worker_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("participant_add", case_a),
            {"first_name": "Robin", "last_name": "Ashby", "email": "Robin@Family.Example", "role": "parent"},
        )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="robin@family.example")
    assert not user.has_usable_password()
    assert EmailAddress.objects.filter(user=user, email="robin@family.example", verified=True).exists()
    participant = Participant.objects.get(case=case_a, user=user)
    assert participant.invited_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["robin@family.example"]
    text = f"{message.subject}\n{message.body}"
    for secret in ["Ashby", "ASH-001", "Ava", "Robin", "Letter before proceedings"]:
        assert secret not in text
    assert "Robin@Family.Example" not in client.get(url("workspace", case_a)).content.decode()
    assert "robin@family.example" in client.get(url("workspace", case_a)).content.decode()


def test_a_staff_email_is_only_invited_never_added(client, worker_a, colleague_a, case_a):
    """The worker sees what they would see for any address (tests/security/test_family_identity.py
    shows the staff account cannot accept); nobody is added."""
    client.force_login(worker_a)
    response = client.post(
        url("participant_add", case_a),
        {"first_name": "Carol", "email": "colleague.a@la-a.example", "role": "parent"},
    )
    assert response.status_code == 302
    assert not Participant.objects.filter(case=case_a).exists()


def test_worker_adds_and_changes_a_key_date(client, worker_a, case_a):
    client.force_login(worker_a)
    response = client.post(
        url("key_date_add", case_a),
        {
            "kind": "meeting",
            "title": "Review meeting",
            "starts_at": "2030-03-04 10:30",
            "where": "place",
            "place": "Family centre",
        },
    )
    assert response.status_code == 302
    key_date = KeyDate.objects.get(case=case_a)
    assert key_date.title == "Review meeting"
    edit_url = url("key_date_edit", case_a, key_date.public_id)
    assert "Review meeting" in client.get(edit_url).content.decode()
    response = client.post(
        edit_url,
        {
            "kind": "hearing",
            "title": "Court hearing",
            "starts_at": "2030-03-05 09:00",
            "where": "video",
            "place": "Old",
        },
    )
    assert response.status_code == 302
    key_date.refresh_from_db()
    assert (key_date.kind, key_date.title, key_date.by_video, key_date.place) == ("hearing", "Court hearing", True, "")
    form = BeautifulSoup(client.get(edit_url).content, "html.parser")
    assert form.find("input", attrs={"name": "where", "checked": True})["value"] == "video"
    assert "Court hearing" in client.get(url("workspace", case_a)).content.decode()


def test_worker_adds_and_changes_a_contact(client, worker_a, case_a):
    client.force_login(worker_a)
    response = client.post(
        url("contact_add", case_a), {"role": "solicitor", "name": "Sam Law", "organisation": "Law & Co"}
    )
    assert response.status_code == 302
    contact = CaseContact.objects.get(case=case_a)
    response = client.post(
        url("contact_edit", case_a, contact.pk), {"role": "guardian", "name": "Sam Law", "email": "not-an-email"}
    )
    assert response.status_code == 200
    contact.refresh_from_db()
    assert contact.role == "solicitor"
    response = client.post(url("contact_edit", case_a, contact.pk), {"role": "guardian", "name": "Sam Law"})
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.role == "guardian"


def test_named_workers_come_from_the_same_council_only(client, worker_a, colleague_a, worker_b, case_a):
    client.force_login(worker_a)
    form = client.get(url("workers", case_a)).content.decode()
    assert "colleague.a@la-a.example" in form or "Carol" in form
    assert "Will" not in form
    response = client.post(url("workers", case_a), {"workers": [worker_a.pk, worker_b.pk]})
    assert response.status_code == 200
    assert list(case_a.workers.all()) == [worker_a]
    response = client.post(url("workers", case_a), {"workers": [colleague_a.pk]})
    assert response.status_code == 302
    assert list(case_a.workers.all()) == [colleague_a]


# Documents -----------------------------------------------------------------------------------------


def test_share_form_takes_a_file_with_a_clear_hint(client, worker_a, case_a, parent_a):
    client.force_login(worker_a)
    html = client.get(url("document_share", case_a), {"kind": "other"}).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'accept=".pdf,.docx,.jpg,.jpeg,.png"' in html
    assert "PDF, Word (DOCX), JPEG or PNG, up to 20 MB" in html
    assert "Pat Family (Parent or carer)" in html


def test_worker_shares_a_document_with_one_person(client, worker_a, case_a, parent_a, young_a):
    client.force_login(worker_a)
    response = share_through_pages(
        client,
        case_a,
        {
            "title": "Meeting notes",
            "file": pdf_upload("notes.pdf", "Meeting notes"),
            "what_it_is": "Notes from our meeting.",
            "why_you_have_it": "So you know what we agreed.",
            "what_happens_next": "We meet again in four weeks.",
            "who_to_ask": "Wendy, 01632 960001",
            "who": "choose",
            "recipients": [parent_a.pk],
        },
    )
    assert response.status_code == 302
    document = SharedDocument.objects.get(case=case_a, title="Meeting notes")
    assert [receipt.participant for receipt in document.recipients.all()] == [parent_a]
    assert document.versions.count() == 1
    html = client.get(url("workspace", case_a)).content.decode()
    assert "Meeting notes" in html
    assert "Not opened yet" in html
    DocumentRecipient.objects.filter(document=document).update(first_opened_at=timezone.now())
    assert "First opened" in client.get(url("workspace", case_a)).content.decode()


def test_html_renamed_pdf_is_refused_and_nothing_is_kept(client, worker_a, case_a, parent_a, stored_files):
    storage, names = stored_files
    client.force_login(worker_a)
    response = client.post(
        url("document_share", case_a),
        {
            "title": "Innocent letter",
            "file": SimpleUploadedFile("letter.pdf", HTML_AS_PDF, content_type="application/pdf"),
            "what_it_is": "A letter.",
            "who": "choose",
            "recipients": [parent_a.pk],
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors.get("file"), form.errors
    assert "Nothing was saved" in response.content.decode()
    assert not SharedDocument.objects.exists()
    assert not DocumentVersion.objects.exists()
    assert not DocumentRecipient.objects.exists()
    assert all(not storage.exists(name) for name in names)


def test_sharing_needs_a_recipient_from_this_case(client, worker_a, case_a, parent_a, world_b):
    client.force_login(worker_a)
    data = {"title": "Letter", "what_it_is": "A letter.", "who": "choose"}
    response = client.post(url("document_share", case_a), {**data, "file": pdf_upload()})
    assert "Tick at least one person" in response.content.decode()
    response = client.post(
        url("document_share", case_a), {**data, "file": pdf_upload(), "recipients": [world_b["parent"].pk]}
    )
    assert response.status_code == 200
    assert response.context["form"].errors.get("recipients")
    assert not SharedDocument.objects.filter(case=case_a).exists()


def test_new_version_is_added_and_every_version_can_be_downloaded(client, worker_a, case_a, document_a):
    client.force_login(worker_a)
    html = client.get(url("document_version", case_a, document_a.public_id)).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'accept=".pdf,.docx,.jpg,.jpeg,.png"' in html
    response = client.post(
        url("document_version", case_a, document_a.public_id), {"file": pdf_upload("v2.pdf", "Second version")}
    )
    assert response.status_code == 302
    assert sorted(document_a.versions.values_list("number", flat=True)) == [1, 2]
    for number in (1, 2):
        response = client.get(url("document_download", case_a, document_a.public_id, number))
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "no-store" in response["Cache-Control"]
        assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert AccessLogEntry.objects.filter(action="staff_document_download", actor=worker_a).count() == 2
    assert client.get(url("document_download", case_a, document_a.public_id, 3)).status_code == 404


def test_a_bad_new_version_is_refused_and_the_old_one_kept(client, worker_a, case_a, document_a, stored_files):
    storage, names = stored_files
    client.force_login(worker_a)
    response = client.post(
        url("document_version", case_a, document_a.public_id),
        {"file": SimpleUploadedFile("v2.pdf", HTML_AS_PDF, content_type="application/pdf")},
    )
    assert response.status_code == 200
    assert response.context["form"].errors.get("file")
    assert list(document_a.versions.values_list("number", flat=True)) == [1]
    assert all(not storage.exists(name) for name in names)


def test_changing_recipients_removes_access(client, worker_a, case_a, parent_a, young_a, document_a):
    family_download = reverse("family:document_download", args=[case_a.public_id, document_a.public_id])
    client.force_login(parent_a.user)
    assert client.get(family_download).status_code == 200

    client.force_login(worker_a)
    form = client.get(url("document_recipients", case_a, document_a.public_id)).content.decode()
    assert "Jo Family (Young person)" in form
    response = client.post(
        url("document_recipients", case_a, document_a.public_id), {"who": "choose", "recipients": [young_a.pk]}
    )
    assert response.status_code == 302
    assert [receipt.participant for receipt in document_a.recipients.all()] == [young_a]

    client.force_login(parent_a.user)
    assert client.get(family_download).status_code == 404
    client.force_login(young_a.user)
    assert client.get(family_download).status_code == 200


def test_recipients_cannot_be_emptied(client, worker_a, case_a, parent_a, document_a):
    client.force_login(worker_a)
    response = client.post(url("document_recipients", case_a, document_a.public_id), {})
    assert response.status_code == 200
    assert "Choose who can see this document." in response.content.decode()
    response = client.post(url("document_recipients", case_a, document_a.public_id), {"who": "choose"})
    assert response.status_code == 200
    assert "Tick at least one person" in response.content.decode()
    assert [receipt.participant for receipt in document_a.recipients.all()] == [parent_a]
