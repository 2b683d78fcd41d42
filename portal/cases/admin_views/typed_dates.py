"""Dates and times as workers type them: "14/12/2026 10am", "14 Dec 2026 2.30pm", "14/12/26 14:00".

Django's own DateTimeField takes only machine formats ("2026-12-14 10:00") and answers anything
else with "Enter a valid date/time". This field takes what people write in the UK, day first, and
when it cannot, says what to type. It never guesses a missing part: a date with no time, or a
time with no date, is refused with that message rather than filled in.
"""

import re
from datetime import date, datetime, time

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
WORDED_DATE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$")
TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ t](\d{2}):(\d{2})(?::(\d{2}))?$")  # what scripts and old forms send
SPLIT = re.compile(r"^(?P<date>.+?)(?:,?\s+at)?,?\s+(?P<time>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)$")


def _date(text):
    if match := NUMERIC_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
    elif (match := WORDED_DATE.match(text)) and match.group(2) in MONTHS:
        day, month, year = int(match.group(1)), MONTHS[match.group(2)], int(match.group(3))
    else:
        return None
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _time(text):
    match = TIME.match(text)
    if not match:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "").replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif match.group(2) is None:
        return None  # "14/12/2026 10" could be 10am or 10pm
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_typed_datetime(text):
    """A naive datetime from what a person typed, or None if it is not clearly one date and time."""
    text = " ".join((text or "").strip().lower().split())
    if iso := ISO.match(text):
        try:
            return datetime(*(int(part or 0) for part in iso.groups()))
        except ValueError:
            return None
    match = SPLIT.match(text)
    if not match:
        return None
    day, moment = _date(match.group("date").strip(" ,")), _time(match.group("time").replace(" ", ""))
    if day is None or moment is None:
        return None
    return datetime.combine(day, moment)


class TypedDateTimeField(forms.DateTimeField):
    default_error_messages = {
        "invalid": _("Enter the date and time like 14/12/2026 10:30am (day/month/year, then the time).")
    }
    widget = forms.DateTimeInput(format="%d/%m/%Y %H:%M")  # shown back the way people write it

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("For example, 14/12/2026 10:30am"))
        super().__init__(**kwargs)

    def to_python(self, value):
        if not isinstance(value, str):
            return super().to_python(value)
        if value.strip() in self.empty_values:
            return None
        # Only this parser reads typed text: Django's own formats would take "14/12/2026" as midnight.
        typed = parse_typed_datetime(value)
        if typed is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return timezone.make_aware(typed)


ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class TypedDateField(forms.DateField):
    """A date alone, as people write it: "3/11/2026", "3 Nov 2026", "03/11/26" (day first)."""

    default_error_messages = {"invalid": _("Enter the date like 14/12/2026 (day/month/year).")}
    widget = forms.DateInput(format="%d/%m/%Y")

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("For example, 14/12/2026"))
        super().__init__(**kwargs)

    def to_python(self, value):
        if not isinstance(value, str):
            return super().to_python(value)
        text = " ".join(value.strip().lower().split())
        if text in self.empty_values:
            return None
        if iso := ISO_DATE.match(text):
            try:
                return date(*(int(part) for part in iso.groups()))
            except ValueError:
                pass
        typed = _date(text.strip(" ,"))
        if typed is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return typed
