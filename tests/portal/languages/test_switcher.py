"""The language switcher: on public pages, sign-in and the family area; remembered; safe."""

import re

import pytest
from django.conf import settings
from django.test import Client

from portal.demo import builders

COOKIE = settings.LANGUAGE_COOKIE_NAME


@pytest.fixture
def privacy_page(authority_a):
    return builders.standard_page_get_or_build(
        home=authority_a.site.root_page, slug="privacy", title="Privacy notice", purpose="privacy", paragraphs=["Hi."]
    )


def switcher(html):
    return re.search(r'<nav class="portal-language-navigation".*?</nav>', html, re.S).group(0)


def test_choosing_a_language_is_remembered_and_goes_back_to_the_same_page(client, privacy_page):
    response = client.get("/language/pl/", {"next": "/privacy/"})
    assert response.status_code == 302
    assert response["Location"] == "/privacy/"
    cookie = response.cookies[COOKIE]
    assert cookie.value == "pl"
    assert cookie["max-age"] >= 30 * 24 * 60 * 60
    assert cookie["samesite"] == "Lax"

    html = client.get("/privacy/").content.decode()
    assert '<html lang="pl"' in html
    assert 'aria-current="true" lang="pl"' in switcher(html)
    # Back to English the same way.
    client.get("/language/en-gb/", {"next": "/privacy/"})
    assert '<html lang="en-gb"' in client.get("/privacy/").content.decode()


def test_every_language_is_offered_in_its_own_name_on_public_pages(client, privacy_page):
    nav = switcher(client.get("/privacy/").content.decode())
    assert 'aria-current="true" lang="en-gb"' in nav
    for code, name in settings.LANGUAGES[1:]:
        assert f'href="/language/{code}/?next=/privacy/"' in nav
        assert f'lang="{code}"' in nav and name in nav
    assert 'lang="ur" hreflang="ur" dir="rtl"' in nav


def test_the_switcher_is_on_the_sign_in_page_and_in_the_family_area(client, world):
    assert "portal-language-navigation" in client.get("/accounts/login/").content.decode()
    client.force_login(world.p1.user)
    response = client.get("/my-family/", follow=True)
    assert response.status_code == 200
    assert "portal-language-navigation" in response.content.decode()


def test_a_signed_in_persons_choice_is_kept_on_their_account(client, world):
    user = world.p1.user
    client.force_login(user)
    client.get("/language/ro/", {"next": "/my-family/"})
    user.refresh_from_db()
    assert user.language == "ro"
    client.get("/language/xx/", {"next": "/my-family/"})
    user.refresh_from_db()
    assert user.language == "ro"


@pytest.mark.parametrize("bad", ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "", "privacy"])
def test_the_way_back_never_leaves_the_site(client, authority_a, bad):
    response = client.get("/language/pl/", {"next": bad})
    assert response["Location"] == "/"


def test_an_unknown_language_changes_nothing(client, authority_a):
    response = client.get("/language/xx/", {"next": "/"})
    assert response.status_code == 404
    assert COOKIE not in response.cookies


def test_cached_pages_are_kept_apart_by_language(client, privacy_page):
    english = client.get("/privacy/").content.decode()
    polish_reader = Client()
    polish_reader.cookies[COOKIE] = "pl"
    polish = polish_reader.get("/privacy/").content.decode()
    assert '<html lang="en-gb"' in english
    assert '<html lang="pl"' in polish
    assert '<html lang="en-gb"' in Client().get("/privacy/").content.decode()


def test_right_to_left_languages_are_marked_on_the_page(client, privacy_page):
    client.cookies[COOKIE] = "ur"
    assert '<html lang="ur" dir="rtl"' in client.get("/privacy/").content.decode()
    client.cookies[COOKIE] = "ro"
    assert '<html lang="ro" dir="ltr"' in client.get("/privacy/").content.decode()
