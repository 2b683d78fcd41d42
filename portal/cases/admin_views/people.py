"""Managing access on a case: send an invitation again, change a family member's email address,
remove someone's access (or withdraw an invitation), close the case, hand it to another worker.

Each is a confirm page or a short form on CaseActionFormView: the case comes from the worker's
scope, the person from that case (anything else is a 404), and the work is done by a service.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.cases import selectors_people, services

from .forms import WorkerChoiceField
from .mixins import CaseActionFormView


class ConfirmForm(forms.Form):
    """Nothing to fill in: the button is the whole form (with its one-off token, see mixins.py)."""


class EmailChangeForm(forms.Form):
    email = forms.EmailField(
        label=_("New email address"),
        help_text=_("Check it with the person. They will sign in with a code sent to this address."),
    )


CLOSE_REASONS = [
    ("stepped_down", _("Stepped down without court")),
    ("order_made", _("The court made a final order")),
    ("moved", _("The family moved to another council")),
    ("other", _("Another reason")),
]


class CaseCloseForm(forms.Form):
    reason_kind = forms.ChoiceField(
        label=_("Why is the case closing?"),
        choices=CLOSE_REASONS,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose why the case is closing.")},
    )
    reason = forms.CharField(
        label=_("More about why"),
        help_text=_("For the council's record. The family does not see this. Needed for “Another reason”."),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )

    def clean(self):
        data = super().clean()
        kind, details = data.get("reason_kind"), (data.get("reason") or "").strip()
        if kind == "other" and not details:
            self.add_error("reason", _("Say why the case is closing."))
        elif kind:
            label = str(dict(CLOSE_REASONS)[kind])
            data["closed_reason"] = f"{label}: {details}" if details else label
        return data


class HandoverForm(forms.Form):
    note = forms.CharField(
        label=_("Note for the new worker"),
        help_text=_("What they need to know first. Other workers on this case can read it too; the family cannot."),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write a note for the new worker.")},
    )

    def __init__(self, *args, case, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {
            "to_worker": HandoverWorkerField(
                queryset=selectors_people.handover_workers(case=case, user=user),
                label=_("Hand the case to"),
                help_text=_("Only active workers of this council are offered."),
                error_messages={"required": _("Choose the worker who takes the case.")},
            ),
            **self.fields,
        }


class HandoverWorkerField(forms.ModelChoiceField):
    widget = forms.RadioSelect
    label_from_instance = WorkerChoiceField.label_from_instance


def person_name(user):
    return user.get_full_name() or user.email


# A family member and a pending invitation (an account that already existed) get the same pages, in
# the same words, so that the worker does not learn which addresses were known (CaseInvitation).


def invite_again_intro(name, email):
    return gettext(
        "%(name)s has not signed in to this case yet. The invitation email goes to %(email)s again; it "
        "names nobody and no case. If the first one did not arrive, check the address with them."
    ) % {"name": name, "email": email}


def email_change_intro(name, email):
    return gettext(
        "%(name)s's email address is now %(email)s. They sign in with a code sent to their address. "
        "When you change it, a short notice goes to the old and the new address, and anyone signed in "
        "as them is signed out. The new address counts as theirs once they sign in with a code sent "
        "there. If they have not signed in yet, their invitation goes to the new address."
    ) % {"name": name, "email": email}


class ParticipantActionMixin:
    """An action on one family member of the case in the URL."""

    def load_objects(self):
        super().load_objects()
        self.participant = selectors_people.participant_get_for_case(
            case=self.case, participant_id=self.kwargs["participant_id"]
        )
        self.person = person_name(self.participant.user)

    def get_page_subtitle(self):
        return self.person


class InvitationActionMixin:
    """An action on one invitation of the case in the URL that nobody has accepted yet."""

    def load_objects(self):
        super().load_objects()
        self.invitation = selectors_people.pending_invitation_get_for_case(
            case=self.case, invitation_id=self.kwargs["invitation_id"]
        )
        # The name the worker typed, never the account's own (see CaseInvitation).
        self.person = str(self.invitation) or self.invitation.user.email

    def get_page_subtitle(self):
        return self.person


class ParticipantInviteAgainView(ParticipantActionMixin, CaseActionFormView):
    audit_name = "staff_participant_invite_again"
    form_class = ConfirmForm
    page_title = _("Send the invitation again")
    header_icon = "mail"
    submit_button_label = _("Send the invitation again")
    submit_button_active_label = _("Sending…")

    @property
    def intro(self):
        return invite_again_intro(self.person, self.participant.user.email)

    def perform(self, form):
        services.participant_invite_again(participant=self.participant, invited_by=self.request.user)
        return gettext("The invitation has been sent to %(name)s again.") % {"name": self.person}


class InvitationInviteAgainView(InvitationActionMixin, CaseActionFormView):
    audit_name = "staff_invitation_invite_again"
    form_class = ConfirmForm
    page_title = _("Send the invitation again")
    header_icon = "mail"
    submit_button_label = _("Send the invitation again")
    submit_button_active_label = _("Sending…")

    @property
    def intro(self):
        return invite_again_intro(self.person, self.invitation.user.email)

    def perform(self, form):
        services.invitation_send_again(invitation=self.invitation, invited_by=self.request.user)
        return gettext("The invitation has been sent to %(name)s again.") % {"name": self.person}


class ParticipantEmailView(ParticipantActionMixin, CaseActionFormView):
    audit_name = "staff_participant_email"
    form_class = EmailChangeForm
    page_title = _("Change email address")
    header_icon = "mail"
    submit_button_label = _("Change the address")

    @property
    def intro(self):
        return email_change_intro(self.person, self.participant.user.email)

    def perform(self, form):
        services.participant_email_change(
            participant=self.participant, email=form.cleaned_data["email"], changed_by=self.request.user
        )
        return gettext("%(name)s's email address has been changed.") % {"name": self.person}


class ParticipantRemoveView(ParticipantActionMixin, CaseActionFormView):
    audit_name = "staff_participant_remove"
    template_name = "cases/admin/participant_remove.html"
    form_class = ConfirmForm
    page_title = _("Remove access")
    header_icon = "warning"
    submit_button_label = _("Remove their access")
    submit_button_active_label = _("Removing…")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "person": self.person,
                "summary": selectors_people.participant_removal_summary(participant=self.participant),
                "unshared_hours": settings.PORTAL_UNSHARED_UPLOAD_HOURS,
            }
        )
        return context

    def perform(self, form):
        services.participant_remove(participant=self.participant, removed_by=self.request.user)
        return gettext("%(name)s can no longer open this case.") % {"name": self.person}


class InvitationEmailView(InvitationActionMixin, CaseActionFormView):
    audit_name = "staff_invitation_email"
    form_class = EmailChangeForm
    page_title = ParticipantEmailView.page_title
    header_icon = "mail"
    submit_button_label = ParticipantEmailView.submit_button_label

    @property
    def intro(self):
        return email_change_intro(self.person, self.invitation.user.email)

    def perform(self, form):
        services.invitation_email_change(
            invitation=self.invitation, email=form.cleaned_data["email"], changed_by=self.request.user
        )
        return gettext("%(name)s's email address has been changed.") % {"name": self.person}


class InvitationRemoveView(InvitationActionMixin, CaseActionFormView):
    """Withdraws the invitation. Nothing could be shared with them yet, so the summary is empty."""

    audit_name = "staff_invitation_remove"
    template_name = ParticipantRemoveView.template_name
    form_class = ConfirmForm
    page_title = ParticipantRemoveView.page_title
    header_icon = "warning"
    submit_button_label = ParticipantRemoveView.submit_button_label
    submit_button_active_label = ParticipantRemoveView.submit_button_active_label

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"person": self.person, "summary": {"documents": [], "questions": 0, "contacts": []}})
        return context

    def perform(self, form):
        services.invitation_cancel(invitation=self.invitation, cancelled_by=self.request.user)
        return gettext("%(name)s can no longer open this case.") % {"name": self.person}


class CaseCloseView(CaseActionFormView):
    audit_name = "staff_case_close"
    form_class = CaseCloseForm
    page_title = _("Close the case")
    header_icon = "lock"
    submit_button_label = _("Close the case")

    @property
    def intro(self):
        return gettext(
            "Closing is for good: the stage can no longer change. The family can still open the case "
            "until it is deleted, with everything in it, %(days)s days after it closed. Nothing is sent "
            "to the family."
        ) % {"days": settings.PORTAL_RETENTION_DAYS_AFTER_CLOSE}

    def perform(self, form):
        services.case_close(case=self.case, reason=form.cleaned_data["closed_reason"], closed_by=self.request.user)
        return gettext("The case has been closed.")


class CaseHandoverView(CaseActionFormView):
    audit_name = "staff_case_handover"
    form_class = HandoverForm
    page_title = _("Hand over the case")
    header_icon = "user"
    submit_button_label = _("Hand over")
    intro = _(
        "The worker you choose takes your place among the case's named workers, so the family sees "
        "them in their who's who. They get an email with a link to this case; it names no family."
    )

    def get_extra_form_kwargs(self):
        return {"case": self.case, "user": self.request.user}

    def perform(self, form):
        data = form.cleaned_data
        handover = services.case_hand_over(
            case=self.case, to_worker=data["to_worker"], note=data["note"], handed_by=self.request.user
        )
        return gettext("The case has been handed to %(name)s.") % {"name": person_name(handover.to_worker)}
