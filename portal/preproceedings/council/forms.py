"""Forms for the LA admin's pre-proceedings screens."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..census import FIRST_COLLECTION_YEAR, collection_year_for


def collection_years(today=None):
    """Every collection year from the first (2026 to 2027) to the one under way."""
    current = max(collection_year_for(today or timezone.localdate()), FIRST_COLLECTION_YEAR)
    return list(range(current, FIRST_COLLECTION_YEAR - 1, -1))


class CensusYearForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Collection year"), coerce=int, choices=())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [
            (year, _("1 April %(start)s to 31 March %(end)s") % {"start": year, "end": year + 1})
            for year in collection_years()
        ]

    def year_or_default(self):
        """The chosen year, or the one under way if none (or a wrong one) was chosen."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["year"]
        return collection_years()[0]


class OutcomeCodeForm(forms.Form):
    # The code is DfE's: shown, never taken from what is sent (a disabled field keeps its initial value).
    code = forms.CharField(label=_("Census code"), disabled=True)
    label = forms.CharField(label=_("Meaning"), max_length=200)
    issues_proceedings = forms.BooleanField(
        label=_("Means court proceedings are issued"),
        required=False,
        help_text=_("Used to count the cases kept out of court."),
    )


OutcomeCodeFormSet = forms.formset_factory(OutcomeCodeForm, extra=0, max_num=20, validate_max=True)
