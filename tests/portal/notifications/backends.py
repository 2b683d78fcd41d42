"""A test email backend that fails the first N sends with an SMTP error, like a mail server outage."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend


class FlakyEmailBackend(EmailBackend):
    failures_left = 0
    attempts = 0

    @classmethod
    def reset(cls, *, failures):
        cls.failures_left = failures
        cls.attempts = 0

    def send_messages(self, messages):
        type(self).attempts += 1
        if type(self).failures_left > 0:
            type(self).failures_left -= 1
            # The message quotes an address, as real servers do: it must never reach the database.
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed while sending to p1@family.example")
        return super().send_messages(messages)
