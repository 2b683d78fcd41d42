"""The glossary version: a value kept in Django's cache that changes whenever the glossary does.

Every cached piece of processed page HTML has the version in its key (see
templatetags/glossary_tags.py), so publishing, unpublishing or deleting a term, or moving the
A to Z page, makes every page pick up the change on its next view without a purge. Old entries
are simply never read again and expire.

The version is a timestamp rather than a counter so that a fresh value after the cache was
emptied can never match keys made before it. With more than one server process the cache must
be shared (database or Redis cache); the default local-memory cache is per process.
"""

import time

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "portal:glossary:version"


def processed_html_timeout():
    """Seconds a processed piece of page HTML is kept (PORTAL_GLOSSARY_CACHE_SECONDS, default a day)."""
    return settings.PORTAL_GLOSSARY_CACHE_SECONDS


def glossary_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        fresh = time.time_ns()
        cache.add(VERSION_KEY, fresh, timeout=None)
        # Another process may have added its own value first: use whichever is stored.
        version = cache.get(VERSION_KEY, fresh)
    return version


def glossary_version_bump():
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)
