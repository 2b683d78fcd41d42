"""Organisations and the services they run, shaped after Open Referral UK (HSDS 3.0 UK profile).

Field names follow the standard where a family-facing word is not clearer; `openreferral.py` maps
each one to the standard's name. Each record has a stable UUID (`uuid`) that is its Open Referral
id; the integer primary key stays internal so Wagtail's admin URLs and logs work as usual.

Where a service is available ("service area") is a set of local authorities; an empty set means
national. Who may edit a record follows from its area (see `permissions.py`).
"""

import re
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin

from ..fields import DaysField, days_display

validate_phone_number = RegexValidator(
    r"^\+?[0-9][0-9 ()-]{1,28}[0-9]$",
    _("Write a phone number with digits and spaces only, like 0808 801 0366."),
)


def phone_href(number):
    """The `tel:` link for a number as people write it: "0808 801 0366" -> "tel:08088010366"."""
    return "tel:" + re.sub(r"[^0-9+]", "", number or "")


class Organisation(models.Model):
    """Who runs a service: a charity, a law firm, a council team (Open Referral "organization")."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200)
    description = models.TextField(help_text=_("One or two plain sentences about who they are."))
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    authority = models.ForeignKey(
        "authorities.LocalAuthority",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="directory_organisations",
        verbose_name=_("local authority"),
        help_text=_("The council area this organisation belongs to. Empty for national organisations."),
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Service(DraftStateMixin, RevisionMixin, PreviewableMixin, ClusterableModel):
    """One service a family can contact, like an advice line or a solicitors' children team."""

    class Status(models.TextChoices):
        # The values are Open Referral's own, so they pass through the API unchanged.
        ACTIVE = "active", _("Active")
        INACTIVE = "inactive", _("Inactive")
        DEFUNCT = "defunct", _("Closed for good")
        TEMPORARILY_CLOSED = "temporarily closed", _("Closed for now")

    class Cost(models.TextChoices):
        FREE = "free", _("Free")
        LEGAL_AID = "legal_aid", _("Free with legal aid")
        PAID = "paid", _("You pay")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="services")
    name = models.CharField(max_length=200, help_text=_("The name families will look for."))
    description = models.TextField(help_text=_("What they do, in one to three short sentences."))
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    url = models.URLField(verbose_name=_("website"), help_text=_("The page about this service, not just a home page."))
    email = models.EmailField(blank=True)
    eligibility = models.TextField(
        verbose_name=_("who this is for"),
        blank=True,
        help_text=_("Plain words, like “Parents who have had a letter before proceedings”."),
    )
    cost = models.CharField(max_length=20, choices=Cost.choices, blank=True, help_text=_("Leave empty if not known."))
    means_test = models.BooleanField(
        default=False,
        verbose_name=_("checks income and savings first"),
        help_text=_(
            "Tick if people must pass a means test before they get help. Such services are never shown "
            "first to a parent who has a letter before proceedings: their legal advice is not means-tested."
        ),
    )
    languages = models.CharField(
        max_length=200, blank=True, help_text=_("Languages spoken, separated by commas, like “English, Polish”.")
    )
    accessibility = models.TextField(
        blank=True, help_text=_("Help for disabled people, like a textphone number or step-free access.")
    )
    schedule_description = models.TextField(
        verbose_name=_("opening times in words"),
        blank=True,
        help_text=_("Anything the times above cannot say, like “Closed on bank holidays”."),
    )
    authorities = ParentalManyToManyField(
        "authorities.LocalAuthority",
        blank=True,
        related_name="directory_services",
        verbose_name=_("area"),
        help_text=_("The council areas this service is for. Empty means national: anyone in England can use it."),
    )
    categories = ParentalManyToManyField("directory.TaxonomyTerm", blank=True, related_name="services")
    assured_date = models.DateField(
        null=True, blank=True, verbose_name=_("last checked"), help_text=_("When someone last checked these details.")
    )
    assurer_email = models.EmailField(
        blank=True, verbose_name=_("checked by"), help_text=_("The email address of whoever checked them.")
    )
    broken_link_reported = models.BooleanField(default=False, help_text=_("Someone told us the website does not work."))
    broken_phone_reported = models.BooleanField(
        default=False, help_text=_("Someone told us a phone number does not work.")
    )
    # Open Referral's last_modified. Drafts save only their revision, so this changes when the
    # live record changes, which is what consumers of the open data need to know.
    last_modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def is_national(self):
        return not self.authorities.all()

    @property
    def area_display(self):
        names = [authority.name for authority in self.authorities.all()]
        return ", ".join(sorted(names)) if names else str(_("National"))

    def get_preview_template(self, request, mode_name):
        return "directory/service_preview.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "service": self}


class ServicePhone(Orderable):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(max_length=30, validators=[validate_phone_number], help_text=_("Like 0808 801 0366."))
    description = models.CharField(
        max_length=200, blank=True, help_text=_("What this number is for, like “Advice line” or “Textphone”.")
    )

    panels = ["number", "description"]

    def __str__(self):
        return self.number

    @property
    def href(self):
        return phone_href(self.number)


class ServiceSchedule(Orderable):
    """A weekly opening time: these days, from this time to that time (Open Referral "schedule")."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="schedules")
    byday = DaysField(verbose_name=_("days"))
    opens_at = models.TimeField(help_text=_("Like 09:30."))
    closes_at = models.TimeField(help_text=_("Like 17:00."))

    panels = ["byday", "opens_at", "closes_at"]

    def __str__(self):
        return f"{self.days_display}: {self.opens_at:%H:%M} to {self.closes_at:%H:%M}"

    def clean(self):
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The closing time must be after the opening time.")})

    @property
    def days_display(self):
        return days_display(self.byday)
