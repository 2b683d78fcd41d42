"""Tests: the same as dev, but quiet, fast and deterministic.

The database is whatever DATABASE_URL says: SQLite by default, PostgreSQL when
`make test` is given PORTAL_TEST_DATABASE_URL (CI always does both).
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-insecure-key")

from .dev import *  # noqa: E402,F403

DEBUG = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
PRIVATE_STORAGE_ROOT = VAR_DIR / "test-private"  # noqa: F405
# The whole alias, not just its folder: a shell with PORTAL_PRIVATE_STORAGE_URL set must not send tests to S3.
STORAGES["private"] = {  # noqa: F405
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": str(PRIVATE_STORAGE_ROOT), "base_url": None},  # noqa: F405
}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# Per process, so a test run never shares cached pages with a running dev server (tests/conftest.py
# empties it before every test).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The access matrices ask for hundreds of out-of-scope addresses in one test, on purpose; the
# probing limit is tested on its own with a small limit (tests/security/test_probing.py).
PORTAL_PROBE_LIMIT = 10_000
