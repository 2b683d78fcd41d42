"""Days of the week stored the way Open Referral UK writes them (RFC 5545 BYDAY: "MO,TU,WE"),
shown to editors as tick boxes and to families as words ("Monday to Friday")."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

DAYS = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]
DAY_CODES = [code for code, _label in DAYS]
DAY_NAMES = dict(DAYS)


def days_split(value):
    """["MO", "TU"] from "MO,TU" (or a list). Unknown codes are kept so validation can name them."""
    if not value:
        return []
    if isinstance(value, str):
        value = value.split(",")
    return [code.strip().upper() for code in value if code and code.strip()]


def days_join(codes):
    """Codes in week order, without repeats: the one way a set of days is stored."""
    chosen = set(codes)
    return ",".join(code for code in DAY_CODES if code in chosen)


def validate_days(value):
    codes = days_split(value)
    unknown = [code for code in codes if code not in DAY_CODES]
    if unknown:
        raise ValidationError(
            _("Use days of the week like MO,TU,WE. Not understood: %(codes)s"),
            params={"codes": ", ".join(unknown)},
            code="invalid_days",
        )
    if not codes:
        raise ValidationError(_("Choose at least one day."), code="required")


def days_display(value):
    """ "Monday to Friday", "Saturday and Sunday", "Monday, Wednesday and Friday"."""
    codes = [code for code in DAY_CODES if code in set(days_split(value))]
    if not codes:
        return ""
    runs = []
    for code in codes:
        index = DAY_CODES.index(code)
        if runs and DAY_CODES.index(runs[-1][-1]) == index - 1:
            runs[-1].append(code)
        else:
            runs.append([code])
    parts = []
    for run in runs:
        if len(run) >= 3:
            # Translators: a run of days, as in "Monday to Friday".
            parts.append(gettext("%(first)s to %(last)s") % {"first": DAY_NAMES[run[0]], "last": DAY_NAMES[run[-1]]})
        else:
            parts.extend(str(DAY_NAMES[code]) for code in run)
    if len(parts) == 1:
        return str(parts[0])
    # Translators: the last item of a list of days, as in "Monday, Wednesday and Friday".
    return gettext("%(list)s and %(last)s") % {"list": ", ".join(str(part) for part in parts[:-1]), "last": parts[-1]}


class DaysFormField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *, max_length=None, empty_value=None, **kwargs):
        # CharField.formfield() passes these; a list of tick boxes has no use for them.
        kwargs.setdefault("choices", DAYS)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return days_split(value)

    def to_python(self, value):
        return days_split(value)

    def clean(self, value):
        codes = super().clean(value)
        return days_join(codes)


class DaysField(models.CharField):
    """A CharField holding "MO,TU,WE", edited with one tick box per day."""

    default_validators = [validate_days]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 20)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 20:
            del kwargs["max_length"]
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        kwargs["form_class"] = DaysFormField
        kwargs.pop("choices_form_class", None)
        return super().formfield(**kwargs)
