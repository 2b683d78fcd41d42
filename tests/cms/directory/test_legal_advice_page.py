"""'Get free legal advice now': a parent with the letter goes straight to a solicitor."""

from django.template import Context, Template
from django.test import RequestFactory

from cms.directory.models import FamilySupportTeam, LegalAdvicePage


def test_legal_advice_page_lives_under_a_home_page_with_its_own_slug():
    assert LegalAdvicePage.parent_page_types == ["home.HomePage"]
    assert LegalAdvicePage.allowed_subpage_models() == []
    page = LegalAdvicePage()
    assert page.slug == "get-legal-advice"  # "free-legal-advice" is a guide's
    assert page.title == "Get free legal advice now"


def test_explains_why_the_advice_is_free_and_what_to_take(client, legal_advice_page_a, services):
    response = client.get("/get-legal-advice/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "It does not matter how much you earn or have saved" in html
    assert "Legal Help" in html
    assert "come to the meeting with you" in html
    assert "Children Law Accreditation" in html
    assert "the letter before proceedings" in html
    assert "(ID)" in html


def test_lists_local_children_law_solicitors_and_national_lines_with_tap_to_call(client, legal_advice_page_a, services):
    html = client.get("/get-legal-advice/").content.decode()
    local = html.index("Children law solicitors near you")
    national = html.index("National advice lines")
    solicitor = html.index("Ashford Children Law Solicitors")
    advice_line = html.index("Family Rights advice line")
    assert local < solicitor < national < advice_line
    assert 'href="tel:01632960501"' in html
    assert 'href="tel:08088010366"' in html
    assert "Bramley" not in html
    assert "Ashford Family Hub" not in html  # not legal advice
    assert 'href="/directory/"' in html


def test_never_points_a_parent_with_the_letter_at_the_means_test_checker(client, legal_advice_page_a, services):
    html = client.get("/get-legal-advice/").content.decode()
    assert "Legal aid checker" not in html
    assert "https://example.org/legal-aid-checker" not in html


def test_family_support_team_shows_for_the_sites_own_la_only(authority_a, authority_b):
    FamilySupportTeam.objects.create(
        authority=authority_a,
        team_name="Ashford family support team",
        phone="01632 960 700",
        email="team@example.org",
        hours="Monday to Friday, 9am to 5pm",
        what_they_do="We stay with you through it.",
    )
    template = Template('{% include "directory/family_support_team.html" %}')
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    html = template.render(Context({"request": request}))
    assert "Your family support worker" in html
    assert '<a class="govuk-link govuk-!-font-weight-bold" href="tel:01632960700">01632 960 700</a>' in html
    assert "We stay with you through it." in html
    other = RequestFactory().get("/", HTTP_HOST="la-b.localhost")
    tag = Template("{% load directory_tags %}{% family_support_team %}")
    assert "Your family support worker" not in tag.render(Context({"request": other}))
