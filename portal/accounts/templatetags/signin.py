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


register.simple_tag(device_words, name="device_words")
