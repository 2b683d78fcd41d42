"""Reads for pre-proceedings data, always within a case the view already fetched in the worker's scope.

The case comes from portal.cases.selectors.case_get_for_worker_by_pk (another council's case is
404 there). A child or period is then looked up *within that case*, and again within the worker's
cases, so an id from another case or council is 404 too, never someone else's record.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from portal.cases.models import KeyDate
from portal.cases.selectors import cases_for_worker

from . import rules
from .models import CENSUS_FIELDS, Child, OutcomeCode, Period

# Key dates whose title says they are the pre-proceedings meeting ("PPM", "PLO meeting", ...).
FIRST_MEETING_TITLE = re.compile(r"pre[\s-]*proceedings\s+meeting|\bppm\b|\bplo\s+meeting", re.IGNORECASE)
PERIOD_VALUE_FIELDS = [
    "decision_date",
    "decision_forum",
    "letter_sent_date",
    "fgdm_offer",
    "fgdm_not_offered_by",
    "fgdm_not_offered_on",
    "fgdm_not_offered_reason",
    "fgdm_held",
    "first_meeting_date",
    "parents_represented",
    "step_decision_date",
    "outcome",
    "court_application_date",
    "proceedings_letter_date",
]


def children_for_case(*, case):
    return list(Child.objects.filter(case=case))


def child_get_for_case(*, user, case, child_id):
    try:
        return Child.objects.select_related("case").get(pk=child_id, case=case, case__in=cases_for_worker(user=user))
    except Child.DoesNotExist as exc:
        raise Http404 from exc


def period_get_for_child(*, user, child, period_id):
    try:
        return Period.objects.select_related("outcome").get(
            pk=period_id, child=child, child__case__in=cases_for_worker(user=user)
        )
    except Period.DoesNotExist as exc:
        raise Http404 from exc


def outcome_codes_for_authority(*, authority):
    return OutcomeCode.objects.filter(authority=authority).order_by("code")


def period_values(period):
    """A period's values as rules.period_problems reads them (the outcome as its object)."""
    return {name: getattr(period, name) for name in PERIOD_VALUE_FIELDS}


def period_missing_fields(period):
    """Census items of a period still to record: blank with no reason given, plus any rule the
    period breaks today. Items that cannot apply are not counted: the court dates after a decision
    not to issue, and "meeting held" when none was offered."""
    values = period_values(period)
    reasons = {name: (text or "").strip() for name, text in (period.blank_reasons or {}).items()}
    not_applicable = set()
    if period.outcome_id and not period.outcome.issues_proceedings:
        not_applicable |= {"court_application_date", "proceedings_letter_date"}
    if values["fgdm_offer"] in ("not_offered", rules.NOT_BEST_INTERESTS):
        not_applicable.add("fgdm_held")
    missing = {
        name
        for name in CENSUS_FIELDS.values()
        if name not in not_applicable and values.get(name) in (None, "") and not reasons.get(name)
    }
    problems = rules.period_problems(values, blank_reasons=reasons, today=timezone.localdate())
    return missing | {problem.field for problem in problems}


def children_for_workspace(*, case):
    """The case's children, each with its periods and how many census items each still misses.
    Three queries however many children and periods (children, periods, outcome codes)."""
    periods = Period.objects.select_related("outcome").order_by("decision_date", "pk")
    children = Child.objects.filter(case=case).prefetch_related(Prefetch("periods", queryset=periods))
    return [
        {
            "child": child,
            "periods": [
                {"period": period, "missing": len(period_missing_fields(period))} for period in child.periods.all()
            ],
        }
        for child in children
    ]


@dataclass(frozen=True)
class KnownDate:
    """A date the case already holds, and where it comes from, in words for the hint."""

    day: date
    source: str

    @property
    def hint(self):
        return gettext("From the case: %(source)s — check it.") % {"source": self.source}


@dataclass(frozen=True)
class KnownDates:
    fields: dict = field(default_factory=dict)  # Period field name -> KnownDate
    review_days: list = field(default_factory=list)  # local days of review-meeting key dates, in order

    def review_meetings_count(self, *, first_meeting_date, until):
        return rules.review_meetings_count(self.review_days, first_meeting_date=first_meeting_date, until=until)


def _day_text(day):
    return date_format(day, "j M Y")


def known_dates(case, *, stage_changes=None, key_dates=None):
    """Dates the case already holds that a period asks for, so the worker confirms rather than types:
    - letter sent: the first change to the "letter_sent" stage;
    - first meeting: the earliest key date, on or before today, titled like a pre-proceedings meeting,
      else the first change to the "pre_proceedings_meeting" stage (a meeting's own date is closer to
      the truth than the day the stage was changed);
    - court application: the first change to "proceedings_issued";
    - review meetings: the days of review-meeting key dates, for ReviewMeetingsCount.
    Pass the case's stage changes and key dates if they are already loaded, to save two queries."""
    changes = list(case.stage_changes.all() if stage_changes is None else stage_changes)
    dates = list(case.key_dates.all() if key_dates is None else key_dates)
    today = timezone.localdate()

    def first_stage_day(stage):
        moments = [change.changed_at for change in changes if change.stage == stage]
        return timezone.localdate(min(moments)) if moments else None

    found = {}
    if day := first_stage_day("letter_sent"):
        found["letter_sent_date"] = KnownDate(
            day, gettext("letter sent stage recorded %(date)s") % {"date": _day_text(day)}
        )
    meetings = sorted(
        (timezone.localdate(d.starts_at), d.title)
        for d in dates
        if FIRST_MEETING_TITLE.search(d.title) and timezone.localdate(d.starts_at) <= today
    )
    if meetings:
        day, title = meetings[0]
        found["first_meeting_date"] = KnownDate(
            day, gettext("key date “%(title)s” on %(date)s") % {"title": title, "date": _day_text(day)}
        )
    elif day := first_stage_day("pre_proceedings_meeting"):
        found["first_meeting_date"] = KnownDate(
            day, gettext("pre-proceedings meeting stage recorded %(date)s") % {"date": _day_text(day)}
        )
    if day := first_stage_day("proceedings_issued"):
        found["court_application_date"] = KnownDate(
            day, gettext("proceedings issued stage recorded %(date)s") % {"date": _day_text(day)}
        )
    review_days = sorted(timezone.localdate(d.starts_at) for d in dates if d.kind == KeyDate.Kind.REVIEW)
    return KnownDates(fields=found, review_days=review_days)


def child_has_periods(*, child):
    return child.periods.exists()
