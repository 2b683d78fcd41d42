"""Writes for the people in a case: adding them, inviting them, and an invited account joining."""

import secrets

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from portal.audit.services import audit_allowed

from ..invitations import invitation_send, join_invitation_send
from ..models import CaseInvitation, Participant
from ..selectors import account_reaches_admin


@transaction.atomic
def participant_add(*, case, email, first_name, last_name="", role, added_by, invite=True, language=""):
    """Add a family member to a case by email address.

    A new address gets an account (verified email, no password) and joins the case at once; they
    sign in with a code sent to that email. An address that already has an account (another case,
    another council, a member of staff) is only invited: it joins when its owner signs in and
    accepts (``invitation_accept``). The worker sees the same answer either way, with the name they
    typed, so adding someone never tells them whether an address is known or what name it holds.
    Emails name nobody and no case, in case someone else reads them. `language` (chosen by the
    worker) is kept for a new account, whose invitation then goes out in it; an existing account
    keeps its owner's own choice.
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
    if language and language not in {code for code, _name in settings.LANGUAGES}:
        raise ValidationError({"language": gettext("Choose one of the portal's languages.")})
    user = User(email=email, first_name=first_name.strip(), last_name=last_name.strip(), language=language)
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
    email, authority, language = user.email, case.authority, user.language
    transaction.on_commit(
        lambda: join_invitation_send(email=email, authority=authority, token=token, language=language)
    )
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
    email, language = participant.user.email, participant.user.language
    authority = participant.case.authority
    transaction.on_commit(lambda: invitation_send(email=email, authority=authority, language=language))
    audit_allowed(actor=invited_by, action="invite", obj=participant, authority=participant.case.authority)
