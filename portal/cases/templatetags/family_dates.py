"""Dates and times the GOV.UK way: "Thursday 26 November 2026 at 2pm", "10:30am", never "p.m."."""

from django import template
from django.utils import dateformat, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.languages.clock import clock_time

register = template.Library()


@register.filter
def govuk_time(value):
    return clock_time(timezone.localtime(value))


@register.filter
def govuk_date(value):
    # Django's own day and month names, in the active language ("E": the month as used in a date).
    return dateformat.format(timezone.localtime(value), "l j E Y")


@register.filter
def govuk_datetime(value):
    # Translators: a date and a time, like "Thursday 26 November 2026 at 2pm".
    return _("%(date)s at %(time)s") % {"date": govuk_date(value), "time": govuk_time(value)}


@register.filter
def days_until(value, today=None):
    """How soon a date is, counted in calendar days in the portal's time zone: "Today", "Tomorrow",
    "In 5 days". Nothing for a date already past."""
    today = today or timezone.localdate()
    days = (timezone.localtime(value).date() - today).days
    if days < 0:
        return ""
    if days == 0:
        return _("Today")
    if days == 1:
        return _("Tomorrow")
    return ngettext("In %(count)s day", "In %(count)s days", days) % {"count": days}
