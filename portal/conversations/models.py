"""A family member's question to their workers, and the replies: a Thread of Messages.

A thread belongs to the person who asked. Only they and the workers of the case's LA ever see
it: not the other parent, not the young person (or, for a young person's question, not the
parents). Questions are often about the very things a family disagrees on.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.cases.stages import STAGE_CHOICES

MESSAGE_MAX_LENGTH = 2000


class Thread(models.Model):
    class Topic(models.TextChoices):
        DOCUMENT = "document", _("A document")
        STAGE = "stage", _("Where things are now")
        OTHER = "other", _("Something else")
        DATE = "date", _("A date they cannot make")
        REQUEST = "request", _("Help to take part")

    class Need(models.TextChoices):
        """What a family member can ask for so they can take part: help with language, someone on their
        side, or a change to how things are done."""

        INTERPRETER = "interpreter", _("An interpreter")
        ADVOCATE = "advocate", _("An advocate")
        LARGE_PRINT = "large_print", _("Large print")
        EASY_READ = "easy_read", _("Easy read")
        QUIET_ROOM = "quiet_room", _("A quiet room")
        DIFFERENT_TIME = "different_time", _("A different time")
        OTHER = "other", _("Something else")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="threads")
    # Empty once the asker is removed from the case: the question and its replies stay on the case's record.
    asker = models.ForeignKey("cases.Participant", null=True, on_delete=models.SET_NULL, related_name="threads")
    topic = models.CharField(max_length=10, choices=Topic.choices, default=Topic.OTHER)
    document = models.ForeignKey(
        "documents.SharedDocument", null=True, blank=True, on_delete=models.SET_NULL, related_name="threads"
    )
    # The stage the case was at when the question was asked, for a question about the stage.
    stage = models.CharField(max_length=40, choices=STAGE_CHOICES, blank=True)
    # The key date a family member cannot make, for that topic.
    key_date = models.ForeignKey(
        "cases.KeyDate", null=True, blank=True, on_delete=models.SET_NULL, related_name="threads"
    )
    need = models.CharField(max_length=20, choices=Need.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # True while the family's latest message has no reply from a worker.
    awaiting_reply = models.BooleanField(default=True, db_index=True)
    last_message_at = models.DateTimeField()

    class Meta:
        ordering = ["-last_message_at", "-pk"]

    def __str__(self):
        return f"Question {self.public_id} ({self.get_topic_display()})"

    @property
    def asker_label(self):
        """Who asked, for workers: "Pat Taylor (Parent or carer)", or that they were removed."""
        if self.asker is None:
            return gettext("Someone no longer in the case")
        user = self.asker.user
        return f"{user.get_full_name() or user.email} ({self.asker.get_role_display()})"


class Message(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    from_family = models.BooleanField()
    body = models.TextField(max_length=MESSAGE_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Message {self.pk} in {self.thread}"
