from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.ops.limits import megabytes

from .services import NOTE_MAX
from .validation import MESSAGES


class FamilyUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Choose a file or photo"),
        error_messages={"required": _("Choose a file or photo to send"), "empty": MESSAGES["empty"]},
    )
    note = forms.CharField(
        label=_("A note for your worker"),
        help_text=_("For example: my certificate from the parenting course."),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=NOTE_MAX,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")  # GOV.UK ids: the field's name (components/field.html)
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("A PDF, a Word document (.docx), or a JPEG or PNG photo, up to %(size)s.") % {
            "size": megabytes(settings.PORTAL_DOCUMENT_MAX_BYTES)
        }
