"""The worker's home in the admin (/admin/): what needs doing, from the worker's own council only,
and the admin's search box finding cases, including by a child's name."""

from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone
from wagtail.admin.search import admin_search_areas

from portal.cases.services import key_date_save
from portal.conversations.services import thread_start
from portal.documents.models import DocumentRecipient

pytestmark = pytest.mark.django_db

PANELS = ("Questions waiting for a reply", "Dates in the next 7 days", "Documents not opened yet", "Your cases")


@pytest.fixture
def busy_day(case_a, parent_a, document_a, worker_a, world_b):
    """One of everything in LA-A's case, and the same again in LA-B's, which LA-A must never see."""
    thread_start(participant=parent_a, body="Can my mum come to the meeting?")
    key_date_save(
        case=case_a,
        saved_by=worker_a,
        kind="meeting",
        title="Ashby review",
        starts_at=timezone.now() + timedelta(days=2),
    )
    key_date_save(
        case=case_a,
        saved_by=worker_a,
        kind="meeting",
        title="Ashby far away",
        starts_at=timezone.now() + timedelta(days=30),
    )
    DocumentRecipient.objects.filter(document=document_a).update(shared_at=timezone.now() - timedelta(days=5))
    thread_start(participant=world_b["parent"], body="Bramley question")
    DocumentRecipient.objects.filter(document=world_b["document"]).update(shared_at=timezone.now() - timedelta(days=5))
    return case_a


def test_a_worker_home_lists_what_needs_doing_today_in_their_council_only(client, worker_a, busy_day):
    client.force_login(worker_a)
    response = client.get("/admin/")
    html = response.content.decode()
    assert response.status_code == 200
    for heading in PANELS:
        assert heading in html
    assert "Pat Family (Parent or carer)" in html  # the question's asker, and a link to answer it
    assert "Read and reply" in html
    assert "Ashby review" in html  # in two days
    assert "Ashby far away" not in html  # in 30 days
    assert "Letter before proceedings" in html  # the unopened document
    assert f"/admin/cases/{busy_day.pk}/" in html
    assert "ASH-001" in html  # a case the worker is named on
    for other_council in ("Bramley", "BRA-001", "Bo Family"):
        assert other_council not in html
    assert "no-store" in response["Cache-Control"]


def test_an_empty_day_says_so(client, worker_a):
    client.force_login(worker_a)
    html = client.get("/admin/").content.decode()
    assert "No questions are waiting for a reply." in html
    assert "No dates in the next 7 days." in html
    assert "Everyone has opened what was shared with them." in html
    assert "You are not named on any open case." in html


def test_editors_keep_wagtails_own_home(client, editor_a, busy_day):
    client.force_login(editor_a)
    response = client.get("/admin/")
    html = response.content.decode()
    assert response.status_code == 200
    assert not any(heading in html for heading in PANELS)
    assert "Ashby" not in html


def test_cases_are_found_by_a_childs_name(client, worker_a, case_a, case_b):
    client.force_login(worker_a)
    found = client.get("/admin/cases/", {"q": "Leo"}).content.decode()
    assert "The Ashby family" in found
    assert "The Bramley family" not in client.get("/admin/cases/", {"q": "Bea"}).content.decode()


def test_the_admin_search_box_looks_in_cases_for_workers_only(worker_a, editor_a):
    def first_search_area(user):
        request = RequestFactory().get("/admin/")
        request.user = user
        areas = admin_search_areas.search_items_for_request(request)
        return areas[0].name if areas else None

    assert first_search_area(worker_a) == "cases"
    assert first_search_area(editor_a) != "cases"


def test_a_workers_search_from_the_admin_home_finds_cases_not_a_refusal(client, worker_a, editor_a, case_a):
    client.force_login(worker_a)
    for address in ("/admin/pages/", "/admin/pages/search/"):
        response = client.get(address, {"q": "Leo"})
        assert response.status_code == 302
        assert response["Location"] == "/admin/cases/?q=Leo"
    assert "The Ashby family" in client.get("/admin/cases/", {"q": "Leo"}).content.decode()
    client.force_login(editor_a)  # an editor's search still looks in pages
    assert client.get("/admin/pages/search/", {"q": "Leo"}).status_code == 200


def test_the_worker_sees_when_each_family_member_last_signed_in_and_their_language(
    client, worker_a, case_a, parent_a, young_a
):
    parent_a.user.last_login = timezone.make_aware(timezone.datetime(2026, 12, 1, 9, 30))
    parent_a.user.language = "pl"
    parent_a.user.save(update_fields=["last_login", "language"])
    client.force_login(worker_a)
    html = client.get(f"/admin/cases/{case_a.pk}/").content.decode()
    assert "Last signed in" in html
    assert "1 December 2026, 09:30" in html
    assert "Not yet" in html  # the young person has not signed in
    assert "Polski" in html and "Not chosen yet" in html  # each person's language, in its own name
