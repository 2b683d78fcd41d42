"""Exit this page means exit (trust issue, part 6): for someone signed in, the button and Shift
pressed three times end the session before leaving, so Back or a reopened browser shows nothing."""

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse

pytestmark = pytest.mark.django_db


def exit_href(html):
    start = html.index("govuk-js-exit-this-page-button")
    tag_start = html.rindex("<a ", 0, start)
    return html[tag_start:].split('href="', 1)[1].split('"', 1)[0]


def test_signed_in_the_button_ends_the_session_then_leaves(client, world):
    world.authority_a.exit_url = "https://weather.example/"
    world.authority_a.save()
    client.force_login(world.p1.user)
    case_url = reverse("family:case", args=[world.a1.public_id])
    page = client.get(case_url)
    assert page.status_code == 200
    href = exit_href(page.content.decode())
    assert href == reverse("quick_exit")
    session_key = client.session.session_key

    response = client.get(href)
    assert response.status_code == 302
    assert response["Location"] == "https://weather.example/"
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert "no-store" in response["Cache-Control"]
    assert not Session.objects.filter(session_key=session_key).exists()
    # The same browser going back to the family area is asked to sign in.
    again = client.get(case_url)
    assert again.status_code == 302
    assert again["Location"].startswith(reverse("account_login"))


def test_signed_out_the_button_leaves_directly(client, authority_a):
    html = client.get("/accounts/login/").content.decode()
    assert exit_href(html) == authority_a.exit_url


def test_the_exit_address_cannot_be_chosen_by_a_link(client, authority_a):
    response = client.get(reverse("quick_exit"), {"next": "https://evil.example/"})
    assert response["Location"] == authority_a.exit_url
