"""Guidance page types: where they may live, what they show, and the seed that builds them."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page, Revision

from cms.guidance.models import (
    GuidePage,
    GuideSectionPage,
    JourneyPage,
    NationalGuidancePage,
    YoungPeopleHubPage,
    months_ahead,
)
from cms.guidance.seed import guidance_seed, seed_content
from cms.home.models import HomePage
from cms.standard.models import StandardPage
from portal.cases.stages import STAGES

from .conftest import seed


def _guide(slug, *, national=True):
    pages = GuidePage.objects.filter(slug=slug, alias_of__isnull=national)
    return pages.get()


# Page tree rules


def test_every_guidance_page_type_says_where_it_may_live():
    assert NationalGuidancePage.allowed_parent_page_models() == [Page]
    assert NationalGuidancePage.allowed_subpage_models() == [GuideSectionPage, JourneyPage, YoungPeopleHubPage]
    assert set(GuideSectionPage.allowed_parent_page_models()) == {NationalGuidancePage, HomePage}
    assert GuideSectionPage.allowed_subpage_models() == [GuidePage]
    assert GuidePage.allowed_parent_page_models() == [GuideSectionPage]
    assert GuidePage.allowed_subpage_models() == []
    assert set(JourneyPage.allowed_parent_page_models()) == {NationalGuidancePage, HomePage}
    assert JourneyPage.allowed_subpage_models() == []
    assert set(YoungPeopleHubPage.allowed_parent_page_models()) == {NationalGuidancePage, HomePage}
    assert YoungPeopleHubPage.allowed_subpage_models() == []
    assert StandardPage.allowed_parent_page_models() == [HomePage]


def test_guidance_is_written_only_in_the_national_tree(national, authority_a):
    home = HomePage.objects.get(pk=authority_a.site.root_page.pk)
    national_section = GuideSectionPage.objects.get(slug="pre-proceedings", alias_of__isnull=True)
    la_section = GuideSectionPage.objects.child_of(home).get(slug="pre-proceedings")
    # Only one national root, directly under Wagtail's root.
    assert not NationalGuidancePage.can_create_at(Page.get_first_root_node())
    assert not NationalGuidancePage.can_create_at(home)
    # Sections and the journey are written nationally; an LA's home page only holds their aliases.
    assert GuideSectionPage.can_create_at(national)
    assert not GuideSectionPage.can_create_at(home)
    assert not JourneyPage.can_create_at(national)  # one journey already
    assert not JourneyPage.can_create_at(home)
    assert not YoungPeopleHubPage.can_create_at(national)  # one hub already
    assert not YoungPeopleHubPage.can_create_at(home)
    # Guides are added to national sections, never under an LA's alias of one.
    assert GuidePage.can_create_at(national_section)
    assert not GuidePage.can_create_at(la_section)
    # LAs add their own standard pages.
    assert StandardPage.can_create_at(home)
    assert not StandardPage.can_create_at(national)


# What the pages show


def test_a_guide_shows_title_summary_body_dates_and_the_other_version(client, national):
    response = client.get("/pre-proceedings/letter-before-proceedings/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="govuk-heading-xl">The letter before proceedings</h1>' in html
    assert '<p class="govuk-body-l">What the letter means and what to do first.</p>' in html
    assert "Take it to a solicitor." in html
    assert "Last checked:" in html
    assert "Next check due:" in html
    assert 'class="govuk-breadcrumbs"' in html
    assert '<a class="govuk-breadcrumbs__link" href="/pre-proceedings/">Pre-proceedings</a>' in html
    assert (
        '<a class="govuk-link" href="/pre-proceedings/young-people-letter-before-proceedings/">'
        "Read the version for children and young people</a>"
    ) in html
    # The button to another guide goes to this site's copy of it.
    assert 'href="/pre-proceedings/free-legal-advice/" role="button"' in html


def test_the_young_peoples_version_links_back_to_the_grown_ups(client, national):
    html = client.get("/pre-proceedings/young-people-letter-before-proceedings/").content.decode()
    assert "For children and young people" in html
    assert 'href="/pre-proceedings/letter-before-proceedings/">Read the version for grown-ups</a>' in html


def test_a_section_lists_its_live_guides(client, national):
    html = client.get("/pre-proceedings/").content.decode()
    assert "The step before court." in html
    assert 'href="/pre-proceedings/free-legal-advice/">Free legal advice</a>' in html
    assert "Care proceedings" not in html  # in the other section


def test_the_journey_lists_every_stage_by_phase_with_timing_and_guide_links(client, national):
    response = client.get("/what-happens-step-by-step/")
    html = response.content.decode()
    assert response.status_code == 200
    for stage in STAGES:
        assert f'id="stage-{stage.key}"' in html
        assert stage.title.replace("'", "&#x27;") in html
        if stage.timing:
            assert stage.timing in html
    phases = [stage.phase for stage in STAGES]
    positions = [html.index(f'<h2 class="govuk-heading-l">{phase}</h2>') for phase in dict.fromkeys(phases)]
    assert positions == sorted(positions)
    # Guides that exist on this site are linked; the others are not (yet).
    assert 'href="/pre-proceedings/letter-before-proceedings/">Read more: The letter before proceedings</a>' in html
    assert 'href="/going-to-court/care-proceedings/">Read more: Care proceedings</a>' in html
    assert html.count("Read more:") == 2


def test_the_national_root_is_never_shown(client, national):
    assert national.url is None
    assert national.get_sitemap_urls() == []
    from django.http import Http404
    from django.test import RequestFactory

    with pytest.raises(Http404):
        national.serve(RequestFactory().get("/"))


def test_the_home_page_has_task_based_ways_in(client, national):
    html = client.get("/").content.decode()
    for title, href in [
        ("I&#x27;ve had a letter from children&#x27;s services", "/pre-proceedings/letter-before-proceedings/"),
        ("We have to go to court", "/going-to-court/care-proceedings/"),
        ("Get free legal advice", "/pre-proceedings/free-legal-advice/"),
        ("Find support near me", "/directory/"),
        ("I&#x27;m a child or young person", "/young-people/"),  # the young people's hub
    ]:
        assert f'href="{href}">{title}</a>' in html


def test_another_las_site_shows_the_same_guides_with_its_own_branding(client, national_two_las):
    response = client.get("/pre-proceedings/letter-before-proceedings/", HTTP_HOST="la-b.localhost")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bramley Test Council" in html
    assert "Ashford Test Council" not in html


# Fields


def test_a_guide_stores_its_readability_score_and_review_date(national):
    guide = _guide("free-legal-advice")
    # "Free legal advice" content: 11 words ... the score matches the shared LIX function.
    from cms.core.readability import lix

    assert guide.readability_score == lix(
        "How to get advice from a solicitor for free.\n\nFind a solicitor. Show them the letter. You do not pay."
    )
    assert guide.review_by == months_ahead(6)
    assert GuidePage().review_by == months_ahead(12)


def test_months_ahead_keeps_to_real_dates():
    assert months_ahead(12, start=datetime.date(2024, 2, 29)) == datetime.date(2025, 2, 28)
    assert months_ahead(1, start=datetime.date(2025, 1, 31)) == datetime.date(2025, 2, 28)
    assert months_ahead(12, start=datetime.date(2025, 6, 15)) == datetime.date(2026, 6, 15)


def test_other_version_must_be_for_the_other_audience(national):
    from django.core.exceptions import ValidationError

    guide = _guide("letter-before-proceedings")
    guide.other_version = _guide("free-legal-advice")
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "other_version" in error.value.message_dict


# The seed


def test_the_seed_runs_twice_without_changing_anything(authority_a, authority_b):
    seed(authority_a, authority_b)
    before = (Page.objects.count(), Revision.objects.count(), list(Page.objects.values_list("pk", "latest_revision")))
    seed(authority_a, authority_b)
    after = (Page.objects.count(), Revision.objects.count(), list(Page.objects.values_list("pk", "latest_revision")))
    assert after == before


def test_the_seed_builds_the_real_content(authority_a):
    sections, guides = seed_content()
    guidance_seed(authorities=[authority_a])
    national_guides = GuidePage.objects.filter(alias_of__isnull=True)
    assert national_guides.count() == len(guides)
    assert GuideSectionPage.objects.filter(alias_of__isnull=True).count() == len(sections)
    assert all(guide.live and guide.readability_score is not None for guide in national_guides)
    for spec in guides:
        if spec.get("pair"):
            assert _guide(spec["slug"]).other_version.slug == spec["pair"]
    # Every guide is on the LA's site.
    home = authority_a.site.root_page
    assert GuidePage.objects.descendant_of(home).live().count() == len(guides)
    # A second run (as load_demo_data does) changes nothing.
    before = list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id"))
    guidance_seed(authorities=[authority_a])
    assert list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")) == before


# In the editor


def test_editors_see_the_readability_score_and_can_preview_a_national_guide(client, national, national_editor):
    guide = _guide("letter-before-proceedings")
    client.force_login(national_editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Readability score (LIX)" in html
    assert f"{guide.readability_score:g}" in html
    # A national guide has no address of its own: its path works on every LA site.
    assert guide.url == "/pre-proceedings/letter-before-proceedings/"
    assert guide.full_url is None
    preview = guide.make_preview_request()
    assert preview.status_code == 200
    assert "The letter before proceedings" in preview.content.decode()


def test_editors_can_add_a_guide_only_in_a_national_section(client, national, national_editor):
    section = GuideSectionPage.objects.get(slug="pre-proceedings", alias_of__isnull=True)
    client.force_login(national_editor)
    response = client.get(reverse("wagtailadmin_pages:add", args=["guidance", "guidepage", section.pk]))
    assert response.status_code == 200
    assert "Readability score (LIX)" in response.content.decode()
