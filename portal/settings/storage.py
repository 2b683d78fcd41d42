"""Files: static files, editors' media, family documents (a private storage outside any URL),
upload and request-body limits, virus scanning, and how long documents and closed cases are kept.

Family documents are on this machine's disk by default (PORTAL_PRIVATE_STORAGE_ROOT). With more
than one app server they must be somewhere every server reaches: PORTAL_PRIVATE_STORAGE_URL=s3://…
puts them in a private S3 bucket, or one on an S3-compatible service (portal/documents/storage.py).
Either way no file has an address: each one is streamed by a view that has checked who is asking.
"""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

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


def _private_bucket_options(url):
    """django-storages options for PORTAL_PRIVATE_STORAGE_URL=s3://bucket[/prefix], from the PORTAL_S3_*
    variables. Unset credentials leave boto3 to find its own (an instance role, AWS_* variables)."""
    scheme, _sep, rest = url.partition("://")
    bucket, _sep, prefix = rest.partition("/")
    if scheme != "s3" or not bucket:
        raise ImproperlyConfigured(
            f"PORTAL_PRIVATE_STORAGE_URL: use s3://bucket-name or s3://bucket-name/folder (got {url!r}). "
            "Leave it unset to keep family documents on this machine's disk."
        )
    access_key, secret_key = env_str("PORTAL_S3_ACCESS_KEY_ID"), env_str("PORTAL_S3_SECRET_ACCESS_KEY")
    if bool(access_key) != bool(secret_key):
        raise ImproperlyConfigured("Set both PORTAL_S3_ACCESS_KEY_ID and PORTAL_S3_SECRET_ACCESS_KEY, or neither.")
    encryption, kms_key = env_str("PORTAL_S3_ENCRYPTION"), env_str("PORTAL_S3_KMS_KEY_ID")
    if encryption not in ("", "AES256", "aws:kms") or (kms_key and encryption != "aws:kms"):
        raise ImproperlyConfigured(
            "PORTAL_S3_ENCRYPTION: use AES256 or aws:kms (PORTAL_S3_KMS_KEY_ID only with aws:kms), "
            "or leave it unset to use the bucket's own default encryption."
        )
    object_parameters = {"ServerSideEncryption": encryption} if encryption else {}
    if kms_key:
        object_parameters["SSEKMSKeyId"] = kms_key
    endpoint = env_str("PORTAL_S3_ENDPOINT_URL")
    return {
        "bucket_name": bucket,
        "location": prefix.strip("/"),
        "endpoint_url": endpoint or None,
        # S3-compatible services (MinIO, Ceph and others) name the bucket in the path, not the host.
        "addressing_style": "path" if endpoint else None,
        "region_name": env_str("PORTAL_S3_REGION") or None,
        "access_key": access_key or None,
        "secret_key": secret_key or None,
        "object_parameters": object_parameters,
    }


# Family documents in a bucket every app server reaches, instead of this machine's disk.
PORTAL_PRIVATE_STORAGE_URL = env_str("PORTAL_PRIVATE_STORAGE_URL")
if PORTAL_PRIVATE_STORAGE_URL:
    STORAGES["private"] = {
        "BACKEND": "portal.documents.storage.PrivateS3Storage",
        "OPTIONS": _private_bucket_options(PORTAL_PRIVATE_STORAGE_URL),
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
