"""Forms for LA admins managing their own staff.

Deliberately plain forms, not ModelForms of User: they list the only fields an LA admin may set.
There is no field for the local authority, groups, `is_staff` or `is_superuser`, so a crafted
POST carrying them is simply ignored. The services do the real validation.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import StaffMembership


class StaffMemberEditForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    role = forms.ChoiceField(
        label=_("Role"),
        choices=StaffMembership.Role.choices,
        help_text=_(
            "LA admins manage staff and read the access log. Workers see their LA's cases. Editors write the "
            "council's pages and moderators check and publish them: they never see cases."
        ),
    )
    job_title = forms.CharField(
        label=_("Job title"), max_length=120, required=False, help_text=_("As families should see it.")
    )
    phone = forms.CharField(
        label=_("Phone"), max_length=40, required=False, help_text=_("A number families can call them on.")
    )

    def add_service_errors(self, error):
        """Show a service's ValidationError beside the field it names, or above the form."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, messages in error.message_dict.items():
            self.add_error(field if field in self.fields else None, ValidationError(messages))


class StaffMemberCreateForm(StaffMemberEditForm):
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("Their work email. We send them a message saying their account is ready."),
    )

    field_order = ["email", "first_name", "last_name", "role", "job_title", "phone"]


class StaffAuthenticatorResetForm(forms.Form):
    """Before removing someone's authenticator, the admin says they checked who is asking, and how."""

    identity_checked = forms.BooleanField(
        label=_("I have checked who this person is"),
        required=False,  # the service says what is missing, beside this box
        help_text=_("Someone else could be asking in their name. Do not reset it after an email or a text alone."),
    )
    how = forms.ChoiceField(
        label=_("How did you check?"),
        widget=forms.RadioSelect,
        required=False,
        choices=[
            ("in_person", _("In person")),
            ("video_call", _("On a video call")),
            ("phone_call_back", _("I called them back on a number the council already had")),
        ],
    )

    def add_service_errors(self, error):
        StaffMemberEditForm.add_service_errors(self, error)


class CouncilSettingsForm(forms.Form):
    """What an LA admin sets for their own council. Limits come from the model (and the service)."""

    contact_phone = forms.CharField(label=_("Council's phone number for families"), max_length=40, required=False)
    contact_email = forms.EmailField(label=_("Council's email address for families"), required=False)
    pre_proceedings_weeks = forms.IntegerField(
        label=_("Usual length of pre-proceedings, in weeks"),
        min_value=4,
        max_value=52,
        help_text=_("Used for the timescale families and workers see, and for your figures."),
    )
    reply_working_days = forms.IntegerField(
        label=_("Workers reply to families within (working days)"),
        min_value=1,
        max_value=20,
        help_text=_("Families are told this after they ask a question or send a request."),
    )

    def add_service_errors(self, error):
        StaffMemberEditForm.add_service_errors(self, error)
