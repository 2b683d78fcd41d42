"""The census return's XML (portal/preproceedings/census.py): the documented structure, one block per
period in the collection year, only the council's own children, and never a name."""

import xml.etree.ElementTree as ET  # noqa: S405 (parses the portal's own output, never a stranger's)
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.preproceedings.census import ITEMS, census_periods, census_xml

from .census_builders import child_add, council_case, outcome, period_add, review_add

pytestmark = pytest.mark.django_db
TODAY = date(2026, 12, 7)


@pytest.fixture
def council(authority_a, authority_b):
    case, worker = council_case(authority=authority_a, reference="A1", worker_email="wa@la-a.example")
    ava = child_add(case=case, first_name="Avaline", council_child_id="ASH-0001")
    leo = child_add(case=case, first_name="Leopold", council_child_id="ASH-0002")
    complete = period_add(
        child=ava,
        decision_date=date(2026, 5, 1),
        letter_sent_date=date(2026, 5, 6),
        fgdm_offer="offered",
        fgdm_held="yes",
        first_meeting_date=date(2026, 5, 20),
        step_decision_date=date(2026, 9, 1),
        outcome=outcome(authority_a, "B"),
        court_application_date=date(2026, 9, 8),
        proceedings_letter_date=date(2026, 9, 2),
    )
    for day in (date(2026, 5, 20), date(2026, 6, 17), date(2026, 7, 15), date(2026, 10, 1)):
        review_add(case=case, day=day)  # the first meeting itself and one after the decision do not count
    open_period = period_add(child=leo, decision_date=date(2026, 11, 2), fgdm_offer="not_best_interests")
    period_add(child=leo, decision_date=date(2025, 6, 1), step_decision_date=date(2026, 3, 1))  # the year before
    period_add(child=leo, decision_date=date(2027, 4, 2))  # the year after
    carried = period_add(child=ava, decision_date=date(2026, 2, 1), step_decision_date=date(2026, 4, 10))
    other_case, _ = council_case(authority=authority_b, reference="B1", worker_email="wb@la-b.example")
    bea = child_add(case=other_case, first_name="Beatrix", council_child_id="BRA-0001")
    period_add(child=bea, decision_date=date(2026, 6, 1))
    return {"authority": authority_a, "complete": complete, "open": open_period, "carried": carried}


def parsed(authority, year=2026):
    return ET.fromstring(census_xml(authority=authority, year=year, today=TODAY))  # noqa: S314 (our own output)


def blocks_of(root):
    return {
        child.findtext("ChildIdentifiers/LAchildID"): [
            {item.tag: item.text for item in block} for block in child.findall("PreProceedingsandFGDM")
        ]
        for child in root.find("Children")
    }


def test_the_message_has_the_documented_envelope(council):
    root = parsed(council["authority"])
    assert root.tag == "Message"
    assert [element.tag for element in root] == ["Header", "Children"]
    assert root.findtext("Header/CollectionDetails/Collection") == "CIN"
    assert root.findtext("Header/CollectionDetails/Year") == "2026"
    assert root.findtext("Header/CollectionDetails/ReferenceDate") == "2027-03-31"
    assert root.findtext("Header/Source/LAName") == "Ashford Test Council"
    assert root.findtext("Header/Source/LAIdentifier") == "la-a"
    assert root.findtext("Header/Source/DateTime")
    for child in root.find("Children"):
        assert [element.tag for element in child][0] == "ChildIdentifiers"
        assert {element.tag for element in child} == {"ChildIdentifiers", "PreProceedingsandFGDM"}
        assert [element.tag for element in child.find("ChildIdentifiers")] == ["LAchildID"]


def test_each_period_in_the_year_is_one_block_with_its_items_in_order(council):
    blocks = blocks_of(parsed(council["authority"]))
    assert set(blocks) == {"ASH-0001", "ASH-0002"}  # LA B's child is not in LA A's return
    carried, complete = blocks["ASH-0001"]  # ordered by start date
    assert complete == {
        "PPStartDate": "2026-05-01",
        "LBPSentDate": "2026-05-06",
        "FGDMMeetingOffer": "true",
        "FGDMMeetingFac": "true",
        "InitialPPMeetingDate": "2026-05-20",
        "ReviewMeetingsCount": "2",
        "StepDecisionDate": "2026-09-01",
        "PPOutcome": "B",
        "CourtAppDate": "2026-09-08",
        "LetterInitCPDate": "2026-09-02",
    }
    assert list(complete) == ITEMS
    assert carried == {"PPStartDate": "2026-02-01", "StepDecisionDate": "2026-04-10"}  # open on 1 April 2026


def test_blank_items_are_left_out_and_not_offered_is_false(council):
    blocks = blocks_of(parsed(council["authority"]))
    assert blocks["ASH-0002"] == [{"PPStartDate": "2026-11-02", "FGDMMeetingOffer": "false"}]


def test_periods_outside_the_year_are_left_out(council):
    periods = census_periods(authority=council["authority"], year=2026)
    assert {period.decision_date for period in periods} == {date(2026, 2, 1), date(2026, 5, 1), date(2026, 11, 2)}
    assert blocks_of(parsed(council["authority"], year=2025)) == {
        "ASH-0001": [{"PPStartDate": "2026-02-01", "StepDecisionDate": "2026-04-10"}],
        "ASH-0002": [{"PPStartDate": "2025-06-01", "StepDecisionDate": "2026-03-01"}],
    }


def test_no_name_is_ever_in_the_return(council):
    text = census_xml(authority=council["authority"], year=2026).decode()
    for name in ("Avaline", "Leopold", "Beatrix", "A1 family", "Wendy"):
        assert name not in text
    assert "BRA-0001" not in text


def test_a_meeting_not_held_is_false(council):
    council["open"].fgdm_offer, council["open"].fgdm_held = "offered", "no"
    council["open"].save()
    assert blocks_of(parsed(council["authority"]))["ASH-0002"][0]["FGDMMeetingFac"] == "false"


def _queries_for(authority, count):
    case, _ = council_case(authority=authority, reference=f"Q{count}", worker_email=f"q{count}@la-a.example")
    for number in range(count):
        child = child_add(case=case, first_name=f"Kid{number}", council_child_id=f"Q{count}-{number}")
        period_add(
            child=child,
            decision_date=date(2026, 5, 1),
            first_meeting_date=date(2026, 5, 10),
            outcome=outcome(authority, "A"),
            step_decision_date=date(2026, 8, 1),
        )
        review_add(case=case, day=date(2026, 6, 1))
    with CaptureQueriesContext(connection) as queries:
        census_xml(authority=authority, year=2026, today=TODAY)
    return len(queries)


def test_the_export_takes_the_same_number_of_queries_for_3_and_30_periods(authority_a, authority_b):
    assert _queries_for(authority_a, 3) == _queries_for(authority_b, 30)
