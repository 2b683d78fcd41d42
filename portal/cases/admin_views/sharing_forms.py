"""Forms for sharing documents: what kind it is, the share form, its confirm page, and who can see it.

Sharing is three short pages (portal/cases/admin_views/documents.py): the kind of document (which
fills in a title and cover note from portal/documents/cover_notes.py), the share form, and a
confirm page listing exactly who will see it. Who can see a document is one choice, "everyone",
"parents and carers only" or "choose people"; the people it names are always worked out from the
case the view fetched in scope, so a posted id from another case is "not one of the choices".
"""

from django import forms
from django.core import signing
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.cases.models import Participant
from portal.cases.selectors import participants_for_case
from portal.documents.cover_notes import KIND_CHOICES, KIND_LABELS, OTHER
from portal.documents.staging import MAX_AGE, staged_get
from portal.ops.once import FIELD as ONCE_FIELD

from .forms import ParticipantChoiceField, upload_field

EVERYONE, PARENTS, CHOOSE = "everyone", "parents", "choose"
WHO_CHOICES = [
    (EVERYONE, _("Everyone in this case")),
    (PARENTS, _("Parents and carers only")),
    (CHOOSE, _("Choose people")),
]
COVER_NOTE_FIELDS = ("title", "what_it_is", "why_you_have_it", "what_happens_next", "who_to_ask")
_DRAFT_SALT = "portal.cases.document_share_draft"


def recipients_for(*, who, participants, chosen):
    """The people a choice names. "Everyone" is every family member of the case (not people still
    invited); "parents and carers only" leaves out young people and other family members."""
    if who == EVERYONE:
        return list(participants)
    if who == PARENTS:
        return [participant for participant in participants if participant.role == Participant.Role.PARENT]
    return list(chosen or [])


def who_for(*, recipients, participants):
    """The choice that describes people who can see a document now, to start the form with."""
    chosen = {participant.pk for participant in recipients}
    if chosen and chosen == {participant.pk for participant in participants}:
        return EVERYONE
    if chosen and chosen == {p.pk for p in recipients_for(who=PARENTS, participants=participants, chosen=())}:
        return PARENTS
    return CHOOSE


class RecipientChoiceMixin:
    """The "who can see it" choice, and the people it names in `cleaned_data["recipients"]`."""

    def recipient_fields_add(self, case):
        self.participants = list(participants_for_case(case=case))
        self.fields["who"] = forms.ChoiceField(
            label=_("Who can see it"),
            choices=WHO_CHOICES,
            widget=forms.RadioSelect,
            help_text=_("“Parents and carers only” leaves out young people and other family members."),
            error_messages={"required": _("Choose who can see this document.")},
        )
        self.fields["recipients"] = ParticipantChoiceField(
            queryset=participants_for_case(case=case),
            label=_("Choose people"),
            help_text=_("Tick each person who can see it. Only used if you choose people."),
            required=False,
        )

    def recipients_clean(self, cleaned):
        who = cleaned.get("who")
        if who is None or "recipients" in self.errors:
            return
        recipients = recipients_for(who=who, participants=self.participants, chosen=cleaned.get("recipients"))
        if not recipients:
            if who == CHOOSE:
                message = _("Tick at least one person, or choose everyone or parents and carers only.")
                self.add_error("recipients", message)
            elif who == PARENTS:
                self.add_error("who", _("There are no parents or carers in this case. Choose people instead."))
            else:
                self.add_error("who", _("Nobody has joined this case yet. Add a family member first."))
            return
        cleaned["recipients"] = recipients


class DocumentKindForm(forms.Form):
    """The first page: sent with GET, so choosing a kind needs no JavaScript and saves nothing."""

    kind = forms.ChoiceField(
        label=_("What kind of document is it?"),
        choices=KIND_CHOICES,
        widget=forms.RadioSelect,
        help_text=_("The next page starts with a title and a note for the family to match. You can change them."),
        error_messages={
            "required": _("Choose what kind of document it is."),
            "invalid_choice": _("Choose what kind of document it is."),
        },
    )


class DocumentShareForm(RecipientChoiceMixin, forms.Form):
    kind = forms.CharField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(label=_("Title"), max_length=150, help_text=_("As the family should see it."))
    file = upload_field()
    # A file already checked and held (portal/documents/staging.py), when the worker came back from
    # the confirm page to change something: it is not sent again.
    held = forms.CharField(widget=forms.HiddenInput, required=False)
    what_it_is = forms.CharField(
        label=_("What it is"), help_text=_("One or two plain sentences."), widget=forms.Textarea(attrs={"rows": 3})
    )
    why_you_have_it = forms.CharField(
        label=_("Why you have it"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    what_happens_next = forms.CharField(
        label=_("What happens next"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    who_to_ask = forms.CharField(
        label=_("Who to ask about it"), max_length=200, required=False, help_text=_("A name and how to reach them.")
    )

    def __init__(self, *args, case, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.recipient_fields_add(case)
        self.fields["file"].error_messages["required"] = _("Choose the file to share.")
        token = self.data.get("held") if self.is_bound else self.initial.get("held")
        self.staged = staged_get(token=token, case=case, user=user) if token else None
        if self.staged is not None:
            self.fields["file"].required = False
            self.fields["file"].help_text = gettext(
                "Kept from before: %(name)s (%(size)s). Choose a file only if you want to use a different one."
            ) % {"name": self.staged.original_name, "size": filesizeformat(self.staged.size)}

    @property
    def kind_label(self):
        return KIND_LABELS.get(self.kind_value, KIND_LABELS[OTHER])

    @property
    def kind_value(self):
        value = self.data.get("kind") if self.is_bound else self.initial.get("kind")
        return value if value in KIND_LABELS else OTHER

    def clean_kind(self):
        return self.kind_value

    def clean_held(self):
        return self.staged.token if self.staged is not None else ""

    def clean(self):
        cleaned = super().clean()
        self.recipients_clean(cleaned)
        return cleaned

    def draft_token(self, *, case, user, staged, once):
        """What the confirm page shows, signed: sharing uses exactly this, and it cannot be changed
        on the way. It names the held file, never carries it. `once` is the form's one-off token
        (portal/ops/once.py), kept if the worker goes back to change something."""
        cleaned = self.cleaned_data
        data = {name: cleaned[name] for name in ("kind", *COVER_NOTE_FIELDS, "who")}
        data["held"] = staged.token
        data["recipients"] = [str(participant.pk) for participant in cleaned["recipients"]]
        data[ONCE_FIELD] = once
        payload = {"c": case.pk, "u": user.pk, "d": data, "r": sorted(p.pk for p in cleaned["recipients"])}
        return signing.dumps(payload, salt=_DRAFT_SALT, compress=True)


class DocumentShareConfirmForm(forms.Form):
    """The confirm page: the signed draft of the share form, and which button was pressed."""

    SHARE, BACK, CANCEL = "share", "back", "cancel"

    draft = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, case, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.case, self.user = case, user

    def clean_draft(self):
        try:
            payload = signing.loads(self.cleaned_data["draft"], salt=_DRAFT_SALT, max_age=MAX_AGE)
        except signing.BadSignature as exc:  # also SignatureExpired
            raise forms.ValidationError(_("This was not shared in time.")) from exc
        if payload.get("c") != self.case.pk or payload.get("u") != self.user.pk:
            raise forms.ValidationError(_("This was not shared in time."))
        return payload

    @property
    def action(self):
        action = self.data.get("action")
        return action if action in (self.SHARE, self.CANCEL) else self.BACK

    def share_form(self):
        """The share form as the worker last sent it, with the held file."""
        return DocumentShareForm(data=self.cleaned_data["draft"]["d"], case=self.case, user=self.user)

    def recipients_unchanged(self, share_form):
        """True if the people the choice names now are the people the confirm page listed."""
        now = sorted(participant.pk for participant in share_form.cleaned_data["recipients"])
        return now == self.cleaned_data["draft"]["r"]


class DocumentRecipientsForm(RecipientChoiceMixin, forms.Form):
    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        self.recipient_fields_add(case)

    def clean(self):
        cleaned = super().clean()
        self.recipients_clean(cleaned)
        return cleaned
