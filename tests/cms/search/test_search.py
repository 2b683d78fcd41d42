"""Site search: this site's live pages and the glossary, with the words families actually use."""

import pytest
from bs4 import BeautifulSoup

from cms.glossary.seed import glossary_page_ensure, glossary_term_ensure
from cms.search.selectors import search_query_clean
from cms.search.synonyms import query_variants
from cms.standard.models import StandardPage


def add_page(home, *, slug, title, live=True):
    page = home.add_child(instance=StandardPage(title=title, slug=slug, live=live))
    if live:
        page.save_revision().publish()
    else:
        page.save_revision()
    return page


def result_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".portal-search-results__item a")]


@pytest.fixture
def home_a(authority_a):
    return authority_a.site.root_page.specific


@pytest.fixture
def home_b(authority_b):
    return authority_b.site.root_page.specific


def test_the_search_page_has_a_labelled_form_that_works_without_javascript(client, authority_a):
    response = client.get("/search/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.select_one('form[role="search"]')
    assert form["method"] == "get" and form["action"] == "/search/"
    field = form.select_one("input[name=q]")
    assert soup.select_one(f'label[for="{field["id"]}"]')
    assert field["autocomplete"] == "off"  # shared phones: the browser should not remember searches


def test_results_come_only_from_the_site_being_visited(client, home_a, home_b):
    add_page(home_a, slug="court-a", title="Going to court in Ashford")
    add_page(home_b, slug="court-b", title="Going to court in Bramley")
    assert result_titles(client.get("/search/", {"q": "court"})) == ["Going to court in Ashford"]
    assert result_titles(client.get("/search/", {"q": "court"}, HTTP_HOST="la-b.localhost")) == [
        "Going to court in Bramley"
    ]


def test_drafts_are_never_found(client, home_a):
    add_page(home_a, slug="draft", title="Court draft page", live=False)
    assert result_titles(client.get("/search/", {"q": "court"})) == []


def test_plo_finds_a_page_that_only_says_pre_proceedings(client, home_a):
    add_page(home_a, slug="pre", title="What pre-proceedings means")
    add_page(home_a, slug="other", title="Finding a solicitor")
    assert result_titles(client.get("/search/", {"q": "PLO"})) == ["What pre-proceedings means"]


def test_family_words_find_professional_words(client, home_a):
    add_page(home_a, slug="family-time", title="Family time with your child")
    add_page(home_a, slug="sw", title="Your social worker")
    assert result_titles(client.get("/search/", {"q": "contact"})) == ["Family time with your child"]
    assert result_titles(client.get("/search/", {"q": "SW"})) == ["Your social worker"]


def test_synonyms_are_whole_words_and_go_both_ways():
    assert query_variants("PLO letter")[:4] == [
        "plo letter",
        "pre proceedings letter",
        "pre-proceedings letter",
        "public law outline letter",
    ]
    assert "letter before proceedings" in query_variants("PLO letter")
    assert "plo" in query_variants("Public law outline")
    assert query_variants("swimming") == ["swimming"]
    assert "interim care order" in query_variants("care order")


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("take my kids", "What happens in care proceedings"),
        ("lose my children", "What happens in care proceedings"),
        ("social services", "Support from children's services"),
        ("PLO letter", "The letter before proceedings"),
    ],
)
def test_the_everyday_words_families_type_find_the_right_guide(client, home_a, typed, found):
    add_page(home_a, slug="care-proceedings", title="What happens in care proceedings")
    add_page(home_a, slug="support", title="Support from children's services")
    add_page(home_a, slug="letter", title="The letter before proceedings")
    assert found in result_titles(client.get("/search/", {"q": typed}))


def test_search_syntax_characters_are_ignored(client, home_a):
    add_page(home_a, slug="care-order", title="What a care order means")
    response = client.get("/search/", {"q": '"care order" OR (x)* AND NOT:'})
    assert response.status_code == 200
    assert search_query_clean('"care order"*') == "care order"


def test_glossary_terms_appear_in_results_and_link_to_their_entry(client, home_a):
    glossary_page_ensure(parent=home_a)
    glossary_term_ensure(term="children's guardian", meaning="An independent social worker.", also="guardian")
    html = client.get("/search/", {"q": "cafcass"}).content.decode()  # "guardian" ↔ "cafcass"
    soup = BeautifulSoup(html, "html.parser")
    link = soup.select_one('a[href="/what-words-mean/#term-childrens-guardian"]')
    assert link.get_text() == "children's guardian"
    assert "An independent social worker." in html


def test_unpublished_glossary_terms_are_not_found(client, authority_a):
    term = glossary_term_ensure(term="threshold", meaning="The legal test.")
    term.unpublish()
    assert "The legal test." not in client.get("/search/", {"q": "threshold"}).content.decode()


def test_no_results_points_to_the_advice_line(client, authority_a):
    html = client.get("/search/", {"q": "zebra crossing"}).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert "We could not find anything for “zebra crossing”" in html
    phone = soup.select_one('a[href="tel:08088010366"]')
    assert phone.get_text() == "0808 801 0366"
    assert "Monday to Friday, 9.30am to 3pm" in html


def test_results_come_ten_to_a_page(client, home_a):
    for number in range(12):
        add_page(home_a, slug=f"hearing-{number}", title=f"Hearing number {number}")
    first = client.get("/search/", {"q": "hearing"})
    second = client.get("/search/", {"q": "hearing", "page": 2})
    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 2
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    assert 'href="?q=hearing&amp;page=2"' in first.content.decode()
    assert "12 pages found" in first.content.decode()


@pytest.mark.django_db
def test_each_guide_in_the_results_says_who_it_is_for():
    from cms.guidance.models import GuidePage
    from cms.search.views import _audience

    assert _audience(GuidePage(title="Court orders", audience="adults")) == "For grown-ups"
    assert _audience(GuidePage(title="Court orders", audience="young_people")) == "For children and young people"
    assert _audience(StandardPage(title="Contact us")) == ""
