"""'Get free legal advice now': a parent with the letter goes straight to a solicitor.

Where the portal's legal advice links lead (the home page's card, the guides' buttons, the family
area) is tested in test_legal_advice_links.py; the page in other languages in tests/portal/demo.
"""

from django.template import Context, Template
from django.test import RequestFactory

from cms.directory.models import FamilySupportTeam, LegalAdvicePage, Service


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


def test_leads_with_local_solicitors_to_tap_and_call_then_national_lines_then_who_gets_it_free(
    client, legal_advice_page_a, services
):
    html = client.get("/get-legal-advice/").content.decode()
    local = html.index("Children law solicitors near you")
    solicitor = html.index("Ashford Children Law Solicitors")
    national = html.index("National advice lines")
    advice_line = html.index("Family Rights advice line")
    who = html.index("Who gets free advice")
    assert html.index("<h1") < local < solicitor < national < advice_line < who
    # Tap to call, with the opening times, for the local solicitor before any national line.
    call_solicitor = html.index('href="tel:01632960501"')
    assert solicitor < call_solicitor < html.index("Monday to Friday: 9:30am to 5pm") < national
    assert advice_line < html.index('href="tel:08088010366"')
    assert "Bramley" not in html  # another council's solicitor
    assert "Ashford Family Hub" not in html  # not legal advice
    assert "Ashford Closed Service" not in html and "Ashford Draft Service" not in html
    assert 'href="/directory/"' in html


def test_says_who_gets_it_free_and_never_tells_relatives_it_is_free_for_them(client, legal_advice_page_a, services):
    html = client.get("/get-legal-advice/").content.decode()
    parents = html.index("you have parental responsibility for the child, this letter means you can get free legal")
    relatives = html.index("Grandparents, other relatives and friends")
    assert html.index("Who gets free advice") < parents < relatives
    assert "If you do not have parental responsibility for the child, the advice may not be free for you." in html
    assert "You may have to show your income and savings first." in html


def test_a_parent_with_the_letter_meets_the_means_test_checker_only_after_everything_else(
    client, legal_advice_page_a, services
):
    html = client.get("/get-legal-advice/").content.decode()
    checker = html.index("Legal aid checker")
    # After the solicitors, the national lines and the words for parents: listed for relatives and friends.
    assert html.index("Ashford Children Law Solicitors") < html.index("Family Rights advice line") < checker
    assert html.index("Grandparents, other relatives and friends") < checker
    # And it says so: a parent with the letter goes to a solicitor instead.
    assert html.index("go to a children law solicitor instead. Their advice is free for you.") > checker


def test_without_local_solicitors_it_says_what_to_do_instead(client, authority_b, services):
    home = authority_b.site.root_page
    home.add_child(instance=LegalAdvicePage()).save_revision().publish()
    Service.objects.filter(authorities=authority_b).delete()
    html = client.get("/get-legal-advice/", HTTP_HOST="la-b.localhost").content.decode()
    assert "We do not have a list of local solicitors yet." in html
    assert html.index("We do not have a list") < html.index("Family Rights advice line")


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
