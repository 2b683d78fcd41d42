"""Writes for the family network: validated, atomic, audited. Nothing here contacts a listed person.

The family meeting feeds the pre-proceedings census (FGDMMeetingOffer, FGDMMeetingFac): saving it
fills those answers on each child's open pre-proceedings period where they are still blank, so the
worker does not type them twice. A period whose other answers break the census's rules is left as
it is and counted, so the worker can see it needs a look.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from portal.audit.services import audit_allowed
from portal.cases.models import KeyDate
from portal.cases.services import key_date_save
from portal.preproceedings.models import Period
from portal.preproceedings.services import period_save

from .models import OFFER_LABELS, FamilyMeeting, NetworkPerson, YoungVoice
from .selectors import can_list_network

FAMILY_FIELDS = ("name", "connection", "how_to_reach", "offers", "note", "shared_with_family")
WORKER_FIELDS = ("contact_agreed", "plan_role", "assessment", "do_not_contact", "do_not_contact_reason")


def _person_fields_set(person, fields, allowed):
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValueError(f"not fields of this form: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(person, name, value.strip() if isinstance(value, str) else value)
    if any(key not in OFFER_LABELS for key in person.offers):
        raise ValidationError({"offers": gettext("Choose from the list of things they might offer.")})
    if not person.name:
        raise ValidationError({"name": gettext("Give their name.")})
    if not person.connection:
        raise ValidationError({"connection": gettext("Say how they are related or connected to your family.")})


@transaction.atomic
def network_person_add(*, participant, **fields):
    """A parent lists someone who could help."""
    if not can_list_network(participant):
        raise ValidationError(gettext("Only a parent or carer can add people to the family network."))
    person = NetworkPerson(
        case=participant.case,
        suggested_by=participant,
        suggested_by_name=participant.user.get_full_name() or participant.user.email,
        added_by=participant.user,
    )
    _person_fields_set(person, fields, FAMILY_FIELDS)
    person.full_clean()
    person.save()
    audit_allowed(actor=participant.user, action="network_person_add", obj=person, authority=participant.case.authority)
    return person


@transaction.atomic
def network_person_change(*, participant, person, **fields):
    """The parent who listed someone changes what they wrote."""
    if person.suggested_by_id != participant.pk or person.removed_at or person.do_not_contact:
        raise ValidationError(gettext("You can only change people you added yourself."))
    _person_fields_set(person, fields, FAMILY_FIELDS)
    person.full_clean()
    person.save()
    audit_allowed(
        actor=participant.user, action="network_person_change", obj=person, authority=participant.case.authority
    )
    return person


@transaction.atomic
def network_person_remove(*, participant, person):
    """Taken off the family's list. The worker keeps the record, marked as taken off by the family."""
    if person.suggested_by_id != participant.pk or person.removed_at or person.do_not_contact:
        raise ValidationError(gettext("You can only remove people you added yourself."))
    person.removed_at = timezone.now()
    person.save(update_fields=["removed_at", "updated_at"])
    audit_allowed(
        actor=participant.user, action="network_person_remove", obj=person, authority=participant.case.authority
    )
    return person


@transaction.atomic
def network_person_worker_save(*, case, saved_by, person=None, **fields):
    """A worker adds someone to the network (all fields), or records the worker's side of anyone on
    it (contact agreed, part in the plan, assessment, not to be contacted)."""
    adding = person is None
    person = person or NetworkPerson(case=case, added_by=saved_by)
    if person.case_id != case.pk:
        raise ValidationError(gettext("This person is on another case's network."))
    _person_fields_set(person, fields, (*FAMILY_FIELDS, *WORKER_FIELDS) if adding else WORKER_FIELDS)
    if person.do_not_contact and not person.do_not_contact_reason:
        raise ValidationError(
            {"do_not_contact_reason": gettext("Say why this person must not be contacted. Only workers see this.")}
        )
    if not person.do_not_contact:
        person.do_not_contact_reason = ""
    person.full_clean()
    person.save()
    audit_allowed(
        actor=saved_by,
        action="network_person_add" if adding else "network_person_worker_save",
        obj=person,
        authority=case.authority,
        detail=f"do_not_contact={person.do_not_contact}",
    )
    return person


MEETING_TITLE = "Family group decision-making meeting"
REVIEW_TITLE = "Review of the family's plan"


def _meeting_problems(values, *, case):
    errors = {}
    offered = values.get("offer") == FamilyMeeting.Offer.OFFERED
    if values.get("offer") == FamilyMeeting.Offer.NOT_BEST_INTERESTS:
        for name, message in (
            ("not_offered_by", gettext("Say who decided the meeting was not in the child's best interests.")),
            ("not_offered_on", gettext("Give the date that was decided.")),
            ("not_offered_reason", gettext("Say why the meeting is not in the child's best interests.")),
        ):
            if not values.get(name):
                errors[name] = message
    if not offered:
        for name in ("accepted", "meeting_at", "held", "plan", "review_at"):
            if values.get(name):
                errors[name] = gettext("Record this only once the meeting has been offered.")
        return errors
    if values.get("held"):
        if not values.get("meeting_at"):
            errors["meeting_at"] = gettext("Give the date of the meeting that was held.")
        elif values["meeting_at"] > timezone.now():
            errors["held"] = gettext("The meeting's date is still to come. Tick this after it has happened.")
    if values.get("meeting_at") and values.get("accepted") != FamilyMeeting.Accepted.YES:
        errors["accepted"] = gettext("A meeting date needs the family's “yes”. Record that they accepted.")
    plan = values.get("plan")
    if plan is not None and plan.case_id != case.pk:
        errors["plan"] = gettext("Choose a document shared in this case.")
    return errors


def _key_date_set(*, case, saved_by, key_date, starts_at, title, place=None, note=""):
    """Create or move the key date a meeting field stands for (the family sees it in "Coming up", with
    a calendar file). `place` None keeps the date's place as it is. Returns the key date or None."""
    if starts_at is None:
        return None
    if place is None:
        place = key_date.place if key_date else ""
    if key_date is not None and key_date.starts_at == starts_at and key_date.place == place:
        return key_date
    return key_date_save(
        case=case,
        saved_by=saved_by,
        key_date=key_date,
        kind=KeyDate.Kind.MEETING,
        title=key_date.title if key_date else title,
        starts_at=starts_at,
        place=place,
        note=key_date.note if key_date else note,
    )


MEETING_NOTE = (
    "A meeting for your family and the people who care about your child. An independent coordinator "
    "runs it. Part of it is private family time, when your family talks on its own and makes its plan."
)


@transaction.atomic
def family_meeting_save(*, case, saved_by, meeting_at=None, meeting_place="", review_at=None, **fields):
    """Record the family group decision-making meeting. Refused whole, with a message per field, if
    the answers do not fit together. Returns (meeting, message about the census periods)."""
    record = FamilyMeeting.objects.select_for_update().filter(case=case).first() or FamilyMeeting(case=case)
    values = {**fields, "meeting_at": meeting_at, "review_at": review_at}
    errors = _meeting_problems(values, case=case)
    # A date the family already has in "Coming up" is moved, never silently dropped.
    for name, key_date in (("meeting_at", record.meeting), ("review_at", record.review)):
        if key_date is not None and values[name] is None and name not in errors:
            errors[name] = gettext("The family already has this date. If it has moved, give the new date.")
    if errors:
        raise ValidationError(errors)
    for name, value in fields.items():
        setattr(record, name, value.strip() if isinstance(value, str) else value)
    if record.offer != FamilyMeeting.Offer.NOT_BEST_INTERESTS:
        record.not_offered_by, record.not_offered_on, record.not_offered_reason = "", None, ""
    record.meeting = _key_date_set(
        case=case,
        saved_by=saved_by,
        key_date=record.meeting,
        starts_at=meeting_at,
        title=MEETING_TITLE,
        place=meeting_place.strip(),
        note=MEETING_NOTE,
    )
    record.review = _key_date_set(
        case=case, saved_by=saved_by, key_date=record.review, starts_at=review_at, title=REVIEW_TITLE
    )
    record.updated_by = saved_by
    record.full_clean()
    record.save()
    audit_allowed(
        actor=saved_by,
        action="family_meeting_save",
        obj=record,
        authority=case.authority,
        detail=f"offer={record.offer}",
    )
    return record, _census_fill(record, saved_by=saved_by)


def _census_answers(record):
    answers = {}
    if record.offer:
        answers["fgdm_offer"] = record.offer
    if record.offer == FamilyMeeting.Offer.NOT_BEST_INTERESTS:
        answers.update(
            fgdm_not_offered_by=record.not_offered_by,
            fgdm_not_offered_on=record.not_offered_on,
            fgdm_not_offered_reason=record.not_offered_reason,
        )
    if record.held:
        answers["fgdm_held"] = Period.YesNo.YES
    elif record.accepted == FamilyMeeting.Accepted.NO:
        answers["fgdm_held"] = Period.YesNo.NO
    return answers


def _census_fill(record, *, saved_by):
    """Fill the blank FGDM answers of each open period of the case's children."""
    answers = _census_answers(record)
    if not answers:
        return ""
    filled = skipped = 0
    periods = Period.objects.filter(child__case=record.case, outcome__isnull=True).select_related("child__case")
    for period in periods:
        changes = {name: value for name, value in answers.items() if getattr(period, name) in ("", None)}
        if "fgdm_offer" not in changes:
            changes = {k: v for k, v in changes.items() if not k.startswith("fgdm_not_offered")}
        if not changes:
            continue
        try:
            with transaction.atomic():
                period_save(
                    child=period.child,
                    saved_by=saved_by,
                    period=period,
                    blank_reasons=period.blank_reasons,
                    **changes,
                )
        except ValidationError:
            skipped += 1
        else:
            filled += 1
    parts = []
    if filled:
        parts.append(
            ngettext(
                "Added to %(count)s child's pre-proceedings record.",
                "Added to %(count)s children's pre-proceedings records.",
                filled,
            )
            % {"count": filled}
        )
    if skipped:
        parts.append(
            ngettext(
                "%(count)s pre-proceedings record has other answers to check first: open it to add these.",
                "%(count)s pre-proceedings records have other answers to check first: open them to add these.",
                skipped,
            )
            % {"count": skipped}
        )
    return " ".join(parts)


@transaction.atomic
def voice_add(*, participant, kind, text, name=""):
    """A young person writes to their worker."""
    if not participant.is_young_person:
        raise ValidationError(gettext("Only a young person can write here."))
    text, name = text.strip(), name.strip()
    if not text:
        raise ValidationError({"text": gettext("Write something first.")})
    if kind == YoungVoice.Kind.PERSON and not name:
        raise ValidationError({"name": gettext("Write their name, or what you call them.")})
    voice = YoungVoice(
        participant=participant, kind=kind, name=name if kind == YoungVoice.Kind.PERSON else "", text=text
    )
    voice.full_clean()
    voice.save()
    audit_allowed(actor=participant.user, action="voice_add", obj=voice, authority=participant.case.authority)
    return voice


@transaction.atomic
def voice_take_back(*, participant, voice):
    if voice.participant_id != participant.pk or voice.taken_back_at:
        raise ValidationError(gettext("You can only take back your own words."))
    voice.taken_back_at = timezone.now()
    voice.save(update_fields=["taken_back_at"])
    audit_allowed(actor=participant.user, action="voice_take_back", obj=voice, authority=participant.case.authority)
    return voice


@transaction.atomic
def voice_mark_read(*, case, read_by):
    """The worker has read everything the case's young people wrote. Returns how many were new."""
    count = YoungVoice.objects.filter(participant__case=case, read_at__isnull=True).update(read_at=timezone.now())
    audit_allowed(actor=read_by, action="voice_mark_read", obj=case, authority=case.authority, detail=f"count={count}")
    return count
