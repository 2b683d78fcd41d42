"""Document actions on a case: share a new document, upload a new version, change who can see it.

Sharing takes three short pages, each usable without JavaScript:
1. "What kind of document is it?" (GET, ?kind=…): the kind fills in a title and cover note
   (portal/documents/cover_notes.py) for the worker to change.
2. The share form: title, cover note, file and who can see it. When it is valid the file is checked
   (the upload checks and the virus scan) and held, shared with nobody (portal/documents/staging.py);
   a file that fails the checks is refused here, beside the file field, and never held.
3. The confirm page lists exactly who will see it, by name and role, with the title, the cover note
   as the family will read it and the file. Only "Share with these people" makes the document, its
   recipients and the neutral emails, in one transaction; "Go back and change" returns to the form
   with the file kept; "Cancel" deletes the held file. The confirm page carries the form's one-off
   token (portal/ops/once.py), so a double click, or sending the form again from the browser's
   history, shares once.
"""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages

from portal.cases.selectors import participants_for_case
from portal.documents import services
from portal.documents.cover_notes import cover_note_for
from portal.documents.selectors import document_get_for_worker, participants_for_document
from portal.ops.form_errors import apply_service_errors
from portal.ops.once import FIELD as ONCE_FIELD
from portal.ops.once import once_field_add, once_token

from .forms import DocumentVersionForm, participant_label
from .mixins import CaseActionFormView, case_url
from .sharing_forms import (
    COVER_NOTE_FIELDS,
    DocumentKindForm,
    DocumentRecipientsForm,
    DocumentShareConfirmForm,
    DocumentShareForm,
    who_for,
)

NOT_IN_TIME = _("Nothing was shared: the page waited too long, or was already used. Start again.")


class DocumentShareView(CaseActionFormView):
    """Pages 1 and 2: the kind of document, then the share form. A valid form shows page 3."""

    audit_name = "staff_document_share"
    form_class = DocumentShareForm
    template_name = "cases/admin/document_share.html"
    page_title = _("Share a document")
    header_icon = "doc-full"
    submit_button_label = _("Continue")
    submit_button_active_label = _("Checking the file…")
    plain_error_field = "file"
    intro = _(
        "Check the title and the note for the family, then choose the file and who can see it. You can check "
        "everything on the next page before anything is shared."
    )

    def get(self, request, *args, **kwargs):
        kind_form = DocumentKindForm(request.GET or None)
        if not kind_form.is_valid():
            return self.kind_choice_render(kind_form)
        self.kind = kind_form.cleaned_data["kind"]
        return super().get(request, *args, **kwargs)

    def kind_choice_render(self, kind_form):
        context = self.get_context_data(form=kind_form)
        context.update(
            {
                "intro": gettext("Say what kind of document it is, and the next page starts with a note to match."),
            }
        )
        return self.response_class(
            request=self.request, template="cases/admin/document_kind.html", context=context, using=self.template_engine
        )

    def get_extra_form_kwargs(self):
        return {"case": self.case, "user": self.request.user}

    def get_initial(self):
        kind = getattr(self, "kind", None)
        if kind is None:
            return {}
        return {"kind": kind, **cover_note_for(kind=kind, worker=self.request.user)}

    def form_valid(self, form):
        data = form.cleaned_data
        staged = form.staged
        try:
            if data.get("file"):
                staged = services.document_upload_stage(
                    case=self.case, uploaded_file=data["file"], staged_by=self.request.user
                )
                if form.staged is not None:  # a different file replaces the one held before
                    services.document_upload_discard(staged=form.staged, discarded_by=self.request.user, case=self.case)
        except ValidationError as error:
            apply_service_errors(form, error, plain_error_field=self.plain_error_field)
            return self.form_invalid(form)
        return self.confirm_render(form, staged)

    def confirm_render(self, form, staged):
        data = form.cleaned_data
        # The confirm page keeps the form's one-off token: sharing happens once per filled-in form.
        once = data.get(ONCE_FIELD) or once_token()
        initial = {"draft": form.draft_token(case=self.case, user=self.request.user, staged=staged, once=once)}
        initial[ONCE_FIELD] = once
        confirm_form = once_field_add(DocumentShareConfirmForm(initial=initial, case=self.case, user=self.request.user))
        context = self.get_context_data(form=confirm_form)
        context.update(
            {
                "page_title": gettext("Check before you share"),
                "intro": "",
                "action_url": case_url("document_share_confirm", self.case),
                "cover_note": {name: data[name] for name in COVER_NOTE_FIELDS},
                "recipients": [participant_label(participant) for participant in data["recipients"]],
                "staged": staged,
                "kind_label": form.kind_label,
            }
        )
        return self.response_class(
            request=self.request,
            template="cases/admin/document_share_confirm.html",
            context=context,
            using=self.template_engine,
        )

    def share_form_render(self, form):
        if form.errors:
            messages.validation_error(self.request, self.error_message, form)
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context.update(
            {
                "action_url": case_url("document_share", self.case),
                "kind_url": case_url("document_share", self.case),
                "kind_label": getattr(form, "kind_label", ""),
            }
        )
        return context


class DocumentShareConfirmView(DocumentShareView):
    """Page 3's buttons. Only "Share with these people" shares; nothing is told to anyone before."""

    audit_name = "staff_document_share_confirm"

    def get(self, request, *args, **kwargs):
        return redirect(case_url("document_share", self.case))

    def get_form(self, form_class=None):
        return once_field_add(DocumentShareConfirmForm(self.request.POST, case=self.case, user=self.request.user))

    def form_invalid(self, form):
        messages.error(self.request, NOT_IN_TIME)
        return self.kind_choice_render(DocumentKindForm())

    def form_valid(self, confirm):
        share_form = once_field_add(confirm.share_form())
        if confirm.action == confirm.CANCEL:
            if share_form.staged is not None:
                services.document_upload_discard(
                    staged=share_form.staged, discarded_by=self.request.user, case=self.case
                )
            messages.success(self.request, gettext("Nothing was shared."))
            return redirect(self.workspace_url)
        if confirm.action == confirm.BACK:
            return self.share_form_render(share_form)
        if not share_form.is_valid():  # the held file has gone, or someone left the case
            return self.share_form_render(share_form)
        if not confirm.recipients_unchanged(share_form):
            share_form.add_error("who", gettext("The people in this case have changed. Check who can see it again."))
            return self.share_form_render(share_form)
        data = share_form.cleaned_data
        try:
            document = services.document_share(
                case=self.case,
                staged=share_form.staged,
                title=data["title"],
                what_it_is=data["what_it_is"],
                why_you_have_it=data["why_you_have_it"],
                what_happens_next=data["what_happens_next"],
                who_to_ask=data["who_to_ask"],
                recipients=data["recipients"],
                shared_by=self.request.user,
                kind=data["kind"],
            )
        except ValidationError as error:
            # The held file has been removed: the form asks for it again, with the reason.
            refreshed = once_field_add(confirm.share_form())
            refreshed.is_valid()
            apply_service_errors(refreshed, error, plain_error_field=self.plain_error_field)
            return self.share_form_render(refreshed)
        names = ", ".join(participant_label(participant) for participant in data["recipients"])
        messages.success(
            self.request,
            gettext("“%(title)s” has been shared with %(names)s.") % {"title": document.title, "names": names},
        )
        return redirect(self.workspace_url)


class DocumentActionMixin:
    """An action on one document of the case in the URL, fetched through the worker's scope."""

    def load_objects(self):
        super().load_objects()
        self.document = document_get_for_worker(user=self.request.user, document_id=self.kwargs["document_id"])
        if self.document.case_id != self.case.pk:
            raise Http404

    def get_page_subtitle(self):
        return self.document.title


class DocumentVersionView(DocumentActionMixin, CaseActionFormView):
    audit_name = "staff_document_version"
    form_class = DocumentVersionForm
    page_title = _("Upload a new version")
    header_icon = "upload"
    submit_button_label = _("Upload the new version")
    submit_button_active_label = _("Uploading…")
    plain_error_field = "file"
    intro = _("The earlier versions are kept. The people who can see this document will see it as updated.")

    def perform(self, form):
        version = services.document_add_version(
            document=self.document, uploaded_file=form.cleaned_data["file"], uploaded_by=self.request.user
        )
        return gettext("Version %(number)s of “%(title)s” has been uploaded.") % {
            "number": version.number,
            "title": self.document.title,
        }


class DocumentRecipientsView(DocumentActionMixin, CaseActionFormView):
    audit_name = "staff_document_recipients"
    form_class = DocumentRecipientsForm
    template_name = "cases/admin/document_recipients.html"
    page_title = _("Change who can see it")
    header_icon = "group"
    submit_button_label = _("Save who can see it")
    intro = _(
        "Anyone you take off can no longer open this document, from their next click. "
        "Anyone you add gets an email that says a document is waiting, without its title or any names."
    )

    def get_extra_form_kwargs(self):
        return {"case": self.case}

    def get_initial(self):
        recipients = participants_for_document(document=self.document)
        participants = participants_for_case(case=self.case)
        return {"who": who_for(recipients=recipients, participants=participants), "recipients": recipients}

    def perform(self, form):
        services.document_recipients_set(
            document=self.document, recipients=form.cleaned_data["recipients"], changed_by=self.request.user
        )
        return gettext("Who can see “%(title)s” has been saved.") % {"title": self.document.title}
