"""The staff workspace in the Wagtail admin (/admin/cases/): scope, audit and every action.

Worker A (LA-A) must only ever reach LA-A's cases; LA-B's are 404 on every URL, with the denial in
the access log. Family members, LA editors and superusers without a worker membership get nothing.
"""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.authorities.models import StaffMembership
from portal.cases.models import Case, CaseContact, StageChange
from portal.cases.permissions import CasePermissionPolicy
from portal.cases.services import case_contact_save, case_create, key_date_save
from portal.demo import builders

from .workspace_builders import url, workspace_urls

pytestmark = pytest.mark.django_db


# The listing and the menu ------------------------------------------------------------------------


def test_worker_sees_only_their_own_councils_cases(client, worker_a, case_a, case_b):
    client.force_login(worker_a)
    response = client.get("/admin/cases/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "The Ashby family" in html
    assert "ASH-001" in html
    assert "Ava and Leo" in html
    assert "Letter before proceedings sent" in html  # the stage, by its title
    assert "The Bramley family" not in html
    assert "BRA-001" not in html
    assert "no-store" in response["Cache-Control"]


def test_search_finds_only_own_councils_cases(client, worker_a, case_a, case_b):
    client.force_login(worker_a)
    by_reference = client.get("/admin/cases/results/", {"q": "ASH-001"}).content.decode()
    assert "The Ashby family" in by_reference
    by_name = client.get("/admin/cases/", {"q": "Ashby"}).content.decode()
    assert "The Ashby family" in by_name
    other_la = client.get("/admin/cases/", {"q": "Bramley"}).content.decode()
    assert "The Bramley family" not in other_la
    assert "BRA-001" not in client.get("/admin/cases/results/", {"q": "BRA"}).content.decode()


def test_cases_menu_is_shown_to_workers_only(client, worker_a, editor_a):
    client.force_login(worker_a)
    assert "/admin/cases/" in client.get("/admin/").content.decode()
    client.force_login(editor_a)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "/admin/cases/" not in response.content.decode()


# Scope: LA-B's case from LA-A --------------------------------------------------------------------


def test_every_workspace_url_of_another_councils_case_is_404_and_audited(client, worker_a, world_b):
    client.force_login(worker_a)
    urls = workspace_urls(world_b["case"], world_b["document"], world_b["key_date"], world_b["contact"])
    for target in urls:
        for method in ("get", "post"):
            before = AccessLogEntry.objects.filter(outcome="denied").count()
            response = getattr(client, method)(target, {"stage": "final_hearing", "note": "x", "title": "x"})
            assert response.status_code == 404, f"{method.upper()} {target}: {response.status_code}"
            assert "Bramley" not in response.content.decode()
            denials = AccessLogEntry.objects.filter(outcome="denied")
            assert denials.count() == before + 1, target
            entry = denials.first()
            assert entry.actor == worker_a
            assert entry.path == target
    case_b = Case.objects.get(pk=world_b["case"].pk)
    assert case_b.stage == "letter_sent"
    assert case_b.family_name == "The Bramley family"
    assert StageChange.objects.filter(case=case_b).count() == 1


def test_another_councils_objects_under_your_own_case_are_404(client, worker_a, case_a, world_b, authority_a):
    """Swapping only the inner id (document, date, contact) must not reach another case's objects."""
    other_case_a = case_create(authority=authority_a, reference="ASH-002", family_name="Other", created_by=worker_a)
    own_contact_elsewhere = case_contact_save(case=other_case_a, saved_by=worker_a, role="advocate", name="Ada")
    client.force_login(worker_a)
    targets = [
        url("document_version", case_a, world_b["document"].public_id),
        url("document_recipients", case_a, world_b["document"].public_id),
        url("document_download", case_a, world_b["document"].public_id, 1),
        url("key_date_edit", case_a, world_b["key_date"].public_id),
        url("contact_edit", case_a, world_b["contact"].pk),
        url("contact_edit", case_a, own_contact_elsewhere.pk),
    ]
    for target in targets:
        response = client.post(target, {"role": "solicitor", "name": "Changed", "title": "Changed"})
        assert response.status_code == 404, target
    assert CaseContact.objects.get(pk=own_contact_elsewhere.pk).name == "Ada"
    assert CaseContact.objects.get(pk=world_b["contact"].pk).name == "Sol Icitor"


def test_a_worker_moved_to_another_council_loses_access_on_the_next_request(client, worker_a, case_a, authority_b):
    client.force_login(worker_a)
    assert client.get(url("workspace", case_a)).status_code == 200
    StaffMembership.objects.filter(user=worker_a).update(authority=authority_b)
    assert client.get(url("workspace", case_a)).status_code == 404


def test_family_member_cannot_reach_the_workspace(client, worker_a, case_a, parent_a, document_a):
    client.force_login(parent_a.user)
    contact = case_contact_save(case=case_a, saved_by=worker_a, role="solicitor", name="Sol")
    key_date = key_date_save(case=case_a, saved_by=worker_a, kind="meeting", title="Meeting", starts_at=timezone.now())
    for target in ["/admin/cases/", "/admin/cases/new/", *workspace_urls(case_a, document_a, key_date, contact)]:
        response = client.get(target)
        assert response.status_code != 200, target
        assert "The Ashby family" not in response.content.decode()


def test_la_editor_gets_404_on_case_urls(client, worker_a, editor_a, case_a, document_a):
    client.force_login(editor_a)
    contact = case_contact_save(case=case_a, saved_by=worker_a, role="solicitor", name="Sol")
    key_date = key_date_save(case=case_a, saved_by=worker_a, kind="meeting", title="Meeting", starts_at=timezone.now())
    for target in ["/admin/cases/", "/admin/cases/new/", *workspace_urls(case_a, document_a, key_date, contact)]:
        response = client.get(target)
        assert response.status_code in (403, 404), target
        assert "The Ashby family" not in response.content.decode()
    assert AccessLogEntry.objects.filter(actor=editor_a, outcome="denied").exists()


def test_superuser_without_a_worker_membership_has_no_case_access(client, case_a):
    admin = get_user_model().objects.create_superuser(email="root@example.org", password="a-long-test-password")
    builders.totp_get_or_build(user=admin)  # superusers must use MFA too
    client.force_login(admin)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/cases/").status_code == 404
    assert client.get(url("workspace", case_a)).status_code == 404
    assert client.get(url("edit", case_a)).status_code == 404


def test_permission_policy_follows_staff_membership(worker_a, worker_b, editor_a, case_a, case_b):
    policy = CasePermissionPolicy(Case)
    assert policy.user_has_permission(worker_a, "change")
    assert not policy.user_has_permission(worker_a, "delete")
    assert not policy.user_has_permission(editor_a, "view")
    assert list(policy.instances_user_has_permission_for(worker_a, "change")) == [case_a]
    assert list(policy.instances_user_has_permission_for(editor_a, "view")) == []
    assert not policy.instances_user_has_permission_for(worker_a, "delete").exists()
    assert policy.user_has_permission_for_instance(worker_a, "change", case_a)
    assert not policy.user_has_permission_for_instance(worker_a, "change", case_b)
    assert not policy.user_has_permission_for_instance(worker_a, "delete", case_a)
    assert list(policy.users_with_permission_for_instance("change", case_a)) == [worker_a]


def test_the_generic_delete_copy_and_history_views_do_not_exist(client, worker_a, case_a):
    client.force_login(worker_a)
    for action in ("delete", "copy", "history", "usage", "inspect"):
        assert client.get(f"/admin/cases/{action}/{case_a.pk}/").status_code == 404, action
    assert Case.objects.filter(pk=case_a.pk).exists()


# Creating and editing cases ----------------------------------------------------------------------


def test_worker_creates_a_case_in_their_own_council(client, worker_a, authority_a):
    client.force_login(worker_a)
    assert client.get("/admin/cases/new/").status_code == 200
    response = client.post(
        "/admin/cases/new/",
        {
            "reference": "ASH-777",
            "family_name": "The Newton family",
            "children_first_names": "Mo",
            "stage": "child_protection",
        },
    )
    case = Case.objects.get(reference="ASH-777")
    assert response.status_code == 302
    assert response["Location"] == url("workspace", case)
    assert case.authority == authority_a
    assert case.stage == "child_protection"
    assert list(case.workers.all()) == [worker_a]
    assert case.stage_changes.count() == 1
    assert AccessLogEntry.objects.filter(action="case_create", actor=worker_a, outcome="allowed").exists()


def test_duplicate_reference_gives_a_clear_error_and_saves_nothing(client, worker_a, case_a):
    client.force_login(worker_a)
    before = Case.objects.count()
    response = client.post(
        "/admin/cases/new/",
        {"reference": "ASH-001", "family_name": "Someone else", "children_first_names": "", "stage": "support"},
    )
    assert response.status_code == 200
    assert "already uses this reference" in response.content.decode()
    assert Case.objects.count() == before


def test_another_councils_reference_can_be_reused_and_is_not_revealed(client, worker_a, case_b):
    client.force_login(worker_a)
    response = client.post(
        "/admin/cases/new/",
        {
            "reference": "BRA-001",
            "family_name": "The Ashby-Bramley family",
            "children_first_names": "",
            "stage": "support",
        },
    )
    assert response.status_code == 302
    assert Case.objects.filter(reference="BRA-001").count() == 2


def test_edit_changes_names_but_never_the_stage(client, worker_a, case_a):
    client.force_login(worker_a)
    response = client.post(
        url("edit", case_a),
        {
            "reference": "ASH-001A",
            "family_name": "The Ashby-Smith family",
            "children_first_names": "Ava",
            "stage": "final_hearing",
        },
    )
    assert response.status_code == 302
    case_a.refresh_from_db()
    assert case_a.family_name == "The Ashby-Smith family"
    assert case_a.reference == "ASH-001A"
    assert case_a.stage == "letter_sent"


def test_edit_to_a_reference_already_in_use_is_refused(client, worker_a, case_a, authority_a):
    case_create(authority=authority_a, reference="ASH-002", family_name="Other", created_by=worker_a)
    client.force_login(worker_a)
    response = client.post(
        url("edit", case_a), {"reference": "ASH-002", "family_name": "Changed", "children_first_names": ""}
    )
    assert response.status_code == 200
    assert "already uses this reference" in response.content.decode()
    case_a.refresh_from_db()
    assert (case_a.reference, case_a.family_name) == ("ASH-001", "The Ashby family")
