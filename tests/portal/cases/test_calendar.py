"""Key dates as .ics downloads: valid iCalendar, London time, stable UID, growing SEQUENCE, scoped."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from portal.audit.models import AccessLogEntry
from portal.cases.models import KeyDate
from portal.cases.services import key_date_save

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def hearing(world):
    # 2pm London in summer (BST, UTC+1): 13:00 UTC.
    return key_date_save(
        case=world.a1,
        saved_by=world.wa,
        kind="hearing",
        title="Case Management Hearing",
        starts_at=datetime(2031, 7, 1, 14, 0, tzinfo=LONDON),
        place="Family Court, Court 3",
    )


def ics_url(world, key_date, case=None):
    return reverse("family:key_date_ics", args=[(case or world.a1).public_id, key_date.public_id])


def parse(response):
    return Calendar.from_ical(response.content)


def event_of(response):
    [event] = parse(response).walk("VEVENT")
    return event


def test_a_key_date_downloads_as_a_valid_calendar_event(client, world, hearing):
    client.force_login(world.p1.user)
    response = client.get(ics_url(world, hearing))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Hearing" not in response["Content-Disposition"]  # the file name says only the day
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    calendar = parse(response)
    assert calendar["VERSION"] == "2.0"
    [timezone_component] = calendar.walk("VTIMEZONE")
    assert timezone_component["TZID"] == "Europe/London"
    event = event_of(response)
    assert str(event["SUMMARY"]) == "Case Management Hearing"
    assert str(event["LOCATION"]) == "Family Court, Court 3"
    start = event.decoded("DTSTART")
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert (start.hour, start.minute) == (14, 0)
    assert start.utcoffset() == timedelta(hours=1)
    assert start == hearing.starts_at
    assert str(event["UID"]) == f"{hearing.public_id}@127.0.0.1"
    assert AccessLogEntry.objects.filter(action="key_date_calendar", actor=world.p1.user).exists()


def test_a_winter_date_is_in_gmt(client, world):
    key_date = key_date_save(
        case=world.a1, saved_by=world.wa, title="Review", starts_at=datetime(2031, 12, 1, 10, 30, tzinfo=LONDON)
    )
    client.force_login(world.p2.user)
    start = event_of(client.get(ics_url(world, key_date))).decoded("DTSTART")
    assert (start.hour, start.minute, start.utcoffset()) == (10, 30, timedelta(0))


def test_by_video_is_said_as_the_location(client, world):
    key_date = key_date_save(
        case=world.a1, saved_by=world.wa, title="Call", starts_at=timezone.now() + timedelta(days=2), by_video=True
    )
    client.force_login(world.p1.user)
    assert str(event_of(client.get(ics_url(world, key_date)))["LOCATION"]) == "By video"


def test_the_uid_is_stable_and_the_sequence_grows_when_the_date_moves(client, world, hearing):
    client.force_login(world.p1.user)
    first = event_of(client.get(ics_url(world, hearing)))
    again = event_of(client.get(ics_url(world, hearing)))
    assert str(first["UID"]) == str(again["UID"])
    assert first["SEQUENCE"] == again["SEQUENCE"]
    # Saved a little later (as a worker would), the date moves to the next day.
    KeyDate.objects.filter(pk=hearing.pk).update(updated_at=timezone.now() - timedelta(minutes=5))
    hearing.refresh_from_db()
    before = event_of(client.get(ics_url(world, hearing)))
    key_date_save(
        case=world.a1, saved_by=world.wa, key_date=hearing, starts_at=datetime(2031, 7, 2, 9, 0, tzinfo=LONDON)
    )
    after = event_of(client.get(ics_url(world, hearing)))
    assert str(after["UID"]) == str(first["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"]) >= 0
    assert after.decoded("DTSTART") == datetime(2031, 7, 2, 9, 0, tzinfo=LONDON)


def test_the_family_calendar_has_every_upcoming_date_and_no_past_one(client, world, hearing):
    past = key_date_save(
        case=world.a1, saved_by=world.wa, title="Old meeting", starts_at=timezone.now() - timedelta(days=3)
    )
    soon = key_date_save(case=world.a1, saved_by=world.wa, title="Soon", starts_at=timezone.now() + timedelta(days=3))
    other_case = key_date_save(
        case=world.a2, saved_by=world.wa, title="A2 date", starts_at=timezone.now() + timedelta(days=3)
    )
    client.force_login(world.yp.user)
    response = client.get(reverse("family:calendar", args=[world.a1.public_id]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    uids = {str(event["UID"]).split("@")[0] for event in parse(response).walk("VEVENT")}
    assert uids == {str(hearing.public_id), str(soon.public_id)}
    assert str(past.public_id) not in uids and str(other_case.public_id) not in uids
    assert len(parse(response).walk("VTIMEZONE")) == 1


@pytest.mark.parametrize("person", ["p1", "pa2", "pb1", "wa", "wb", "ea", "anonymous"])
def test_calendar_downloads_are_scoped_to_the_family(client, world, hearing, person):
    urls = [ics_url(world, hearing), reverse("family:calendar", args=[world.a1.public_id])]
    if person != "anonymous":
        user = getattr(world, person)
        client.force_login(getattr(user, "user", user))
    for url in urls:
        denials = AccessLogEntry.objects.filter(outcome="denied", path=url).count()
        response = client.get(url)
        if person == "anonymous":
            assert response.status_code == 302
        elif person == "p1":
            assert response.status_code == 200
        else:
            assert response.status_code == 404, (person, url)
            assert AccessLogEntry.objects.filter(outcome="denied", path=url).count() == denials + 1


def test_a_key_date_of_another_case_cannot_be_fetched_under_your_own_case(client, world):
    other = key_date_save(
        case=world.a2, saved_by=world.wa, title="A2 date", starts_at=timezone.now() + timedelta(days=3)
    )
    client.force_login(world.p1.user)
    assert client.get(ics_url(world, other, case=world.a1)).status_code == 404


def test_the_family_page_links_to_the_downloads(client, world):
    soon = key_date_save(case=world.a1, saved_by=world.wa, title="Soon", starts_at=timezone.now() + timedelta(days=3))
    client.force_login(world.p1.user)
    html = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    assert ics_url(world, soon) in html
    assert reverse("family:calendar", args=[world.a1.public_id]) in html
    assert "Add to your calendar" in html and "Add all dates to your calendar" in html
