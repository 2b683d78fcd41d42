"""allauth's emails in the portal's own voice (#19): the subject names the portal and never the
host, the body says how long a code works, and it goes out in the account owner's language."""

import re

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]][-1]


def test_the_sign_in_code_email_names_the_portal_and_says_how_long_the_code_works(client, world):
    client.post(reverse("account_request_login_code"), {"email": world.p1.user.email})
    message = sent_to(world.p1.user.email)
    assert message.subject == "Family court help: Your sign-in code"
    assert re.search(r"^\d{6}$", message.body, re.M)
    assert "It works for 3 minutes, and only once." in message.body
    assert "This email is from Family court help." in message.body
    for host in ("testserver", "example.com", "localhost", "http"):
        assert host not in message.subject
    assert "testserver" not in message.body and "example.com" not in message.body


@override_settings(PORTAL_MESSAGE_NAME="Family support")
def test_a_council_can_choose_a_plainer_name_for_messages(client, world):
    client.post(reverse("account_request_login_code"), {"email": world.p1.user.email})
    message = sent_to(world.p1.user.email)
    assert message.subject == "Family support: Your sign-in code"
    assert "Family court" not in message.subject + message.body


def test_the_code_email_goes_out_in_the_account_owners_language(client, world):
    world.p1.user.language = "pl"
    world.p1.user.save(update_fields=["language"])
    client.post(reverse("account_request_login_code"), {"email": world.p1.user.email})  # page read in English
    message = sent_to(world.p1.user.email)
    assert message.subject.startswith("Family court help: ")
    assert "Your sign-in code" not in message.subject
    assert "Your code to sign in is" not in message.body
    assert re.search(r"^\d{6}$", message.body, re.M)


def test_an_address_with_no_account_is_not_told_to_sign_up(client, world):
    client.post(reverse("account_reset_password"), {"email": "nobody-here@example.org"})
    message = sent_to("nobody-here@example.org")
    assert message.subject.startswith("Family court help: ")
    assert "There is no account for this address." in message.body
    assert "sign up" not in message.body.lower() and "http" not in message.body
