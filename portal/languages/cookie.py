"""Each person's language: the cookie that carries it (written here only: the language links and
signing in), and speaking in it (emails and texts go out in the person's own language)."""

from django.conf import settings
from django.utils import translation

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
ONE_YEAR = 365 * 24 * 60 * 60


def language_cookie_set(response, code, *, secure):
    """Django's language cookie (read by LocaleMiddleware and by the page cache's key), for a year."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, code, max_age=ONE_YEAR, samesite="Lax", secure=secure, httponly=True
    )
    return response


def in_language(code):
    """translation.override for a person's language, or English if it is empty or not offered."""
    return translation.override(code if code in LANGUAGE_CODES else settings.LANGUAGE_CODE)
