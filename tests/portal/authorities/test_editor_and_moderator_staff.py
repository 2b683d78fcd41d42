"""LA admins manage their council's editors and moderators as they do workers: invite, change role,
deactivate. Each lands in their own council's editor or moderator group, never another's, and the
role opens no case (tests/portal/cases/test_staff_access.py has them in the access matrix)."""

import html

from django.contrib.auth.models import Group

from portal.authorities.models import StaffMembership
from portal.authorities.roles import WORKER_GROUP, editor_group_name, moderator_group_name
from portal.authorities.services import staff_member_update
from portal.cases.selectors import cases_for_worker


def _groups(user):
    return set(user.groups.values_list("name", flat=True))


def _add(client, **fields):
    data = {"email": "ed@la-a.example", "first_name": "Ed", "last_name": "Itor", "role": "editor", **fields}
    return client.post("/admin/staff/add/", data)


def test_an_admin_invites_an_editor_into_their_own_councils_editor_group(
    aa_client, authority_a, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _add(aa_client)

    assert response.status_code == 302
    membership = StaffMembership.objects.get(user__email="ed@la-a.example")
    assert (membership.authority, membership.role) == (authority_a, "editor")
    assert _groups(membership.user) == {editor_group_name(authority_a)}
    assert [mail.to for mail in mailoutbox] == [["ed@la-a.example"]]
    assert "Editor of the council's pages" in html.unescape(aa_client.get("/admin/staff/").content.decode())


def test_a_worker_becomes_a_moderator_and_leaves_the_workers_group(aa, wa, authority_a):
    staff_member_update(
        membership=wa.staff_membership,
        role="moderator",
        job_title="",
        phone="",
        first_name="Will",
        last_name="Worker",
        updated_by=aa,
    )

    wa.refresh_from_db()
    assert wa.staff_membership.role == "moderator"
    assert _groups(wa) == {moderator_group_name(authority_a)}
    assert WORKER_GROUP not in _groups(wa)
    assert list(cases_for_worker(user=wa)) == []


def test_the_role_screen_offers_editor_and_moderator(aa_client, wa):
    page = aa_client.get(f"/admin/staff/{wa.staff_membership.pk}/").content.decode()
    assert 'value="editor"' in page and 'value="moderator"' in page


def test_an_editor_can_be_deactivated(aa_client, authority_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _add(aa_client)
    membership = StaffMembership.objects.get(user__email="ed@la-a.example")

    response = aa_client.post(f"/admin/staff/{membership.pk}/deactivate/")

    assert response.status_code == 302
    membership.user.refresh_from_db()
    assert not membership.user.is_active


def test_an_editor_of_one_council_never_joins_anothers_group(aa_client, authority_a, authority_b):
    _add(aa_client, role="moderator")
    user = StaffMembership.objects.get(user__email="ed@la-a.example").user
    la_b = {editor_group_name(authority_b), moderator_group_name(authority_b)}
    assert not _groups(user) & la_b
    assert Group.objects.filter(name__in=la_b).count() == 2  # they exist; the user is simply not in them


def test_an_editor_made_a_worker_leaves_the_editors_group(aa, authority_a, aa_client):
    _add(aa_client)
    membership = StaffMembership.objects.get(user__email="ed@la-a.example")

    staff_member_update(
        membership=membership, role="worker", job_title="", phone="", first_name="Ed", last_name="Itor", updated_by=aa
    )

    assert _groups(membership.user) == {WORKER_GROUP}
