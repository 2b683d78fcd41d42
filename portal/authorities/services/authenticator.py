"""Resetting a member of staff's lost authenticator, by an LA admin of their council."""

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext, gettext_noop

from portal.accounts.services import second_factors_remove
from portal.audit.services import audit_allowed
from portal.languages.cookie import in_language
from portal.notifications.naming import named, portal_name

from . import _managed_membership_required, _user_sessions_end

# Resetting a lost authenticator. The admin must have checked who is asking: someone who has taken
# over a worker's email could otherwise ask for a reset and set up their own app.
# How the admin checked who was asking: the form's choices (forms.StaffAuthenticatorResetForm), and
# the words the access log keeps (in English, like the rest of the log's details).
RESET_HOW = {
    "in_person": "in person",
    "video_call": "on a video call",
    "phone_call_back": "by calling back a number the council already had",
}
RESET_SUBJECT = gettext_noop("Your authenticator has been reset")
RESET_BODY = gettext_noop("""Hello,

Your council's admin has reset the authenticator you use to sign in to {portal_name}.

The next time you sign in, you will be asked to set up an authenticator app again.

If you did not ask for this, contact your council's admin straight away.
""")


def staff_authenticator_reset(*, membership, reset_by, identity_checked, how):
    """Remove a member of staff's authenticators (after the admin checked who they are) and end their
    sessions, so that they set up a new one at their next sign-in. Logged, and the person is told.

    Nobody resets their own: another admin must, having checked who they are."""
    _managed_membership_required(actor=reset_by, membership=membership, action="authenticator_reset")
    if membership.user_id == reset_by.pk:
        raise ValidationError(gettext("You cannot reset your own authenticator. Ask another LA admin to do it."))
    errors = {}
    if not identity_checked:
        errors["identity_checked"] = gettext("Check who this person is before you reset their authenticator.")
    if how not in RESET_HOW:
        errors["how"] = gettext("Choose how you checked who this person is.")
    if errors:
        raise ValidationError(errors)
    user = membership.user
    with transaction.atomic():
        removed = second_factors_remove(user=user)
        if not removed:
            raise ValidationError(gettext("%(name)s has not set up an authenticator yet.") % {"name": user})
        _user_sessions_end(user=user)
        audit_allowed(
            actor=reset_by,
            action="authenticator_reset",
            obj=membership,
            authority=membership.authority,
            detail=f"checked who they are {RESET_HOW[how]}; authenticators removed: {removed}",
        )
        transaction.on_commit(lambda: _authenticator_reset_tell(user=user))
    return membership


def _authenticator_reset_tell(*, user):
    """Names no case and no family: a notice to the person, in their own language."""
    with in_language(user.language):
        subject = named(gettext(RESET_SUBJECT))
        body = gettext(RESET_BODY).format(portal_name=portal_name())
    send_mail(subject, body, None, [user.email])
