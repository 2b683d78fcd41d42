"""Reads of the access log. LA admins see only their own LA's rows; nobody else reads it in the admin.

Every read here starts from `access_log_for_admin`, so a filter naming another council's case or
person finds nothing: it narrows rows that are already the admin's own council's.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from portal.authorities.models import StaffMembership
from portal.cases.models import Case, Participant

from .models import AccessLogEntry
from .readable import case_objects


def access_log_for_admin(*, membership):
    """Rows about the admin's own LA. Rows with no LA (sign-in attempts, platform actions) are left out."""
    return AccessLogEntry.objects.filter(authority_id=membership.authority_id)


def access_log_actions_for_admin(*, membership):
    """The actions that appear in the admin's own LA's rows, once each, in alphabetical order.

    The filter offers only these, so its list stays short and says nothing about other LAs.
    """
    return list(
        access_log_for_admin(membership=membership).order_by("action").values_list("action", flat=True).distinct()
    )


def access_log_people_for_admin(*, membership):
    """(user id, name) of everyone who appears as the actor of a row of the admin's LA, by name."""
    actor_ids = (
        access_log_for_admin(membership=membership).exclude(actor=None).order_by().values_list("actor_id", flat=True)
    )
    users = get_user_model().objects.filter(pk__in=actor_ids.distinct())
    people = [(user.pk, user.get_full_name() or user.email) for user in users]
    return sorted(people, key=lambda person: (person[1].lower(), person[0]))


def access_log_cases_for_admin(*, membership):
    """(case id, "The Taylor family (NB-0012)") for every case of the admin's LA, by family name."""
    cases = Case.objects.filter(authority_id=membership.authority_id).order_by("family_name", "reference")
    return [(case.pk, str(case)) for case in cases]


def access_log_about_case(queryset, *, membership, case_id):
    """Rows about one of the admin's LA's cases: the case itself, anything that belongs to it (its
    documents, family members, key dates, questions...), and pages opened at its addresses.
    Another council's case, or no case at all, gives no rows."""
    case = Case.objects.filter(authority_id=membership.authority_id, pk=case_id).first()
    if case is None:
        return queryset.none()
    about = Q(object_type="Case", object_id=str(case.public_id))
    for object_type, model, key, case_path in case_objects():
        ids = model.objects.filter(**{case_path: case}).values_list(key, flat=True)
        about |= Q(object_type=object_type, object_id__in=[str(value) for value in ids])
    about |= Q(path__contains=str(case.public_id)) | Q(path__startswith=f"/admin/cases/{case.pk}/")
    return queryset.filter(about)


def access_log_filter(
    *, membership, rows=None, person="", case="", action="", outcome="", date_from=None, date_to=None
):
    """The admin's LA's rows (or `rows`, already theirs) narrowed by any of: who did it, which case,
    what, the outcome, and the first and last day (inclusive, in the portal's time zone)."""
    rows = access_log_for_admin(membership=membership) if rows is None else rows
    person_id, case_id = person, case
    if person_id:
        rows = rows.filter(actor_id=person_id)
    if case_id:
        rows = access_log_about_case(rows, membership=membership, case_id=case_id)
    if action:
        rows = rows.filter(action=action)
    if outcome:
        rows = rows.filter(outcome=outcome)
    if date_from:
        rows = rows.filter(at__date__gte=date_from)
    if date_to:
        rows = rows.filter(at__date__lte=date_to)
    return rows


def _role_of_people(*, membership, user_ids):
    """user id → role word: this council's staff by their role, family members of its cases as such."""
    roles = dict(
        StaffMembership.objects.filter(authority_id=membership.authority_id, user_id__in=user_ids).values_list(
            "user_id", "role"
        )
    )
    family = Participant.objects.filter(case__authority_id=membership.authority_id, user_id__in=user_ids)
    for user_id in family.values_list("user_id", flat=True):
        roles.setdefault(user_id, "family")
    return roles


def access_log_people_named(*, membership, user_ids):
    """user id → (name, role) for the people the admin's rows name. Only this council's staff and its
    cases' family members are named; anyone else (who could appear only in an old row) is left out."""
    roles = _role_of_people(membership=membership, user_ids=set(user_ids))
    users = get_user_model().objects.filter(pk__in=roles)
    return {user.pk: (user.get_full_name() or user.email, roles[user.pk]) for user in users}
