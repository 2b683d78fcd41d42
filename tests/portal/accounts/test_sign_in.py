import pytest
from django.contrib.auth import SESSION_KEY

from portal.demo import builders


@pytest.fixture
def parent(db):
    return builders.user_get_or_build(email="parent@example.org", password="a-long-test-password")


def test_sign_in_page_offers_email_and_a_code(client, db):
    response = client.get("/accounts/login/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="email"' in html
    assert "/accounts/login/code/" in html
    assert "govuk-button" in html


def test_a_person_with_an_account_can_sign_in(client, parent):
    response = client.post("/accounts/login/", {"login": "parent@example.org", "password": "a-long-test-password"})
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(parent.pk)


def test_a_wrong_password_gives_a_clear_message_and_no_session(client, parent):
    response = client.post("/accounts/login/", {"login": "parent@example.org", "password": "wrong"})
    assert response.status_code == 200
    assert SESSION_KEY not in client.session
    assert "govuk-error-summary" in response.content.decode()


def test_nobody_can_sign_up(client, db):
    response = client.get("/accounts/signup/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "You cannot create an account yourself" in html
    assert "<form" not in html.split("<main", 1)[1]  # nothing to fill in
    response = client.post("/accounts/signup/", {"email": "new@example.org", "password1": "a-long-test-password"})
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="new@example.org").exists()


def test_admin_sends_anonymous_people_to_the_one_sign_in_page(client, db):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_wagtail_login_page_cannot_authenticate_anyone(client, parent):
    parent.is_superuser = True
    parent.save()
    response = client.post("/admin/login/", {"username": "parent@example.org", "password": "a-long-test-password"})
    assert SESSION_KEY not in client.session
    assert response.status_code in (301, 302)
