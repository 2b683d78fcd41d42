"""The months the figures cover: ?from=YYYY-MM&to=YYYY-MM, by default the last 12 months."""

import calendar
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"
MOST_MONTHS = 60


def _month_start(text):
    year, month = (int(part) for part in text.split("-"))
    return date(year, month, 1)


def _month_end(day):
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def default_months(today=None):
    """(first day of the month 11 months ago, last day of this month): the last 12 months."""
    today = today or timezone.localdate()
    month_index = today.year * 12 + today.month - 1 - 11
    return date(month_index // 12, month_index % 12 + 1, 1), _month_end(today)


class InsightMonthsForm(forms.Form):
    # "from" is a Python keyword, so the fields are named in the constructor's data mapping.
    month_from = forms.RegexField(
        label=_("From (year and month)"), regex=MONTH_PATTERN, help_text=_("Like 2026-04."), required=False
    )
    month_to = forms.RegexField(
        label=_("To (year and month)"), regex=MONTH_PATTERN, help_text=_("Like 2027-03."), required=False
    )

    def __init__(self, query=None, **kwargs):
        data = None
        if query is not None and ("from" in query or "to" in query):
            data = {"month_from": query.get("from", ""), "month_to": query.get("to", "")}
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        default_from, default_to = default_months()
        start = _month_start(cleaned["month_from"]) if cleaned.get("month_from") else default_from
        end = _month_end(_month_start(cleaned["month_to"])) if cleaned.get("month_to") else default_to
        if start > end:
            raise ValidationError(_("The first month must not be after the last."))
        if (end.year - start.year) * 12 + end.month - start.month >= MOST_MONTHS:
            raise ValidationError(_("Choose at most %(months)s months.") % {"months": MOST_MONTHS})
        cleaned["date_from"], cleaned["date_to"] = start, end
        return cleaned

    def dates(self):
        """(date_from, date_to) chosen, or the last 12 months if nothing (or something wrong) was chosen."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["date_from"], self.cleaned_data["date_to"]
        return default_months()
