"""Dates and times the GOV.UK way: "Thursday 26 November 2026 at 2pm", "10:30am", never "p.m."."""

from django import template
from django.utils import dateformat, timezone
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def govuk_time(value):
    value = timezone.localtime(value)
    if value.hour == 12 and value.minute == 0:
        return _("midday")
    parts = {"hour": value.hour % 12 or 12, "hour24": value.hour, "minute": f"{value.minute:02d}"}
    if value.minute and value.hour < 12:
        # Translators: a time like "10:30am". %(hour24)s (0 to 23) is there too, for a time like "10:30".
        text = _("%(hour)s:%(minute)sam")
    elif value.minute:
        # Translators: a time like "4:30pm". %(hour24)s (0 to 23) is there too, for a time like "16:30".
        text = _("%(hour)s:%(minute)spm")
    elif value.hour < 12:
        # Translators: a time like "9am". %(hour24)s and %(minute)s are there too, for a time like "09:00".
        text = _("%(hour)sam")
    else:
        # Translators: a time like "2pm". %(hour24)s and %(minute)s are there too, for a time like "14:00".
        text = _("%(hour)spm")
    return text % parts


@register.filter
def govuk_date(value):
    # Django's own day and month names, in the active language ("E": the month as used in a date).
    return dateformat.format(timezone.localtime(value), "l j E Y")


@register.filter
def govuk_datetime(value):
    # Translators: a date and a time, like "Thursday 26 November 2026 at 2pm".
    return _("%(date)s at %(time)s") % {"date": govuk_date(value), "time": govuk_time(value)}
