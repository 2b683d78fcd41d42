"""The day-before reminder: only for tomorrow's dates (London time), once per person and day."""

from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command

from portal.cases.models import KeyDate
from portal.notifications.models import KeyDateReminder, Notification
from portal.notifications.services import key_date_reminders_send

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
# 9am London time; "tomorrow" is 22 October 2030.
NOW = datetime(2030, 10, 21, 9, 0, tzinfo=LONDON)


def add_date(case, title, when):
    # Straight to the model: these tests are about reminders, not the "date added" notification.
    return KeyDate.objects.create(case=case, title=title, starts_at=when)


@pytest.fixture
def dates(world):
    Notification.objects.all().delete()
    return {
        "tomorrow_morning": add_date(world.a1, "Review meeting", datetime(2030, 10, 22, 9, 30, tzinfo=LONDON)),
        "tomorrow_late": add_date(world.a1, "Late call", datetime(2030, 10, 22, 23, 30, tzinfo=LONDON)),
        "today": add_date(world.a1, "Today", datetime(2030, 10, 21, 15, 0, tzinfo=LONDON)),
        "day_after": add_date(world.a1, "Later", datetime(2030, 10, 23, 0, 30, tzinfo=LONDON)),
        "other_case": add_date(world.b1, "B1 meeting", datetime(2030, 10, 22, 11, 0, tzinfo=LONDON)),
    }


def test_reminders_go_to_every_family_member_for_tomorrows_dates_only(world, dates):
    count = key_date_reminders_send(now=NOW)
    # A1 has 3 family members and 2 dates tomorrow; B1 has 1 family member and 1 date tomorrow.
    assert count == 3 * 2 + 1
    reminded = set(KeyDateReminder.objects.values_list("key_date_id", flat=True))
    assert reminded == {dates["tomorrow_morning"].pk, dates["tomorrow_late"].pk, dates["other_case"].pk}
    assert set(Notification.objects.values_list("reason", flat=True)) == {"key_date_reminder"}
    assert Notification.objects.filter(recipient=world.p2.user).count() == 2


def test_reminders_are_sent_once_however_often_the_command_runs(world, dates, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        first = key_date_reminders_send(now=NOW)
    with django_capture_on_commit_callbacks(execute=True):
        second = key_date_reminders_send(now=NOW + timedelta(hours=3))
    assert first == 7 and second == 0
    assert len(mail.outbox) == 7
    assert {m.subject for m in mail.outbox} == {"Family court help: You have something coming up"}
    for message in mail.outbox:
        assert "Review meeting" not in message.body and "Late call" not in message.body
        assert "tomorrow" in message.body


def test_a_date_moved_to_another_day_is_reminded_again(world, dates):
    key_date_reminders_send(now=NOW)
    moved = dates["tomorrow_morning"]
    moved.starts_at = datetime(2030, 10, 23, 10, 0, tzinfo=LONDON)
    moved.save()
    assert key_date_reminders_send(now=NOW + timedelta(days=1)) == 3 + 3  # the moved date, and "day_after"


def test_the_command_runs(world, dates):
    out = StringIO()
    call_command("send_key_date_reminders", stdout=out)
    assert "Reminders queued:" in out.getvalue()
