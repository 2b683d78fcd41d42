from django.db import models
from django.utils.translation import gettext_lazy as _

from .services import phone_href, validate_phone_number


class FamilySupportTeam(models.Model):
    """How a family reaches "your family support worker": one team per local authority.

    Shown on the LA's own pages by the `{% family_support_team %}` tag. The details are the
    team's, never a named worker's: a family's own worker is shown in their private area.
    """

    authority = models.OneToOneField(
        "authorities.LocalAuthority",
        on_delete=models.CASCADE,
        related_name="family_support_team",
        verbose_name=_("local authority"),
    )
    team_name = models.CharField(max_length=120, help_text=_("Like “Northbrook family support team”."))
    phone = models.CharField(max_length=30, validators=[validate_phone_number], help_text=_("Like 01632 960 000."))
    email = models.EmailField(blank=True)
    hours = models.CharField(
        max_length=200, verbose_name=_("when to call"), help_text=_("Like “Monday to Friday, 9am to 5pm”.")
    )
    what_they_do = models.TextField(
        help_text=_("Two or three short sentences a worried parent can understand. Plain text, no jargon.")
    )

    class Meta:
        ordering = ["authority__name"]

    def __str__(self):
        return self.team_name

    @property
    def phone_href(self):
        return phone_href(self.phone)
