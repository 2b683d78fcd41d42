"""The access log reads as words: people by name and role, actions as phrases, objects by name."""

import pytest
from django.test import Client

from portal.audit.labels import ACTIONS, action_label
from portal.audit.services import audit_allowed, audit_denied
from portal.demo import builders

from .action_codes import action_codes


def test_every_action_the_code_logs_has_words():
    missing = sorted(code for code in action_codes() if code not in ACTIONS)
    assert missing == [], f"add words for these action codes in portal/audit/labels.py: {missing}"


def test_the_collector_finds_codes_from_each_place_they_are_written():
    codes = action_codes()
    # a call's keyword, an admin view's attribute, audit_name, a private_view's name, a signal pair
    assert {"case_view", "staff_list", "staff_workspace", "family_home", "login_code_wrong"} <= codes


def test_an_unknown_code_still_reads_as_words():
    assert action_label("some_old_code") == "Some old code"


@pytest.fixture
def people(authority_a, authority_b):
    admin = builders.staff_get_or_build(
        authority=authority_a, email="aa@la-a.example", role="admin", first_name="Ada", last_name="Admin"
    )
    worker = builders.staff_get_or_build(
        authority=authority_a, email="sam@la-a.example", role="worker", first_name="Sam", last_name="Patel"
    )
    case = builders.case_get_or_build(authority=authority_a, reference="NB-0012", family_name="The Taylor family")
    parent = builders.participant_get_or_build(case=case, email="kim@example.com", first_name="Kim", role="parent")
    document = builders.document_get_or_build(case=case, title="Letter before proceedings", recipients=[parent])
    return {"admin": admin, "worker": worker, "case": case, "parent": parent, "document": document}


def _rows(client, **filters):
    return client.get("/admin/access-log/", filters).context["object_list"]


def test_rows_name_the_person_the_action_and_the_case(people, authority_a):
    audit_allowed(actor=people["worker"], action="staff_case_view", obj=people["case"], authority=authority_a)
    parent = people["parent"].user
    audit_allowed(actor=parent, action="document_download", obj=people["document"], authority=authority_a)
    client = Client()
    client.force_login(people["admin"])

    response = client.get("/admin/access-log/", {"action": "staff_case_view"})
    html = response.content.decode()

    assert "Sam Patel (worker)" in html
    assert "Opened a case" in html
    assert "The Taylor family (NB-0012)" in html
    assert ">staff_case_view" not in html and "sam@la-a.example" not in html  # no code, no bare email
    assert str(people["case"].public_id) not in html
    [download] = _rows(client, action="document_download")
    assert download.who == "Kim (family member)"
    assert download.what == "Downloaded a document"
    assert download.about == "Letter before proceedings, The Taylor family (NB-0012)"


def test_rows_without_a_person_say_who_in_words(people, authority_a):
    audit_denied(actor=None, action="mfa_failed", obj=people["worker"], authority=authority_a)
    audit_allowed(actor=None, system="retention", action="retention_delete", authority=authority_a)
    client = Client()
    client.force_login(people["admin"])

    [wrong_code] = _rows(client, action="mfa_failed")
    [job] = _rows(client, action="retention_delete")

    assert (wrong_code.who, wrong_code.about) == ("Someone not signed in", "Sam Patel (worker)")
    assert wrong_code.what == "Typed a wrong authenticator code"
    assert job.who == "The portal (retention)"


def test_another_councils_objects_are_never_named(people, authority_a, authority_b):
    other_case = builders.case_get_or_build(authority=authority_b, reference="WM-1", family_name="The Secret family")
    # A row of this council that (wrongly) points at another council's case shows only its kind.
    audit_allowed(actor=people["worker"], action="staff_case_view", obj=other_case, authority=authority_a)
    client = Client()
    client.force_login(people["admin"])

    response = client.get("/admin/access-log/")

    assert "The Secret family" not in response.content.decode()
    assert [row.about for row in response.context["object_list"] if row.action == "staff_case_view"] == ["A case"]


def test_a_stage_change_names_the_stage(people, authority_a):
    audit_allowed(
        actor=people["worker"], action="stage_change", obj=people["case"], authority=authority_a, detail="final_hearing"
    )
    client = Client()
    client.force_login(people["admin"])

    [row] = _rows(client, action="stage_change")

    assert row.detail == "Final hearing"
