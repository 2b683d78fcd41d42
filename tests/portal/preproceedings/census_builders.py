"""Builders for the census tests: children, periods and review meetings made with the ORM directly
(the models are the census's; the workers' services are tested on their own)."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from portal.cases.models import KeyDate
from portal.demo import builders
from portal.preproceedings.models import Child, OutcomeCode, Period
from portal.preproceedings.services import outcome_codes_ensure

LONDON = ZoneInfo("Europe/London")


def council_case(*, authority, reference, worker_email, worker_first_name="Wendy"):
    worker = builders.staff_get_or_build(
        authority=authority, email=worker_email, role="worker", first_name=worker_first_name, last_name="Worker"
    )
    case = builders.case_get_or_build(
        authority=authority, reference=reference, family_name=f"The {reference} family", worker=worker
    )
    return case, worker


def child_add(*, case, first_name, council_child_id):
    return Child.objects.create(case=case, first_name=first_name, council_child_id=council_child_id)


def outcome(authority, code):
    outcome_codes_ensure(authority=authority)
    return OutcomeCode.objects.get(authority=authority, code=code)


def period_add(*, child, **fields):
    return Period.objects.create(child=child, **fields)


def review_add(*, case, day):
    return KeyDate.objects.create(
        case=case, kind=KeyDate.Kind.REVIEW, title="Review meeting", starts_at=datetime.combine(day, time(10), LONDON)
    )
