"""Files held between "Continue" and "Share with these people": checked, stored, shared with nobody.

Sharing a document takes two steps: the worker fills in the share form with the file, then checks a
page listing exactly who will see it, and confirms. The file must not be sent twice, so it is held
between the steps. Two ways were considered:

- make the document at once, shared with nobody, and add the recipients on confirm. A row would
  then exist that nobody has confirmed: it would show in the workspace, in counts and reports, and
  a "Change who can see it" there would share it without the confirm page;
- hold the file here, with no row at all, and make the document, its recipients and the
  notifications in one transaction on confirm (`document_share(staged=…)`).

The second is what this module does. A held file lives in the private storage (never served by
any URL) under a random name in `staging/`. The worker's browser carries only a signed token
naming it, bound to the worker and the case, and valid for `MAX_AGE`: a token cannot be made up,
moved to another case or used by a colleague. No family member can reach a held file: nothing in
the database points at it. When the share is confirmed (or cancelled) the held file is deleted; if
the worker walks away, `staged_uploads_expire` (run daily by `manage.py expire_unshared_documents`)
deletes it once it is older than `MAX_AGE`, when its token has stopped working too.
"""

import re
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.core.files.base import File

from .models import private_storage

STAGING_DIR = "staging"
MAX_AGE = timedelta(hours=12)  # long enough for a phone call in the middle, short enough to forget
_SALT = "portal.documents.staging"
_NAME = re.compile(rf"^{STAGING_DIR}/[0-9a-f]{{32}}$")


@dataclass(frozen=True)
class StagedUpload:
    """A held file: where it is, and what the worker chose (its checked name, type and size)."""

    name: str
    original_name: str
    content_type: str
    size: int
    token: str


def staged_name():
    return f"{STAGING_DIR}/{uuid.uuid4().hex}"


def staged_token(*, name, original_name, content_type, size, case, user):
    payload = {"n": name, "o": original_name, "t": content_type, "s": size, "c": case.pk, "u": user.pk}
    return signing.dumps(payload, salt=_SALT, compress=True)


def staged_get(*, token, case, user):
    """The held file a token names, if the token is genuine, recent, this worker's and this case's,
    and the file is still there. Otherwise None: the worker chooses the file again."""
    try:
        payload = signing.loads(token or "", salt=_SALT, max_age=MAX_AGE)
    except signing.BadSignature:  # also SignatureExpired
        return None
    name = payload.get("n", "")
    if payload.get("c") != case.pk or payload.get("u") != user.pk or not _NAME.match(name):
        return None
    if not private_storage().exists(name):
        return None
    return StagedUpload(
        name=name, original_name=payload["o"], content_type=payload["t"], size=payload["s"], token=token
    )


def staged_open(staged):
    """The held file as an upload, under its checked name, open for reading (the caller closes it)."""
    return File(private_storage().open(staged.name, "rb"), name=staged.original_name)


def staged_discard(staged):
    """Remove a held file. Safe to call twice, and for a file already gone."""
    storage = private_storage()
    if _NAME.match(staged.name) and storage.exists(staged.name):
        storage.delete(staged.name)
