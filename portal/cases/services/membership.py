"""Writes for a family member's access once they are on a case: sending the invitation again,
changing their email address, and removing their access. Each has a twin for an invitation to an
account that already existed and has not been accepted yet."""

import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from portal.accounts.security_events import account_change_record
from portal.audit.services import audit_allowed

from ..invitations import join_invitation_send
from ..models import CaseInvitation, Participant
from ..selectors import account_reaches_admin
from ..selectors_people import account_used_outside_council, email_address_taken
from .people import participant_add, participant_invite

# A double click, or a second worker on the same page, must not send two emails.
RESEND_WAIT = timedelta(minutes=5)
RESEND_TOO_SOON = gettext_lazy(
    "An invitation was sent to this person less than 5 minutes ago. Give it a few minutes to arrive "
    "before sending another."
)
# The same words whether the address is another family member's, a member of staff's or anyone's:
# the worker must not learn from this screen who holds an account.
EMAIL_CANNOT_BE_USED = gettext_lazy("This address cannot be used. Check it with the person.")
EMAIL_NOT_OURS = gettext_lazy(
    "This person's account is also used outside your council's cases, so its address cannot be "
    "changed here. If they now use another address, remove their access and add them again with it."
)


def _not_too_soon(invited_at):
    if invited_at is not None and timezone.now() - invited_at < RESEND_WAIT:
        raise ValidationError(RESEND_TOO_SOON)


def _participant_locked(participant):
    """The row again, locked: two workers acting on one person at once take turns (PostgreSQL)."""
    return Participant.objects.select_for_update().select_related("user", "case__authority").get(pk=participant.pk)


@transaction.atomic
def participant_invite_again(*, participant, invited_by):
    """Send the "your account is ready" email again to someone who has never signed in."""
    participant = _participant_locked(participant)
    if participant.user.last_login is not None:
        raise ValidationError(gettext("This person has already signed in, so there is no invitation to send."))
    _not_too_soon(participant.invited_at)
    participant_invite(participant=participant, invited_by=invited_by)
    return participant


@transaction.atomic
def invitation_send_again(*, invitation, invited_by):
    """Send a pending invitation again, with a new link. The old link stops working: only the new
    token's digest is kept. The two weeks it is valid for start again."""
    invitation = (
        CaseInvitation.objects.select_for_update().select_related("user", "case__authority").get(pk=invitation.pk)
    )
    if invitation.accepted_at is not None:
        raise ValidationError(gettext("This invitation has already been accepted."))
    _not_too_soon(invitation.invited_at)
    token = secrets.token_urlsafe(32)
    invitation.token_hash = CaseInvitation.token_digest(token)
    invitation.invited_at = timezone.now()
    invitation.invited_by = invited_by
    invitation.save(update_fields=["token_hash", "invited_at", "invited_by"])
    case = invitation.case
    audit_allowed(actor=invited_by, action="invite", obj=case, authority=case.authority, detail="invitation sent again")
    email, authority, language = invitation.user.email, case.authority, invitation.user.language
    transaction.on_commit(
        lambda: join_invitation_send(email=email, authority=authority, token=token, language=language)
    )
    return invitation


@transaction.atomic
def participant_remove(*, participant, removed_by):
    """Take a family member off a case. Their account stays; nothing is sent to them.

    With the Participant go their "shared with" receipts (the documents stay on the case for
    whoever else has them) and the contacts kept for them only. Their questions and the replies stay
    on the case's record, no longer waiting for a reply (nobody could read it). The audit row keeps
    the counts, not the content.
    """
    participant = _participant_locked(participant)
    case = participant.case
    counts = {
        "documents": participant.received_documents.count(),
        "questions": participant.threads.count(),
        "contacts": participant.own_contacts.count(),
    }
    audit_allowed(
        actor=removed_by,
        action="participant_remove",
        obj=case,
        authority=case.authority,
        detail=f"participant={participant.pk}; user={participant.user_id}; role={participant.role}; "
        + "; ".join(f"{name}={count}" for name, count in counts.items()),
    )
    participant.threads.update(awaiting_reply=False)
    participant.delete()
    return counts


@transaction.atomic
def invitation_cancel(*, invitation, cancelled_by):
    """Withdraw an invitation nobody has accepted: its link stops working and nothing is sent."""
    invitation = CaseInvitation.objects.select_for_update().select_related("case__authority").get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise ValidationError(gettext("This invitation has already been accepted."))
    case = invitation.case
    audit_allowed(
        actor=cancelled_by,
        action="invitation_cancel",
        obj=case,
        authority=case.authority,
        detail=f"invitation={invitation.pk}; user={invitation.user_id}",
    )
    invitation.delete()


def _email_clean(email):
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise ValidationError({"email": gettext("Enter an email address, like name@example.com.")}) from exc
    return email


ALREADY_THEIR_ADDRESS = gettext_lazy("This is already their address.")


@transaction.atomic
def invitation_email_change(*, invitation, email, changed_by):
    """A new address for someone invited with an account they already had.

    That account is not the council's to change. So the invitation is withdrawn and the person is
    added again at the new address, with the name and role the worker typed (participant_add: a new
    account, or an invitation to whichever account holds that address). The worker sees the same
    screens as for a family member's address (admin_views/people.py).
    """
    invitation = (
        CaseInvitation.objects.select_for_update().select_related("user", "case__authority").get(pk=invitation.pk)
    )
    if invitation.accepted_at is not None:
        raise ValidationError(gettext("This invitation has already been accepted."))
    email = _email_clean(email)
    if email == invitation.user.email.lower():
        raise ValidationError({"email": ALREADY_THEIR_ADDRESS})
    first_name, last_name, role, case = invitation.first_name, invitation.last_name, invitation.role, invitation.case
    invitation_cancel(invitation=invitation, cancelled_by=changed_by)
    audit_allowed(actor=changed_by, action="invitation_email_change", obj=case, authority=case.authority)
    return participant_add(
        case=case, email=email, first_name=first_name, last_name=last_name, role=role, added_by=changed_by
    )


@transaction.atomic
def participant_email_change(*, participant, email, changed_by):
    """Give a family member's account a new email address (an account has exactly one).

    Only for an account that this council alone looks after: not one also in another council's case,
    and never one that opens staff screens. An address another account holds is refused in words
    that do not say so.

    The new address is saved unverified, on purpose. allauth's sign-in by code finds an account by
    an unverified address too, and marks the address verified when the code sent there is entered
    (`verify_email_indirectly`); a password sign-in with an unverified address is held back until
    the address is confirmed (ACCOUNT_EMAIL_VERIFICATION = "mandatory"). So the person proves they
    read that inbox before the address counts as theirs, and a mistyped address never becomes a
    verified one. Every session of the account ends, the change is logged, the notice goes to the
    new and the old address (portal.accounts.security_events), and someone who has never signed in
    gets their invitation again at the new address.
    """
    from portal.authorities.services import _user_sessions_end

    participant = _participant_locked(participant)
    user, case = participant.user, participant.case
    email = _email_clean(email)
    old = user.email
    if email == old.lower():
        raise ValidationError({"email": ALREADY_THEIR_ADDRESS})
    if account_reaches_admin(user) or account_used_outside_council(user=user, authority=case.authority):
        raise ValidationError({"email": EMAIL_NOT_OURS})
    if email_address_taken(email=email, user=user):
        raise ValidationError({"email": EMAIL_CANNOT_BE_USED})
    user.email = email
    user.save(update_fields=["email"])
    EmailAddress.objects.filter(user=user).delete()
    EmailAddress.objects.create(user=user, email=email, verified=False, primary=True)
    _user_sessions_end(user=user)
    account_change_record(request=None, user=user, change="email_changed", also=[old])
    # account_change_record logs the change as the account's own; this row says which worker made it.
    audit_allowed(actor=changed_by, action="participant_email_change", obj=participant, authority=case.authority)
    if user.last_login is None:
        participant_invite(participant=participant, invited_by=changed_by)
    return participant
