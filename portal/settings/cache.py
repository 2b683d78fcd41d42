"""The shared cache: whole anonymous page responses (cms/core/cache.py), the glossary's version,
sign-in throttling and used one-time codes. Every server process must share it, or a publish would
only clear one process's copy and a guesser could spread their tries across processes."""

from django.core.exceptions import ImproperlyConfigured

from .environment import VAR_DIR, env_int, env_str

# The default is a file-based cache under var/, which all gunicorn workers on one machine share.
# With several machines, point it at a shared cache (CACHE_URL below).
CACHES = {
    "default": {
        "BACKEND": env_str("DJANGO_CACHE_BACKEND", "django.core.cache.backends.filebased.FileBasedCache"),
        "LOCATION": env_str("DJANGO_CACHE_LOCATION", str(VAR_DIR / "cache")),
        "TIMEOUT": 300,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

# CACHE_URL, when set, replaces the cache above with one of Django's own backends: redis://host:6379/0
# (or rediss://), db://table_name (run `manage.py createcachetable`), file:///path or locmem://.
# With more than one machine, use redis or db.
_cache_url = env_str("CACHE_URL")
_BACKENDS_BY_SCHEME = {
    "redis": "django.core.cache.backends.redis.RedisCache",
    "rediss": "django.core.cache.backends.redis.RedisCache",
    "db": "django.core.cache.backends.db.DatabaseCache",
    "file": "django.core.cache.backends.filebased.FileBasedCache",
    "locmem": "django.core.cache.backends.locmem.LocMemCache",
}
if _cache_url:
    _scheme, _sep, _rest = _cache_url.partition("://")
    if _scheme not in _BACKENDS_BY_SCHEME:
        raise ImproperlyConfigured(f"CACHE_URL: use one of {', '.join(_BACKENDS_BY_SCHEME)}:// (got {_scheme!r}).")
    CACHES["default"].update(
        BACKEND=_BACKENDS_BY_SCHEME[_scheme], LOCATION=_cache_url if _scheme.startswith("redis") else _rest
    )
    if _scheme.startswith("redis"):
        CACHES["default"].pop("OPTIONS", None)

# How long an anonymous page response is kept at most (seconds); 0 turns the page cache off.
PORTAL_PAGE_CACHE_SECONDS = env_int("PORTAL_PAGE_CACHE_SECONDS", 300)
