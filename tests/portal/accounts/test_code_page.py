"""The sign-in code page in plain words (#19): a 6-digit code, where it went, how long it works, how
many tries, a new code one tap away, and cancelling not dressed as the way on."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_code_page_says_what_was_sent_where_and_for_how_long(client, world):
    client.post(reverse("account_request_login_code"), {"email": world.p1.user.email})
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    assert len(code) == 6
    page = client.get(reverse("account_confirm_login_code"))
    text = " ".join(BeautifulSoup(page.content, "html.parser").get_text().split())
    assert f"We sent a 6-digit code to {world.p1.user.email}." in text
    assert "The code works for 3 minutes. You can try it 3 times." in text
    soup = BeautifulSoup(page.content, "html.parser")
    field = soup.find("input", attrs={"name": "code"})
    assert (field["inputmode"], field["autocomplete"]) == ("numeric", "one-time-code")
    buttons = {b.get_text(strip=True): b.get("class") for b in soup.find_all("button")}
    assert "govuk-button--secondary" not in buttons["Sign in"]
    assert "govuk-button--secondary" in buttons["Send a new code"]
    assert "govuk-button--secondary" in buttons["Cancel and go back"]


def test_a_wrong_code_says_so_and_keeps_the_page(client, world):
    client.post(reverse("account_request_login_code"), {"email": world.p1.user.email})
    response = client.post(reverse("account_confirm_login_code"), {"code": "000000"})
    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()
    text = " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
    assert "You have 2 tries left." in text
    response = client.post(reverse("account_confirm_login_code"), {"code": "000001"})
    text = " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())
    assert "You have 1 try left." in text


def test_send_a_new_code_sends_another(client, world):
    client.post(reverse("account_request_login_code"), {"email": world.p1.user.email})
    sent = len(mail.outbox)
    client.post(reverse("account_confirm_login_code"), {"action": "resend"})
    assert len(mail.outbox) == sent + 1
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
