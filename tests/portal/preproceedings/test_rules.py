"""The census's rules for a pre-proceedings period, as pure checks (portal/preproceedings/rules.py)."""

from datetime import date
from types import SimpleNamespace

from portal.preproceedings.rules import period_problems, review_meetings_count

TODAY = date(2026, 12, 7)
ISSUE = SimpleNamespace(issues_proceedings=True)
STEP_DOWN = SimpleNamespace(issues_proceedings=False)


def fields(values, **kwargs):
    return {problem.field for problem in period_problems(values, today=TODAY, **kwargs)}


def test_a_complete_period_in_order_breaks_no_rule():
    values = {
        "decision_date": date(2026, 6, 1),
        "letter_sent_date": date(2026, 6, 3),
        "fgdm_offer": "offered",
        "fgdm_held": "yes",
        "first_meeting_date": date(2026, 6, 20),
        "step_decision_date": date(2026, 10, 1),
        "outcome": ISSUE,
        "court_application_date": date(2026, 10, 8),
        "proceedings_letter_date": date(2026, 10, 2),
    }
    assert period_problems(values, today=TODAY) == []


def test_dates_out_of_order_are_refused_on_the_later_field():
    assert fields(
        {"decision_date": date(2026, 6, 5), "letter_sent_date": date(2026, 6, 1), "fgdm_offer": "offered"}
    ) == {"letter_sent_date"}
    assert "court_application_date" in fields(
        {
            "decision_date": date(2026, 6, 1),
            "step_decision_date": date(2026, 9, 1),
            "outcome": ISSUE,
            "court_application_date": date(2026, 8, 1),
        }
    )
    assert fields({"first_meeting_date": date(2027, 1, 1), "decision_date": date(2026, 6, 1)}) == {
        "first_meeting_date"
    }  # in the future


def test_the_fgdm_offer_is_expected_once_the_letter_is_sent_unless_a_reason_is_given():
    values = {"decision_date": date(2026, 6, 1), "letter_sent_date": date(2026, 6, 3)}
    assert fields(values) == {"fgdm_offer"}
    assert fields(values, blank_reasons={"fgdm_offer": "Letter sent before the duty began"}) == set()
    assert fields(values, blank_reasons={"fgdm_offer": "   "}) == {"fgdm_offer"}


def test_not_offering_the_meeting_needs_who_when_and_why():
    values = {"fgdm_offer": "not_best_interests"}
    assert fields(values) == {"fgdm_not_offered_by", "fgdm_not_offered_on", "fgdm_not_offered_reason"}
    values |= {"fgdm_not_offered_by": "Head of service", "fgdm_not_offered_on": date(2026, 6, 2)}
    values |= {"fgdm_not_offered_reason": "Risk of harm from a relative."}
    assert fields(values) == set()
    assert fields(values | {"fgdm_held": "yes"}) == {"fgdm_held"}


def test_an_outcome_and_its_date_go_together_and_a_step_down_has_no_court_application():
    assert fields({"step_decision_date": date(2026, 9, 1)}) == {"outcome"}
    assert fields({"outcome": STEP_DOWN}) == {"step_decision_date"}
    values = {"step_decision_date": date(2026, 9, 1), "outcome": STEP_DOWN, "court_application_date": date(2026, 9, 2)}
    assert fields(values) == {"court_application_date"}


def test_review_meetings_are_counted_after_the_first_meeting_up_to_the_decision():
    reviews = [date(2026, 6, 20), date(2026, 7, 20), date(2026, 8, 20), date(2026, 11, 1)]
    assert review_meetings_count(reviews, first_meeting_date=date(2026, 6, 20), until=date(2026, 10, 1)) == 2
    assert review_meetings_count(reviews, first_meeting_date=None, until=TODAY) == 0
