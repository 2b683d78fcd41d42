"""System checks for what every request relies on: the shared cache.

Every request goes through the cache (the page cache, sign-in throttling, used one-time codes), so a
cache that cannot be loaded or reached answers every request with a 500, `/healthz` included. Two
checks catch that before the site is started:

- `portal.E001` (always): the configured backend and its client library can be imported. A
  `CACHE_URL=redis://…` without the Redis client installed failed this way.
- `portal.E002` (`manage.py check --deploy`): the cache answers a write and a read. Only at deploy
  time, because it connects to the cache server.
"""

from django.core.cache import caches
from django.core.checks import Error, Tags, register
from django.utils.crypto import get_random_string

REDIS_BACKEND = "django.core.cache.backends.redis.RedisCache"


def _cache_error(exc, check_id, what):
    return Error(
        f"The cache ({caches['default'].__class__.__name__}) {what}: {exc.__class__.__name__}: {exc}",
        hint="Check CACHE_URL (README, Configuration): its server must be running and reachable, and "
        "the project installed with `make install`, which installs the Redis client.",
        id=check_id,
    )


@register(Tags.caches)
def cache_backend_loads(app_configs=None, **kwargs):
    from django.conf import settings

    try:
        caches["default"]  # imports the backend's class and creates it
        if settings.CACHES["default"]["BACKEND"] == REDIS_BACKEND:
            import redis  # noqa: F401  (Django's Redis backend imports it only on first use)
    except Exception as exc:  # noqa: BLE001  (any failure to load is the finding)
        return [
            Error(
                f"The cache backend cannot be loaded: {exc.__class__.__name__}: {exc}",
                hint="Install the project with `make install` (it includes the Redis client), or check CACHE_URL.",
                id="portal.E001",
            )
        ]
    return []


@register(Tags.caches, deploy=True)
def cache_answers(app_configs=None, **kwargs):
    if cache_backend_loads():
        return []  # already reported as portal.E001
    key = f"portal:check:{get_random_string(12)}"
    try:
        cache = caches["default"]
        cache.set(key, "ok", 10)
        answered = cache.get(key)
        cache.delete(key)
    except Exception as exc:  # noqa: BLE001  (any failure to reach it is the finding)
        return [_cache_error(exc, "portal.E002", "cannot be reached")]
    if answered != "ok":
        return [_cache_error(RuntimeError("what was written could not be read back"), "portal.E002", "does not keep")]
    return []
