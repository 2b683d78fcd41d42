"""Reads for notifications: only ever a person's own."""

from django.http import Http404

from portal.cases.selectors import participations_for_user

from .models import ContactPreference, Notification


def family_member_required(*, user):
    """Contact preferences are for family members: anyone else gets a 404 (audited by private_view)."""
    if not participations_for_user(user=user).exists():
        raise Http404


def notifications_for_user(*, user, limit=20):
    return list(Notification.objects.filter(recipient=user).order_by("-created_at", "-pk")[:limit])


def phone_display(number):
    """+447700900982 → 07700 900982, as people write their own number."""
    if number.startswith("+44") and len(number) == 13:
        local = "0" + number[3:]
        return f"{local[:5]} {local[5:]}"
    return number


def contact_preference_for(*, user):
    """The person's preference, unsaved and set to email if they have never chosen."""
    return ContactPreference.objects.filter(user=user).first() or ContactPreference(user=user)
