from django import template
from wagtail.models import Site

from portal.languages.clock import clock_time as portal_clock_time

from ..models import phone_href
from ..selectors import family_support_team_for_site, legal_advice_url

register = template.Library()


@register.inclusion_tag("directory/includes/family_support_team_card.html", takes_context=True)
def family_support_team(context):
    """The current site's LA's family support team, or nothing if it has not been set up."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return {"team": family_support_team_for_site(site), "request": request}


@register.simple_tag(takes_context=True)
def legal_advice_url_for(context, authority):
    """Where a "get legal advice" link for one council's family goes (the family area, for a case of
    `authority`): that council's "Get free legal advice now" page, whichever site shows the link.
    Empty if the council has no site or no such page and no copy of the national guide."""
    site_id = getattr(authority, "site_id", None)  # not the site itself: a warm cache costs no query
    return legal_advice_url(site_id=site_id, request=context.get("request")) or ""


@register.filter
def tel_href(number):
    """ "0808 801 0366" -> "tel:08088010366": phones dial what people read."""
    return phone_href(number)


@register.filter
def clock_time(value):
    """GOV.UK style times: 9am, 9:30am, midday, 5:15pm (portal/languages/clock.py)."""
    return "" if value is None else portal_clock_time(value)
