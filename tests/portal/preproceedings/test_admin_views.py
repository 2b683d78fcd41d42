"""The worker's pre-proceedings screens in the case workspace: a child, a period, and the workspace's
"Children and pre-proceedings data" section. Scope as everywhere in the workspace: another council's
worker and family members get 404."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.preproceedings.models import Child, Period

from .milestone_builders import add_family_member, make_case, make_child, make_period, make_worker, screen_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker(authority_a):
    return make_worker(authority=authority_a, email="worker.a@la-a.example", first_name="Wendy")


@pytest.fixture
def case(authority_a, worker):
    return make_case(authority=authority_a, worker=worker)


@pytest.fixture
def child(case, worker):
    return make_child(case=case, worker=worker)


def _period_url(case, child, period=None):
    if period is None:
        return reverse("cases:period_add", args=[case.pk, child.pk])
    return reverse("cases:period_edit", args=[case.pk, child.pk, period.pk])


def test_a_worker_adds_a_child_and_the_workspace_shows_it(client, worker, case):
    client.force_login(worker)
    response = client.post(
        reverse("cases:child_add", args=[case.pk]),
        {"first_name": "Ava", "council_child_id": "C-77", "birth_month": "4", "birth_year": "2019"},
    )
    assert response.status_code == 302
    child = Child.objects.get(case=case)
    assert (child.first_name, child.birth_month, child.birth_year) == ("Ava", 4, 2019)
    html = client.get(reverse("cases:workspace", args=[case.pk])).content.decode()
    assert "Children and pre-proceedings data" in html
    assert "Ava" in html
    assert "C-77" in html
    assert "born 04/2019" in html
    assert reverse("cases:period_add", args=[case.pk, child.pk]) in html


def test_a_worker_records_a_period_through_the_screen(client, worker, case, child):
    client.force_login(worker)
    response = client.post(
        _period_url(case, child),
        {
            "decision_date": "1/6/2026",
            "decision_forum": "legal_gateway",
            "letter_sent_date": "3 Jun 2026",
            "fgdm_offer": "offered",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    period = Period.objects.get(child=child)
    assert (period.decision_date, period.letter_sent_date, period.fgdm_offer) == (
        date(2026, 6, 1),
        date(2026, 6, 3),
        "offered",
    )
    html = client.get(reverse("cases:workspace", args=[case.pk])).content.decode()
    assert "1 June 2026" in html
    assert "items still missing" in html  # meetings, decision and court still to come


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"decision_date": "5/6/2026", "letter_sent_date": "1/6/2026", "fgdm_offer": "offered"},
            "The letter cannot be sent before the decision to start pre-proceedings. Check both dates.",
        ),
        (
            {"decision_date": "1/6/2026", "letter_sent_date": "3/6/2026"},
            "Say whether a family group decision-making meeting was offered in the letter, or why this is blank.",
        ),
        (
            {"decision_date": "1/6/2026", "fgdm_offer": "not_best_interests", "fgdm_not_offered_by": "Head"},
            "Say why the meeting is not in the child&#x27;s best interests.",
        ),
    ],
)
def test_a_broken_rule_is_shown_on_the_screen_and_nothing_saved(client, worker, case, child, data, message):
    client.force_login(worker)
    response = client.post(_period_url(case, child), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Period.objects.exists()


def test_a_blank_with_a_reason_is_accepted_on_the_screen(client, worker, case, child):
    client.force_login(worker)
    data = {"decision_date": "1/6/2026", "letter_sent_date": "3/6/2026", "fgdm_offer_blank": "Sent before the duty"}
    assert client.post(_period_url(case, child), data).status_code == 302
    assert Period.objects.get(child=child).blank_reasons == {"fgdm_offer": "Sent before the duty"}
    edit = client.get(_period_url(case, child, Period.objects.get())).content.decode()
    assert "Sent before the duty" in edit


def test_known_dates_are_filled_in_on_a_first_period_with_where_they_come_from(client, worker, case, child):
    letter_day = timezone.localdate(case.stage_changes.get().changed_at)
    client.force_login(worker)
    response = client.get(_period_url(case, child))
    html = response.content.decode()
    assert response.context["form"].initial["letter_sent_date"] == letter_day
    assert letter_day.strftime("%d/%m/%Y") in html
    assert "From the case: letter sent stage recorded" in html
    assert "Counted from review-meeting key dates" in html
    # A second period is only hinted: the case's first letter was not that period's letter.
    make_period(child=child, worker=worker, decision_date=letter_day - timedelta(days=1))
    second = client.get(_period_url(case, child))
    assert "letter_sent_date" not in second.context["form"].initial
    assert "From the case: letter sent stage recorded" in second.content.decode()


def test_another_councils_worker_gets_404_on_every_screen(client, authority_b, case, child, worker):
    period = make_period(child=child, worker=worker, decision_date=date(2026, 6, 1))
    worker_b = make_worker(authority=authority_b, email="worker.b@la-b.example", first_name="Will")
    client.force_login(worker_b)
    for target in screen_urls(case, child, period):
        for method in ("get", "post"):
            before = AccessLogEntry.objects.filter(outcome="denied").count()
            response = getattr(client, method)(target, {"first_name": "X", "decision_date": "2/6/2026"})
            assert response.status_code == 404, f"{method} {target}"
            assert "Ava" not in response.content.decode()
            assert AccessLogEntry.objects.filter(outcome="denied").count() == before + 1
    assert Child.objects.get(pk=child.pk).first_name == "Ava"
    assert Period.objects.get(pk=period.pk).decision_date == date(2026, 6, 1)


def test_a_child_of_another_case_is_404_under_this_case(client, authority_a, worker, case, child):
    other = make_case(authority=authority_a, worker=worker, reference="ASH-002", family_name="The Other family")
    client.force_login(worker)
    assert client.get(reverse("cases:child_edit", args=[other.pk, child.pk])).status_code == 404
    assert client.get(reverse("cases:period_add", args=[other.pk, child.pk])).status_code == 404


def test_a_family_member_cannot_reach_the_screens(client, worker, case, child):
    period = make_period(child=child, worker=worker, decision_date=date(2026, 6, 1))
    parent = add_family_member(case, email="pat@family.example", first_name="Pat", added_by=worker)
    client.force_login(parent.user)
    for target in screen_urls(case, child, period):
        response = client.get(target)
        assert response.status_code != 200, target
        assert "Ava" not in response.content.decode()
    assert (
        client.post(screen_urls(case, child, period)[0], {"first_name": "X", "council_child_id": "X"}).status_code
        != 302
        or not Child.objects.filter(first_name="X").exists()
    )


def _workspace_queries(client, case):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("cases:workspace", args=[case.pk]))
    assert response.status_code == 200
    return len(captured)


def test_the_workspace_makes_as_many_queries_for_six_children_as_for_two(client, worker, case):
    client.force_login(worker)
    for number in range(2):
        make_period(child=make_child(case=case, worker=worker, council_child_id=f"C-{number}"), worker=worker)
    _workspace_queries(client, case)  # the first visit of a session does some bookkeeping once
    two = _workspace_queries(client, case)
    for number in range(2, 6):
        make_period(child=make_child(case=case, worker=worker, council_child_id=f"C-{number}"), worker=worker)
    assert _workspace_queries(client, case) == two
