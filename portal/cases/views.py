"""The family's own area, /my-family/. Everything is fetched through user-scoped selectors."""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone

from portal.audit.services import audit_allowed
from portal.authorities.selectors import authority_for_request_known
from portal.ops.once import once_field_add, submit_once

from . import calendar, selectors, services
from .access import family_participation, private_view
from .family_page import family_case_context


@private_view
def family_home(request):
    participations = list(selectors.participations_for_user(user=request.user))
    if len(participations) == 1:
        return redirect("family:case", case_id=participations[0].case.public_id)
    return render(request, "cases/family_home.html", {"participations": participations})


@private_view
def family_case(request, case_id):
    participant = family_participation(request, case_id=case_id)
    context = family_case_context(participant=participant, request=request, now=timezone.now())
    case = participant.case
    audit_allowed(actor=request.user, action="case_view", obj=case, authority=case.authority, request=request)
    return render(request, "cases/family_case.html", context)


@private_view
def family_key_date_ics(request, case_id, key_date_id):
    """One key date as an .ics file, for the family member's own calendar."""
    participant = family_participation(request, case_id=case_id)
    key_date = selectors.key_date_get_for_participant(participant=participant, key_date_id=key_date_id)
    audit_allowed(
        actor=request.user,
        action="key_date_calendar",
        obj=key_date,
        authority=participant.case.authority,
        request=request,
    )
    ics = calendar.calendar_for([key_date], case=participant.case)
    return calendar.ics_response(ics, filename=f"{timezone.localtime(key_date.starts_at):%Y-%m-%d}.ics")


@private_view
def family_calendar_ics(request, case_id):
    """Every upcoming key date of the case, as one .ics file."""
    participant = family_participation(request, case_id=case_id)
    case = participant.case
    key_dates = selectors.upcoming_key_dates(case=case, now=timezone.now())
    audit_allowed(actor=request.user, action="calendar_download", obj=case, authority=case.authority, request=request)
    return calendar.ics_response(calendar.calendar_for(key_dates, case=case), filename="dates.ics")


@private_view
@submit_once
def family_join(request, token):
    """The link in an invitation sent to an account that already exists: accept to join the case."""
    invitation = selectors.invitation_for_token(user=request.user, token=token)
    authority_for_request_known(request, invitation.case.authority)  # the inviting council's name and colour
    form = once_field_add(forms.Form(request.POST or None))
    refusal = services.INVITATION_STAFF_MESSAGE if selectors.account_reaches_admin(request.user) else None
    if request.method == "POST" and refusal is None and form.is_valid():
        try:
            participant = services.invitation_accept(invitation=invitation, user=request.user)
        except ValidationError as error:
            refusal = error.messages[0]
        else:
            return redirect("family:case", case_id=participant.case.public_id)
    return render(
        request,
        "cases/family_join.html",
        {"authority": invitation.case.authority, "form": form, "refusal": refusal},
    )
