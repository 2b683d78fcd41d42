"""Managing a family member's access from the workspace (issue 16): send the invitation again,
remove someone's access, change their email address. Closing and handing over a case are in
test_case_lifecycle.py."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.cases.models import CaseContact, CaseInvitation, Participant
from portal.cases.services import (
    EMAIL_CANNOT_BE_USED,
    case_contact_save,
    participant_add,
    participant_email_change,
    participant_invite_again,
)
from portal.conversations.admin_views import thread_url
from portal.conversations.models import Thread
from portal.conversations.services import thread_reply, thread_start
from portal.documents.models import DocumentRecipient, SharedDocument

from .workspace_builders import share, url

pytestmark = pytest.mark.django_db


def _family_table(html):
    return html.split('id="family-heading"')[1].split("</table>")[0]


def _join_path(message):
    return re.search(r"https?://[^/\s]+(/my-family/join/[^\s]+/)", message.body).group(1)


@pytest.fixture
def invitation_a(case_a, worker_a, world_b):
    """Bo, who has an account from LA-B's case, invited to LA-A's case and not accepted yet."""
    invitation = participant_add(
        case=case_a, email="bo@family.example", first_name="Bob", role="other", added_by=worker_a, invite=False
    )
    assert isinstance(invitation, CaseInvitation)
    CaseInvitation.objects.filter(pk=invitation.pk).update(invited_at=timezone.now() - timedelta(hours=1))
    invitation.refresh_from_db()
    return invitation


@pytest.fixture
def signed_in_worker(client, worker_a):
    client.force_login(worker_a)
    return client


# The workspace offers the actions ---------------------------------------------------------------------


def test_each_person_has_their_links_and_resend_only_before_they_sign_in(
    signed_in_worker, case_a, parent_a, young_a, invitation_a
):
    get_user_model().objects.filter(pk=young_a.user.pk).update(last_login=timezone.now())
    table = _family_table(signed_in_worker.get(url("workspace", case_a)).content.decode())
    for person in (parent_a, young_a):
        assert url("participant_email", case_a, person.pk) in table
        assert url("participant_remove", case_a, person.pk) in table
    assert url("participant_invite_again", case_a, parent_a.pk) in table
    assert url("participant_invite_again", case_a, young_a.pk) not in table
    # The invited account gets the same three links, so the table does not tell it apart.
    for name in ("invitation_invite_again", "invitation_email", "invitation_remove"):
        assert url(name, case_a, invitation_a.pk) in table
    assert table.count("Resend invitation") == 2


def test_every_new_address_is_a_404_for_another_councils_case_or_person(
    signed_in_worker, case_a, parent_a, world_b, worker_b
):
    case_b, parent_b = world_b["case"], world_b["parent"]
    # Pat (LA-A's) invited to LA-B's case: an invitation of another council.
    invitation_b = participant_add(
        case=case_b, email="pat@family.example", first_name="Pat", role="parent", added_by=worker_b, invite=False
    )
    assert isinstance(invitation_b, CaseInvitation)
    addresses = [url("close", case_b), url("handover", case_b)]
    for name in ("participant_invite_again", "participant_email", "participant_remove"):
        addresses += [url(name, case_b, parent_b.pk), url(name, case_a, parent_b.pk)]  # B's person under A's case
    for name in ("invitation_invite_again", "invitation_email", "invitation_remove"):
        addresses += [url(name, case_b, invitation_b.pk), url(name, case_a, invitation_b.pk)]
    for address in addresses:
        assert signed_in_worker.get(address).status_code == 404, address
        assert signed_in_worker.post(address, {"email": "x@family.example", "note": "n"}).status_code == 404, address
    assert Participant.objects.filter(pk=parent_b.pk).exists()
    assert CaseInvitation.objects.filter(pk=invitation_b.pk).exists()
    case_b.refresh_from_db()
    assert case_b.closed_at is None


# Sending the invitation again -------------------------------------------------------------------------


def test_resend_sends_one_neutral_email_and_a_quick_second_is_refused(
    signed_in_worker, case_a, parent_a, mailoutbox, django_capture_on_commit_callbacks
):
    address = url("participant_invite_again", case_a, parent_a.pk)
    assert "has not signed in to this case yet" in signed_in_worker.get(address).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in_worker.post(address)
    assert response.status_code == 302
    assert [m.to for m in mailoutbox] == [["pat@family.example"]]
    assert "Ashby" not in mailoutbox[0].subject + mailoutbox[0].body
    parent_a.refresh_from_db()
    assert parent_a.invited_at is not None
    assert AccessLogEntry.objects.filter(action="invite", object_id=str(parent_a.pk)).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        again = signed_in_worker.post(address)
    assert again.status_code == 200
    assert "less than 5 minutes ago" in again.content.decode()
    assert len(mailoutbox) == 1
    assert AccessLogEntry.objects.filter(action="invite", object_id=str(parent_a.pk)).count() == 1


def test_no_resend_to_someone_who_has_signed_in(worker_a, parent_a, mailoutbox):
    get_user_model().objects.filter(pk=parent_a.user.pk).update(last_login=timezone.now())
    with pytest.raises(ValidationError, match="already signed in"):
        participant_invite_again(participant=parent_a, invited_by=worker_a)
    parent_a.refresh_from_db()
    assert parent_a.invited_at is None


def test_resending_an_invitation_gives_a_new_link_and_the_old_one_stops_working(
    client, case_a, worker_a, invitation_a, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(worker_a)
    address = url("invitation_invite_again", case_a, invitation_a.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(address).status_code == 302
        assert client.post(address).status_code == 200  # too soon: refused
    assert [m.to for m in mailoutbox] == [["bo@family.example"]]
    new_link = _join_path(mailoutbox[0])
    old_hash = invitation_a.token_hash
    invitation_a.refresh_from_db()
    assert invitation_a.token_hash != old_hash
    assert invitation_a.invited_at > timezone.now() - timedelta(minutes=1)
    client.force_login(invitation_a.user)
    assert client.get(new_link).status_code == 200
    assert not CaseInvitation.objects.filter(token_hash=old_hash).exists()


# Removing someone's access ----------------------------------------------------------------------------


@pytest.fixture
def parent_with_things(case_a, parent_a, young_a, worker_a, document_a):
    """Pat has a document of their own, one shared with Jo too, a question and a solicitor of their own."""
    both = share(case=case_a, title="Meeting minutes", recipients=[parent_a, young_a], shared_by=worker_a)
    thread_start(participant=parent_a, body="When is the meeting?")
    case_contact_save(case=case_a, saved_by=worker_a, role="solicitor", name="Sam Solicitor", for_participant=parent_a)
    case_contact_save(case=case_a, saved_by=worker_a, role="guardian", name="Gill Guardian")
    return {"own": document_a, "both": both}


def test_the_confirm_page_says_what_removing_someone_takes_away(signed_in_worker, case_a, parent_a, parent_with_things):
    html = signed_in_worker.get(url("participant_remove", case_a, parent_a.pk)).content.decode()
    assert "will no longer be able to open this case" in html
    assert "2 documents were shared with them" in html
    assert "Letter before proceedings" in html and "Meeting minutes" in html
    assert html.count("shared with nobody else") == 1  # the letter: the minutes stay Jo's
    assert "Their 1 question stays on the case with its replies" in html
    assert "Sam Solicitor" in html and "Gill Guardian" not in html
    assert Participant.objects.filter(pk=parent_a.pk).exists()  # looking changes nothing


def test_removing_someone_takes_their_access_and_keeps_the_case(
    client,
    signed_in_worker,
    case_a,
    parent_a,
    young_a,
    parent_with_things,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    user = parent_a.user
    letter = parent_with_things["own"]
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in_worker.post(url("participant_remove", case_a, parent_a.pk))
    assert response.status_code == 302
    assert not Participant.objects.filter(pk=parent_a.pk).exists()
    assert get_user_model().objects.filter(pk=user.pk).exists()  # the account stays
    assert SharedDocument.objects.filter(case=case_a).count() == 2  # the documents stay
    assert DocumentRecipient.objects.filter(participant=young_a).count() == 1
    kept = Thread.objects.get(case=case_a)  # the question stays on the record, waiting for nobody
    assert kept.asker is None and not kept.awaiting_reply
    assert kept.messages.filter(body="When is the meeting?").exists()
    assert list(CaseContact.objects.filter(case=case_a).values_list("name", flat=True)) == ["Gill Guardian"]
    assert mailoutbox == []  # nothing is sent to anyone
    entry = AccessLogEntry.objects.get(action="participant_remove")
    assert entry.actor_label == "worker.a@la-a.example" and "documents=2; questions=1; contacts=1" in entry.detail
    # The removed person: the case and the document they had been sent are 404s now.
    client.force_login(user)
    assert client.get(reverse("family:case", args=[case_a.public_id])).status_code == 404
    assert client.get(reverse("family:document", args=[case_a.public_id, letter.public_id])).status_code == 404


def test_a_removed_persons_question_is_read_but_not_answered(
    signed_in_worker, worker_a, case_a, parent_a, parent_with_things
):
    signed_in_worker.post(url("participant_remove", case_a, parent_a.pk))
    thread = Thread.objects.get(case=case_a)
    page = signed_in_worker.get(thread_url(thread)).content.decode()
    assert "Someone no longer in the case" in page and "When is the meeting?" in page
    with pytest.raises(ValidationError, match="no longer has access"):
        thread_reply(thread=thread, worker=worker_a, body="Hi")
    assert thread.messages.count() == 1


def test_removing_an_invitation_withdraws_it_and_its_link(
    client, case_a, worker_a, invitation_a, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(worker_a)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("invitation_invite_again", case_a, invitation_a.pk))
    link = _join_path(mailoutbox[0])
    page = client.get(url("invitation_remove", case_a, invitation_a.pk)).content.decode()
    assert "will no longer be able to open this case" in page and "No documents were shared with them." in page
    assert client.post(url("invitation_remove", case_a, invitation_a.pk)).status_code == 302
    assert not CaseInvitation.objects.filter(pk=invitation_a.pk).exists()
    assert AccessLogEntry.objects.filter(action="invitation_cancel", actor=worker_a).count() == 1
    client.force_login(invitation_a.user)
    assert client.get(link).status_code == 404
    assert len(mailoutbox) == 1


# Changing an email address ----------------------------------------------------------------------------


def test_a_new_address_ends_sessions_tells_both_addresses_and_invites_again(
    signed_in_worker, case_a, parent_a, mailoutbox, django_capture_on_commit_callbacks
):
    user = parent_a.user
    family = Client()
    family.force_login(user)  # a session of theirs (say, on a phone someone else has now)...
    get_user_model().objects.filter(pk=user.pk).update(last_login=None)  # ...from someone who never signed in
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in_worker.post(
            url("participant_email", case_a, parent_a.pk), {"email": "Pat.New@Family.Example"}
        )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email == "pat.new@family.example"
    assert list(EmailAddress.objects.filter(user=user).values_list("email", "verified", "primary")) == [
        ("pat.new@family.example", False, True)
    ]
    assert SESSION_KEY not in family.session  # signed out everywhere
    notices = [m for m in mailoutbox if m.subject == "Family court help: A change to how you sign in"]
    assert sorted(m.to[0] for m in notices) == ["pat.new@family.example", "pat@family.example"]
    invitations = [m for m in mailoutbox if m.subject == "Family court help: Your account is ready"]
    assert [m.to for m in invitations] == [["pat.new@family.example"]]  # never signed in: invited again
    for message in mailoutbox:
        assert "Ashby" not in message.subject + message.body
    assert AccessLogEntry.objects.filter(
        action="participant_email_change", actor__email="worker.a@la-a.example"
    ).exists()
    assert AccessLogEntry.objects.filter(action="account_change", detail="email_changed").exists()


def test_the_new_address_becomes_verified_by_signing_in_with_a_code_sent_there(worker_a, parent_a, client):
    from tests.security.test_12_18_authentication import _confirm, _request_code

    participant_email_change(participant=parent_a, email="pat.new@family.example", changed_by=worker_a)
    assert _confirm(client, _request_code(client, "pat.new@family.example")).status_code == 302
    assert client.session[SESSION_KEY] == str(parent_a.user.pk)
    assert EmailAddress.objects.get(user=parent_a.user).verified


@pytest.mark.parametrize(
    "taken", ["jo@family.example", "JO@family.example", "worker.a@la-a.example", "bo@family.example"]
)
def test_an_address_in_use_is_refused_in_the_same_neutral_words(
    signed_in_worker, case_a, parent_a, young_a, world_b, taken, mailoutbox, django_capture_on_commit_callbacks
):
    entries = AccessLogEntry.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in_worker.post(url("participant_email", case_a, parent_a.pk), {"email": taken})
    html = response.content.decode()
    assert response.status_code == 200
    assert str(EMAIL_CANNOT_BE_USED) in html
    for secret in ("already", "exists", "account", "staff"):
        assert secret not in html.split("This address cannot be used.")[1].split("</")[0]
    parent_a.user.refresh_from_db()
    assert parent_a.user.email == "pat@family.example"
    assert EmailAddress.objects.get(user=parent_a.user).email == "pat@family.example"
    assert mailoutbox == []
    # Only the page views were logged: no change, no account_change row.
    assert not AccessLogEntry.objects.filter(action__in=["participant_email_change", "account_change"]).exists()
    assert AccessLogEntry.objects.count() >= entries


@pytest.mark.parametrize("why", ["staff", "another council"])
def test_an_account_this_council_does_not_alone_look_after_keeps_its_address(
    worker_a, parent_a, case_b, why, mailoutbox, django_capture_on_commit_callbacks
):
    user = parent_a.user
    if why == "staff":
        get_user_model().objects.filter(pk=user.pk).update(is_staff=True)
    else:
        Participant.objects.create(case=case_b, user=user, role="parent")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as refusal:
        participant_email_change(participant=parent_a, email="pat.new@family.example", changed_by=worker_a)
    assert "also used outside your council" in str(refusal.value)
    user.refresh_from_db()
    assert user.email == "pat@family.example"
    assert not AccessLogEntry.objects.filter(action__in=["participant_email_change", "account_change"]).exists()
    assert mailoutbox == []


def test_a_new_address_for_an_invitation_invites_that_address_instead(
    signed_in_worker, case_a, invitation_a, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in_worker.post(
            url("invitation_email", case_a, invitation_a.pk), {"email": "bob.new@family.example"}
        )
    assert response.status_code == 302
    assert not CaseInvitation.objects.filter(pk=invitation_a.pk).exists()
    participant = Participant.objects.get(case=case_a, user__email="bob.new@family.example")
    assert (participant.user.first_name, participant.role) == ("Bob", "other")
    assert invitation_a.user.email == "bo@family.example"  # the other account is untouched
    assert [m.to for m in mailoutbox] == [["bob.new@family.example"]]
