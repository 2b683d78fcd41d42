from dataclasses import dataclass

from django.conf import settings

from cms.core.cache import site_for_request

from .selectors import authority_for_request


@dataclass(frozen=True)
class Branding:
    name: str
    colour: str
    exit_url: str
    home_url: str = "/"
    privacy_url: str | None = None
    accessibility_url: str | None = None
    contact_url: str | None = None


def branding(request):
    """Name, colour and footer links for the header and footer of every page."""
    authority = authority_for_request(request)
    links = _footer_links(request)
    if authority is None:
        return {
            "branding": Branding(
                name=settings.PORTAL_NAME,
                colour=settings.PORTAL_DEFAULT_BRAND_COLOUR,
                exit_url=settings.PORTAL_DEFAULT_EXIT_URL,
                **links,
            )
        }
    return {
        "branding": Branding(
            name=authority.name,
            colour=authority.brand_colour,
            exit_url=authority.exit_url,
            **links,
        )
    }


def _footer_links(request):
    """Find the standard pages (privacy, accessibility, contact) of the current site by slug."""
    from cms.standard.selectors import standard_page_urls

    site = site_for_request(request)
    if site is None:
        return {}
    return standard_page_urls(site=site)
