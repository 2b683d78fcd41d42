"""Document actions on a case: share a new document, upload a new version, change who can see it.

Files are checked by portal.documents.validation inside the services; a rejected file leaves no
row and no stored file, and its reason is shown beside the file field.
"""

from django.http import Http404
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.documents import services
from portal.documents.selectors import document_get_for_worker, participants_for_document

from .forms import DocumentRecipientsForm, DocumentShareForm, DocumentVersionForm, participant_label
from .mixins import CaseActionFormView


class DocumentShareView(CaseActionFormView):
    audit_name = "staff_document_share"
    form_class = DocumentShareForm
    page_title = _("Share a document")
    header_icon = "doc-full"
    submit_button_label = _("Share the document")
    submit_button_active_label = _("Uploading…")
    plain_error_field = "file"
    intro = _(
        "Only the people you tick can see this document. They get an email that says a document is "
        "waiting, without its title or any names. The cover note is shown above the document."
    )

    def get_extra_form_kwargs(self):
        return {"case": self.case}

    def perform(self, form):
        data = form.cleaned_data
        document = services.document_share(
            case=self.case,
            uploaded_file=data["file"],
            title=data["title"],
            what_it_is=data["what_it_is"],
            why_you_have_it=data["why_you_have_it"],
            what_happens_next=data["what_happens_next"],
            who_to_ask=data["who_to_ask"],
            recipients=data["recipients"],
            shared_by=self.request.user,
        )
        names = ", ".join(participant_label(participant) for participant in data["recipients"])
        return gettext("“%(title)s” has been shared with %(names)s.") % {"title": document.title, "names": names}


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
    page_title = _("Change who can see it")
    header_icon = "group"
    submit_button_label = _("Save who can see it")
    intro = _("Anyone you untick can no longer open this document, from their next click.")

    def get_extra_form_kwargs(self):
        return {"case": self.case}

    def get_initial(self):
        return {"recipients": participants_for_document(document=self.document)}

    def perform(self, form):
        services.document_recipients_set(
            document=self.document, recipients=form.cleaned_data["recipients"], changed_by=self.request.user
        )
        return gettext("Who can see “%(title)s” has been saved.") % {"title": self.document.title}
