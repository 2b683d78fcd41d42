"""The council's census return: the pre-proceedings module of the DfE Children in Need census, as XML.

What it looks like (one <Child> per council child identifier, one block per period in the year)::

    <Message>
      <Header>
        <CollectionDetails>
          <Collection>CIN</Collection>
          <Year>2026</Year>
          <ReferenceDate>2027-03-31</ReferenceDate>
        </CollectionDetails>
        <Source>
          <LAName>Ashford Council</LAName>
          <LAIdentifier>ashford</LAIdentifier>
          <DateTime>2027-04-02T09:15:00</DateTime>
        </Source>
      </Header>
      <Children>
        <Child>
          <ChildIdentifiers><LAchildID>ASH123</LAchildID></ChildIdentifiers>
          <PreProceedingsandFGDM>
            <PPStartDate>2026-05-01</PPStartDate>
            <LBPSentDate>2026-05-06</LBPSentDate>
            <FGDMMeetingOffer>true</FGDMMeetingOffer>
            <FGDMMeetingFac>true</FGDMMeetingFac>
            <InitialPPMeetingDate>2026-05-20</InitialPPMeetingDate>
            <ReviewMeetingsCount>2</ReviewMeetingsCount>
            <StepDecisionDate>2026-09-01</StepDecisionDate>
            <PPOutcome>A</PPOutcome>
          </PreProceedingsandFGDM>
        </Child>
      </Children>
    </Message>

Source: DfE Children in Need census 2026 to 2027 specification (published November 2025, updated
February 2026), module "PreProceedingsandFGDM", as listed in ../shared/PRE-PROCEEDINGS-DATA.md.

Follows the specification: the block name <PreProceedingsandFGDM>, one block per period, several per
child; the item names and their order (PPStartDate ... LetterInitCPDate); <LAchildID> as the child's
key; dates as YYYY-MM-DD; the flags as true/false; the outcome as its CS131 code.

The portal's assumptions, to be checked against the published XML schema (XSD) before a real
submission: the envelope (<Message>, <Header>, <CollectionDetails>, <Source> and their items);
<Year> as the year the collection starts (the CIN census may number it by the year it ends); the
council given by name and portal identifier (the schema wants DfE's three-digit LA number, which the
portal does not hold); the blocks sitting directly in <Child> (the schema may put them inside each
<CINdetails> episode); items left blank omitted rather than sent empty; ReviewMeetingsCount sent only
when there was an initial meeting (nothing can be counted after a meeting that did not happen).

Nothing that names a child or a family is written: only LAchildID. The child's first name stays in
the portal and in the council's readiness report (readiness.py).
"""

import xml.etree.ElementTree as ET  # noqa: S405 (writing only: this module never parses XML)
from datetime import date

from django.db.models import Prefetch, Q
from django.utils import timezone

from portal.cases.models import KeyDate

from .models import Period
from .rules import review_meetings_count

FIRST_COLLECTION_YEAR = 2026

# The block's items, in the specification's order; ReviewMeetingsCount is counted (rules.py).
ITEMS = [
    "PPStartDate",
    "LBPSentDate",
    "FGDMMeetingOffer",
    "FGDMMeetingFac",
    "InitialPPMeetingDate",
    "ReviewMeetingsCount",
    "StepDecisionDate",
    "PPOutcome",
    "CourtAppDate",
    "LetterInitCPDate",
]
FGDM_OFFER = {"offered": "true", "not_offered": "false", "not_best_interests": "false"}
FGDM_HELD = {"yes": "true", "no": "false"}


def collection_year_bounds(year):
    """Collection year 2026 runs from 1 April 2026 to 31 March 2027."""
    return date(year, 4, 1), date(year + 1, 3, 31)


def collection_year_for(day):
    return day.year if day.month >= 4 else day.year - 1


def census_periods(*, authority, year):
    """The council's periods open at any time in the collection year: started on or before its last
    day, and not decided before its first. A period with no start date cannot be placed in a year
    (the readiness report lists those). Children, cases and outcomes come with them; each case's
    review meetings are prefetched as `case.review_dates`, so the query count does not grow."""
    start, end = collection_year_bounds(year)
    reviews = KeyDate.objects.filter(kind=KeyDate.Kind.REVIEW).only("case_id", "starts_at")
    return (
        Period.objects.filter(child__case__authority=authority, decision_date__lte=end)
        .filter(Q(step_decision_date__isnull=True) | Q(step_decision_date__gte=start))
        .select_related("child__case", "outcome")
        .prefetch_related(Prefetch("child__case__key_dates", queryset=reviews, to_attr="review_dates"))
        .order_by("child__council_child_id", "child_id", "decision_date", "pk")
    )


def _day(value):
    return value.isoformat() if value else ""


def period_items(period, *, year, today=None):
    """{census item: text} for one period, blank items left out. `period` comes from census_periods."""
    _, end = collection_year_bounds(year)
    today = today or timezone.localdate()
    until = min(period.step_decision_date or end, end, today)
    review_days = [timezone.localdate(key_date.starts_at) for key_date in period.child.case.review_dates]
    values = {
        "PPStartDate": _day(period.decision_date),
        "LBPSentDate": _day(period.letter_sent_date),
        "FGDMMeetingOffer": FGDM_OFFER.get(period.fgdm_offer, ""),
        "FGDMMeetingFac": FGDM_HELD.get(period.fgdm_held, ""),
        "InitialPPMeetingDate": _day(period.first_meeting_date),
        "ReviewMeetingsCount": (
            str(review_meetings_count(review_days, first_meeting_date=period.first_meeting_date, until=until))
            if period.first_meeting_date
            else ""
        ),
        "StepDecisionDate": _day(period.step_decision_date),
        "PPOutcome": period.outcome.code if period.outcome_id else "",
        "CourtAppDate": _day(period.court_application_date),
        "LetterInitCPDate": _day(period.proceedings_letter_date),
    }
    return {item: values[item] for item in ITEMS if values[item]}


def _text(parent, tag, text):
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def census_xml(*, authority, year, today=None, now=None):
    """The council's return for the collection year, as UTF-8 XML bytes (structure: module docstring)."""
    _, end = collection_year_bounds(year)
    now = now or timezone.localtime()
    message = ET.Element("Message")
    header = ET.SubElement(message, "Header")
    details = ET.SubElement(header, "CollectionDetails")
    _text(details, "Collection", "CIN")
    _text(details, "Year", str(year))
    _text(details, "ReferenceDate", end.isoformat())
    source = ET.SubElement(header, "Source")
    _text(source, "LAName", authority.name)
    _text(source, "LAIdentifier", authority.slug)
    _text(source, "DateTime", now.replace(microsecond=0, tzinfo=None).isoformat())
    children = ET.SubElement(message, "Children")
    current_id, child_element = None, None
    for period in census_periods(authority=authority, year=year):
        child_id = period.child.council_child_id
        if child_element is None or child_id != current_id:
            current_id = child_id
            child_element = ET.SubElement(children, "Child")
            identifiers = ET.SubElement(child_element, "ChildIdentifiers")
            _text(identifiers, "LAchildID", child_id)
        block = ET.SubElement(child_element, "PreProceedingsandFGDM")
        for item, text in period_items(period, year=year, today=today).items():
            _text(block, item, text)
    ET.indent(message)
    return ET.tostring(message, encoding="utf-8", xml_declaration=True)
