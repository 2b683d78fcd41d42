"""Filtering the access log by person, case and dates, and downloading the filtered rows as CSV:
always the admin's own council's rows only, and the download is logged."""

import csv
import datetime
import io

import pytest
from django.test import Client
from django.utils import timezone

from portal.audit.csv_export import csv_safe
from portal.audit.models import AccessLogEntry
from portal.audit.services import audit_allowed
from portal.demo import builders


@pytest.fixture
def world(authority_a, authority_b):
    admin = builders.staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin")
    sam = builders.staff_get_or_build(
        authority=authority_a, email="sam@la-a.example", role="worker", first_name="Sam", last_name="Patel"
    )
    jo = builders.staff_get_or_build(
        authority=authority_a, email="jo@la-a.example", role="worker", first_name="Jo", last_name="Khan"
    )
    other = builders.staff_get_or_build(authority=authority_b, email="wb@la-b.example", role="worker")
    taylor = builders.case_get_or_build(authority=authority_a, reference="NB-1", family_name="The Taylor family")
    brown = builders.case_get_or_build(authority=authority_a, reference="NB-2", family_name="The Brown family")
    secret = builders.case_get_or_build(authority=authority_b, reference="WM-1", family_name="The Secret family")
    parent = builders.participant_get_or_build(case=taylor, email="kim@example.com", first_name="Kim", role="parent")
    document = builders.document_get_or_build(case=taylor, title="Care plan", recipients=[parent])
    audit_allowed(actor=sam, action="staff_case_view", obj=taylor, authority=authority_a, detail="sam-taylor")
    audit_allowed(actor=sam, action="staff_document_download", obj=document, authority=authority_a, detail="sam-doc")
    audit_allowed(actor=jo, action="staff_case_view", obj=brown, authority=authority_a, detail="jo-brown")
    audit_allowed(actor=other, action="staff_case_view", obj=secret, authority=authority_b, detail="b-secret")
    client = Client()
    client.force_login(admin)
    return {"client": client, "sam": sam, "jo": jo, "other": other, "taylor": taylor, "secret": secret}


def _details(response):
    """The rows this test wrote (setting up the case and document writes rows of its own)."""
    return sorted(row.detail for row in response.context["object_list"] if row.detail in DETAILS)


DETAILS = {"sam-taylor", "sam-doc", "jo-brown", "b-secret"}


def test_filter_by_person(world):
    response = world["client"].get("/admin/access-log/", {"person": world["sam"].pk})
    assert _details(response) == ["sam-doc", "sam-taylor"]


def test_filter_by_case_finds_the_case_and_what_belongs_to_it(world):
    response = world["client"].get("/admin/access-log/results/", {"case": world["taylor"].pk})
    assert _details(response) == ["sam-doc", "sam-taylor"]


def test_the_choices_name_only_this_councils_people_and_cases(world):
    form = world["client"].get("/admin/access-log/").context["filters"].form
    people = dict(form.fields["person"].choices)
    cases = dict(form.fields["case"].choices)
    assert "Sam Patel" in people.values() and str(world["other"].pk) not in people
    assert "The Taylor family (NB-1)" in cases.values() and "The Secret family (WM-1)" not in cases.values()


@pytest.mark.parametrize("name", ["person", "case"])
def test_another_councils_person_or_case_gives_nothing_not_an_error(world, name):
    value = world["other"].pk if name == "person" else world["secret"].pk
    for url in ("/admin/access-log/", "/admin/access-log/results/"):
        response = world["client"].get(url, {name: value})
        assert response.status_code == 200
        assert list(response.context["object_list"]) == []
    assert "b-secret" not in world["client"].get("/admin/access-log/export.csv", {name: value}).getvalue().decode()


def test_filter_by_dates_from_and_to(world):
    today = timezone.localdate()
    client = world["client"]
    assert _details(client.get("/admin/access-log/", {"date_from": today, "date_to": today})) == [
        "jo-brown",
        "sam-doc",
        "sam-taylor",
    ]
    assert _details(client.get("/admin/access-log/", {"date_from": today + datetime.timedelta(days=1)})) == []
    assert _details(client.get("/admin/access-log/", {"date_to": today - datetime.timedelta(days=1)})) == []


def _csv(response):
    return list(csv.reader(io.StringIO(response.getvalue().decode())))


def test_the_csv_has_the_filtered_rows_in_words_and_only_this_councils(world):
    response = world["client"].get("/admin/access-log/export.csv", {"person": world["sam"].pk})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    heading, *rows = _csv(response)
    assert heading[:4] == ["When", "Who", "What happened", "About"]
    assert {row[5] for row in rows} == {"sam-doc", "sam-taylor"}  # Sam did nothing else
    assert ["Sam Patel (worker)", "Opened a case", "The Taylor family (NB-1)"] in [row[1:4] for row in rows]

    everything = world["client"].get("/admin/access-log/export.csv").getvalue().decode()
    assert "b-secret" not in everything and "wb@la-b.example" not in everything and "Secret" not in everything


def test_the_download_is_written_to_the_log_with_its_filters(world, authority_a):
    world["client"].get("/admin/access-log/export.csv", {"person": world["sam"].pk, "p": 3})

    entry = AccessLogEntry.objects.get(action="access_log_export")
    assert entry.authority == authority_a
    assert entry.detail == f"filters: person={world['sam'].pk}"


def test_cells_that_a_spreadsheet_would_run_are_made_text(world, authority_a):
    audit_allowed(actor=world["sam"], action="staff_case_view", authority=authority_a, detail='=HYPERLINK("x")')
    rows = _csv(world["client"].get("/admin/access-log/export.csv", {"person": world["sam"].pk}))
    assert [row[5] for row in rows if "HYPERLINK" in row[5]] == ['\'=HYPERLINK("x")']
    assert [csv_safe(value) for value in ("+1", "-1", "@a", "\tx", "plain", "")] == [
        "'+1",
        "'-1",
        "'@a",
        "'\tx",
        "plain",
        "",
    ]


def test_the_export_link_keeps_the_filters(world):
    response = world["client"].get("/admin/access-log/", {"person": world["sam"].pk, "p": 1})
    assert f'href="/admin/access-log/export.csv?person={world["sam"].pk}"' in response.content.decode()


def test_workers_cannot_download_the_log(world):
    client = Client()
    client.force_login(world["sam"])
    assert client.get("/admin/access-log/export.csv").status_code == 404
    assert not AccessLogEntry.objects.filter(action="access_log_export", outcome="allowed").exists()
