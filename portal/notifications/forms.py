from django import forms

from .models import ContactPreference


class ContactPreferenceForm(forms.Form):
    channel = forms.ChoiceField(
        label="How should we tell you about updates?",
        choices=ContactPreference.Channel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how you want us to tell you about updates"},
    )
    phone_number = forms.CharField(
        label="Mobile phone number",
        required=False,
        max_length=30,
        help_text="We will text you a code to check it is your phone.",
    )


class PhoneCodeForm(forms.Form):
    code = forms.CharField(
        label="Enter the 6-digit code",
        max_length=12,
        error_messages={"required": "Enter the code from the text message"},
    )
