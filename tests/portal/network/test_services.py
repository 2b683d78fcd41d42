"""The network's writes: each refuses what does not fit with a plain message and changes nothing,
and the family meeting fills the census's FGDM answers on open periods without re-entry."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.cases.models import KeyDate
from portal.network import services
from portal.network.models import FamilyMeeting, NetworkPerson, YoungVoice
from portal.notifications.models import Notification
from tests.portal.preproceedings.census_builders import child_add, outcome, period_add

pytestmark = pytest.mark.django_db


def test_a_parent_lists_someone_and_nothing_is_sent_to_anyone(world):
    before = Notification.objects.count()
    person = services.network_person_add(
        participant=world.p1, name=" Kim ", connection="my sister", offers=["place_to_stay", "lifts"]
    )
    assert (person.name, person.suggested_by, person.shared_with_family) == ("Kim", world.p1, False)
    assert [str(label) for label in person.offer_labels] == ["A place to stay", "Lifts, like to school"]
    assert Notification.objects.count() == before
    assert AccessLogEntry.objects.filter(action="network_person_add", actor=world.p1.user).exists()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "", "connection": "sister"}, "name"),
        ({"name": "Kim", "connection": "  "}, "connection"),
        ({"name": "Kim", "connection": "sister", "offers": ["money"]}, "offers"),
    ],
)
def test_a_listing_that_does_not_fit_is_refused_whole(world, fields, field):
    with pytest.raises(ValidationError) as refused:
        services.network_person_add(participant=world.p1, **fields)
    assert field in refused.value.message_dict
    assert not NetworkPerson.objects.exists()


@pytest.mark.parametrize("who", ["yp", "pa2"])
def test_only_a_parent_of_the_case_lists_people(world, who):
    if who == "yp":
        with pytest.raises(ValidationError):
            services.network_person_add(participant=world.yp, name="Kim", connection="friend")
        return
    person = services.network_person_add(participant=world.p1, name="Kim", connection="sister")
    with pytest.raises(ValidationError):
        services.network_person_change(participant=world.pa2, person=person, name="Changed", connection="x")
    with pytest.raises(ValidationError):
        services.network_person_remove(participant=world.p2, person=person)
    person.refresh_from_db()
    assert (person.name, person.removed_at) == ("Kim", None)


def test_marking_not_to_be_contacted_needs_a_reason_and_a_parent_cannot_change_them_after(world):
    person = services.network_person_add(participant=world.p1, name="Lee", connection="ex-partner")
    with pytest.raises(ValidationError) as refused:
        services.network_person_worker_save(case=world.a1, saved_by=world.wa, person=person, do_not_contact=True)
    assert "do_not_contact_reason" in refused.value.message_dict
    person.refresh_from_db()
    assert person.do_not_contact is False
    services.network_person_worker_save(
        case=world.a1, saved_by=world.wa, person=person, do_not_contact=True, do_not_contact_reason="Court order"
    )
    with pytest.raises(ValidationError):
        services.network_person_change(participant=world.p1, person=person, name="Lee", connection="friend")


def test_a_worker_records_only_the_workers_side_of_a_parents_entry(world):
    person = services.network_person_add(participant=world.p1, name="Kim", connection="sister")
    with pytest.raises(ValueError, match="name"):
        services.network_person_worker_save(case=world.a1, saved_by=world.wa, person=person, name="Renamed")
    services.network_person_worker_save(
        case=world.a1, saved_by=world.wa, person=person, contact_agreed="yes", assessment="requested"
    )
    person.refresh_from_db()
    assert (person.name, person.contact_agreed, person.assessment) == ("Kim", "yes", "requested")
    with pytest.raises(ValidationError):
        services.network_person_worker_save(case=world.a2, saved_by=world.wa, person=person, plan_role="x")


def soon(days):
    return timezone.now() + timedelta(days=days)


def test_the_meeting_is_a_key_date_the_family_can_put_in_their_calendar(world):
    record, _census = services.family_meeting_save(
        case=world.a1,
        saved_by=world.wa,
        offer="offered",
        accepted="yes",
        coordinator_name="Chris Coordinator",
        meeting_at=soon(10),
        meeting_place="Family Centre",
        review_at=soon(40),
    )
    assert record.meeting.kind == KeyDate.Kind.MEETING
    assert record.meeting.place == "Family Centre"
    assert "private family time" in record.meeting.note
    assert record.review.title == services.REVIEW_TITLE
    assert Notification.objects.filter(reason=Notification.Reason.KEY_DATE_ADDED).exists()
    moved_to = soon(12)
    again, _census = services.family_meeting_save(
        case=world.a1, saved_by=world.wa, offer="offered", accepted="yes", meeting_at=moved_to, review_at=soon(40)
    )
    assert again.meeting.pk == record.meeting.pk
    assert again.meeting.starts_at == moved_to
    assert again.meeting.place == ""  # the form sends the place it shows; empty means by arrangement
    assert KeyDate.objects.filter(case=world.a1).count() == 2


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"offer": "not_best_interests"}, "not_offered_reason"),
        ({"offer": "", "accepted": "yes"}, "accepted"),
        ({"offer": "offered", "meeting_at": soon(5)}, "accepted"),
        ({"offer": "offered", "accepted": "yes", "held": True}, "meeting_at"),
        ({"offer": "offered", "accepted": "yes", "meeting_at": soon(5), "held": True}, "held"),
    ],
)
def test_meeting_answers_that_do_not_fit_are_refused_and_change_nothing(world, fields, field):
    with pytest.raises(ValidationError) as refused:
        services.family_meeting_save(case=world.a1, saved_by=world.wa, **fields)
    assert field in refused.value.message_dict
    assert not FamilyMeeting.objects.exists()
    assert not KeyDate.objects.filter(case=world.a1).exists()


def test_a_plan_from_another_case_is_refused(world):
    with pytest.raises(ValidationError) as refused:
        services.family_meeting_save(case=world.a1, saved_by=world.wa, offer="offered", accepted="yes", plan=world.d_a2)
    assert "plan" in refused.value.message_dict


def test_a_date_the_family_has_is_moved_never_dropped(world):
    services.family_meeting_save(case=world.a1, saved_by=world.wa, offer="offered", accepted="yes", meeting_at=soon(3))
    with pytest.raises(ValidationError) as refused:
        services.family_meeting_save(case=world.a1, saved_by=world.wa, offer="offered", accepted="yes")
    assert "meeting_at" in refused.value.message_dict


def test_the_meeting_fills_blank_census_answers_on_open_periods_only(world):
    ava = child_add(case=world.a1, first_name="Ava", council_child_id="C-1")
    leo = child_add(case=world.a1, first_name="Leo", council_child_id="C-2")
    day = timezone.localdate() - timedelta(days=60)
    open_blank = period_add(child=ava, decision_date=day, letter_sent_date=day)
    open_answered = period_add(child=leo, decision_date=day, letter_sent_date=day, fgdm_offer="not_offered")
    closed = period_add(
        child=leo,
        decision_date=date(2025, 1, 6),
        letter_sent_date=date(2025, 1, 7),
        step_decision_date=date(2025, 3, 1),
        outcome=outcome(world.authority_a, "A"),
    )
    services.family_meeting_save(case=world.a1, saved_by=world.wa, offer="offered", accepted="yes", meeting_at=soon(-7))
    _record, message = services.family_meeting_save(
        case=world.a1, saved_by=world.wa, offer="offered", accepted="yes", meeting_at=soon(-7), held=True
    )
    for period in (open_blank, open_answered, closed):
        period.refresh_from_db()
    assert (open_blank.fgdm_offer, open_blank.fgdm_held) == ("offered", "yes")
    assert open_answered.fgdm_offer == "not_offered"  # the worker's own answer is kept
    assert open_answered.fgdm_held == ""  # "held" would contradict "not offered": left for the worker
    assert (closed.fgdm_offer, closed.fgdm_held) == ("", "")
    assert "1 pre-proceedings record has other answers to check first" in message


def test_not_offering_the_meeting_records_who_when_and_why_on_the_periods(world):
    ava = child_add(case=world.a1, first_name="Ava", council_child_id="C-1")
    day = timezone.localdate() - timedelta(days=30)
    period = period_add(child=ava, decision_date=day, letter_sent_date=day)
    _record, message = services.family_meeting_save(
        case=world.a1,
        saved_by=world.wa,
        offer="not_best_interests",
        not_offered_by="Team manager",
        not_offered_on=day,
        not_offered_reason="Risk of harm from a family member",
    )
    period.refresh_from_db()
    assert (period.fgdm_offer, period.fgdm_not_offered_by) == ("not_best_interests", "Team manager")
    assert message == "Added to 1 child's pre-proceedings record."


def test_a_young_person_writes_and_takes_back_but_the_worker_still_sees_it(world):
    with pytest.raises(ValidationError):
        services.voice_add(participant=world.yp, kind="person", text="She listens")
    with pytest.raises(ValidationError):
        services.voice_add(participant=world.p1, kind="wish", text="Not for parents")
    assert not YoungVoice.objects.exists()
    entry = services.voice_add(participant=world.yp, kind="person", name="Nan", text="She listens")
    services.voice_take_back(participant=world.yp, voice=entry)
    entry.refresh_from_db()
    assert entry.taken_back_at is not None
    assert services.voice_mark_read(case=world.a1, read_by=world.wa) == 1


def test_a_suggestion_stays_the_familys_when_the_parent_leaves_the_case(world, client):
    person = services.network_person_add(participant=world.p1, name="Kim", connection="sister", shared_with_family=True)
    world.p1.delete()
    person.refresh_from_db()
    assert person.suggested_by is None and person.suggested_by_name == "Pat"
    client.force_login(world.p2.user)
    page = client.get(reverse("family:network", args=[world.a1.public_id])).content.decode()
    assert "Added by Pat" in page and "Added by your worker" not in page
