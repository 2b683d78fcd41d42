"""Writes for shared documents: validate first, store under a generated name, never half-save."""

import logging

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.db import transaction
from django.utils import timezone

from portal.audit.services import audit_allowed

from .models import DocumentRecipient, DocumentVersion, SharedDocument
from .validation import reencode_image, validate_upload

logger = logging.getLogger(__name__)


def _store_version(*, document, uploaded_file, uploaded_by, number, stored):
    """Validate and write one file. Its storage name is added to `stored` so callers can undo it."""
    validated = validate_upload(uploaded_file)
    content = uploaded_file
    if validated.content_type in {"image/jpeg", "image/png"}:
        content = reencode_image(uploaded_file, validated)
    version = DocumentVersion(
        document=document,
        number=number,
        original_name=validated.safe_name,
        content_type=validated.content_type,
        size=validated.size,
        sha256=validated.sha256,
        uploaded_by=uploaded_by,
    )
    version.file.save("upload", File(content), save=False)
    stored.append((version.file.storage, version.file.name))
    version.save()
    return version


def _remove_files(stored):
    """Undo file writes after a failed transaction: never a file without a row."""
    for storage, name in stored:
        try:
            storage.delete(name)
        except OSError:
            logger.exception("Could not remove an orphaned upload %s", name)


def document_share(
    *,
    case,
    uploaded_file,
    title,
    what_it_is,
    recipients,
    shared_by,
    why_you_have_it="",
    what_happens_next="",
    who_to_ask="",
):
    """Share a new document with named people in the case."""
    recipients = list(recipients)
    if not recipients:
        raise ValidationError({"recipients": "Choose at least one person to share this document with."})
    if any(participant.case_id != case.pk for participant in recipients):
        raise ValidationError({"recipients": "You can only share with people in this case."})
    stored = []
    try:
        with transaction.atomic():
            document = SharedDocument(
                case=case,
                title=title.strip(),
                what_it_is=what_it_is.strip(),
                why_you_have_it=why_you_have_it.strip(),
                what_happens_next=what_happens_next.strip(),
                who_to_ask=who_to_ask.strip(),
                shared_by=shared_by,
            )
            document.full_clean()
            document.save()
            _store_version(
                document=document, uploaded_file=uploaded_file, uploaded_by=shared_by, number=1, stored=stored
            )
            for participant in recipients:
                DocumentRecipient.objects.create(document=document, participant=participant)
            audit_allowed(
                actor=shared_by,
                action="document_share",
                obj=document,
                authority=case.authority,
                detail=f"recipients={','.join(str(p.pk) for p in recipients)}",
            )
    except BaseException:
        _remove_files(stored)
        raise
    return document


def document_add_version(*, document, uploaded_file, uploaded_by):
    """Upload a new version; the old one is kept. Recipients see the document as updated."""
    stored = []
    try:
        with transaction.atomic():
            locked = SharedDocument.objects.select_for_update().get(pk=document.pk)
            number = (locked.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
            version = _store_version(
                document=locked, uploaded_file=uploaded_file, uploaded_by=uploaded_by, number=number, stored=stored
            )
            audit_allowed(
                actor=uploaded_by,
                action="document_version",
                obj=locked,
                authority=locked.case.authority,
                detail=str(number),
            )
    except BaseException:
        _remove_files(stored)
        raise
    return version


@transaction.atomic
def document_recipients_set(*, document, recipients, changed_by):
    """Change who a document is shared with. Removing someone takes effect on their next request."""
    recipients = list(recipients)
    if not recipients:
        raise ValidationError({"recipients": "Choose at least one person to share this document with."})
    if any(participant.case_id != document.case_id for participant in recipients):
        raise ValidationError({"recipients": "You can only share with people in this case."})
    keep = {participant.pk for participant in recipients}
    document.recipients.exclude(participant_id__in=keep).delete()
    existing = set(document.recipients.values_list("participant_id", flat=True))
    for participant in recipients:
        if participant.pk not in existing:
            DocumentRecipient.objects.create(document=document, participant=participant)
    audit_allowed(
        actor=changed_by,
        action="document_recipients",
        obj=document,
        authority=document.case.authority,
        detail=f"recipients={','.join(str(pk) for pk in sorted(keep))}",
    )


def document_receipt_record(*, receipt, version):
    """Record that the recipient opened the document: the first time sets the receipt."""
    fields = {"last_opened_version": max(receipt.last_opened_version, version.number)}
    if receipt.first_opened_at is None:
        fields["first_opened_at"] = timezone.now()
    DocumentRecipient.objects.filter(pk=receipt.pk).update(**fields)
    for name, value in fields.items():
        setattr(receipt, name, value)
