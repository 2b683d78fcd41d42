"""Writes for the LA admin's pre-proceedings screens: each validates, runs in a transaction and is audited."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from portal.audit.services import audit_allowed

from ..models import OutcomeCode


@transaction.atomic
def outcome_codes_update(*, authority, changes, updated_by, request=None):
    """Change the labels and "issues proceedings" flags of the council's outcome codes.

    `changes` maps each code to {"label": ..., "issues_proceedings": ...}. The codes themselves are
    DfE's (CS131) and cannot be added, renamed or removed here: an unknown code is refused.
    """
    codes = {code.code: code for code in OutcomeCode.objects.select_for_update().filter(authority=authority)}
    unknown = sorted(set(changes) - set(codes))
    if unknown:
        raise ValidationError(
            _("These codes are not in your council's list: %(codes)s.") % {"codes": ", ".join(unknown)}
        )
    changed = []
    for code, values in sorted(changes.items()):
        outcome = codes[code]
        label = (values.get("label") or "").strip()
        issues = bool(values.get("issues_proceedings"))
        if (label, issues) == (outcome.label, outcome.issues_proceedings):
            continue
        outcome.label, outcome.issues_proceedings = label, issues
        outcome.full_clean()
        outcome.save(update_fields=["label", "issues_proceedings"])
        changed.append(code)
    if changed:
        audit_allowed(
            actor=updated_by,
            action="outcome_codes_update",
            authority=authority,
            request=request,
            detail=f"codes changed: {', '.join(changed)}",
        )
    return changed


def census_return_download_record(*, authority, year, downloaded_by, request=None):
    """Log who downloaded the council's census return for which year (the file holds no names, but
    every child's identifier and pre-proceedings dates)."""
    with transaction.atomic():
        return audit_allowed(
            actor=downloaded_by,
            action="census_return_download",
            obj=authority,
            authority=authority,
            request=request,
            detail=f"collection year {year}",
        )
