"""An LA admin resets a member of staff's lost authenticator, after checking who they are: only their
own council's staff, never their own, logged with who, whom and how, and the person is told."""

import pytest
from allauth.mfa.models import Authenticator
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from portal.audit.models import AccessLogEntry
from portal.authorities.services.authenticator import staff_authenticator_reset
from portal.demo import builders

CHECKED = {"identity_checked": "on", "how": "video_call"}


def _url(user):
    return f"/admin/staff/{user.staff_membership.pk}/authenticator/"


def test_the_admin_resets_a_workers_authenticator(aa_client, aa, wa, mailoutbox, django_capture_on_commit_callbacks):
    other_session = Client()
    other_session.force_login(wa)
    assert Authenticator.objects.filter(user=wa).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = aa_client.post(_url(wa), CHECKED)

    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=wa).exists()
    entry = AccessLogEntry.objects.get(action="authenticator_reset")
    assert (entry.actor, entry.object_type, entry.object_id) == (aa, "StaffMembership", str(wa.staff_membership.pk))
    assert entry.detail.startswith("checked who they are on a video call; authenticators removed: ")
    # signed out everywhere; at the next sign-in the middleware asks them to set up a new app
    assert other_session.get("/admin/").status_code == 302
    [mail] = mailoutbox
    assert mail.to == ["wa@la-a.example"]
    assert mail.subject == "Family court help: Your authenticator has been reset"
    assert "contact your council's admin" in mail.body
    assert "Taylor" not in mail.body and "case" not in mail.body.lower()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"how": "video_call"}, "Check who this person is before you reset their authenticator."),
        ({"identity_checked": "on"}, "Choose how you checked who this person is."),
        ({"identity_checked": "on", "how": "email"}, "Select a valid choice."),
    ],
)
def test_nothing_is_reset_without_saying_who_was_checked_and_how(aa_client, wa, data, message, mailoutbox):
    response = aa_client.post(_url(wa), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Authenticator.objects.filter(user=wa).exists()
    assert not AccessLogEntry.objects.filter(action="authenticator_reset").exists()
    assert mailoutbox == []


def test_an_admin_cannot_reset_their_own(aa_client, aa):
    html = aa_client.get(_url(aa)).content.decode()
    assert "You cannot reset your own authenticator. Ask another LA admin to do it" in html
    assert 'name="identity_checked"' not in html

    response = aa_client.post(_url(aa), CHECKED)

    assert "You cannot reset your own authenticator." in response.content.decode()
    assert Authenticator.objects.filter(user=aa).exists()


def test_another_admin_can_reset_an_admins(authority_a, aa):
    second = builders.staff_get_or_build(authority=authority_a, email="a2@la-a.example", role="admin")
    staff_authenticator_reset(membership=aa.staff_membership, reset_by=second, identity_checked=True, how="in_person")
    assert not Authenticator.objects.filter(user=aa).exists()


def test_another_councils_staff_are_404_and_untouched(aa_client, wb):
    assert aa_client.get(_url(wb)).status_code == 404
    assert aa_client.post(_url(wb), CHECKED).status_code == 404
    assert Authenticator.objects.filter(user=wb).exists()


def test_workers_cannot_reset_anyones(client, wa, aa):
    client.force_login(wa)
    assert client.post(_url(aa), CHECKED).status_code == 404
    with pytest.raises(PermissionDenied):
        staff_authenticator_reset(membership=aa.staff_membership, reset_by=wa, identity_checked=True, how="in_person")
    assert Authenticator.objects.filter(user=aa).exists()
    assert AccessLogEntry.objects.filter(action="authenticator_reset", outcome="denied", actor=wa).exists()


def test_someone_without_an_authenticator_has_nothing_to_reset(aa_client, authority_a):
    new = builders.staff_get_or_build(authority=authority_a, email="new@la-a.example", role="worker", mfa=False)
    assert "has not set up an authenticator yet" in aa_client.get(_url(new)).content.decode()
    with pytest.raises(ValidationError):
        staff_authenticator_reset(
            membership=new.staff_membership,
            reset_by=authority_a.staff.get(role="admin").user,
            identity_checked=True,
            how="in_person",
        )


def test_the_staff_screens_say_who_has_not_set_one_up(aa_client, authority_a, wa):
    builders.staff_get_or_build(authority=authority_a, email="new@la-a.example", role="worker", mfa=False)
    html = aa_client.get("/admin/staff/").content.decode()
    assert "Authenticator set up" in html and "Not yet" in html
    edit = aa_client.get(f"/admin/staff/{wa.staff_membership.pk}/").content.decode()
    assert _url(wa) in edit
