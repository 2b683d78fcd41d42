"""LA admins manage their own LA's staff, and nobody else (SECURITY-TESTS access cases 6, 7 and 8):
the screens, and a worker deactivated while signed in."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.test import Client

from portal.audit.models import AccessLogEntry
from portal.authorities.roles import WORKER_GROUP
from portal.authorities.services import (
    editor_group_name,
    staff_member_deactivate,
    staff_member_reactivate,
)
from portal.demo import builders

from .staff_checks import User, denials_logged, staff_snapshot

# Screens


def test_the_staff_menu_item_is_shown_to_la_admins_only(client, aa, wa):
    client.force_login(aa)
    assert "/admin/staff/" in client.get("/admin/").content.decode()
    client.force_login(wa)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "/admin/staff/" not in response.content.decode()


def test_the_staff_list_shows_own_la_staff_with_their_mfa_state(aa_client, aa, wa, wb, authority_a):
    # The builders give staff an authenticator app (staff must use MFA); this colleague has not set one up.
    builders.staff_get_or_build(authority=authority_a, email="new@la-a.example", role="worker", mfa=False)
    assert not Authenticator.objects.filter(user__email="new@la-a.example").exists()

    response = aa_client.get("/admin/staff/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "wa@la-a.example" in html and "aa@la-a.example" in html
    assert "wb@la-b.example" not in html
    rows = {m.user.email: m.has_mfa for m in response.context["object_list"]}
    assert rows == {"aa@la-a.example": True, "new@la-a.example": False, "wa@la-a.example": True}
    assert f"/admin/staff/{wa.staff_membership.pk}/" in html


def test_the_add_form_offers_no_way_to_make_a_superuser(aa_client):
    html = aa_client.get("/admin/staff/add/").content.decode()
    for field in ("is_superuser", "is_staff", "groups", "authority", "user_permissions", "password"):
        assert f'name="{field}"' not in html
    assert 'name="email"' in html


def test_a_crafted_post_cannot_create_a_superuser_or_reach_la_b(aa_client, authority_a, authority_b):
    la_b_editors = Group.objects.get(name=editor_group_name(authority_b))

    response = aa_client.post(
        "/admin/staff/add/",
        {
            "email": "crafted@la-a.example",
            "first_name": "Cra",
            "last_name": "Fted",
            "role": "worker",
            "is_superuser": "on",
            "is_staff": "on",
            "authority": authority_b.pk,
            "groups": [la_b_editors.pk],
        },
    )

    assert response.status_code == 302
    user = User.objects.get(email="crafted@la-a.example")
    assert not user.is_superuser and not user.is_staff
    assert user.staff_membership.authority == authority_a
    assert list(user.groups.values_list("name", flat=True)) == [WORKER_GROUP]


def test_an_admin_cannot_add_themselves_to_an_la_b_group(aa_client, aa, authority_b):
    la_b_editors = Group.objects.get(name=editor_group_name(authority_b))
    before = staff_snapshot()

    aa_client.post(
        f"/admin/staff/{aa.staff_membership.pk}/",
        {"first_name": "Ada", "last_name": "Admin", "role": "admin", "groups": [la_b_editors.pk]},
    )
    wagtail_user_edit = aa_client.post(
        f"/admin/users/edit/{aa.pk}/", {"email": aa.email, "groups": [la_b_editors.pk], "is_superuser": "on"}
    )
    wagtail_group_edit = aa_client.post(f"/admin/groups/edit/{la_b_editors.pk}/", {"name": "Taken over"})

    assert wagtail_user_edit.status_code != 200
    assert wagtail_group_edit.status_code != 200
    assert staff_snapshot() == before
    assert not la_b_editors.user_set.filter(pk=aa.pk).exists()


def test_a_family_account_cannot_be_made_staff(aa_client, family_member):
    before = staff_snapshot()

    response = aa_client.post(
        "/admin/staff/add/", {"email": family_member.email, "first_name": "Pat", "last_name": "T", "role": "worker"}
    )
    wagtail_edit = aa_client.post(
        f"/admin/users/edit/{family_member.pk}/", {"email": family_member.email, "is_staff": "on"}
    )

    assert response.status_code == 200
    assert "already uses this email" in response.content.decode()
    assert wagtail_edit.status_code != 200
    assert staff_snapshot() == before


def test_wagtails_own_user_admin_is_closed_to_la_admins(aa_client):
    operator = User.objects.create_superuser(email="operator@example.org")
    builders.totp_get_or_build(user=operator)  # superusers must use MFA too
    operator_client = Client()
    operator_client.force_login(operator)
    # The addresses are real: a superuser reaches them.
    assert operator_client.get("/admin/users/").status_code == 200
    assert operator_client.get("/admin/users/new/").status_code == 200
    count = User.objects.count()

    assert aa_client.get("/admin/users/").status_code != 200
    assert aa_client.get("/admin/users/new/").status_code != 200
    response = aa_client.post(
        "/admin/users/new/",
        {"email": "root@example.org", "first_name": "R", "last_name": "T", "is_superuser": "on"},
    )
    assert response.status_code != 200
    assert User.objects.count() == count
    assert list(User.objects.filter(is_superuser=True)) == [operator]
    assert "/admin/users/" not in aa_client.get("/admin/").content.decode()


@pytest.mark.parametrize("suffix", ["", "deactivate/", "reactivate/"])
def test_an_admin_of_la_a_gets_404_for_la_b_staff_and_it_is_logged(aa_client, aa, wb, suffix):
    url = f"/admin/staff/{wb.staff_membership.pk}/{suffix}"
    before = staff_snapshot()

    assert aa_client.get(url).status_code == 404
    assert aa_client.post(url, {"first_name": "Hacked", "last_name": "X", "role": "admin"}).status_code == 404

    assert staff_snapshot() == before
    assert denials_logged().filter(actor=aa, path=url).count() == 2


@pytest.mark.parametrize(
    "url", ["/admin/staff/", "/admin/staff/add/", "/admin/access-log/", "/admin/access-log/results/"]
)
def test_workers_cannot_reach_the_staff_or_log_screens(client, wa, url):
    client.force_login(wa)
    assert client.get(url).status_code == 404
    assert denials_logged().filter(actor=wa, path=url).exists()


def test_workers_cannot_reach_a_colleagues_edit_page(client, aa, wa):
    client.force_login(wa)
    before = staff_snapshot()
    assert client.post(f"/admin/staff/{aa.staff_membership.pk}/", {"role": "worker"}).status_code == 404
    assert staff_snapshot() == before


def test_admin_edits_a_worker(aa_client, wa):
    response = aa_client.post(
        f"/admin/staff/{wa.staff_membership.pk}/",
        {"first_name": "Will", "last_name": "Worker", "role": "worker", "job_title": "Social worker", "phone": "0300"},
    )
    assert response.status_code == 302
    wa.staff_membership.refresh_from_db()
    assert wa.staff_membership.job_title == "Social worker"


# Case 7: deactivated while signed in


def test_deactivating_a_worker_ends_their_live_session(aa_client, aa, wa, sign_in_with_mfa):
    # A real sign-in (password, then the authenticator app), so allauth records the session as in life.
    wa.set_password("a-long-test-password")
    wa.save()
    wa_client = Client()
    sign_in_with_mfa(wa_client, wa.email, "a-long-test-password")
    assert wa_client.get("/admin/").status_code == 200
    assert UserSession.objects.filter(user=wa).exists()

    confirm = aa_client.get(f"/admin/staff/{wa.staff_membership.pk}/deactivate/")
    assert confirm.status_code == 200
    assert wa.email in confirm.content.decode()
    response = aa_client.post(f"/admin/staff/{wa.staff_membership.pk}/deactivate/")

    assert response.status_code == 302
    wa.refresh_from_db()
    assert not wa.is_active
    assert wa_client.get("/admin/").status_code != 200
    assert not UserSession.objects.filter(user=wa).exists()
    assert not [s for s in Session.objects.all() if s.get_decoded().get(SESSION_KEY) == str(wa.pk)]
    assert AccessLogEntry.objects.filter(action="staff_deactivate", outcome="allowed", actor=aa).exists()

    # Reactivating lets them sign in again, but never revives the old session.
    staff_member_reactivate(membership=wa.staff_membership, reactivated_by=aa)
    wa.refresh_from_db()
    assert wa.is_active
    assert wa_client.get("/admin/").status_code != 200


def test_an_admin_cannot_deactivate_themselves_on_screen(aa_client, aa):
    response = aa_client.post(f"/admin/staff/{aa.staff_membership.pk}/deactivate/")
    assert response.status_code == 200
    assert "cannot deactivate your own account" in response.content.decode()
    aa.refresh_from_db()
    assert aa.is_active


def test_deactivating_without_a_csrf_token_is_refused(aa, wa):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(aa)
    response = csrf_client.post(f"/admin/staff/{wa.staff_membership.pk}/deactivate/")
    assert response.status_code == 403
    wa.refresh_from_db()
    assert wa.is_active


def test_a_session_allauth_never_tracked_is_ended_too(aa, wa):
    """A session without a UserSession row (made before tracking was on) must not survive either."""
    wa_client = Client()
    wa_client.force_login(wa)
    UserSession.objects.filter(user=wa).delete()

    staff_member_deactivate(membership=wa.staff_membership, deactivated_by=aa)
    staff_member_reactivate(membership=wa.staff_membership, reactivated_by=aa)

    assert wa_client.get("/admin/").status_code != 200


def test_an_admin_who_makes_themselves_a_worker_loses_the_staff_screens(aa_client, aa, authority_a):
    builders.staff_get_or_build(authority=authority_a, email="aa2@la-a.example", role="admin")

    response = aa_client.post(
        f"/admin/staff/{aa.staff_membership.pk}/", {"first_name": "Ada", "last_name": "Admin", "role": "worker"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert aa_client.get("/admin/staff/").status_code == 404
