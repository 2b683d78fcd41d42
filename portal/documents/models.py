import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _


def private_storage():
    return storages["private"]


def generated_name(instance, filename):
    """Never trust the uploaded name for storage: a random name, sharded to keep folders small."""
    token = uuid.uuid4().hex
    return f"documents/{token[:2]}/{token}"


class SharedDocument(models.Model):
    """A document a worker shares with named people in a case, with a plain cover note."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(max_length=150)
    what_it_is = models.TextField(help_text=_("What this document is, in one or two plain sentences."))
    why_you_have_it = models.TextField(blank=True, help_text=_("Why the family is getting it."))
    what_happens_next = models.TextField(blank=True)
    who_to_ask = models.CharField(max_length=200, blank=True, help_text=_("Who to ask about it, and how."))
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Set by `manage.py expire_unshared_documents` when it first finds nobody left to share with
    # (their accounts were erased or they left the case); the file is deleted after a set time.
    unshared_since = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def current_version(self):
        return self.versions.order_by("-number").first()


class ScanStatus(models.TextChoices):
    """Where a file is in virus scanning. Only "clean" and "not_configured" files can be opened.

    "not_configured" means no scanner was set up when it was uploaded (see README, "Uploads and
    scanning"); "pending" covers both "not scanned yet" and "the scanner could not answer".
    """

    NOT_CONFIGURED = "not_configured", _("Not scanned (no scanner configured)")
    PENDING = "pending", _("Being checked")
    CLEAN = "clean", _("Checked: no virus found")
    INFECTED = "infected", _("Virus found: file deleted")
    ERROR = "error", _("Could not be checked")


DOWNLOADABLE_SCAN_STATUSES = frozenset({ScanStatus.NOT_CONFIGURED, ScanStatus.CLEAN})


class DocumentVersion(models.Model):
    """One uploaded file. A new version never replaces the old one."""

    document = models.ForeignKey(SharedDocument, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    file = models.FileField(storage=private_storage, upload_to=generated_name, max_length=200)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    scan_status = models.CharField(max_length=20, choices=ScanStatus.choices, default=ScanStatus.NOT_CONFIGURED)
    scanned_at = models.DateTimeField(null=True, blank=True)
    scan_signature = models.CharField(max_length=100, blank=True, help_text=_("What the scanner found, if anything."))

    class Meta:
        ordering = ["document", "-number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="unique_version_number")]

    def __str__(self):
        return f"{self.document} v{self.number}"

    @property
    def is_downloadable(self):
        """Fail closed: a file that is waiting for a scan, or was infected, is never served."""
        return self.scan_status in DOWNLOADABLE_SCAN_STATUSES


class DocumentRecipient(models.Model):
    """A named person a document is shared with, and when they first opened it (the receipt)."""

    document = models.ForeignKey(SharedDocument, on_delete=models.CASCADE, related_name="recipients")
    participant = models.ForeignKey("cases.Participant", on_delete=models.CASCADE, related_name="received_documents")
    shared_at = models.DateTimeField(auto_now_add=True)
    first_opened_at = models.DateTimeField(null=True, blank=True)
    last_opened_version = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["document", "participant"]
        constraints = [models.UniqueConstraint(fields=["document", "participant"], name="one_receipt_per_person")]

    def __str__(self):
        return f"{self.document} → {self.participant}"


class FamilyUpload(models.Model):
    """A document or photo a family member sends to their case's workers ("evidence of change": a
    certificate, a course letter, a test result), with a short note.

    It goes through the same checks as a worker's upload (portal.documents.validation): type by
    content, size, virus scan, no active content, and photos redrawn from their pixels so that
    location and other metadata are gone before anyone sees them. Only the sender and the case's
    workers see it: never another family member.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="family_uploads")
    # Empty once the sender leaves the case: the file stays on the case's record, with their name.
    sender = models.ForeignKey("cases.Participant", null=True, on_delete=models.SET_NULL, related_name="sent_documents")
    sender_name = models.CharField(max_length=300)
    note = models.TextField(blank=True, max_length=1000)
    file = models.FileField(storage=private_storage, upload_to=generated_name, max_length=200)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    sent_at = models.DateTimeField(auto_now_add=True)
    scan_status = models.CharField(max_length=20, choices=ScanStatus.choices, default=ScanStatus.NOT_CONFIGURED)
    scanned_at = models.DateTimeField(null=True, blank=True)
    scan_signature = models.CharField(max_length=100, blank=True)
    # When a worker first opened it: the sender sees "seen by your worker".
    seen_at = models.DateTimeField(null=True, blank=True)
    seen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-sent_at", "-pk"]

    def __str__(self):
        return f"{self.original_name} from {self.sender_name}"

    @property
    def is_downloadable(self):
        return self.scan_status in DOWNLOADABLE_SCAN_STATUSES
