"""Reads for an LA admin's view of their council's workload: counts per worker, never case content.

LA admins manage staff and read the access log; they do not open families' cases (selectors.py).
Their home shows, for each active worker of their own council, how many open cases name them and
how much is waiting in those cases: questions without a reply (and the oldest one's age),
documents not opened after PORTAL_UNOPENED_DAYS, dates in the next 7 days, and timescales to watch
(past their end, near it, or pre-proceedings with no review meeting booked). That is enough to see
who is overloaded or where families wait, without a name, a reference or a word of any case.

A fixed number of queries however many cases: each count is one grouped query.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, Min
from django.utils import timezone

from portal.authorities.models import StaffMembership
from portal.authorities.selectors import la_admin_membership_for
from portal.conversations.models import Thread
from portal.documents.models import DocumentRecipient

from .models import Case, KeyDate
from .selectors import with_timescale_starts
from .timescales import timescale_for


@dataclass
class WorkerLoad:
    worker: object
    open_cases: int = 0
    waiting: int = 0
    oldest_waiting: datetime | None = None
    unopened: int = 0
    dates_soon: int = 0
    to_watch: int = 0


def _by_worker(queryset, worker_field, **aggregates):
    """{worker id: {aggregate: value}} from one grouped query (None: cases naming no worker)."""
    rows = queryset.values(worker_field).annotate(**aggregates).order_by()
    return {row[worker_field]: row for row in rows}


def council_workload(*, user, now=None, soon_days=7):
    """(one WorkerLoad per active worker, open cases naming no worker), for an LA admin only."""
    membership = la_admin_membership_for(user)
    if membership is None:
        return [], 0
    authority, now = membership.authority, now or timezone.now()
    today = timezone.localdate(now)
    open_cases = Case.objects.filter(authority=authority, closed_at__isnull=True)
    cases = _by_worker(open_cases, "workers", n=Count("pk", distinct=True))
    waiting = _by_worker(
        Thread.objects.filter(case__in=open_cases, awaiting_reply=True),
        "case__workers",
        n=Count("pk", distinct=True),
        oldest=Min("last_message_at"),
    )
    unopened = _by_worker(
        DocumentRecipient.objects.filter(
            document__case__in=open_cases,
            first_opened_at__isnull=True,
            shared_at__lte=now - timedelta(days=settings.PORTAL_UNOPENED_DAYS),
            participant__user__is_active=True,
        ),
        "document__case__workers",
        n=Count("pk", distinct=True),
    )
    dates = _by_worker(
        KeyDate.objects.filter(case__in=open_cases, starts_at__gte=now, starts_at__lt=now + timedelta(days=soon_days)),
        "case__workers",
        n=Count("pk", distinct=True),
    )
    watch = {}
    for row in with_timescale_starts(open_cases).values(
        "pk", "stage", "workers", "pre_proceedings_started_at", "court_started_at", "next_review_at"
    ):
        timescale = timescale_for(
            stage=row["stage"],
            pre_proceedings_started=_day(row["pre_proceedings_started_at"]),
            court_started=_day(row["court_started_at"]),
            pre_proceedings_weeks=authority.pre_proceedings_weeks,
            today=today,
            next_review=_day(row["next_review_at"]),
        )
        if timescale is not None and timescale.to_watch:
            watch.setdefault(row["workers"], set()).add(row["pk"])
    workers = StaffMembership.objects.filter(
        authority=authority, role=StaffMembership.Role.WORKER, user__is_active=True, user__is_superuser=False
    ).select_related("user")
    loads = []
    for membership in workers.order_by("user__first_name", "user__last_name", "user__email"):
        pk = membership.user_id
        loads.append(
            WorkerLoad(
                worker=membership.user,
                open_cases=cases.get(pk, {}).get("n", 0),
                waiting=waiting.get(pk, {}).get("n", 0),
                oldest_waiting=waiting.get(pk, {}).get("oldest"),
                unopened=unopened.get(pk, {}).get("n", 0),
                dates_soon=dates.get(pk, {}).get("n", 0),
                to_watch=len(watch.get(pk, ())),
            )
        )
    return loads, cases.get(None, {}).get("n", 0)


def _day(moment):
    return timezone.localdate(moment) if moment else None
