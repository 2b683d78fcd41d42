"""Key dates as iCalendar (.ics) files, for a family member to add to their own calendar.

- One stable UID per key date (`<public_id>@<PORTAL_BASE_URL host>`), so downloading a date again
  after it moved updates the event instead of adding a second one.
- SEQUENCE comes from the key date's updated_at (whole seconds since SEQUENCE_EPOCH): it grows
  every time the worker saves the date, which is what calendar apps need to take the newer copy.
- Times are given in Europe/London with its VTIMEZONE, so the event is right across the clocks
  changing, whatever time zone the phone is in.
- SUMMARY is the date's title: this is the family's own private download. The description holds
  only a link to sign in, not the worker's note, because calendars are often synced to other
  services and shared with other people.
"""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from icalendar import Calendar, Event

LONDON = ZoneInfo("Europe/London")
SEQUENCE_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)
EVENT_LENGTH = timedelta(hours=1)
PRODID = "-//Family court help//Key dates//EN"


def calendar_host():
    return urlparse(settings.PORTAL_BASE_URL).hostname or "localhost"


def key_date_uid(key_date):
    return f"{key_date.public_id}@{calendar_host()}"


def key_date_sequence(key_date):
    """Grows each time the date is saved (moved, retitled, relocated); never negative."""
    return max(int((key_date.updated_at - SEQUENCE_EPOCH).total_seconds()), 0)


def key_date_event(key_date, *, case, now):
    start = key_date.starts_at.astimezone(LONDON)
    sign_in_url = settings.PORTAL_BASE_URL.rstrip("/") + reverse("family:case", args=[case.public_id])
    event = Event.new(
        uid=key_date_uid(key_date),
        summary=key_date.title,
        start=start,
        end=start + EVENT_LENGTH,
        stamp=now.astimezone(UTC),
        sequence=key_date_sequence(key_date),
        location=gettext("By video") if key_date.by_video else (key_date.place or None),
        description=gettext("Sign in for details: %(url)s") % {"url": sign_in_url},
    )
    return event


def calendar_for(key_dates, *, case, now=None):
    now = now or timezone.now()
    calendar = Calendar.new(prodid=PRODID, method="PUBLISH", uid=f"{case.public_id}-dates@{calendar_host()}")
    for key_date in key_dates:
        calendar.add_component(key_date_event(key_date, case=case, now=now))
    calendar.add_missing_timezones()
    return calendar


def ics_response(calendar, *, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    response["X-Content-Type-Options"] = "nosniff"
    return response
