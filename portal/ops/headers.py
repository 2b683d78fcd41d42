"""Response headers that are the same for every page, and the two Content Security Policies.

- Permissions-Policy: turns off browser features no page uses (camera, microphone, location…).
- `Cache-Control: private, no-store` on every private path, and on every page shown to someone
  signed in, so the browser's Back button and shared caches never keep family or staff data; and on
  anything else that does not say how it may be kept. So a CDN or caching proxy in front keeps only
  what says `public`: the anonymous public pages (cms.core.cache, with `s-maxage`) and the few
  responses that set their own (the open data API). Never a page with search words in its address,
  a "not found" or a redirect, whatever a CDN's default lifetime would be.
- CSP: the strict policy in CONTENT_SECURITY_POLICY for public and family pages, plus the hash
  of the page's one inline style; no nonce, since public pages are cached and shared. The Wagtail
  admin gets PORTAL_ADMIN_CONTENT_SECURITY_POLICY (it still needs inline script in 7.4).

HSTS, nosniff, Referrer-Policy and Cross-Origin-Opener-Policy come from Django's
SecurityMiddleware (settings SECURE_*), X-Frame-Options from its clickjacking middleware.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import empty
from django.utils.http import content_disposition_header


def private_response(response):
    """Never kept by a browser's history or a shared cache: the page holds family or staff data."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response


def download_response(content, *, filename, content_type):
    """A file to save, not to show: an attachment, never sniffed, never cached (private_response)."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    response["X-Content-Type-Options"] = "nosniff"
    return private_response(response)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PORTAL_PERMISSIONS_POLICY)
        if self._is_private(request) or not response.has_header("Cache-Control"):
            private_response(response)
        return response

    @staticmethod
    def _is_private(request):
        if request.path_info.startswith(tuple(settings.PORTAL_PRIVATE_PREFIXES)):
            return True
        # Only look at the user if something already did: a cached public page must not load a session.
        user = getattr(request, "user", None)
        if user is None or getattr(user, "_wrapped", None) is empty:
            return False
        return bool(getattr(user, "is_authenticated", False))


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy for the admin's paths.

    A Wagtail page preview is rendered by a "dummy" request for the page's public URL, run through
    this same middleware inside the admin's request. It keeps the strict public policy (it shows a
    public page), except that the admin may frame it: `frame-ancestors 'self'`.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        is_dummy = getattr(request, "is_dummy", False)
        is_admin = not is_dummy and request.path_info.startswith(tuple(settings.PORTAL_ADMIN_CSP_PREFIXES))
        if is_admin:
            if parts.config is None:
                parts.config = default_config(settings.PORTAL_ADMIN_CONTENT_SECURITY_POLICY)
                parts.nonce = None  # a nonce in the policy would make browsers ignore 'unsafe-inline'
            return parts
        style_hashes = getattr(request, "portal_style_hashes", None)
        if style_hashes:  # the page's inline <style>, allowed by its hash (portal.authorities.context_processors)
            parts.update = {**(parts.update or {}), "style-src": style_hashes}
        if is_dummy:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
