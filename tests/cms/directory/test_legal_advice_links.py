"""Every "get legal advice" button and card leads to the reader's own council's "Get free legal
advice now" page, and to the national guide on a site that has none (cms.directory.selectors)."""

import pytest
from django.test import RequestFactory

from cms.core.blocks.call_to_action import call_to_action_href
from cms.directory.models import LegalAdvicePage
from cms.guidance.models import GuidePage
from cms.guidance.seed import guidance_seed

SECTIONS = [{"slug": "pre-proceedings", "title": "Pre-proceedings", "intro": "The step before court."}]
GUIDES = [
    {
        "slug": "letter-before-proceedings",
        "title": "The letter before proceedings",
        "section": "pre-proceedings",
        "audience": "adults",
        "summary": "What the letter means and what to do first.",
        "pair": None,
        "review_months": 12,
        "body": [
            ("text", "<p>You have a letter. Take it to a solicitor.</p>"),
            (
                "call_to_action",
                {"text": "Advice is free for you.", "link_slug": "free-legal-advice", "label": "Get free advice"},
            ),
        ],
    },
    {
        "slug": "free-legal-advice",
        "title": "Free legal advice",
        "section": "pre-proceedings",
        "audience": "adults",
        "summary": "How to get advice from a solicitor for free.",
        "pair": None,
        "review_months": 12,
        "body": [("text", "<p>Find a solicitor. Show them the letter.</p>")],
    },
]
HOSTS = {"la-a": "localhost", "la-b": "la-b.localhost"}
GUIDE = "/pre-proceedings/letter-before-proceedings/"
NATIONAL_GUIDE = "/pre-proceedings/free-legal-advice/"
OWN_PAGE = "/get-legal-advice/"


@pytest.fixture
def councils(authority_a, authority_b):
    """Two councils sharing the guides, with the home page's ways in (cms.guidance.seed)."""
    guidance_seed(authorities=[authority_a, authority_b], sections=SECTIONS, guides=GUIDES)
    return [authority_a, authority_b]


def legal_advice_page_add(authority):
    page = authority.site.root_page.add_child(instance=LegalAdvicePage())
    page.save_revision().publish()
    return page


def home_card_href(client, host):
    html = client.get("/", HTTP_HOST=host).content.decode()
    for href in (OWN_PAGE, NATIONAL_GUIDE):
        if f'href="{href}">Get free legal advice</a>' in html:
            return href
    raise AssertionError("The home page has no legal advice card")


def button_href(client, host):
    html = client.get(GUIDE, HTTP_HOST=host).content.decode()
    for href in (OWN_PAGE, NATIONAL_GUIDE):
        if f'href="{href}" role="button"' in html:
            return href
    raise AssertionError("The guide has no legal advice button")


@pytest.mark.parametrize("slug", sorted(HOSTS))
def test_the_home_card_and_a_guides_button_go_to_each_councils_own_page(client, councils, slug):
    for authority in councils:
        legal_advice_page_add(authority)
    host = HOSTS[slug]
    assert home_card_href(client, host) == OWN_PAGE
    assert button_href(client, host) == OWN_PAGE
    # And that page is this council's own, not the other's.
    response = client.get(OWN_PAGE, HTTP_HOST=host)
    assert response.status_code == 200
    assert response.context["page"].get_site().pk == next(a for a in councils if a.slug == slug).site_id


def test_a_site_without_its_own_page_sends_people_to_the_national_guide(client, councils):
    authority_a, _authority_b = councils
    legal_advice_page_add(authority_a)
    assert home_card_href(client, HOSTS["la-b"]) == NATIONAL_GUIDE
    assert button_href(client, HOSTS["la-b"]) == NATIONAL_GUIDE
    assert client.get(NATIONAL_GUIDE, HTTP_HOST=HOSTS["la-b"]).status_code == 200
    assert button_href(client, HOSTS["la-a"]) == OWN_PAGE


def test_unpublishing_the_councils_page_sends_its_links_back_to_the_guide(client, councils):
    page = legal_advice_page_add(councils[0])
    assert button_href(client, HOSTS["la-a"]) == OWN_PAGE  # kept in the cache until the next publish
    page.unpublish()
    assert button_href(client, HOSTS["la-a"]) == NATIONAL_GUIDE
    assert home_card_href(client, HOSTS["la-a"]) == NATIONAL_GUIDE


def test_a_button_to_any_other_page_is_left_alone(councils):
    legal_advice_page_add(councils[0])
    letter = GuidePage.objects.get(slug="letter-before-proceedings", alias_of__isnull=True)
    request = RequestFactory().get("/", HTTP_HOST=HOSTS["la-a"])
    assert call_to_action_href({"page": letter, "url": ""}, request=request) == GUIDE
    national = GuidePage.objects.get(slug="free-legal-advice", alias_of__isnull=True)
    assert call_to_action_href({"page": national, "url": ""}, request=request) == OWN_PAGE
    assert call_to_action_href({"page": None, "url": "/directory/"}, request=request) == "/directory/"


@pytest.mark.parametrize("slug", sorted(HOSTS))
def test_the_home_page_leads_with_the_way_to_a_solicitor_for_each_council(client, councils, slug):
    from bs4 import BeautifulSoup

    for authority in councils:
        legal_advice_page_add(authority)
    main = BeautifulSoup(client.get("/", HTTP_HOST=HOSTS[slug]).content, "html.parser").find("main")
    first_after_title = main.find("h1").find_next_sibling()
    assert first_after_title["id"] == "had-a-letter"
    assert first_after_title.find("a", class_="govuk-button")["href"] == OWN_PAGE
    assert "Get a free solicitor now" in first_after_title.get_text()
