"""Link a journey stage to the guide that explains it, for grown-ups or young people."""

from wagtail.models import Page

from cms.core.cache import content_cached, site_for_request

YOUNG_PEOPLE_PREFIX = "young-people-"


def stage_guide_url(*, stage, young_person, request):
    """The live guide page for this stage on the current site, or None if it has not been written.

    Guides are found by slug (`Stage.guide_slug`, with a `young-people-` prefix for the young
    people's version), so editors can move pages without breaking the family area.
    """
    return guide_url(slug=stage.guide_slug, young_person=young_person, request=request)


def guide_url(*, slug, young_person, request):
    """The live guide with this slug on the current site (the young people's version first, for a
    young person), or None if it has not been written."""
    site = site_for_request(request)
    if site is None:
        return None
    slugs = [slug]
    if young_person:
        slugs.insert(0, YOUNG_PEOPLE_PREFIX + slug)

    def find():
        pages = {
            page.slug: page
            for page in Page.objects.live().public().descendant_of(site.root_page).filter(slug__in=slugs)
        }
        for slug in slugs:
            if slug in pages:
                return pages[slug].get_url(request=request)
        return None

    # The same for every family on this site until pages change: kept until the next publish.
    return content_cached(f"stage-guide:{site.pk}:{':'.join(slugs)}", find)
