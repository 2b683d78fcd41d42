from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ContactPreference


class ContactPreferenceForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("How should we tell you about updates?"),
        choices=ContactPreference.Channel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how you want us to tell you about updates")},
    )
    phone_number = forms.CharField(
        label=_("Mobile phone number"),
        required=False,
        max_length=30,
        help_text=_("We will text you a code to check it is your phone."),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")  # GOV.UK ids: the field's name (components/field.html)
        super().__init__(*args, **kwargs)


class PhoneCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Enter the 6-digit code"),
        max_length=12,
        error_messages={"required": _("Enter the code from the text message")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")  # GOV.UK ids: the field's name (components/field.html)
        super().__init__(*args, **kwargs)
