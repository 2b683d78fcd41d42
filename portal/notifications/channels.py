"""Delivery on each channel. Raises on failure; the caller decides whether to try again."""

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from .sms import PermanentSendError, get_sms_backend

NOTIFY_EMAIL_BACKEND = "django_gov_notify.backends.NotifyEmailBackend"


def email_connection():
    """GOV.UK Notify when a key is set (whatever EMAIL_BACKEND says); else Django's configured backend."""
    if settings.GOVUK_NOTIFY_API_KEY:
        return get_connection(NOTIFY_EMAIL_BACKEND)
    return get_connection()


def send_email(*, to, subject, body, connection=None):
    from notifications_python_client.errors import HTTPError

    message = EmailMessage(subject=subject, body=body, to=[to], connection=connection or email_connection())
    try:
        sent = message.send()
    except HTTPError as error:
        if error.status_code == 400:
            raise PermanentSendError(type(error).__name__) from error
        raise
    if not sent:
        raise RuntimeError("The email backend reported that nothing was sent.")


def send_sms(*, phone_number, body, reference=""):
    get_sms_backend().send(phone_number=phone_number, body=body, reference=reference)
