"""Changes to an account's ways in (trust issue, part 2): the ex-partner with the phone for five
minutes cannot add their own way in unnoticed."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from portal.audit.models import AccessLogEntry

pytestmark = pytest.mark.django_db
PASSWORD = "Portal-test-2026-long"


def signed_in_just_now(client, user):
    """Sign in for real (by password), so allauth knows the sign-in is recent."""
    user.set_password(PASSWORD)
    user.save()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    mail.outbox.clear()


def test_a_family_member_cannot_add_a_second_email_address(client, world):
    user = world.p1.user
    signed_in_just_now(client, user)
    client.post(reverse("account_email"), {"action_add": "", "email": "ex-partner@elsewhere.example"})
    assert list(EmailAddress.objects.filter(user=user).values_list("email", flat=True)) == [user.email]
    assert not mail.outbox


@pytest.mark.parametrize("name", ["account_set_password", "mfa_activate_totp", "mfa_add_webauthn"])
def test_adding_a_way_in_needs_a_recent_sign_in(client, world, name):
    """Signed in by emailed code some time ago (or on a phone left signed in): signed out, and asked
    to sign in again with a new code, then sent back to where they were."""
    from django.contrib.auth import SESSION_KEY

    client.force_login(world.p1.user)  # a session whose sign-in allauth did not see: not recent
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"] == reverse("account_request_login_code") + "?next=" + reverse(name).replace("/", "%2F")
    assert SESSION_KEY not in client.session


def test_just_signed_in_by_code_a_family_member_may_set_a_password(client, world):
    from tests.security.test_12_18_authentication import _confirm, _request_code

    _confirm(client, _request_code(client, world.p1.user.email))
    assert client.get(reverse("account_set_password")).status_code == 200


def test_a_new_password_is_logged_and_told_to_every_address(client, world, django_capture_on_commit_callbacks):
    user = world.p1.user
    signed_in_just_now(client, user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_change_password"),
            {"oldpassword": PASSWORD, "password1": "Another-long-pass-2026", "password2": "Another-long-pass-2026"},
        )
    assert response.status_code == 302
    entry = AccessLogEntry.objects.get(action="account_change")
    assert (entry.detail, entry.object_id, entry.authority) == ("password_changed", str(user.pk), world.authority_a)
    [notice] = mail.outbox
    assert notice.to == [user.email]
    assert notice.subject == "Family court help: A change to how you sign in"
    assert "the password was changed" in notice.body and "tell your family support worker" in notice.body
    for private in ("A1", "Pat", "Ashford", world.a1.family_name):
        assert private not in notice.body and private not in notice.subject


def test_adding_an_authenticator_is_logged_and_told(client, world, django_capture_on_commit_callbacks):
    from allauth.mfa.models import Authenticator

    user = world.p2.user
    authenticator = Authenticator(user=user, type=Authenticator.Type.TOTP, data={})
    with django_capture_on_commit_callbacks(execute=True):
        # The signal allauth sends when an app or passkey is added.
        from allauth.mfa.signals import authenticator_added

        authenticator_added.send(sender=Authenticator, request=None, user=user, authenticator=authenticator)
    assert AccessLogEntry.objects.filter(action="account_change", detail="authenticator_added").count() == 1
    assert [m.to for m in mail.outbox] == [[user.email]]
