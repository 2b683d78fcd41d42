"""What happens to an account's ways in is written down, and its owner is told.

The threat this answers: someone with a family member's phone for five minutes (an ex-partner)
adds their own way in: a password, an authenticator, another email address. So:

- nobody adds a second email address (ACCOUNT_MAX_EMAIL_ADDRESSES = 1): a family member's
  address is changed by their worker;
- setting or changing a password, and adding an authenticator or passkey, need the person to have
  signed in again recently (allauth's re-authentication);
- every such change is written to the access log and a plain notice goes to every address on the
  account (and, when an address changes, the old one too), naming no case and no person;
- every wrong authenticator, recovery or emailed code, and every code used up by wrong guesses,
  is written to the access log for the person's council's LA admin.
"""

from allauth.account import signals as account_signals
from allauth.account.models import EmailAddress
from allauth.mfa import signals as mfa_signals
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext_lazy

from portal.audit.services import audit_allowed, audit_denied
from portal.languages.cookie import in_language
from portal.notifications.naming import named, portal_name

from .adapter import authority_of

NOTICE_SUBJECT = gettext_lazy("A change to how you sign in")
NOTICE_BODY = gettext_lazy(
    "Someone has just changed how you sign in to {portal_name}: {what}.\n\n"
    "If this was you, you do not need to do anything.\n\n"
    "If it was not you, tell your family support worker or social worker straight away. "
    "They can stop anyone else using your account."
)
WHAT = {
    "password_set": gettext_lazy("a password was set"),
    "password_changed": gettext_lazy("the password was changed"),
    "password_reset": gettext_lazy("the password was reset"),
    "email_added": gettext_lazy("an email address was added"),
    "email_changed": gettext_lazy("the email address was changed"),
    "email_removed": gettext_lazy("an email address was removed"),
    "authenticator_added": gettext_lazy("a way to confirm it is you (an app or passkey) was added"),
    "authenticator_removed": gettext_lazy("a way to confirm it is you (an app or passkey) was removed"),
    "authenticator_reset": gettext_lazy("new recovery codes were made"),
}


def account_change_record(*, request, user, change, also=()):
    """Log one change to an account's ways in and tell every address on it (after the change commits)."""
    audit_allowed(
        actor=user if getattr(user, "is_authenticated", False) else None,
        obj=user,
        action="account_change",
        authority=authority_of(user),
        request=request,
        detail=change,
    )
    addresses = set(EmailAddress.objects.filter(user=user).values_list("email", flat=True)) | set(also)
    if user.email:
        addresses.add(user.email)
    with in_language(user.language):  # the owner's own language, whatever the page was read in
        body = str(NOTICE_BODY).format(portal_name=portal_name(), what=str(WHAT[change]))
        subject = named(str(NOTICE_SUBJECT))
    for address in sorted(addresses):
        transaction.on_commit(lambda address=address: send_mail(subject, body, None, [address]))


def _changed(change):
    def receiver(sender, request=None, user=None, **kwargs):
        also = []
        old = kwargs.get("from_email_address")
        if old is not None:
            also.append(old.email)
        removed = kwargs.get("email_address") if change == "email_removed" else None
        if removed is not None:
            also.append(removed.email)
        account_change_record(request=request, user=user, change=change, also=also)

    receiver.__name__ = f"on_{change}"
    return receiver


def second_factor_failed(sender, request, user, authenticator, reauthentication=False, **kwargs):
    audit_denied(
        actor=None,
        obj=user,
        action="reauthentication_failed" if reauthentication else "mfa_failed",
        authority=authority_of(user),
        request=request,
        detail=f"wrong {authenticator.type} code",
    )


def code_rejected(action):
    def receiver(sender, request=None, user=None, last_attempt=False, **kwargs):
        from portal.authorities.selectors import authority_for_request

        authority = authority_of(user) if user is not None else None
        audit_denied(
            actor=None,
            obj=user,
            action=action,
            authority=authority or (authority_for_request(request) if request is not None else None),
            request=request,
            detail="wrong code; no tries left, the code is cancelled" if last_attempt else "wrong code",
        )

    receiver.__name__ = f"on_{action}"
    return receiver


RECEIVERS = []  # kept alive: signals hold receivers weakly


def connect():
    for change in (
        "password_set",
        "password_changed",
        "password_reset",
        "email_added",
        "email_changed",
        "email_removed",
    ):
        receiver = _changed(change)
        RECEIVERS.append(receiver)
        getattr(account_signals, change).connect(receiver, dispatch_uid=f"portal_{change}")
    for change in ("authenticator_added", "authenticator_removed", "authenticator_reset"):
        receiver = _changed(change)
        RECEIVERS.append(receiver)
        getattr(mfa_signals, change).connect(receiver, dispatch_uid=f"portal_{change}")
    mfa_signals.authentication_failed.connect(second_factor_failed, dispatch_uid="portal_mfa_failed")
    for signal, action in (
        (account_signals.login_code_rejected, "login_code_wrong"),
        (account_signals.password_reset_code_rejected, "reset_code_wrong"),
    ):
        receiver = code_rejected(action)
        RECEIVERS.append(receiver)
        signal.connect(receiver, dispatch_uid=f"portal_{action}")
