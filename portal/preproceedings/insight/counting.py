"""What every measure shares: the Measure itself, months, moments, medians and percentages.

Measures count; they never return a case, a child or a name. Each runs a fixed number of queries
however many periods the council has: counts are made by the database, and medians (SQLite has none)
are worked out here over one list of numbers fetched in a single query.

`date_from` and `date_to` are dates, both included (the screens pass the first day of the first month
and the last day of the last). A measure "as of" a moment uses the end of the window, or today if
that is sooner.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from statistics import median

from django.db.models.functions import TruncMonth
from django.utils import timezone

from ..models import Period

COURT_WEEKS = 26  # the statutory aim for care proceedings (Children and Families Act 2014)


@dataclass(frozen=True)
class Measure:
    key: str
    title: str
    how_counted: str
    columns: list
    rows: list
    # Indexes of the numeric columns the chart draws (one bar per row and column).
    chart_columns: tuple = field(default=(1,))
    # Indexes of the columns that are counts of periods, cases or people: the ones that add up across
    # councils, and the ones the area view suppresses (area.py).
    count_columns: tuple = field(default=(1,))
    # {column index of a median: column index of the count it is the median of}: the area view shows
    # a median only where its count is shown and is more than 5.
    median_columns: dict = field(default_factory=dict)


def months_between(date_from, date_to):
    """The first day of each month from date_from's to date_to's."""
    months, month = [], date(date_from.year, date_from.month, 1)
    while month <= date_to:
        months.append(month)
        month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return months


def month_label(value):
    return value.strftime("%Y-%m")


def moment(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def window_moments(date_from, date_to):
    """Aware datetimes bounding the window: [start of date_from, start of the day after date_to)."""
    return moment(date_from), moment(date_to + timedelta(days=1))


def as_of(date_to):
    return min(date_to, timezone.localdate())


def percent(part, whole):
    return round(100 * part / whole, 1) if whole else 0


def weeks(days):
    return round(days / 7, 1)


def median_of(values, digits=1):
    """The middle value, rounded; 0 when there are none (the count beside it says so)."""
    return round(median(values), digits) if values else 0


def by_month(queryset, date_field, date_from, date_to, counts):
    """[(month label, {name: count})] for each month of the window (months with nothing are empty)."""
    found = {
        month_label(row["month"]): row
        for row in queryset.annotate(month=TruncMonth(date_field)).values("month").annotate(**counts).order_by()
    }
    return [(month_label(month), found.get(month_label(month), {})) for month in months_between(date_from, date_to)]


def periods_of(authority):
    return Period.objects.filter(child__case__authority=authority)
