"""Workers type dates as people do in the UK; what cannot be read clearly gets a message saying
what to type, and nothing is saved."""

from datetime import datetime

import pytest
from django.utils import timezone

from portal.cases.admin_views.typed_dates import parse_typed_datetime
from portal.cases.models import KeyDate


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14/12/2026 10am", datetime(2026, 12, 14, 10, 0)),
        ("14/12/2026 10:30am", datetime(2026, 12, 14, 10, 30)),
        ("14/12/2026 10.30 am", datetime(2026, 12, 14, 10, 30)),
        ("14-12-26 2pm", datetime(2026, 12, 14, 14, 0)),
        ("4/1/2027 14:15", datetime(2027, 1, 4, 14, 15)),
        ("14 December 2026 at 2:15pm", datetime(2026, 12, 14, 14, 15)),
        ("14th Dec 2026, 12pm", datetime(2026, 12, 14, 12, 0)),
        ("14 dec 2026 12am", datetime(2026, 12, 14, 0, 0)),
        ("  14/12/2026   9:05  ", datetime(2026, 12, 14, 9, 5)),
        ("2030-03-04 10:30", datetime(2030, 3, 4, 10, 30)),  # the machine format still works
    ],
)
def test_dates_as_people_write_them(typed, expected):
    assert parse_typed_datetime(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "14/12/2026",  # no time: never guessed
        "10am",  # no date
        "14/12/2026 10",  # 10am or 10pm?
        "31/02/2026 10am",  # no such day
        "14/13/2026 10am",  # no such month
        "14/12/2026 13pm",
        "14/12/2026 10:75",
        "14 Smarch 2026 10am",
        "next tuesday",
        "",
    ],
)
def test_what_is_not_clearly_one_date_and_time_is_refused(typed):
    assert parse_typed_datetime(typed) is None


@pytest.mark.django_db
def test_a_worker_adds_a_date_typed_the_uk_way(client, worker_a, case_a):
    client.force_login(worker_a)
    url = f"/admin/cases/{case_a.pk}/dates/add/"
    response = client.post(
        url, {"kind": "meeting", "title": "Review", "starts_at": "14/12/2026 10am", "where": "place", "place": "Hall"}
    )
    assert response.status_code == 302
    saved = KeyDate.objects.get(case=case_a)
    assert timezone.localtime(saved.starts_at).replace(tzinfo=None) == datetime(2026, 12, 14, 10, 0)


@pytest.mark.django_db
def test_a_date_that_cannot_be_read_says_what_to_type_and_saves_nothing(client, worker_a, case_a):
    client.force_login(worker_a)
    url = f"/admin/cases/{case_a.pk}/dates/add/"
    response = client.post(
        url, {"kind": "meeting", "title": "Review", "starts_at": "14/12/2026", "where": "place", "place": "Hall"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter the date and time like 14/12/2026 10:30am" in html
    assert "For example, 14/12/2026 10:30am" in html
    assert not KeyDate.objects.filter(case=case_a).exists()
