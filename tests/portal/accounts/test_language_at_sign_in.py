"""Each person's language follows them (#19): kept on their account, it becomes the browser's choice
when they sign in; a choice made on the sign-in page is kept if they had none."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


def sign_in_with_code(client, user):
    client.post(reverse("account_request_login_code"), {"email": user.email})
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    return client.post(reverse("account_confirm_login_code"), {"code": code})


def test_the_language_kept_on_the_account_becomes_this_browsers(client, world):
    user = world.p1.user
    user.language = "ur"
    user.save(update_fields=["language"])
    response = sign_in_with_code(client, user)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ur"
    page = client.get(reverse("family:case", args=[world.a1.public_id]))
    assert 'dir="rtl"' in page.content.decode()


def test_a_choice_made_before_signing_in_is_kept_when_there_was_none(client, world):
    user = world.p1.user
    assert user.language == ""
    client.get(reverse("language_choose", args=["ro"]) + "?next=/accounts/login/")
    response = sign_in_with_code(client, user)
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies  # already Romanian: nothing to change
    user.refresh_from_db()
    assert user.language == "ro"


def test_a_kept_choice_is_not_overwritten_by_this_browsers(client, world):
    user = world.p1.user
    user.language = "pl"
    user.save(update_fields=["language"])
    client.get(reverse("language_choose", args=["ro"]) + "?next=/")
    response = sign_in_with_code(client, user)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "pl"
    user.refresh_from_db()
    assert user.language == "pl"
