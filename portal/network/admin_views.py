"""The worker's side of the family network, in the case workspace: add or update a network person,
record the family meeting, and mark a young person's words as read."""

from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin import messages

from portal.cases.admin_views.mixins import CaseActionFormView, CaseScopedMixin
from portal.documents.selectors import documents_for_case_worker
from portal.ops.once import FIELD as ONCE_FIELD

from . import selectors, services
from .forms import FamilyMeetingForm, WorkerNetworkPersonForm


class NetworkPersonView(CaseActionFormView):
    """Add someone to the family network, or record the worker's side of someone on it."""

    audit_name = "staff_network_person"
    form_class = WorkerNetworkPersonForm
    header_icon = "group"
    intro = _(
        "Nothing here contacts anyone. Talk with the parent before you contact someone they listed. "
        "A person marked “not to be contacted” is hidden from every family member's view."
    )

    def load_objects(self):
        super().load_objects()
        self.person = None
        if "person_id" in self.kwargs:
            self.person = selectors.network_person_get_for_case(case=self.case, person_id=self.kwargs["person_id"])

    def get_page_title(self):
        if self.person:
            return gettext("%(name)s in the family network") % {"name": self.person.name}
        return gettext("Add someone to the family network")

    @property
    def submit_button_label(self):
        return gettext("Save") if self.person else gettext("Add to the network")

    def get_extra_form_kwargs(self):
        return {"worker_only": self.person is not None}

    def get_initial(self):
        if self.person is None:
            return {}
        return {name: getattr(self.person, name) for name in services.WORKER_FIELDS}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["person"] = self.person
        return context

    def perform(self, form):
        fields = {name: value for name, value in form.cleaned_data.items() if name != ONCE_FIELD}
        person = services.network_person_worker_save(
            case=self.case, saved_by=self.request.user, person=self.person, **fields
        )
        return gettext("%(name)s has been saved.") % {"name": person.name}


class FamilyMeetingView(CaseActionFormView):
    """The family group decision-making meeting: offer, answer, coordinator, date, plan, review."""

    audit_name = "staff_family_meeting"
    form_class = FamilyMeetingForm
    header_icon = "date"
    page_title = _("Family group decision-making meeting")
    submit_button_label = _("Save the meeting")
    intro = _(
        "Before applying to court, the council must offer this meeting to the parents and anyone with "
        "parental responsibility, in the letter before proceedings, unless it is not in the child's best "
        "interests. What you record here also fills the census's FGDM answers on each child's open "
        "pre-proceedings record, where they are blank."
    )

    def load_objects(self):
        super().load_objects()
        self.record = selectors.meeting_for_case(self.case)
        self.documents = documents_for_case_worker(user=self.request.user, case=self.case)

    def get_extra_form_kwargs(self):
        return {"documents": self.documents}

    def get_initial(self):
        record = self.record
        if record is None:
            return {}
        initial = {name: getattr(record, name) for name in FamilyMeetingForm._meta.fields}
        initial["plan"] = str(record.plan_id or "")
        if record.meeting:
            initial["meeting_at"] = timezone.localtime(record.meeting.starts_at)
            initial["meeting_place"] = record.meeting.place
        if record.review:
            initial["review_at"] = timezone.localtime(record.review.starts_at)
        return initial

    def perform(self, form):
        fields = {name: value for name, value in form.cleaned_data.items() if name != ONCE_FIELD}
        _record, census = services.family_meeting_save(case=self.case, saved_by=self.request.user, **fields)
        return " ".join(filter(None, [gettext("The family meeting has been saved."), census]))


class VoiceReadView(CaseScopedMixin, View):
    """The worker has read what the case's young people wrote."""

    audit_name = "staff_voice_read"

    def post(self, request, *args, **kwargs):
        services.voice_mark_read(case=self.case, read_by=request.user)
        messages.success(request, gettext("Marked as read. The young person sees “Read by your worker”."))
        return redirect(self.workspace_url + "#network")
