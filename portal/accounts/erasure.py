"""Erasing a family member's account (UK GDPR article 17) without breaking the audit trail.

What goes: the account, its email addresses, authenticators, sessions, every participation in a
case and with it every "shared with" receipt. Rows in other apps that belong to the person go by
their own `on_delete=CASCADE` (questions they asked, notifications queued for them).

What stays: the access log. Its rows about the person keep their place in the trail, but their
email is replaced by a stable pseudonym ("erased-user-<n>"), and the erasure itself is logged.
Documents that were shared only with this person have nobody left to share with; the daily
`expire_unshared_documents` deletes them after PORTAL_UNSHARED_UPLOAD_HOURS.

Staff accounts are not erased here: LA admins deactivate staff, and a member of staff's actions on
cases are part of the LA's own record.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from portal.audit.models import AccessLogEntry
from portal.audit.services import audit_actor_erase
from portal.authorities.models import StaffMembership


def person_erase(*, user, erased_by=None, system="", reason=""):
    """Delete a family member's account and personal data. Returns the pseudonym used in the log."""
    from portal.authorities.services import _user_sessions_end

    if user.is_superuser or user.is_staff or StaffMembership.objects.filter(user=user).exists():
        raise ValidationError("This is a staff account. Staff accounts are deactivated by an LA admin, not erased.")
    with transaction.atomic():
        _user_sessions_end(user=user)
        label = audit_actor_erase(user=user, erased_by=erased_by, reason=reason, system=system or "erase_person")
        user.delete()
    return label


def keep_audit_trail_on_delete(sender, instance, **kwargs):
    """pre_delete for User: however an account is deleted, its log rows are pseudonymised, not lost.

    Django sets `actor` to NULL on its own (SET_NULL); without this, the rows would keep the email.
    """
    if AccessLogEntry.objects.filter(actor=instance).exists():
        audit_actor_erase(user=instance, reason="account deleted", system="account_delete")
