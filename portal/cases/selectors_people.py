"""Reads for managing the people of a case: one family member or invitation of a case the worker
already fetched in scope, what removing someone would take away, and who a case can be handed to.

Kept apart from selectors.py, which holds the reads every case page needs. The same rule applies:
anything outside the case in hand is a 404, never a 403.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.http import Http404

from .models import CaseInvitation, Participant
from .selectors import workers_for_authority


def participant_get_for_case(*, case, participant_id):
    """A family member of a case the caller has already fetched through a scoped selector."""
    try:
        return Participant.objects.select_related("user", "case__authority").get(case=case, pk=participant_id)
    except Participant.DoesNotExist as exc:
        raise Http404 from exc


def pending_invitation_get_for_case(*, case, invitation_id):
    """An invitation of this case not yet accepted. An accepted one is a family member now: 404."""
    try:
        return CaseInvitation.objects.select_related("user", "case__authority").get(
            case=case, pk=invitation_id, accepted_at=None
        )
    except CaseInvitation.DoesNotExist as exc:
        raise Http404 from exc


def participant_removal_summary(*, participant):
    """What removing a family member takes away, for the confirm page.

    Documents stay on the case; the person's receipts go. A document shared with nobody else is then
    shared with nobody, and `expire_unshared_documents` deletes it after PORTAL_UNSHARED_UPLOAD_HOURS
    unless the worker shares it with someone first: the page has to say so.
    Their questions stay on the case's record (Thread.asker is emptied), no longer waiting for a reply.
    """
    from portal.documents.models import DocumentRecipient

    received = list(participant.received_documents.select_related("document").order_by("document__title"))
    shared_with_others = set(
        DocumentRecipient.objects.filter(document_id__in=[receipt.document_id for receipt in received])
        .exclude(participant=participant)
        .values_list("document_id", flat=True)
    )
    return {
        "documents": [
            {"title": receipt.document.title, "shared_with_others": receipt.document_id in shared_with_others}
            for receipt in received
        ],
        "questions": participant.threads.count(),
        "contacts": list(participant.own_contacts.order_by("name").values_list("name", flat=True)),
    }


def account_used_outside_council(*, user, authority):
    """Whether an account is in (or invited to) a case of another council: its address is then not
    this council's to change."""
    return (
        Participant.objects.filter(user=user).exclude(case__authority=authority).exists()
        or CaseInvitation.objects.filter(user=user, accepted_at=None).exclude(case__authority=authority).exists()
    )


def email_address_taken(*, email, user):
    """Whether another account holds this address, as its login or on allauth's list."""
    return (
        get_user_model().objects.filter(email__iexact=email).exclude(pk=user.pk).exists()
        or EmailAddress.objects.filter(email__iexact=email).exclude(user=user).exists()
    )


def handover_workers(*, case, user):
    """Who a worker can hand a case to: the case's council's active workers, but not themselves."""
    return workers_for_authority(authority=case.authority).exclude(pk=user.pk)


def handover_latest(*, case):
    """The case's most recent handover, with both workers, or None."""
    return case.handovers.select_related("from_worker", "to_worker").first()
