"""The census readiness report (portal/preproceedings/readiness.py): each missing or inconsistent item
per child, in plain words, with who can fix it and where."""

from datetime import date

import pytest
from django.urls import reverse

from portal.preproceedings.readiness import readiness_report

from .census_builders import child_add, council_case, outcome, period_add

pytestmark = pytest.mark.django_db
TODAY = date(2026, 12, 7)


@pytest.fixture
def case_a(authority_a):
    case, _ = council_case(authority=authority_a, reference="A1", worker_email="wa@la-a.example")
    return case


def report(authority, year=2026):
    return readiness_report(authority=authority, year=year, today=TODAY)


def problems_by_child(authority):
    return {
        child.council_child_id: {(problem.census_item or problem.field) for problem in child.problems}
        for child in report(authority).children
    }


def test_a_complete_period_is_ready(authority_a, case_a):
    child = child_add(case=case_a, first_name="Ava", council_child_id="ASH-1")
    period_add(
        child=child,
        decision_date=date(2026, 5, 1),
        letter_sent_date=date(2026, 5, 6),
        fgdm_offer="offered",
        fgdm_held="no",
        first_meeting_date=date(2026, 5, 20),
        step_decision_date=date(2026, 9, 1),
        outcome=outcome(authority_a, "A"),
    )
    result = report(authority_a)
    assert [entry.council_child_id for entry in result.ready] == ["ASH-1"]
    assert result.not_ready == []


def test_each_missing_item_is_listed_with_its_child_worker_and_case(authority_a, case_a):
    child = child_add(case=case_a, first_name="Leo", council_child_id="ASH-2")
    period_add(child=child, decision_date=date(2026, 5, 1), step_decision_date=date(2026, 9, 1))
    result = report(authority_a)
    assert result.ready == []
    (entry,) = result.not_ready
    assert {problem.census_item for problem in entry.problems} == {"LBPSentDate", "PPOutcome"}
    problem = entry.problems[0]
    assert problem.council_child_id == "ASH-2"
    assert problem.first_name == "Leo"
    assert problem.fixers == ("Wendy Worker",)
    assert problem.workspace_url == reverse("cases:workspace", args=[case_a.pk])
    assert problem.field_label and problem.message


def test_inconsistent_and_expected_items(authority_a, case_a):
    issue = outcome(authority_a, "B")
    child = child_add(case=case_a, first_name="Mia", council_child_id="ASH-3")
    period_add(
        child=child,
        decision_date=date(2026, 5, 10),
        letter_sent_date=date(2026, 5, 1),  # before the decision
        fgdm_offer="offered",
        step_decision_date=date(2026, 9, 1),
        outcome=issue,
    )
    assert problems_by_child(authority_a)["ASH-3"] == {
        "LBPSentDate",  # out of order
        "FGDMMeetingFac",  # offered, period decided: was it held?
        "InitialPPMeetingDate",  # letter sent, period decided
        "CourtAppDate",  # the outcome issues proceedings
        "LetterInitCPDate",
    }


def test_a_period_from_before_the_year_and_one_without_a_start_date_are_listed(authority_a, case_a):
    carried = child_add(case=case_a, first_name="Noah", council_child_id="ASH-4")
    period_add(child=carried, decision_date=date(2026, 3, 1), letter_sent_date=date(2026, 3, 2), fgdm_offer="offered")
    undated = child_add(case=case_a, first_name="Ola", council_child_id="ASH-5")
    period_add(child=undated, letter_sent_date=date(2026, 6, 1), fgdm_offer="offered")
    problems = problems_by_child(authority_a)
    assert problems["ASH-4"] == {"PPStartDate"}
    assert problems["ASH-5"] == {"PPStartDate"}


def test_a_letter_is_expected_only_once_the_period_has_run_two_weeks(authority_a, case_a):
    child = child_add(case=case_a, first_name="Pia", council_child_id="ASH-6")
    period = period_add(child=child, decision_date=TODAY.replace(day=1))
    assert problems_by_child(authority_a)["ASH-6"] == set()
    period.decision_date = date(2026, 11, 20)
    period.save()
    assert problems_by_child(authority_a)["ASH-6"] == {"LBPSentDate"}


def test_a_blank_with_a_reason_is_not_listed_for_that_field(authority_a, case_a):
    child = child_add(case=case_a, first_name="Ray", council_child_id="ASH-7")
    period_add(
        child=child,
        decision_date=date(2026, 5, 1),
        step_decision_date=date(2026, 9, 1),
        blank_reasons={"letter_sent_date": "Not recorded before the portal was used", "outcome": "  "},
    )
    assert problems_by_child(authority_a)["ASH-7"] == {"PPOutcome"}  # a blank reason is no reason


def test_a_case_with_no_named_worker_says_who_should_name_one(authority_a, case_a):
    case_a.workers.clear()
    child = child_add(case=case_a, first_name="Sid", council_child_id="ASH-8")
    period_add(child=child, decision_date=date(2026, 5, 1))
    (entry,) = report(authority_a).not_ready
    assert "LA admin" in entry.fixers[0]


def test_only_the_councils_own_children(authority_a, authority_b, case_a):
    other_case, _ = council_case(authority=authority_b, reference="B1", worker_email="wb@la-b.example")
    period_add(
        child=child_add(case=other_case, first_name="Bea", council_child_id="BRA-1"), decision_date=date(2026, 5, 1)
    )
    period_add(child=child_add(case=case_a, first_name="Tom", council_child_id="ASH-9"), decision_date=date(2026, 5, 1))
    assert set(problems_by_child(authority_a)) == {"ASH-9"}
