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

A CDN or caching proxy in front (portal/settings/frontend_cache.py) may keep exactly these responses:
they are sent ``public, max-age=PORTAL_BROWSER_CACHE_SECONDS, s-maxage=PORTAL_SHARED_CACHE_SECONDS``,
whether or not the portal's own cache is on; everything else is ``private, no-store``
(portal.ops.headers). Publishing or unpublishing a page purges it there, with the pages that list it
(``pages_to_purge``), once the change has committed.
"""

import hashlib
import http.client
import logging
import time
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.cache import cc_delim_re, patch_cache_control
from wagtail import __version__ as wagtail_version
from wagtail import views as wagtail_views
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

logger = logging.getLogger(__name__)

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
        if not self._request_is_cacheable(request):
            return self.get_response(request)
        timeout = page_cache_timeout()
        key = self._key(request) if timeout else None
        if key is not None:
            cached = cache.get(key)
            if cached is not None:
                return cached
        response = self.get_response(request)
        if self._response_is_cacheable(request, response):
            shared_cache_headers(response)
            if key is not None:
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


def shared_cache_headers(response):
    """Let browsers and a CDN keep this anonymous public page, each for its own time."""
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PORTAL_BROWSER_CACHE_SECONDS,
        s_maxage=settings.PORTAL_SHARED_CACHE_SECONDS,
    )
    return response


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


# Purging a CDN or caching proxy in front ----------------------------------------------------------

# Page types that list pages of another type without linking to them in their content, so Wagtail's
# reference index cannot tell: the journey shows each stage's guide, found by its slug
# (cms.guidance.selectors.journey_phases), and the young people's hub lists every young people's
# guide on the site. Model labels, so that this module imports no content app.
# The council's legal advice page is the target of every guide's legal-advice button and the home
# page's card (cms/directory/selectors.py), so publishing or unpublishing it changes those pages too.
LISTED_ON = {
    "guidance.guidepage": ("guidance.journeypage", "guidance.youngpeoplehubpage"),
    "directory.legaladvicepage": ("guidance.guidepage", "home.homepage"),
}


def _label(page):
    content_type = ContentType.objects.get_for_id(page.content_type_id)
    return f"{content_type.app_label}.{content_type.model}"


def pages_to_purge(page):
    """The pages whose cached copies show ``page``, to purge when it is published or unpublished.

    - Where it is read: the page; for a translation, its English page, whose address serves it
      (cms/core/translation.py); and every alias of those (each council's copy of a national guide).
    - Where it is listed: the parent of each (a section lists its guides); the live pages that link
      to one of them (Wagtail's reference index: another guide's "other version", a home page's ways
      in, a link in rich text); and the pages of LISTED_ON on the same site.

    Pages that show it only in their footer or breadcrumbs follow within PORTAL_SHARED_CACHE_SECONDS.
    Pages without an address of their own (the national originals) are passed over by the purge.
    """
    shown = {page.pk: page}
    english = Locale.get_default()
    if page.locale_id != english.pk:
        source = page.get_translation_or_none(english)
        if source is not None:
            shown[source.pk] = source
    new = list(shown)
    while new:
        aliases = list(Page.objects.filter(alias_of__in=new).exclude(pk__in=list(shown)))
        shown.update((alias.pk, alias) for alias in aliases)
        new = [alias.pk for alias in aliases]

    page_type = ContentType.objects.get_for_model(Page)
    linking = ReferenceIndex.objects.filter(
        base_content_type=page_type, to_content_type=page_type, to_object_id__in=[str(pk) for pk in shown]
    ).values_list("object_id", flat=True)
    listing = Q(path__in={p.path[: -Page.steplen] for p in shown.values() if p.depth > 1})
    listing |= Q(pk__in=[int(pk) for pk in linking])
    site_roots = list(Site.objects.values_list("root_page__path", flat=True))
    for shown_page in shown.values():
        labels = LISTED_ON.get(_label(shown_page), ())
        kinds = [ContentType.objects.get_for_model(apps.get_model(label)) for label in labels]
        for root in [root for root in site_roots if shown_page.path.startswith(root)] if kinds else []:
            listing |= Q(path__startswith=root, content_type__in=kinds)
    return [*shown.values(), *Page.objects.live().filter(listing).exclude(pk__in=list(shown))]


def frontend_cache_purge_later(pages):
    """Purge these pages' addresses once the current transaction commits (at once outside one).

    The addresses are worked out now, the purge is sent after the commit, so that a CDN fetching
    the page in between cannot keep the old one; a transaction that rolls back purges nothing.
    Wagtail's own handler also purges a published page as it is published; this purges it again
    after the commit, with the pages that list it (a purge too many does no harm). The purge is a
    background task: in production the database queue stores it and db_worker sends it.
    """
    batch = PurgeBatch()
    batch.add_pages(pages)
    if batch.urls:
        transaction.on_commit(batch.purge, robust=True)


def _on_publish_purge(sender, instance, alias=False, **kwargs):
    # Wagtail sends page_published for each alias it updates too (alias=True): the original's
    # purge covers them already.
    if alias or not settings.WAGTAILFRONTENDCACHE:
        return
    frontend_cache_purge_later(pages_to_purge(instance))


class TimeLimitedHTTPBackend(HTTPBackend):
    """Wagtail's HTTP purge backend (``PURGE <path>`` to the purger, with the page's Host), with a
    time limit. Wagtail's own waits for ever for a purger that takes the connection and never
    answers, and purges run in the db_worker that also sends the notifications. A purge that fails
    is logged, as in Wagtail's; the page then leaves the cache after PORTAL_SHARED_CACHE_SECONDS.
    """

    def __init__(self, params):
        self.timeout = params.pop("TIMEOUT", 10)
        super().__init__(params)

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""]),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 (the purger's address, from settings)
                pass
        except (OSError, http.client.HTTPException) as error:  # refused, an error status, a time-out
            logger.error("Could not purge %s from the caching proxy: %s", url, error)


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
    for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
        signal.connect(_on_publish_purge, dispatch_uid=f"portal-frontend-cache-page-{name}")
    post_save.connect(_on_save_or_delete, dispatch_uid="portal-page-cache-save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="portal-page-cache-delete")
    setting_changed.connect(_on_setting_changed, dispatch_uid="portal-page-cache-setting")
