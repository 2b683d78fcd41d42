"""Writes for notifications, by concern:

- outbox.py: notify_participants() writes the outbox inside the caller's transaction; delivery
  claims, sends and retries each row (how a notification travels is told there);
- reminders.py: the day-before reminders of key dates;
- preferences.py: how each family member wants to hear, and checking a mobile number with a code.

The names other apps use are gathered here.
"""

from .outbox import (
    backoff,
    channels_for,
    notification_deliver,
    notifications_deliver,
    notifications_enqueue,
    notifications_release_stale,
    notifications_send_pending,
    notifications_suppressed,
    notify_participants,
)
from .preferences import (
    CODE_LIFETIME,
    CODE_MAX_GUESSES,
    CODES_PER_HOUR,
    PHONE_HINT,
    contact_preference_save,
    normalise_uk_mobile,
    phone_verification_check,
    phone_verification_start,
)
from .reminders import key_date_reminders_send

__all__ = [
    "backoff",
    "CODES_PER_HOUR",
    "CODE_LIFETIME",
    "CODE_MAX_GUESSES",
    "PHONE_HINT",
    "channels_for",
    "contact_preference_save",
    "key_date_reminders_send",
    "normalise_uk_mobile",
    "notification_deliver",
    "notifications_deliver",
    "notifications_enqueue",
    "notifications_release_stale",
    "notifications_send_pending",
    "notifications_suppressed",
    "notify_participants",
    "phone_verification_check",
    "phone_verification_start",
]
