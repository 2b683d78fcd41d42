"""A new member of staff is told, in their invitation, that they will need an authenticator app on
their phone and how to get one; a family member's invitation says nothing about it."""

from portal.authorities.services import staff_member_create
from portal.cases.services import participant_add
from portal.demo import builders


def test_the_staff_invitation_says_they_need_an_authenticator_app_and_how_to_get_one(
    aa, authority_a, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        staff_member_create(
            authority=authority_a,
            email="new@la-a.example",
            first_name="Nia",
            last_name="New",
            role="worker",
            created_by=aa,
        )

    [mail] = mailoutbox
    assert mail.subject == "Family court help: Your account is ready"
    body = " ".join(mail.body.split())
    assert "You will also need an authenticator app on your phone." in body
    assert "get one free from your phone's app store" in body
    assert "Your council's IT team may tell you which one to use." in body
    assert "Nia" not in body and authority_a.name not in body


def test_a_family_members_invitation_does_not_mention_an_authenticator(
    wa, authority_a, mailoutbox, django_capture_on_commit_callbacks
):
    case = builders.case_get_or_build(authority=authority_a, reference="A1", family_name="The Taylor family")
    with django_capture_on_commit_callbacks(execute=True):
        participant_add(case=case, email="kim@example.com", first_name="Kim", role="parent", added_by=wa)

    [mail] = [message for message in mailoutbox if message.subject.endswith("Your account is ready")]
    assert "authenticator" not in mail.body
