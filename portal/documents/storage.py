"""Family documents in a private S3-compatible bucket, for councils running more than one app server.

Chosen with `PORTAL_PRIVATE_STORAGE_URL=s3://bucket/prefix` (portal/settings/storage.py); local disk
stays the default. This is django-storages' S3Storage (the real boto3 client) with four differences,
so the rest of the portal cannot tell the bucket from a folder on disk:

- No addresses. `url()` refuses, as the local storage does (it has no `base_url`): a family
  document is only ever streamed by a view that has just checked who is asking
  (portal/documents/downloads.py). Nothing hands out a signed link that could be forwarded.
- No access rule (ACL) is sent with an upload. An object is private to the bucket's owner unless
  the bucket says otherwise, and new AWS buckets ("bucket owner enforced") refuse an upload that
  carries an ACL such as "private". `manage.py check --deploy` proves the bucket is private: an anonymous read of a
  probe object must be refused (portal.E004, portal/ops/checks.py).
- Failures look like the local disk's: a missing object is `FileNotFoundError`, anything else the
  service or the network does wrong is `OSError`. The callers already give a person a plain
  answer for those (services.STORAGE_FAILED_MESSAGE) and clean up (retention, housekeeping).
- A file opened for reading is fetched at once, so a failure happens before a download starts,
  never half-way through one. Large files wait in a temporary file, not in memory.

Also: a file is never overwritten (names are random; if one ever existed, a new name is made), and
the client gives up quickly on a server that does not answer.
"""

import functools

from boto3.exceptions import Boto3Error
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

CONNECT_TIMEOUT = 5  # seconds to wait for the storage service to accept a connection
READ_TIMEOUT = 30  # seconds to wait for an answer once connected
ATTEMPTS = 3  # tries per request, with back-off (botocore's "standard" retry mode)


class PrivateStorageError(OSError):
    """The storage service refused or did not answer. The message says which operation, and why."""


def _status(exc):
    if isinstance(exc, ClientError):
        return exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return None


def _as_os_error(operation):
    """Turn the client library's exceptions into the ones a local disk would raise."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, name, *args, **kwargs):
            try:
                return method(self, name, *args, **kwargs)
            except (ClientError, BotoCoreError, Boto3Error) as exc:
                if _status(exc) == 404:
                    raise FileNotFoundError(f"Not in the private storage: {name}") from exc
                raise PrivateStorageError(f"Private storage could not {operation} {name}: {exc}") from exc

        return wrapper

    return decorate


class PrivateS3Storage(S3Storage):
    """The "private" storage alias on S3 or an S3-compatible service (see the module docstring)."""

    # Class attributes win over django-storages' AWS_* settings; OPTIONS still win over both.
    default_acl = None  # objects are private to the bucket owner; the deploy check proves it
    querystring_auth = True  # were a URL ever made (url() refuses), it would need a signature
    file_overwrite = False
    max_memory_size = 2 * 1024 * 1024  # a file opened for reading spills to a temporary file past this

    def __init__(self, **options):
        super().__init__(**options)
        if "client_config" not in options:
            self.client_config = Config(
                s3={"addressing_style": self.addressing_style} if self.addressing_style else None,
                signature_version=self.signature_version or "s3v4",
                connect_timeout=CONNECT_TIMEOUT,
                read_timeout=READ_TIMEOUT,
                retries={"mode": "standard", "max_attempts": ATTEMPTS},
            )

    def url(self, name, *args, **kwargs):
        raise ValueError("Family documents have no address: they are streamed by a view that checks who asks.")

    @_as_os_error("open")
    def _open(self, name, mode="rb"):
        stored = super()._open(name, mode)
        if "r" in mode:
            stored.file  # noqa: B018  (fetches it now: a failure comes before any response starts)
        return stored

    @_as_os_error("store")
    def _save(self, name, content):
        return super()._save(name, content)

    @_as_os_error("delete")
    def delete(self, name):
        return super().delete(name)

    @_as_os_error("look for")
    def exists(self, name):
        return super().exists(name)

    @_as_os_error("measure")
    def size(self, name):
        return super().size(name)

    @_as_os_error("list")
    def listdir(self, name):
        return super().listdir(name)

    @_as_os_error("date")
    def get_modified_time(self, name):
        return super().get_modified_time(name)

    def publicly_readable(self, name):
        """True if anyone, with no credentials at all, can read this object. Asks the service with an
        unsigned request, as a stranger's browser would. Raises PrivateStorageError if it cannot ask."""
        key = self._normalize_name(clean_name(name))
        try:
            answer = self.unsigned_connection.meta.client.get_object(Bucket=self.bucket_name, Key=key)
        except ClientError as exc:
            if _status(exc) in (401, 403):
                return False
            raise PrivateStorageError(f"Private storage could not be asked about {name}: {exc}") from exc
        except (BotoCoreError, Boto3Error) as exc:
            raise PrivateStorageError(f"Private storage could not be asked about {name}: {exc}") from exc
        answer["Body"].close()
        return True
