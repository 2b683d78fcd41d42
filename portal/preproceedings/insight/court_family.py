"""Measures of court cases, of how families use the portal, and of the council's page feedback.
Each is `(authority, date_from, date_to)` -> Measure."""

from datetime import timedelta

from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.feedback.models import PageFeedback
from portal.cases.models import Case, Participant
from portal.conversations.models import Message
from portal.documents.models import DocumentRecipient

from .counting import COURT_WEEKS, Measure, as_of, by_month, median_of, moment, percent, window_moments

COURT_BANDS = [(0, 12), (13, 25), (26, 38), (39, None)]


def _court_cases(authority):
    return Case.objects.filter(authority=authority).annotate(
        issued=Min("stage_changes__changed_at", filter=Q(stage_changes__stage="proceedings_issued")),
        ordered=Min("stage_changes__changed_at", filter=Q(stage_changes__stage="order_made")),
    )


def court_open(authority, date_from, date_to):
    on = as_of(date_to)
    end = moment(on + timedelta(days=1))
    cases = (
        _court_cases(authority)
        .filter(issued__lt=end)
        .filter(Q(ordered__isnull=True) | Q(ordered__gte=end))
        .filter(Q(closed_at__isnull=True) | Q(closed_at__gte=end))
        .values_list("issued", flat=True)
    )
    elapsed = [(on - timezone.localdate(issued)).days // 7 for issued in cases]
    rows = []
    for low, high in COURT_BANDS:
        label = (
            _("%(low)s to %(high)s weeks") % {"low": low, "high": high}
            if high
            else _("%(low)s weeks or more") % {"low": low}
        )
        rows.append([label, sum(1 for count in elapsed if count >= low and (high is None or count <= high))])
    return Measure(
        key="court_open",
        title=_("Court cases open: weeks since proceedings were issued"),
        how_counted=_(
            "Cases open on %(day)s whose stage was first set to “proceedings issued” on or before that day, "
            "with no “order made” yet, by whole weeks since then. A case counts once, however many children."
        )
        % {"day": on.strftime("%d %b %Y")},
        columns=[_("Weeks since issue"), _("Cases")],
        rows=rows,
    )


def court_finished(authority, date_from, date_to):
    start, end = window_moments(date_from, date_to)
    cases = (
        _court_cases(authority)
        .filter(issued__isnull=False, ordered__gte=start, ordered__lt=end)
        .values_list("issued", "ordered")
    )
    weeks = [(ordered - issued).days / 7 for issued, ordered in cases]
    within = sum(1 for count in weeks if count <= COURT_WEEKS)
    return Measure(
        key="court_finished",
        title=_("Court cases finished within 26 weeks"),
        how_counted=_(
            "Cases whose stage was first set to “order made” in these months, after being set to “proceedings "
            "issued”: the weeks between the two, and the share that took 26 weeks or less. A case counts once."
        ),
        columns=[_("Court cases finished"), _("Percent"), _("Cases")],
        rows=[
            [_("Within 26 weeks"), percent(within, len(weeks)), within],
            [_("Longer than 26 weeks"), percent(len(weeks) - within, len(weeks)), len(weeks) - within],
        ],
        count_columns=(2,),
    )


def family_sign_in(authority, date_from, date_to):
    start, end = window_moments(date_from, date_to)
    counts = Participant.objects.filter(case__authority=authority, invited_at__gte=start, invited_at__lt=end).aggregate(
        invited=Count("pk"), signed_in=Count("pk", filter=Q(user__last_login__isnull=False))
    )
    invited, signed_in = counts["invited"], counts["signed_in"]
    return Measure(
        key="family_sign_in",
        title=_("Family members who signed in"),
        how_counted=_(
            "Family members invited to a case in these months, and how many of them have signed in at least "
            "once since (by their account's last sign-in)."
        ),
        columns=[_("Family members"), _("Percent"), _("People")],
        rows=[
            [_("Signed in"), percent(signed_in, invited), signed_in],
            [_("Not yet signed in"), percent(invited - signed_in, invited), invited - signed_in],
        ],
        count_columns=(2,),
    )


def _hours(delta):
    return delta.total_seconds() / 3600


def family_response_times(authority, date_from, date_to):
    start, end = window_moments(date_from, date_to)
    receipts = DocumentRecipient.objects.filter(
        document__case__authority=authority, shared_at__gte=start, shared_at__lt=end, first_opened_at__isnull=False
    ).values_list("shared_at", "first_opened_at")
    to_open = [_hours(opened - shared) for shared, opened in receipts]
    # Every message in threads of the council's cases from the window's start on, in order: a worker's
    # reply answers the family messages before it that had no reply yet.
    messages = (
        Message.objects.filter(thread__case__authority=authority, created_at__gte=start)
        .order_by("thread_id", "created_at", "pk")
        .values_list("thread_id", "from_family", "created_at")
    )
    to_answer, waiting_since, thread = [], None, None
    for thread_id, from_family, created_at in messages:
        if thread_id != thread:
            thread, waiting_since = thread_id, None
        if from_family and waiting_since is None and created_at < end:
            waiting_since = created_at
        elif not from_family and waiting_since is not None:
            to_answer.append(_hours(created_at - waiting_since))
            waiting_since = None
    return Measure(
        key="family_response_times",
        title=_("Median hours to open a document and to answer a question"),
        how_counted=_(
            "To open a document: for each family member a document was shared with in these months, the "
            "hours until they first opened it (documents not yet opened are not counted). To answer a "
            "question: from a family member's message with no reply yet, sent in these months, to the next "
            "reply from a worker in that conversation (questions not yet answered are not counted)."
        ),
        columns=[_("Time"), _("Median hours"), _("Counted")],
        rows=[
            [_("Shared to first opened"), median_of(to_open), len(to_open)],
            [_("Question to worker's reply"), median_of(to_answer), len(to_answer)],
        ],
        count_columns=(2,),
        median_columns={1: 2},
    )


def page_feedback(authority, date_from, date_to):
    root = authority.site.root_page if authority.site_id else None
    feedback = PageFeedback.objects.filter(created_at__range=(date_from, date_to))
    feedback = feedback.filter(page__path__startswith=root.path) if root else feedback.none()
    rows = by_month(
        feedback,
        "created_at",
        date_from,
        date_to,
        {"answered_yes": Count("pk", filter=Q(useful=True)), "answered_no": Count("pk", filter=Q(useful=False))},
    )
    return Measure(
        key="page_feedback",
        title=_("Page feedback: was this page useful?"),
        how_counted=_(
            "Answers to “Was this page useful?” on the council's own public pages, by the month they were "
            "given. Answers are anonymous; comments are not shown here (Reports → Feedback)."
        ),
        columns=[_("Month"), _("Useful"), _("Not useful")],
        rows=[[month, values.get("answered_yes", 0), values.get("answered_no", 0)] for month, values in rows],
        chart_columns=(1, 2),
        count_columns=(1, 2),
    )
