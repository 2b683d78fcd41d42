from django import forms

from .models import MESSAGE_MAX_LENGTH


class MessageForm(forms.Form):
    body = forms.CharField(
        label="Your question",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MESSAGE_MAX_LENGTH,
        error_messages={
            "required": "Write your question",
            "max_length": f"Your message must be {MESSAGE_MAX_LENGTH} characters or fewer",
        },
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label="Your reply",
        help_text="The family member reads this when they sign in. They get a message that names nobody.",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MESSAGE_MAX_LENGTH,
        error_messages={"required": "Write your reply"},
    )
