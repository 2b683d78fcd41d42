"""Wagtail: the admin, search, images and documents, and the checks editors' pages pass."""

from .environment import env_str
from .project import PORTAL_NAME

WAGTAIL_SITE_NAME = PORTAL_NAME
# The address people use to reach the site, for links in emails.
PORTAL_BASE_URL = env_str("PORTAL_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_I18N_ENABLED = True
# The staff screens stay in English: the translations are for families.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en-gb", "English")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = []  # a library PDF downloads; it never opens on the portal's own origin
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024  # Wagtail's default, named for the body limits in storage.py
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # would send a hash of each member of staff's email to a third party
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin would call wagtail.org from staff browsers

# Highest LIX readability score a page may have to go live without a moderator's approval,
# by audience (cms.guidance). Lower is easier to read: 40 is plain adult prose.
PORTAL_READABILITY_TARGETS = {"adults": 40, "young_people": 35}
# Extra words editors are warned about (beyond the glossary's own "avoid" terms), how long processed
# glossary HTML is kept, and search synonym groups (None: the built-in groups in cms/search/synonyms.py).
# Fixed by the project, not the environment.
PORTAL_AVOID_WORDS = []
PORTAL_GLOSSARY_CACHE_SECONDS = 24 * 60 * 60
PORTAL_SEARCH_SYNONYMS = None
