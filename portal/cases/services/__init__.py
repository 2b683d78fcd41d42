"""Writes for cases: validated, atomic, audited. Views never write models directly.

- records.py: the case itself, its stage, key dates, contacts and named workers;
- people.py: family members added, invited, and an invited account joining.

The names other modules use are gathered here.
"""

from .people import INVITATION_STAFF_MESSAGE, invitation_accept, participant_add, participant_invite
from .records import (
    DUPLICATE_REFERENCE_MESSAGE,
    case_contact_save,
    case_create,
    case_stage_change,
    case_update,
    case_workers_set,
    key_date_save,
)

__all__ = [
    "DUPLICATE_REFERENCE_MESSAGE",
    "INVITATION_STAFF_MESSAGE",
    "case_contact_save",
    "case_create",
    "case_stage_change",
    "case_update",
    "case_workers_set",
    "invitation_accept",
    "key_date_save",
    "participant_add",
    "participant_invite",
]
