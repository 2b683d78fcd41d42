"""The journey told truthfully (#19): how soon each coming date is, the court on a map, and after a
hearing what the court decided, in the worker's plain words."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from portal.cases.models import KeyDate
from portal.cases.services import key_date_save
from portal.cases.templatetags.family_dates import days_until

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 12, 7, 23, 30, tzinfo=LONDON), "Today"),
        (datetime(2026, 12, 8, 0, 10, tzinfo=LONDON), "Tomorrow"),
        (datetime(2026, 12, 12, 9, 0, tzinfo=LONDON), "In 5 days"),
        (datetime(2026, 12, 6, 9, 0, tzinfo=LONDON), ""),
    ],
)
def test_days_until_counts_calendar_days_in_london(moment, expected):
    assert days_until(moment, today=date(2026, 12, 7)) == expected


@pytest.mark.django_db
def test_a_coming_hearing_counts_down_and_shows_the_court_on_a_map(client, world):
    soon = timezone.now() + timedelta(days=5)
    KeyDate.objects.create(
        case=world.a1, kind="hearing", title="Case management hearing", starts_at=soon, place="Leeds Combined Court"
    )
    KeyDate.objects.create(case=world.a1, kind="meeting", title="Review", starts_at=soon, place="Family Centre")
    client.force_login(world.p1.user)
    page = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    assert page.count("In 5 days") == 2
    assert "https://www.openstreetmap.org/search?query=Leeds%20Combined%20Court" in page
    assert "query=Family%20Centre" not in page  # only the court gets a map link


@pytest.mark.django_db
def test_what_the_court_decided_is_added_after_the_hearing_and_read_by_each_family_member(client, world):
    hearing = KeyDate.objects.create(
        case=world.a1, kind="hearing", title="Hearing", starts_at=timezone.now() + timedelta(days=2)
    )
    with pytest.raises(ValidationError) as refused:
        key_date_save(case=world.a1, saved_by=world.wa, key_date=hearing, outcome="An interim order")
    assert "outcome" in refused.value.message_dict
    hearing.refresh_from_db()
    assert hearing.outcome == ""

    KeyDate.objects.filter(pk=hearing.pk).update(starts_at=timezone.now() - timedelta(days=1))
    hearing.refresh_from_db()
    key_date_save(
        case=world.a1,
        saved_by=world.wa,
        key_date=hearing,
        outcome="The judge made an interim care order. The children stay with their gran for now.",
    )
    for person in (world.p1, world.yp):
        client.force_login(person.user)
        page = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
        assert "What the court decided" in page
        assert "The children stay with their gran for now." in page


@pytest.mark.django_db
def test_the_worker_writes_it_in_the_key_date_form(client, world):
    past = KeyDate.objects.create(
        case=world.a1, kind="hearing", title="Hearing", starts_at=timezone.now() - timedelta(days=1)
    )
    client.force_login(world.wa)
    url = reverse("cases:key_date_edit", args=[world.a1.pk, past.public_id])
    form = client.get(url).content.decode()
    assert "What was decided (after the date)" in form
    when = timezone.localtime(past.starts_at).strftime("%d/%m/%Y %H:%M")
    response = client.post(
        url,
        {"kind": "hearing", "title": "Hearing", "starts_at": when, "where": "place", "outcome": "Adjourned to May."},
    )
    assert response.status_code == 302
    past.refresh_from_db()
    assert past.outcome == "Adjourned to May."


@pytest.mark.parametrize("language", ["en-gb", "pl", "ro", "ur"])
@pytest.mark.parametrize("hour", [0, 9, 12, 14, 23])
def test_a_date_and_time_never_says_a_word_twice_in_a_row(language, hour):
    from django.utils import translation

    from portal.cases.templatetags.family_dates import govuk_datetime

    with translation.override(language):
        words = govuk_datetime(datetime(2026, 12, 14, hour, 30 if hour == 0 else 0, tzinfo=LONDON)).split()
    assert all(a != b for a, b in zip(words, words[1:], strict=False)), " ".join(words)
