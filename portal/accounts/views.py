"""Exit this page, when someone is signed in: end the session, then leave.

A parent may have to hide the portal in a second (someone walks in). Leaving the page is not
enough if the family area is still signed in: Back, or the browser reopened later, would show it
again. So the button (and Shift pressed three times, which follows the same link) comes here
first: the session ends, the browser is told to drop what it kept for this site, and it goes on
at once to the council's exit address. It answers GET (a link must work without JavaScript); the
worst a forged link can do is sign someone out.
"""

from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.views.decorators.cache import never_cache

from portal.authorities.context_processors import exit_url_for_request


@never_cache
def quick_exit(request):
    if request.user.is_authenticated:
        logout(request)
    response = HttpResponseRedirect(exit_url_for_request(request))
    # Browsers forget this site's cached pages, cookies and storage (and so its Back history).
    response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    return response


def recent_sign_in_required(view):
    """Adding a way into an account (a password, an app, a passkey) needs a sign-in in the last few
    minutes, so someone who picks up a signed-in phone cannot add their own way in.

    allauth asks for the password or a code from the app again, but a family member who signs in
    with emailed codes has neither, and allauth then lets the change through. Such a person is
    signed out here and asked to sign in again with a new code, then comes straight back.
    """
    import time
    from functools import wraps

    from allauth.account import app_settings
    from allauth.account.internal.flows.login import get_authentication_records
    from allauth.account.internal.flows.reauthentication import get_reauthentication_flows
    from django.contrib import messages
    from django.shortcuts import redirect
    from django.utils.http import urlencode
    from django.utils.translation import gettext

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if user.is_authenticated:
            records = get_authentication_records(request, user)
            last = max((record.get("at", 0) for record in records), default=0)
            if time.time() - last > app_settings.REAUTHENTICATION_TIMEOUT:
                back = urlencode({"next": request.get_full_path()})
                if get_reauthentication_flows(user):
                    return redirect(f"{reverse('account_reauthenticate')}?{back}")
                logout(request)
                messages.info(request, gettext("For your safety, sign in again before you change how you sign in."))
                return redirect(f"{reverse('account_request_login_code')}?{back}")
        return view(request, *args, **kwargs)

    return wrapper
