"""The directory families search: their LA's services and national ones, on a phone, without JS."""

import re

import pytest

from cms.directory.models import DirectoryPage

from .builders import service_build


def _names(response):
    return re.findall(r'<h2 class="govuk-heading-m govuk-!-margin-bottom-2">([^<]+)</h2>', response.content.decode())


def test_directory_page_lives_under_a_home_page_and_has_no_children():
    # HomePage.subpage_types (cms.home) must also list "directory.DirectoryPage" for editors to add one.
    assert DirectoryPage.parent_page_types == ["home.HomePage"]
    assert DirectoryPage.allowed_subpage_models() == []
    assert DirectoryPage.max_count_per_parent == 1


def test_shows_this_las_services_and_national_ones_only(client, directory_page_a, services):
    response = client.get("/directory/")
    assert response.status_code == 200
    names = _names(response)
    # Local first, then national, each by name.
    assert names == [
        "Ashford Children Law Solicitors",
        "Ashford Family Hub",
        "Family Rights advice line",
        "Talk to us helpline",
        "Legal aid checker",  # means-tested: never before the others
    ]
    html = response.content.decode()
    assert "Bramley" not in html  # another LA's service never shows on this LA's site
    assert "Ashford Closed Service" not in html  # not active
    assert "Ashford Draft Service" not in html  # never published


def test_the_other_las_site_shows_its_own_local_services(client, directory_page_b, services):
    names = _names(client.get("/directory/", HTTP_HOST="la-b.localhost"))
    assert "Bramley Children Law Solicitors" in names
    assert not [name for name in names if name.startswith("Ashford")]


def test_a_service_for_two_las_shows_on_both_but_not_a_third(
    client, authority_a, authority_b, directory_page_a, directory_page_b
):
    service_build("Shared solicitors", authorities=[authority_a, authority_b])
    assert "Shared solicitors" in _names(client.get("/directory/"))
    assert "Shared solicitors" in _names(client.get("/directory/", HTTP_HOST="la-b.localhost"))


def test_filter_by_category(client, directory_page_a, services):
    names = _names(client.get("/directory/", {"category": "family-support"}))
    assert names == ["Ashford Family Hub", "Family Rights advice line"]


def test_filter_by_area(client, directory_page_a, services):
    assert _names(client.get("/directory/", {"area": "local"})) == [
        "Ashford Children Law Solicitors",
        "Ashford Family Hub",
    ]
    assert _names(client.get("/directory/", {"area": "national"})) == [
        "Family Rights advice line",
        "Talk to us helpline",
        "Legal aid checker",
    ]


def test_search_by_words_in_name_description_and_who_it_is_for(client, directory_page_a, services):
    assert _names(client.get("/directory/", {"q": "solicitors"})) == ["Ashford Children Law Solicitors"]
    # "letter before proceedings" is only in the solicitors' "who this is for".
    assert _names(client.get("/directory/", {"q": "letter proceedings"})) == ["Ashford Children Law Solicitors"]
    assert _names(client.get("/directory/", {"q": "HELPLINE"})) == ["Talk to us helpline"]
    assert _names(client.get("/directory/", {"q": "Bramley"})) == []


def test_filters_combine_and_unknown_values_are_ignored(client, directory_page_a, services):
    response = client.get("/directory/", {"category": "legal-advice", "area": "national", "q": "line"})
    assert _names(response) == ["Family Rights advice line"]
    response = client.get("/directory/", {"category": "no-such-thing", "area": "moon"})
    assert response.status_code == 200
    assert len(_names(response)) == 5


def test_works_without_javascript_a_plain_get_form(client, directory_page_a, services):
    html = client.get("/directory/").content.decode()
    form = re.search(r"<form [^>]*>", html).group(0)
    assert 'method="get"' in form
    assert 'action="/directory/"' in form
    assert 'name="q"' in html and 'name="category"' in html and 'name="area"' in html
    assert '<button type="submit"' in html
    # The filtered page is an ordinary address: the server does the filtering.
    html = client.get("/directory/?category=mental-health").content.decode()
    assert '<option value="mental-health" selected>' in html
    assert _names(client.get("/directory/?category=mental-health")) == ["Talk to us helpline"]


def test_a_parent_with_the_letter_is_sent_to_legal_advice_first(client, legal_advice_page_a, services):
    html = client.get("/directory/").content.decode()
    assert 'href="/get-legal-advice/">Get free legal advice now</a>' in html
    assert html.index("Get free legal advice now") < html.index("<form")
    names = _names(client.get("/directory/", {"category": "legal-advice"}))
    assert names[-1] == "Legal aid checker"


def test_each_result_has_tap_to_call_links_and_the_details_a_parent_needs(client, directory_page_a, services):
    html = client.get("/directory/").content.decode()
    assert '<a class="govuk-link govuk-!-font-weight-bold" href="tel:08088010366">0808 801 0366</a>' in html
    assert 'href="tel:01632960501">01632 960 501</a>' in html
    assert 'href="tel:116123">116 123</a>' in html
    assert "Parents who have a letter before proceedings." in html  # who this is for
    assert '<strong class="govuk-tag govuk-tag--blue">Free with legal aid</strong>' in html
    assert '<strong class="govuk-tag govuk-tag--green">Free</strong>' in html
    assert 'href="https://example.org/family-rights-advice-line"' in html
    assert "Monday to Friday: 9:30am to 3pm" in html
    assert "Last checked March 2026" in html


def test_a_means_tested_service_warns_a_parent_with_the_letter(client, directory_page_a, services):
    html = client.get("/directory/", {"q": "checker"}).content.decode()
    assert "checks your income and savings first" in html
    assert "go to a children law solicitor instead" in html


def test_results_are_paginated_keeping_the_filters(client, authority_a, directory_page_a):
    for number in range(12):
        service_build(f"Hub {number:02d}", authorities=[authority_a], categories=["family-support"])
    first = client.get("/directory/", {"category": "family-support"})
    assert len(_names(first)) == 10
    html = first.content.decode()
    assert "12 services" in html
    assert 'href="?category=family-support&amp;page=2" rel="next"' in html
    second = client.get("/directory/", {"category": "family-support", "page": 2})
    assert _names(second) == ["Hub 10", "Hub 11"]
    assert client.get("/directory/", {"page": "nonsense"}).status_code == 200


@pytest.mark.parametrize("query", ["", "?q=solicitors&category=legal-advice&area=local"])
def test_page_meets_the_sites_security_headers(client, directory_page_a, services, query):
    response = client.get(f"/directory/{query}")
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "<script>" not in response.content.decode()
