"""Times of day the GOV.UK way in English ("9am", "10:30am", "midday", "midnight", never "p.m."),
and in each language the way its catalogue says: the 24-hour clock is there for translators too."""

from django.utils.translation import gettext as _


def clock_time(value):
    """A time of day (a time, or a datetime already in local time) as words for people."""
    if (value.hour, value.minute) == (12, 0):
        # Translators: the time 12:00 in the day, as in "9am to midday".
        return _("midday")
    if (value.hour, value.minute) == (0, 0):
        # Translators: the time 00:00, as in "6pm to midnight".
        return _("midnight")
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
