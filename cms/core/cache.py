"""Whole-response caching of public Wagtail pages for anonymous visitors.

Guides are the same for every anonymous visitor of one site, and most visitors are anonymous, so
the finished response of a page is kept in Django's cache and served again without touching the
database or the templates. The middleware sits directly after WhiteNoise, before sessions,
authentication and CSP, so a hit costs about as much as serving a static file.

What is cached, and what never is:

- Only GET responses of Wagtail's page view (``wagtail.views.serve``), or of a view marked with
  ``public_page_cache``, with status 200.
- Never for an address with a query string. What people type (a search, the directory's "search
  by words") can be personal, and the search page promises not to record it; a cache on disk
  would. Guides have no query string, so they are cached; filtered lists are made afresh. (It
  also stops anyone filling the cache with made-up addresses.)
- Never for a request carrying a session cookie (it may belong to someone signed in: the family
  area and the admin are never cached, even by accident) or a messages cookie (the page would
  show, and use up, a one-off message).
- Never a response that sets a cookie (a CSRF token in a form, say), that is marked private,
  no-cache or no-store, or that was made for a signed-in user.

The key is the scheme, host and path, the language and whether the client takes gzip (the
response is stored as sent, compressed when it can be: see cms.core.compression), plus a
*generation*. Publishing, unpublishing, moving or deleting a page, and saving a site, a local
authority, a snippet (glossary terms, directory entries), a site setting or an image, starts a new
generation, so every page is rendered afresh on its next view; old entries are never read again and
expire. The generation is a timestamp kept in the cache itself, so with a cache that every server
process shares (see CACHES in portal/settings/cache.py) a publish in one process reaches all of them.
Entries also expire after ``PORTAL_PAGE_CACHE_SECONDS`` (0 turns the cache off), which bounds the
life of anything a signal cannot see, such as a deploy with new templates.

A cached page carries nothing made for one response: its Content Security Policy allows the page's
one inline style by the style's hash, not by a per-response nonce (portal.authorities.context_processors).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.cache import cc_delim_re
from wagtail import views as wagtail_views
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

GENERATION_KEY = "portal:page-cache:generation"
NEVER_CACHE_DIRECTIVES = {"private", "no-cache", "no-store"}


def public_page_cache(view):
    """Mark a public view (one that shows the same thing to every anonymous visitor) as cacheable."""
    view.portal_page_cache = True
    return view


def page_cache_timeout():
    return settings.PORTAL_PAGE_CACHE_SECONDS


def page_cache_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        fresh = time.time_ns()
        cache.add(GENERATION_KEY, fresh, timeout=None)
        # Another process may have added its own value first: use whichever is stored.
        generation = cache.get(GENERATION_KEY, fresh)
    return generation


def page_cache_invalidate():
    """Start a new generation now, and again when the current transaction commits.

    The second bump covers a page rendered (and cached) from the old data between the first
    bump and the commit. Outside a transaction on_commit runs at once: a harmless double bump.
    """
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, time.time_ns(), timeout=None))


_MISSING = object()


def content_cached(key, compute):
    """``compute()``, kept until the next publish: for values made only from published content.

    A guide's address, a site's footer links: they change only when pages, sites, councils or
    snippets do, which starts a new generation (below), so they can be kept between requests.
    Never use it for anything about a person. Off when the page cache is off.
    """
    timeout = page_cache_timeout()
    if not timeout:
        return compute()
    full_key = f"portal:content:{page_cache_generation()}:{key}"
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(full_key, value, timeout)
    return value


def site_for_request(request):
    """``Site.find_for_request(request)``, without its database query on every request.

    Which site a host name and port belong to changes only when a site is saved or deleted, which
    starts a new generation, so it is kept like published content. Wagtail's own per-request
    attribute is set too, so later ``Site.find_for_request`` calls in the request use it.
    """
    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        try:
            # Only host names in ALLOWED_HOSTS are kept, so nobody can fill the cache with made-up ones.
            host = request.get_host()
        except DisallowedHost:
            return Site.find_for_request(request)
        request._wagtail_site = content_cached(
            f"site:{host}:{request.get_port()}", lambda: Site.find_for_request(request)
        )
    return request._wagtail_site


class PageCacheMiddleware:
    """Serve and store anonymous public page responses (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = page_cache_timeout()
        if not timeout or not self._request_is_cacheable(request):
            return self.get_response(request)
        key = self._key(request)
        cached = cache.get(key)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if self._response_is_cacheable(request, response):
            cache.set(key, response, timeout)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve or getattr(view_func, "portal_page_cache", False):
            request._portal_page_cache = True

    @staticmethod
    def _request_is_cacheable(request):
        if request.method != "GET" or request.META.get("QUERY_STRING"):
            return False
        cookies = request.COOKIES
        return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies

    @staticmethod
    def _response_is_cacheable(request, response):
        if not getattr(request, "_portal_page_cache", False):
            return False
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        directives = {d.split("=")[0].strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
        return not directives & NEVER_CACHE_DIRECTIVES

    @staticmethod
    def _key(request):
        accepts_gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
        parts = "\n".join(
            [
                request.scheme,
                request.get_host(),
                request.path,
                translation.get_language_from_request(request),
                "gzip" if accepts_gzip else "identity",
            ]
        )
        digest = hashlib.sha256(parts.encode()).hexdigest()
        return f"portal:page-cache:{page_cache_generation()}:{digest}"


# Invalidation ------------------------------------------------------------------------------------

_affects_pages_by_model = {}


def _affects_public_pages(model):
    """Whether saving or deleting this kind of object can change what a public page shows."""
    if model not in _affects_pages_by_model:
        from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
        from wagtail.images.models import AbstractImage
        from wagtail.models import Page, Site
        from wagtail.snippets.models import get_snippet_models

        from portal.authorities.models import LocalAuthority

        kinds = (Page, Site, LocalAuthority, AbstractImage, BaseSiteSetting, BaseGenericSetting)
        _affects_pages_by_model[model] = issubclass(model, kinds) or model in get_snippet_models()
    return _affects_pages_by_model[model]


def _on_publish(sender, **kwargs):
    page_cache_invalidate()


def _on_save_or_delete(sender, **kwargs):
    if _affects_public_pages(sender):
        page_cache_invalidate()


def _on_setting_changed(sender, setting=None, **kwargs):
    # Tests change settings (an exit URL, say) between two views of a page. A change of the cache
    # itself brings a different cache (perhaps one that cannot be reached, to test the checks).
    if setting != "CACHES":
        cache.delete(GENERATION_KEY)


def connect_signals():
    """Called from CoreConfig.ready(), so changes made by management commands count too."""
    for name, signal in (
        ("page-published", page_published),
        ("page-unpublished", page_unpublished),
        ("page-moved", post_page_move),
        ("published", published),
        ("unpublished", unpublished),
    ):
        signal.connect(_on_publish, dispatch_uid=f"portal-page-cache-{name}")
    post_save.connect(_on_save_or_delete, dispatch_uid="portal-page-cache-save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="portal-page-cache-delete")
    setting_changed.connect(_on_setting_changed, dispatch_uid="portal-page-cache-setting")
