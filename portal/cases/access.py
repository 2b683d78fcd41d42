"""The family area's door: signed in, never cached, and every refusal written to the access log."""

import functools

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from portal.audit.services import audit_denied
from portal.authorities.selectors import authority_for_request, authority_for_request_known
from portal.ops.headers import private_response

from .selectors import participation_get


def private_view(view):
    """Sign-in required; responses are `private, no-store`; 404s are audited as denials."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            # Logged under the person's own LA, so their LA admin sees the attempt.
            refusal_log(request, action=view.__name__, authority=authority_for_request(request))
            raise
        return private_response(response)

    return wrapper


def refusal_log(request, *, action, authority):
    """A private address answered 404: not found, or not this person's. Both are logged alike."""
    audit_denied(
        actor=request.user, action=action, authority=authority, request=request, detail="not found or not allowed"
    )


def family_participation(request, *, case_id):
    """The signed-in person's participation in this case (404 if none), from the scoped selector.

    A page about a case wears that case's council's name and colour, so the branding needs no
    lookup of its own (portal.authorities.selectors.authority_for_request).
    """
    participant = participation_get(user=request.user, case_id=case_id)
    authority_for_request_known(request, participant.case.authority)
    return participant
