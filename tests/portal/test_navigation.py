"""The service navigation (portal.navigation): "What happens, step by step" on every council's
site, leading to that site's own journey page, without a database query once the address is known."""

import re

import pytest

from cms.guidance.models import JourneyPage
from cms.guidance.seed import guidance_seed

SECTIONS = [{"slug": "pre-proceedings", "title": "Pre-proceedings", "intro": "The step before court."}]
HOSTS = {"la-a": "localhost", "la-b": "la-b.localhost"}
JOURNEY = "/what-happens-step-by-step/"


@pytest.fixture
def councils(authority_a, authority_b):
    guidance_seed(authorities=[authority_a, authority_b], sections=SECTIONS, guides=[])
    return [authority_a, authority_b]


def menu(client, host, path="/search/"):
    html = client.get(path, HTTP_HOST=host).content.decode()
    nav = html.split('id="navigation"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'href="([^"]*)"[^>]*>\s*(?:<strong[^>]*>)?([^<]+?)\s*<', nav)


@pytest.mark.parametrize("slug", sorted(HOSTS))
def test_every_council_site_has_step_by_step_in_its_menu(client, councils, slug):
    items = menu(client, HOSTS[slug])
    assert [label for _href, label in items] == ["Home", "What happens, step by step", "Search", "Sign in"]
    assert {label: href for href, label in items}["What happens, step by step"] == JOURNEY
    response = client.get(JOURNEY, HTTP_HOST=HOSTS[slug])
    assert response.status_code == 200
    assert response.context["page"].get_site().pk == next(a for a in councils if a.slug == slug).site_id


def test_the_journey_page_marks_itself_as_the_page_being_read(client, councils):
    html = client.get(JOURNEY, HTTP_HOST=HOSTS["la-a"]).content.decode()
    assert f'href="{JOURNEY}" aria-current="page"' in html


def test_a_site_whose_journey_is_not_live_leaves_it_out(client, councils):
    alias = JourneyPage.objects.get(url_path__startswith=councils[1].site.root_page.url_path)
    alias.unpublish()
    assert "What happens, step by step" not in [label for _href, label in menu(client, HOSTS["la-b"])]
    assert "What happens, step by step" in [label for _href, label in menu(client, HOSTS["la-a"])]


@pytest.mark.django_db
def test_once_known_the_address_costs_no_query(rf, councils, django_assert_num_queries, settings):
    from django.contrib.auth.models import AnonymousUser

    from cms.search.selectors import journey_url

    settings.PORTAL_PAGE_CACHE_SECONDS = 300

    def request():
        made = rf.get("/search/", HTTP_HOST=HOSTS["la-a"])
        made.user = AnonymousUser()
        return made

    assert journey_url(request=request()) == JOURNEY
    with django_assert_num_queries(0):
        assert journey_url(request=request()) == JOURNEY
