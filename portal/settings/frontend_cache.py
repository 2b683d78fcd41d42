"""A CDN or caching proxy in front of the portal: how long it may keep public pages, and how
publishing tells it to forget one.

- Anonymous public pages (those the portal's own page cache keeps, cms/core/cache.py) are sent with
  `Cache-Control: public, max-age=<PORTAL_BROWSER_CACHE_SECONDS>, s-maxage=<PORTAL_SHARED_CACHE_SECONDS>`.
  Everything else is `private, no-store` (portal/ops/headers.py), so a shared cache keeps nothing it
  was not told it may keep: no family page, no search words, no page made for someone signed in.
- Publishing or unpublishing a page purges it, and the pages that list it, through Wagtail's
  frontend cache (wagtail.contrib.frontend_cache), when a purge is set up here: an HTTP purger
  (Varnish, nginx with a purge module…) at PORTAL_FRONTEND_CACHE_URL, and/or a CloudFront
  distribution. With neither, nothing is sent. Purges are background tasks, so in production the
  database queue's `db_worker` sends them.
"""

from importlib.util import find_spec

from django.core.exceptions import ImproperlyConfigured

from .environment import env_int, env_list, env_str

# How long a browser may reuse a public page without asking again. 0 by default: a purge cannot
# reach a browser, and someone who switches language or presses Back should get the page as it is.
PORTAL_BROWSER_CACHE_SECONDS = env_int("PORTAL_BROWSER_CACHE_SECONDS", 0)
# How long a CDN or caching proxy may keep one. Publishing purges the page at once (when a purge is
# set up below); what no purge reaches (a council's colour, the glossary, a footer link) shows
# within this time, as it does with the portal's own page cache (PORTAL_PAGE_CACHE_SECONDS).
PORTAL_SHARED_CACHE_SECONDS = env_int("PORTAL_SHARED_CACHE_SECONDS", 300)

# Seconds to wait for a purger to answer. Wagtail's HTTP backend would wait for ever, holding up
# the db_worker that also sends the notifications (cms.core.cache.TimeLimitedHTTPBackend).
PORTAL_FRONTEND_CACHE_TIMEOUT = 10

WAGTAILFRONTENDCACHE = {}
# One purger, or one per caching proxy (comma-separated): each gets `PURGE <path>` with the page's
# host in the Host header.
for _number, _location in enumerate(env_list("PORTAL_FRONTEND_CACHE_URL"), start=1):
    if not _location.startswith(("http://", "https://")):
        raise ImproperlyConfigured(f"PORTAL_FRONTEND_CACHE_URL: {_location!r} must start with http:// or https://.")
    WAGTAILFRONTENDCACHE[f"proxy-{_number}"] = {
        "BACKEND": "cms.core.cache.TimeLimitedHTTPBackend",
        "LOCATION": _location,
        "TIMEOUT": PORTAL_FRONTEND_CACHE_TIMEOUT,
    }

# CloudFront: an invalidation per publish. The AWS credentials come the usual way for boto3 (its own
# AWS_* variables, or the server's role), never through these settings.
_distribution_id = env_str("PORTAL_FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID")
if _distribution_id:
    if find_spec("boto3") is None:
        raise ImproperlyConfigured(
            "PORTAL_FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID is set, but boto3 (which Wagtail uses to "
            "purge CloudFront) is not installed: pip install boto3."
        )
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": _distribution_id,
    }

# Addresses are the same in every language (no /pl/ prefix; cms/core/translation.py), so each
# address is purged once, whatever language its cached copies are in.
WAGTAILFRONTENDCACHE_LANGUAGES = []
