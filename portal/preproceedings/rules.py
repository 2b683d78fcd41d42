"""The census's rules for a pre-proceedings period, checked when a worker saves, in plain words.

Pure functions of the values, so the form, the service and the readiness report ask the same
questions. Sources: DfE CIN census 2026-27 specification, PreProceedingsandFGDM module, as listed in
../shared/PRE-PROCEEDINGS-DATA.md:
- LBPSentDate on or after PPStartDate; StepDecisionDate on or after PPStartDate; CourtAppDate on or
  after StepDecisionDate;
- FGDMMeetingOffer expected when LBPSentDate is present;
- in the first collection year a field may be left blank with a reason.
The portal adds what the FGDM duty (s31ZA Children Act 1989) needs recorded: when the meeting is not
offered because it is not in the child's best interests, who decided, when and why.
"""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

ORDER = [
    # (later field, earlier field, message): the later date cannot come before the earlier one.
    (
        "letter_sent_date",
        "decision_date",
        _("The letter cannot be sent before the decision to start pre-proceedings. Check both dates."),
    ),
    (
        "first_meeting_date",
        "decision_date",
        _("The first meeting cannot be before the decision to start pre-proceedings. Check both dates."),
    ),
    (
        "step_decision_date",
        "decision_date",
        _("The decision to step down or issue cannot be before pre-proceedings started. Check both dates."),
    ),
    (
        "court_application_date",
        "step_decision_date",
        _("The court application cannot be before the decision to issue. Check both dates."),
    ),
    (
        "proceedings_letter_date",
        "step_decision_date",
        _("The letter saying proceedings are starting cannot be before the decision to issue. Check both dates."),
    ),
]

# Fields the census expects once another is filled in: (field, needed when this is filled, message).
EXPECTED = [
    (
        "fgdm_offer",
        "letter_sent_date",
        _("Say whether a family group decision-making meeting was offered in the letter, or why this is blank."),
    ),
    (
        "decision_date",
        "letter_sent_date",
        _("Give the date of the decision to start pre-proceedings, or why this is blank."),
    ),
    ("outcome", "step_decision_date", _("Choose the outcome of the decision, or say why this is blank.")),
    ("step_decision_date", "outcome", _("Give the date of the decision, or say why this is blank.")),
]

NOT_BEST_INTERESTS = "not_best_interests"


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


def period_problems(values, *, blank_reasons=None, today=None):
    """Every rule a period's values break, as Problems on the field to correct. `values` maps Period
    field names to values (dates as date, choices as their stored value, outcome as an object or None)."""
    reasons = {field: (reason or "").strip() for field, reason in (blank_reasons or {}).items()}
    today = today or date.today()
    problems = []
    for later, earlier, message in ORDER:
        if values.get(later) and values.get(earlier) and values[later] < values[earlier]:
            problems.append(Problem(later, str(message)))
    for field in ("decision_date", "letter_sent_date", "first_meeting_date", "step_decision_date"):
        if values.get(field) and values[field] > today:
            problems.append(Problem(field, str(_("This date is in the future. Record it once it has happened."))))
    for field, when, message in EXPECTED:
        if values.get(when) and not values.get(field) and not reasons.get(field):
            problems.append(Problem(field, str(message)))
    if values.get("fgdm_offer") == NOT_BEST_INTERESTS:
        for field, message in (
            ("fgdm_not_offered_by", _("Say who decided the meeting was not in the child's best interests.")),
            ("fgdm_not_offered_on", _("Give the date that was decided.")),
            ("fgdm_not_offered_reason", _("Say why the meeting is not in the child's best interests.")),
        ):
            if not values.get(field):
                problems.append(Problem(field, str(message)))
    if values.get("fgdm_held") == "yes" and values.get("fgdm_offer") in ("not_offered", NOT_BEST_INTERESTS):
        problems.append(
            Problem("fgdm_held", str(_("The meeting cannot have been held if it was not offered. Check both answers.")))
        )
    if values.get("court_application_date"):
        outcome = values.get("outcome")
        if outcome is not None and not outcome.issues_proceedings:
            problems.append(
                Problem(
                    "court_application_date",
                    str(_("A court application is recorded, but the outcome is not to issue proceedings.")),
                )
            )
    return problems


def review_meetings_count(review_starts, *, first_meeting_date, until):
    """ReviewMeetingsCount: review meetings held after the first meeting and up to `until` (the step
    decision, or today), counted from the case's review-meeting key dates (their local dates)."""
    if first_meeting_date is None:
        return 0
    return sum(1 for day in review_starts if first_meeting_date < day <= until)
