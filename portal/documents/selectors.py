"""Reads for shared documents. Documents are shared with named people, not with "the case"."""

from django.db.models import OuterRef, Prefetch, Subquery
from django.http import Http404

from portal.cases.selectors import cases_for_worker, worker_authority

from .models import DocumentRecipient, DocumentVersion, FamilyUpload, ScanStatus, SharedDocument


def documents_for_participant(*, participant):
    """Only what was shared with this person, newest first, with their receipt.

    Each receipt carries `latest_version`, the highest version number of its document (None if it
    has none), in the same query: the page only needs to know whether there is a newer version.
    """
    latest = DocumentVersion.objects.filter(document=OuterRef("document")).order_by("-number").values("number")[:1]
    return list(
        DocumentRecipient.objects.filter(participant=participant)
        .select_related("document")
        .annotate(latest_version=Subquery(latest))
        .order_by("-document__created_at", "-pk")
    )


def receipt_get_for_participant(*, participant, document_id):
    """The signed-in person's receipt for a document shared with them. 404 if it was not."""
    try:
        return DocumentRecipient.objects.select_related("document", "document__case").get(
            participant=participant, document__public_id=document_id, document__case=participant.case
        )
    except DocumentRecipient.DoesNotExist as exc:
        raise Http404 from exc


def version_for_family(*, document):
    """The version a family member gets: the newest one that was not found to carry a virus.

    It may still be waiting for its scan; callers check `is_downloadable` before serving it.
    """
    return document.versions.exclude(scan_status=ScanStatus.INFECTED).order_by("-number").first()


def version_for_worker(*, document, number):
    """One version of a document the worker already fetched in scope, or None. Whether it may be
    downloaded (scanned clean, or scanning not configured) is for the caller to check."""
    return document.versions.filter(number=number).first()


def participants_for_document(*, document):
    """The people a document is shared with now, for the worker's "who can see it" form."""
    return [receipt.participant for receipt in document.recipients.select_related("participant")]


def documents_for_case_worker(*, user, case):
    """A worker sees every document in a case of their LA, with every recipient's receipt (and its
    family member and their account, in the receipts' own query)."""
    authority = worker_authority(user)
    if authority is None or case.authority_id != authority.pk:
        raise Http404
    receipts = DocumentRecipient.objects.select_related("participant__user")
    return list(
        SharedDocument.objects.filter(case=case)
        .select_related("shared_by")
        .prefetch_related("versions", Prefetch("recipients", queryset=receipts))
        .order_by("-created_at")
    )


def document_get_for_worker(*, user, document_id):
    try:
        return SharedDocument.objects.select_related("case", "case__authority").get(
            public_id=document_id, case__in=cases_for_worker(user=user)
        )
    except SharedDocument.DoesNotExist as exc:
        raise Http404 from exc


def family_uploads_for_sender(*, participant):
    """What this family member sent, newest first. Nobody else's."""
    if participant.pk is None:
        return []
    return list(FamilyUpload.objects.filter(sender_id=participant.pk))


def family_uploads_for_case_worker(*, case):
    """Everything the family sent on a case, for its workers (the caller has the case in scope)."""
    return list(FamilyUpload.objects.filter(case=case))


def family_upload_get_for_case(*, case, upload_id):
    try:
        return FamilyUpload.objects.select_related("case__authority").get(case=case, public_id=upload_id)
    except FamilyUpload.DoesNotExist as exc:
        raise Http404 from exc


def family_uploads_unseen_for_worker(*, user, limit=None):
    """Files families sent that no worker has opened yet, in the worker's council, oldest first."""
    uploads = FamilyUpload.objects.filter(case__in=cases_for_worker(user=user), seen_at__isnull=True)
    return list(uploads.select_related("case").order_by("sent_at", "pk")[:limit])
