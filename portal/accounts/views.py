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
