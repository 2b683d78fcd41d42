"""Addresses of single pages a site has (its legal advice page, its journey), kept between requests."""

from wagtail.models import Site

from .cache import content_cached, site_for_request


def cached_page_url(*, key, site_id, request, find):
    """The address of the page `find(site)` returns on the site `site_id`, kept until the next
    publish (so a warm cache costs no query, not even for the site): relative when `request` is on
    that site, with the site's root URL when it is on another (a family area shown on one council's
    site, linking to the case's council's page). One address serves every language
    (cms/core/translation.py), so nothing here depends on the reader's language."""
    if site_id is None:
        return None

    def parts():
        site = Site.objects.select_related("root_page").filter(pk=site_id).first()
        page = find(site) if site is not None else None
        return None if page is None else page.get_url_parts()

    url_parts = content_cached(f"{key}:{site_id}", parts)
    if url_parts is None:
        return None
    page_site_id, root_url, path = url_parts
    current = site_for_request(request)
    return path if current is not None and current.pk == page_site_id else root_url + path
