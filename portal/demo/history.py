"""About two years of synthetic pre-proceedings history per council, so the data screens have
something to show. Made by a seeded generator: the same every time, and nobody in it is real.

Every case is labelled synthetic (reference "SYN-…", family "Synthetic family …"), named to no
worker and closed, so a worker's home and case list are not filled with it. The periods still open
come from the demo's own families (`current_periods`), from the stages and dates they hold.
Proportions are plausible, not real figures: about a quarter of periods end in an application to
court, roughly as Masson, Dickens et al. found (Partnership by Law?, 2013;
../shared/PRE-PROCEEDINGS-DATA.md). Not for comparison with any council.
"""

import random
from datetime import datetime, time, timedelta

from django.utils import timezone

from portal.cases.models import Case, KeyDate, StageChange
from portal.preproceedings.models import DEFAULT_OUTCOME_CODES, Child, OutcomeCode, Period

PERIODS = 200
SEED = 2026
FIRST_NAMES = [
    "Alfie", "Amelia", "Ava", "Bella", "Charlie", "Daisy", "Elsie", "Evie", "Finley", "Freddie",
    "George", "Grace", "Harry", "Isla", "Jack", "Jacob", "Leo", "Lily", "Mia", "Noah",
    "Oliver", "Olivia", "Oscar", "Poppy", "Rosie", "Ruby", "Sophia", "Theo", "Willow", "Zain",
]  # fmt: skip


def history(*, authority, periods=PERIODS, seed=SEED):
    """Add `periods` synthetic periods (each a child of a case; some cases have two children) to
    `authority`, unless its synthetic history is already there."""
    prefix = f"SYN-{authority.pk}-"
    if Case.objects.filter(authority=authority, reference__startswith=prefix).exists():
        return
    codes = outcome_codes(authority)
    rng = random.Random(f"{seed}-{authority.pk}")  # noqa: S311 (synthetic data, not security)
    today = timezone.localdate()
    made = 0
    while made < periods:
        number = made + 1
        start = today - timedelta(days=rng.randint(150, 730))
        siblings = 2 if rng.random() < 0.25 and made + 2 <= periods else 1
        period = period_values(rng, start, today, codes)
        case = Case.objects.create(
            authority=authority,
            reference=f"{prefix}{number:04d}",
            family_name=f"Synthetic family {number}",
            children_first_names=" and ".join(rng.sample(FIRST_NAMES, siblings)),
            stage=period.pop("stage"),
            closed_at=period.pop("closed_at"),
        )
        StageChange.objects.create(case=case, stage=case.stage, changed_at=_moment(start), note="Synthetic.")
        KeyDate.objects.bulk_create(
            KeyDate(case=case, kind=KeyDate.Kind.REVIEW, title="Review meeting", starts_at=_moment(day))
            for day in period.pop("reviews")
        )
        for index, first_name in enumerate(case.children_first_names.split(" and ")):
            born = start - timedelta(days=rng.randint(-90, 16 * 365))
            child = Child.objects.create(
                case=case,
                first_name=first_name,
                council_child_id=f"SYN{authority.pk}{number:04d}{index}",
                unborn=born > start,
                birth_year=None if born > start else born.year,
                birth_month=None if born > start else born.month,
            )
            Period.objects.create(child=child, **period)
            made += 1


def outcome_codes(authority):
    for code, label, issues in DEFAULT_OUTCOME_CODES:
        OutcomeCode.objects.get_or_create(
            authority=authority, code=code, defaults={"label": label, "issues_proceedings": issues}
        )
    return {code.code: code for code in OutcomeCode.objects.filter(authority=authority)}


def period_values(rng, start, today, codes):
    """One plausible closed period from `start`: the Period fields, plus "stage", "closed_at" and "reviews"
    for the case around it."""
    letter = start + timedelta(days=rng.randint(0, 7))
    offer = rng.choices(["offered", "not_offered", "not_best_interests"], weights=[80, 10, 10])[0]
    first_meeting = letter + timedelta(days=rng.randint(7, 28))
    values = {
        "decision_date": start,
        "decision_forum": rng.choice(["legal_planning", "legal_gateway"]),
        "letter_sent_date": letter,
        "fgdm_offer": offer,
        "fgdm_held": ("yes" if rng.random() < 0.6 else "no") if offer == "offered" else "no",
        "first_meeting_date": first_meeting if first_meeting <= today else None,
        "parents_represented": rng.choices(["yes", "no", "unknown"], weights=[85, 10, 5])[0],
    }
    if offer == "not_best_interests":
        values |= {
            "fgdm_not_offered_by": "Head of service (synthetic)",
            "fgdm_not_offered_on": start,
            "fgdm_not_offered_reason": "Synthetic record.",
        }
    decision = min(start + timedelta(weeks=rng.randint(10, 26)), today - timedelta(days=7))
    reviews = [first_meeting + timedelta(weeks=6 * n) for n in range(1, 4)]
    values["reviews"] = [day for day in reviews if day < decision]
    code = rng.choices(["A", "B", "C"], weights=[60, 28, 12])[0]
    values |= {"step_decision_date": decision, "outcome": codes[code]}
    if code == "B":
        application = decision + timedelta(days=rng.randint(1, 14))
        values |= {
            "proceedings_letter_date": decision + timedelta(days=rng.randint(0, 3)),
            "court_application_date": application,
            # The court's part is not modelled: the case ends with an order, 40 weeks on or today.
            "stage": "order_made",
            "closed_at": _moment(min(application + timedelta(weeks=40), today)),
        }
        return values
    return values | {"stage": "stepped_down", "closed_at": _moment(decision)}


def _moment(day):
    return timezone.make_aware(datetime.combine(day, time(10)))


def current_periods(*, authority):
    """A child record and an open period for each open demo case in pre-proceedings or court, from the
    dates its stages and key dates already hold, as a worker would confirm them."""
    codes = outcome_codes(authority)
    cases = Case.objects.filter(authority=authority, closed_at=None, children__isnull=True).exclude(
        reference__startswith="SYN-"
    )
    for case in cases.prefetch_related("stage_changes"):
        first = {}
        for change in sorted(case.stage_changes.all(), key=lambda c: c.changed_at):
            first.setdefault(change.stage, timezone.localdate(change.changed_at))
        start = first.get("letter_sent") or first.get("pre_proceedings_meeting") or first.get("assessments")
        if start is None:
            continue
        values = {
            "decision_date": start - timedelta(days=5),
            "decision_forum": "legal_planning",
            "letter_sent_date": start,
            "fgdm_offer": "offered",
            "first_meeting_date": first.get("pre_proceedings_meeting"),
            "parents_represented": "yes" if first.get("pre_proceedings_meeting") else "",
        }
        issued = first.get("proceedings_issued")
        if issued is not None:
            values |= {
                "step_decision_date": issued - timedelta(days=7),
                "outcome": codes["B"],
                "court_application_date": issued - timedelta(days=2),
                "proceedings_letter_date": issued - timedelta(days=6),
            }
        for index, name in enumerate(filter(None, case.children_first_names.replace(",", " and ").split(" and "))):
            child = Child.objects.create(
                case=case, first_name=name.strip(), council_child_id=f"DEMO{case.pk:04d}{index}", birth_year=2018
            )
            Period.objects.create(child=child, **values)
