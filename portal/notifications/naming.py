"""Every email and text message starts with the portal's name (PORTAL_MESSAGE_NAME), so a person can
tell who it is from and that it is not a trick. Never a host name: an LA's host name can name the
council. Call these inside `in_language(...)`, so the joining words follow the person's language."""

from django.conf import settings
from django.utils.translation import gettext, gettext_noop

SUBJECT_FORMAT = gettext_noop("{portal}: {subject}")


def portal_name():
    return settings.PORTAL_MESSAGE_NAME


def named(subject):
    """A subject (or a text message's words) with the portal's name in front."""
    return gettext(SUBJECT_FORMAT).format(portal=portal_name(), subject=subject)
