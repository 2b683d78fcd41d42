"""Every page type says where it may live; editors can only build the tree the site expects."""

import pytest
from wagtail.models import Page

from cms.directory.models import DirectoryPage, LegalAdvicePage
from cms.glossary.models import GlossaryPage
from cms.guidance.models import GuideSectionPage, JourneyPage, YoungPeopleHubPage
from cms.home.models import HomePage
from cms.standard.models import StandardPage


def test_home_page_lives_only_at_the_root():
    assert HomePage.allowed_parent_page_models() == [Page]
    # Guide sections, the journey and the young people's hub arrive as aliases of the national guidance.
    assert HomePage.allowed_subpage_models() == [
        StandardPage,
        GuideSectionPage,
        JourneyPage,
        YoungPeopleHubPage,
        GlossaryPage,
        DirectoryPage,
        LegalAdvicePage,
    ]


def test_standard_page_lives_under_a_home_page_and_has_no_children():
    assert StandardPage.allowed_parent_page_models() == [HomePage]
    assert StandardPage.allowed_subpage_models() == []


@pytest.mark.django_db
def test_a_standard_page_cannot_be_created_at_the_root(authority_a):
    root = Page.get_first_root_node()
    assert not StandardPage.can_create_at(root)
    assert StandardPage.can_create_at(authority_a.site.root_page)
    # A council's home page is made with the council (authority_create), never added by an editor:
    # once the root has one, no editor can add another beside it.
    assert root.get_children().type(HomePage).exists()
    assert not HomePage.can_create_at(root)
