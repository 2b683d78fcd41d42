"""The timescales that matter while a case runs, worked out from its stage history.

- Pre-proceedings: the weeks since the family entered it (the letter before proceedings, or the
  first pre-proceedings stage recorded) against the period the council usually agrees
  (LocalAuthority.pre_proceedings_weeks, 16 by default: "up to 16 weeks" in the DFJ social work
  practice guide).
- Court: the weeks since the application was issued against the 26 weeks the court must aim for
  (s32(1)(a)(ii) Children Act 1989), and, until the Case Management Hearing, its window: not
  before day 12 and not later than day 18, the day of issue being day 1 (PLO, PD12A).
- Reviews: pre-proceedings runs with review meetings (FACTS.md: "usually about 12–16 weeks with
  review meetings"); no rule sets how often, so the portal shows the next review meeting booked as a
  key date, and says when none is once the first pre-proceedings meeting has been (the stage has
  moved on from the letter).
Both are aims, not promises: the wording around them says so. Sources: ../shared/FACTS.md.
"""

from dataclasses import dataclass
from datetime import date, timedelta

PRE_PROCEEDINGS = ("letter_sent", "pre_proceedings_meeting", "assessments", "decision")
COURT = (
    "proceedings_issued",
    "case_management_hearing",
    "further_case_management_hearing",
    "issues_resolution_hearing",
    "final_hearing",
)
COURT_WEEKS = 26
CMH_FIRST_DAY, CMH_LAST_DAY = 12, 18
SOON_DAYS = 14  # "near its end" on the worker's home


@dataclass(frozen=True)
class Timescale:
    kind: str  # "pre_proceedings" or "court"
    started_on: date
    weeks: int  # the period's length
    ends_on: date
    today: date
    cmh_from: date | None = None
    cmh_by: date | None = None
    next_review_on: date | None = None
    reviews_due: bool = False  # pre-proceedings after the letter: the first meeting comes first

    @property
    def review_missing(self):
        """Pre-proceedings past its first meeting with no review meeting booked from today on."""
        return self.reviews_due and self.next_review_on is None

    @property
    def week(self):
        """Which week of the period today is in (1 on the first day)."""
        return (self.today - self.started_on).days // 7 + 1

    @property
    def days_left(self):
        return (self.ends_on - self.today).days

    @property
    def overdue(self):
        return self.days_left < 0

    @property
    def near_end(self):
        return 0 <= self.days_left <= SOON_DAYS

    @property
    def to_watch(self):
        """Worth a worker's attention today: past its end, near it, or no review booked."""
        return self.overdue or self.near_end or self.review_missing


def timescale_for(*, stage, pre_proceedings_started, court_started, pre_proceedings_weeks, today, next_review=None):
    """The timescale running for a case at `stage`, or None when none is (before pre-proceedings, after
    the order, or stepped down). The start dates are the first time the case entered each part;
    `next_review` is the day of the next review meeting booked, if any."""
    if stage in PRE_PROCEEDINGS and pre_proceedings_started:
        return Timescale(
            kind="pre_proceedings",
            started_on=pre_proceedings_started,
            weeks=pre_proceedings_weeks,
            ends_on=pre_proceedings_started + timedelta(weeks=pre_proceedings_weeks),
            today=today,
            next_review_on=next_review,
            reviews_due=stage != "letter_sent",
        )
    if stage in COURT and court_started:
        before_cmh = stage == "proceedings_issued"
        return Timescale(
            kind="court",
            started_on=court_started,
            weeks=COURT_WEEKS,
            ends_on=court_started + timedelta(weeks=COURT_WEEKS),
            today=today,
            cmh_from=court_started + timedelta(days=CMH_FIRST_DAY - 1) if before_cmh else None,
            cmh_by=court_started + timedelta(days=CMH_LAST_DAY - 1) if before_cmh else None,
        )
    return None
