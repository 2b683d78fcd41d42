"""Reads for cases. Every view gets case data only through these, scoped to the signed-in user.

Who sees what:
- A worker (staff membership with the worker role) sees every case of their own LA.
- A family member sees only the cases they take part in.
- LA admins manage staff and read their LA's access log; they do not open case content.
Anything out of scope raises Http404, never 403, so nobody learns that it exists.
"""

from datetime import datetime, time, timedelta

from django.db.models import F, OuterRef, Subquery
from django.http import Http404
from django.utils import timezone

from portal.authorities.models import StaffMembership
from portal.authorities.selectors import staff_membership_for

from .models import Case, KeyDate, Participant, StageChange
from .timescales import COURT, PRE_PROCEEDINGS, timescale_for


def worker_authority(user):
    """The LA a user works for as a worker, or None."""
    membership = staff_membership_for(user)
    if membership is not None and membership.role == StaffMembership.Role.WORKER:
        return membership.authority
    return None


def cases_for_worker(*, user):
    authority = worker_authority(user)
    if authority is None:
        return Case.objects.none()
    return Case.objects.filter(authority=authority)


def cases_listed_for_worker(*, user, closed=False):
    """The worker's case list: their council's open cases, or its closed ones. Scope checks use
    cases_for_worker, which holds both."""
    return cases_for_worker(user=user).filter(closed_at__isnull=not closed)


def cases_for_family_member(*, user):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Case.objects.none()
    return Case.objects.filter(participants__user=user).select_related("authority")


def case_reference_in_use(*, authority, reference, case=None):
    """Whether a case of this LA, other than `case` itself, already uses the reference."""
    others = Case.objects.filter(authority=authority, reference=reference)
    if case is not None and case.pk is not None:
        others = others.exclude(pk=case.pk)
    return others.exists()


def case_get_for_worker(*, user, case_id):
    try:
        return cases_for_worker(user=user).select_related("authority").get(public_id=case_id)
    except Case.DoesNotExist as exc:
        raise Http404 from exc


def participation_get(*, user, case_id):
    """The signed-in family member's participation in a case, with the case. 404 if none."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise Http404
    try:
        return Participant.objects.select_related("case", "case__authority", "user").get(
            user=user, case__public_id=case_id
        )
    except Participant.DoesNotExist as exc:
        raise Http404 from exc


def participations_for_user(*, user):
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Participant.objects.none()
    return Participant.objects.filter(user=user).select_related("case", "case__authority")


def case_timeline(*, case, with_changed_by=True):
    """Stage history (newest first) and key dates (soonest first), for the family's timeline and
    the worker's workspace. The family never sees who changed a stage: they pass
    `with_changed_by=False` and skip that join."""
    stage_changes = case.stage_changes.all()
    if with_changed_by:
        stage_changes = stage_changes.select_related("changed_by")
    return {
        "stage_changes": list(stage_changes),
        "key_dates": list(case.key_dates.all()),
    }


def upcoming_key_dates(*, case, now):
    return list(case.key_dates.filter(starts_at__gte=now).order_by("starts_at"))


def case_workers(*, case):
    """Named workers with how to reach them, for the who's who card."""
    return list(
        case.workers.filter(is_active=True, staff_membership__authority=case.authority)
        .select_related("staff_membership")
        .order_by("first_name")
    )


def case_named_workers(*, case):
    """Every worker named on the case, as the worker's workspace lists them (active or not)."""
    return list(case.workers.select_related("staff_membership").order_by("first_name", "email"))


def case_contacts(*, case):
    """Every who's who contact of the case, in the model's order (role, then name), with whose
    contact each is (the family member and their account), for the worker's workspace."""
    return list(case.contacts.select_related("for_participant__user"))


def participants_for_case(*, case):
    """The family members of a case the caller has already fetched in scope, with their accounts.

    A queryset, not a list: the workspace forms offer it as the choices of a ModelMultipleChoiceField.
    """
    return case.participants.select_related("user").order_by("role", "user__first_name")


def key_date_get_for_participant(*, participant, key_date_id):
    """A key date of the participant's own case. Anything else is a 404."""
    try:
        return KeyDate.objects.get(case_id=participant.case_id, public_id=key_date_id)
    except KeyDate.DoesNotExist as exc:
        raise Http404 from exc


def key_date_get_for_worker(*, user, key_date_id):
    try:
        return KeyDate.objects.select_related("case").get(public_id=key_date_id, case__in=cases_for_worker(user=user))
    except KeyDate.DoesNotExist as exc:
        raise Http404 from exc


def case_get_for_worker_by_pk(*, user, pk):
    """As case_get_for_worker, by primary key: the staff workspace in the Wagtail admin uses pks.

    The scope is the same; a case of another LA and a case that does not exist both give 404.
    """
    try:
        return cases_for_worker(user=user).select_related("authority").get(pk=pk)
    except Case.DoesNotExist as exc:
        raise Http404 from exc


def workers_for_authority(*, authority):
    """Active workers of one LA: the only people who can be named on that LA's cases."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(
            is_active=True, staff_membership__authority=authority, staff_membership__role=StaffMembership.Role.WORKER
        )
        .select_related("staff_membership")
        .order_by("first_name", "last_name", "email")
    )


def contact_get_for_case(*, case, contact_id):
    """A who's who contact of a case the caller has already fetched through a scoped selector."""
    from .models import CaseContact

    try:
        return CaseContact.objects.get(case=case, pk=contact_id)
    except CaseContact.DoesNotExist as exc:
        raise Http404 from exc


def invitation_for_token(*, user, token):
    """The open invitation this link names, for the signed-in person it was sent to; 404 otherwise
    (someone else's link, used, or older than CaseInvitation.VALID_DAYS)."""
    from datetime import timedelta

    from django.utils import timezone

    from .models import CaseInvitation

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise Http404
    invitation = (
        CaseInvitation.objects.select_related("case", "case__authority")
        .filter(
            token_hash=CaseInvitation.token_digest(token),
            user=user,
            accepted_at=None,
            invited_at__gte=timezone.now() - timedelta(days=CaseInvitation.VALID_DAYS),
        )
        .first()
    )
    if invitation is None:
        raise Http404
    return invitation


def pending_invitations_for_case(*, case):
    """Invitations not yet accepted, shown to the worker like any family member they added."""
    return case.invitations.filter(accepted_at=None).select_related("user")


def account_reaches_admin(user):
    """Staff, superusers, council staff, and anyone whose groups open the Wagtail admin (editors,
    moderators, the national team): none of them may be a family member too."""
    return (
        user.is_staff
        or user.is_superuser
        or StaffMembership.objects.filter(user=user).exists()
        or user.has_perm("wagtailadmin.access_admin")
    )


def cases_named_for_worker(*, user, limit=None):
    """Open cases this worker is named on, soonest next key date first (then those with none), each
    annotated with that date and when it entered pre-proceedings and court."""
    upcoming = KeyDate.objects.filter(case=OuterRef("pk"), starts_at__gte=timezone.now()).order_by("starts_at")
    return list(
        with_timescale_starts(cases_for_worker(user=user))
        .filter(workers=user, closed_at__isnull=True)
        .select_related("authority")
        .annotate(next_date_at=Subquery(upcoming.values("starts_at")[:1]))
        .order_by(F("next_date_at").asc(nulls_last=True), "family_name", "pk")[:limit]
    )


def key_dates_soon_for_worker(*, user, now, days=7, limit=None):
    """Key dates in the worker's council from now until `days` ahead, soonest first."""
    return list(
        KeyDate.objects.filter(
            case__in=cases_for_worker(user=user), starts_at__gte=now, starts_at__lt=now + timedelta(days=days)
        )
        .select_related("case")
        .order_by("starts_at", "pk")[:limit]
    )


def with_timescale_starts(cases):
    """Annotate a queryset of cases with the first time each entered pre-proceedings and court, and
    the start of the next review meeting booked from today on."""

    def first(stages):
        changes = StageChange.objects.filter(case=OuterRef("pk"), stage__in=stages).order_by("changed_at")
        return Subquery(changes.values("changed_at")[:1])

    reviews = KeyDate.objects.filter(
        case=OuterRef("pk"), kind=KeyDate.Kind.REVIEW, starts_at__gte=_start_of_today()
    ).order_by("starts_at")
    return cases.annotate(
        pre_proceedings_started_at=first(PRE_PROCEEDINGS),
        court_started_at=first(COURT),
        next_review_at=Subquery(reviews.values("starts_at")[:1]),
    )


def _start_of_today():
    return timezone.make_aware(datetime.combine(timezone.localdate(), time.min))


def case_timescale(*, case, today=None, stage_changes=None, key_dates=None):
    """The timescale running for this case now (portal/cases/timescales.py), or None.

    The start dates and the next review come from with_timescale_starts when the case was fetched
    with it, else from `stage_changes` and `key_dates` (the case's history, already loaded for its
    timeline), else from a query each.
    """
    today = today or timezone.localdate()
    if hasattr(case, "pre_proceedings_started_at"):
        pre_proceedings_started, court_started = case.pre_proceedings_started_at, case.court_started_at
        next_review = case.next_review_at
    else:
        changes = case.stage_changes.all() if stage_changes is None else stage_changes
        pre_proceedings_started = min((c.changed_at for c in changes if c.stage in PRE_PROCEEDINGS), default=None)
        court_started = min((c.changed_at for c in changes if c.stage in COURT), default=None)
        dates = case.key_dates.filter(kind=KeyDate.Kind.REVIEW) if key_dates is None else key_dates
        next_review = min(
            (d.starts_at for d in dates if d.kind == KeyDate.Kind.REVIEW and _local_day(d.starts_at) >= today),
            default=None,
        )
    return timescale_for(
        stage=case.stage,
        pre_proceedings_started=_local_day(pre_proceedings_started),
        court_started=_local_day(court_started),
        pre_proceedings_weeks=case.authority.pre_proceedings_weeks,
        today=today,
        next_review=_local_day(next_review),
    )


def _local_day(moment):
    return timezone.localdate(moment) if moment else None


def contacts_for_participant(*, participant):
    """The who's who contacts one family member may see, in the model's order (role, then name): those
    for the whole family and their own. Another family member's solicitor is theirs alone: a young
    person never sees a parent's, nor one parent the other's."""
    from django.db.models import Q

    from .models import CaseContact

    return list(
        CaseContact.objects.filter(case_id=participant.case_id).filter(
            Q(for_participant__isnull=True) | Q(for_participant_id=participant.pk)
        )
    )
