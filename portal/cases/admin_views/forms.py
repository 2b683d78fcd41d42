"""Forms for the staff workspace. They collect and tidy input; the services check it again and write.

Labels and hints are written for busy workers, in plain words. Choices of people (recipients,
named workers) are always built from the case or LA the view already fetched in scope, so a
posted id from another case or LA is simply "not one of the available choices".
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.cases.models import Case, CaseContact, KeyDate, Participant
from portal.cases.selectors import case_reference_in_use, participants_for_case, worker_authority, workers_for_authority
from portal.cases.services import DUPLICATE_REFERENCE_MESSAGE
from portal.cases.stages import STAGE_CHOICES

from .typed_dates import TypedDateTimeField

UPLOAD_ACCEPT = ".pdf,.docx,.jpg,.jpeg,.png"
UPLOAD_HINT = _("PDF, Word (DOCX), JPEG or PNG, up to 20 MB")
UPLOAD_LABEL = _("File")


def participant_label(participant):
    user = participant.user
    return f"{user.get_full_name() or user.email} ({participant.get_role_display()})"


class ParticipantChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return participant_label(obj)


class WorkerChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        job_title = getattr(getattr(obj, "staff_membership", None), "job_title", "")
        name = obj.get_full_name() or obj.email
        return f"{name}, {job_title}" if job_title else name


def upload_field(label=UPLOAD_LABEL):
    return forms.FileField(label=label, help_text=UPLOAD_HINT, widget=forms.FileInput(attrs={"accept": UPLOAD_ACCEPT}))


class CaseForm(WagtailAdminModelForm):
    """Create a case. The LA is always the signed-in worker's own; it is never a form field."""

    class Meta:
        model = Case
        fields = ["reference", "family_name", "children_first_names", "stage"]
        labels = {
            "reference": _("Case reference"),
            "family_name": _("Family name"),
            "children_first_names": _("Children's first names"),
            "stage": _("Starting stage"),
        }

    def clean_reference(self):
        reference = self.cleaned_data["reference"].strip()
        authority = worker_authority(self.for_user) if self.for_user is not None else None
        if authority is not None and case_reference_in_use(
            authority=authority, reference=reference, case=self.instance
        ):
            raise ValidationError(DUPLICATE_REFERENCE_MESSAGE)
        return reference


class CaseDetailsForm(CaseForm):
    """Edit a case's reference and names. The stage has its own form, with a note for the family."""

    class Meta(CaseForm.Meta):
        fields = ["reference", "family_name", "children_first_names"]


class StageChangeForm(forms.Form):
    stage = forms.ChoiceField(choices=STAGE_CHOICES, label=_("New stage"))
    note = forms.CharField(
        label=_("What should the family know about this change?"),
        help_text=_("The family reads this on their timeline. Use plain words and say what happens next."),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write a short note for the family about this change.")},
    )
    note_young_people = forms.CharField(
        label=_("Note for young people"),
        help_text=_("If you leave this empty, young people read the note above."),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
    )


class ParticipantAddForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("Their own email address. They get a short email that names nobody and no case."),
    )
    role = forms.ChoiceField(label=_("Role in the case"), choices=Participant.Role.choices)
    language = forms.ChoiceField(
        label=_("Their language"),
        choices=[("", _("Not known: they can choose when they sign in")), *settings.LANGUAGES],
        required=False,
        help_text=_("Their invitation, emails and texts go out in it. They can change it themselves."),
    )


class KeyDateForm(WagtailAdminModelForm):
    """Where is one choice (at a place, or by video), so a date cannot be both or neither."""

    WHERE_PLACE, WHERE_VIDEO = "place", "video"

    starts_at = TypedDateTimeField(label=_("Date and time"))
    where = forms.ChoiceField(
        label=_("Where"),
        choices=[(WHERE_PLACE, _("At a place")), (WHERE_VIDEO, _("By video (the family will be sent a link)"))],
        widget=forms.RadioSelect,
        initial=WHERE_PLACE,
    )
    field_order = ["kind", "title", "starts_at", "where", "place", "note", "outcome"]

    class Meta:
        model = KeyDate
        fields = ["kind", "title", "starts_at", "place", "note", "outcome"]
        labels = {
            "kind": _("What kind of date"),
            "title": _("Title"),
            "place": _("Place"),
            "note": _("Note"),
            "outcome": _("What was decided (after the date)"),
        }
        help_texts = {"place": _("The address, if it is at a place. Leave it empty to tell the family later.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.initial.pop("by_video", False):
            self.initial["where"] = self.WHERE_VIDEO

    def clean(self):
        cleaned = super().clean()
        by_video = cleaned.pop("where", self.WHERE_PLACE) == self.WHERE_VIDEO
        cleaned["by_video"] = by_video
        if by_video:
            cleaned["place"] = ""  # the choice decides: a date by video has no address
        return cleaned


class WhoseContactField(forms.ModelChoiceField):
    widget = forms.RadioSelect

    def label_from_instance(self, obj):
        return participant_label(obj)


class CaseContactForm(WagtailAdminModelForm):
    """A who's who contact. "Whose contact" offers only this case's family members: one person's
    solicitor is theirs alone, and the family's others never see it."""

    class Meta:
        model = CaseContact
        fields = ["for_participant", "role", "name", "organisation", "phone", "email"]
        labels = {
            "role": _("Role"),
            "name": _("Name"),
            "organisation": _("Organisation"),
            "phone": _("Phone"),
            "email": _("Email"),
        }

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["for_participant"] = WhoseContactField(
            queryset=participants_for_case(case=case),
            label=_("Whose contact is this?"),
            help_text=_(
                "A parent's solicitor is for that parent only: nobody else in the family sees it. "
                "Choose the whole family for the children's guardian and the child's solicitor."
            ),
            empty_label=_("The whole family"),
            required=False,
            blank=True,  # a radio button for the empty choice, which RadioSelect otherwise leaves out
        )


class CaseWorkersForm(forms.Form):
    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workers"] = WorkerChoiceField(
            queryset=workers_for_authority(authority=case.authority),
            label=_("Named workers"),
            help_text=_("The family sees these people, with their job title and phone number, on their case."),
            required=False,
        )


class DocumentVersionForm(forms.Form):
    file = upload_field(label=_("New version"))
