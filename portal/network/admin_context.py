"""The network panel of the case workspace: who is on it, the meeting, and the young people's words."""

from portal.cases.admin_views.mixins import case_url

from . import selectors


def network_panel(case):
    people = selectors.network_for_case_worker(case=case)
    voice = selectors.voice_for_case_worker(case=case)
    return {
        "people": [
            {"person": person, "edit_url": case_url("network_edit", case, person.public_id)} for person in people
        ],
        "meeting": selectors.meeting_for_case(case),
        "voice": voice,
        "unread": sum(1 for entry in voice if entry.read_at is None),
        "urls": {name: case_url(name, case) for name in ("network_add", "family_meeting", "voice_read")},
    }
