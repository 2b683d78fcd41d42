"""Rows of the access log as an LA admin reads them: "Sam Patel (worker)" opened "The Taylor family
(NB-0012)", not a user id, an action code and a UUID.

Names are looked up for one page of rows at a time, and only inside the admin's own council: a
case, document or person of another council (which a row of this council should never name) would
show as its kind ("A case"), never by name.
"""

import uuid
from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext

from portal.cases.stages import STAGE_CHOICES

from .labels import ROLES, action_label, object_noun
from .models import AccessLogEntry

STAGE_NAMES = dict(STAGE_CHOICES)

# Objects that belong to one case: model, the field the log keeps as object_id, the path to the case.
CASE_OBJECT_MODELS = {
    "SharedDocument": ("documents.SharedDocument", "public_id", "case", "title"),
    "FamilyUpload": ("documents.FamilyUpload", "public_id", "case", "original_name"),
    "KeyDate": ("cases.KeyDate", "public_id", "case", "title"),
    "Participant": ("cases.Participant", "pk", "case", None),
    "CaseInvitation": ("cases.CaseInvitation", "pk", "case", None),
    "CaseContact": ("cases.CaseContact", "pk", "case", "name"),
    "Thread": ("conversations.Thread", "public_id", "case", None),
    "NetworkPerson": ("network.NetworkPerson", "public_id", "case", "name"),
    "FamilyMeeting": ("network.FamilyMeeting", "pk", "case", None),
    "YoungVoice": ("network.YoungVoice", "public_id", "participant__case", None),
    "Child": ("preproceedings.Child", "pk", "case", "first_name"),
}


def case_objects():
    """(object type, model, key, path to the case) for each kind of object that belongs to a case."""
    for object_type, (label, key, case_path, _name) in CASE_OBJECT_MODELS.items():
        yield object_type, apps.get_model(label), key, case_path


@dataclass
class AccessLogRow:
    at: object
    who: str
    what: str
    about: str
    detail: str
    outcome: str
    outcome_label: str
    path: str
    action: str

    @property
    def denied(self):
        return self.outcome == AccessLogEntry.Outcome.DENIED


def _person(name, role):
    role_word = ROLES.get(role)
    if role_word is None:
        return name
    return gettext("%(name)s (%(role)s)") % {"name": name, "role": role_word}


def _who(entry, people):
    if entry.actor_id is not None and entry.actor_id in people:
        return _person(*people[entry.actor_id])
    label = entry.actor_label or ""
    if label.startswith("system:"):
        return gettext("The portal (%(job)s)") % {"job": label.removeprefix("system:").replace("_", " ")}
    if label.startswith("erased-user-"):
        return gettext("An account that has been erased")
    if label in ("", "anonymous"):
        return gettext("Someone not signed in")
    return label  # someone outside this council (a row from before a move): their email, as logged


def _case_name(case):
    return str(case)


def _names_of_objects(*, membership, entries):
    """(object type, object id) → a readable name, for the objects of these rows the LA may see."""
    wanted = {}
    for entry in entries:
        if entry.object_type and entry.object_id:
            wanted.setdefault(entry.object_type, set()).add(entry.object_id)
    authority_id = membership.authority_id
    names = {}
    if "Case" in wanted:
        cases = apps.get_model("cases.Case").objects.filter(
            authority_id=authority_id, public_id__in=_uuids(wanted["Case"])
        )
        names.update({("Case", str(case.public_id)): _case_name(case) for case in cases})
    for object_type, (label, key, case_path, name_field) in CASE_OBJECT_MODELS.items():
        ids = wanted.get(object_type)
        if not ids:
            continue
        values = _uuids(ids) if key == "public_id" else [value for value in ids if value.isdigit()]
        model = apps.get_model(label)
        found = model.objects.filter(**{f"{case_path}__authority_id": authority_id, f"{key}__in": values})
        for obj in found.select_related(
            case_path, *(["user"] if object_type in ("Participant", "CaseInvitation") else [])
        ):
            case = obj
            for step in case_path.split("__"):
                case = getattr(case, step)
            names[(object_type, str(getattr(obj, key)))] = _object_name(obj, object_type, name_field, case)
    return names


def _object_name(obj, object_type, name_field, case):
    if object_type in ("Participant", "CaseInvitation"):
        own = obj.user.get_full_name() or obj.user.email
    elif name_field:
        own = getattr(obj, name_field)
    else:
        own = object_noun(object_type)
    return gettext("%(name)s, %(case)s") % {"name": own, "case": _case_name(case)}


def _uuids(values):
    result = []
    for value in values:
        try:
            result.append(uuid.UUID(value))
        except ValueError:
            continue
    return result


def _about(entry, names, people, membership):
    key = (entry.object_type, entry.object_id)
    if key in names:
        return names[key]
    if entry.object_type == "StaffMembership" and entry.object_id.isdigit():
        staff = people.get(("membership", int(entry.object_id)))
        if staff is not None:
            return _person(*staff)
    if entry.object_type == "User" and entry.object_id.isdigit() and int(entry.object_id) in people:
        return _person(*people[int(entry.object_id)])
    if entry.object_type == "LocalAuthority" and entry.object_id == str(membership.authority_id):
        return str(membership.authority)
    return object_noun(entry.object_type)


def _detail(entry):
    """The row's detail, with a stage's code (what the services log) as the stage's name."""
    stage = STAGE_NAMES.get(entry.detail) if entry.action == "stage_change" else None
    return str(stage) if stage is not None else entry.detail


def access_log_rows(*, membership, entries):
    """One page of the admin's LA's rows, as AccessLogRow: who, what and about what, in words."""
    from .selectors import access_log_people_named

    entries = list(entries)
    user_ids = {entry.actor_id for entry in entries if entry.actor_id is not None}
    user_ids |= {int(e.object_id) for e in entries if e.object_type == "User" and e.object_id.isdigit()}
    membership_ids = {int(e.object_id) for e in entries if e.object_type == "StaffMembership" and e.object_id.isdigit()}
    StaffMembership = apps.get_model("authorities.StaffMembership")
    staff_users = dict(
        StaffMembership.objects.filter(authority_id=membership.authority_id, pk__in=membership_ids).values_list(
            "pk", "user_id"
        )
    )
    people = access_log_people_named(membership=membership, user_ids=user_ids | set(staff_users.values()))
    for membership_id, user_id in staff_users.items():
        if user_id in people:
            people[("membership", membership_id)] = people[user_id]
    names = _names_of_objects(membership=membership, entries=entries)
    return [
        AccessLogRow(
            at=entry.at,
            who=_who(entry, people),
            what=action_label(entry.action),
            about=_about(entry, names, people, membership),
            detail=_detail(entry),
            outcome=entry.outcome,
            outcome_label=str(entry.get_outcome_display()),
            path=entry.path,
            action=entry.action,
        )
        for entry in entries
    ]
