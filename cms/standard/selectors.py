from cms.core.cache import content_cached

from .models import StandardPage

_LINK_NAMES = {
    StandardPage.Purpose.PRIVACY: "privacy_url",
    StandardPage.Purpose.ACCESSIBILITY: "accessibility_url",
    StandardPage.Purpose.CONTACT: "contact_url",
}


def standard_page_urls(*, site):
    """Footer links of a site: {"privacy_url": "/privacy/", ...} for the live pages that exist.

    On every page, and the same until pages change: kept until the next publish.
    """
    return content_cached(f"footer-links:{site.pk}", lambda: _standard_page_urls(site=site))


def _standard_page_urls(*, site):
    pages = (
        StandardPage.objects.live()
        .descendant_of(site.root_page)
        .filter(purpose__in=list(_LINK_NAMES))
        .only("url_path", "purpose")
    )
    links = {}
    for page in pages:
        links.setdefault(_LINK_NAMES[page.purpose], page.get_url(current_site=site))
    return links
