"""Forms for a child and a pre-proceedings period. They collect and tidy input; the services check the
census's rules and write.

Each census item on the period form has a "blank because…" answer of its own beside it: in the
census's first year an item may be left blank with a reason, and the reason belongs to the item.
"""

from django import forms
from django.utils.dates import MONTHS
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.cases.admin_views.typed_dates import TypedDateField
from portal.ops.once import FIELD as ONCE_FIELD
from portal.preproceedings.models import CENSUS_FIELDS, Child, Period
from portal.preproceedings.selectors import outcome_codes_for_authority

BLANK_SUFFIX = "_blank"
CENSUS_FIELD_NAMES = set(CENSUS_FIELDS.values())
FGDM_NOT_OFFERED = ["fgdm_not_offered_by", "fgdm_not_offered_on", "fgdm_not_offered_reason"]

# In the order of the work: (legend, fields).
FIELDSETS = [
    (_("Decision to start pre-proceedings"), ["decision_date", "decision_forum"]),
    (_("Letter before proceedings"), ["letter_sent_date", "fgdm_offer", *FGDM_NOT_OFFERED]),
    (_("Meetings"), ["fgdm_held", "first_meeting_date", "parents_represented"]),
    (_("Decision to step down or issue"), ["step_decision_date", "outcome"]),
    (_("Court"), ["court_application_date", "proceedings_letter_date"]),
]


def _choices(choices):
    return [("", _("Not recorded yet")), *choices]


class ChildForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150, help_text=Child.first_name.field.help_text)
    council_child_id = forms.CharField(
        label=_("Council's child identifier"), max_length=40, help_text=Child.council_child_id.field.help_text
    )
    birth_month = forms.TypedChoiceField(
        label=_("Month of birth"),
        choices=[("", _("Choose a month")), *MONTHS.items()],
        coerce=int,
        empty_value=None,
        required=False,
    )
    birth_year = forms.IntegerField(label=_("Year of birth"), min_value=1990, max_value=2100, required=False)
    unborn = forms.BooleanField(
        label=_("Unborn"), required=False, help_text=_("Tick for a pre-birth case, and leave the birth date empty.")
    )


class OutcomeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return str(obj)


class PeriodForm(forms.Form):
    decision_date = TypedDateField(label=_("Decision to start pre-proceedings"), required=False)
    decision_forum = forms.ChoiceField(
        label=_("Where it was decided"), choices=_choices(Period.Forum.choices), required=False
    )
    letter_sent_date = TypedDateField(label=_("Letter before proceedings sent"), required=False)
    fgdm_offer = forms.ChoiceField(
        label=_("Family group decision-making meeting offered in the letter"),
        choices=_choices(Period.FgdmOffer.choices),
        widget=forms.RadioSelect,
        required=False,
    )
    fgdm_not_offered_by = forms.CharField(
        label=_("Who decided not to offer it"),
        max_length=150,
        required=False,
        help_text=_("Only if it was not offered because it is not in the child's best interests."),
    )
    fgdm_not_offered_on = TypedDateField(label=_("When that was decided"), required=False)
    fgdm_not_offered_reason = forms.CharField(
        label=_("Why it is not in the child's best interests"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    fgdm_held = forms.ChoiceField(
        label=_("Family group decision-making meeting held"),
        choices=_choices(Period.YesNo.choices),
        widget=forms.RadioSelect,
        required=False,
    )
    first_meeting_date = TypedDateField(label=_("First pre-proceedings meeting"), required=False)
    parents_represented = forms.ChoiceField(
        label=_("Parents legally represented at the first meeting"),
        choices=_choices(Period.YesNoUnknown.choices),
        widget=forms.RadioSelect,
        required=False,
    )
    step_decision_date = TypedDateField(label=_("Decision to step down or issue proceedings"), required=False)
    outcome = OutcomeChoiceField(
        label=_("Outcome"), queryset=None, required=False, empty_label=gettext("Not recorded yet")
    )
    court_application_date = TypedDateField(label=_("Court application made"), required=False)
    proceedings_letter_date = TypedDateField(
        label=_("Letter telling the parents proceedings are starting"), required=False
    )

    def __init__(self, *args, authority, known=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].queryset = outcome_codes_for_authority(authority=authority)
        self.fields["outcome"].empty_label = gettext("Not recorded yet")
        for name in FGDM_NOT_OFFERED[1:]:
            self.fields[name].help_text = self.fields["fgdm_not_offered_by"].help_text
        # A known date's source goes in the field's hint, before the typing example.
        for name, known_date in (known or {}).items():
            field = self.fields[name]
            field.help_text = f"{known_date.hint} {field.help_text}"
        for name in [name for _legend, fields in FIELDSETS for name in fields if name in CENSUS_FIELD_NAMES]:
            self.fields[name + BLANK_SUFFIX] = forms.CharField(
                label=_("Blank because…"),
                help_text=_("Only if you leave this blank: say why (allowed in the census's first year)."),
                max_length=300,
                required=False,
            )

    def fieldsets(self):
        """For the template: each fieldset's rows, a field with its "blank because…" answer if any."""
        return [
            {
                "legend": legend,
                "review_meetings": "first_meeting_date" in names,
                "rows": [
                    {
                        "field": self[name],
                        "blank": self[name + BLANK_SUFFIX] if name in CENSUS_FIELD_NAMES else None,
                        "only_not_best_interests": name in FGDM_NOT_OFFERED,
                    }
                    for name in names
                ],
            }
            for legend, names in FIELDSETS
        ]

    def service_data(self):
        """(fields, blank_reasons) for period_save."""
        data = dict(self.cleaned_data)
        reasons = {name[: -len(BLANK_SUFFIX)]: data.pop(name) for name in list(data) if name.endswith(BLANK_SUFFIX)}
        data.pop(ONCE_FIELD, None)
        return data, reasons


def period_initial(period):
    """The form's initial data for an existing period, with its reasons beside their fields."""
    initial = {name: getattr(period, name) for _legend, fields in FIELDSETS for name in fields}
    initial["outcome"] = period.outcome_id
    initial.update({name + BLANK_SUFFIX: text for name, text in (period.blank_reasons or {}).items()})
    return initial
