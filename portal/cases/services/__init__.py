"""Writes for cases: validated, atomic, audited. Views never write models directly.

- records.py: the case itself, its stage, key dates, contacts and named workers;
- people.py: family members added, invited, and an invited account joining;
- membership.py: a family member's access afterwards: invitation sent again, address, removal;
- lifecycle.py: the case as a whole: closed with a reason, handed to another worker.

The names other modules use are gathered here.
"""

from .lifecycle import case_close, case_hand_over
from .membership import (
    EMAIL_CANNOT_BE_USED,
    invitation_cancel,
    invitation_email_change,
    invitation_send_again,
    participant_email_change,
    participant_invite_again,
    participant_remove,
)
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
    "EMAIL_CANNOT_BE_USED",
    "INVITATION_STAFF_MESSAGE",
    "case_close",
    "case_contact_save",
    "case_create",
    "case_stage_change",
    "case_hand_over",
    "case_update",
    "case_workers_set",
    "invitation_accept",
    "invitation_cancel",
    "invitation_email_change",
    "invitation_send_again",
    "key_date_save",
    "participant_add",
    "participant_email_change",
    "participant_invite",
    "participant_invite_again",
    "participant_remove",
]
