"""Writes for shared documents: validate first, store under a generated name, never half-save."""

import dataclasses
import hashlib
import logging

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile, File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from portal.audit.services import audit_allowed, audit_denied
from portal.notifications.models import Notification
from portal.notifications.services import notify_participants

from .models import DocumentRecipient, DocumentVersion, FamilyUpload, ScanStatus, SharedDocument, private_storage
from .scanning import ScannerUnavailable, scan_file, scanning_configured
from .staging import StagedUpload, staged_discard, staged_name, staged_open, staged_token
from .validation import reencode_image, validate_upload

logger = logging.getLogger(__name__)


STORAGE_FAILED_MESSAGE = gettext_lazy(
    "The server could not store this file. Nothing was saved. Try again later or tell your IT team."
)
HELD_FILE_GONE_MESSAGE = gettext_lazy("The file you chose is no longer kept. Choose it again.")
INFECTED_MESSAGE = gettext_lazy(
    "This file contains a virus (%(signature)s). It has not been saved or shared. "
    "Do not open it again on your computer, and tell your IT team."
)


def _scan_upload(*, uploaded_file):
    """Scan before anything is stored. Returns the version's scan status; raises if the file is infected.

    The scanner being down is not the worker's fault and must not lose their upload: the file is
    kept as "pending", which nobody can open until `manage.py scan_documents` gets a clean answer.
    """
    if not scanning_configured():
        return ScanStatus.NOT_CONFIGURED
    try:
        result = scan_file(uploaded_file)
    except ScannerUnavailable:
        logger.warning("Virus scanner unavailable: keeping an upload as pending", exc_info=True)
        return ScanStatus.PENDING
    if result.clean:
        return ScanStatus.CLEAN
    raise InfectedUploadError(result.signature)


class InfectedUploadError(ValidationError):
    """The scanner found a virus in an upload. Audited by the service once its transaction is undone."""

    def __init__(self, signature):
        super().__init__(str(INFECTED_MESSAGE) % {"signature": signature}, code="infected")
        self.signature = signature


def _audit_failed_upload(exc, *, actor, case, document=None):
    """Called after the upload's transaction has rolled back, so the audit row is kept."""
    if isinstance(exc, InfectedUploadError):
        audit_denied(
            actor=actor,
            action="document_infected",
            obj=document,
            authority=case.authority,
            detail=f"signature={exc.signature}; nothing stored",
        )


def _checked_content(uploaded_file):
    """Validate and scan an upload, and give what may be stored: a PDF's checked copy, an image
    redrawn without its metadata, or the file as it came. Raises ValidationError (plain words) if
    it is refused. Returns (validated, scan_status, content)."""
    validated = validate_upload(uploaded_file)
    scan_status = _scan_upload(uploaded_file=uploaded_file)
    content = uploaded_file
    if validated.clean_content is not None:  # a PDF: the rewritten copy that was checked
        content = ContentFile(validated.clean_content, name=validated.safe_name)
    elif validated.content_type in {"image/jpeg", "image/png"}:
        content = reencode_image(uploaded_file, validated)
        # Describe what is stored, not what arrived: the size is sent as Content-Length on download.
        redrawn = content.read()
        content.seek(0)
        validated = dataclasses.replace(validated, size=len(redrawn), sha256=hashlib.sha256(redrawn).hexdigest())
    return validated, scan_status, content


def _file_store(*, instance, content, stored):
    """Write `content` to `instance.file` under a new random name. The name is added to `stored`
    before anything is written, so callers can undo even a half-written file (a full disk stops a
    write part-way). The row is the caller's to save."""
    storage = instance.file.storage
    name = instance.file.field.generate_filename(instance, "upload")
    stored.append((storage, name))
    try:
        saved_name = storage.save(name, File(content), max_length=instance.file.field.max_length)
    except OSError as exc:
        # ENOSPC, EDQUOT, EIO, a storage service refusing: the person needs the same plain answer.
        logger.exception("Could not store an upload")
        raise ValidationError(STORAGE_FAILED_MESSAGE, code="storage_failed") from exc
    if saved_name != name:
        stored.append((storage, saved_name))
    instance.file.name = saved_name


def _store_version(*, document, uploaded_file, uploaded_by, number, stored):
    """Validate, scan and write one version of a document."""
    validated, scan_status, content = _checked_content(uploaded_file)
    version = DocumentVersion(
        document=document,
        number=number,
        original_name=validated.safe_name,
        content_type=validated.content_type,
        size=validated.size,
        sha256=validated.sha256,
        uploaded_by=uploaded_by,
        scan_status=scan_status,
        scanned_at=timezone.now() if scan_status == ScanStatus.CLEAN else None,
    )
    _file_store(instance=version, content=content, stored=stored)
    version.save()
    return version


def _remove_files(stored):
    """Undo file writes after a failed transaction: never a file without a row."""
    for storage, name in stored:
        try:
            if storage.exists(name):
                storage.delete(name)
        except OSError:
            logger.exception("Could not remove an orphaned upload %s", name)


def document_upload_stage(*, case, uploaded_file, staged_by):
    """Check a file and hold it until the worker confirms who will see it (portal/documents/staging.py).

    The checks and the virus scan are the ones `document_share` runs, so a file that would be
    refused never reaches the confirm page. Nothing is shared and nobody is told: no document row
    exists until `document_share(staged=…)`. Returns the StagedUpload, whose token the worker's
    confirm page carries.
    """
    stored = []
    try:
        with transaction.atomic():
            validated = validate_upload(uploaded_file)
            _scan_upload(uploaded_file=uploaded_file)
            storage, name = private_storage(), staged_name()
            stored.append((storage, name))
            uploaded_file.seek(0)
            try:
                saved_name = storage.save(name, File(uploaded_file))
            except OSError as exc:
                logger.exception("Could not hold an upload for confirmation")
                raise ValidationError(STORAGE_FAILED_MESSAGE, code="storage_failed") from exc
            if saved_name != name:  # never: names are random; but never keep a file we cannot name
                stored.append((storage, saved_name))
                raise ValidationError(STORAGE_FAILED_MESSAGE, code="storage_failed")
            audit_allowed(
                actor=staged_by,
                action="document_stage",
                obj=case,
                authority=case.authority,
                detail=f"held={name}; size={validated.size}; shared with nobody until confirmed",
            )
    except BaseException as exc:
        _remove_files(stored)
        _audit_failed_upload(exc, actor=staged_by, case=case)
        raise
    token = staged_token(
        name=name,
        original_name=validated.safe_name,
        content_type=validated.content_type,
        size=validated.size,
        case=case,
        user=staged_by,
    )
    return StagedUpload(
        name=name,
        original_name=validated.safe_name,
        content_type=validated.content_type,
        size=validated.size,
        token=token,
    )


@transaction.atomic
def document_upload_discard(*, staged, discarded_by, case):
    """The worker cancelled on the confirm page: the held file goes now, not at the daily clean-up."""
    staged_discard(staged)
    audit_allowed(
        actor=discarded_by, action="document_stage_discard", obj=case, authority=case.authority, detail=staged.name
    )


def document_share(
    *,
    case,
    title,
    what_it_is,
    recipients,
    shared_by,
    uploaded_file=None,
    staged=None,
    why_you_have_it="",
    what_happens_next="",
    who_to_ask="",
    kind="",
):
    """Share a new document with named people in the case.

    The file is `uploaded_file`, or `staged`: one held by `document_upload_stage` while the worker
    checked who will see it. A held file is checked again (the same checks, on the same bytes) and
    removed from the holding area once shared, or once it fails. `kind` (portal.documents.cover_notes)
    only goes into the audit row.
    """
    recipients = list(recipients)
    if not recipients:
        raise ValidationError({"recipients": gettext("Choose at least one person to share this document with.")})
    if any(participant.case_id != case.pk for participant in recipients):
        raise ValidationError({"recipients": gettext("You can only share with people in this case.")})
    if staged is not None:
        try:
            held = staged_open(staged)
        except FileNotFoundError as exc:  # cancelled in another tab, or cleaned up after MAX_AGE
            raise ValidationError(HELD_FILE_GONE_MESSAGE, code="held_file_gone") from exc
        try:
            with held:
                return document_share(
                    case=case,
                    title=title,
                    what_it_is=what_it_is,
                    recipients=recipients,
                    shared_by=shared_by,
                    uploaded_file=held,
                    why_you_have_it=why_you_have_it,
                    what_happens_next=what_happens_next,
                    who_to_ask=who_to_ask,
                    kind=kind,
                )
        finally:
            staged_discard(staged)
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
                detail=f"recipients={','.join(str(p.pk) for p in recipients)}" + (f"; kind={kind}" if kind else ""),
            )
            notify_participants(participants=recipients, reason=Notification.Reason.DOCUMENT_SHARED)
    except BaseException as exc:
        _remove_files(stored)
        _audit_failed_upload(exc, actor=shared_by, case=case)
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
            notify_participants(
                participants=[receipt.participant for receipt in locked.recipients.select_related("participant__user")],
                reason=Notification.Reason.DOCUMENT_UPDATED,
            )
    except BaseException as exc:
        _remove_files(stored)
        _audit_failed_upload(exc, actor=uploaded_by, case=document.case, document=document)
        raise
    return version


@transaction.atomic
def document_recipients_set(*, document, recipients, changed_by):
    """Change who a document is shared with. Removing someone takes effect on their next request."""
    recipients = list(recipients)
    if not recipients:
        raise ValidationError({"recipients": gettext("Choose at least one person to share this document with.")})
    if any(participant.case_id != document.case_id for participant in recipients):
        raise ValidationError({"recipients": gettext("You can only share with people in this case.")})
    keep = {participant.pk for participant in recipients}
    document.recipients.exclude(participant_id__in=keep).delete()
    existing = set(document.recipients.values_list("participant_id", flat=True))
    added = [participant for participant in recipients if participant.pk not in existing]
    for participant in added:
        DocumentRecipient.objects.create(document=document, participant=participant)
    notify_participants(participants=added, reason=Notification.Reason.DOCUMENT_SHARED)
    audit_allowed(
        actor=changed_by,
        action="document_recipients",
        obj=document,
        authority=document.case.authority,
        detail=f"recipients={','.join(str(pk) for pk in sorted(keep))}",
    )


@transaction.atomic
def document_receipt_record(*, receipt, version):
    """Record that the recipient opened the document: the first time sets the receipt."""
    fields = {"last_opened_version": max(receipt.last_opened_version, version.number)}
    if receipt.first_opened_at is None:
        fields["first_opened_at"] = timezone.now()
    DocumentRecipient.objects.filter(pk=receipt.pk).update(**fields)
    for name, value in fields.items():
        setattr(receipt, name, value)


# A family member sends a document or photo to their workers (FamilyUpload): the same checks, in one
# transaction with the file, so a refused or failed upload leaves neither a row nor a file.
NOTE_MAX = 1000


def family_upload_send(*, participant, uploaded_file, note=""):
    """Check, scan and keep a file a family member sends, with their note. Returns the FamilyUpload."""
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError({"note": gettext("Keep the note to %(max)s characters or fewer.") % {"max": NOTE_MAX}})
    case = participant.case
    stored = []
    try:
        with transaction.atomic():
            validated, scan_status, content = _checked_content(uploaded_file)
            upload = FamilyUpload(
                case=case,
                sender=participant,
                sender_name=participant.user.get_full_name() or participant.user.email,
                note=note,
                original_name=validated.safe_name,
                content_type=validated.content_type,
                size=validated.size,
                sha256=validated.sha256,
                scan_status=scan_status,
                scanned_at=timezone.now() if scan_status == ScanStatus.CLEAN else None,
            )
            _file_store(instance=upload, content=content, stored=stored)
            upload.save()
            audit_allowed(
                actor=participant.user,
                action="family_upload_send",
                obj=upload,
                authority=case.authority,
                detail=f"type={validated.content_type}; size={validated.size}",
            )
    except BaseException as exc:
        _remove_files(stored)
        _audit_failed_upload(exc, actor=participant.user, case=case)
        raise
    return upload


@transaction.atomic
def family_upload_seen(*, upload, seen_by):
    """A worker opened it: the sender now reads "seen by your worker". Only the first time counts."""
    if upload.seen_at is None:
        FamilyUpload.objects.filter(pk=upload.pk, seen_at__isnull=True).update(seen_at=timezone.now(), seen_by=seen_by)
    audit_allowed(actor=seen_by, action="family_upload_download", obj=upload, authority=upload.case.authority)
