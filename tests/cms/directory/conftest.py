import datetime

import pytest

from cms.directory.models import DirectoryPage, LegalAdvicePage, Service
from cms.directory.permissions import NATIONAL_EDITORS_GROUP
from portal.authorities.roles import editor_group_name, moderator_group_name
from portal.demo import builders

from .builders import service_build


@pytest.fixture
def editor_a(authority_a):
    return builders.user_get_or_build(email="editor@la-a.example", groups=[editor_group_name(authority_a)])


@pytest.fixture
def moderator_b(authority_b):
    return builders.user_get_or_build(email="moderator@la-b.example", groups=[moderator_group_name(authority_b)])


@pytest.fixture
def national_editor(db):
    return builders.user_get_or_build(email="national@example.org", groups=[NATIONAL_EDITORS_GROUP])


@pytest.fixture
def directory_page_a(authority_a):
    home = authority_a.site.root_page
    page = home.add_child(instance=DirectoryPage(title="Find help and advice", slug="directory"))
    page.save_revision().publish()
    return page


@pytest.fixture
def directory_page_b(authority_b):
    home = authority_b.site.root_page
    page = home.add_child(instance=DirectoryPage(title="Find help and advice", slug="directory"))
    page.save_revision().publish()
    return page


@pytest.fixture
def legal_advice_page_a(authority_a, directory_page_a):
    home = authority_a.site.root_page
    page = home.add_child(instance=LegalAdvicePage())
    page.save_revision().publish()
    return page


@pytest.fixture
def services(authority_a, authority_b):
    """A small directory: two LAs' local services and national ones."""
    return {
        "solicitor_a": service_build(
            "Ashford Children Law Solicitors",
            authorities=[authority_a],
            categories=["legal-advice"],
            phones=[("01632 960 501", "Children team")],
            times=[("MO,TU,WE,TH,FR", "09:30", "17:00")],
            eligibility="Parents who have a letter before proceedings.",
            cost=Service.Cost.LEGAL_AID,
        ),
        "hub_a": service_build(
            "Ashford Family Hub", authorities=[authority_a], categories=["family-support", "housing-and-money"]
        ),
        "solicitor_b": service_build(
            "Bramley Children Law Solicitors",
            authorities=[authority_b],
            categories=["legal-advice"],
            phones=[("01632 960 502", "")],
        ),
        "advice_line": service_build(
            "Family Rights advice line",
            categories=["legal-advice", "family-support"],
            phones=[("0808 801 0366", "Advice line")],
            times=[("MO,TU,WE,TH,FR", "09:30", "15:00")],
            cost=Service.Cost.FREE,
            assured_date=datetime.date(2026, 3, 2),
        ),
        "checker": service_build(
            "Legal aid checker", categories=["legal-advice"], cost=Service.Cost.LEGAL_AID, means_test=True
        ),
        "helpline": service_build("Talk to us helpline", categories=["mental-health"], phones=[("116 123", "")]),
        "closed_a": service_build(
            "Ashford Closed Service",
            authorities=[authority_a],
            categories=["legal-advice"],
            status=Service.Status.DEFUNCT,
        ),
        "draft_a": service_build(
            "Ashford Draft Service", authorities=[authority_a], categories=["legal-advice"], live=False
        ),
    }
