"""Children, periods and outcome codes written through portal/preproceedings/services.py, and the
dates a case already holds (selectors.known_dates)."""

from datetime import date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.cases.services import case_stage_change, key_date_save
from portal.preproceedings.models import Child, OutcomeCode, Period
from portal.preproceedings.selectors import known_dates, period_missing_fields
from portal.preproceedings.services import child_delete, child_save, outcome_codes_ensure, period_save

from .milestone_builders import TODAY, make_case, make_child, make_worker, outcome

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(authority_a):
    return make_worker(authority=authority_a, email="worker.a@la-a.example", first_name="Wendy")


@pytest.fixture
def case(authority_a, worker):
    return make_case(authority=authority_a, worker=worker)


@pytest.fixture
def child(case, worker):
    return make_child(case=case, worker=worker)


def test_a_child_is_saved_and_audited(case, worker):
    child = child_save(
        case=case, saved_by=worker, first_name=" Ava ", council_child_id="C-1", birth_year=2019, birth_month=4
    )
    assert (child.first_name, child.birth_year, child.birth_month, child.unborn) == ("Ava", 2019, 4, False)
    assert AccessLogEntry.objects.filter(action="child_save", actor=worker, object_id=str(child.pk)).exists()


def test_an_unborn_child_has_no_birth_date_and_a_born_child_needs_one(case, worker):
    unborn = child_save(
        case=case, saved_by=worker, first_name="Baby", council_child_id="C-2", unborn=True, birth_year=2026
    )
    assert (unborn.birth_year, unborn.birth_month) == (None, None)
    with pytest.raises(ValidationError) as refused:
        child_save(case=case, saved_by=worker, first_name="Leo", council_child_id="C-3", birth_month=5)
    assert "birth_year" in refused.value.message_dict
    assert not Child.objects.filter(council_child_id="C-3").exists()


def test_two_children_of_a_case_cannot_share_an_identifier(case, worker, child):
    with pytest.raises(ValidationError) as refused:
        make_child(case=case, worker=worker, first_name="Leo", council_child_id=child.council_child_id)
    assert refused.value.message_dict["council_child_id"] == ["Another child in this case already has this identifier."]


def test_deleting_a_child_with_periods_needs_confirming_and_takes_them(case, worker, child):
    period_save(child=child, saved_by=worker, decision_date=date(2026, 6, 1), today=TODAY)
    with pytest.raises(ValidationError):
        child_delete(child=child, deleted_by=worker)
    assert Period.objects.filter(child=child).count() == 1
    child_delete(child=child, deleted_by=worker, with_periods=True)
    assert not Child.objects.filter(pk=child.pk).exists()
    assert not Period.objects.exists()


def test_a_complete_period_is_saved_and_audited(authority_a, child, worker):
    period = period_save(
        child=child,
        saved_by=worker,
        today=TODAY,
        decision_date=date(2026, 6, 1),
        decision_forum="legal_gateway",
        letter_sent_date=date(2026, 6, 3),
        fgdm_offer="offered",
        fgdm_held="yes",
        first_meeting_date=date(2026, 6, 20),
        parents_represented="yes",
        step_decision_date=date(2026, 10, 1),
        outcome=outcome(authority_a, "B"),
        court_application_date=date(2026, 10, 8),
        proceedings_letter_date=date(2026, 10, 2),
    )
    assert period.created_by == worker
    assert period_missing_fields(period) == set()
    assert AccessLogEntry.objects.filter(action="period_save", object_id=str(period.pk)).exists()


START = {"decision_date": date(2026, 6, 5)}


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        (
            {**START, "letter_sent_date": date(2026, 6, 1), "fgdm_offer": "offered"},
            "letter_sent_date",
            "The letter cannot be sent before the decision to start pre-proceedings. Check both dates.",
        ),
        (
            {**START, "letter_sent_date": date(2026, 6, 8)},
            "fgdm_offer",
            "Say whether a family group decision-making meeting was offered in the letter, or why this is blank.",
        ),
        (
            {"first_meeting_date": TODAY + timedelta(days=3)},
            "first_meeting_date",
            "This date is in the future. Record it once it has happened.",
        ),
        (
            {**START, "fgdm_offer": "not_best_interests", "fgdm_not_offered_by": "Head of service"},
            "fgdm_not_offered_reason",
            "Say why the meeting is not in the child's best interests.",
        ),
        (
            {**START, "fgdm_offer": "not_offered", "fgdm_held": "yes"},
            "fgdm_held",
            "The meeting cannot have been held if it was not offered. Check both answers.",
        ),
        (
            {**START, "step_decision_date": date(2026, 9, 1)},
            "outcome",
            "Choose the outcome of the decision, or say why this is blank.",
        ),
    ],
)
def test_each_census_rule_refuses_the_save_with_its_plain_message(child, worker, values, field, message):
    with pytest.raises(ValidationError) as refused:
        period_save(child=child, saved_by=worker, today=TODAY, **values)
    assert message in refused.value.message_dict[field]
    assert not Period.objects.exists()
    assert not AccessLogEntry.objects.filter(action="period_save").exists()


def test_a_court_application_after_a_step_down_is_refused(authority_a, child, worker):
    with pytest.raises(ValidationError) as refused:
        period_save(
            child=child,
            saved_by=worker,
            today=TODAY,
            decision_date=date(2026, 6, 1),
            step_decision_date=date(2026, 9, 1),
            outcome=outcome(authority_a, "A"),
            court_application_date=date(2026, 9, 5),
        )
    assert refused.value.message_dict["court_application_date"] == [
        "A court application is recorded, but the outcome is not to issue proceedings."
    ]


def test_a_refused_change_leaves_the_saved_period_as_it_was(child, worker):
    period = period_save(child=child, saved_by=worker, today=TODAY, decision_date=date(2026, 6, 1))
    with pytest.raises(ValidationError):
        period_save(child=child, saved_by=worker, period=period, today=TODAY, letter_sent_date=date(2026, 5, 1))
    period.refresh_from_db()
    assert period.letter_sent_date is None


def test_a_blank_with_a_reason_is_accepted_and_the_reason_kept(child, worker):
    period = period_save(
        child=child,
        saved_by=worker,
        today=TODAY,
        blank_reasons={"fgdm_offer": " Letter sent before the duty began ", "decision_date": "ignored: it is filled"},
        decision_date=date(2026, 6, 1),
        letter_sent_date=date(2026, 6, 3),
    )
    assert period.blank_reasons == {"fgdm_offer": "Letter sent before the duty began"}
    assert "fgdm_offer" not in period_missing_fields(period)


def test_who_when_and_why_are_cleared_when_the_meeting_was_offered_after_all(child, worker):
    reasons = {
        "fgdm_not_offered_by": "Head of service",
        "fgdm_not_offered_on": date(2026, 6, 2),
        "fgdm_not_offered_reason": "Risk from a relative.",
    }
    period = period_save(child=child, saved_by=worker, today=TODAY, fgdm_offer="not_best_interests", **reasons)
    assert period.fgdm_not_offered_by == "Head of service"
    period = period_save(child=child, saved_by=worker, period=period, today=TODAY, fgdm_offer="offered", **reasons)
    assert (period.fgdm_not_offered_by, period.fgdm_not_offered_on, period.fgdm_not_offered_reason) == ("", None, "")


def test_another_councils_outcome_is_refused(authority_b, child, worker):
    with pytest.raises(ValidationError) as refused:
        period_save(
            child=child,
            saved_by=worker,
            today=TODAY,
            decision_date=date(2026, 6, 1),
            step_decision_date=date(2026, 9, 1),
            outcome=outcome(authority_b, "A"),
        )
    assert "outcome" in refused.value.message_dict


def test_outcome_codes_are_ensured_once_and_corrections_kept(authority_a, authority_b):
    assert [code.code for code in outcome_codes_ensure(authority=authority_a)] == ["A", "B", "C"]
    OutcomeCode.objects.filter(authority=authority_a, code="C").update(label="Corrected by the council")
    assert outcome_codes_ensure(authority=authority_a) == []
    assert OutcomeCode.objects.filter(authority=authority_a).count() == 3
    assert OutcomeCode.objects.get(authority=authority_a, code="C").label == "Corrected by the council"
    assert OutcomeCode.objects.get(authority=authority_a, code="B").issues_proceedings
    outcome_codes_ensure(authority=authority_b)
    assert OutcomeCode.objects.filter(authority=authority_b).count() == 3


def _at(day, hour=10):
    return timezone.make_aware(datetime.combine(day, datetime.min.time()) + timedelta(hours=hour))


def test_known_dates_come_from_stage_changes_and_key_dates(case, worker):
    today = timezone.localdate()
    letter_day = timezone.localdate(case.stage_changes.get().changed_at)  # created at "letter_sent"
    meeting_day, review_days = today - timedelta(days=20), [today - timedelta(days=10), today - timedelta(days=3)]
    key_date_save(
        case=case, saved_by=worker, kind="meeting", title="Pre-proceedings meeting", starts_at=_at(meeting_day)
    )
    key_date_save(
        case=case, saved_by=worker, kind="meeting", title="PPM review", starts_at=_at(today + timedelta(days=9))
    )
    for day in review_days:
        key_date_save(case=case, saved_by=worker, kind="review", title="Review", starts_at=_at(day))
    case_stage_change(case=case, stage="proceedings_issued", note="The court has the application.", changed_by=worker)

    known = known_dates(case)
    assert known.fields["letter_sent_date"].day == letter_day
    assert known.fields["first_meeting_date"].day == meeting_day  # the future "PPM review" is not it
    assert "Pre-proceedings meeting" in known.fields["first_meeting_date"].hint
    assert known.fields["court_application_date"].day == today
    assert known.fields["letter_sent_date"].hint.startswith("From the case: letter sent stage recorded")
    assert known.review_days == review_days
    assert known.review_meetings_count(first_meeting_date=meeting_day, until=today) == 2
