"""Where you are signed in (#19): devices named in words, a card each, and signing out elsewhere as a
warning button, never the main green one."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.urls import reverse

from portal.accounts.devices import device_words

IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1"
)
ANDROID = (
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"
)
WINDOWS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0 Safari/537.36 Edg/126.0"
)


@pytest.mark.parametrize(
    ("agent", "words"),
    [
        (IPHONE, "Safari on an iPhone"),
        (ANDROID, "Chrome on an Android phone or tablet"),
        (WINDOWS, "Edge on a Windows computer"),
        ("", "A web browser"),
        ("curl/8.0", "A web browser"),
    ],
)
def test_devices_are_named_in_words(agent, words):
    assert device_words(agent) == words


@pytest.mark.django_db
def test_the_list_names_each_device_and_signing_out_elsewhere_is_a_warning(world):
    user = world.p1.user
    phone, computer = Client(HTTP_USER_AGENT=IPHONE), Client(HTTP_USER_AGENT=WINDOWS)
    for client in (phone, computer):  # signed in as a person does, so allauth records each session
        client.post(reverse("account_request_login_code"), {"email": user.email})
        code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
        assert client.post(reverse("account_confirm_login_code"), {"code": code}).status_code == 302
    page = phone.get(reverse("usersessions_list"))
    soup = BeautifulSoup(page.content, "html.parser")
    titles = [h.get_text(strip=True) for h in soup.select(".govuk-summary-card__title")]
    assert "Safari on an iPhone" in titles and "Edge on a Windows computer" in titles
    assert "Mozilla/5.0" not in page.content.decode()
    button = soup.find("button", string=lambda text: text and "Sign out on every other device" in text)
    assert "govuk-button--warning" in button["class"]
