"""The staff workspace in the Wagtail admin (/admin/cases/): scope, audit and every action.

Worker A (LA-A) must only ever reach LA-A's cases; LA-B's are 404 on every URL, with the denial in
the access log. Family members, LA editors and superusers without a worker membership get nothing.
"""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.authorities.models import StaffMembership
from portal.authorities.roles import WORKER_GROUP, editor_group_name
from portal.cases.models import Case, CaseContact, KeyDate, Participant, StageChange
from portal.cases.permissions import CasePermissionPolicy
from portal.cases.services import case_contact_save, case_create, key_date_save, participant_add
from portal.demo import builders
from portal.demo.builders import user_get_or_build
from portal.demo.pdf import make_pdf
from portal.documents.models import DocumentRecipient, DocumentVersion, SharedDocument
from portal.documents.services import document_share

pytestmark = pytest.mark.django_db

HTML_AS_PDF = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n" * 4


# Builders ----------------------------------------------------------------------------------------


def make_worker(*, authority, email, first_name="", job_title="Family support worker"):
    user = user_get_or_build(email=email, first_name=first_name, last_name="Worker", groups=[WORKER_GROUP])
    StaffMembership.objects.create(
        user=user, authority=authority, role=StaffMembership.Role.WORKER, job_title=job_title
    )
    return user


def pdf_upload(name="letter.pdf", title="A letter"):
    return SimpleUploadedFile(name, make_pdf(title, ["Some plain words."]), content_type="application/pdf")


def share(*, case, title, recipients, shared_by):
    return document_share(
        case=case,
        uploaded_file=pdf_upload(title=title),
        title=title,
        what_it_is=f"{title}.",
        recipients=recipients,
        shared_by=shared_by,
    )


def url(name, case, *args):
    return reverse(f"cases:{name}", args=[case.pk, *args])


# Fixtures ----------------------------------------------------------------------------------------


@pytest.fixture
def worker_a(authority_a):
    return make_worker(authority=authority_a, email="worker.a@la-a.example", first_name="Wendy")


@pytest.fixture
def colleague_a(authority_a):
    return make_worker(authority=authority_a, email="colleague.a@la-a.example", first_name="Carol")


@pytest.fixture
def worker_b(authority_b):
    return make_worker(authority=authority_b, email="worker.b@la-b.example", first_name="Will")


@pytest.fixture
def editor_a(authority_a):
    return user_get_or_build(email="editor@la-a.example", groups=[editor_group_name(authority_a)])


@pytest.fixture
def case_a(authority_a, worker_a):
    return case_create(
        authority=authority_a,
        reference="ASH-001",
        family_name="The Ashby family",
        children_first_names="Ava and Leo",
        created_by=worker_a,
    )


@pytest.fixture
def case_b(authority_b, worker_b):
    return case_create(
        authority=authority_b,
        reference="BRA-001",
        family_name="The Bramley family",
        children_first_names="Bea",
        created_by=worker_b,
    )


def add_family_member(case, *, email, first_name, role="parent", added_by=None):
    return participant_add(
        case=case, email=email, first_name=first_name, last_name="Family", role=role, added_by=added_by, invite=False
    )


@pytest.fixture
def parent_a(case_a, worker_a):
    return add_family_member(case_a, email="pat@family.example", first_name="Pat", added_by=worker_a)


@pytest.fixture
def young_a(case_a, worker_a):
    return add_family_member(case_a, email="jo@family.example", first_name="Jo", role="young_person", added_by=worker_a)


@pytest.fixture
def document_a(case_a, parent_a, worker_a):
    return share(case=case_a, title="Letter before proceedings", recipients=[parent_a], shared_by=worker_a)


@pytest.fixture
def world_b(case_b, worker_b):
    """Everything in LA-B's case that has its own URL in the workspace."""
    parent_b = add_family_member(case_b, email="bo@family.example", first_name="Bo", added_by=worker_b)
    document_b = share(case=case_b, title="Bramley letter", recipients=[parent_b], shared_by=worker_b)
    key_date_b = key_date_save(
        case=case_b, saved_by=worker_b, kind="meeting", title="Review meeting", starts_at=timezone.now()
    )
    contact_b = case_contact_save(case=case_b, saved_by=worker_b, role="solicitor", name="Sol Icitor")
    return {"case": case_b, "parent": parent_b, "document": document_b, "key_date": key_date_b, "contact": contact_b}


def workspace_urls(case, document, key_date, contact):
    """Every URL of one case's workspace."""
    return [
        url("edit", case),
        url("workspace", case),
        url("stage", case),
        url("participant_add", case),
        url("key_date_add", case),
        url("key_date_edit", case, key_date.public_id),
        url("contact_add", case),
        url("contact_edit", case, contact.pk),
        url("workers", case),
        url("document_share", case),
        url("document_version", case, document.public_id),
        url("document_recipients", case, document.public_id),
        url("document_download", case, document.public_id, 1),
    ]


@pytest.fixture
def stored_files(monkeypatch):
    """Names written to private storage during the test, to check none is left behind."""
    storage = DocumentVersion._meta.get_field("file").storage
    names = []
    original_save = storage.save

    def recording_save(name, content, *args, **kwargs):
        saved = original_save(name, content, *args, **kwargs)
        names.append(saved)
        return saved

    monkeypatch.setattr(storage, "save", recording_save)
    return storage, names


# The listing and the menu ------------------------------------------------------------------------


def test_worker_sees_only_their_own_councils_cases(client, worker_a, case_a, case_b):
    client.force_login(worker_a)
    response = client.get("/admin/cases/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "The Ashby family" in html
    assert "ASH-001" in html
    assert "Ava and Leo" in html
    assert "Letter before proceedings sent" in html  # the stage, by its title
    assert "The Bramley family" not in html
    assert "BRA-001" not in html
    assert "no-store" in response["Cache-Control"]


def test_search_finds_only_own_councils_cases(client, worker_a, case_a, case_b):
    client.force_login(worker_a)
    by_reference = client.get("/admin/cases/results/", {"q": "ASH-001"}).content.decode()
    assert "The Ashby family" in by_reference
    by_name = client.get("/admin/cases/", {"q": "Ashby"}).content.decode()
    assert "The Ashby family" in by_name
    other_la = client.get("/admin/cases/", {"q": "Bramley"}).content.decode()
    assert "The Bramley family" not in other_la
    assert "BRA-001" not in client.get("/admin/cases/results/", {"q": "BRA"}).content.decode()


def test_cases_menu_is_shown_to_workers_only(client, worker_a, editor_a):
    client.force_login(worker_a)
    assert "/admin/cases/" in client.get("/admin/").content.decode()
    client.force_login(editor_a)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "/admin/cases/" not in response.content.decode()


# Scope: LA-B's case from LA-A --------------------------------------------------------------------


def test_every_workspace_url_of_another_councils_case_is_404_and_audited(client, worker_a, world_b):
    client.force_login(worker_a)
    urls = workspace_urls(world_b["case"], world_b["document"], world_b["key_date"], world_b["contact"])
    for target in urls:
        for method in ("get", "post"):
            before = AccessLogEntry.objects.filter(outcome="denied").count()
            response = getattr(client, method)(target, {"stage": "final_hearing", "note": "x", "title": "x"})
            assert response.status_code == 404, f"{method.upper()} {target}: {response.status_code}"
            assert "Bramley" not in response.content.decode()
            denials = AccessLogEntry.objects.filter(outcome="denied")
            assert denials.count() == before + 1, target
            entry = denials.first()
            assert entry.actor == worker_a
            assert entry.path == target
    case_b = Case.objects.get(pk=world_b["case"].pk)
    assert case_b.stage == "letter_sent"
    assert case_b.family_name == "The Bramley family"
    assert StageChange.objects.filter(case=case_b).count() == 1


def test_another_councils_objects_under_your_own_case_are_404(client, worker_a, case_a, world_b, authority_a):
    """Swapping only the inner id (document, date, contact) must not reach another case's objects."""
    other_case_a = case_create(authority=authority_a, reference="ASH-002", family_name="Other", created_by=worker_a)
    own_contact_elsewhere = case_contact_save(case=other_case_a, saved_by=worker_a, role="advocate", name="Ada")
    client.force_login(worker_a)
    targets = [
        url("document_version", case_a, world_b["document"].public_id),
        url("document_recipients", case_a, world_b["document"].public_id),
        url("document_download", case_a, world_b["document"].public_id, 1),
        url("key_date_edit", case_a, world_b["key_date"].public_id),
        url("contact_edit", case_a, world_b["contact"].pk),
        url("contact_edit", case_a, own_contact_elsewhere.pk),
    ]
    for target in targets:
        response = client.post(target, {"role": "solicitor", "name": "Changed", "title": "Changed"})
        assert response.status_code == 404, target
    assert CaseContact.objects.get(pk=own_contact_elsewhere.pk).name == "Ada"
    assert CaseContact.objects.get(pk=world_b["contact"].pk).name == "Sol Icitor"


def test_a_worker_moved_to_another_council_loses_access_on_the_next_request(client, worker_a, case_a, authority_b):
    client.force_login(worker_a)
    assert client.get(url("workspace", case_a)).status_code == 200
    StaffMembership.objects.filter(user=worker_a).update(authority=authority_b)
    assert client.get(url("workspace", case_a)).status_code == 404


def test_family_member_cannot_reach_the_workspace(client, worker_a, case_a, parent_a, document_a):
    client.force_login(parent_a.user)
    contact = case_contact_save(case=case_a, saved_by=worker_a, role="solicitor", name="Sol")
    key_date = key_date_save(case=case_a, saved_by=worker_a, kind="meeting", title="Meeting", starts_at=timezone.now())
    for target in ["/admin/cases/", "/admin/cases/new/", *workspace_urls(case_a, document_a, key_date, contact)]:
        response = client.get(target)
        assert response.status_code != 200, target
        assert "The Ashby family" not in response.content.decode()


def test_la_editor_gets_404_on_case_urls(client, worker_a, editor_a, case_a, document_a):
    client.force_login(editor_a)
    contact = case_contact_save(case=case_a, saved_by=worker_a, role="solicitor", name="Sol")
    key_date = key_date_save(case=case_a, saved_by=worker_a, kind="meeting", title="Meeting", starts_at=timezone.now())
    for target in ["/admin/cases/", "/admin/cases/new/", *workspace_urls(case_a, document_a, key_date, contact)]:
        response = client.get(target)
        assert response.status_code in (403, 404), target
        assert "The Ashby family" not in response.content.decode()
    assert AccessLogEntry.objects.filter(actor=editor_a, outcome="denied").exists()


def test_superuser_without_a_worker_membership_has_no_case_access(client, case_a):
    admin = get_user_model().objects.create_superuser(email="root@example.org", password="a-long-test-password")
    builders.totp_get_or_build(user=admin)  # superusers must use MFA too
    client.force_login(admin)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/cases/").status_code == 404
    assert client.get(url("workspace", case_a)).status_code == 404
    assert client.get(url("edit", case_a)).status_code == 404


def test_permission_policy_follows_staff_membership(worker_a, worker_b, editor_a, case_a, case_b):
    policy = CasePermissionPolicy(Case)
    assert policy.user_has_permission(worker_a, "change")
    assert not policy.user_has_permission(worker_a, "delete")
    assert not policy.user_has_permission(editor_a, "view")
    assert list(policy.instances_user_has_permission_for(worker_a, "change")) == [case_a]
    assert list(policy.instances_user_has_permission_for(editor_a, "view")) == []
    assert not policy.instances_user_has_permission_for(worker_a, "delete").exists()
    assert policy.user_has_permission_for_instance(worker_a, "change", case_a)
    assert not policy.user_has_permission_for_instance(worker_a, "change", case_b)
    assert not policy.user_has_permission_for_instance(worker_a, "delete", case_a)
    assert list(policy.users_with_permission_for_instance("change", case_a)) == [worker_a]


def test_the_generic_delete_copy_and_history_views_do_not_exist(client, worker_a, case_a):
    client.force_login(worker_a)
    for action in ("delete", "copy", "history", "usage", "inspect"):
        assert client.get(f"/admin/cases/{action}/{case_a.pk}/").status_code == 404, action
    assert Case.objects.filter(pk=case_a.pk).exists()


# Creating and editing cases ----------------------------------------------------------------------


def test_worker_creates_a_case_in_their_own_council(client, worker_a, authority_a):
    client.force_login(worker_a)
    assert client.get("/admin/cases/new/").status_code == 200
    response = client.post(
        "/admin/cases/new/",
        {
            "reference": "ASH-777",
            "family_name": "The Newton family",
            "children_first_names": "Mo",
            "stage": "child_protection",
        },
    )
    case = Case.objects.get(reference="ASH-777")
    assert response.status_code == 302
    assert response["Location"] == url("workspace", case)
    assert case.authority == authority_a
    assert case.stage == "child_protection"
    assert list(case.workers.all()) == [worker_a]
    assert case.stage_changes.count() == 1
    assert AccessLogEntry.objects.filter(action="case_create", actor=worker_a, outcome="allowed").exists()


def test_duplicate_reference_gives_a_clear_error_and_saves_nothing(client, worker_a, case_a):
    client.force_login(worker_a)
    before = Case.objects.count()
    response = client.post(
        "/admin/cases/new/",
        {"reference": "ASH-001", "family_name": "Someone else", "children_first_names": "", "stage": "support"},
    )
    assert response.status_code == 200
    assert "already uses this reference" in response.content.decode()
    assert Case.objects.count() == before


def test_another_councils_reference_can_be_reused_and_is_not_revealed(client, worker_a, case_b):
    client.force_login(worker_a)
    response = client.post(
        "/admin/cases/new/",
        {
            "reference": "BRA-001",
            "family_name": "The Ashby-Bramley family",
            "children_first_names": "",
            "stage": "support",
        },
    )
    assert response.status_code == 302
    assert Case.objects.filter(reference="BRA-001").count() == 2


def test_edit_changes_names_but_never_the_stage(client, worker_a, case_a):
    client.force_login(worker_a)
    response = client.post(
        url("edit", case_a),
        {
            "reference": "ASH-001A",
            "family_name": "The Ashby-Smith family",
            "children_first_names": "Ava",
            "stage": "final_hearing",
        },
    )
    assert response.status_code == 302
    case_a.refresh_from_db()
    assert case_a.family_name == "The Ashby-Smith family"
    assert case_a.reference == "ASH-001A"
    assert case_a.stage == "letter_sent"


def test_edit_to_a_reference_already_in_use_is_refused(client, worker_a, case_a, authority_a):
    case_create(authority=authority_a, reference="ASH-002", family_name="Other", created_by=worker_a)
    client.force_login(worker_a)
    response = client.post(
        url("edit", case_a), {"reference": "ASH-002", "family_name": "Changed", "children_first_names": ""}
    )
    assert response.status_code == 200
    assert "already uses this reference" in response.content.decode()
    case_a.refresh_from_db()
    assert (case_a.reference, case_a.family_name) == ("ASH-001", "The Ashby family")


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
        {"kind": "meeting", "title": "Review meeting", "starts_at": "2030-03-04 10:30", "place": "Family centre"},
    )
    assert response.status_code == 302
    key_date = KeyDate.objects.get(case=case_a)
    assert key_date.title == "Review meeting"
    edit_url = url("key_date_edit", case_a, key_date.public_id)
    assert "Review meeting" in client.get(edit_url).content.decode()
    response = client.post(
        edit_url, {"kind": "hearing", "title": "Court hearing", "starts_at": "2030-03-05 09:00", "by_video": "on"}
    )
    assert response.status_code == 302
    key_date.refresh_from_db()
    assert (key_date.kind, key_date.title, key_date.by_video) == ("hearing", "Court hearing", True)
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
    html = client.get(url("document_share", case_a)).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'accept=".pdf,.docx,.jpg,.jpeg,.png"' in html
    assert "PDF, Word (DOCX), JPEG or PNG, up to 20 MB" in html
    assert "Pat Family (Parent or carer)" in html


def test_worker_shares_a_document_with_one_person(client, worker_a, case_a, parent_a, young_a):
    client.force_login(worker_a)
    response = client.post(
        url("document_share", case_a),
        {
            "title": "Meeting notes",
            "file": pdf_upload("notes.pdf", "Meeting notes"),
            "what_it_is": "Notes from our meeting.",
            "why_you_have_it": "So you know what we agreed.",
            "what_happens_next": "We meet again in four weeks.",
            "who_to_ask": "Wendy, 01632 960001",
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
    data = {"title": "Letter", "what_it_is": "A letter."}
    response = client.post(url("document_share", case_a), {**data, "file": pdf_upload()})
    assert "Choose at least one person" in response.content.decode()
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
    response = client.post(url("document_recipients", case_a, document_a.public_id), {"recipients": [young_a.pk]})
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
    assert "Choose at least one person" in response.content.decode()
    assert [receipt.participant for receipt in document_a.recipients.all()] == [parent_a]
