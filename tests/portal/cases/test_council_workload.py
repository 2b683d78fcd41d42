"""Reviews and timescales to watch on the worker's home, and an LA admin's counts per worker: where
families wait in their council, without a word of any case."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.cases.selectors import case_timescale
from portal.cases.services import case_stage_change, key_date_save
from portal.conversations.services import thread_start
from portal.demo.builders import staff_get_or_build
from portal.tools.bulk import cases_bulk_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_a(authority_a):
    return staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin")


@pytest.fixture
def in_pre_proceedings(case_a, worker_a):
    case_stage_change(case=case_a, stage="pre_proceedings_meeting", changed_by=worker_a)
    case_a.workers.add(worker_a)
    return case_a


def book_review(case, worker, days):
    return key_date_save(
        case=case,
        saved_by=worker,
        kind="review",
        title="Review meeting",
        starts_at=timezone.now() + timedelta(days=days),
    )


def test_pre_proceedings_without_a_review_booked_is_a_timescale_to_watch(in_pre_proceedings, worker_a):
    timescale = case_timescale(case=in_pre_proceedings)
    assert timescale.review_missing and timescale.to_watch
    book_review(in_pre_proceedings, worker_a, days=-3)  # a past review does not count
    assert case_timescale(case=in_pre_proceedings).review_missing
    review = book_review(in_pre_proceedings, worker_a, days=10)
    timescale = case_timescale(case=in_pre_proceedings)
    assert timescale.next_review_on == timezone.localdate(review.starts_at)
    assert not timescale.to_watch


def test_no_review_is_expected_before_the_first_pre_proceedings_meeting(case_a, worker_a):
    case_a.workers.add(worker_a)  # the case starts at "letter sent"
    timescale = case_timescale(case=case_a)
    assert timescale.kind == "pre_proceedings"
    assert not timescale.review_missing and not timescale.to_watch


def test_the_worker_home_lists_cases_to_watch_and_the_next_review(client, worker_a, in_pre_proceedings):
    client.force_login(worker_a)
    html = client.get("/admin/").content.decode()
    assert "Timescales to watch" in html
    assert "No review meeting booked" in html
    review = book_review(in_pre_proceedings, worker_a, days=10)
    html = client.get("/admin/").content.decode()
    assert "No review meeting booked" not in html
    assert "None of your cases is past or near its timescale" in html
    assert f"Next review meeting: {timezone.localtime(review.starts_at):%-d %b %Y}" in html


def test_the_family_reads_when_their_next_review_is(client, parent_a, in_pre_proceedings, worker_a):
    review = book_review(in_pre_proceedings, worker_a, days=10)
    client.force_login(parent_a.user)
    html = client.get(f"/my-family/{in_pre_proceedings.public_id}/").content.decode()
    assert f"Your next review meeting is on {timezone.localtime(review.starts_at):%A %-d %B %Y}" in html


def test_an_la_admin_sees_counts_per_worker_in_their_council_only(
    client, admin_a, worker_a, colleague_a, in_pre_proceedings, parent_a, world_b
):
    thread_start(participant=parent_a, body="Can my mum come to the meeting?")
    thread_start(participant=world_b["parent"], body="Bramley question")
    case_stage_change(case=world_b["case"], stage="pre_proceedings_meeting", changed_by=None)
    client.force_login(admin_a)
    response = client.get("/admin/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Workers in your council today" in html
    row = html.split("Wendy Worker", 1)[1].split("</tr>", 1)[0]
    cells = [cell.split("<", 1)[0].strip() for cell in row.split("<td>")[1:]]
    assert cells[:2] == ["1", "1"]  # one open case, one question waiting
    assert "Carol Worker" in html
    # Counts only: no family, reference, child or question from any case; nothing of LA-B.
    for content in ("Ashby", "ASH-001", "Ava", "Pat", "Can my mum", "Bramley", "Will"):
        assert content not in html
    assert "Questions waiting for a reply" not in html  # the worker's own panels are not shown


def test_a_worker_does_not_see_the_council_counts(client, worker_a, in_pre_proceedings):
    client.force_login(worker_a)
    assert "Workers in your council today" not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("who", ["worker", "la_admin"])
def test_the_home_makes_the_same_number_of_queries_for_10_and_1000_cases(
    client, who, worker_a, admin_a, authority_a, in_pre_proceedings, parent_a
):
    thread_start(participant=parent_a, body="A question")
    book_review(in_pre_proceedings, worker_a, days=3)
    client.force_login(worker_a if who == "worker" else admin_a)

    def queries():
        client.get("/admin/")  # warm: session, site, permissions
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/admin/").status_code == 200
        return len(captured)

    cases_bulk_add(authority=authority_a, count=10, worker=worker_a, prefix="FEW")
    few = queries()
    cases_bulk_add(authority=authority_a, count=990, worker=worker_a, start=10, prefix="MANY")
    assert queries() == few
