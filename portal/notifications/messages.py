"""The words of every notification. Deliberately the same few neutral sentences for every reason.
Each starts with the portal's name (naming.py), so people know who it is from.

Phones are shared and inboxes are read by others, sometimes by the person a family is afraid of.
So a notification says only that there is something to see and where to sign in: no people's names, no
council, no case, no document, no date, no place, and not even *what kind* of update it is
(a "reply" would tell a reader that a question was asked). The one exception the family asked
for is the reminder, which says only that something is coming up tomorrow.

The sign-in link is always PORTAL_BASE_URL: an LA's own host name can name the council.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from portal.languages.cookie import in_language

from .models import Notification
from .naming import named

# In English here; each is sent in the language the person chose (User.language), where there is a
# translation, and in English until they choose.
UPDATE_SUBJECT = gettext_noop("You have an update")
UPDATE_EMAIL = gettext_noop("You have a new update from your family support team. Sign in to see it: {login_url}")
UPDATE_SMS = gettext_noop("You have a new update. Sign in to see it: {login_url}")

REMINDER_SUBJECT = gettext_noop("You have something coming up")
REMINDER_EMAIL = gettext_noop("You have something coming up tomorrow. Sign in to see it: {login_url}")
REMINDER_SMS = gettext_noop("You have something coming up tomorrow. Sign in to see it: {login_url}")

CODE_SMS = gettext_noop(
    "Your code is {code}. It works for {minutes} minutes. If you did not ask for a code, ignore this message."
)

# What a family member sees in their own history, on the page: as neutral as the message itself.
# Unlike the messages above (sent to someone who may not have chosen a language), it is shown in
# the language of the page.
HISTORY_LABELS = {Notification.Reason.KEY_DATE_REMINDER: _("A reminder was sent")}
HISTORY_DEFAULT = _("An update was sent")


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    body: str


def login_url():
    return settings.PORTAL_BASE_URL.rstrip("/") + reverse("account_login")


def render(*, reason, channel, language=""):
    """The subject and body for a reason and channel, in `language` (the person's own choice; English
    if empty or unknown). Takes nothing else about the person, and nothing about the case."""
    if reason not in Notification.Reason.values:
        raise ValueError(f"Unknown notification reason: {reason!r}")
    reminder = reason == Notification.Reason.KEY_DATE_REMINDER
    with in_language(language):
        if channel == Notification.Channel.SMS:
            template = gettext(REMINDER_SMS if reminder else UPDATE_SMS)
            return RenderedMessage(subject="", body=named(template.format(login_url=login_url())))
        subject = named(gettext(REMINDER_SUBJECT if reminder else UPDATE_SUBJECT))
        template = gettext(REMINDER_EMAIL if reminder else UPDATE_EMAIL)
        return RenderedMessage(subject=subject, body=template.format(login_url=login_url()) + "\n")


def code_sms(*, code, minutes, language=""):
    """The text that checks a phone number, in the person's language."""
    with in_language(language):
        return named(gettext(CODE_SMS).format(code=code, minutes=minutes))


def history_label(reason):
    return HISTORY_LABELS.get(reason, HISTORY_DEFAULT)
