"""Files: static files, editors' media, family documents (a private storage outside any URL),
upload and request-body limits, virus scanning, and how long documents and closed cases are kept."""

from pathlib import Path

from .environment import BASE_DIR, VAR_DIR, env_int, env_str
from .wagtail import WAGTAILIMAGES_MAX_UPLOAD_SIZE

# Static files: compiled GOV.UK Frontend assets live in static/ (source in static/src/).
STATIC_URL = "/static/"
# Only the compiled folders are published: static/src (Sass, node_modules) never is.
STATICFILES_DIRS = [(name, BASE_DIR / "static" / name) for name in ("css", "js", "images", "assets")]
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT") or VAR_DIR / "staticfiles")
WHITENOISE_ROOT = BASE_DIR / "static" / "root"  # favicon.ico and friends, served at /

MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT") or VAR_DIR / "media")
# Family documents never go to MEDIA_ROOT: they have their own storage, outside any URL.
PRIVATE_STORAGE_ROOT = Path(env_str("PORTAL_PRIVATE_STORAGE_ROOT") or VAR_DIR / "private")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_STORAGE_ROOT), "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Family documents: the largest file a worker may share (bytes).
PORTAL_DOCUMENT_MAX_BYTES = env_int("PORTAL_DOCUMENT_MAX_BYTES", 20 * 1024 * 1024)
# Uploads bigger than this go to a temporary file rather than memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Every request body is bounded before it is read (portal/ops/limits.py): PORTAL_MAX_REQUEST_BYTES
# everywhere, more where files are uploaded. Past the limit the answer is 413; nothing is read.
PORTAL_MAX_REQUEST_BYTES = env_int("PORTAL_MAX_REQUEST_BYTES", DATA_UPLOAD_MAX_MEMORY_SIZE + 512 * 1024)
PORTAL_UPLOAD_BODY_LIMITS = {
    # Family documents: twice the largest file, so a file a little too big still gets the form's
    # plain message about its size (portal.documents.uploads); past that, 413.
    "/admin/cases/": 2 * PORTAL_DOCUMENT_MAX_BYTES + 1024 * 1024,
    # A family member sending a document or photo to their worker.
    "/my-family/send/": 2 * PORTAL_DOCUMENT_MAX_BYTES + 1024 * 1024,
    # Editors' images and documents (Wagtail's own size checks and messages apply below this).
    "/admin/images/": 2 * WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1024 * 1024,
    "/admin/documents/": 2 * PORTAL_DOCUMENT_MAX_BYTES + 1024 * 1024,
}
# Under these prefixes an upload that passes PORTAL_DOCUMENT_MAX_BYTES is dropped as it arrives.
PORTAL_DOCUMENT_UPLOAD_PATH_PREFIX = ("/admin/cases/", "/my-family/send/")
FILE_UPLOAD_HANDLERS = [
    "portal.documents.uploads.OversizeUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# Virus scanning with ClamAV's clamd: a unix socket, or host and port. Unset: files are not scanned.
PORTAL_CLAMD_SOCKET = env_str("PORTAL_CLAMD_SOCKET")
PORTAL_CLAMD_HOST = env_str("PORTAL_CLAMD_HOST")
PORTAL_CLAMD_PORT = env_int("PORTAL_CLAMD_PORT", 3310)
PORTAL_CLAMD_TIMEOUT = env_int("PORTAL_CLAMD_TIMEOUT", 30)
# Documents with nobody left to share with are deleted after this many hours.
PORTAL_UNSHARED_UPLOAD_HOURS = env_int("PORTAL_UNSHARED_UPLOAD_HOURS", 72)
# Closed cases, with their documents and dates, are deleted this many days after closing.
PORTAL_RETENTION_DAYS_AFTER_CLOSE = env_int("PORTAL_RETENTION_DAYS_AFTER_CLOSE", 730)
