"""The family's side of the network, under /my-family/<case_id>/network/ and /my-family/<case_id>/my-words/.

Everything is fetched through the person's own participation and the scoped selectors: a person or
an entry that is not theirs to see is a 404, logged by `private_view`.
"""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render

from portal.audit.services import audit_allowed
from portal.cases.access import family_participation, private_view
from portal.cases.guides import guide_url
from portal.ops.form_errors import apply_service_errors
from portal.ops.once import once_field_add, submit_once

from . import selectors, services
from .forms import FamilyForm, NetworkPersonForm, VoiceForm
from .models import YoungVoice

GUIDE_SLUG = "family-network"


def _grown_up(request, case_id):
    participant = family_participation(request, case_id=case_id)
    if not selectors.sees_network(participant):
        raise Http404
    return participant


def _lister(request, case_id):
    participant = family_participation(request, case_id=case_id)
    if not selectors.can_list_network(participant):
        raise Http404
    return participant


@private_view
def network(request, case_id):
    participant = family_participation(request, case_id=case_id)
    if participant.is_young_person:
        return redirect("family:voice", case_id=case_id)
    if not selectors.sees_network(participant):
        raise Http404
    case = participant.case
    audit_allowed(actor=request.user, action="network_view", obj=case, authority=case.authority, request=request)
    people = selectors.network_for_participant(participant=participant)
    return render(
        request,
        "network/network.html",
        {
            "participant": participant,
            "case": case,
            "people": [{"person": p, "own": p.suggested_by_id == participant.pk} for p in people],
            "can_list": selectors.can_list_network(participant),
            "meeting": selectors.meeting_for_participant(participant=participant),
            "guide_url": guide_url(slug=GUIDE_SLUG, young_person=False, request=request),
        },
    )


@private_view
@submit_once
def network_person(request, case_id, person_id=None):
    """Add someone to the network, or change someone this parent added."""
    participant = _lister(request, case_id)
    person = None
    if person_id is not None:
        person = selectors.network_person_get_for_participant(participant=participant, person_id=person_id)
    initial = {}
    if person is not None:
        initial = {name: getattr(person, name) for name in services.FAMILY_FIELDS}
    form = once_field_add(NetworkPersonForm(request.POST or None, initial=initial))
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in services.FAMILY_FIELDS}
        try:
            if person is None:
                services.network_person_add(participant=participant, **fields)
            else:
                services.network_person_change(participant=participant, person=person, **fields)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            return redirect("family:network", case_id=case_id)
    return render(
        request,
        "network/person_form.html",
        {"participant": participant, "case": participant.case, "form": form, "person": person},
    )


@private_view
@submit_once
def network_person_remove(request, case_id, person_id):
    participant = _lister(request, case_id)
    person = selectors.network_person_get_for_participant(participant=participant, person_id=person_id)
    form = once_field_add(FamilyForm(request.POST if request.method == "POST" else None))
    if request.method == "POST" and form.is_valid():
        services.network_person_remove(participant=participant, person=person)
        return redirect("family:network", case_id=case_id)
    return render(
        request,
        "network/person_remove.html",
        {"participant": participant, "case": participant.case, "form": form, "person": person},
    )


def _young_person(request, case_id):
    participant = family_participation(request, case_id=case_id)
    if not participant.is_young_person:
        raise Http404
    return participant


@private_view
def voice(request, case_id):
    participant = _young_person(request, case_id)
    case = participant.case
    audit_allowed(actor=request.user, action="voice_view", obj=case, authority=case.authority, request=request)
    entries = selectors.voice_for_young_person(participant=participant)
    return render(
        request,
        "network/voice.html",
        {
            "participant": participant,
            "case": case,
            "people": [entry for entry in entries if entry.kind == YoungVoice.Kind.PERSON],
            "wishes": [entry for entry in entries if entry.kind == YoungVoice.Kind.WISH],
            "guide_url": guide_url(slug=GUIDE_SLUG, young_person=True, request=request),
        },
    )


@private_view
@submit_once
def voice_add(request, case_id, kind):
    participant = _young_person(request, case_id)
    if kind not in YoungVoice.Kind.values:
        raise Http404
    form = once_field_add(VoiceForm(request.POST or None, kind=kind))
    if request.method == "POST" and form.is_valid():
        try:
            services.voice_add(
                participant=participant,
                kind=kind,
                text=form.cleaned_data["text"],
                name=form.cleaned_data.get("name", ""),
            )
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            return redirect("family:voice", case_id=case_id)
    return render(
        request,
        "network/voice_form.html",
        {"participant": participant, "case": participant.case, "form": form, "kind": kind},
    )


@private_view
@submit_once
def voice_take_back(request, case_id, voice_id):
    participant = _young_person(request, case_id)
    entry = selectors.voice_get_for_young_person(participant=participant, voice_id=voice_id)
    form = once_field_add(FamilyForm(request.POST if request.method == "POST" else None))
    if request.method == "POST" and form.is_valid():
        services.voice_take_back(participant=participant, voice=entry)
        return redirect("family:voice", case_id=case_id)
    return render(
        request,
        "network/voice_take_back.html",
        {"participant": participant, "case": participant.case, "form": form, "entry": entry},
    )
