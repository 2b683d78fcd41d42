"""Writes for cases: validated, atomic, audited. Views never write models directly."""

import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from portal.audit.services import audit_allowed
from portal.authorities.models import StaffMembership
from portal.notifications.models import Notification
from portal.notifications.services import notify_participants

from .invitations import invitation_send, join_invitation_send
from .models import Case, CaseContact, CaseInvitation, KeyDate, Participant, StageChange
from .selectors import account_reaches_admin, case_reference_in_use


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
def case_stage_change(*, case, stage, changed_by, note="", changed_at=None):
    """Move the case to a stage and tell the family why, in their words."""
    change = StageChange(
        case=case, stage=stage, note=note.strip(), changed_by=changed_by, changed_at=changed_at or timezone.now()
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
def participant_add(*, case, email, first_name, last_name="", role, added_by, invite=True):
    """Add a family member to a case by email address.

    A new address gets an account (verified email, no password) and joins the case at once; they
    sign in with a code sent to that email. An address that already has an account (another case,
    another council, a member of staff) is only invited: it joins when its owner signs in and
    accepts (``invitation_accept``). The worker sees the same answer either way, with the name they
    typed, so adding someone never tells them whether an address is known or what name it holds.
    Emails name nobody and no case, in case someone else reads them.
    """
    email = (email or "").strip().lower()
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is not None and Participant.objects.filter(case=case, user=user).exists():
        raise ValidationError({"email": gettext("This person is already part of this case.")})
    if user is not None:
        return _existing_account_invite(
            case=case, user=user, first_name=first_name, last_name=last_name, role=role, invited_by=added_by
        )
    user = User(email=email, first_name=first_name.strip(), last_name=last_name.strip())
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    participant = Participant(case=case, user=user, role=role)
    participant.full_clean()
    participant.save()
    audit_allowed(actor=added_by, action="participant_add", obj=participant, authority=case.authority)
    if invite:
        participant_invite(participant=participant, invited_by=added_by)
    return participant


def _existing_account_invite(*, case, user, first_name, last_name, role, invited_by):
    if CaseInvitation.objects.filter(case=case, user=user, accepted_at=None).exists():
        raise ValidationError({"email": gettext("This person is already part of this case.")})
    token = secrets.token_urlsafe(32)
    invitation = CaseInvitation(
        case=case,
        user=user,
        role=role,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        token_hash=CaseInvitation.token_digest(token),
        invited_by=invited_by,
        invited_at=timezone.now(),
    )
    invitation.full_clean()
    invitation.save()
    audit_allowed(actor=invited_by, action="participant_add", obj=case, authority=case.authority)
    email, authority = user.email, case.authority
    transaction.on_commit(lambda: join_invitation_send(email=email, authority=authority, token=token))
    return invitation


INVITATION_STAFF_MESSAGE = gettext_lazy(
    "This account can open staff screens, so it cannot also be used for a family's case. "
    "Ask the worker to use another email address for you."
)


@transaction.atomic
def invitation_accept(*, invitation, user):
    """The invited person, signed in, joins the case. Staff accounts never do."""
    invitation = CaseInvitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.user_id != user.pk or invitation.accepted_at is not None:
        raise ValidationError(gettext("This invitation has already been used."))
    if account_reaches_admin(user):
        raise ValidationError(INVITATION_STAFF_MESSAGE)
    participant, _created = Participant.objects.get_or_create(
        case=invitation.case, user=user, defaults={"role": invitation.role, "invited_at": invitation.invited_at}
    )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    audit_allowed(actor=user, action="invitation_accept", obj=participant, authority=invitation.case.authority)
    return participant


@transaction.atomic
def participant_invite(*, participant, invited_by):
    """Stamp the invitation date and write its audit row together; the email goes after commit."""
    participant.invited_at = timezone.now()
    participant.save(update_fields=["invited_at"])
    email = participant.user.email
    authority = participant.case.authority
    transaction.on_commit(lambda: invitation_send(email=email, authority=authority))
    audit_allowed(actor=invited_by, action="invite", obj=participant, authority=participant.case.authority)


@transaction.atomic
def key_date_save(*, case, saved_by, key_date=None, **fields):
    key_date = key_date or KeyDate(case=case, created_by=saved_by)
    if key_date.case_id != case.pk:
        raise ValidationError(gettext("This date belongs to another case."))
    # When and where as stored, so the family is told only when a date is added or moved.
    before = KeyDate.objects.filter(pk=key_date.pk).values_list("starts_at", "place", "by_video").first()
    for name, value in fields.items():
        setattr(key_date, name, value)
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
