"""The young people's hub: what it lists (and never lists), its help lines, the way to it, its seed."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Revision

from cms.core.readability import lix
from cms.directory.seed import directory_seed
from cms.guidance.content.young_people_hub import YOUNG_PEOPLE_HUB
from cms.guidance.models import GuidePage, GuideSectionPage, YoungPeopleHubPage
from cms.guidance.seed import guidance_seed
from cms.guidance.selectors import young_people_guides_by_section
from cms.home.models import HomePage
from cms.standard.models import StandardPage

from .conftest import GUIDES, SECTIONS, seed

HUB = "/young-people/"


def _yp_guide(*, parent, slug, title, live=True):
    """A young people's guide under `parent`: a national section (published, so every LA gets an
    alias of it) or, to test what the hub leaves out, straight under one LA's copy of a section."""
    guide = parent.add_child(
        instance=GuidePage(
            title=title,
            slug=slug,
            audience=GuidePage.Audience.YOUNG_PEOPLE,
            summary=f"All about {title.lower()}.",
            body=[{"type": "text", "value": "<p>You can ask questions.</p>"}],
            live=live,
        )
    )
    if live and not parent.alias_of_id:
        guide.save_revision().publish()
    return guide


def _national_section(slug):
    return GuideSectionPage.objects.get(slug=slug, alias_of__isnull=True)


def _site_section(authority, slug):
    return GuideSectionPage.objects.child_of(authority.site.root_page).get(slug=slug)


def _help_now(html):
    """The "Talk to someone now" box, as HTML."""
    return re.search(r'<section class="portal-help-now".*?</section>', html, re.S).group(0)


def test_the_hub_lists_every_young_peoples_guide_by_section(client, national_two_las, authority_a, authority_b):
    _yp_guide(parent=_national_section("going-to-court"), slug="young-people-court", title="Court and you")
    # Never listed: a draft on this site, and a guide and a local page on another council's site.
    _yp_guide(parent=_site_section(authority_a, "going-to-court"), slug="yp-draft", title="A draft guide", live=False)
    _yp_guide(parent=_site_section(authority_b, "going-to-court"), slug="yp-bramley", title="Only in Bramley")
    authority_b.site.root_page.add_child(instance=StandardPage(title="Bramley youth club", slug="youth-club"))

    response = client.get(HUB)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="govuk-heading-xl">For children and young people</h1>' in html
    # Every young people's guide, one tap away, with its one-line description; sections in order.
    assert 'href="/pre-proceedings/young-people-letter-before-proceedings/">The letter your family got</a>' in html
    assert "Your family got a letter. Here is what it means." in html
    assert 'href="/going-to-court/young-people-court/">Court and you</a>' in html
    assert html.index(">Pre-proceedings</h2>") < html.index(">Going to court</h2>")
    # Grown-ups' guides, drafts and other councils' pages are not listed.
    for left_out in ("The letter before proceedings", "Free legal advice", "Care proceedings"):
        assert f">{left_out}</a>" not in html
    assert "A draft guide" not in html
    assert "Only in Bramley" not in html
    assert "Bramley youth club" not in html
    # Bramley's own hub lists Bramley's guide, at Bramley's address.
    bramley = client.get(HUB, HTTP_HOST="la-b.localhost").content.decode()
    assert 'href="/going-to-court/yp-bramley/">Only in Bramley</a>' in bramley


def test_a_section_with_no_young_peoples_guide_is_not_shown(client, national):
    html = client.get(HUB).content.decode()
    assert ">Pre-proceedings</h2>" in html
    assert ">Going to court</h2>" not in html  # only grown-ups' guides there


def test_help_lines_are_always_visible_above_the_guides(client, national, authority_a):
    directory_seed(authorities=[authority_a])
    html = client.get(HUB).content.decode()
    help_now = _help_now(html)
    # Childline from the directory, tap to call and free; 999; the people a child can talk to.
    assert '<strong>Childline</strong>: <a class="govuk-link portal-tel" href="tel:08001111">0800 1111</a>' in help_now
    assert "(free to call)" in help_now
    assert 'In danger right now? <a class="govuk-link" href="tel:999">Call 999</a>' in help_now
    assert "your guardian, your solicitor or your social worker" in help_now
    # Nothing to open, and before anything else on the page.
    assert "<details" not in help_now
    assert html.index('class="portal-help-now"') < html.index('id="younger-heading"')
    assert html.index('class="portal-help-now"') < html.index(">Pre-proceedings</h2>")
    # A service without a phone number (Cafcass's pages) is in the directory, not in this box.
    assert "Cafcass" not in help_now


def test_without_the_directory_the_hub_still_says_call_999(client, national):
    help_now = _help_now(client.get(HUB).content.decode())
    assert 'href="tel:999"' in help_now
    assert "Childline" not in help_now


def test_the_simpler_route_for_younger_children_links_to_this_sites_copies(client, national):
    hub = YoungPeopleHubPage.objects.get(alias_of__isnull=True)
    national_guide = GuidePage.objects.get(slug="young-people-letter-before-proceedings", alias_of__isnull=True)
    draft = _yp_guide(parent=_national_section("pre-proceedings"), slug="yp-not-yet", title="Not yet", live=False)
    hub.younger_guides = [("guide", national_guide), ("guide", draft)]
    hub.save_revision().publish()  # the LA's alias follows

    html = client.get(HUB).content.decode()
    younger = html[html.index('id="younger-heading"') : html.index(">Pre-proceedings</h2>")]
    assert "If you are younger" in younger
    assert "Ask a grown-up you trust to read this with you." in younger
    assert '<li><a class="govuk-link" href="/pre-proceedings/young-people-letter-before-proceedings/">' in younger
    assert "Not yet" not in younger  # not live on this site


def test_the_listing_takes_the_same_few_queries_however_many_guides(national, authority_a):
    site = authority_a.site
    assert site.root_page  # loaded once per request in real use (the site is cached)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            sections = young_people_guides_by_section(site=site)
            [(item.section.title, [(guide.title, guide.summary) for guide in item.guides]) for item in sections]
        return len(captured), sum(len(item.guides) for item in sections)

    few, one = queries()
    for number in range(3):
        _yp_guide(parent=_national_section("going-to-court"), slug=f"yp-extra-{number}", title=f"Extra {number}")
    more, four = queries()
    assert (one, four) == (1, 4)
    assert more == few <= 4


def test_the_home_page_and_every_young_peoples_guide_lead_to_the_hub(client, national_two_las):
    for host in ("localhost", "la-b.localhost"):
        home = client.get("/", HTTP_HOST=host).content.decode()
        assert f'href="{HUB}">I&#x27;m a child or young person</a>' in home
        guide = client.get("/pre-proceedings/young-people-letter-before-proceedings/", HTTP_HOST=host)
        assert f'<a class="govuk-link govuk-link--no-visited-state" href="{HUB}">For children and young people</a>' in (
            guide.content.decode()
        )
    grown_ups = client.get("/pre-proceedings/letter-before-proceedings/").content.decode()
    assert f'href="{HUB}">For children and young people' not in grown_ups


def test_a_way_in_made_before_the_hub_moves_to_it_and_an_editors_choice_is_kept(authority_a):
    old_target = "young-people-what-is-pre-proceedings"
    guides = [*GUIDES, {**GUIDES[2], "slug": old_target, "title": "What pre-proceedings means", "pair": None}]
    guidance_seed(authorities=[authority_a], sections=SECTIONS, guides=guides)
    home = HomePage.objects.get(pk=authority_a.site.root_page.pk)
    old_page = Page.objects.child_of(home).get(slug="pre-proceedings").get_children().get(slug=old_target)

    def point_way_in_at(page):
        home = HomePage.objects.get(pk=authority_a.site.root_page.pk)
        ways = list(home.ways_in.all())
        way = next(way for way in ways if way.title == "I'm a child or young person")
        way.link_page = page
        home.ways_in = ways
        home.save_revision().publish()
        return way

    way = point_way_in_at(old_page)
    guidance_seed(authorities=[authority_a], sections=SECTIONS, guides=guides)
    hub = YoungPeopleHubPage.objects.child_of(home).get()
    assert home.ways_in.model.objects.get(translation_key=way.translation_key, page=home).link_page_id == hub.pk

    editors_choice = Page.objects.child_of(home).get(slug="pre-proceedings")
    way = point_way_in_at(editors_choice)
    guidance_seed(authorities=[authority_a], sections=SECTIONS, guides=guides)
    assert home.ways_in.model.objects.get(pk=way.pk).link_page_id == editors_choice.pk


def test_the_hub_is_seeded_once_and_shared_with_every_council(authority_a, authority_b):
    seed(authority_a, authority_b)
    before = (Page.objects.count(), Revision.objects.count())
    seed(authority_a, authority_b)
    assert (Page.objects.count(), Revision.objects.count()) == before
    hub = YoungPeopleHubPage.objects.get(alias_of__isnull=True)
    assert hub.live and hub.slug == "young-people"
    for authority in (authority_a, authority_b):
        alias = YoungPeopleHubPage.objects.child_of(authority.site.root_page).get()
        assert alias.alias_of_id == hub.pk and alias.live


@pytest.mark.parametrize("field", ["intro", "people_to_talk_to", "younger_text"])
def test_the_seeded_words_are_within_the_young_peoples_readability_target(field):
    assert lix(YOUNG_PEOPLE_HUB[field]) <= settings.PORTAL_READABILITY_TARGETS["young_people"]


def test_the_words_for_younger_children_are_simpler_still():
    # For 7 to 11 year olds reading with a grown-up: well under the teenagers' target.
    assert lix(YOUNG_PEOPLE_HUB["younger_text"]) <= settings.PORTAL_READABILITY_TARGETS["young_people"] - 15
    assert max(len(sentence.split()) for sentence in YOUNG_PEOPLE_HUB["younger_text"].split(". ")) <= 10
