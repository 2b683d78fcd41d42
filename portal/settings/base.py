"""Settings shared by every environment. Secure by default: dev.py and test.py only loosen.

Every value read from the environment is listed, with its default, in the README's
configuration table.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
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
DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
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

# Django's cache holds whole anonymous page responses (cms/core/cache.py) and the glossary's
# version. Every server process must share it, or a publish would only clear one process's copy:
# the default is a file-based cache under var/, which all gunicorn workers on one machine share.
# With several machines, point these at a shared cache (Redis or memcached).
CACHES = {
    "default": {
        "BACKEND": os.environ.get("DJANGO_CACHE_BACKEND", "django.core.cache.backends.filebased.FileBasedCache"),
        "LOCATION": os.environ.get("DJANGO_CACHE_LOCATION", str(VAR_DIR / "cache")),
        "TIMEOUT": 300,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}
# CACHE_URL, when set, replaces the cache above with one of Django's own backends: redis://host:6379/0
# (or rediss://), db://table_name (run `manage.py createcachetable`), file:///path or locmem://.
# Sign-in throttling and used one-time codes are counted in this cache too, so every app server
# must share it: with more than one machine, use redis or db.
if os.environ.get("CACHE_URL"):
    _scheme, _sep, _rest = os.environ["CACHE_URL"].partition("://")
    _backends = {
        "redis": "django.core.cache.backends.redis.RedisCache",
        "rediss": "django.core.cache.backends.redis.RedisCache",
        "db": "django.core.cache.backends.db.DatabaseCache",
        "file": "django.core.cache.backends.filebased.FileBasedCache",
        "locmem": "django.core.cache.backends.locmem.LocMemCache",
    }
    if _scheme not in _backends:
        raise ImproperlyConfigured(f"CACHE_URL: use one of {', '.join(_backends)}:// (got {_scheme!r}).")
    CACHES["default"].update(
        BACKEND=_backends[_scheme], LOCATION=os.environ["CACHE_URL"] if _scheme.startswith("redis") else _rest
    )
    if _scheme.startswith("redis"):
        CACHES["default"].pop("OPTIONS", None)
# How long an anonymous page response is kept at most (seconds); 0 turns the page cache off.
PORTAL_PAGE_CACHE_SECONDS = int(os.environ.get("PORTAL_PAGE_CACHE_SECONDS", "300"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time
LANGUAGE_CODE = "en-gb"
# Each language is named in itself, as the language switcher shows it. The translations are drafts
# that need checking by a qualified translator before live use (README, "Languages").
LANGUAGES = [("en-gb", "English"), ("pl", "Polski"), ("ro", "Română"), ("ur", "اردو")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# Static files: compiled GOV.UK Frontend assets live in static/ (source in static/src/).
STATIC_URL = "/static/"
# Only the compiled folders are published: static/src (Sass, node_modules) never is.
STATICFILES_DIRS = [(name, BASE_DIR / "static" / name) for name in ("css", "js", "images", "assets")]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", VAR_DIR / "staticfiles"))
WHITENOISE_ROOT = BASE_DIR / "static" / "root"  # favicon.ico and friends, served at /

MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
# Family documents never go to MEDIA_ROOT: they have their own storage, outside any URL.
PRIVATE_STORAGE_ROOT = Path(os.environ.get("PORTAL_PRIVATE_STORAGE_ROOT", VAR_DIR / "private"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_STORAGE_ROOT), "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Sign-in (django-allauth). Accounts are made for people by their worker; nobody signs up.
ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_SESSION_REMEMBER = False
# One email address per account, changed by the person's worker (or LA admin) only; changes to an
# account's ways in need a recent sign-in and are logged and told (portal/accounts/security_events.py).
ACCOUNT_MAX_EMAIL_ADDRESSES = 1
ACCOUNT_REAUTHENTICATION_REQUIRED = True
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = False
MFA_ADAPTER = "portal.accounts.mfa.MFAAdapter"  # staff cannot remove their last second factor
MFA_TOTP_ISSUER = os.environ.get("PORTAL_NAME", "Family court help")
# Sign-in throttling (Cyber Essentials: at most 10 guesses in 5 minutes). Per account: 5 failures
# in 5 minutes; per client address: 10 in 5 minutes. Counted in the shared cache (CACHES).
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/5m/ip,5/5m/key",
    "login": "30/m/ip",
    "request_login_code": "20/m/ip,3/m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "reauthenticate": "10/m/user",
}
# How many reverse proxies in front of the app append to X-Forwarded-For. 0: use the socket
# address. Set it to the real number, or anyone can pick the address their guesses count against.
PORTAL_TRUSTED_PROXY_COUNT = int(os.environ.get("PORTAL_TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = PORTAL_TRUSTED_PROXY_COUNT
# The proxies whose X-Forwarded-For/-Proto/-Host are believed (addresses or networks, comma-separated).
# From anywhere else those headers are removed before anything reads them (portal/ops/proxies.py).
PORTAL_TRUSTED_PROXIES = os.environ.get("PORTAL_TRUSTED_PROXIES", "127.0.0.1,::1").split(",")
USERSESSIONS_TRACK_ACTIVITY = False  # True would write to the database on every request

# Sessions and cookies
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("PORTAL_SESSION_AGE", str(12 * 60 * 60)))
# Enforced on the server by portal.accounts.sessions, whatever the cookie says.
PORTAL_STAFF_SESSION_IDLE_MINUTES = int(os.environ.get("PORTAL_STAFF_SESSION_IDLE_MINUTES", "30"))
PORTAL_FAMILY_SESSION_IDLE_MINUTES = int(os.environ.get("PORTAL_FAMILY_SESSION_IDLE_MINUTES", "60"))
PORTAL_SESSION_ABSOLUTE_HOURS = int(os.environ.get("PORTAL_SESSION_ABSOLUTE_HOURS", "12"))
# Staff URLs where a second factor is required (portal.accounts.mfa).
PORTAL_MFA_REQUIRED_PREFIXES = ("/admin/", "/django-admin/")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy for public and family pages: no inline script, nothing third-party.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        # The page's one inline <style> (the council's colour) is added by its hash, per response.
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "manifest-src": [SELF],
    },
}
# The Wagtail admin (staff only, behind MFA) still writes inline <script> (date pickers, inline
# panels) and style attributes in 7.4, so it gets its own policy: nothing third-party, framed
# only by itself (page previews), no plugins. See portal/ops/headers.py.
PORTAL_ADMIN_CSP_PREFIXES = ("/admin/",)
PORTAL_ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
    "base-uri": [SELF],
    "object-src": [NONE],
}
# Browser features no page here uses (Permissions-Policy).
PORTAL_PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
# Paths whose responses are always `private, no-store`, whoever asks.
PORTAL_PRIVATE_PREFIXES = ("/accounts/", "/my-family/", "/admin/")
# Guessing addresses: this many "not found" answers from private paths in the window, from one
# session or one client address, and private paths answer 429 until the window ends (logged).
PORTAL_PROBE_LIMIT = int(os.environ.get("PORTAL_PROBE_LIMIT", "30"))
PORTAL_PROBE_WINDOW_SECONDS = int(os.environ.get("PORTAL_PROBE_WINDOW_SECONDS", "600"))

# Email: the console in development; SMTP or GOV.UK Notify in production.
# GOV.UK Notify: when a key is set, email (sign-in codes, invitations, notifications) and texts go
# through Notify. The email template must be subject ((subject)) and body ((body)); the text
# message template must be just ((body)).
GOVUK_NOTIFY_API_KEY = os.environ.get("GOVUK_NOTIFY_API_KEY", "")
GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID = os.environ.get("GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID", "")
GOVUK_NOTIFY_SMS_TEMPLATE_ID = os.environ.get("GOVUK_NOTIFY_SMS_TEMPLATE_ID", "")
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django_gov_notify.backends.NotifyEmailBackend"
    if GOVUK_NOTIFY_API_KEY
    else "django.core.mail.backends.smtp.EmailBackend",
)
# Seconds before a slow mail server counts as down (the notification is then retried later).
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "10"))
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "no-reply@family-portal.invalid")

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("PORTAL_NAME", "Family court help")
# The address people use to reach the site, for links in emails.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The staff screens stay in English: the translations are for families.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en-gb", "English")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # a library PDF downloads; it never opens on the portal's own origin
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # Wagtail's default, named here for the body limits below
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # would send a hash of each member of staff's email to a third party
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin would call wagtail.org from staff browsers

# The portal's own settings
PORTAL_NAME = WAGTAIL_SITE_NAME
PORTAL_DIRECTORY_STALE_MONTHS = int(os.environ.get("PORTAL_DIRECTORY_STALE_MONTHS", "12"))
# Fixed by the project, not the environment: how long processed glossary HTML is kept, extra words
# editors are warned about (beyond the glossary's own "avoid" terms), and search synonym groups
# (None: the built-in groups in cms/search/synonyms.py).
PORTAL_GLOSSARY_CACHE_SECONDS = 24 * 60 * 60
PORTAL_AVOID_WORDS = []
PORTAL_SEARCH_SYNONYMS = None
PORTAL_DEFAULT_BRAND_COLOUR = "#1d70b8"
# Where "Exit this page" goes when no local authority has set its own.
PORTAL_DEFAULT_EXIT_URL = os.environ.get("PORTAL_DEFAULT_EXIT_URL", "https://www.bbc.co.uk/weather")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # Wagtail and the task queue log every page save at INFO: too chatty for a console.
    "loggers": {
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# Background tasks (django-tasks). The immediate backend runs a task in the request, after the
# commit: fine for development and tests. Production sets
# PORTAL_TASKS_BACKEND=django_tasks_db.DatabaseBackend and runs `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("PORTAL_TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
        "QUEUES": ["default"],
    }
}

# Notifications (portal.notifications): texts go through this backend (a dotted path); empty means
# GOV.UK Notify when GOVUK_NOTIFY_API_KEY is set, else the console.
PORTAL_SMS_BACKEND = os.environ.get("PORTAL_SMS_BACKEND", "")
# Tries before a notification is marked failed (with backoff: 1, 2, 4 … minutes, at most 6 hours).
PORTAL_NOTIFY_MAX_ATTEMPTS = int(os.environ.get("PORTAL_NOTIFY_MAX_ATTEMPTS", "12"))
# Workers are prompted about recipients who have not opened a document after this many days.
PORTAL_UNOPENED_DAYS = int(os.environ.get("PORTAL_UNOPENED_DAYS", "3"))

# Family documents: the largest file a worker may share (bytes).
PORTAL_DOCUMENT_MAX_BYTES = int(os.environ.get("PORTAL_DOCUMENT_MAX_BYTES", str(20 * 1024 * 1024)))
# Uploads bigger than this go to a temporary file rather than memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Every request body is bounded before it is read (portal/ops/limits.py): PORTAL_MAX_REQUEST_BYTES
# everywhere, more where files are uploaded. Past the limit the answer is 413; nothing is read.
PORTAL_MAX_REQUEST_BYTES = int(
    os.environ.get("PORTAL_MAX_REQUEST_BYTES", str(DATA_UPLOAD_MAX_MEMORY_SIZE + 512 * 1024))
)
PORTAL_UPLOAD_BODY_LIMITS = {
    # Family documents: twice the largest file, so a file a little too big still gets the form's
    # plain message about its size (portal.documents.uploads); past that, 413.
    "/admin/cases/": 2 * PORTAL_DOCUMENT_MAX_BYTES + 1024 * 1024,
    # Editors' images and documents (Wagtail's own size checks and messages apply below this).
    "/admin/images/": 2 * WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1024 * 1024,
    "/admin/documents/": 2 * PORTAL_DOCUMENT_MAX_BYTES + 1024 * 1024,
}
# Under this prefix an upload that passes PORTAL_DOCUMENT_MAX_BYTES is dropped as it arrives.
PORTAL_DOCUMENT_UPLOAD_PATH_PREFIX = "/admin/cases/"
FILE_UPLOAD_HANDLERS = [
    "portal.documents.uploads.OversizeUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# Virus scanning with ClamAV's clamd: a unix socket, or host and port. Unset: files are not scanned.
PORTAL_CLAMD_SOCKET = os.environ.get("PORTAL_CLAMD_SOCKET", "")
PORTAL_CLAMD_HOST = os.environ.get("PORTAL_CLAMD_HOST", "")
PORTAL_CLAMD_PORT = int(os.environ.get("PORTAL_CLAMD_PORT", "3310"))
PORTAL_CLAMD_TIMEOUT = int(os.environ.get("PORTAL_CLAMD_TIMEOUT", "30"))
# Documents with nobody left to share with are deleted after this many hours.
PORTAL_UNSHARED_UPLOAD_HOURS = int(os.environ.get("PORTAL_UNSHARED_UPLOAD_HOURS", "72"))
# Closed cases, with their documents and dates, are deleted this many days after closing.
PORTAL_RETENTION_DAYS_AFTER_CLOSE = int(os.environ.get("PORTAL_RETENTION_DAYS_AFTER_CLOSE", "730"))

# Highest LIX readability score a page may have to go live without a moderator's approval,
# by audience (cms.guidance). Lower is easier to read: 40 is plain adult prose.
PORTAL_READABILITY_TARGETS = {"adults": 40, "young_people": 35}
