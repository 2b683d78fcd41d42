"""The notification outbox, each person's contact preferences, and the key date reminders sent.

Nothing here holds what a message said. A Notification records only who was told, how, why (a
reason code) and whether it was delivered: the words are rendered from the reason at send time
(portal.notifications.messages), and they never name a person, a council, a case or a document.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContactPreference(models.Model):
    """How a family member wants to hear that something has changed."""

    class Channel(models.TextChoices):
        EMAIL = "email", _("Email")
        TEXT = "text", _("Text message")
        BOTH = "both", _("Email and text message")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="contact_preference")
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.EMAIL)
    # A UK mobile number in international format (+447…), or empty.
    phone_number = models.CharField(max_length=16, blank=True)
    phone_verified = models.BooleanField(default=False)
    phone_verified_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.user} ({self.get_channel_display()})"

    @property
    def wants_text(self):
        return self.channel in {self.Channel.TEXT, self.Channel.BOTH}

    @property
    def wants_email(self):
        return self.channel in {self.Channel.EMAIL, self.Channel.BOTH}

    @property
    def can_text(self):
        return self.wants_text and self.phone_verified and bool(self.phone_number)


class PhoneVerification(models.Model):
    """A 6-digit code texted to a number, to prove the person holds that phone.

    Only a keyed hash of the code is stored. Each code allows a few guesses and expires quickly.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    phone_number = models.CharField(max_length=16)
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        get_latest_by = "created_at"

    def __str__(self):
        return f"Code for {self.user} at {self.created_at:%Y-%m-%d %H:%M}"


class Notification(models.Model):
    """One message to one person on one channel: the outbox row, created with the change itself.

    It is written in the same transaction as the change it is about, so a change never commits
    without its notification, and a notification never exists for a change that rolled back.
    The background task claims a pending row (pending → sending, by a conditional update), sends
    it, and marks it sent, so no row is ever sent twice by two workers or two runs.
    """

    class Channel(models.TextChoices):
        EMAIL = "email", _("Email")
        SMS = "sms", _("Text message")

    class Reason(models.TextChoices):
        DOCUMENT_SHARED = "document_shared", _("A document was shared")
        DOCUMENT_UPDATED = "document_updated", _("A document was updated")
        STAGE_CHANGED = "stage_changed", _("The stage changed")
        KEY_DATE_ADDED = "key_date_added", _("A date was added")
        KEY_DATE_MOVED = "key_date_moved", _("A date was changed")
        QUESTION_ANSWERED = "question_answered", _("A question was answered")
        KEY_DATE_REMINDER = "key_date_reminder", _("A reminder of a date")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to send")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Could not send")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    channel = models.CharField(max_length=10, choices=Channel.choices)
    reason = models.CharField(max_length=30, choices=Reason.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    # When the next try may happen: now for a new row, later after a failure (backoff).
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # The kind of error only (an exception class name), never its message: messages from mail
    # servers and gateways can quote the address or the text.
    last_error = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="notification_due")]

    def __str__(self):
        return f"{self.get_reason_display()} → {self.recipient} by {self.get_channel_display()} ({self.status})"


class KeyDateReminder(models.Model):
    """A reminder sent to one person for one key date on one day: never twice.

    The day is part of the key, so if a date is moved to another day the person is reminded
    again before the new day.
    """

    key_date = models.ForeignKey("cases.KeyDate", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    starts_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key_date", "user", "starts_on"], name="one_reminder_per_person_per_day")
        ]

    def __str__(self):
        return f"Reminder for {self.key_date_id} to {self.user_id} on {self.starts_on}"
