"""A family member's questions to their workers, under /my-family/<case_id>/questions/.

Everything is fetched through the person's own participation: a thread is theirs or it is a 404.
"""

import uuid

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from portal.audit.services import audit_allowed
from portal.cases.access import family_participation, private_view
from portal.cases.selectors import key_date_get_for_participant
from portal.documents.selectors import receipt_get_for_participant
from portal.ops.form_errors import apply_service_errors
from portal.ops.once import once_field_add, submit_once

from . import selectors, services
from .forms import CannotMakeForm, HelpRequestForm, MessageForm


@private_view
def question_list(request, case_id):
    participant = family_participation(request, case_id=case_id)
    threads = selectors.threads_for_participant(participant=participant)
    audit_allowed(
        actor=request.user,
        action="question_list",
        obj=participant.case,
        authority=participant.case.authority,
        request=request,
    )
    return render(
        request,
        "conversations/thread_list.html",
        {"participant": participant, "case": participant.case, "threads": threads},
    )


def _document_from_query(request, participant):
    """The document named in ?document=, only if it was shared with this person. Else 404."""
    raw = request.GET.get("document") or request.POST.get("document")
    if not raw:
        return None
    try:
        document_id = uuid.UUID(raw)
    except ValueError as exc:
        raise Http404 from exc
    return receipt_get_for_participant(participant=participant, document_id=document_id).document


@private_view
@submit_once
def question_new(request, case_id):
    participant = family_participation(request, case_id=case_id)
    case = participant.case
    document = _document_from_query(request, participant)
    about_stage = document is None and (request.GET.get("about") or request.POST.get("about")) == "stage"
    form = once_field_add(MessageForm(request.POST or None))
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.thread_start(
                participant=participant, body=form.cleaned_data["body"], document=document, about_stage=about_stage
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            return redirect("family:question", case_id=case.public_id, thread_id=thread.public_id)
    return render(
        request,
        "conversations/thread_form.html",
        {
            "participant": participant,
            "case": case,
            "document": document,
            "about_stage": about_stage,
            "stage": case.stage_info,
            "form": form,
        },
    )


@private_view
@submit_once
def question_detail(request, case_id, thread_id):
    participant = family_participation(request, case_id=case_id)
    thread = selectors.thread_get_for_participant(participant=participant, thread_id=thread_id)
    form = once_field_add(MessageForm(request.POST or None))
    if request.method == "POST" and form.is_valid():
        try:
            services.thread_follow_up(thread=thread, participant=participant, body=form.cleaned_data["body"])
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            return redirect("family:question", case_id=participant.case.public_id, thread_id=thread.public_id)
    audit_allowed(
        actor=request.user, action="question_view", obj=thread, authority=participant.case.authority, request=request
    )
    return render(
        request,
        "conversations/thread.html",
        {
            "participant": participant,
            "case": participant.case,
            "thread": thread,
            "thread_messages": selectors.messages_for_thread(thread=thread),
            "document_title": selectors.document_title_for_participant(participant=participant, thread=thread),
            "form": form,
        },
    )


@private_view
@submit_once
def date_cannot_make(request, case_id, key_date_id):
    """ "I can't make this date", with a reason: it reaches the workers as a question does."""
    participant = family_participation(request, case_id=case_id)
    key_date = key_date_get_for_participant(participant=participant, key_date_id=key_date_id)
    form = once_field_add(CannotMakeForm(request.POST or None))
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.date_cannot_make(
                participant=participant, key_date=key_date, reason=form.cleaned_data["body"]
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            return redirect("family:question", case_id=participant.case.public_id, thread_id=thread.public_id)
    return render(
        request,
        "conversations/date_cannot_make.html",
        {"participant": participant, "case": participant.case, "key_date": key_date, "form": form},
    )


@private_view
@submit_once
def help_request(request, case_id):
    """Ask for an interpreter, an advocate, or a change that helps the person take part."""
    participant = family_participation(request, case_id=case_id)
    form = once_field_add(HelpRequestForm(request.POST or None))
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.help_request(
                participant=participant, need=form.cleaned_data["need"], details=form.cleaned_data["body"]
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            return redirect("family:question", case_id=participant.case.public_id, thread_id=thread.public_id)
    return render(
        request,
        "conversations/help_request.html",
        {"participant": participant, "case": participant.case, "form": form},
    )
