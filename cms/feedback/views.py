"""POST /feedback/<page_id>/: the "Was this page useful?" form on every guide.

Works without JavaScript: every outcome is a redirect back to the page with ?feedback=…#feedback,
which the include (feedback/feedback_form.html) turns into a thank-you or an error message.
Nothing is saved unless the answer is valid.

Cross-site posts are refused by checking that the Origin (or, failing that, the Referer) is this
site, instead of a CSRF token: a token would set a cookie on every guide and stop guides being
served from the page cache. The form is anonymous and changes nothing but a yes/no count, so
the strongest thing a forged post could do is add one anonymous answer, which this check refuses.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .forms import FeedbackForm
from .services import feedback_record

# Light rate limiting: one browser may send this many answers a day. The count lives in a signed
# cookie that only /feedback/ URLs receive, holding nothing but the date and the count: no session
# row is made for an anonymous reader, and the guides they read next stay cacheable (the page cache
# never serves a request that carries a session cookie). It is a brake on accidental repeats and
# casual flooding; anyone who drops cookies can go past it, exactly as with a session.
DAILY_LIMIT = 20
COOKIE_NAME = "portal_feedback"
COOKIE_PATH = "/feedback/"

STATUS_THANKS = "thanks"
STATUS_CHOOSE = "choose"
STATUS_TOO_LONG = "too-long"
STATUS_LIMIT = "limit"


def _sent_today(request):
    """How many answers this browser has sent today, from its signed cookie (0 if none or forged)."""
    value = request.get_signed_cookie(COOKIE_NAME, default="", salt=COOKIE_NAME)
    day, _, count = value.partition(":")
    if day != timezone.localdate().isoformat() or not count.isdigit():
        return 0
    return int(count)


def _remember_sent(response, count):
    response.set_signed_cookie(
        COOKIE_NAME,
        f"{timezone.localdate().isoformat()}:{count}",
        salt=COOKIE_NAME,
        max_age=24 * 60 * 60,
        path=COOKIE_PATH,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def _back_to_page(url, status):
    return redirect(f"{url}?feedback={status}#feedback")


def _from_this_site(request):
    source = request.headers.get("Origin") or request.headers.get("Referer") or ""
    return bool(source) and urlsplit(source).netloc == request.get_host()


@csrf_exempt
@never_cache
@require_POST
def feedback_submit(request, page_id):
    if not _from_this_site(request):
        return HttpResponseForbidden(gettext("Feedback can only be sent from this website."))
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    url = page.get_url(request=request)
    if not url:
        raise Http404
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return _back_to_page(url, STATUS_CHOOSE if "useful" in form.errors else STATUS_TOO_LONG)
    sent = _sent_today(request)
    if sent >= DAILY_LIMIT:
        return _back_to_page(url, STATUS_LIMIT)
    feedback_record(page=page, useful=form.cleaned_data["useful"], comment=form.cleaned_data["comment"])
    return _remember_sent(_back_to_page(url, STATUS_THANKS), sent + 1)
