"""Writes to a person's own account that are not about how they sign in (security_events.py is)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction


@transaction.atomic
def user_language_set(*, user, language):
    """Remember the language a signed-in person chose, so their worker knows which language to use
    with them. A preference, not case content, so it is not written to the access log. Only a
    change writes."""
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ValidationError("Unknown language.")
    if user.language != language:
        user.language = language
        user.save(update_fields=["language"])


@transaction.atomic
def second_factors_remove(*, user):
    """Remove every authenticator (app, passkey and recovery codes) from an account. Returns how many.

    Only for an LA admin's reset (portal.authorities.services.authenticator.staff_authenticator_reset), which
    checks who may do it and logs it. Staff then have to set up a new one at their next sign-in
    (portal.accounts.mfa.StaffMFAMiddleware)."""
    from allauth.mfa.models import Authenticator

    count, _by_model = Authenticator.objects.filter(user=user).delete()
    return count
