"""The council's pre-proceedings figures, for its LA admins and its read-only data role, and the same
figures council by council for a family justice area (area.py).

One function per measure, each `(authority, date_from, date_to)` -> Measure (counting.py). They count;
they never return a case, a child or a name, so the screens built on them cannot show one.
"""

from .counting import Measure, months_between
from .court_family import court_finished, court_open, family_response_times, family_sign_in, page_feedback
from .periods import fgdm_rates, median_weeks, open_periods, outcomes, parents_represented, periods_started

MEASURES = {
    function.__name__: function
    for function in (
        periods_started,
        open_periods,
        outcomes,
        median_weeks,
        fgdm_rates,
        parents_represented,
        court_open,
        court_finished,
        family_sign_in,
        family_response_times,
        page_feedback,
    )
}

__all__ = ["MEASURES", "Measure", "insight_measure", "insight_measures", "months_between", *MEASURES]


def insight_measures(*, authority, date_from, date_to):
    return [function(authority, date_from, date_to) for function in MEASURES.values()]


def insight_measure(*, authority, key, date_from, date_to):
    """One measure by key; None for an unknown key."""
    function = MEASURES.get(key)
    return function(authority, date_from, date_to) if function else None
