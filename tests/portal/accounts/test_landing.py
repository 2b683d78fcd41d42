"""Where people land after signing in with no page asked for: where their work is."""

import re

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from portal.accounts.mfa import totp_code
from portal.demo import builders

pytestmark = pytest.mark.django_db
PASSWORD = "Portal-test-2026"  # noqa: S105 (a test account)


def test_a_family_member_signing_in_with_a_code_lands_in_their_family_area(client, world):
    client.post(reverse("account_request_login_code"), {"email": world.p1.user.email})
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302 and response["Location"] == reverse("family:home")


def test_a_family_member_signing_in_with_a_password_lands_in_their_family_area(client, world):
    world.p1.user.set_password(PASSWORD)
    world.p1.user.save()
    response = client.post(reverse("account_login"), {"login": world.p1.user.email, "password": PASSWORD})
    assert response["Location"] == reverse("family:home")


def test_a_page_asked_for_still_wins(client, world):
    world.p1.user.set_password(PASSWORD)
    world.p1.user.save()
    wanted = reverse("family:notifications")
    response = client.post(
        f"{reverse('account_login')}?next={wanted}", {"login": world.p1.user.email, "password": PASSWORD}
    )
    assert response["Location"] == wanted


def test_staff_land_in_the_admin(client, world):
    world.wa.set_password(PASSWORD)
    world.wa.save()
    client.post(reverse("account_login"), {"login": world.wa.email, "password": PASSWORD})
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(builders.DEMO_TOTP_SECRET)})
    assert response["Location"] == reverse("wagtailadmin_home")


@override_settings(PORTAL_MESSAGE_NAME="Family support")
def test_sign_in_emails_name_the_portal_and_never_the_host(client, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_request_login_code"), {"email": world.p1.user.email})
        client.post(reverse("account_reset_password"), {"email": world.p1.user.email})
    subjects = [message.subject for message in mail.outbox]
    assert len(subjects) == 2
    for subject in subjects:
        assert subject.startswith("Family support: "), subject
        assert "testserver" not in subject and "[" not in subject and "court" not in subject.lower(), subject
