"""The anonymous page cache (cms/core/cache.py): fast for visitors, never stale, never private."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from portal.demo import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def privacy_page(authority_a):
    return builders.standard_page_get_or_build(
        home=authority_a.site.root_page, slug="privacy", title="Privacy notice", purpose="privacy", paragraphs=["Hi."]
    )


def queries_for(client, path, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, **headers)
    return response, len(captured)


def test_a_page_seen_again_by_an_anonymous_visitor_comes_from_the_cache(client, privacy_page):
    first, first_queries = queries_for(client, "/privacy/")
    again, again_queries = queries_for(Client(), "/privacy/")
    assert first.status_code == again.status_code == 200
    assert first_queries > 0
    assert again_queries == 0
    assert again.content == first.content


def test_publishing_a_change_shows_it_at_once(client, privacy_page):
    client.get("/privacy/")
    privacy_page.title = "How we use your information"
    privacy_page.save_revision().publish()
    assert "How we use your information" in Client().get("/privacy/").content.decode()


def test_changing_a_councils_branding_shows_it_at_once(client, authority_a, privacy_page):
    client.get("/privacy/")
    authority_a.brand_colour = "#d4351c"
    authority_a.save()
    assert "#d4351c" in Client().get("/privacy/").content.decode()


def test_unpublishing_a_page_removes_it_at_once(client, privacy_page):
    client.get("/privacy/")
    privacy_page.unpublish()
    assert Client().get("/privacy/").status_code == 404


def test_signed_in_people_never_get_or_fill_the_cache(client, privacy_page):
    person = builders.user_get_or_build(email="someone@example.org", password="a-long-test-password")
    signed_in = Client()
    signed_in.force_login(person)
    first, _ = queries_for(signed_in, "/privacy/")
    assert "Sign out" in first.content.decode()
    _, again_queries = queries_for(signed_in, "/privacy/")
    assert again_queries > 0
    # What an anonymous visitor gets afterwards was not made for the signed-in person.
    assert "Sign out" not in client.get("/privacy/").content.decode()


def test_a_one_off_message_is_never_served_from_or_stored_in_the_cache(client, privacy_page):
    client.get("/privacy/")
    client.cookies["messages"] = "anything"
    _, queries = queries_for(client, "/privacy/")
    assert queries > 0


def test_only_wagtail_pages_are_cached(client, authority_a):
    client.get("/accounts/login/")
    _, queries = queries_for(Client(), "/healthz")
    assert queries > 0
    login, _ = queries_for(Client(), "/accounts/login/")
    assert login.cookies  # a fresh CSRF cookie: the sign-in page is always made afresh


def test_what_someone_typed_is_never_stored(client, privacy_page):
    # A query string (a search, the directory's words) can be personal: such pages are made afresh.
    client.get("/privacy/?q=my+sons+name")
    _, queries = queries_for(Client(), "/privacy/?q=my+sons+name")
    assert queries > 0
    # The page without one is still cached.
    client.get("/privacy/")
    _, queries = queries_for(Client(), "/privacy/")
    assert queries == 0


def test_the_cache_keys_on_host_so_councils_never_see_each_others_pages(client, authority_a, authority_b):
    a = client.get("/", HTTP_HOST="localhost").content.decode()
    b = Client().get("/", HTTP_HOST="la-b.localhost").content.decode()
    assert authority_a.name in a and authority_b.name not in a
    assert authority_b.name in b and authority_a.name not in b


def test_the_cache_can_be_turned_off(client, privacy_page, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    client.get("/privacy/")
    _, queries = queries_for(Client(), "/privacy/")
    assert queries > 0


def test_content_derived_values_are_kept_until_the_next_publish(privacy_page):
    from cms.core.cache import content_cached

    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert content_cached("example", compute) == 1
    assert content_cached("example", compute) == 1
    privacy_page.save_revision().publish()
    assert content_cached("example", compute) == 2


def test_footer_links_follow_a_new_standard_page(client, authority_a):
    assert "Privacy notice" not in client.get("/").content.decode()
    builders.standard_page_get_or_build(
        home=authority_a.site.root_page, slug="privacy", title="Privacy notice", purpose="privacy", paragraphs=["Hi."]
    )
    assert "Privacy notice" in Client().get("/").content.decode()
