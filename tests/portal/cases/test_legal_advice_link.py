"""The family area's legal advice link goes to the case's own council's "Get free legal advice now"
page, and promises free advice only to a parent (relatives and friends are usually means-tested)."""

import pytest
from django.urls import reverse

from cms.directory.models import LegalAdvicePage
from cms.guidance.seed import guidance_seed
from tests.cms.directory.test_legal_advice_links import GUIDES, NATIONAL_GUIDE, SECTIONS

from .workspace_builders import add_family_member

OWN_PAGE = "/get-legal-advice/"
INSET = '<div class="govuk-inset-text" id="legal-advice">'


def legal_advice_page_add(authority):
    page = authority.site.root_page.add_child(instance=LegalAdvicePage())
    page.save_revision().publish()
    return page


@pytest.fixture
def legal_advice_pages(authority_a, authority_b):
    return [legal_advice_page_add(authority_a), legal_advice_page_add(authority_b)]


def case_page(client, participant, host):
    client.force_login(participant.user)
    response = client.get(reverse("family:case", args=[participant.case.public_id]), HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("case_fixture", "host"), [("case_a", "localhost"), ("case_b", "la-b.localhost")])
def test_a_parent_is_sent_to_their_own_councils_page(client, legal_advice_pages, case_fixture, host, request):
    case = request.getfixturevalue(case_fixture)
    parent = add_family_member(case, email=f"parent@{case.reference.lower()}.example", first_name="Pat")
    html = case_page(client, parent, host)
    inset = html[html.index(INSET) :]
    assert inset.index(f'href="{OWN_PAGE}">Get free legal advice now</a>') < inset.index("</div>")
    page = next(page for page in legal_advice_pages if page.get_site().pk == case.authority.site_id)
    assert client.get(OWN_PAGE, HTTP_HOST=host).context["page"].pk == page.pk


@pytest.mark.django_db
def test_read_on_another_councils_site_the_link_still_goes_to_the_cases_council(client, legal_advice_pages, case_b):
    parent = add_family_member(case_b, email="bo@family.example", first_name="Bo")
    html = case_page(client, parent, "localhost")  # LA-A's address; the case is LA-B's
    assert f'href="http://la-b.localhost{OWN_PAGE}">Get free legal advice now</a>' in html


@pytest.mark.django_db
def test_other_family_members_are_not_told_the_advice_is_free_and_young_people_get_no_link(
    client, legal_advice_pages, case_a
):
    relative = add_family_member(case_a, email="gran@family.example", first_name="Gran", role="other")
    html = case_page(client, relative, "localhost")
    assert f'href="{OWN_PAGE}">Children law solicitors near you</a>' in html
    assert "Get free legal advice now" not in html
    young = add_family_member(case_a, email="jo@family.example", first_name="Jo", role="young_person")
    assert INSET not in case_page(client, young, "localhost")


@pytest.mark.django_db
def test_no_link_when_the_council_has_no_legal_advice_page_or_guide(client, case_a):
    parent = add_family_member(case_a, email="pat@family.example", first_name="Pat")
    assert INSET not in case_page(client, parent, "localhost")
    legal_advice_page_add(case_a.authority)
    assert INSET in case_page(client, parent, "localhost")


@pytest.mark.django_db
def test_a_council_without_its_own_page_sends_the_family_to_its_copy_of_the_national_guide(client, case_a):
    guidance_seed(authorities=[case_a.authority], sections=SECTIONS, guides=GUIDES)
    parent = add_family_member(case_a, email="pat@family.example", first_name="Pat")
    assert f'href="{NATIONAL_GUIDE}">Get free legal advice now</a>' in case_page(client, parent, "localhost")
    legal_advice_page_add(case_a.authority)
    assert f'href="{OWN_PAGE}">Get free legal advice now</a>' in case_page(client, parent, "localhost")
