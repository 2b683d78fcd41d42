"""Timescales: weeks in pre-proceedings against the council's usual period, the court's 26 weeks and
the Case Management Hearing window, worked out from the stage history and shown to worker and family."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from portal.cases.selectors import case_timescale
from portal.cases.services import case_stage_change
from portal.cases.timescales import timescale_for

pytestmark = pytest.mark.django_db

ISSUED = date(2026, 11, 2)


def moment(day):
    return timezone.make_aware(datetime.combine(day, datetime.min.time()).replace(hour=10))


def test_pre_proceedings_counts_weeks_from_its_start_against_the_councils_period():
    started = date(2026, 9, 7)
    timescale = timescale_for(
        stage="assessments",
        pre_proceedings_started=started,
        court_started=None,
        pre_proceedings_weeks=16,
        today=started + timedelta(days=7 * 9 + 2),
    )
    assert (timescale.kind, timescale.week, timescale.weeks) == ("pre_proceedings", 10, 16)
    assert timescale.ends_on == date(2026, 12, 28)
    assert not timescale.overdue and not timescale.near_end
    late = timescale_for(
        stage="decision",
        pre_proceedings_started=started,
        court_started=None,
        pre_proceedings_weeks=16,
        today=date(2027, 1, 4),
    )
    assert late.overdue


def test_court_counts_26_weeks_from_issue_and_gives_the_cmh_window_until_the_cmh():
    issued = timescale_for(
        stage="proceedings_issued",
        pre_proceedings_started=date(2026, 6, 1),
        court_started=ISSUED,
        pre_proceedings_weeks=16,
        today=ISSUED,
    )
    assert (issued.kind, issued.week, issued.weeks) == ("court", 1, 26)
    assert issued.ends_on == ISSUED + timedelta(weeks=26)
    # The day of issue is day 1: day 12 is 13 November, day 18 is 19 November.
    assert (issued.cmh_from, issued.cmh_by) == (date(2026, 11, 13), date(2026, 11, 19))
    after_cmh = timescale_for(
        stage="issues_resolution_hearing",
        pre_proceedings_started=None,
        court_started=ISSUED,
        pre_proceedings_weeks=16,
        today=ISSUED + timedelta(weeks=12),
    )
    assert after_cmh.week == 13 and after_cmh.cmh_from is None


@pytest.mark.parametrize("stage", ["support", "child_protection", "order_made", "stepped_down"])
def test_no_timescale_runs_before_pre_proceedings_or_after_the_end(stage):
    assert (
        timescale_for(
            stage=stage,
            pre_proceedings_started=date(2026, 1, 5),
            court_started=ISSUED,
            pre_proceedings_weeks=16,
            today=ISSUED,
        )
        is None
    )


def test_a_case_starts_its_period_when_it_first_entered_pre_proceedings(case_a, worker_a, authority_a):
    # case_a was created at "letter_sent" today; pretend the letter went eight weeks ago.
    case_a.stage_changes.update(changed_at=moment(date(2026, 10, 5)))
    case_stage_change(case=case_a, stage="pre_proceedings_meeting", changed_by=worker_a, note="We met.")
    timescale = case_timescale(case=case_a, today=date(2026, 11, 30))
    assert timescale.started_on == date(2026, 10, 5)
    assert (timescale.week, timescale.weeks) == (9, 16)
    authority_a.pre_proceedings_weeks = 12
    authority_a.save()
    case_a.refresh_from_db()
    assert case_timescale(case=case_a, today=date(2026, 11, 30)).weeks == 12


def test_the_worker_and_the_family_see_the_timescale(client, case_a, worker_a, parent_a):
    case_a.stage_changes.update(changed_at=timezone.now() - timedelta(weeks=3))
    client.force_login(worker_a)
    workspace = client.get(f"/admin/cases/{case_a.pk}/").content.decode()
    assert "Pre-proceedings: week 4 of 16" in workspace
    home = client.get("/admin/").content.decode()
    assert "Pre-proceedings: week 4 of 16" in home
    client.force_login(parent_a.user)
    family = client.get(f"/my-family/{case_a.public_id}/").content.decode()
    assert "The council usually decides what happens next within 16 weeks of the letter." in family
