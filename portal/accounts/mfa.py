"""Staff must use a second factor (TOTP app or passkey, with recovery codes). Family members may.

allauth already asks for the second factor at sign-in whenever the account has one. What it does
not do is *require* one. This module does, for anyone who can reach staff screens:

- a member of staff (a StaffMembership: worker or LA admin),
- anyone who can open the Wagtail admin (editors, moderators: `wagtailadmin.access_admin`),
- superusers.

On every staff URL (PORTAL_MFA_REQUIRED_PREFIXES, by default /admin/), such a person is sent:
- to set up an authenticator app (allauth's `mfa_activate_totp`) if they have no TOTP or passkey;
- to confirm with their second factor (`mfa_reauthenticate`) if this session was signed in
  without one (for example it began before they set one up).

A session "completed MFA" when allauth recorded an "mfa" authentication in it, which it does after
the second-factor step at sign-in and after re-authentication. Setting up an authenticator also
counts: the person has just typed a valid code from it (see `record_new_second_factor`).
"""

import time

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import app_settings as allauth_mfa_settings
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from portal.authorities.selectors import staff_membership_for

SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def mfa_required_for(user):
    """True for anyone who can reach a staff screen. Inactive and anonymous people need nothing."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if staff_membership_for(user) is not None:  # kept for the rest of the request, which asks again
        return True
    return user.has_perm("wagtailadmin.access_admin")


def has_second_factor(user):
    return Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists()


def session_completed_mfa(request):
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def _is_required_path(path):
    prefixes = settings.PORTAL_MFA_REQUIRED_PREFIXES
    return path.startswith(tuple(prefixes))


class StaffMFAMiddleware:
    """Place after AuthenticationMiddleware, AccountMiddleware and the session timeout middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _is_required_path(request.path_info) and mfa_required_for(request.user):
            if not has_second_factor(request.user):
                return redirect(_with_next(reverse("mfa_activate_totp"), request))
            if not session_completed_mfa(request):
                return redirect(_with_next(reverse("mfa_reauthenticate"), request))
        before = _second_factor_ids(request.user) if _is_set_up_post(request) else None
        response = self.get_response(request)
        if before is not None:
            record_new_second_factor(request, before)
        return response


def _with_next(url, request):
    return f"{url}?{urlencode({'next': request.get_full_path()})}"


def _is_set_up_post(request):
    if request.method != "POST" or not getattr(request.user, "is_authenticated", False):
        return False
    return request.path_info in {reverse("mfa_activate_totp"), reverse("mfa_add_webauthn")}


def _second_factor_ids(user):
    return set(Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).values_list("pk", flat=True))


def record_new_second_factor(request, before):
    """A second factor set up in this request counts as using it: the person has just typed a code
    from the app (or used the passkey) to set it up.

    Without this, a member of staff who sets up their app would be asked for a code from it on the
    very next page. Recorded the way allauth records a second-factor sign-in. (allauth's own
    `authenticator_added` signal fires after the commit, which can be after the session is saved.)
    """
    added = Authenticator.objects.filter(user=request.user, type__in=SECOND_FACTORS).exclude(pk__in=before).first()
    if added is not None:
        record_authentication(request, request.user, "mfa", id=added.pk, type=added.type, activated=True)


class MFAAdapter(DefaultMFAAdapter):
    """Staff cannot remove their last second factor: the site would only ask them to add one again."""

    def can_delete_authenticator(self, authenticator):
        if authenticator.type not in SECOND_FACTORS or not mfa_required_for(authenticator.user):
            return super().can_delete_authenticator(authenticator)
        others = Authenticator.objects.filter(user_id=authenticator.user_id, type__in=SECOND_FACTORS).exclude(
            pk=authenticator.pk
        )
        return others.exists()


def totp_code(secret, at=None):
    """The authenticator-app code for a TOTP secret at a time (now by default), as allauth checks it.

    For the demo accounts' published secret and for tests: never used to sign anyone in.
    """
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    counter = int(time.time() if at is None else at) // allauth_mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))
