"""Measures of the pre-proceedings periods themselves: starts, open periods, outcomes, times, FGDM
meetings and legal representation. Each is `(authority, date_from, date_to)` -> Measure."""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from ..models import Period
from .counting import Measure, as_of, by_month, median_of, percent, periods_of, weeks


def periods_started(authority, date_from, date_to):
    rows = by_month(
        periods_of(authority).filter(decision_date__range=(date_from, date_to)),
        "decision_date",
        date_from,
        date_to,
        {"started": Count("pk")},
    )
    return Measure(
        key="periods_started",
        title=_("Periods started per month"),
        how_counted=_(
            "Each child's pre-proceedings period, counted in the month of the decision to start it. "
            "Brothers and sisters count once each. Periods with no start date are not counted."
        ),
        columns=[_("Month"), _("Periods started")],
        rows=[[month, values.get("started", 0)] for month, values in rows],
    )


def open_periods(authority, date_from, date_to):
    on = as_of(date_to)
    agreed = authority.pre_proceedings_weeks
    starts = periods_of(authority).filter(decision_date__lte=on)
    starts = starts.filter(Q(step_decision_date__isnull=True) | Q(step_decision_date__gt=on))
    elapsed = [(on - day).days // 7 for day in starts.values_list("decision_date", flat=True)]
    bands = [(low, min(low + 3, agreed - 1)) for low in range(0, agreed, 4)]
    rows = [[_("%(low)s to %(high)s weeks") % {"low": low, "high": high}, 0] for low, high in bands]
    rows += [
        [_("%(low)s to %(high)s weeks (past the agreed length)") % {"low": agreed, "high": agreed + 3}, 0],
        [_("%(low)s weeks or more (past the agreed length)") % {"low": agreed + 4}, 0],
    ]
    for count in elapsed:
        index = count // 4 if count < agreed else len(bands) + (count >= agreed + 4)
        rows[index][1] += 1
    return Measure(
        key="open_periods",
        title=_("Open periods by weeks since they started"),
        how_counted=_(
            "Periods open on %(day)s (started, with no decision to step down or issue yet), by whole weeks "
            "since the decision to start them, against the council's agreed length of %(weeks)s weeks."
        )
        % {"day": on.strftime("%d %b %Y"), "weeks": agreed},
        columns=[_("Weeks since the start"), _("Open periods")],
        rows=rows,
    )


def outcomes(authority, date_from, date_to):
    rows = by_month(
        periods_of(authority).filter(step_decision_date__range=(date_from, date_to), outcome__isnull=False),
        "step_decision_date",
        date_from,
        date_to,
        {
            "diverted": Count("pk", filter=Q(outcome__issues_proceedings=False)),
            "issued": Count("pk", filter=Q(outcome__issues_proceedings=True)),
        },
    )
    return Measure(
        key="outcomes",
        title=_("Outcomes: diverted from court or proceedings issued"),
        how_counted=_(
            "Periods with an outcome, in the month of the decision to step down or issue. “Issued” is an "
            "outcome code marked as meaning court proceedings are issued (Census return → Outcome codes); "
            "every other outcome counts as diverted. Periods with no outcome recorded are not counted."
        ),
        columns=[_("Month"), _("Diverted from court"), _("Proceedings issued")],
        rows=[[month, values.get("diverted", 0), values.get("issued", 0)] for month, values in rows],
        chart_columns=(1, 2),
        count_columns=(1, 2),
    )


def median_weeks(authority, date_from, date_to):
    letters = (
        periods_of(authority)
        .filter(letter_sent_date__range=(date_from, date_to), first_meeting_date__isnull=False)
        .values_list("letter_sent_date", "first_meeting_date")
    )
    decisions = (
        periods_of(authority)
        .filter(step_decision_date__range=(date_from, date_to), decision_date__isnull=False)
        .values_list("decision_date", "step_decision_date")
    )
    to_meeting = [(meeting - letter).days for letter, meeting in letters]
    to_decision = [(decision - start).days for start, decision in decisions]
    return Measure(
        key="median_weeks",
        title=_("Median weeks: letter to first meeting, start to decision"),
        how_counted=_(
            "Letter to first meeting: periods whose letter before proceedings was sent in these months and "
            "that have a first meeting date. Start to decision: periods decided (stepped down or issued) in "
            "these months, from the decision to start. The median is the middle value, in weeks."
        ),
        columns=[_("From and to"), _("Median weeks"), _("Periods counted")],
        rows=[
            [_("Letter to first meeting"), weeks(median_of(to_meeting, digits=3)), len(to_meeting)],
            [_("Start to decision"), weeks(median_of(to_decision, digits=3)), len(to_decision)],
        ],
        count_columns=(2,),
        median_columns={1: 2},
    )


def fgdm_rates(authority, date_from, date_to):
    counts = periods_of(authority).aggregate(
        letters=Count("pk", filter=Q(letter_sent_date__range=(date_from, date_to))),
        offered=Count("pk", filter=Q(letter_sent_date__range=(date_from, date_to), fgdm_offer="offered")),
        held=Count("pk", filter=Q(letter_sent_date__range=(date_from, date_to), fgdm_offer="offered", fgdm_held="yes")),
    )
    letters, offered, held = counts["letters"], counts["offered"], counts["held"]
    return Measure(
        key="fgdm_rates",
        title=_("Family group decision-making meetings offered and held"),
        how_counted=_(
            "Periods whose letter before proceedings was sent in these months. Offered: the letter offered "
            "a family group decision-making meeting. Held: of those offered, the meeting was recorded as held."
        ),
        columns=[_("Periods"), _("Number"), _("Percent of the row above")],
        rows=[
            [_("Letter before proceedings sent"), letters, ""],
            [_("Meeting offered in the letter"), offered, percent(offered, letters)],
            [_("Meeting held, of those offered"), held, percent(held, offered)],
        ],
    )


def parents_represented(authority, date_from, date_to):
    counts = dict(
        periods_of(authority)
        .filter(first_meeting_date__range=(date_from, date_to))
        .values_list("parents_represented")
        .annotate(count=Count("pk"))
        .order_by()
    )
    total = sum(counts.values())
    labels = [(value, label) for value, label in Period.YesNoUnknown.choices] + [("", _("Not recorded"))]
    return Measure(
        key="parents_represented",
        title=_("Parents legally represented at the first meeting"),
        how_counted=_(
            "Periods whose first pre-proceedings meeting was in these months, by what the worker recorded "
            "about the parents' legal representation at that meeting."
        ),
        columns=[_("Represented"), _("Percent"), _("Periods")],
        rows=[[label, percent(counts.get(value, 0), total), counts.get(value, 0)] for value, label in labels],
        count_columns=(2,),
    )
