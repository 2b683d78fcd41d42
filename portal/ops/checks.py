"""System checks for what every request relies on: the shared cache, and where family documents are kept.

Every request goes through the cache (the page cache, sign-in throttling, used one-time codes), so a
cache that cannot be loaded or reached answers every request with a 500, `/healthz` included. Two
checks catch that before the site is started:

- `portal.E001` (always): the configured backend and its client library can be imported. A
  `CACHE_URL=redis://…` without the Redis client installed failed this way.
- `portal.E002` (`manage.py check --deploy`): the cache answers a write and a read. Only at deploy
  time, because it connects to the cache server.

Family documents in a bucket (PORTAL_PRIVATE_STORAGE_URL, portal/documents/storage.py) fail only
when someone shares or opens one, so two more deploy-time checks find a wrong bucket, key or
address first (nothing is checked while they stay on this machine's disk, the default):

- `portal.E003`: the private storage takes a small probe file, gives it back, and deletes it.
- `portal.E004`: a stranger, with no credentials, cannot read that probe file. A bucket that lets
  anyone read its files leaves every family's documents open to whoever learns or lists a name.
"""

from django.core.cache import caches
from django.core.checks import Error, Tags, register
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, storages
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


PRIVATE_STORAGE_HINT = (
    "Check PORTAL_PRIVATE_STORAGE_URL, PORTAL_S3_ENDPOINT_URL, PORTAL_S3_REGION and the credentials "
    "(PORTAL_S3_ACCESS_KEY_ID and PORTAL_S3_SECRET_ACCESS_KEY, or the server's own role) in the README, "
    "Configuration: the bucket must exist and be reachable from this server, and the credentials must "
    "be allowed to write, read, delete and list in it (s3:PutObject, s3:GetObject, s3:DeleteObject, "
    "s3:ListBucket)."
)
PUBLIC_BUCKET_HINT = (
    "Turn on the bucket's \"block all public access\" setting (or your service's equivalent), and remove "
    "any bucket policy or access rule that lets anyone read it. The portal never needs public access: it "
    "streams every document itself, after checking who is asking."
)


def _private_storage_error(what, exc=None, *, hint=PRIVATE_STORAGE_HINT, check_id="portal.E003"):
    why = f": {exc.__class__.__name__}: {exc}" if exc is not None else ""
    return Error(f"The private storage for family documents {what}{why}", hint=hint, id=check_id)


@register(Tags.files, deploy=True)
def private_storage_answers(app_configs=None, **kwargs):
    try:
        storage = storages["private"]
    except Exception as exc:  # noqa: BLE001  (a storage that cannot even be made is the finding)
        return [_private_storage_error("cannot be loaded", exc)]
    if isinstance(storage, FileSystemStorage):
        return []  # this machine's disk: nothing to reach
    content = f"portal deploy check {get_random_string(12)}".encode()
    name = f"portal-check/{get_random_string(24)}"
    try:
        name = storage.save(name, ContentFile(content))
        with storage.open(name, "rb") as stored:
            answered = stored.read()
    except Exception as exc:  # noqa: BLE001  (any failure to reach it is the finding)
        return [_private_storage_error("cannot be reached", exc)]
    errors = []
    if answered != content:
        errors.append(_private_storage_error("does not give back what was stored in it"))
    readable_by_anyone = getattr(storage, "publicly_readable", None)
    try:
        if readable_by_anyone is not None and readable_by_anyone(name):
            errors.append(
                _private_storage_error(
                    "lets anyone read its files, with no credentials", hint=PUBLIC_BUCKET_HINT, check_id="portal.E004"
                )
            )
    except Exception as exc:  # noqa: BLE001
        errors.append(_private_storage_error("could not be asked whether strangers can read it", exc))
    try:
        storage.delete(name)
        if storage.exists(name):
            errors.append(_private_storage_error("did not delete a file when asked"))
    except Exception as exc:  # noqa: BLE001
        errors.append(_private_storage_error("cannot delete files", exc))
    return errors
