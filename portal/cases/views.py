"""The family's own area, /my-family/. Everything is fetched through user-scoped selectors."""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone

from portal.audit.services import audit_allowed
from portal.authorities.selectors import authority_for_request_known
from portal.documents.selectors import documents_for_participant
from portal.ops.once import once_field_add, submit_once

from . import calendar, selectors, services
from .access import family_participation, private_view
from .guides import stage_guide_url
from .stages import stage_progress


@private_view
def family_home(request):
    participations = list(selectors.participations_for_user(user=request.user))
    if len(participations) == 1:
        return redirect("family:case", case_id=participations[0].case.public_id)
    return render(request, "cases/family_home.html", {"participations": participations})


@private_view
def family_case(request, case_id):
    participant = family_participation(request, case_id=case_id)
    case = participant.case
    young = participant.is_young_person
    stage = case.stage_info
    now = timezone.now()
    receipts = documents_for_participant(participant=participant)
    history = selectors.case_timeline(case=case, with_changed_by=False)
    context = {
        "participant": participant,
        "case": case,
        "young": young,
        "stage": stage,
        "stage_summary": stage.summary_young if young else stage.summary,
        "stage_next": stage.next_steps_young if young else stage.next_steps,
        "stage_progress": stage_progress(case.stage),
        "timescale": selectors.case_timescale(
            case=case, stage_changes=history["stage_changes"], key_dates=history["key_dates"]
        ),
        "guide_url": stage_guide_url(stage=stage, young_person=young, request=request),
        # One query for the key dates: the coming ones are listed, the past ones are in the timeline.
        "upcoming": [key_date for key_date in history["key_dates"] if key_date.starts_at >= now],
        "timeline": _timeline(history=history, now=now),
        "workers": selectors.case_workers(case=case),
        "contacts": selectors.case_contacts(case=case),
        "receipts": receipts,
        "new_count": sum(1 for receipt in receipts if _is_new(receipt)),
    }
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


def _is_new(receipt):
    """`receipt` comes from documents_for_participant, which annotates its document's latest version."""
    return receipt.last_opened_version < (receipt.latest_version or 0)


def _timeline(*, history, now):
    """Past stage changes and past key dates (from selectors.case_timeline), newest first, as one
    list for the MoJ timeline."""
    items = _stage_items(history["stage_changes"])
    items += [
        {"kind": "date", "when": key_date.starts_at, "title": key_date.title, "note": key_date.note}
        for key_date in history["key_dates"]
        if key_date.starts_at < now
    ]
    return sorted(items, key=lambda item: item["when"], reverse=True)


def _stage_items(stage_changes):
    """One timeline entry per time the case entered a stage. A worker recording the same stage again
    (to add a note) does not make the family read that they went through it twice: the entry keeps
    when the stage began and gathers the notes, oldest first."""
    items = []
    for change in sorted(stage_changes, key=lambda c: (c.changed_at, c.pk)):
        if items and items[-1]["stage"] == change.stage:
            if change.note:
                items[-1]["note"] = "\n\n".join(filter(None, [items[-1]["note"], change.note]))
            continue
        items.append(
            {
                "kind": "stage",
                "stage": change.stage,
                "when": change.changed_at,
                "title": change.stage_info.title,
                "note": change.note,
            }
        )
    return items


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
