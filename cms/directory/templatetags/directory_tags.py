from django import template
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
        return "midday"
    if (value.hour, value.minute) == (0, 0):
        return "midnight"
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    minutes = f":{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{suffix}"
