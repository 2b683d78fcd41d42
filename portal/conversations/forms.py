from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MESSAGE_MAX_LENGTH, Thread


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your question"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MESSAGE_MAX_LENGTH,
        error_messages={
            "required": _("Write your question"),
            # The limit comes from the form's own check (MESSAGE_MAX_LENGTH).
            "max_length": _("Your message must be %(limit_value)d characters or fewer"),
        },
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")  # GOV.UK ids: the field's name (components/field.html)
        super().__init__(*args, **kwargs)


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        help_text=_("The family member reads this when they sign in. They get a message that names nobody."),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MESSAGE_MAX_LENGTH,
        error_messages={"required": _("Write your reply")},
    )


class CannotMakeForm(MessageForm):
    body = forms.CharField(
        label=_("Why can you not make it?"),
        help_text=_("For example: I have work, I have a hospital appointment, I cannot get there in time."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MESSAGE_MAX_LENGTH,
        error_messages={
            "required": _("Tell your worker why you cannot make it, so they can look for another time"),
            "max_length": _("Your message must be %(limit_value)d characters or fewer"),
        },
    )


class HelpRequestForm(MessageForm):
    need = forms.ChoiceField(
        label=_("What would help you take part?"),
        choices=Thread.Need.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what would help you")},
    )
    body = forms.CharField(
        label=_("Tell us more"),
        help_text=_("If you need an interpreter, say which language. Say what would help, and for which meeting."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MESSAGE_MAX_LENGTH,
        required=False,
        error_messages={"max_length": _("Your message must be %(limit_value)d characters or fewer")},
    )
    field_order = ["need", "body"]
