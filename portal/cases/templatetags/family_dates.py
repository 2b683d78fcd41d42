"""Dates and times the GOV.UK way: "Thursday 26 November 2026 at 2pm", "10:30am", never "p.m."."""

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def govuk_time(value):
    value = timezone.localtime(value)
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    if value.hour == 12 and value.minute == 0:
        return "midday"
    if value.minute:
        return f"{hour}:{value.minute:02d}{suffix}"
    return f"{hour}{suffix}"


@register.filter
def govuk_date(value):
    value = timezone.localtime(value)
    return f"{value:%A} {value.day} {value:%B %Y}"


@register.filter
def govuk_datetime(value):
    return f"{govuk_date(value)} at {govuk_time(value)}"
