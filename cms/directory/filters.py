"""The directory's search form: a plain GET form, so it works with no JavaScript at all."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import TaxonomyTerm

AREA_LOCAL = "local"
AREA_NATIONAL = "national"


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=100,
        label=_("Search by words"),
        help_text=_("For example, solicitor or housing"),
    )
    category = forms.ModelChoiceField(
        queryset=TaxonomyTerm.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All kinds of help"),
        label=_("What kind of help"),
    )
    area = forms.ChoiceField(
        required=False,
        choices=[
            ("", _("Near you and national")),
            (AREA_LOCAL, _("Only near you")),
            (AREA_NATIONAL, _("Only national")),
        ],
        widget=forms.RadioSelect,
        label=_("Where"),
    )

    def filters(self):
        """The filters to apply. Anything not understood is ignored rather than shown as an error:
        a family following an old or mistyped link should still see the directory."""
        if not self.is_bound:
            return {"words": "", "category": None, "area": ""}
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "words": (data.get("q") or "").strip(),
            "category": data.get("category"),
            "area": data.get("area") or "",
        }
