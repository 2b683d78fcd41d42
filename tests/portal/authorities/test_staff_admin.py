"""LA admins manage their own LA's staff, and nobody else (SECURITY-TESTS access cases 6, 7 and 8):
the services and selectors. The screens are in test_staff_admin_screens.py."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from portal.audit.models import AccessLogEntry
from portal.authorities.models import StaffMembership
from portal.authorities.roles import ADMIN_GROUP, WORKER_GROUP
from portal.authorities.selectors import staff_for_admin, staff_membership_get_for_admin
from portal.authorities.services import (
    editor_group_name,
    staff_member_create,
    staff_member_deactivate,
    staff_member_update,
)
from portal.cases.selectors import cases_for_worker
from portal.demo import builders

from .staff_checks import User, denials_logged, staff_snapshot

# Services


def test_admin_adds_a_worker_who_is_invited_by_email(aa, authority_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        membership = staff_member_create(
            authority=authority_a,
            email=" New.Worker@LA-A.example ",
            first_name="Nia",
            last_name="New",
            role="worker",
            job_title="Family support worker",
            created_by=aa,
        )

    user = membership.user
    assert user.email == "new.worker@la-a.example"
    assert membership.authority == authority_a
    assert not user.is_staff and not user.is_superuser
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified
    assert list(user.groups.values_list("name", flat=True)) == [WORKER_GROUP]
    assert user.has_perm("wagtailadmin.access_admin")
    assert [message.to for message in mail.outbox] == [["new.worker@la-a.example"]]
    # The invitation names nobody and no council, in case someone else reads it.
    assert "Nia" not in mail.outbox[0].body and authority_a.name not in mail.outbox[0].body
    assert AccessLogEntry.objects.filter(action="staff_create", outcome="allowed", authority=authority_a).exists()


def test_an_email_already_used_by_a_family_account_is_refused(aa, authority_a, family_member):
    before = staff_snapshot()

    with pytest.raises(ValidationError) as error:
        staff_member_create(
            authority=authority_a, email="P1@example.org", first_name="Pat", last_name="X", role="admin", created_by=aa
        )

    assert "already uses this email" in error.value.message_dict["email"][0]
    assert staff_snapshot() == before
    family_member.refresh_from_db()
    assert not family_member.is_staff
    assert not StaffMembership.objects.filter(user=family_member).exists()


@pytest.mark.parametrize("who", ["wa", "wb", "family_member"])
def test_only_an_admin_of_the_same_la_can_add_staff(request, who, authority_a, aa):
    actor = request.getfixturevalue(who)
    before = staff_snapshot()

    with pytest.raises(PermissionDenied):
        staff_member_create(
            authority=authority_a, email="x@la-a.example", first_name="X", last_name="Y", role="admin", created_by=actor
        )

    assert staff_snapshot() == before
    assert denials_logged("staff_create").filter(actor=actor).count() == 1


def test_an_admin_of_la_a_cannot_add_staff_to_la_b(aa, authority_b):
    before = staff_snapshot()
    with pytest.raises(PermissionDenied):
        staff_member_create(
            authority=authority_b, email="spy@la-b.example", first_name="S", last_name="Py", role="admin", created_by=aa
        )
    assert staff_snapshot() == before


def test_a_role_change_moves_the_user_between_role_groups_only(aa, wa, authority_a):
    editors = Group.objects.get(name=editor_group_name(authority_a))
    wa.groups.add(editors)

    staff_member_update(
        membership=wa.staff_membership,
        role="admin",
        job_title="Team manager",
        phone="01234 567890",
        first_name="William",
        last_name="Worker",
        updated_by=aa,
    )

    wa.refresh_from_db()
    assert set(wa.groups.values_list("name", flat=True)) == {ADMIN_GROUP, editors.name}
    assert wa.staff_membership.role == "admin"
    assert wa.first_name == "William"
    assert AccessLogEntry.objects.get(action="staff_update").detail == "role worker to admin"


def test_the_last_admin_cannot_demote_themselves(aa, authority_a):
    membership = aa.staff_membership
    with pytest.raises(ValidationError) as error:
        staff_member_update(
            membership=membership, role="worker", job_title="", phone="", first_name="Ada", last_name="A", updated_by=aa
        )
    assert "only LA admin" in error.value.message_dict["role"][0]
    membership.refresh_from_db()
    assert membership.role == "admin"
    assert aa.groups.filter(name=ADMIN_GROUP).exists()

    builders.staff_get_or_build(authority=authority_a, email="aa2@la-a.example", role="admin")
    staff_member_update(
        membership=membership, role="worker", job_title="", phone="", first_name="Ada", last_name="A", updated_by=aa
    )
    assert StaffMembership.objects.get(user=aa).role == "worker"


def test_an_admin_cannot_deactivate_themselves(aa):
    with pytest.raises(ValidationError):
        staff_member_deactivate(membership=aa.staff_membership, deactivated_by=aa)
    aa.refresh_from_db()
    assert aa.is_active


def test_an_admin_of_la_a_cannot_change_a_worker_of_la_b(aa, wb):
    before = staff_snapshot()
    with pytest.raises(PermissionDenied):
        staff_member_update(
            membership=wb.staff_membership,
            role="admin",
            job_title="",
            phone="",
            first_name="Hacked",
            last_name="",
            updated_by=aa,
        )
    with pytest.raises(PermissionDenied):
        staff_member_deactivate(membership=wb.staff_membership, deactivated_by=aa)
    assert staff_snapshot() == before
    assert denials_logged().filter(actor=aa).count() == 2


def test_a_superuser_with_a_membership_is_out_of_an_admins_reach(aa, authority_a):
    operator = User.objects.create_superuser(email="operator@example.org")
    membership = StaffMembership.objects.create(user=operator, authority=authority_a, role="worker")

    assert membership not in staff_for_admin(user=aa)
    with pytest.raises(Http404):
        staff_membership_get_for_admin(user=aa, membership_id=membership.pk)
    with pytest.raises(PermissionDenied):
        staff_member_deactivate(membership=membership, deactivated_by=aa)
    operator.refresh_from_db()
    assert operator.is_active


# Selectors


def test_staff_for_admin_is_the_admins_own_la_only(aa, wa, wb):
    assert set(staff_for_admin(user=aa)) == {aa.staff_membership, wa.staff_membership}
    assert not staff_for_admin(user=wa).exists()
    with pytest.raises(Http404):
        staff_membership_get_for_admin(user=aa, membership_id=wb.staff_membership.pk)
    with pytest.raises(Http404):
        staff_membership_get_for_admin(user=wa, membership_id=wa.staff_membership.pk)


def test_an_inactive_admin_manages_nobody(aa, wa):
    aa.is_active = False
    aa.save()
    assert not staff_for_admin(user=aa).exists()
    with pytest.raises(Http404):
        staff_membership_get_for_admin(user=aa, membership_id=wa.staff_membership.pk)


# Case 6: moved to another LA


def test_a_worker_moved_to_another_la_loses_the_old_las_cases_at_once(wa, authority_a, authority_b):
    case = builders.case_get_or_build(authority=authority_a, reference="A1", family_name="The Taylor family", worker=wa)
    assert list(cases_for_worker(user=wa)) == [case]

    StaffMembership.objects.filter(user=wa).update(authority=authority_b)
    # Their next request loads them afresh (the membership is kept on the user object for one request).
    wa.refresh_from_db()

    assert not cases_for_worker(user=wa).filter(authority=authority_a).exists()
    assert not cases_for_worker(user=wa).filter(pk=case.pk).exists()
