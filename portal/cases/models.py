import hashlib
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .stages import STAGE_CHOICES, stage_get


class Case(models.Model):
    """One family's case in one local authority. Families see it under a public UUID, never the pk."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    authority = models.ForeignKey("authorities.LocalAuthority", on_delete=models.PROTECT, related_name="cases")
    reference = models.CharField(max_length=40, help_text=_("The council's own case reference."))
    family_name = models.CharField(
        max_length=120, help_text=_("How the family sees their case named, like “The Taylor family”.")
    )
    children_first_names = models.CharField(
        max_length=200, blank=True, help_text=_("First names only, like “Ava and Leo”.")
    )
    stage = models.CharField(max_length=40, choices=STAGE_CHOICES, default="letter_sent")
    workers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="assigned_cases",
        blank=True,
        help_text=_("Named workers for this family."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_reason = models.TextField(blank=True, help_text=_("Why the case was closed, for the council's record."))

    class Meta:
        ordering = ["family_name"]
        # The worker's case list (admin_views/viewsets.py) shows one council's open cases, or its
        # closed ones, by family name, a page at a time, with a count. One index each walks them
        # in that order and counts them without reading the table, however many cases there are.
        indexes = [
            models.Index(
                fields=["authority", "family_name"],
                condition=models.Q(closed_at__isnull=True),
                name="case_open_by_name",
            ),
            models.Index(
                fields=["authority", "family_name"],
                condition=models.Q(closed_at__isnull=False),
                name="case_closed_by_name",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["authority", "reference"],
                name="unique_reference_per_la",
                violation_error_message=_("There is already a case with this reference."),
            )
        ]

    def __str__(self):
        return f"{self.family_name} ({self.reference})"

    @property
    def stage_info(self):
        return stage_get(self.stage)


class Participant(models.Model):
    """A family member who can see (part of) the case."""

    class Role(models.TextChoices):
        PARENT = "parent", _("Parent or carer")
        YOUNG_PERSON = "young_person", _("Young person")
        OTHER = "other", _("Other family member")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PARENT)
    invited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["case", "role", "user__first_name"]
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="one_participation_per_case")]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()}"

    @property
    def is_young_person(self):
        return self.role == self.Role.YOUNG_PERSON


class CaseInvitation(models.Model):
    """An account that already exists, asked to join a case. It is linked (a Participant is made) only
    when its owner signs in and accepts, so a worker adding an address learns nothing about it and
    nobody is put into a case without knowing."""

    VALID_DAYS = 14

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_invitations")
    role = models.CharField(max_length=20, choices=Participant.Role.choices)
    # The name the worker typed: the worker never sees the name the account holds.
    first_name = models.CharField(max_length=150)
    last_name = models.CharField(max_length=150, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    invited_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="one_invitation_per_case")]

    def __str__(self):
        return f"{self.first_name} {self.last_name}".strip()

    @staticmethod
    def token_digest(token):
        """Only a digest of the emailed token is kept, so the table alone lets nobody in."""
        return hashlib.sha256(token.encode()).hexdigest()


class StageChange(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="stage_changes")
    stage = models.CharField(max_length=40, choices=STAGE_CHOICES)
    note = models.TextField(blank=True, help_text=_("A plain note the family will read."))
    # When empty, young people read `note` too.
    note_young_people = models.TextField(
        blank=True, help_text=_("A version of the note for young people, in words they use. Optional.")
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField()

    class Meta:
        ordering = ["-changed_at", "-pk"]
        get_latest_by = "changed_at"

    def __str__(self):
        return f"{self.get_stage_display()} ({self.changed_at:%d %b %Y})"

    @property
    def stage_info(self):
        return stage_get(self.stage)


class KeyDate(models.Model):
    class Kind(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        REVIEW = "review", _("Review meeting")
        HEARING = "hearing", _("Court hearing")
        DEADLINE = "deadline", _("Deadline")
        APPOINTMENT = "appointment", _("Appointment")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="key_dates")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.MEETING)
    title = models.CharField(max_length=120)
    starts_at = models.DateTimeField()
    place = models.CharField(max_length=200, blank=True, help_text=_("Address, or leave empty if it is by video."))
    by_video = models.BooleanField(default=False)
    note = models.TextField(blank=True, help_text=_("What it is for and what to bring, in plain words."))
    # Written after the date: for a hearing, what the court decided, in plain words.
    outcome = models.TextField(
        blank=True,
        help_text=_("After the date: what was decided, in plain words. The family reads it in their timeline."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at"]

    def __str__(self):
        return f"{self.title} ({self.starts_at:%d %b %Y})"


class CaseContact(models.Model):
    """People outside the council a family may need to reach: solicitor, guardian, advocate."""

    class Role(models.TextChoices):
        SOLICITOR = "solicitor", _("Solicitor")
        GUARDIAN = "guardian", _("Children's guardian")
        CHILDS_SOLICITOR = "childs_solicitor", _("Child's solicitor")
        ADVOCATE = "advocate", _("Advocate")
        OTHER = "other", _("Other")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="contacts")
    # Whose contact this is: only that family member sees it. Empty: the whole family sees it (the
    # children's guardian and the child's solicitor, say).
    for_participant = models.ForeignKey(
        Participant,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="own_contacts",
        help_text=_("Whose contact this is. Only they will see it. Leave empty for the whole family."),
    )
    role = models.CharField(max_length=20, choices=Role.choices)
    name = models.CharField(max_length=120)
    organisation = models.CharField(max_length=120, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)

    class Meta:
        ordering = ["role", "name"]

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"


class CaseHandover(models.Model):
    """A case passed from one worker to another, with what the new worker needs to know."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="handovers")
    from_worker = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    to_worker = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(help_text=_("What the new worker needs to know first."))
    handed_at = models.DateTimeField()

    class Meta:
        ordering = ["-handed_at", "-pk"]

    def __str__(self):
        return f"{self.case} ({self.handed_at:%d %b %Y})"
