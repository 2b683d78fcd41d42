"""The day-before reminders of key dates, written to the outbox once per person and day."""

from datetime import datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import KeyDateReminder, Notification
from .outbox import notify_participants


def _local_day_bounds(day):
    start = timezone.make_aware(datetime.combine(day, time.min))
    end = timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))
    return start, end


def key_date_reminders_send(*, now=None):
    """Remind every family member of each key date tomorrow (Europe/London), once per person and day.

    Safe to run any number of times a day: a KeyDateReminder row, unique per key date, person
    and day, is written in the same transaction as the outbox row.
    """
    from portal.cases.models import KeyDate

    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    start, end = _local_day_bounds(tomorrow)
    key_dates = KeyDate.objects.filter(starts_at__gte=start, starts_at__lt=end).select_related("case")
    sent = 0
    for key_date in key_dates:
        for participant in key_date.case.participants.select_related("user"):
            if KeyDateReminder.objects.filter(key_date=key_date, user=participant.user, starts_on=tomorrow).exists():
                continue
            try:
                with transaction.atomic():
                    KeyDateReminder.objects.create(key_date=key_date, user=participant.user, starts_on=tomorrow)
                    notify_participants(participants=[participant], reason=Notification.Reason.KEY_DATE_REMINDER)
            except IntegrityError:
                continue  # another run got there first
            sent += 1
    return sent
