"""What a person signing in with a code needs to know: how long the code works and how many tries."""

from allauth.account import app_settings
from django import template

register = template.Library()


@register.simple_tag
def login_code_limits():
    return {
        "minutes": max(app_settings.LOGIN_BY_CODE_TIMEOUT // 60, 1),
        "tries": app_settings.LOGIN_BY_CODE_MAX_ATTEMPTS,
        "digits": app_settings.LOGIN_BY_CODE_FORMAT.get("length", 6),
    }
