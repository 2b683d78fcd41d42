"""Writes for notifications: the outbox, delivery with retries, and the day-before reminders.

How a notification travels (SECURITY-TESTS.md, Reliability 29):
1. A case or document service calls notify_participants() inside its own transaction. That writes
   one pending Notification per person and channel, so the outbox commits with the change or not
   at all.
2. Only after the commit is the background task queued (transaction.on_commit). A task queue or
   mail server that is down can never roll back, block or lose the change.
3. The task claims each row with a conditional update (pending → sending). A row is sent by
   whoever claims it, once; a second run of the task, a retry, or the scheduled command finds
   nothing to claim.
4. On a failure the row goes back to pending with attempts + 1 and a later next_attempt_at
   (exponential backoff). The durable queue re-runs the task then; `send_pending_notifications`
   on a schedule catches anything else. After PORTAL_NOTIFY_MAX_ATTEMPTS it is marked failed.
"""

import contextlib
import contextvars
import logging
import re
import secrets
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext, gettext_lazy

from portal.audit.services import audit_allowed, audit_denied

from . import channels, messages
from .models import ContactPreference, KeyDateReminder, Notification, PhoneVerification
from .sms import PermanentSendError

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
    from .tasks import send_notifications

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
    rendered = messages.render(reason=notification.reason, channel=notification.channel)
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


def notification_deliver(*, notification_id, now=None):
    """Send one notification if it is due and nobody else has it. Returns its status afterwards.

    Safe to call any number of times, from any number of processes: only the caller that claims
    the row sends it.
    """
    now = now or timezone.now()
    if not _claim(notification_id=notification_id, now=now):
        return Notification.objects.filter(pk=notification_id).values_list("status", flat=True).first()
    notification = Notification.objects.select_related("recipient").get(pk=notification_id)
    sending = Notification.objects.filter(pk=notification_id, status=Notification.Status.SENDING)
    try:
        _send(notification)
    except PermanentSendError as error:
        sending.update(status=Notification.Status.FAILED, last_error=str(error)[:100] or "PermanentSendError")
        logger.warning("Notification %s failed for good (%s).", notification.public_id, error)
        return Notification.Status.FAILED
    except Exception as error:
        # Record the kind of error only: messages from mail servers can quote addresses.
        error_name = type(error).__name__[:100]
        if notification.attempts >= settings.PORTAL_NOTIFY_MAX_ATTEMPTS:
            sending.update(status=Notification.Status.FAILED, last_error=error_name)
            logger.error(
                "Notification %s failed after %d attempts (%s).",
                notification.public_id,
                notification.attempts,
                error_name,
            )
            return Notification.Status.FAILED
        sending.update(
            status=Notification.Status.PENDING,
            next_attempt_at=now + backoff(notification.attempts),
            last_error=error_name,
        )
        logger.warning("Notification %s not sent (%s); will try again.", notification.public_id, error_name)
        return Notification.Status.PENDING
    sending.update(status=Notification.Status.SENT, sent_at=timezone.now(), last_error="")
    return Notification.Status.SENT


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


# Contact preferences and phone verification ------------------------------------------------------

CODE_LIFETIME = timedelta(minutes=10)
CODE_MAX_GUESSES = 5
CODES_PER_HOUR = 3
PHONE_HINT = gettext_lazy("Enter a UK mobile number, like 07700 900 982")


def normalise_uk_mobile(value):
    """A UK mobile number in international format (+447…), or a ValidationError."""
    digits = re.sub(r"[\s\-().]", "", value or "")
    if digits.startswith("+44"):
        digits = "0" + digits[3:]
    elif digits.startswith("0044"):
        digits = "0" + digits[4:]
    if digits.startswith("00"):
        raise ValidationError(PHONE_HINT)
    if not re.fullmatch(r"07\d{9}", digits):
        raise ValidationError(PHONE_HINT)
    return "+44" + digits[1:]


def contact_preference_for(*, user):
    """The person's preference, unsaved and set to email if they have never chosen."""
    return ContactPreference.objects.filter(user=user).first() or ContactPreference(user=user)


@transaction.atomic
def contact_preference_save(*, user, channel, phone_number="", authority=None):
    """Save how someone wants to be told about updates. A new number has to be verified again."""
    if channel not in ContactPreference.Channel.values:
        raise ValidationError({"channel": gettext("Choose how you want us to tell you about updates")})
    preference, _ = ContactPreference.objects.select_for_update().get_or_create(user=user)
    phone_number = (phone_number or "").strip()
    if phone_number:
        try:
            phone_number = normalise_uk_mobile(phone_number)
        except ValidationError as error:
            raise ValidationError({"phone_number": error.messages}) from error
    elif channel != ContactPreference.Channel.EMAIL:
        raise ValidationError({"phone_number": gettext("Enter your mobile number, so we can send you texts")})
    if phone_number != preference.phone_number:
        preference.phone_number = phone_number
        preference.phone_verified = False
        preference.phone_verified_at = None
    preference.channel = channel
    preference.full_clean()
    preference.save()
    audit_allowed(actor=user, action="contact_preference", obj=preference, authority=authority, detail=channel)
    return preference


def _code_hash(*, user_id, phone_number, code):
    value = f"{user_id}:{phone_number}:{code}"
    return salted_hmac("portal.notifications.phone-code", value, algorithm="sha256").hexdigest()


def phone_verification_start(*, user, authority=None, now=None):
    """Text a new 6-digit code to the person's number. Earlier codes stop working.

    At most CODES_PER_HOUR codes an hour, so the form cannot be used to flood someone's phone.
    """
    now = now or timezone.now()
    preference = ContactPreference.objects.filter(user=user).first()
    if preference is None or not preference.phone_number:
        raise ValidationError(gettext("Enter your mobile number first"))
    with transaction.atomic():
        recent = PhoneVerification.objects.select_for_update().filter(
            user=user, created_at__gte=now - timedelta(hours=1)
        )
        if len(recent) >= CODES_PER_HOUR:
            raise ValidationError(gettext("You have asked for too many codes. Wait an hour, then ask for a new code."))
        PhoneVerification.objects.filter(user=user, used_at__isnull=True, expires_at__gt=now).update(expires_at=now)
        code = f"{secrets.randbelow(10**6):06d}"
        PhoneVerification.objects.create(
            user=user,
            phone_number=preference.phone_number,
            code_hash=_code_hash(user_id=user.pk, phone_number=preference.phone_number, code=code),
            created_at=now,
            expires_at=now + CODE_LIFETIME,
        )
        audit_allowed(actor=user, action="phone_code_send", obj=preference, authority=authority)
    body = messages.CODE_SMS.format(code=code, minutes=int(CODE_LIFETIME.total_seconds() // 60))
    try:
        channels.send_sms(phone_number=preference.phone_number, body=body)
    except Exception as error:
        logger.warning("Could not send a phone verification code (%s).", type(error).__name__)
        raise ValidationError(
            gettext("We could not send a text to this number just now. Check the number or try later.")
        ) from error


def phone_verification_check(*, user, code, authority=None, now=None):
    """Check a code. Each wrong guess counts; after CODE_MAX_GUESSES the code stops working."""
    now = now or timezone.now()
    code = re.sub(r"\s", "", code or "")
    problem = None
    with transaction.atomic():
        preference = ContactPreference.objects.select_for_update().filter(user=user).first()
        verification = (
            PhoneVerification.objects.select_for_update()
            .filter(user=user, used_at__isnull=True)
            .order_by("-created_at", "-pk")
            .first()
        )
        if preference is None or verification is None or verification.expires_at <= now:
            problem = gettext("This code has expired. Ask for a new code.")
        elif verification.phone_number != preference.phone_number:
            problem = gettext("Your number has changed. Ask for a new code.")
        elif verification.attempts >= CODE_MAX_GUESSES:
            problem = gettext("You have entered too many wrong codes. Ask for a new code.")
        elif not re.fullmatch(r"\d{6}", code) or not constant_time_compare(
            verification.code_hash, _code_hash(user_id=user.pk, phone_number=verification.phone_number, code=code)
        ):
            verification.attempts += 1
            verification.save(update_fields=["attempts"])
            problem = gettext("The code is not right. Check the text message and try again.")
        else:
            verification.used_at = now
            verification.save(update_fields=["used_at"])
            preference.phone_verified = True
            preference.phone_verified_at = now
            preference.save(update_fields=["phone_verified", "phone_verified_at", "updated_at"])
            audit_allowed(actor=user, action="phone_verify", obj=preference, authority=authority)
    if problem is not None:
        audit_denied(
            actor=user, action="phone_verify", obj=preference, authority=authority, detail="wrong or expired code"
        )
        raise ValidationError({"code": problem})
    return preference
