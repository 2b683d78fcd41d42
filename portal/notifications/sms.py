"""Text messages: GOV.UK Notify in production, the console in development, memory in tests.

Like Django's email backends, the backend is a dotted path (PORTAL_SMS_BACKEND). When it is not
set, GOV.UK Notify is used if GOVUK_NOTIFY_API_KEY is set, and the console otherwise.
"""

import sys
import threading

from django.conf import settings
from django.utils.module_loading import import_string

NOTIFY_BACKEND = "portal.notifications.sms.NotifySMSBackend"
CONSOLE_BACKEND = "portal.notifications.sms.ConsoleSMSBackend"

# Sent texts, for tests (like django.core.mail.outbox). Only LocmemSMSBackend appends to it.
outbox = []


class PermanentSendError(Exception):
    """The provider refused this message for good (a bad number, say): retrying cannot help."""


class BaseSMSBackend:
    def send(self, *, phone_number, body, reference=""):
        raise NotImplementedError


class ConsoleSMSBackend(BaseSMSBackend):
    """Development only: prints the text, as Django's console email backend does."""

    _lock = threading.Lock()

    def send(self, *, phone_number, body, reference=""):
        with self._lock:
            sys.stdout.write(f"Text message to {phone_number}:\n{body}\n{'-' * 79}\n")
            sys.stdout.flush()


class LocmemSMSBackend(BaseSMSBackend):
    def send(self, *, phone_number, body, reference=""):
        outbox.append({"phone_number": phone_number, "body": body, "reference": reference})


class NotifySMSBackend(BaseSMSBackend):
    """GOV.UK Notify. The template (GOVUK_NOTIFY_SMS_TEMPLATE_ID) must be just `((body))`."""

    timeout = 10

    def send(self, *, phone_number, body, reference=""):
        from notifications_python_client.errors import HTTPError
        from notifications_python_client.notifications import NotificationsAPIClient

        client = NotificationsAPIClient(settings.GOVUK_NOTIFY_API_KEY, timeout=self.timeout)
        try:
            client.send_sms_notification(
                phone_number=phone_number,
                template_id=settings.GOVUK_NOTIFY_SMS_TEMPLATE_ID,
                personalisation={"body": body},
                reference=reference or None,
            )
        except HTTPError as error:
            # 400: Notify will never accept this (bad number, trial-mode recipient). Anything
            # else (403 key problems, 429 rate limit, 5xx) may work later.
            if error.status_code == 400:
                raise PermanentSendError(type(error).__name__) from error
            raise


def get_sms_backend():
    path = settings.PORTAL_SMS_BACKEND or (NOTIFY_BACKEND if settings.GOVUK_NOTIFY_API_KEY else CONSOLE_BACKEND)
    return import_string(path)()
