"""The family network and the family group decision-making (FGDM) meeting.

Who sees what (tested in tests/portal/network/test_visibility.py):
- A network person is seen by the case's workers always. In the family area, a grown-up (parent or
  other family member) sees the people they listed themselves and those a parent or worker chose to
  share with the family's grown-ups. Young people never see the network list. A person a worker has
  marked "not to be contacted" is shown to no family member at all, not even the one who listed
  them, and only workers read the reason.
- A young person's own words (`YoungVoice`) are seen by that young person and the case's workers;
  never by a parent or anyone else in the family.
- The meeting's offer, acceptance, coordinator, date and review are shown to the family's grown-ups;
  the reason for not offering it is for workers only.
Listing a person never contacts them: nothing here sends anything to a network person.

Sources: s31ZA Children Act 1989 (Children's Wellbeing and Schools Act 2026, s1), the duty to offer
the meeting in the letter before proceedings; frg.org.uk on family group conferences and private
family time (../shared/FACTS.md).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# What a person might offer, in the parent's words. Stored as a list of these keys.
OFFER_CHOICES = [
    ("place_to_stay", _("A place to stay")),
    ("looking_after", _("Looking after the children sometimes")),
    ("lifts", _("Lifts, like to school")),
    ("meetings", _("Coming to meetings")),
    ("caring", _("Caring for the child if needed")),
]
OFFER_LABELS = dict(OFFER_CHOICES)


class NetworkPerson(models.Model):
    """Someone in the child's wider family network who could help."""

    class ContactAgreed(models.TextChoices):
        NOT_YET = "not_yet", _("Not yet")
        YES = "yes", _("Yes")

    class Assessment(models.TextChoices):
        NONE = "", _("None")
        REQUESTED = "requested", _("Viability assessment requested")
        POSITIVE = "positive", _("Viability assessment positive")
        NEGATIVE = "negative", _("Viability assessment negative")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="network")
    # Who put them on the list: a family member, or nobody (a worker added them).
    suggested_by = models.ForeignKey(
        "cases.Participant", null=True, blank=True, on_delete=models.SET_NULL, related_name="network_suggested"
    )
    # Their name when they suggested this person: kept if they later leave the case, so nobody reads a
    # family member's suggestion as the worker's.
    suggested_by_name = models.CharField(max_length=300, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    name = models.CharField(_("name"), max_length=120)
    connection = models.CharField(
        _("how they are related or connected"), max_length=120, help_text=_("For example: my sister, Ava's godmother.")
    )
    how_to_reach = models.CharField(
        _("how to reach them"), max_length=200, blank=True, help_text=_("A phone number, email or address.")
    )
    offers = models.JSONField(_("what they might offer"), default=list, blank=True)
    note = models.TextField(_("anything else"), blank=True)
    shared_with_family = models.BooleanField(_("the family's other grown-ups can see this person"), default=False)
    # The worker's side.
    contact_agreed = models.CharField(
        _("contact agreed with the parent"), max_length=10, choices=ContactAgreed.choices, default=ContactAgreed.NOT_YET
    )
    plan_role = models.CharField(_("their part in the plan"), max_length=200, blank=True)
    assessment = models.CharField(_("assessment"), max_length=10, choices=Assessment.choices, blank=True)
    do_not_contact = models.BooleanField(_("not to be contacted"), default=False)
    do_not_contact_reason = models.TextField(_("why (workers only)"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Taken off the list by the family member who added them: hidden from the family, kept for the
    # worker's record of any contact or assessment.
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.name} ({self.connection})"

    @property
    def offer_labels(self):
        return [OFFER_LABELS[key] for key in self.offers if key in OFFER_LABELS]


class FamilyMeeting(models.Model):
    """The case's family group decision-making meeting: the s31ZA offer and what came of it."""

    class Offer(models.TextChoices):
        NOT_YET = "", _("Not decided yet")
        OFFERED = "offered", _("Offered in the letter before proceedings")
        NOT_BEST_INTERESTS = "not_best_interests", _("Not offered: not in the child's best interests")

    class Accepted(models.TextChoices):
        NOT_YET = "", _("Not answered yet")
        YES = "yes", _("Accepted")
        NO = "no", _("Turned down")

    case = models.OneToOneField("cases.Case", on_delete=models.CASCADE, related_name="family_meeting")
    offer = models.CharField(_("offer"), max_length=20, choices=Offer.choices, blank=True)
    not_offered_by = models.CharField(_("who decided not to offer it"), max_length=150, blank=True)
    not_offered_on = models.DateField(_("when that was decided"), null=True, blank=True)
    not_offered_reason = models.TextField(_("why it is not in the child's best interests"), blank=True)
    accepted = models.CharField(_("answer"), max_length=3, choices=Accepted.choices, blank=True)
    coordinator_name = models.CharField(_("coordinator's name"), max_length=120, blank=True)
    coordinator_phone = models.CharField(_("coordinator's phone"), max_length=40, blank=True)
    coordinator_email = models.EmailField(_("coordinator's email"), blank=True)
    meeting = models.ForeignKey(
        "cases.KeyDate", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("meeting")
    )
    held = models.BooleanField(_("the meeting was held"), default=False)
    plan = models.ForeignKey(
        "documents.SharedDocument",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("the family's plan"),
    )
    review = models.ForeignKey(
        "cases.KeyDate", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("review")
    )
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Family meeting for {self.case}"


class YoungVoice(models.Model):
    """A young person's own words to their worker: someone who matters to them, or something they
    want people to know. Seen by them and the case's workers only."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Someone who matters to me")
        WISH = "wish", _("Something I want people to know")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    participant = models.ForeignKey("cases.Participant", on_delete=models.CASCADE, related_name="voice")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    name = models.CharField(_("their name"), max_length=120, blank=True)
    text = models.TextField(_("what you want to say"))
    created_at = models.DateTimeField(auto_now_add=True)
    # Set when the worker has read it, so the young person sees "read by your worker".
    read_at = models.DateTimeField(null=True, blank=True)
    # Taken back by the young person: hidden from their list, still seen by the worker, marked as
    # taken back. Words about someone being unsafe must not vanish before a worker reads them.
    taken_back_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.created_at:%d %b %Y})"
