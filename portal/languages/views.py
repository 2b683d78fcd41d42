"""The language switcher: a plain link, so it works without JavaScript and keeps pages cacheable.

Choosing a language sets Django's language cookie (read by LocaleMiddleware and by the page cache's
key) and goes back to the page the person was reading. Addresses do not change with the language
(cms/core/translation.py), so "back" is the same address. A GET that sets a preference is safe here:
the worst a forged link can do is show someone the site in another language, with the switcher
right there to change it back. A signed-in person's choice is also kept on their account, so their
worker can see it (portal/accounts/services.py). Django's own set_language view needs a POST with a CSRF token, which
would put a cookie on every public page and keep them out of the page cache.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from portal.accounts.services import user_language_set

from .cookie import LANGUAGE_CODES, language_cookie_set


@never_cache
def language_choose(request, code):
    if code not in LANGUAGE_CODES:
        raise Http404
    back = request.GET.get("next", "")
    if not back.startswith("/") or not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = "/"
    if request.user.is_authenticated:
        user_language_set(user=request.user, language=code)
    return language_cookie_set(HttpResponseRedirect(back), code, secure=settings.SESSION_COOKIE_SECURE)
