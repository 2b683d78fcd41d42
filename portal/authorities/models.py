from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .validators import validate_brand_colour


class FamilyJusticeArea(models.Model):
    """A Designated Family Judge area (and its Local Family Justice Board): councils of one installation
    grouped so that the area's people can compare their pre-proceedings figures. The area sees counts
    only, council by council, with small numbers hidden (preproceedings/insight/area.py). Set up with
    `manage.py family_justice_area`."""

    name = models.CharField(max_length=120, unique=True, help_text=_("Like “Northbrook and Westmere DFJ area”."))

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class LocalAuthority(models.Model):
    """The tenant. Everything about families and staff belongs to exactly one local authority.

    Branding lives here rather than in Wagtail site settings because Wagtail's settings
    permission is global: an editor allowed to change one site's settings could change
    every LA's. There is no screen to edit it yet: councils are set up by command or data migration
    (README, "Contributing: recipes").
    """

    name = models.CharField(max_length=120, unique=True, help_text=_("As families know it, like “Northbrook Council”."))
    slug = models.SlugField(max_length=60, unique=True)
    brand_colour = models.CharField(
        max_length=7,
        default="#1d70b8",
        validators=[validate_brand_colour],
        help_text=_("Header colour, like #1d70b8. White text must be readable on it."),
    )
    exit_url = models.URLField(
        default="https://www.bbc.co.uk/weather",
        help_text=_("Where “Exit this page” takes people: a harmless, everyday website."),
    )
    site = models.OneToOneField(
        "wagtailcore.Site",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="local_authority",
        help_text=_("The public site for this local authority's pages."),
    )
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_email = models.EmailField(blank=True)
    # The period for change agreed in pre-proceedings (DFJ social work practice guide: "up to 16 weeks").
    pre_proceedings_weeks = models.PositiveSmallIntegerField(
        default=16,
        validators=[MinValueValidator(4), MaxValueValidator(52)],
        help_text=_("How many weeks pre-proceedings usually runs before the decision, in this council."),
    )
    reply_working_days = models.PositiveSmallIntegerField(
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("Within how many working days workers reply to a family's question. Families are told this."),
    )
    area = models.ForeignKey(
        FamilyJusticeArea,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authorities",
        help_text=_("The family justice area whose people may see this council's figures (counts only)."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "local authorities"

    def __str__(self):
        return self.name

    def clean(self):
        if self.exit_url and not self.exit_url.startswith("https://"):
            raise ValidationError({"exit_url": _("Use a web address that starts with https://")})


class StaffMembership(models.Model):
    """A member of staff belongs to exactly one local authority, with one role.

    Moving someone to another LA is a change of this row: their access follows on the next request.
    """

    class Role(models.TextChoices):
        WORKER = "worker", _("Family support worker or social worker")
        ADMIN = "admin", _("LA admin")
        # Reads the council's pre-proceedings figures; opens no case and manages nobody.
        DATA = "data", _("Data and insight (read only)")
        # Write the council's own pages (editors), and check and publish them (moderators). Neither
        # opens a case: case access is for the worker role only (portal.cases.selectors).
        EDITOR = "editor", _("Editor of the council's pages")
        MODERATOR = "moderator", _("Moderator: checks and publishes the council's pages")

    user = models.OneToOneField("accounts.User", on_delete=models.CASCADE, related_name="staff_membership")
    authority = models.ForeignKey(LocalAuthority, on_delete=models.PROTECT, related_name="staff")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.WORKER)
    job_title = models.CharField(max_length=120, blank=True, help_text=_("As families should see it."))
    phone = models.CharField(max_length=40, blank=True, help_text=_("A number families can call you on."))

    class Meta:
        ordering = ["authority", "user__email"]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()}, {self.authority})"


class AreaMembership(models.Model):
    """Someone who sees one family justice area's figures, council by council: counts only, never a
    case, a child or a person, and nothing else in the admin. Not a member of any council's staff."""

    user = models.OneToOneField("accounts.User", on_delete=models.CASCADE, related_name="area_membership")
    area = models.ForeignKey(FamilyJusticeArea, on_delete=models.CASCADE, related_name="members")

    def __str__(self):
        return f"{self.user} ({self.area})"
