"""Every form that changes something does it once, however many times it is sent.

A double click, a phone that resends on a bad connection, or two tabs sending the same form would
otherwise share a document twice (two rows, two audit entries, two notifications). Each such form
carries a one-off token (`once_field_add`). The view, wrapped in `submit_once`, first records the
token in its own committed row, whose uniqueness the database enforces, and only then does the
work:

- the first sending does the work; if it ends in a redirect (success), the row keeps where it led;
  if the form is shown again (a mistake to correct) or an error happens, the row is removed, so the
  corrected form can be sent;
- any later or simultaneous sending of the same token does nothing: it waits (a few seconds at
  most) for the first to finish and is sent where the first one went, with a note that it was
  already done.

Rows are only bookkeeping and are removed after a day (`apply_retention`).
"""

import datetime
import secrets
import time
from functools import wraps

from django import forms
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from .models import FormSubmission

FIELD = "_once"
WAIT_SECONDS = 10
KEEP = datetime.timedelta(days=1)


def once_token():
    return secrets.token_urlsafe(24)


def once_field_add(form):
    """Give a form the one-off token, as a hidden field (templates that list hidden fields show it)."""
    form.fields[FIELD] = forms.CharField(widget=forms.HiddenInput, required=False, initial=once_token)
    return form


ALREADY_DONE = gettext_lazy("This was already saved. It has not been saved a second time.")


def _claim(token, user):
    try:
        with transaction.atomic():
            return FormSubmission.objects.create(token=token, user=user)
    except IntegrityError:
        return None


def _result_of_first(request, token):
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        first = FormSubmission.objects.filter(token=token, user=request.user).first()
        if first is None:
            return None  # the first sending was shown again or failed: this one may go ahead
        if first.done:
            messages.info(request, ALREADY_DONE)
            return HttpResponseRedirect(first.location)
        if time.monotonic() > deadline:
            response = HttpResponse(gettext("This is still being saved. Wait a moment, then reload the page."))
            response.status_code = 409
            return response
        time.sleep(0.2)


def submit_once(view):
    """Wrap a view whose POST changes something. GET and token-less POSTs pass straight through."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        token = request.POST.get(FIELD, "") if request.method == "POST" else ""
        if not token or not getattr(request.user, "is_authenticated", False) or len(token) > 64:
            return view(request, *args, **kwargs)
        for _attempt in range(2):
            claim = _claim(token, request.user)
            if claim is not None:
                break
            earlier = _result_of_first(request, token)
            if earlier is not None:
                return earlier
        else:  # claimed and released by others twice in a row: treat as new
            claim = _claim(token, request.user)
            if claim is None:
                return _result_of_first(request, token) or HttpResponse(status=409)
        try:
            response = view(request, *args, **kwargs)
        except BaseException:
            FormSubmission.objects.filter(pk=claim.pk).delete()
            raise
        if isinstance(response, HttpResponseRedirect) or response.status_code in (301, 302, 303):
            FormSubmission.objects.filter(pk=claim.pk).update(done=True, location=response["Location"][:500])
        else:
            FormSubmission.objects.filter(pk=claim.pk).delete()
        return response

    return wrapper


def form_submissions_expire(*, now=None):
    """Remove bookkeeping rows older than a day. Returns how many."""
    cutoff = (now or timezone.now()) - KEEP
    return FormSubmission.objects.filter(created_at__lt=cutoff).delete()[0]
