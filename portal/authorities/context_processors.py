import base64
import hashlib
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

    @property
    def root_style(self):
        """The one inline style rule: the council's colour (validated as #rrggbb when saved)."""
        return f":root{{--portal-brand:{self.colour}}}"


def style_source_hash(text):
    """The CSP source expression ('sha256-…') that allows exactly this inline <style> text."""
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def branding(request):
    """Name, colour and footer links for the header and footer of every page.

    The colour reaches the page as one inline <style>. The Content Security Policy allows it by
    its hash (portal.ops.headers), not by a nonce: a nonce is a per-response secret, and a public
    page is cached and served to many visitors, so it must carry nothing made for one response.
    """
    authority = authority_for_request(request)
    links = _footer_links(request)
    if authority is None:
        result = Branding(
            name=settings.PORTAL_NAME,
            colour=settings.PORTAL_DEFAULT_BRAND_COLOUR,
            exit_url=settings.PORTAL_DEFAULT_EXIT_URL,
            **links,
        )
    else:
        result = Branding(name=authority.name, colour=authority.brand_colour, exit_url=authority.exit_url, **links)
    request.portal_style_hashes = [style_source_hash(result.root_style)]
    return {"branding": result}


def exit_url_for_request(request):
    """Where "Exit this page" goes on this site: the council's choice, or the portal's default."""
    authority = authority_for_request(request)
    return authority.exit_url if authority is not None and authority.exit_url else settings.PORTAL_DEFAULT_EXIT_URL


def _footer_links(request):
    """Find the standard pages (privacy, accessibility, contact) of the current site by slug."""
    from cms.standard.selectors import standard_page_urls

    site = site_for_request(request)
    if site is None:
        return {}
    return standard_page_urls(site=site)
