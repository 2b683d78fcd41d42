"""How each family member wants to hear about updates, and checking their mobile number with a code."""

import logging
import re
import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext, gettext_lazy

from portal.audit.services import audit_allowed, audit_denied

from .. import channels, messages
from ..models import ContactPreference, PhoneVerification

logger = logging.getLogger(__name__)

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
    body = messages.code_sms(code=code, minutes=int(CODE_LIFETIME.total_seconds() // 60), language=user.language)
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
