from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MESSAGE_MAX_LENGTH


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
