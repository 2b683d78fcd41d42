"""Writes for a case's own record: the case, its stage, key dates, contacts and named workers."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from portal.audit.services import audit_allowed
from portal.authorities.models import StaffMembership
from portal.notifications.models import Notification
from portal.notifications.services import notify_participants

from ..models import Case, CaseContact, KeyDate, StageChange
from ..selectors import case_reference_in_use


@transaction.atomic
def case_create(
    *, authority, reference, family_name, children_first_names="", stage="letter_sent", created_by, started_at=None
):
    case = Case(
        authority=authority,
        reference=reference.strip(),
        family_name=family_name.strip(),
        children_first_names=children_first_names.strip(),
        stage=stage,
    )
    case.full_clean()
    case.save()
    if created_by is not None and hasattr(created_by, "staff_membership"):
        case.workers.add(created_by)
    StageChange.objects.create(
        case=case, stage=stage, note="", changed_by=created_by, changed_at=started_at or timezone.now()
    )
    audit_allowed(actor=created_by, action="case_create", obj=case, authority=authority)
    return case


@transaction.atomic
def case_stage_change(*, case, stage, changed_by, note="", note_young_people="", changed_at=None):
    """Move the case to a stage and tell the family why, in their words. Young people read
    `note_young_people` instead of `note` when there is one."""
    if case.closed_reason:  # closed by a worker (lifecycle.case_close): a stage change would reopen it
        raise ValidationError(gettext("This case has been closed, so its stage cannot change."))
    change = StageChange(
        case=case,
        stage=stage,
        note=note.strip(),
        note_young_people=note_young_people.strip(),
        changed_by=changed_by,
        changed_at=changed_at or timezone.now(),
    )
    change.full_clean()
    change.save()
    case.stage = stage
    case.closed_at = timezone.now() if stage in {"order_made", "stepped_down"} else None
    case.save(update_fields=["stage", "closed_at"])
    audit_allowed(actor=changed_by, action="stage_change", obj=case, authority=case.authority, detail=stage)
    notify_participants(participants=case.participants.select_related("user"), reason=Notification.Reason.STAGE_CHANGED)
    return change


@transaction.atomic
def key_date_save(*, case, saved_by, key_date=None, **fields):
    key_date = key_date or KeyDate(case=case, created_by=saved_by)
    if key_date.case_id != case.pk:
        raise ValidationError(gettext("This date belongs to another case."))
    # When and where as stored, so the family is told only when a date is added or moved.
    before = KeyDate.objects.filter(pk=key_date.pk).values_list("starts_at", "place", "by_video").first()
    for name, value in fields.items():
        setattr(key_date, name, value)
    if key_date.outcome.strip() and key_date.starts_at and key_date.starts_at > timezone.now():
        raise ValidationError({"outcome": gettext("Add what was decided after the date, not before.")})
    key_date.full_clean()
    key_date.save()
    audit_allowed(actor=saved_by, action="key_date_save", obj=key_date, authority=case.authority)
    if before is None or before != (key_date.starts_at, key_date.place, key_date.by_video):
        notify_participants(
            participants=case.participants.select_related("user"),
            reason=Notification.Reason.KEY_DATE_ADDED if before is None else Notification.Reason.KEY_DATE_MOVED,
        )
    return key_date


@transaction.atomic
def case_contact_save(*, case, saved_by, contact=None, **fields):
    contact = contact or CaseContact(case=case)
    if contact.case_id != case.pk:
        raise ValidationError(gettext("This contact belongs to another case."))
    # Whose contact it is: someone in this family, or nobody (the whole family). A form offers only
    # this case's family members, but a service is the last word on what is saved.
    for_participant = fields.get("for_participant")
    if for_participant is not None and for_participant.case_id != case.pk:
        raise ValidationError({"for_participant": gettext("Choose someone in this family, or the whole family.")})
    for name, value in fields.items():
        setattr(contact, name, value)
    contact.full_clean()
    contact.save()
    audit_allowed(actor=saved_by, action="contact_save", obj=contact, authority=case.authority)
    return contact


DUPLICATE_REFERENCE_MESSAGE = gettext_lazy(
    "Another case in your council already uses this reference. Check it, or find that case in the list."
)


@transaction.atomic
def case_update(*, case, reference, family_name, children_first_names="", updated_by):
    """Change a case's reference and names. The stage changes only through case_stage_change."""
    reference = reference.strip()
    if case_reference_in_use(authority=case.authority, reference=reference, case=case):
        raise ValidationError({"reference": DUPLICATE_REFERENCE_MESSAGE})
    case.reference = reference
    case.family_name = family_name.strip()
    case.children_first_names = children_first_names.strip()
    case.full_clean()
    case.save(update_fields=["reference", "family_name", "children_first_names"])
    audit_allowed(actor=updated_by, action="case_update", obj=case, authority=case.authority)
    return case


@transaction.atomic
def case_workers_set(*, case, workers, changed_by):
    """Name the workers a family sees on their case. Only active workers of the case's own LA."""
    workers = list(workers)
    allowed = set(
        StaffMembership.objects.filter(
            authority_id=case.authority_id, role=StaffMembership.Role.WORKER, user__is_active=True
        ).values_list("user_id", flat=True)
    )
    if any(worker.pk not in allowed for worker in workers):
        raise ValidationError({"workers": gettext("You can only name workers from this council.")})
    case.workers.set(workers)
    audit_allowed(
        actor=changed_by,
        action="case_workers",
        obj=case,
        authority=case.authority,
        detail=f"workers={','.join(str(pk) for pk in sorted(worker.pk for worker in workers))}",
    )
