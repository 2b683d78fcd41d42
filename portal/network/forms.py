"""Forms for the family network: the family's (GOV.UK markup, components/field.html) and the worker's
(Wagtail admin forms). Each hands its cleaned data to a service; rules that join fields live there."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.cases.admin_views.typed_dates import TypedDateField, TypedDateTimeField

from .models import OFFER_CHOICES, FamilyMeeting, NetworkPerson, YoungVoice


class FamilyForm(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")  # GOV.UK ids: the field's name (components/field.html)
        super().__init__(*args, **kwargs)


class NetworkPersonForm(FamilyForm):
    name = forms.CharField(label=_("Their name"), max_length=120, error_messages={"required": _("Give their name.")})
    connection = forms.CharField(
        label=_("How are they related or connected to your family?"),
        help_text=_("For example: my sister, the children's grandad, a neighbour, Ava's godmother."),
        max_length=120,
        error_messages={"required": _("Say how they are related or connected to your family.")},
    )
    how_to_reach = forms.CharField(
        label=_("How can your worker reach them?"),
        help_text=_("A phone number, email or address, if you know it."),
        max_length=200,
        required=False,
    )
    offers = forms.MultipleChoiceField(
        label=_("What might they be able to offer?"),
        help_text=_("Tick any that might fit. You do not need to ask them first."),
        choices=OFFER_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    note = forms.CharField(
        label=_("Anything else your worker should know about them?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )
    shared_with_family = forms.BooleanField(
        label=_("Let the other grown-ups in my family who use this website see this person"), required=False
    )


class VoiceForm(FamilyForm):
    name = forms.CharField(label=_("Their name, or what you call them"), max_length=120, required=False)
    text = forms.CharField(
        label=_("What do you want to say?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
        error_messages={"required": _("Write something first.")},
    )

    def __init__(self, *args, kind, **kwargs):
        super().__init__(*args, **kwargs)
        if kind == YoungVoice.Kind.PERSON:
            self.fields["name"].required = True
            self.fields["name"].error_messages["required"] = _("Write their name, or what you call them.")
            self.fields["text"].label = _("Why do they matter to you?")
        else:
            del self.fields["name"]


class WorkerNetworkPersonForm(WagtailAdminModelForm):
    """A worker adds someone (all fields) or records the worker's side (`worker_only=True`)."""

    offers = forms.MultipleChoiceField(
        label=_("What they might offer"), choices=OFFER_CHOICES, widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = NetworkPerson
        fields = [
            "name",
            "connection",
            "how_to_reach",
            "offers",
            "note",
            "shared_with_family",
            "contact_agreed",
            "plan_role",
            "assessment",
            "do_not_contact",
            "do_not_contact_reason",
        ]
        labels = {"shared_with_family": _("Show this person to the family's grown-ups")}
        help_texts = {
            "contact_agreed": _("Has the parent agreed that you contact them? Never contact anyone before that."),
            "do_not_contact": _(
                "For example because of domestic abuse. They will then be hidden from every family member's view."
            ),
            "do_not_contact_reason": _("Only workers see this."),
        }

    def __init__(self, *args, worker_only=False, **kwargs):
        super().__init__(*args, **kwargs)
        if worker_only:
            for name in ("name", "connection", "how_to_reach", "offers", "note", "shared_with_family"):
                del self.fields[name]


class FamilyMeetingForm(WagtailAdminModelForm):
    meeting_at = TypedDateTimeField(
        label=_("Meeting date and time"),
        required=False,
        help_text=_("The family sees it under “Coming up”, with a calendar file."),
    )
    meeting_place = forms.CharField(label=_("Meeting place"), max_length=200, required=False)
    not_offered_on = TypedDateField(label=_("When that was decided"), required=False)
    review_at = TypedDateTimeField(label=_("Review of the family's plan"), required=False)

    class Meta:
        model = FamilyMeeting
        fields = [
            "offer",
            "not_offered_by",
            "not_offered_on",
            "not_offered_reason",
            "accepted",
            "coordinator_name",
            "coordinator_phone",
            "coordinator_email",
            "held",
        ]
        widgets = {"offer": forms.RadioSelect, "accepted": forms.RadioSelect}
        help_texts = {
            "not_offered_reason": _(
                "Only workers see this. The census has no field for it; your council may be asked."
            ),
            "coordinator_name": _("The independent coordinator who helps the family prepare."),
        }

    field_order = [
        "offer",
        "not_offered_by",
        "not_offered_on",
        "not_offered_reason",
        "accepted",
        "coordinator_name",
        "coordinator_phone",
        "coordinator_email",
        "meeting_at",
        "meeting_place",
        "held",
        "plan",
        "review_at",
    ]

    def __init__(self, *args, documents=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"] = forms.ChoiceField(
            label=_("The family's plan"),
            choices=[("", _("Not shared yet"))] + [(str(d.pk), d.title) for d in documents],
            required=False,
            help_text=_("Share the plan first as a document (kind: family plan), then choose it here."),
        )
        self.order_fields(self.field_order)
        self._documents = {str(d.pk): d for d in documents}

    def clean_plan(self):
        return self._documents.get(self.cleaned_data.get("plan") or "")
