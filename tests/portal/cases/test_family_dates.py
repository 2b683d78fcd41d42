from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from portal.cases.templatetags.family_dates import govuk_datetime, govuk_time

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [(14, 0, "2pm"), (10, 30, "10:30am"), (12, 0, "midday"), (0, 5, "12:05am"), (9, 0, "9am")],
)
def test_times_read_the_govuk_way(hour, minute, expected):
    assert govuk_time(datetime(2026, 11, 26, hour, minute, tzinfo=LONDON)) == expected


def test_dates_say_the_day_of_the_week_and_use_local_time():
    # 14:00 UTC in summer is 3pm in London.
    value = datetime(2026, 7, 2, 14, 0, tzinfo=ZoneInfo("UTC"))
    assert govuk_datetime(value) == "Thursday 2 July 2026 at 3pm"
