"""Retention: closed cases are deleted PORTAL_RETENTION_DAYS_AFTER_CLOSE days after they closed.

Run daily (`manage.py apply_retention`). For each case past its time, in one transaction:
- the case and everything hanging off it go: participants and their receipts, stage history, key
  dates, contacts, shared documents and every version (rows in other apps that point at the case
  go by their own `on_delete`);
- one access log row records that it happened, with counts and a hash of the council's case
  reference (so a records officer holding the reference can confirm it was deleted), no content;
- after the transaction commits, the stored files are deleted.
Then family accounts left with no case at all are erased (portal.accounts.erasure), so nobody
keeps an account that shows nothing.

The access log itself is not shortened here: how long to keep it is each council's decision.
"""

import hashlib
import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from portal.accounts.erasure import person_erase
from portal.audit.services import audit_allowed
from portal.authorities.models import StaffMembership
from portal.cases.models import Case
from portal.documents.models import DocumentVersion

logger = logging.getLogger(__name__)
SYSTEM = "apply_retention"


def reference_hash(case):
    """A short hash of the LA and case reference: confirms a deletion without keeping the reference."""
    return hashlib.sha256(f"{case.authority_id}:{case.reference}".encode()).hexdigest()[:16]


def cases_due_for_deletion(*, now=None, days=None):
    now = now or timezone.now()
    days = settings.PORTAL_RETENTION_DAYS_AFTER_CLOSE if days is None else days
    return Case.objects.filter(closed_at__isnull=False, closed_at__lte=now - timedelta(days=days))


def case_delete_for_retention(*, case):
    """Delete one case, its documents' files and its rows, with an audit row. Returns the counts."""
    versions = DocumentVersion.objects.filter(document__case=case)
    files = [(version.file.storage, version.file.name) for version in versions if version.file.name]
    sent = [(upload.file.storage, upload.file.name) for upload in case.family_uploads.all() if upload.file.name]
    counts = {
        "participants": case.participants.count(),
        "documents": case.documents.count(),
        "versions": len(files),
        "sent_to_workers": len(sent),
        "key_dates": case.key_dates.count(),
        "contacts": case.contacts.count(),
        "stage_changes": case.stage_changes.count(),
    }
    participant_user_ids = list(case.participants.values_list("user_id", flat=True))
    with transaction.atomic():
        audit_allowed(
            actor=None,
            system=SYSTEM,
            action="retention_delete",
            obj=case,
            authority=case.authority,
            detail=f"ref-sha256={reference_hash(case)}; closed={case.closed_at:%Y-%m-%d}; "
            + ", ".join(f"{name}={count}" for name, count in counts.items()),
        )
        case.delete()
    for storage, name in files + sent:
        try:
            storage.delete(name)
        except OSError:
            logger.exception("Retention: could not delete a stored file %s", name)
    return counts, participant_user_ids


def accounts_without_cases_erase(*, user_ids):
    """Erase family accounts that no longer take part in any case. Staff are never touched."""
    User = get_user_model()
    erased = 0
    candidates = User.objects.filter(pk__in=user_ids, participations__isnull=True, is_superuser=False, is_staff=False)
    for user in candidates.exclude(pk__in=StaffMembership.objects.values("user_id")):
        person_erase(user=user, system=SYSTEM, reason="no case left after retention")
        erased += 1
    return erased


def apply_retention(*, now=None, days=None, dry_run=False):
    """Delete every case past its retention time. Returns a summary dict."""
    due = list(cases_due_for_deletion(now=now, days=days).select_related("authority"))
    summary = {"cases": len(due), "documents": 0, "versions": 0, "accounts_erased": 0}
    if dry_run:
        return summary
    user_ids = set()
    for case in due:
        counts, participant_user_ids = case_delete_for_retention(case=case)
        summary["documents"] += counts["documents"]
        summary["versions"] += counts["versions"]
        user_ids.update(participant_user_ids)
    summary["accounts_erased"] = accounts_without_cases_erase(user_ids=user_ids)
    # Bookkeeping of sent forms (portal.ops.once) is needed for a day at most.
    from portal.ops.once import form_submissions_expire

    form_submissions_expire(now=now)
    return summary
