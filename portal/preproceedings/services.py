"""Writes for pre-proceedings data: validated, atomic, audited. Views never write these models directly.

A period is checked against the census's rules (rules.period_problems) before anything is saved:
any problem refuses the whole save, with each message on the field to correct.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from portal.audit.services import audit_allowed

from . import rules
from .models import CENSUS_FIELDS, DEFAULT_OUTCOME_CODES, Child, OutcomeCode, Period
from .selectors import period_values

FGDM_NOT_OFFERED_FIELDS = ("fgdm_not_offered_by", "fgdm_not_offered_on", "fgdm_not_offered_reason")


@transaction.atomic
def child_save(*, case, saved_by, child=None, **fields):
    """Add a child to a case, or change one. Born children need a year and month of birth; an
    unborn child (a pre-birth case) has neither."""
    child = child or Child(case=case)
    if child.case_id != case.pk:
        raise ValidationError(gettext("This child belongs to another case."))
    for name, value in fields.items():
        setattr(child, name, value.strip() if isinstance(value, str) else value)
    errors = {}
    if child.unborn:
        child.birth_year = child.birth_month = None
    else:
        if child.birth_year is None:
            errors["birth_year"] = gettext("Give the year of birth, or tick “unborn” for a pre-birth case.")
        if child.birth_month is None:
            errors["birth_month"] = gettext("Give the month of birth, or tick “unborn” for a pre-birth case.")
    taken = Child.objects.filter(case=case, council_child_id=child.council_child_id).exclude(pk=child.pk)
    if child.council_child_id and taken.exists():
        errors["council_child_id"] = gettext("Another child in this case already has this identifier.")
    if errors:
        raise ValidationError(errors)
    child.full_clean()
    child.save()
    audit_allowed(actor=saved_by, action="child_save", obj=child, authority=case.authority)
    return child


@transaction.atomic
def child_delete(*, child, deleted_by, with_periods=False):
    """Remove a child added by mistake. A child with pre-proceedings periods is refused unless the
    caller confirms `with_periods`: those periods are census data, and go with the child."""
    count = child.periods.count()
    if count and not with_periods:
        raise ValidationError(
            gettext("%(name)s has %(count)s pre-proceedings period(s). Confirm that they go too.")
            % {"name": child.first_name, "count": count}
        )
    case = child.case
    audit_allowed(
        actor=deleted_by, action="child_delete", obj=child, authority=case.authority, detail=f"periods={count}"
    )
    child.delete()


def _blank_reasons(values, blank_reasons):
    """Reasons kept only for census items left blank: a reason beside an answer says nothing."""
    census = set(CENSUS_FIELDS.values())
    return {
        name: text.strip()
        for name, text in (blank_reasons or {}).items()
        if name in census and (text or "").strip() and values.get(name) in (None, "")
    }


@transaction.atomic
def period_save(*, child, saved_by, period=None, blank_reasons=None, today=None, **fields):
    """Add a pre-proceedings period to a child, or change one. Nothing is saved if the census's rules
    find any problem: the ValidationError names each field to correct, in plain words."""
    period = period or Period(child=child, created_by=saved_by)
    if period.child_id != child.pk:
        raise ValidationError(gettext("This period belongs to another child."))
    outcome = fields.get("outcome")
    if outcome is not None and outcome.authority_id != child.case.authority_id:
        raise ValidationError({"outcome": gettext("Choose one of your council's outcomes.")})
    for name, value in fields.items():
        setattr(period, name, value.strip() if isinstance(value, str) else value)
    if period.fgdm_offer != rules.NOT_BEST_INTERESTS:
        # Who, when and why only matter for that answer: a changed answer leaves nothing behind.
        period.fgdm_not_offered_by, period.fgdm_not_offered_on, period.fgdm_not_offered_reason = "", None, ""
    values = period_values(period)
    reasons = _blank_reasons(values, blank_reasons)
    problems = rules.period_problems(values, blank_reasons=reasons, today=today or timezone.localdate())
    if problems:
        errors = {}
        for problem in problems:
            errors.setdefault(problem.field, []).append(problem.message)
        raise ValidationError(errors)
    period.blank_reasons = reasons
    period.full_clean()
    period.save()
    audit_allowed(
        actor=saved_by, action="period_save", obj=period, authority=child.case.authority, detail=f"child={child.pk}"
    )
    return period


@transaction.atomic
def outcome_codes_ensure(*, authority, ensured_by=None):
    """Give a council the provisional outcome codes if it has none yet. Idempotent: a council that
    already has codes (perhaps with corrected labels) is left as it is. Returns the codes created."""
    if OutcomeCode.objects.filter(authority=authority).exists():
        return []
    created = OutcomeCode.objects.bulk_create(
        [
            OutcomeCode(authority=authority, code=code, label=label, issues_proceedings=issues)
            for code, label, issues in DEFAULT_OUTCOME_CODES
        ],
        ignore_conflicts=True,  # two first visits at once: the second adds nothing
    )
    audit_allowed(
        actor=ensured_by,
        action="outcome_codes_ensure",
        authority=authority,
        detail=f"codes={','.join(code.code for code in created)}",
        system="" if ensured_by else "preproceedings",
    )
    return created
