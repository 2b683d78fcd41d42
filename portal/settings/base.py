"""Settings shared by every environment. Secure by default: dev.py and test.py only loosen,
production.py only tightens.

This module holds what Django itself needs (apps, middleware, templates, database, languages,
logging); the rest is by topic, one module each, imported at the end. Every value read from the
environment is read once, in one of these modules, and listed with its default in the README's
configuration table.
"""

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .environment import BASE_DIR, VAR_DIR, env_bool, env_int, env_list, env_str

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. Set it to a long random value "
        '(python -c "import secrets; print(secrets.token_urlsafe(50))").'
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates override the libraries' ones.
    "portal.accounts",
    "portal.authorities",
    "portal.cases",
    "portal.documents",
    "portal.audit",
    "portal.notifications",
    "portal.conversations",
    "portal.preproceedings",
    "portal.network",
    "portal.languages",
    "portal.demo",
    "portal.ops",
    "cms.core",
    "cms.home",
    "cms.standard",
    "cms.directory",
    "cms.glossary",
    "cms.search",
    "cms.feedback",
    "cms.guidance",
    # Wagtail
    # Page translation: translations stay linked to their English source (cms/core/translation.py)
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    # Purges a CDN or caching proxy in front when a page is published (portal/settings/frontend_cache.py)
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    # Background tasks: django-tasks, and its database queue (used when PORTAL_TASKS_BACKEND says so)
    "django_tasks",
    "django_tasks_db",
    # Sign-in
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # X-Forwarded-* only from trusted proxies, before anything reads them (portal/ops/proxies.py).
    "portal.ops.proxies.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Request bodies over the limit for the address are refused before anything reads them (portal/ops/limits.py).
    "portal.ops.limits.RequestBodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Permissions-Policy on every response; never-cache on anything private (portal/ops/headers.py).
    "portal.ops.headers.SecurityHeadersMiddleware",
    # Anonymous public pages come from the cache before sessions or the database are touched;
    # gzip below it, so a cached page is stored compressed (cms/core/cache.py, compression.py).
    "cms.core.cache.PageCacheMiddleware",
    "cms.core.compression.AnonymousGZipMiddleware",
    # One CSP for public and family pages, a separate one for the Wagtail admin (portal/ops/headers.py).
    "portal.ops.headers.PortalCSPMiddleware",
    # A database that is down gives a plain 503 page at once (portal/ops/unavailable.py).
    "portal.ops.unavailable.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Whatever an admin address names must be within the user's council (portal/authorities/admin_boundary.py).
    "portal.authorities.admin_boundary.AdminBoundaryMiddleware",
    # A worker's search from the admin home finds cases, not "no permission" (portal/cases/admin_views/search.py).
    "portal.cases.admin_views.search.WorkerSearchMiddleware",
    # Many "not found" answers from one session or address: 429 for a while, and logged (portal/ops/probing.py).
    "portal.ops.probing.NotFoundProbeMiddleware",
    # Idle and absolute session limits, then MFA for staff (portal/accounts/).
    "portal.accounts.sessions.SessionTimeoutMiddleware",
    "portal.accounts.mfa.StaffMFAMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.authorities.context_processors.branding",
                "portal.navigation.navigation",
                "portal.languages.context_processors.language_navigation",
            ],
        },
    },
]

# DATABASE_URL: embedded SQLite by default (zero set-up demo); postgres://… for PostgreSQL.
DATABASE_URL = env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast rather than hang when the database is unreachable.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 5
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two requests writing at once (a double click on the demo) wait their turn instead of failing
    # with "database is locked": each transaction takes the write lock when it begins.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

# Language and time
LANGUAGE_CODE = "en-gb"
# Each language is named in itself, as the language switcher shows it. The translations are drafts
# that need checking by a qualified translator before live use (README, "Languages").
LANGUAGES = [("en-gb", "English"), ("pl", "Polski"), ("ro", "Română"), ("ur", "اردو")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
# Pages can be translated into each of them (wagtail-localize).
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    # Wagtail and the task queue log every page save at INFO: too chatty for a console.
    "loggers": {
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# By topic. Each module reads its own environment variables and can be read on its own.
from .cache import *  # noqa: E402,F403  the shared cache and the page cache
from .frontend_cache import *  # noqa: E402,F403  a CDN or caching proxy in front: page lifetimes, purges
from .project import *  # noqa: E402,F403  the portal's own settings
from .security import *  # noqa: E402,F403  cookies, headers, CSP, proxies, request limits
from .signin import *  # noqa: E402,F403  allauth, MFA, passwords, throttling, session lengths
from .storage import *  # noqa: E402,F403  static files, media, family documents, scanning, retention
from .tasks import *  # noqa: E402,F403  background tasks, email, texts, notifications
from .wagtail import *  # noqa: E402,F403  Wagtail and the editors' checks
