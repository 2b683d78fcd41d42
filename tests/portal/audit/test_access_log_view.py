"""LA admins read their own LA's access log, and only that; nobody can change it from the admin."""

import pytest
from django.test import Client
from wagtail.snippets.models import get_snippet_models

from portal.audit.models import AccessLogEntry
from portal.audit.services import audit_allowed, audit_denied
from portal.demo import builders


@pytest.fixture
def aa(authority_a):
    return builders.staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin")


@pytest.fixture
def ab(authority_b):
    return builders.staff_get_or_build(authority=authority_b, email="ab@la-b.example", role="admin")


@pytest.fixture
def wa(authority_a):
    return builders.staff_get_or_build(authority=authority_a, email="wa@la-a.example", role="worker")


@pytest.fixture
def rows(authority_a, authority_b, wa, ab):
    audit_allowed(actor=wa, action="case_view", authority=authority_a, detail="row-a-allowed")
    audit_denied(actor=wa, action="document_download", authority=authority_a, detail="row-a-denied")
    audit_denied(actor=ab, action="case_view", authority=authority_b, detail="row-b-secret")
    audit_denied(actor=None, action="login", detail="row-no-authority")


def _client_for(user):
    client = Client()
    client.force_login(user)
    return client


def _details(response):
    return [entry.detail for entry in response.context["object_list"]]


def test_the_access_log_menu_item_is_shown_to_la_admins_only(aa, wa):
    assert "/admin/access-log/" in _client_for(aa).get("/admin/").content.decode()
    response = _client_for(wa).get("/admin/")
    assert response.status_code == 200
    assert "/admin/access-log/" not in response.content.decode()


def test_an_admin_sees_only_their_own_las_rows(aa, rows):
    response = _client_for(aa).get("/admin/access-log/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "row-a-allowed" in html and "row-a-denied" in html
    assert "row-b-secret" not in html and "ab@la-b.example" not in html
    assert "row-no-authority" not in html


def test_the_other_las_admin_sees_only_theirs(ab, rows):
    response = _client_for(ab).get("/admin/access-log/")
    assert "row-b-secret" in _details(response)
    assert not {"row-a-allowed", "row-a-denied"} & set(_details(response))


def test_the_results_fragment_is_scoped_and_filtered_too(aa, rows):
    response = _client_for(aa).get("/admin/access-log/results/", {"outcome": "denied"})
    assert response.status_code == 200
    assert _details(response) == ["row-a-denied"]


def test_filters_by_outcome_and_action(aa, rows):
    client = _client_for(aa)
    assert _details(client.get("/admin/access-log/", {"outcome": "denied"})) == ["row-a-denied"]
    assert _details(client.get("/admin/access-log/", {"action": "case_view"})) == ["row-a-allowed"]
    choices = dict(client.get("/admin/access-log/").context["filters"].form.fields["action"].choices)
    assert "document_download" in choices
    assert "login" not in choices  # an action seen only outside this LA is not even named


def test_newest_first_and_fifty_a_page(aa, authority_a):
    for number in range(60):
        audit_denied(actor=aa, action="probe", authority=authority_a, detail=f"probe-{number:02}")
    client = _client_for(aa)

    first = client.get("/admin/access-log/", {"outcome": "denied"})
    second = client.get("/admin/access-log/", {"outcome": "denied", "p": 2})

    assert _details(first) == [f"probe-{n:02}" for n in range(59, 9, -1)]
    assert _details(second) == [f"probe-{n:02}" for n in range(9, -1, -1)]


def test_reading_the_log_is_itself_logged(aa, authority_a):
    _client_for(aa).get("/admin/access-log/")
    assert AccessLogEntry.objects.filter(actor=aa, action="access_log_view", authority=authority_a).exists()


@pytest.mark.parametrize("url", ["/admin/access-log/", "/admin/access-log/results/"])
def test_workers_get_404(wa, url):
    assert _client_for(wa).get(url).status_code == 404


def test_the_log_cannot_be_changed_from_the_admin(aa, rows):
    before = list(AccessLogEntry.objects.values_list("pk", "detail", "outcome"))
    entry = AccessLogEntry.objects.get(detail="row-a-denied")
    client = _client_for(aa)

    assert client.post("/admin/access-log/", {"outcome": "allowed"}).status_code == 405
    assert client.get(f"/admin/access-log/{entry.pk}/").status_code == 404
    assert client.post(f"/admin/access-log/{entry.pk}/delete/").status_code == 404
    assert client.get("/admin/snippets/audit/accesslogentry/").status_code == 404

    after = AccessLogEntry.objects.values_list("pk", "detail", "outcome")
    assert [row for row in after if row[0] in {pk for pk, *_ in before}] == before


def test_the_access_log_is_not_a_snippet():
    assert AccessLogEntry not in get_snippet_models()
