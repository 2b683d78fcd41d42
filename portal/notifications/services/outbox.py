"""The outbox: notifications written with the change they tell about, then delivered with retries.

How a notification travels (SECURITY-TESTS.md, Reliability 29):
1. A case or document service calls notify_participants() inside its own transaction. That writes
   one pending Notification per person and channel, so the outbox commits with the change or not
   at all.
2. Only after the commit is the background task queued (transaction.on_commit). A task queue or
   mail server that is down can never roll back, block or lose the change.
3. The task claims each row with a conditional update (pending → sending): one
   `UPDATE … WHERE status = 'pending'`, which only one caller can win. On PostgreSQL a second
   process's update waits for the first's row lock, then finds the row no longer pending; SQLite
   lets one writer at a time. A row is sent by whoever claims it, once; a second run of the task,
   the same task queued twice, a retry, the scheduled command, or any number of `db_worker`
   processes on any number of servers find nothing to claim (tests/portal/notifications/test_workers.py
   runs two real workers at once). The claimer then records the outcome on its own claim only.
4. On a failure the row goes back to pending with attempts + 1 and a later next_attempt_at
   (exponential backoff). The durable queue re-runs the task then; `send_pending_notifications`
   on a schedule catches anything else. After PORTAL_NOTIFY_MAX_ATTEMPTS it is marked failed.
"""

import contextlib
import contextvars
import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .. import channels, messages
from ..models import ContactPreference, Notification
from ..sms import PermanentSendError

logger = logging.getLogger(__name__)

# A worker process that died mid-send leaves a row in "sending". After this long it is offered
# again. (The provider may have accepted it: in that one crash case a person could get the same
# neutral message twice, which is better than never hearing about the update.)
STALE_CLAIM_AFTER = timedelta(minutes=30)
BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=6)

_suppressed = contextvars.ContextVar("portal_notifications_suppressed", default=False)


@contextlib.contextmanager
def notifications_suppressed():
    """No notifications for changes made inside this block (the demo data loader uses it)."""
    token = _suppressed.set(True)
    try:
        yield
    finally:
        _suppressed.reset(token)


def channels_for(*, user, preference):
    """Which channels to use for a person. Email unless they chose texts and verified their number.

    Someone who chose "text only" but has not verified a number still gets email: telling nobody
    is worse than using the channel they set up their account with.
    """
    if preference is None:
        return [Notification.Channel.EMAIL] if user.email else []
    result = []
    if preference.can_text:
        result.append(Notification.Channel.SMS)
    if user.email and (preference.wants_email or not preference.can_text):
        result.append(Notification.Channel.EMAIL)
    return result


def notify_participants(*, participants, reason):
    """Tell each of these family members that something changed. Call it inside the change's transaction.

    Writes the outbox rows now and queues their delivery only after the transaction commits.
    Returns the Notification rows written.
    """
    if reason not in Notification.Reason.values:
        raise ValueError(f"Unknown notification reason: {reason!r}")
    if _suppressed.get():
        return []
    users = {}
    for participant in participants:
        user = participant.user
        if user.is_active:
            users[user.pk] = user
    if not users:
        return []
    preferences = {pref.user_id: pref for pref in ContactPreference.objects.filter(user_id__in=users)}
    notifications = [
        Notification.objects.create(recipient=user, channel=channel, reason=reason)
        for user in users.values()
        for channel in channels_for(user=user, preference=preferences.get(user.pk))
    ]
    ids = [notification.pk for notification in notifications]
    if ids:
        transaction.on_commit(lambda: notifications_enqueue(notification_ids=ids), robust=True)
    return notifications


def notifications_enqueue(*, notification_ids, run_after=None):
    """Queue the sending task. Never raises: a queue outage leaves the rows for the scheduled command."""
    from ..tasks import send_notifications

    try:
        task = send_notifications
        if run_after is not None:
            if not task.get_backend().supports_defer:
                return None
            task = task.using(run_after=run_after)
        return task.enqueue(notification_ids=list(notification_ids))
    except Exception:
        logger.exception(
            "Could not queue %d notifications; send_pending_notifications will send them.", len(notification_ids)
        )
        return None


def backoff(attempts):
    """How long to wait after the given number of failed attempts: 1, 2, 4 … minutes, at most 6 hours."""
    return min(BACKOFF_FIRST * (2 ** max(attempts - 1, 0)), BACKOFF_MAX)


def _claim(*, notification_id, now):
    """pending → sending, atomically. True for exactly one caller; False if sent, sending or not due."""
    return bool(
        Notification.objects.filter(
            pk=notification_id, status=Notification.Status.PENDING, next_attempt_at__lte=now
        ).update(status=Notification.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    )


def _send(notification):
    user = notification.recipient
    rendered = messages.render(reason=notification.reason, channel=notification.channel, language=user.language)
    if not user.is_active:
        raise PermanentSendError("InactiveRecipient")
    if notification.channel == Notification.Channel.EMAIL:
        if not user.email:
            raise PermanentSendError("NoEmailAddress")
        channels.send_email(to=user.email, subject=rendered.subject, body=rendered.body)
    else:
        preference = ContactPreference.objects.filter(user=user).first()
        if preference is None or not preference.can_text:
            raise PermanentSendError("NoVerifiedPhone")
        channels.send_sms(
            phone_number=preference.phone_number, body=rendered.body, reference=str(notification.public_id)
        )


def _status(notification_id):
    return Notification.objects.filter(pk=notification_id).values_list("status", flat=True).first()


def notification_deliver(*, notification_id, now=None):
    """Send one notification if it is due and nobody else has it. Returns its status afterwards.

    Safe to call any number of times, from any number of processes: only the caller that claims
    the row sends it.
    """
    now = now or timezone.now()
    if not _claim(notification_id=notification_id, now=now):
        return _status(notification_id)
    notification = Notification.objects.select_related("recipient").get(pk=notification_id)
    # The outcome is written on this claim only (each claim adds one attempt). Should this send
    # outlast STALE_CLAIM_AFTER, the row is offered again (pending, same attempts): the outcome
    # still lands, so a sent row is not sent again. If another worker has claimed it meanwhile,
    # that one's outcome stands: this one must not overwrite it, nor put the row back to pending
    # while it is being sent.
    ours = Notification.objects.filter(
        pk=notification_id,
        attempts=notification.attempts,
        status__in=[Notification.Status.SENDING, Notification.Status.PENDING],
    )

    def outcome(status, **fields):
        return status if ours.update(status=status, **fields) else _status(notification_id)

    try:
        _send(notification)
    except PermanentSendError as error:
        logger.warning("Notification %s failed for good (%s).", notification.public_id, error)
        return outcome(Notification.Status.FAILED, last_error=str(error)[:100] or "PermanentSendError")
    except Exception as error:
        # Record the kind of error only: messages from mail servers can quote addresses.
        error_name = type(error).__name__[:100]
        if notification.attempts >= settings.PORTAL_NOTIFY_MAX_ATTEMPTS:
            logger.error(
                "Notification %s failed after %d attempts (%s).",
                notification.public_id,
                notification.attempts,
                error_name,
            )
            return outcome(Notification.Status.FAILED, last_error=error_name)
        logger.warning("Notification %s not sent (%s); will try again.", notification.public_id, error_name)
        return outcome(
            Notification.Status.PENDING, next_attempt_at=now + backoff(notification.attempts), last_error=error_name
        )
    return outcome(Notification.Status.SENT, sent_at=timezone.now(), last_error="")


def notifications_deliver(*, notification_ids, now=None):
    """Deliver several; returns {status: count}. Any left pending are queued again for their next try."""
    counts = {}
    retry = []
    for notification_id in notification_ids:
        status = notification_deliver(notification_id=notification_id, now=now)
        counts[status] = counts.get(status, 0) + 1
        if status == Notification.Status.PENDING:
            retry.append(notification_id)
    if retry:
        next_at = (
            Notification.objects.filter(pk__in=retry, status=Notification.Status.PENDING)
            .order_by("next_attempt_at")
            .values_list("next_attempt_at", flat=True)
            .first()
        )
        if next_at is not None:
            notifications_enqueue(notification_ids=retry, run_after=next_at)
    return counts


def notifications_release_stale(*, now=None):
    """Offer again rows left in "sending" by a process that died (see STALE_CLAIM_AFTER)."""
    now = now or timezone.now()
    return Notification.objects.filter(
        status=Notification.Status.SENDING, claimed_at__lt=now - STALE_CLAIM_AFTER
    ).update(status=Notification.Status.PENDING, next_attempt_at=now)


def notifications_send_pending(*, now=None, limit=500):
    """Send every pending notification that is due. For the scheduled command."""
    now = now or timezone.now()
    notifications_release_stale(now=now)
    due = list(
        Notification.objects.filter(status=Notification.Status.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    counts = {}
    for notification_id in due:
        status = notification_deliver(notification_id=notification_id, now=now)
        counts[status] = counts.get(status, 0) + 1
    return counts
