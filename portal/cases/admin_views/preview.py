"""See it as they see it: the family area's case page as one chosen family member reads it.

Built by the same code as the family's own page (portal/cases/family_page.py), from that person's
participation alone, so the worker sees exactly their stage words, contacts, notes and documents
(a young person's version, only what was shared with them). Read only: the page is shown inert
(nothing on it can be clicked or typed in) under a banner naming whose view it is, and opening it is
written to the access log like any other access to the case.

A person invited with an account they already had is not in the case until they accept: their
preview shows what they will see on joining (nothing shared with them yet, the whole family's
contacts), under the name the worker typed, so the preview tells no more than the family table does.
"""

from django.shortcuts import render
from django.utils import timezone
from django.views import View

from portal.audit.services import audit_allowed

from ..family_page import family_case_context
from ..models import Participant
from ..selectors_people import participant_get_for_case, pending_invitation_get_for_case
from .mixins import CaseScopedMixin, case_url


class FamilyPreviewView(CaseScopedMixin, View):
    audit_name = "staff_family_preview"

    def load_objects(self):
        super().load_objects()
        if "invitation_id" in self.kwargs:
            invitation = pending_invitation_get_for_case(case=self.case, invitation_id=self.kwargs["invitation_id"])
            # Not saved: the person they will be once they accept.
            self.participant = Participant(case=self.case, user=invitation.user, role=invitation.role)
            self.name = str(invitation) or invitation.user.email
        else:
            self.participant = participant_get_for_case(case=self.case, participant_id=self.kwargs["participant_id"])
            self.name = self.participant.user.get_full_name() or self.participant.user.email

    def get(self, request, *args, **kwargs):
        participant = self.participant
        context = family_case_context(participant=participant, request=request, now=timezone.now())
        context.update(
            {
                "preview_name": self.name,
                "preview_role": participant.get_role_display(),
                "preview_back_url": case_url("workspace", self.case),
            }
        )
        audit_allowed(
            actor=request.user,
            action="family_preview",
            obj=participant if participant.pk else self.case,
            authority=self.case.authority,
            request=request,
            detail=participant.role,
        )
        return render(request, "cases/family_preview.html", context)
