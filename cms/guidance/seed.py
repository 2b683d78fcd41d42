"""Build the national guidance from the seed content (cms/guidance/content) and share it with LAs.

Safe to run again: it only adds what is missing, so editors' changes to pages that already
exist are kept, and a second run makes no new pages or revisions.

Each guide records its sources (content/guide_sources.py, urls from content/sources.py, which also
fills the list of sources editors choose from). Seeded guides start as never legally checked: that
is the honest state, since a council's legal team has not checked them yet (the "Legal check"
report lists them until it has).
"""

from django.db import transaction
from wagtail.models import Page

from cms.core.blocks import GuideStreamBlock
from cms.home.models import HomePage, HomePageWayIn

from .models import (
    GuidePage,
    GuidePageSource,
    GuideSectionPage,
    JourneyPage,
    NationalGuidancePage,
    Source,
    YoungPeopleHubPage,
    months_ahead,
)
from .selectors import national_root
from .services import guidance_permissions_ensure
from .sharing import national_guidance_share

NATIONAL_ROOT = {"slug": "national-guidance", "title": "National guidance"}
JOURNEY = {
    "slug": "what-happens-step-by-step",
    "title": "What happens, step by step",
    "intro": "Each step, from the first worries to the end of a court case. "
    "See how long each step usually takes, and read more about it.",
}
YOUNG_PEOPLE_WAY_IN = "I'm a child or young person"
# Where the young people's way in went before the hub: a way in still going there is moved to the hub.
YOUNG_PEOPLE_WAY_IN_BEFORE_THE_HUB = "young-people-what-is-pre-proceedings"
# (title, description, slugs to try on the LA's site in order, or a fixed address)
WAYS_IN = [
    (
        "I've had a letter from children's services",
        "What the letter means and what to do first.",
        ["letter-before-proceedings"],
        None,
    ),
    ("We have to go to court", "What happens in care proceedings, and who will help you.", ["care-proceedings"], None),
    (
        YOUNG_PEOPLE_WAY_IN,
        "Help written for you, about what is happening in your family.",
        ["young-people", YOUNG_PEOPLE_WAY_IN_BEFORE_THE_HUB],
        None,
    ),
    (
        "Get free legal advice",
        "How to get advice from a solicitor, and when it is free.",
        ["free-legal-advice"],
        None,
    ),
    ("Find support near me", "Local services that can help you and your family.", [], "/directory/"),
]


def seed_content():
    """SECTIONS and GUIDES from the content package (read when the seed runs, not on import)."""
    from .content.guides import GUIDES
    from .content.sections import SECTIONS

    return SECTIONS, GUIDES


def seed_sources():
    """SOURCES, and each guide's source urls ({slug: [url, …]}), from the content package."""
    from .content.guide_sources import sources_by_guide
    from .content.sources import SOURCES

    return SOURCES, sources_by_guide()


@transaction.atomic
def guidance_seed(*, authorities, sections=None, guides=None):
    """Build the national root, sections, guides, journey and young people's hub, publish them, and
    share them with each LA.

    `sections` and `guides` default to the seed content; tests pass small ones. The sources and
    each guide's list of them always come from the content package.
    """
    if sections is None or guides is None:
        sections, guides = seed_content()
    source_specs, source_urls = seed_sources()
    sources = sources_get_or_build(specs=source_specs)

    def sources_for(slug):
        return _guide_sources(slug=slug, urls=source_urls.get(slug, []), sources=sources)

    root = _national_root_get_or_build()
    section_pages = {spec["slug"]: _section_get_or_build(root=root, spec=spec) for spec in sections}
    _guides_get_or_build(root=root, section_pages=section_pages, specs=guides, sources_for=sources_for)
    _guide_sources_add_missing(
        root=root, slugs=[slug for slug, urls in source_urls.items() if urls], sources_for=sources_for
    )
    _journey_get_or_build(root=root)
    _young_people_hub_get_or_build(root=root)
    guidance_permissions_ensure()
    for authority in authorities:
        national_guidance_share(authority=authority)
        home_ways_in_ensure(home=authority.site.root_page)
    return root


def _publish(page):
    page.save_revision().publish()
    return page


def sources_get_or_build(*, specs):
    """A Source for each spec ({"title", "publisher", "url", "used_for"}), as {url: Source}.

    A source whose url is already listed is kept as editors left it; a url given twice is made once.
    """
    sources = {source.url: source for source in Source.objects.all()}
    for spec in specs:
        if spec["url"] not in sources:
            sources[spec["url"]] = Source.objects.create(
                title=spec["title"],
                publisher=spec.get("publisher", ""),
                url=spec["url"],
                used_for=spec.get("used_for", ""),
            )
    return sources


def _guide_sources(*, slug, urls, sources):
    """The Sources of the guide `slug`, from their urls; every url must be one of SOURCES."""
    unknown = [url for url in urls if url not in sources]
    if unknown:
        raise ValueError(f"Guide {slug!r} names sources that are not in SOURCES: {unknown}")
    return [sources[url] for url in urls]


def guide_sources_set(page, sources):
    page.sources = [GuidePageSource(source=source, sort_order=order) for order, source in enumerate(sources)]


def _guide_sources_add_missing(*, root, slugs, sources_for):
    """Give guides seeded before guides had sources their list, in a new published revision.

    Only a live guide with no sources, no unpublished changes and no workflow under way is touched,
    so no editor's draft or moderation is overtaken.
    """
    guides = GuidePage.objects.descendant_of(root).filter(alias_of__isnull=True, slug__in=slugs)
    for guide in guides.filter(live=True, has_unpublished_changes=False, sources__isnull=True):
        if not guide.workflow_in_progress:
            guide_sources_set(guide, sources_for(guide.slug))
            _publish(guide)


def _national_root_get_or_build():
    root = national_root()
    if root is None:
        root = Page.get_first_root_node().add_child(instance=NationalGuidancePage(**NATIONAL_ROOT))
        _publish(root)
    return root


def _section_get_or_build(*, root, spec):
    section = GuideSectionPage.objects.child_of(root).filter(slug=spec["slug"]).first()
    if section is None:
        section = root.add_child(
            instance=GuideSectionPage(title=spec["title"], slug=spec["slug"], intro=spec.get("intro", ""))
        )
        _publish(section)
    return section


def _journey_get_or_build(*, root):
    journey = JourneyPage.objects.child_of(root).first()
    if journey is None:
        journey = root.add_child(instance=JourneyPage(**JOURNEY))
        _publish(journey)
    return journey


def _young_people_hub_get_or_build(*, root):
    """The young people's hub, made once (after the guides, so it can name the simplest ones)."""
    from .content.young_people_hub import YOUNG_PEOPLE_HUB, YOUNGER_GUIDE_SLUGS

    hub = YoungPeopleHubPage.objects.child_of(root).first()
    if hub is None:
        guides = GuidePage.objects.descendant_of(root).filter(alias_of__isnull=True, slug__in=YOUNGER_GUIDE_SLUGS)
        by_slug = {guide.slug: guide for guide in guides}
        younger = [("guide", by_slug[slug]) for slug in YOUNGER_GUIDE_SLUGS if slug in by_slug]
        hub = root.add_child(instance=YoungPeopleHubPage(**YOUNG_PEOPLE_HUB, younger_guides=younger))
        _publish(hub)
    return hub


def _guides_get_or_build(*, root, section_pages, specs, sources_for):
    """Create missing guides in two passes: first the pages (so buttons and pairs can point at
    any of them), then their full bodies and other versions, published once each."""
    national_guides = {page.slug: page for page in GuidePage.objects.descendant_of(root).filter(alias_of__isnull=True)}
    created = []
    for spec in specs:
        if spec["slug"] in national_guides:
            continue
        section = section_pages.get(spec["section"])
        if section is None:
            raise ValueError(f"Guide {spec['slug']!r} names a section that is not in SECTIONS: {spec['section']!r}")
        page = GuidePage(
            title=spec["title"],
            slug=spec["slug"],
            audience=spec["audience"],
            summary=spec["summary"],
            review_by=months_ahead(spec.get("review_months", 12)),
            body=[{"type": "text", "value": f"<p>{spec['title']}</p>"}],  # replaced below
            live=False,
        )
        national_guides[spec["slug"]] = section.add_child(instance=page)
        created.append((national_guides[spec["slug"]], spec))

    page_for_slug = page_finder(root=root, national_guides=national_guides)
    created_slugs = {page.slug for page, _ in created}
    for page, spec in created:
        page.body = guide_body(spec["body"], page_for_slug=page_for_slug)
        guide_sources_set(page, sources_for(page.slug))
        pair = national_guides.get(spec.get("pair") or "")
        page.other_version = pair
        _publish(page)
        # A pair that already existed learns about its new other version too.
        if pair is not None and pair.slug not in created_slugs and pair.other_version_id is None:
            pair = GuidePage.objects.get(pk=pair.pk)
            pair.other_version = page
            _publish(pair)


def page_finder(*, root, national_guides):
    """A function finding the national page a button links to by its slug (guides first)."""

    def page_for_slug(slug):
        page = national_guides.get(slug) or Page.objects.descendant_of(root).filter(slug=slug).first()
        if page is None:
            raise ValueError(f"A button links to {slug!r}, but there is no guide with that slug.")
        return page

    return page_for_slug


def guide_body(items, *, page_for_slug):
    """Turn the content format's block tuples into GuideStreamBlock data."""
    body = []
    for item in items:
        kind = item[0]
        if kind == "text":
            value = item[1]
        elif kind == "inset_text" or kind == "warning_text":
            value = {"text": item[1]}
        elif kind == "details":
            value = {"summary": item[1], "text": item[2]}
        elif kind == "what_you_can_do_now":
            value = {"actions": list(item[1])}
        elif kind == "call_to_action":
            spec = item[1]
            value = {
                "text": spec.get("text", ""),
                "label": spec["label"],
                "page": page_for_slug(spec["link_slug"]).pk if spec.get("link_slug") else None,
                "url": spec.get("url", ""),
                "start": spec.get("start", False),
            }
        elif kind in GuideStreamBlock.base_blocks and len(item) == 2:
            value = item[1]  # other blocks are given in their own StreamField form
        else:
            raise ValueError(f"Unknown block in guide content: {kind!r}")
        body.append({"type": kind, "value": value})
    return body


def home_ways_in_ensure(*, home):
    """Add the task-based ways in to an LA's home page, pointing at the LA's own copies of the guides.

    A way in is added only if the home page has none with that title and its page exists on the site.
    """
    home = HomePage.objects.get(pk=home.pk)  # fresh: publishing saves the tree fields it holds
    existing = set(home.ways_in.values_list("title", flat=True))
    added = False
    for title, description, slugs, url in WAYS_IN:
        if title in existing:
            continue
        link_page = None
        for slug in slugs:
            link_page = Page.objects.descendant_of(home).live().filter(slug=slug).first()
            if link_page is not None:
                break
        if link_page is None and url is None:
            continue
        home.ways_in.add(HomePageWayIn(title=title, description=description, link_page=link_page, link_url=url or ""))
        added = True
    if added:
        _publish(home)
    _young_people_way_in_to_the_hub(home=home)
    return home


def _young_people_way_in_to_the_hub(*, home):
    """Move a young people's way in made before the hub existed (it went to one guide) to the hub,
    on the home page and its translations. A way in an editor pointed somewhere else is kept."""
    hub = YoungPeopleHubPage.objects.child_of(home).live().first()
    if hub is None:
        return
    keys = set(
        HomePageWayIn.objects.filter(
            page=home, title=YOUNG_PEOPLE_WAY_IN, link_page__slug=YOUNG_PEOPLE_WAY_IN_BEFORE_THE_HUB
        ).values_list("translation_key", flat=True)
    )
    if not keys:
        return
    for page in HomePage.objects.filter(ways_in__translation_key__in=keys).distinct():
        ways = list(page.ways_in.all())
        for way in ways:
            if way.translation_key in keys:
                way.link_page = hub
        page.ways_in = ways
        _publish(page)
