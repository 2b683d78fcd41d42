"""Quicker sharing (issue #16): the kind of document fills in the cover note, who can see it is one
choice, and a confirm page lists exactly who will see it before anything is shared.

The pages are in portal/cases/admin_views/documents.py; the file is held between the form and the
confirm page by portal/documents/staging.py.
"""

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.cases.services import case_create
from portal.demo.builders import user_get_or_build
from portal.documents import cover_notes
from portal.documents.housekeeping import staged_uploads_expire
from portal.documents.models import DocumentRecipient, DocumentVersion, SharedDocument
from portal.documents.scanning import ScanResult
from portal.documents.selectors import documents_for_participant
from portal.documents.staging import MAX_AGE
from portal.notifications.models import Notification

from .workspace_builders import (
    CONFIRM_TEMPLATE,
    HTML_AS_PDF,
    add_family_member,
    confirm_page_shown,
    confirm_post,
    make_worker,
    pdf_upload,
    url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_a(case_a, worker_a):
    return add_family_member(case_a, email="gran@family.example", first_name="Gran", role="other", added_by=worker_a)


@pytest.fixture
def family(parent_a, young_a, other_a):
    return {"parent": parent_a, "young": young_a, "other": other_a}


@pytest.fixture
def held_files():
    """The files held during this test for a share nobody has confirmed yet (this run's private
    storage outlives each test's database, so files held by earlier tests are left out, and files
    this test leaves are removed after it)."""
    root = Path(DocumentVersion._meta.get_field("file").storage.location) / "staging"

    def present():
        return set(root.glob("*")) if root.exists() else set()

    before = present()
    yield lambda: sorted(present() - before)
    for path in present() - before:
        path.unlink()


def form_data(client, case, *, kind="other", **changes):
    """The share form as the kind's template filled it in, with a file and any changes."""
    initial = dict(client.get(url("document_share", case), {"kind": kind}).context["form"].initial)
    initial.pop("_once", None)
    if kind == "other":  # "something else" starts empty: the worker writes the note
        initial |= {"title": "Notes", "what_it_is": "Notes from our visit."}
    return {**initial, "file": pdf_upload("minutes.pdf", "Minutes"), **changes}


def names_listed(confirm_page):
    soup = BeautifulSoup(confirm_page.content, "html.parser")
    return [item.get_text(strip=True) for item in soup.select("[data-confirm-recipients] li")]


def shared_with(document):
    return {receipt.participant.pk for receipt in document.recipients.all()}


# The kind of document and its cover note -------------------------------------------------------------


def test_the_first_page_asks_what_kind_of_document_it_is_without_javascript(client, worker_a, case_a):
    client.force_login(worker_a)
    html = client.get(url("document_share", case_a)).content.decode()
    assert "What kind of document is it?" in html
    for kind, label in cover_notes.KIND_CHOICES:  # one link each: choosing is one click
        assert f'href="{url("document_share", case_a)}?kind={kind}">{label}</a>' in html
    assert 'type="file"' not in html, "the file comes on the next page"
    refused = client.get(url("document_share", case_a), {"kind": "not-a-kind"}).content.decode()
    assert "Choose what kind of document it is." in refused


def test_the_kind_fills_in_the_title_and_cover_note(client, worker_a, case_a, parent_a):
    client.force_login(worker_a)
    response = client.get(url("document_share", case_a), {"kind": "written_agreement"})
    html = response.content.decode()
    assert 'value="Written agreement"' in html
    assert "Read it with your solicitor before you sign it." in html
    assert "Wendy Worker, Family support worker" in html, "who to ask starts as the worker sharing it"
    assert "Kind of document: <strong>Written agreement</strong>" in html
    assert 'type="file"' in html
    empty = client.get(url("document_share", case_a), {"kind": "other"}).context["form"].initial
    assert all(empty[name] == "" for name in cover_notes.FIELDS)


def test_every_kind_has_a_short_plain_note_and_something_else_starts_empty(worker_a):
    kinds = [kind for kind, _label in cover_notes.KIND_CHOICES]
    assert len(kinds) == 11 and kinds[-1] == cover_notes.OTHER
    for kind in kinds[:-1]:
        note = cover_notes.cover_note_for(kind=kind, worker=worker_a)
        assert all(note[name] for name in cover_notes.FIELDS), kind
        assert len(note["title"]) <= 150 and len(note["who_to_ask"]) <= 200, kind
        assert "%(" not in "".join(note.values()), kind
        text = " ".join(note.values())
        assert "Wendy Worker" in note["who_to_ask"], kind
        # FACTS.md: relatives without parental responsibility are means-tested, so "free" is never unconditional.
        if "free" in text:
            assert "If you are a parent, or have parental responsibility" in text, kind
        sentences = [s for value in note.values() for s in value.split(".") if s.strip()]
        assert max(len(s.split()) for s in sentences) <= 25, f"{kind}: a sentence is too long to read easily"
    assert set(cover_notes.cover_note_for(kind="other", worker=worker_a).values()) == {""}


def test_the_workers_changes_are_what_the_family_gets(client, worker_a, case_a, parent_a):
    client.force_login(worker_a)
    data = form_data(
        client,
        case_a,
        kind="meeting_minutes",
        title="Minutes of our meeting on 3 March",
        what_happens_next="We meet again on 31 March at the family centre.",
        who="parents",
    )
    assert data["what_it_is"].startswith("These are the minutes of our meeting.")
    confirm_page = client.post(url("document_share", case_a), data)
    assert confirm_page_shown(confirm_page)
    html = confirm_page.content.decode()
    assert "Minutes of our meeting on 3 March" in html and "We meet again on 31 March" in html
    assert confirm_post(client, case_a, confirm_page).status_code == 302
    document = SharedDocument.objects.get(case=case_a)
    assert document.title == "Minutes of our meeting on 3 March"
    assert document.what_happens_next == "We meet again on 31 March at the family centre."
    assert document.what_it_is == data["what_it_is"]
    assert AccessLogEntry.objects.get(action="document_share").detail.endswith("kind=meeting_minutes")


# Who can see it --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "ticked", "expected"),
    [
        ("everyone", [], {"parent", "young", "other"}),
        ("parents", ["young"], {"parent"}),  # boxes ticked before switching away from "choose" are ignored
        ("choose", ["young", "other"], {"young", "other"}),
    ],
)
def test_each_choice_of_who_shares_with_the_right_people(client, worker_a, case_a, family, who, ticked, expected):
    invited = user_get_or_build(email="aunt@elsewhere.example", first_name="Aunt")
    from portal.cases.services import participant_add

    participant_add(case=case_a, email=invited.email, first_name="Aunt", role="other", added_by=worker_a)
    client.force_login(worker_a)
    recipients = [family[name].pk for name in ticked]
    confirm_page = client.post(url("document_share", case_a), form_data(client, case_a, who=who, recipients=recipients))
    assert confirm_page_shown(confirm_page), confirm_page.context["form"].errors
    assert len(names_listed(confirm_page)) == len(expected), "an invitation not yet accepted is nobody to share with"
    assert confirm_post(client, case_a, confirm_page).status_code == 302
    assert shared_with(SharedDocument.objects.get(case=case_a)) == {family[name].pk for name in expected}


def test_choose_with_nobody_ticked_is_refused_and_nothing_is_kept(client, worker_a, case_a, family, held_files):
    client.force_login(worker_a)
    response = client.post(url("document_share", case_a), form_data(client, case_a, who="choose"))
    assert response.status_code == 200 and not confirm_page_shown(response)
    assert "Tick at least one person, or choose everyone or parents and carers only." in response.content.decode()
    no_choice = client.post(url("document_share", case_a), form_data(client, case_a))
    assert "Choose who can see this document." in no_choice.content.decode()
    assert not SharedDocument.objects.exists() and held_files() == []


def test_parents_only_in_a_case_without_parents_says_so(client, worker_a, case_a, young_a):
    client.force_login(worker_a)
    response = client.post(url("document_share", case_a), form_data(client, case_a, who="parents"))
    assert "There are no parents or carers in this case. Choose people instead." in response.content.decode()


# The confirm page -----------------------------------------------------------------------------------


def test_the_confirm_page_lists_exactly_who_will_see_it_and_what_they_will_read(client, worker_a, case_a, family):
    client.force_login(worker_a)
    data = form_data(client, case_a, kind="written_agreement", who="parents")
    confirm_page = client.post(url("document_share", case_a), data)
    assert CONFIRM_TEMPLATE in {template.name for template in confirm_page.templates}
    assert names_listed(confirm_page) == ["Pat Family (Parent or carer)"]
    html = confirm_page.content.decode()
    assert "Jo Family" not in html and "Gran Family" not in html
    for text in ["Written agreement", "What this is", "Read it with your solicitor before you sign it.", "minutes.pdf"]:
        assert text in html
    for button in ["Share with these people", "Go back and change"]:
        assert button in html


def test_nothing_is_shared_or_told_before_the_confirm_button(client, worker_a, case_a, family, held_files):
    client.force_login(worker_a)
    notifications = Notification.objects.count()
    confirm_page = client.post(url("document_share", case_a), form_data(client, case_a, title="Secret", who="everyone"))
    assert confirm_page_shown(confirm_page)
    assert not SharedDocument.objects.exists() and not DocumentRecipient.objects.exists()
    assert Notification.objects.count() == notifications
    assert len(held_files()) == 1
    assert AccessLogEntry.objects.filter(action="document_stage", actor=worker_a).exists()
    for person in family.values():
        assert documents_for_participant(participant=person) == []
        client.force_login(person.user)
        assert "Secret" not in client.get(reverse("family:case", args=[case_a.public_id])).content.decode()
    client.force_login(worker_a)
    assert "Secret" not in client.get(url("workspace", case_a)).content.decode()


def test_confirming_shares_and_notifies_once_even_when_pressed_twice(client, worker_a, case_a, family, held_files):
    client.force_login(worker_a)
    notifications = Notification.objects.filter(reason="document_shared").count()
    confirm_page = client.post(url("document_share", case_a), form_data(client, case_a, who="everyone"))
    first = confirm_post(client, case_a, confirm_page)
    second = confirm_post(client, case_a, confirm_page)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == url("workspace", case_a)
    assert SharedDocument.objects.filter(case=case_a).count() == 1
    assert Notification.objects.filter(reason="document_shared").count() == notifications + 3
    assert AccessLogEntry.objects.filter(action="document_share").count() == 1
    assert held_files() == [], "the held file goes once it is shared"
    version = SharedDocument.objects.get(case=case_a).current_version
    assert version.original_name == "minutes.pdf" and version.size > 0


def test_going_back_keeps_the_file_and_the_text(client, worker_a, case_a, family, held_files):
    client.force_login(worker_a)
    data = form_data(client, case_a, title="First try", who="everyone")
    confirm_page = client.post(url("document_share", case_a), data)
    back = confirm_post(client, case_a, confirm_page, action="back")
    form = back.context["form"]
    assert back.status_code == 200 and not form.errors
    assert form["title"].value() == "First try" and form["who"].value() == "everyone"
    assert "Kept from before: minutes.pdf" in back.content.decode()
    data = {name: form[name].value() for name in form.fields if name != "file"}
    data |= {"title": "Second try", "who": "parents"}
    again = client.post(url("document_share", case_a), data)  # no file sent: the held one is used
    assert confirm_page_shown(again) and names_listed(again) == ["Pat Family (Parent or carer)"]
    assert confirm_post(client, case_a, again).status_code == 302
    document = SharedDocument.objects.get(case=case_a)
    assert document.title == "Second try" and shared_with(document) == {family["parent"].pk}
    assert document.versions.count() == 1 and held_files() == []


def test_cancel_shares_nothing_and_deletes_the_held_file(client, worker_a, case_a, parent_a, held_files):
    client.force_login(worker_a)
    confirm_page = client.post(url("document_share", case_a), form_data(client, case_a, who="everyone"))
    assert len(held_files()) == 1
    response = confirm_post(client, case_a, confirm_page, action="cancel")
    assert response.status_code == 302 and held_files() == []
    assert not SharedDocument.objects.exists()


def test_a_change_in_the_family_between_the_pages_is_caught(client, worker_a, case_a, parent_a):
    client.force_login(worker_a)
    confirm_page = client.post(url("document_share", case_a), form_data(client, case_a, who="everyone"))
    add_family_member(case_a, email="new@family.example", first_name="Newly", added_by=worker_a)
    response = confirm_post(client, case_a, confirm_page)
    assert response.status_code == 200
    assert "The people in this case have changed. Check who can see it again." in response.content.decode()
    assert not SharedDocument.objects.exists()


# Walking away, other councils, refused files -------------------------------------------------------


def test_walking_away_leaves_nothing_a_family_can_see_and_the_held_file_is_deleted(
    client, worker_a, case_a, parent_a, held_files
):
    client.force_login(worker_a)
    confirm_page = client.post(url("document_share", case_a), form_data(client, case_a, title="Left", who="everyone"))
    [held] = held_files()
    assert documents_for_participant(participant=parent_a) == []
    assert staged_uploads_expire() == 0, "a file still waiting for its confirm page is kept"
    assert staged_uploads_expire(now=timezone.now() + MAX_AGE + timedelta(minutes=1)) >= 1  # with earlier tests'
    assert not held.exists()
    assert AccessLogEntry.objects.filter(action="document_stage_expired", outcome="allowed").exists()
    # The confirm page can no longer share it: the form asks for the file again.
    response = confirm_post(client, case_a, confirm_page)
    assert response.status_code == 200 and "Choose the file to share." in response.content.decode()
    assert not SharedDocument.objects.exists()


def test_the_daily_command_deletes_held_files_older_than_their_token(client, worker_a, case_a, parent_a, held_files):
    client.force_login(worker_a)
    client.post(url("document_share", case_a), form_data(client, case_a, who="everyone"))
    [held] = held_files()
    old = time.time() - MAX_AGE.total_seconds() - 60
    os.utime(held, (old, old))
    call_command("expire_unshared_documents")
    assert held_files() == []


def test_another_councils_worker_gets_404_on_every_step(client, worker_a, case_a, parent_a, world_b, held_files):
    client.force_login(worker_a)
    confirm_page = client.post(url("document_share", case_a), form_data(client, case_a, who="everyone"))
    draft = confirm_page.context["form"].initial["draft"]
    case_b = world_b["case"]
    data = form_data(client, case_a, who="choose", recipients=[world_b["parent"].pk])
    attempts = [
        ("get", url("document_share", case_b), {}),
        ("get", url("document_share", case_b), {"kind": "written_agreement"}),
        ("post", url("document_share", case_b), data),
        ("get", url("document_share_confirm", case_b), {}),
        ("post", url("document_share_confirm", case_b), {"draft": draft, "action": "share"}),
    ]
    for method, target, payload in attempts:
        response = getattr(client, method)(target, payload)
        assert response.status_code == 404, f"{method} {target}"
        assert "Bramley" not in response.content.decode()
    assert SharedDocument.objects.filter(case=case_b).count() == 1  # only the one world_b made
    assert len(held_files()) == 1, "only the worker's own held file"


def test_a_draft_or_held_file_works_only_for_its_own_worker_and_case(client, worker_a, case_a, parent_a, authority_a):
    colleague = make_worker(authority=authority_a, email="colleague@la-a.example", first_name="Carol")
    other_case = case_create(authority=authority_a, reference="ASH-002", family_name="Other", created_by=worker_a)
    client.force_login(worker_a)
    confirm_page = client.post(url("document_share", case_a), form_data(client, case_a, who="everyone"))
    draft = confirm_page.context["form"].initial["draft"]
    moved = client.post(url("document_share_confirm", other_case), {"draft": draft, "action": "share"})
    assert "Nothing was shared" in moved.content.decode()
    client.force_login(colleague)
    borrowed = client.post(url("document_share_confirm", case_a), {"draft": draft, "action": "share"})
    assert "Nothing was shared" in borrowed.content.decode()
    assert not SharedDocument.objects.exists()


def test_a_file_that_fails_its_checks_never_reaches_the_confirm_page(client, worker_a, case_a, parent_a, held_files):
    client.force_login(worker_a)
    bad = SimpleUploadedFile("letter.pdf", HTML_AS_PDF, content_type="application/pdf")
    response = client.post(url("document_share", case_a), form_data(client, case_a, who="everyone", file=bad))
    assert response.status_code == 200 and not confirm_page_shown(response)
    assert response.context["form"].errors.get("file")
    assert held_files() == [] and not SharedDocument.objects.exists()


def test_a_file_with_a_virus_never_reaches_the_confirm_page(
    client, worker_a, case_a, parent_a, held_files, monkeypatch
):
    from portal.documents import services

    monkeypatch.setattr(services, "scanning_configured", lambda: True)
    monkeypatch.setattr(services, "scan_file", lambda handle: ScanResult(clean=False, signature="Eicar-Test"))
    client.force_login(worker_a)
    response = client.post(url("document_share", case_a), form_data(client, case_a, who="everyone"))
    assert not confirm_page_shown(response)
    assert "contains a virus (Eicar-Test)" in response.content.decode()
    assert held_files() == []
    assert AccessLogEntry.objects.filter(action="document_infected", outcome="denied").count() == 1


# Change who can see it ------------------------------------------------------------------------------


def test_change_who_can_see_it_offers_the_same_choice(client, worker_a, case_a, family, document_a):
    client.force_login(worker_a)
    target = url("document_recipients", case_a, document_a.public_id)
    form = client.get(target).context["form"]
    assert form["who"].value() == "parents", "shared with the only parent: shown as parents only"
    assert client.post(target, {"who": "everyone"}).status_code == 302
    assert shared_with(document_a) == {person.pk for person in family.values()}
    assert client.get(target).context["form"]["who"].value() == "everyone"
    assert client.post(target, {"who": "choose", "recipients": [family["young"].pk]}).status_code == 302
    assert shared_with(document_a) == {family["young"].pk}


def test_sharing_a_held_file_that_has_gone_is_a_plain_error_not_a_crash(case_a, parent_a, worker_a):
    from django.core.exceptions import ValidationError

    from portal.documents.services import document_share
    from portal.documents.staging import StagedUpload

    gone = StagedUpload(name="staging/" + "0" * 32, original_name="a.pdf", content_type="", size=1, token="")
    with pytest.raises(ValidationError, match="no longer kept"):
        document_share(case=case_a, staged=gone, title="T", what_it_is="W", recipients=[parent_a], shared_by=worker_a)
    assert not SharedDocument.objects.exists()
