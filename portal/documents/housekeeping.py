"""Scheduled work on stored documents: finishing virus scans, and deleting files nobody may open.

Run from cron or a scheduler (see README, "Scheduled jobs"):
- `manage.py scan_documents` every few minutes: scans files kept as "pending" while the scanner
  was down. Clean files become downloadable; infected ones are deleted and the row kept.
- `manage.py expire_unshared_documents` daily: deletes documents nobody is left to share with,
  and files held for a share that was never confirmed (portal/documents/staging.py).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal.audit.services import audit_allowed, audit_denied

from .models import DocumentVersion, FamilyUpload, ScanStatus, SharedDocument, private_storage
from .scanning import ScannerUnavailable, scan_file, scanning_configured
from .staging import MAX_AGE, STAGING_DIR

logger = logging.getLogger(__name__)


def _scan_stored(obj, *, authority, audit_obj, detail):
    """Scan one stored file (a DocumentVersion or a FamilyUpload) waiting for a verdict. Returns its
    new status. Fail closed: if the scanner cannot answer, it stays "pending" and cannot be opened."""
    if not scanning_configured():
        return obj.scan_status
    storage = obj.file.storage
    try:
        with storage.open(obj.file.name, "rb") as handle:
            result = scan_file(handle)
    except ScannerUnavailable:
        logger.warning("Virus scanner unavailable: %s stays pending", obj, exc_info=True)
        return obj.scan_status
    now = timezone.now()
    rows = type(obj).objects.filter(pk=obj.pk)
    if result.clean:
        rows.update(scan_status=ScanStatus.CLEAN, scanned_at=now)
        obj.scan_status, obj.scanned_at = ScanStatus.CLEAN, now
        return obj.scan_status
    # Infected: the file goes at once; the row stays so the worker and the log can say what happened.
    name = obj.file.name
    with transaction.atomic():
        rows.update(scan_status=ScanStatus.INFECTED, scanned_at=now, scan_signature=result.signature)
        audit_denied(
            actor=None,
            system="scan_documents",
            action="document_infected",
            obj=audit_obj,
            authority=authority,
            detail=f"{detail}; signature={result.signature}; file deleted",
        )
    storage.delete(name)
    obj.scan_status, obj.scanned_at, obj.scan_signature = ScanStatus.INFECTED, now, result.signature
    return obj.scan_status


def version_scan(*, version):
    """Scan one stored document version that is waiting for a verdict. Returns its new status."""
    return _scan_stored(
        version,
        authority=version.document.case.authority,
        audit_obj=version.document,
        detail=f"version={version.number}",
    )


def versions_scan_pending():
    """Scan every pending document version, then every pending file a family sent, oldest first.
    Returns a count per resulting status."""
    counts = {}
    pending = DocumentVersion.objects.filter(scan_status=ScanStatus.PENDING).select_related("document__case__authority")
    for version in pending.order_by("uploaded_at"):
        status = version_scan(version=version)
        counts[status] = counts.get(status, 0) + 1
    sent = FamilyUpload.objects.filter(scan_status=ScanStatus.PENDING).select_related("case__authority")
    for upload in sent.order_by("sent_at"):
        status = _scan_stored(upload, authority=upload.case.authority, audit_obj=upload, detail="sent by the family")
        counts[status] = counts.get(status, 0) + 1
    return counts


def documents_expire_unshared(*, now=None):
    """Delete documents that have had nobody to share with for PORTAL_UNSHARED_UPLOAD_HOURS.

    Sharing is part of uploading here, so an upload is never "unattached" at first. A document
    becomes unshared when everyone it was shared with leaves the case or has their account erased.
    It is marked the first time this runs and finds it so, and deleted once the time has passed.
    Returns the number of documents deleted.
    """
    now = now or timezone.now()
    limit = now - timedelta(hours=settings.PORTAL_UNSHARED_UPLOAD_HOURS)
    SharedDocument.objects.filter(recipients__isnull=False, unshared_since__isnull=False).update(unshared_since=None)
    SharedDocument.objects.filter(recipients__isnull=True, unshared_since__isnull=True).update(unshared_since=now)
    expired = SharedDocument.objects.filter(recipients__isnull=True, unshared_since__lte=limit).select_related(
        "case__authority"
    )
    deleted = 0
    for document in expired:
        versions = list(document.versions.all())
        with transaction.atomic():
            audit_allowed(
                actor=None,
                system="expire_unshared_documents",
                action="document_expired",
                obj=document,
                authority=document.case.authority,
                detail=f"unshared since {document.unshared_since:%Y-%m-%d %H:%M}; versions={len(versions)}",
            )
            document.delete()
        for version in versions:
            if version.file.name:
                version.file.storage.delete(version.file.name)
        deleted += 1
    return deleted


def staged_uploads_expire(*, now=None):
    """Delete files held for a share nobody confirmed, once their tokens no longer work (MAX_AGE).

    No row points at a held file and no family member can reach it; this only stops such files
    piling up when a worker walks away from the confirm page. Returns the number deleted.
    """
    now = now or timezone.now()
    storage = private_storage()
    try:
        _folders, names = storage.listdir(STAGING_DIR)
    except FileNotFoundError:
        return 0
    deleted = 0
    for filename in names:
        name = f"{STAGING_DIR}/{filename}"
        try:
            if storage.get_modified_time(name) > now - MAX_AGE:
                continue
            storage.delete(name)
        except FileNotFoundError:
            continue  # confirmed or cancelled in the meantime
        audit_allowed(
            actor=None,
            system="expire_unshared_documents",
            action="document_stage_expired",
            detail=f"held={name}; never confirmed; file deleted",
        )
        deleted += 1
    return deleted
