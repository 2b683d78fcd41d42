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
