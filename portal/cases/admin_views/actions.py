"""Actions on a case: stage, family members, key dates, who's who contacts and named workers."""

from django.forms.models import model_to_dict
from django.http import Http404
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.cases import selectors, services

from .forms import CaseContactForm, CaseWorkersForm, KeyDateForm, ParticipantAddForm, StageChangeForm
from .mixins import CaseActionFormView


class StageChangeView(CaseActionFormView):
    audit_name = "staff_stage_change"
    form_class = StageChangeForm
    page_title = _("Change the stage")
    header_icon = "history"
    submit_button_label = _("Change the stage")
    intro = _(
        "The family sees the new stage, and your note, on their timeline straight away. Young people "
        "read the note for young people, if you write one."
    )

    def get_initial(self):
        return {"stage": self.case.stage}

    def perform(self, form):
        change = services.case_stage_change(
            case=self.case,
            stage=form.cleaned_data["stage"],
            note=form.cleaned_data["note"],
            note_young_people=form.cleaned_data["note_young_people"],
            changed_by=self.request.user,
        )
        return gettext("The stage is now “%(stage)s”.") % {"stage": change.stage_info.title}


class ParticipantAddView(CaseActionFormView):
    audit_name = "staff_participant_add"
    form_class = ParticipantAddForm
    page_title = _("Add a family member")
    header_icon = "user"
    submit_button_label = _("Add and send the invitation")
    intro = _(
        "They get a short email: an account is ready for them, or, if they already have one, a link "
        "to accept. The email names nobody and no case, in case someone else reads it. They sign in "
        "with a code sent to that email address."
    )

    def perform(self, form):
        data = form.cleaned_data
        services.participant_add(
            case=self.case,
            email=data["email"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            role=data["role"],
            added_by=self.request.user,
            language=data["language"],
        )
        name = f"{data['first_name']} {data['last_name']}".strip()
        return gettext("%(name)s has been added and sent an invitation.") % {"name": name}


class KeyDateView(CaseActionFormView):
    """Add a key date, or change one (when the URL names it)."""

    audit_name = "staff_key_date"
    form_class = KeyDateForm
    header_icon = "date"

    def load_objects(self):
        super().load_objects()
        self.key_date = None
        if "key_date_id" in self.kwargs:
            self.key_date = selectors.key_date_get_for_worker(
                user=self.request.user, key_date_id=self.kwargs["key_date_id"]
            )
            if self.key_date.case_id != self.case.pk:
                raise Http404

    def get_page_title(self):
        return gettext("Change a key date") if self.key_date else gettext("Add a key date")

    @property
    def submit_button_label(self):
        return gettext("Save the date") if self.key_date else gettext("Add the date")

    def get_initial(self):
        if self.key_date is None:
            return {}
        return model_to_dict(self.key_date, fields=[*KeyDateForm.Meta.fields, "by_video"])

    def perform(self, form):
        key_date = services.key_date_save(
            case=self.case, saved_by=self.request.user, key_date=self.key_date, **form.cleaned_data
        )
        return gettext("“%(title)s” has been saved. The family can see it now.") % {"title": key_date.title}


class CaseContactView(CaseActionFormView):
    """Add a who's who contact, or change one (when the URL names it)."""

    audit_name = "staff_contact"
    form_class = CaseContactForm
    header_icon = "user"

    def load_objects(self):
        super().load_objects()
        self.contact = None
        if "contact_id" in self.kwargs:
            # Fetched within the case: case_contact_save itself does not check the contact's case.
            self.contact = selectors.contact_get_for_case(case=self.case, contact_id=self.kwargs["contact_id"])

    def get_extra_form_kwargs(self):
        return {"case": self.case}

    def get_page_title(self):
        return gettext("Change a contact") if self.contact else gettext("Add a contact")

    @property
    def submit_button_label(self):
        return gettext("Save the contact") if self.contact else gettext("Add the contact")

    def get_initial(self):
        if self.contact is None:
            return {}
        return model_to_dict(self.contact, fields=CaseContactForm.Meta.fields)

    def perform(self, form):
        contact = services.case_contact_save(
            case=self.case, saved_by=self.request.user, contact=self.contact, **form.cleaned_data
        )
        return gettext("%(name)s has been saved to the family's who's who.") % {"name": contact.name}


class CaseWorkersView(CaseActionFormView):
    audit_name = "staff_case_workers"
    form_class = CaseWorkersForm
    page_title = _("Named workers")
    submit_button_label = _("Save named workers")
    intro = _("Only workers from your council can be named on this case.")

    def get_extra_form_kwargs(self):
        return {"case": self.case}

    def get_initial(self):
        return {"workers": selectors.case_named_workers(case=self.case)}

    def perform(self, form):
        services.case_workers_set(case=self.case, workers=form.cleaned_data["workers"], changed_by=self.request.user)
        return gettext("The named workers have been saved.")
