"""What one family member reads on their case page, /my-family/<uuid>/.

`family_case_context` depends only on the participant (never on `request.user`), so the same
page can be shown as a chosen family member would see it. It reads through selectors only: each
family member sees their own contacts and, for a young person, the young people's version of
each stage note.
"""

from django.utils.translation import gettext_lazy as _

from portal.documents.selectors import documents_for_participant, family_uploads_for_sender

from . import selectors
from .guides import stage_guide_url
from .models import CaseContact, KeyDate
from .stages import stage_progress

Role = CaseContact.Role

# A family member's own contact, in their words. The guardian and the child's solicitor act for
# the children, so a parent reads "your child's…" and a young person reads "your…".
OWN_CONTACT_LABELS = {
    Role.SOLICITOR: _("Your solicitor"),
    Role.GUARDIAN: _("Your children's guardian"),
    Role.CHILDS_SOLICITOR: _("Your child's solicitor"),
    Role.ADVOCATE: _("Your advocate"),
    Role.OTHER: _("Your contact"),
}
OWN_CONTACT_LABELS_YOUNG = {
    Role.GUARDIAN: _("Your guardian"),
    Role.CHILDS_SOLICITOR: _("Your solicitor"),
}
# A contact for the whole family: the role as it is, except a plain "Solicitor", which would not
# say whom they act for.
FAMILY_CONTACT_LABELS = {Role.SOLICITOR: _("Solicitor for the family")}


def contact_label(*, contact, participant):
    """The role of a who's who contact, as `participant` reads it: "Your solicitor" for their own,
    "Children's guardian" for the whole family's."""
    if contact.for_participant_id is None:
        return FAMILY_CONTACT_LABELS.get(contact.role, contact.get_role_display())
    if participant.is_young_person and contact.role in OWN_CONTACT_LABELS_YOUNG:
        return OWN_CONTACT_LABELS_YOUNG[contact.role]
    return OWN_CONTACT_LABELS.get(contact.role, contact.get_role_display())


def stage_note(change, *, young):
    """The note of a stage change this reader sees: young people read their own version if the worker
    wrote one, and the family's note if not."""
    if young and change.note_young_people:
        return change.note_young_people
    return change.note


def family_case_context(*, participant, request, now):
    """The case page's context for one family member. `request` is used only for the site the stage's
    guide is on."""
    case = participant.case
    young = participant.is_young_person
    stage = case.stage_info
    # An invitation not yet accepted is previewed as an unsaved participant: nothing is shared with it.
    receipts = documents_for_participant(participant=participant) if participant.pk else []
    history = selectors.case_timeline(case=case, with_changed_by=False)
    return {
        "participant": participant,
        "case": case,
        "young": young,
        "stage": stage,
        "stage_summary": stage.summary_young if young else stage.summary,
        "stage_next": stage.next_steps_young if young else stage.next_steps,
        "stage_progress": stage_progress(case.stage),
        "timescale": selectors.case_timescale(
            case=case, stage_changes=history["stage_changes"], key_dates=history["key_dates"]
        ),
        "guide_url": stage_guide_url(stage=stage, young_person=young, request=request),
        # One query for the key dates: the coming ones are listed, the past ones are in the timeline.
        "upcoming": [key_date for key_date in history["key_dates"] if key_date.starts_at >= now],
        "timeline": _timeline(history=history, now=now, young=young),
        "workers": selectors.case_workers(case=case),
        "contacts": [
            {"contact": contact, "label": contact_label(contact=contact, participant=participant)}
            for contact in selectors.contacts_for_participant(participant=participant)
        ],
        "receipts": receipts,
        "sent": family_uploads_for_sender(participant=participant),
        "new_count": sum(1 for receipt in receipts if _is_new(receipt)),
    }


def _is_new(receipt):
    """`receipt` comes from documents_for_participant, which annotates its document's latest version."""
    return receipt.last_opened_version < (receipt.latest_version or 0)


def _timeline(*, history, now, young):
    """Past stage changes and past key dates (from selectors.case_timeline), newest first, as one
    list for the MoJ timeline."""
    items = _stage_items(history["stage_changes"], young=young)
    items += [
        {
            "kind": "date",
            "when": key_date.starts_at,
            "title": key_date.title,
            "note": key_date.note,
            "outcome": key_date.outcome,
            "hearing": key_date.kind == KeyDate.Kind.HEARING,
        }
        for key_date in history["key_dates"]
        if key_date.starts_at < now
    ]
    return sorted(items, key=lambda item: item["when"], reverse=True)


def _stage_items(stage_changes, *, young):
    """One timeline entry per time the case entered a stage. A worker recording the same stage again
    (to add a note) does not make the family read that they went through it twice: the entry keeps
    when the stage began and gathers the reader's notes, oldest first."""
    items = []
    for change in sorted(stage_changes, key=lambda c: (c.changed_at, c.pk)):
        note = stage_note(change, young=young)
        if items and items[-1]["stage"] == change.stage:
            if note:
                items[-1]["note"] = "\n\n".join(filter(None, [items[-1]["note"], note]))
            continue
        items.append(
            {
                "kind": "stage",
                "stage": change.stage,
                "when": change.changed_at,
                "title": change.stage_info.title,
                "note": note,
            }
        )
    return items
