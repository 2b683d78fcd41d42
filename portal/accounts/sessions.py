"""Short sessions: signed out after a spell of inactivity, and after a fixed time whatever happens.

- staff (anyone who must use MFA, see portal.accounts.mfa): idle PORTAL_STAFF_SESSION_IDLE_MINUTES
  (30), absolute PORTAL_SESSION_ABSOLUTE_HOURS (12);
- family members: idle PORTAL_FAMILY_SESSION_IDLE_MINUTES (60), absolute PORTAL_SESSION_ABSOLUTE_HOURS (12).

A family member may be on a shared phone or in a shared house, so an abandoned session must not
stay open for long; staff screens hold every family of an LA, so theirs are shorter still.

The sign-in time and last activity are kept in the session itself. Last activity is written at most
once a minute, so an active person does not cause a session write on every request.
"""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.utils.translation import gettext as _

from .mfa import mfa_required_for

SIGNED_IN_AT = "portal_signed_in_at"
LAST_SEEN_AT = "portal_last_seen_at"
_WRITE_EVERY = 60  # seconds


@receiver(user_logged_in, dispatch_uid="portal_session_started")
def session_started(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN_AT] = now


def session_limits_for(user):
    """(idle seconds, absolute seconds) for this person."""
    idle_minutes = (
        settings.PORTAL_STAFF_SESSION_IDLE_MINUTES
        if mfa_required_for(user)
        else settings.PORTAL_FAMILY_SESSION_IDLE_MINUTES
    )
    return idle_minutes * 60, _absolute_seconds()


def _absolute_seconds():
    return settings.PORTAL_SESSION_ABSOLUTE_HOURS * 3600


def _shortest_idle_seconds():
    """The shorter idle limit. Nobody idle for less than this has timed out, staff or family."""
    return min(settings.PORTAL_STAFF_SESSION_IDLE_MINUTES, settings.PORTAL_FAMILY_SESSION_IDLE_MINUTES) * 60


class SessionTimeoutMiddleware:
    """Place after AuthenticationMiddleware and MessageMiddleware, before StaffMFAMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            expired = self._check(request, user)
            if expired:
                logout(request)  # flushes the session: the old cookie is worth nothing now
                messages.info(request, expired)
                return redirect_to_login(request.get_full_path())
        return self.get_response(request)

    def _check(self, request, user):
        session = request.session
        now = time.time()
        signed_in_at = session.get(SIGNED_IN_AT)
        last_seen_at = session.get(LAST_SEEN_AT)
        if signed_in_at is None or last_seen_at is None:
            # A session from before these limits existed: start counting now.
            session[SIGNED_IN_AT] = signed_in_at or now
            session[LAST_SEEN_AT] = now
            return None
        if now - signed_in_at > _absolute_seconds():
            return _("You have been signed out because you were signed in for a long time. Sign in again.")
        # Whether this is staff (up to three queries) matters only once someone has been idle for
        # longer than the shorter limit: an active person's requests never ask.
        idle_for = now - last_seen_at
        if idle_for > _shortest_idle_seconds() and idle_for > session_limits_for(user)[0]:
            return _("You have been signed out because you had not done anything for a while. Sign in again.")
        if idle_for > _WRITE_EVERY:
            session[LAST_SEEN_AT] = now
        return None
