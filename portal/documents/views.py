"""Family members read and download the documents shared with them, and nothing else."""

import base64

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext

from portal.audit.services import audit_allowed, audit_denied
from portal.cases.access import family_participation, private_view
from portal.ops.form_errors import apply_service_errors
from portal.ops.once import once_field_add, submit_once

from .downloads import attachment_response
from .forms import FamilyUploadForm
from .page_images import WORD, PageUnavailable, can_read_in_page, page_png
from .selectors import receipt_get_for_participant, version_for_family
from .services import document_receipt_record, family_upload_send
from .word_text import WordUnreadable, word_blocks


@private_view
def family_document(request, case_id, document_id):
    participant = family_participation(request, case_id=case_id)
    receipt = receipt_get_for_participant(participant=participant, document_id=document_id)
    document = receipt.document
    audit_allowed(
        actor=request.user, action="document_view", obj=document, authority=document.case.authority, request=request
    )
    version = version_for_family(document=document)
    return render(
        request,
        "documents/family_document.html",
        {
            "participant": participant,
            "case": participant.case,
            "document": document,
            "version": version,
            "readable": version is not None and can_read_in_page(version.content_type),
        },
    )


@private_view
def family_document_download(request, case_id, document_id):
    # Authorise first: nothing about the file is looked at until we know this person may have it.
    participant = family_participation(request, case_id=case_id)
    receipt = receipt_get_for_participant(participant=participant, document_id=document_id)
    version = version_for_family(document=receipt.document)
    if version is None:
        raise Http404
    if not version.is_downloadable:
        # Fail closed: a file still waiting for its virus scan is never served.
        audit_denied(
            actor=request.user,
            action="document_download",
            obj=receipt.document,
            authority=participant.case.authority,
            request=request,
            detail=f"version={version.number}; scan {version.scan_status}",
        )
        context = {"participant": participant, "case": participant.case, "document": receipt.document}
        return render(request, "documents/family_document.html", {**context, "version": version}, status=409)
    document_receipt_record(receipt=receipt, version=version)
    audit_allowed(
        actor=request.user,
        action="document_download",
        obj=receipt.document,
        authority=participant.case.authority,
        request=request,
        detail=f"version={version.number}",
    )
    return attachment_response(version)


@private_view
@submit_once
def family_send(request, case_id):
    """A family member sends a document or photo to their workers, with a note."""
    participant = family_participation(request, case_id=case_id)
    form = once_field_add(FamilyUploadForm(request.POST or None, request.FILES or None))
    if request.method == "POST" and form.is_valid():
        try:
            family_upload_send(
                participant=participant, uploaded_file=form.cleaned_data["file"], note=form.cleaned_data["note"]
            )
        except ValidationError as error:
            apply_service_errors(form, error, plain_error_field="file")
        else:
            messages.success(request, gettext("Sent. Your worker will see it on your case."))
            return redirect(reverse("family:case", args=[participant.case.public_id]) + "#sent")
    return render(
        request,
        "documents/family_send.html",
        {"participant": participant, "case": participant.case, "form": form},
    )


def _word_document_read(request, *, receipt, version, participant):
    """A Word document's words in the page (headings, lists, tables as HTML): one page, no picture."""
    document, case = receipt.document, participant.case
    context = {"participant": participant, "case": case, "document": document, "word": True}
    try:
        with version.file.storage.open(version.file.name, "rb") as stored:
            blocks, cut = word_blocks(stored)
    except WordUnreadable:
        return render(request, "documents/family_document_read.html", {**context, "unavailable": True})
    document_receipt_record(receipt=receipt, version=version)
    audit_allowed(
        actor=request.user,
        action="document_read",
        obj=document,
        authority=case.authority,
        request=request,
        detail=f"version={version.number}; words",
    )
    return render(request, "documents/family_document_read.html", {**context, "blocks": blocks, "cut": cut})


@private_view
def family_document_read(request, case_id, document_id):
    """Read a document in the page, one page at a time, drawn on the server: nothing is downloaded."""
    participant = family_participation(request, case_id=case_id)
    receipt = receipt_get_for_participant(participant=participant, document_id=document_id)
    document, case = receipt.document, participant.case
    version = version_for_family(document=document)
    if version is None or not version.is_downloadable or not can_read_in_page(version.content_type):
        raise Http404
    if version.content_type == WORD:
        return _word_document_read(request, receipt=receipt, version=version, participant=participant)
    try:
        page_number = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        page_number = 1
    context = {"participant": participant, "case": case, "document": document, "page_number": page_number}
    try:
        with version.file.storage.open(version.file.name, "rb") as stored:
            png, count, text = page_png(stored, content_type=version.content_type, page_number=page_number)
    except PageUnavailable:
        return render(request, "documents/family_document_read.html", {**context, "unavailable": True}, status=200)
    document_receipt_record(receipt=receipt, version=version)
    audit_allowed(
        actor=request.user,
        action="document_read",
        obj=document,
        authority=case.authority,
        request=request,
        detail=f"version={version.number}; page={page_number}",
    )
    pages = Paginator(range(count), 1)
    context.update(
        {
            "image": base64.b64encode(png).decode(),
            "count": count,
            "text": text,
            "page_obj": pages.page(page_number),
            "pages": list(pages.get_elided_page_range(page_number, on_each_side=1, on_ends=1)),
        }
    )
    return render(request, "documents/family_document_read.html", context)
