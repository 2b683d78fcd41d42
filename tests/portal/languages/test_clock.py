from datetime import time

import pytest
from django.utils import translation

from portal.languages.clock import clock_time


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-gb", ["9am", "9:30am", "midday", "5:15pm", "midnight"]),
        ("pl", ["9:00", "9:30", "12:00", "17:15", "północ"]),  # the 24-hour clock Polish readers expect
    ],
)
def test_times_of_day_read_naturally_in_each_language(language, expected):
    times = [time(9), time(9, 30), time(12), time(17, 15), time(0)]
    with translation.override(language):
        assert [clock_time(value) for value in times] == expected


def test_directory_opening_times_and_family_dates_say_times_the_same_way():
    from django.utils import timezone

    from cms.directory.templatetags.directory_tags import clock_time as directory_time
    from portal.cases.templatetags.family_dates import govuk_time

    moment = timezone.make_aware(timezone.datetime(2026, 11, 26, 17, 15))
    assert directory_time(time(17, 15)) == govuk_time(moment) == "5:15pm"
    assert directory_time(None) == ""
