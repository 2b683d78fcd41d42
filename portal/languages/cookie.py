"""The language cookie: one place that writes it (the language links, and signing in)."""

from django.conf import settings

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
ONE_YEAR = 365 * 24 * 60 * 60


def language_cookie_set(response, code, *, secure):
    """Django's language cookie (read by LocaleMiddleware and by the page cache's key), for a year."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, code, max_age=ONE_YEAR, samesite="Lax", secure=secure, httponly=True
    )
    return response
