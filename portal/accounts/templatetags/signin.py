"""Signing in, in plain words: how long a code works and how many tries; devices named in words."""

from allauth.account import app_settings
from django import template

from portal.accounts.devices import device_words

register = template.Library()


@register.simple_tag
def login_code_limits():
    return {
        "minutes": max(app_settings.LOGIN_BY_CODE_TIMEOUT // 60, 1),
        "tries": app_settings.LOGIN_BY_CODE_MAX_ATTEMPTS,
        "digits": app_settings.LOGIN_BY_CODE_FORMAT.get("length", 6),
    }


@register.simple_tag
def login_code_tries_left(view):
    """How many more tries the code page allows: allauth counts wrong codes in the pending sign-in's
    state (the code is void once they run out). The full number if that state cannot be read."""
    tries = app_settings.LOGIN_BY_CODE_MAX_ATTEMPTS
    process = getattr(view, "_process", None)
    failed = getattr(process, "state", {}).get("failed_attempts", 0) if process is not None else 0
    return max(tries - failed, 0)


register.simple_tag(device_words, name="device_words")
