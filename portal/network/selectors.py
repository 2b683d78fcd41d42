"""Reads for the family network, each scoped to the person asking (see models.py for who sees what)."""

from django.db.models import Q
from django.http import Http404

from portal.cases.models import Participant

from .models import FamilyMeeting, NetworkPerson, YoungVoice

GROWN_UPS = (Participant.Role.PARENT, Participant.Role.OTHER)


def can_list_network(participant):
    """Parents and carers list people who could help."""
    return participant.role == Participant.Role.PARENT


def sees_network(participant):
    """Grown-ups see the network; young people never see it (they have their own page)."""
    return participant.role in GROWN_UPS


def network_for_participant(*, participant):
    """The people this family member may see: their own, and those shared with the family's grown-ups.
    Never a person marked not to be contacted, nor one taken off the list."""
    if not sees_network(participant) or participant.pk is None:
        return []
    return list(
        NetworkPerson.objects.filter(case_id=participant.case_id, do_not_contact=False, removed_at__isnull=True)
        .filter(Q(suggested_by_id=participant.pk) | Q(shared_with_family=True))
        .select_related("suggested_by__user")
    )


def network_person_get_for_participant(*, participant, person_id):
    """A person this family member listed themselves and may change. 404 for anyone else's."""
    if not can_list_network(participant):
        raise Http404
    try:
        return NetworkPerson.objects.get(
            case_id=participant.case_id,
            public_id=person_id,
            suggested_by_id=participant.pk,
            do_not_contact=False,
            removed_at__isnull=True,
        )
    except NetworkPerson.DoesNotExist as exc:
        raise Http404 from exc


def network_for_case_worker(*, case):
    """Every person on the case's network, for its workers (the caller has the case through the
    worker's scope), including those taken off the list, with who suggested them."""
    return list(NetworkPerson.objects.filter(case=case).select_related("suggested_by__user", "added_by"))


def network_person_get_for_case(*, case, person_id):
    try:
        return NetworkPerson.objects.select_related("suggested_by__user").get(case=case, public_id=person_id)
    except NetworkPerson.DoesNotExist as exc:
        raise Http404 from exc


def meeting_for_case(case):
    """The case's family meeting record, or None if nothing has been recorded yet."""
    return FamilyMeeting.objects.filter(case=case).select_related("meeting", "review", "plan").first()


def meeting_for_participant(*, participant):
    """The meeting as the family's grown-ups see it; None for a young person (they read about the
    meeting in their own guide and see its date in "Coming up"). The plan is shown only to those it
    was shared with."""
    if not sees_network(participant):
        return None
    meeting = meeting_for_case(participant.case)
    if meeting is None or not meeting.offer:
        return None
    plan_shared = (
        participant.pk is not None
        and meeting.plan_id is not None
        and meeting.plan.recipients.filter(participant_id=participant.pk).exists()
    )
    return {"meeting": meeting, "plan": meeting.plan if plan_shared else None}


def voice_for_young_person(*, participant):
    """A young person's own entries, not those they took back."""
    if not participant.is_young_person or participant.pk is None:
        return []
    return list(YoungVoice.objects.filter(participant_id=participant.pk, taken_back_at__isnull=True))


def voice_get_for_young_person(*, participant, voice_id):
    if not participant.is_young_person:
        raise Http404
    try:
        return YoungVoice.objects.get(participant_id=participant.pk, public_id=voice_id, taken_back_at__isnull=True)
    except YoungVoice.DoesNotExist as exc:
        raise Http404 from exc


def voice_for_case_worker(*, case):
    """Every young person's entries on the case, taken back or not, for its workers."""
    return list(
        YoungVoice.objects.filter(participant__case=case, participant__role=Participant.Role.YOUNG_PERSON)
        .select_related("participant__user")
        .order_by("-created_at", "-pk")
    )
