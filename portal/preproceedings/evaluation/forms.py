"""The one thing an LA admin types about an evaluation project: its name. The key is never a field."""

from django import forms
from django.utils.translation import gettext_lazy as _


class EvaluationProjectCreateForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the evaluation"),
        max_length=120,
        help_text=_(
            "Who runs it and what it is for, like “Trailblazer evaluation 2026”. "
            "Do not write any family's or child's details here."
        ),
    )
