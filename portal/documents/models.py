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

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def current_version(self):
        return self.versions.order_by("-number").first()


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

    class Meta:
        ordering = ["document", "-number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="unique_version_number")]

    def __str__(self):
        return f"{self.document} v{self.number}"


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
