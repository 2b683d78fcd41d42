from django import template
from django.utils.translation import gettext
from wagtail.models import Site

from ..models import phone_href
from ..selectors import family_support_team_for_site

register = template.Library()


@register.inclusion_tag("directory/includes/family_support_team_card.html", takes_context=True)
def family_support_team(context):
    """The current site's LA's family support team, or nothing if it has not been set up."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return {"team": family_support_team_for_site(site), "request": request}


@register.filter
def tel_href(number):
    """ "0808 801 0366" -> "tel:08088010366": phones dial what people read."""
    return phone_href(number)


@register.filter
def clock_time(value):
    """GOV.UK style times: 9am, 9:30am, midday, 5:15pm."""
    if value is None:
        return ""
    if (value.hour, value.minute) == (12, 0):
        # Translators: the time 12:00 in the day, as in "9am to midday".
        return gettext("midday")
    if (value.hour, value.minute) == (0, 0):
        # Translators: the time 00:00, as in "6pm to midnight".
        return gettext("midnight")
    parts = {"hour": value.hour % 12 or 12, "minutes": f"{value.minute:02d}"}
    if value.minute and value.hour < 12:
        # Translators: a morning time like "9:30am". %(hour)s is 1 to 12; %(minutes)s is 01 to 59.
        return gettext("%(hour)s:%(minutes)sam") % parts
    if value.minute:
        # Translators: an afternoon or evening time like "5:15pm". %(hour)s is 1 to 12; %(minutes)s is 01 to 59.
        return gettext("%(hour)s:%(minutes)spm") % parts
    if value.hour < 12:
        # Translators: a morning time on the hour like "9am". %(hour)s is 1 to 12.
        return gettext("%(hour)sam") % parts
    # Translators: an afternoon or evening time on the hour like "5pm". %(hour)s is 1 to 12.
    return gettext("%(hour)spm") % parts
