"""Reads for evaluation projects and their extracts, scoped to the LA admin's own council.

Anything outside the admin's council is `Http404`, the same as a project that does not exist.
"""

from collections import defaultdict

from django.db.models import Count
from django.http import Http404
from django.utils import timezone

from portal.authorities.selectors import la_admin_membership_for
from portal.cases.models import KeyDate

from ..models import Child, EvaluationProject, Period


def evaluation_projects_for_admin(*, user):
    """The projects of the admin's own council, newest first; none for anyone who is not an LA admin."""
    membership = la_admin_membership_for(user)
    if membership is None:
        return EvaluationProject.objects.none()
    return EvaluationProject.objects.filter(authority=membership.authority).select_related("created_by")


def evaluation_project_get_for_admin(*, user, project_id):
    try:
        return evaluation_projects_for_admin(user=user).get(pk=project_id)
    except EvaluationProject.DoesNotExist as exc:
        raise Http404 from exc


def periods_for_extract(*, authority):
    """Every pre-proceedings period of the council's children, with what the extract derives from."""
    return (
        Period.objects.filter(child__case__authority=authority)
        .select_related("child", "outcome")
        .order_by("child__case_id", "child_id", "decision_date", "pk")
    )


def children_count_per_case(*, authority):
    """{case id: number of children recorded in it}."""
    rows = Child.objects.filter(case__authority=authority).values("case_id").annotate(n=Count("pk"))
    return {row["case_id"]: row["n"] for row in rows}


def review_days_per_case(*, authority):
    """{case id: [local date of each review-meeting key date]}, for ReviewMeetingsCount."""
    days = defaultdict(list)
    rows = KeyDate.objects.filter(case__authority=authority, kind=KeyDate.Kind.REVIEW).values_list(
        "case_id", "starts_at"
    )
    for case_id, starts_at in rows:
        days[case_id].append(timezone.localdate(starts_at))
    return days
