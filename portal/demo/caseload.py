"""A demo worker's caseload: ten more made-up Northbrook families at every stage, so the worker's
home shows what it is for (dates this week, a period for change near its end and one past it, a
court case in its Case Management Hearing window and one past 26 weeks).

These families have no accounts: only the worker sees them. Everything here is fictional.
"""

from datetime import timedelta

from django.utils import timezone

from portal.cases.models import Case
from portal.cases.services import case_create, case_stage_change, key_date_save
from portal.notifications.services import notifications_suppressed

from .families import working_day_at

# (reference, family, children, [(stage, weeks ago)], [(title, days from now)])
CASELOAD = [
    ("NB-2026-0101", "The Adeyemi family", "Tobi", [("letter_sent", 1)], [("Pre-proceedings meeting", 4)]),
    (
        "NB-2026-0102",
        "The Baker family",
        "Lily and Max",
        [("letter_sent", 5), ("pre_proceedings_meeting", 4)],
        [("Review meeting", 3)],
    ),
    ("NB-2026-0103", "The Clarke family", "Ruby", [("letter_sent", 15), ("assessments", 11)], []),
    ("NB-2026-0104", "The Dixon family", "Finley", [("letter_sent", 19), ("assessments", 15), ("decision", 2)], []),
    (
        "NB-2026-0105",
        "The Evans family",
        "Isla and Jack",
        [("letter_sent", 10), ("assessments", 7)],
        [("Parenting assessment session", 9), ("Review meeting", 16)],
    ),
    (
        "NB-2026-0106",
        "The Fletcher family",
        "Oscar",
        [("letter_sent", 30), ("decision", 10), ("proceedings_issued", 1)],
        [("Case Management Hearing", 6)],
    ),
    (
        "NB-2026-0107",
        "The Green family",
        "Poppy",
        [("letter_sent", 26), ("proceedings_issued", 6), ("case_management_hearing", 4)],
        [("Advocates' meeting", 20)],
    ),
    (
        "NB-2026-0108",
        "The Hussain family",
        "Aisha and Yusuf",
        [("proceedings_issued", 20), ("issues_resolution_hearing", 1)],
        [("Final hearing", 40)],
    ),
    ("NB-2026-0109", "The Jones family", "Evie", [("proceedings_issued", 28), ("final_hearing", 1)], []),
    ("NB-2026-0110", "The Kowalski family", "Zofia", [("support", 3)], [("Home visit", 2)]),
]


@notifications_suppressed()
def caseload(*, authority, worker):
    """Add the families above to `authority`, named to `worker`; families already there are left as they are."""
    now = timezone.now()
    for reference, family_name, children, stages, dates in CASELOAD:
        if Case.objects.filter(authority=authority, reference=reference).exists():
            continue
        (first_stage, first_weeks), later = stages[0], stages[1:]
        case = case_create(
            authority=authority,
            reference=reference,
            family_name=family_name,
            children_first_names=children,
            stage=first_stage,
            created_by=worker,
            started_at=now - timedelta(weeks=first_weeks),
        )
        for stage, weeks in later:
            case_stage_change(
                case=case, stage=stage, changed_by=worker, note="Moved on.", changed_at=now - timedelta(weeks=weeks)
            )
        for title, days in dates:
            key_date_save(
                case=case,
                saved_by=worker,
                kind=_kind(title),
                title=title,
                starts_at=working_day_at(days),
                place="Northbrook Family Centre",
            )


def _kind(title):
    title = title.lower()
    return "review" if "review" in title else "hearing" if "hearing" in title else "meeting"
