"""Is the council's census return ready? Every missing or inconsistent item, per child, and who can fix it.

The report stays inside the council: it names the child (first name) beside the council's identifier
so that a worker knows whom it is about. The census XML (census.py) never does.

It checks, for every period in the collection year (census.census_periods), and for every period with
no start date that has not been decided before the year began (it cannot be placed in a year until
it has one):

- every rule of rules.period_problems: dates in order, no date in the future, an FGDM answer once the
  letter is sent, an outcome once the decision is made and the other way round, who/when/why when the
  meeting was not in the child's best interests, a court application only with an outcome that issues;
- PPStartDate: present, and within the collection year (the specification's validation; a period
  carried over from the year before is listed so the council can decide how to return it);
- LBPSentDate: present once the period has run two weeks (to its decision, or to today);
- FGDMMeetingFac: present once the period is decided, if a meeting was offered;
- InitialPPMeetingDate: present once the period is decided, if the letter was sent;
- CourtAppDate and LetterInitCPDate: present when the outcome is to issue proceedings;
- LAchildID: present, since it is the return's key for the child.

A reason recorded for a blank field (Period.blank_reasons; the first collection year allows it)
removes every "missing" item for that field. Inconsistencies (dates out of order) stay.
Who can fix it: the case's named workers; a case with none needs an LA admin to name one.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.accounts.models import User

from .census import census_periods, collection_year_bounds
from .models import CENSUS_FIELDS, Period
from .rules import period_problems

CENSUS_ITEM = {field_name: item for item, field_name in CENSUS_FIELDS.items()}
VALUE_FIELDS = [
    *CENSUS_FIELDS.values(),
    "fgdm_not_offered_by",
    "fgdm_not_offered_on",
    "fgdm_not_offered_reason",
]
LETTER_DUE_AFTER = timedelta(weeks=2)


@dataclass(frozen=True)
class ReadinessProblem:
    council_child_id: str
    first_name: str
    period_started: object  # the period's start date (or None), to tell a child's periods apart
    field: str  # the Period field (or "council_child_id")
    census_item: str  # the census item it feeds, or ""
    field_label: str  # the field in plain words
    message: str
    fixers: tuple  # names of the case's workers
    workspace_url: str


@dataclass
class ChildReadiness:
    council_child_id: str
    first_name: str
    workspace_url: str
    fixers: tuple
    periods: int = 0
    problems: list = field(default_factory=list)

    @property
    def ready(self):
        return not self.problems


@dataclass
class ReadinessReport:
    year: int
    children: list

    @property
    def ready(self):
        return [child for child in self.children if child.ready]

    @property
    def not_ready(self):
        return [child for child in self.children if not child.ready]

    @property
    def problems(self):
        return [problem for child in self.children for problem in child.problems]


def _label(field_name):
    if field_name == "council_child_id":
        return _("Council's child identifier")
    return str(Period._meta.get_field(field_name).verbose_name).capitalize()


def _values(period):
    values = {name: getattr(period, name) for name in VALUE_FIELDS}
    values["outcome"] = period.outcome if period.outcome_id else None
    return values


def census_expectations(period, *, year, today):
    """(field, message) for what a return expects of this period beyond rules.period_problems."""
    start, end = collection_year_bounds(year)
    expected = []
    decided = period.step_decision_date
    if not period.decision_date:
        expected.append(("decision_date", _("Give the date of the decision to start pre-proceedings.")))
    elif period.decision_date < start:
        expected.append(
            (
                "decision_date",
                _("Pre-proceedings started before this collection year: check how the census wants it returned."),
            )
        )
    ran = (decided or today) - period.decision_date if period.decision_date else None
    if ran is not None and ran >= LETTER_DUE_AFTER and not period.letter_sent_date:
        expected.append(("letter_sent_date", _("Give the date the letter before proceedings was sent.")))
    if decided and period.fgdm_offer == "offered" and not period.fgdm_held:
        expected.append(("fgdm_held", _("Say whether the family group decision-making meeting was held.")))
    if decided and period.letter_sent_date and not period.first_meeting_date:
        expected.append(("first_meeting_date", _("Give the date of the first pre-proceedings meeting.")))
    if period.outcome_id and period.outcome.issues_proceedings:
        if not period.court_application_date:
            expected.append(("court_application_date", _("Give the date the court application was made.")))
        if not period.proceedings_letter_date:
            expected.append(
                (
                    "proceedings_letter_date",
                    _("Give the date of the letter telling the parents proceedings are starting."),
                )
            )
    return expected


def _period_problems(period, *, year, today):
    reasons = {name: (reason or "").strip() for name, reason in (period.blank_reasons or {}).items()}
    found = [
        (problem.field, problem.message)
        for problem in period_problems(_values(period), blank_reasons=reasons, today=today)
    ]
    for field_name, message in census_expectations(period, year=year, today=today):
        if not reasons.get(field_name) and (field_name, message) not in found:
            found.append((field_name, message))
    if not period.child.council_child_id.strip():
        found.append(("council_child_id", _("Give the child's identifier in the council's case system.")))
    seen = set()
    return [item for item in found if not (item in seen or seen.add(item))]


def _undated_periods(*, authority, year):
    start, _end = collection_year_bounds(year)
    return Period.objects.filter(child__case__authority=authority, decision_date__isnull=True).filter(
        Q(step_decision_date__isnull=True) | Q(step_decision_date__gte=start)
    )


def readiness_report(*, authority, year, today=None):
    """Every child with a period in (or possibly in) the collection year, ready or not, with each problem."""
    today = today or timezone.localdate()
    workers = Prefetch("child__case__workers", queryset=User.objects.only("first_name", "last_name", "email"))
    periods = list(census_periods(authority=authority, year=year).prefetch_related(workers))
    periods += list(
        _undated_periods(authority=authority, year=year)
        .select_related("child__case", "outcome")
        .prefetch_related(workers)
    )
    children = {}
    for period in periods:
        child, case = period.child, period.child.case
        entry = children.get(child.pk)
        if entry is None:
            fixers = tuple(worker.get_full_name() or worker.email for worker in case.workers.all())
            entry = children[child.pk] = ChildReadiness(
                council_child_id=child.council_child_id,
                first_name=child.first_name,
                workspace_url=reverse("cases:workspace", args=[case.pk]),
                fixers=fixers or (_("No named worker: an LA admin should name one for the case"),),
            )
        entry.periods += 1
        for field_name, message in _period_problems(period, year=year, today=today):
            entry.problems.append(
                ReadinessProblem(
                    council_child_id=entry.council_child_id,
                    first_name=entry.first_name,
                    period_started=period.decision_date,
                    field=field_name,
                    census_item=CENSUS_ITEM.get(field_name, "LAchildID" if field_name == "council_child_id" else ""),
                    field_label=_label(field_name),
                    message=str(message),
                    fixers=entry.fixers,
                    workspace_url=entry.workspace_url,
                )
            )
    ordered = sorted(children.values(), key=lambda entry: (entry.ready, entry.council_child_id, entry.first_name))
    return ReadinessReport(year=year, children=ordered)
