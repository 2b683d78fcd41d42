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

from .models import DocumentVersion, ScanStatus, SharedDocument, private_storage
from .scanning import ScannerUnavailable, scan_file, scanning_configured
from .staging import MAX_AGE, STAGING_DIR

logger = logging.getLogger(__name__)


def version_scan(*, version):
    """Scan one stored version that is waiting for a verdict. Returns its new status.

    Fail closed: if the scanner cannot answer, the version stays "pending" and cannot be opened.
    """
    if not scanning_configured():
        return version.scan_status
    storage = version.file.storage
    try:
        with storage.open(version.file.name, "rb") as handle:
            result = scan_file(handle)
    except ScannerUnavailable:
        logger.warning("Virus scanner unavailable: %s stays pending", version, exc_info=True)
        return version.scan_status
    now = timezone.now()
    authority = version.document.case.authority
    if result.clean:
        DocumentVersion.objects.filter(pk=version.pk).update(scan_status=ScanStatus.CLEAN, scanned_at=now)
        version.scan_status, version.scanned_at = ScanStatus.CLEAN, now
        return version.scan_status
    # Infected: the file goes at once; the row stays so the worker and the log can say what happened.
    name = version.file.name
    with transaction.atomic():
        DocumentVersion.objects.filter(pk=version.pk).update(
            scan_status=ScanStatus.INFECTED, scanned_at=now, scan_signature=result.signature
        )
        audit_denied(
            actor=None,
            system="scan_documents",
            action="document_infected",
            obj=version.document,
            authority=authority,
            detail=f"version={version.number}; signature={result.signature}; file deleted",
        )
    storage.delete(name)
    version.scan_status, version.scanned_at, version.scan_signature = ScanStatus.INFECTED, now, result.signature
    return version.scan_status


def versions_scan_pending():
    """Scan every pending version, oldest first. Returns a count per resulting status."""
    counts = {}
    pending = DocumentVersion.objects.filter(scan_status=ScanStatus.PENDING).select_related("document__case__authority")
    for version in pending.order_by("uploaded_at"):
        status = version_scan(version=version)
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
