"""The council's pre-proceedings figures: each measure on a small world with known answers, the
council's own data only, the page and CSV for LA admins and the data role, 404 for everyone else, no
names, and a fixed number of queries however many periods."""

import csv
import io
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cms.feedback.models import PageFeedback
from portal.audit.models import AccessLogEntry
from portal.cases.models import Participant, StageChange
from portal.conversations.models import Message, Thread
from portal.demo import builders
from portal.documents.models import DocumentRecipient
from portal.preproceedings import insight
from portal.preproceedings.insight.admin_views import measure_csv

from .census_builders import child_add, council_case, outcome, period_add

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 30)
WINDOW = {"from": "2026-03", "to": "2026-04"}
NAMES = ["Avaline", "Benedikt", "Cordelia", "Dorabella", "Zebedee", "A1-REF", "A2-REF", "B1-REF", "Pat", "Quentin"]


def moment(day, hour=10):
    return datetime.combine(day, time(hour), LONDON)


@pytest.fixture
def world(authority_a, authority_b):
    case, worker = council_case(authority=authority_a, reference="A1-REF", worker_email="wa@la-a.example")
    diverted, issued = outcome(authority_a, "A"), outcome(authority_a, "B")
    rows = [
        (
            "Avaline",
            {
                "decision_date": date(2026, 3, 2),
                "letter_sent_date": date(2026, 3, 3),
                "first_meeting_date": date(2026, 3, 17),
                "fgdm_offer": "offered",
                "fgdm_held": "yes",
                "parents_represented": "yes",
                "step_decision_date": date(2026, 4, 13),
                "outcome": diverted,
            },
        ),
        (
            "Benedikt",
            {
                "decision_date": date(2026, 3, 10),
                "letter_sent_date": date(2026, 3, 10),
                "first_meeting_date": date(2026, 3, 31),
                "fgdm_offer": "offered",
                "fgdm_held": "no",
                "parents_represented": "no",
                "step_decision_date": date(2026, 4, 21),
                "outcome": issued,
            },
        ),
        (
            "Cordelia",
            {
                "decision_date": date(2026, 3, 20),
                "letter_sent_date": date(2026, 3, 23),
                "first_meeting_date": date(2026, 4, 20),
                "fgdm_offer": "not_offered",
                "parents_represented": "yes",
            },
        ),
        (
            "Dorabella",
            {"decision_date": date(2026, 4, 1), "letter_sent_date": date(2026, 4, 2), "fgdm_offer": "offered"},
        ),
    ]
    for number, (name, fields) in enumerate(rows):
        period_add(child=child_add(case=case, first_name=name, council_child_id=f"ASH-{number}"), **fields)
    # Court: A1 issued in January, order in April (13 weeks); A2 issued 2 March, still open.
    StageChange.objects.create(case=case, stage="proceedings_issued", changed_at=moment(date(2026, 1, 5)))
    StageChange.objects.create(case=case, stage="order_made", changed_at=moment(date(2026, 4, 6)))
    open_case, _ = council_case(authority=authority_a, reference="A2-REF", worker_email="wa@la-a.example")
    StageChange.objects.create(case=open_case, stage="proceedings_issued", changed_at=moment(date(2026, 3, 2)))
    # Family: Pat signed in, Quentin not; a document opened after 5 hours; a question answered in 3.
    pat = builders.participant_get_or_build(case=case, email="p1@family.example", first_name="Pat", role="parent")
    quentin = builders.participant_get_or_build(
        case=case, email="p2@family.example", first_name="Quentin", role="parent"
    )
    Participant.objects.filter(pk__in=[pat.pk, quentin.pk]).update(invited_at=moment(date(2026, 3, 5)))
    pat.user.last_login = moment(date(2026, 3, 6))
    pat.user.save(update_fields=["last_login"])
    quentin.user.__class__.objects.filter(pk=quentin.user.pk).update(last_login=None)
    builders.document_get_or_build(case=case, title="Avaline's plan", recipients=[pat], shared_by=worker)
    DocumentRecipient.objects.filter(participant=pat).update(
        shared_at=moment(date(2026, 3, 9), 9), first_opened_at=moment(date(2026, 3, 9), 14)
    )
    thread = Thread.objects.create(case=case, asker=pat, last_message_at=moment(date(2026, 3, 10)))
    for hour, from_family in ((9, True), (10, True), (12, False), (13, True)):
        message = Message.objects.create(thread=thread, author=None, from_family=from_family, body="Zebedee?")
        Message.objects.filter(pk=message.pk).update(created_at=moment(date(2026, 3, 10), hour))
    PageFeedback.objects.create(page=authority_a.site.root_page, useful=True, created_at=date(2026, 3, 3))
    PageFeedback.objects.create(page=authority_a.site.root_page, useful=False, created_at=date(2026, 4, 3))
    # Another council's figures, never counted in LA A's.
    other, _ = council_case(authority=authority_b, reference="B1-REF", worker_email="wb@la-b.example")
    period_add(
        child=child_add(case=other, first_name="Zebedee", council_child_id="BRA-1"),
        decision_date=date(2026, 3, 5), letter_sent_date=date(2026, 3, 5), first_meeting_date=date(2026, 3, 6),
        fgdm_offer="offered", fgdm_held="yes", parents_represented="unknown",
        step_decision_date=date(2026, 3, 30), outcome=outcome(authority_b, "B"),
    )  # fmt: skip
    StageChange.objects.create(case=other, stage="proceedings_issued", changed_at=moment(date(2026, 3, 1)))
    PageFeedback.objects.create(page=authority_b.site.root_page, useful=False, created_at=date(2026, 3, 3))
    return {
        "authority": authority_a,
        "worker": worker,
        "family": pat.user,
        "admin": builders.staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin"),
        "data": builders.staff_get_or_build(authority=authority_a, email="da@la-a.example", role="data"),
        "data_b": builders.staff_get_or_build(authority=authority_b, email="db@la-b.example", role="data"),
    }


def rows(function, authority):
    return function(authority, MARCH, APRIL).rows


def test_periods_started_per_month(world):
    assert rows(insight.periods_started, world["authority"]) == [["2026-03", 3], ["2026-04", 1]]


def test_open_periods_by_weeks_against_the_agreed_length(world):
    measure = insight.open_periods(world["authority"], MARCH, APRIL)
    assert [row[1] for row in measure.rows] == [0, 2, 0, 0, 0, 0]  # 5 and 4 weeks on 30 April
    assert "16 weeks" in measure.how_counted


def test_outcomes_over_time(world):
    assert rows(insight.outcomes, world["authority"]) == [["2026-03", 0, 0], ["2026-04", 1, 1]]


def test_median_weeks(world):
    assert [row[1:] for row in rows(insight.median_weeks, world["authority"])] == [[3.0, 3], [6.0, 2]]


def test_fgdm_rates(world):
    assert [row[1:] for row in rows(insight.fgdm_rates, world["authority"])] == [[4, ""], [3, 75.0], [1, 33.3]]


def test_parents_represented(world):
    assert [row[2] for row in rows(insight.parents_represented, world["authority"])] == [2, 1, 0, 0]


def test_court_cases(world):
    assert [row[1] for row in rows(insight.court_open, world["authority"])] == [1, 0, 0, 0]
    assert [row[1:] for row in rows(insight.court_finished, world["authority"])] == [[100.0, 1], [0.0, 0]]


def test_family_engagement(world):
    assert [row[1:] for row in rows(insight.family_sign_in, world["authority"])] == [[50.0, 1], [50.0, 1]]
    # The reply at 12:00 answers the messages from 9:00; the one at 13:00 has no answer yet.
    assert [row[1:] for row in rows(insight.family_response_times, world["authority"])] == [[5.0, 1], [3.0, 1]]


def test_page_feedback_for_the_councils_own_pages(world):
    assert rows(insight.page_feedback, world["authority"]) == [["2026-03", 1, 0], ["2026-04", 0, 1]]


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("role", ["admin", "data"])
def test_the_page_shows_every_measure_without_a_name(world, role):
    response = client_for(world[role]).get(reverse("preproceedings_insight:index"), WINDOW)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    text = response.content.decode()
    for key in insight.MEASURES:
        assert f'id="measure-{key}"' in text
    assert text.count('role="img"') == len(insight.MEASURES)
    assert text.count('<table class="listing">') == len(insight.MEASURES)
    assert "style=" not in text.split('id="measure-periods_started"')[1]
    for name in NAMES:
        assert name not in text
    assert AccessLogEntry.objects.filter(action="insight_view", actor=world[role], outcome="allowed").exists()


@pytest.mark.parametrize("role", ["admin", "data"])
@pytest.mark.parametrize("key", list(insight.MEASURES))
def test_the_csv_matches_the_table(world, role, key):
    response = client_for(world[role]).get(reverse("preproceedings_insight:csv"), {"measure": key, **WINDOW})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    body = response.content.decode()
    measure = insight.MEASURES[key](world["authority"], MARCH, APRIL)
    table = list(csv.reader(io.StringIO(body)))
    assert table == [[str(column) for column in measure.columns], *[[str(v) for v in row] for row in measure.rows]]
    assert body == measure_csv(measure)
    for name in NAMES:
        assert name not in body
    assert AccessLogEntry.objects.filter(action="insight_csv", actor=world[role], detail=key).exists()


def test_an_unknown_measure_is_404(world):
    assert (
        client_for(world["admin"]).get(reverse("preproceedings_insight:csv"), {"measure": "cases"}).status_code == 404
    )


@pytest.mark.parametrize("screen", ["preproceedings_insight:index", "preproceedings_insight:csv"])
def test_a_worker_gets_404_and_a_log_row(world, screen):
    before = AccessLogEntry.objects.filter(outcome="denied", action__startswith="insight").count()
    response = client_for(world["worker"]).get(reverse(screen), {"measure": "outcomes", **WINDOW})
    assert response.status_code == 404
    assert AccessLogEntry.objects.filter(outcome="denied", action__startswith="insight").count() == before + 1


@pytest.mark.parametrize("screen", ["preproceedings_insight:index", "preproceedings_insight:csv"])
def test_family_members_and_editors_never_see_the_figures(world, screen):
    editor = builders.user_get_or_build(email="ed@la-a.example", groups=["Editors"])
    for user in (world["family"], editor):
        response = client_for(user).get(reverse(screen), {"measure": "outcomes", **WINDOW})
        assert response.status_code in (302, 404)
        assert b"2026-03" not in response.content


def test_another_councils_data_role_sees_only_their_own_figures(world):
    client = client_for(world["data_b"])
    response = client.get(reverse("preproceedings_insight:csv"), {"measure": "periods_started", **WINDOW})
    assert list(csv.reader(io.StringIO(response.content.decode())))[1:] == [["2026-03", "1"], ["2026-04", "0"]]
    page = client.get(reverse("preproceedings_insight:index"), WINDOW).content.decode()
    assert "Bramley Test Council" in page and "Ashford Test Council" not in page


def test_the_data_role_sees_no_other_screen(world):
    client = client_for(world["data"])
    home = client.get("/admin/")
    assert home.status_code == 200
    assert "Pre-proceedings figures" in home.content.decode()
    for label in ("Census return", "Evaluation", ">Staff<", ">Cases<"):
        assert label not in home.content.decode()
    for url in (
        reverse("preproceedings_council:census"),
        reverse("preproceedings_council:outcome_codes"),
        reverse("preproceedings_evaluation:index"),
    ):
        assert client.get(url).status_code == 404


def periods_build(authority, count):
    case, _ = council_case(authority=authority, reference=f"Q{count}", worker_email=f"q{count}@la-a.example")
    for number in range(count):
        period_add(
            child=child_add(case=case, first_name=f"Child {number}", council_child_id=f"Q{count}-{number}"),
            decision_date=date(2026, 3, 1 + number % 28),
            letter_sent_date=date(2026, 3, 1 + number % 28),
            first_meeting_date=date(2026, 4, 1 + number % 28),
            parents_represented="yes",
        )


def queries_for_the_page(user):
    client = client_for(user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("preproceedings_insight:index"), WINDOW).status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_the_periods(world):
    periods_build(world["authority"], 5)
    queries_for_the_page(world["data"])  # the first request fills per-process caches (menus, sites)
    five = queries_for_the_page(world["data"])
    periods_build(world["authority"], 45)
    assert queries_for_the_page(world["data"]) == five
