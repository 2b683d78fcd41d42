"""SECURITY-TESTS.md, Access 1–8: one direct test per hostile case, on the shared `world` fixture.

The full matrices (every URL × every kind of person) are in tests/portal/cases/test_family_access.py
and test_staff_access.py; LA admin refusals in detail in tests/portal/authorities/test_staff_admin.py.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.authorities.models import StaffMembership
from portal.authorities.roles import editor_group_name
from portal.authorities.services import staff_member_deactivate
from portal.documents.services import document_recipients_set

pytestmark = pytest.mark.django_db


def _family_urls(case, document):
    return [
        reverse("family:case", args=[case.public_id]),
        reverse("family:document", args=[case.public_id, document.public_id]),
        reverse("family:document_download", args=[case.public_id, document.public_id]),
    ]


def _staff_urls(case, document):
    return [
        reverse("cases:workspace", args=[case.pk]),
        reverse("cases:edit", args=[case.pk]),
        reverse("cases:document_share", args=[case.pk]),
        reverse("cases:document_download", args=[case.pk, document.public_id, 1]),
    ]


def _denials(user):
    return AccessLogEntry.objects.filter(actor=user, outcome="denied").count()


def test_01_worker_of_another_la_gets_404_for_a1_and_d1_and_each_denial_is_audited(client, world):
    client.force_login(world.wb)
    for url in _family_urls(world.a1, world.d1) + _staff_urls(world.a1, world.d1):
        before = _denials(world.wb)
        response = client.get(url)
        assert response.status_code == 404, url
        assert _denials(world.wb) == before + 1, url
        assert AccessLogEntry.objects.filter(actor=world.wb, outcome="denied").first().path == url


def test_02_worker_changing_the_id_to_another_las_case_gets_404(client, world):
    client.force_login(world.wa)
    assert client.get(reverse("cases:workspace", args=[world.a1.pk])).status_code == 200
    for url in _staff_urls(world.b1, world.d_b1):
        assert client.get(url).status_code == 404, url
    # Ids that do not exist look exactly the same as ids of another LA.
    assert client.get(reverse("cases:workspace", args=[world.b1.pk + 1000])).status_code == 404


def test_03_a_parent_in_the_case_who_is_not_a_recipient_gets_404_for_d1(client, world):
    client.force_login(world.p2.user)
    document, download = _family_urls(world.a1, world.d1)[1:]
    assert client.get(document).status_code == 404
    assert client.get(download).status_code == 404
    assert AccessLogEntry.objects.filter(actor=world.p2.user, outcome="denied", path=download).exists()


def test_04_young_person_lists_only_what_was_shared_with_them(client, world):
    client.force_login(world.yp.user)
    html = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    assert "Letter for Jo" in html
    assert "D1 letter" not in html
    assert str(world.d1.public_id) not in html


def test_05_removing_a_recipient_takes_effect_on_their_next_request(client, world):
    client.force_login(world.p1.user)
    download = _family_urls(world.a1, world.d1)[2]
    assert client.get(download).status_code == 200

    document_recipients_set(document=world.d1, recipients=[world.p2], changed_by=world.wa)

    assert client.get(download).status_code == 404
    assert "D1 letter" not in client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()


def test_06_worker_moved_to_another_la_loses_the_old_case_on_the_next_request(client, world):
    client.force_login(world.wa)
    workspace = reverse("cases:workspace", args=[world.a1.pk])
    assert client.get(workspace).status_code == 200

    StaffMembership.objects.filter(user=world.wa).update(authority=world.authority_b)

    assert client.get(workspace).status_code == 404
    assert client.get(reverse("cases:workspace", args=[world.b1.pk])).status_code == 200


def test_07_deactivated_worker_live_session_stops_on_the_next_request(client, world):
    client.force_login(world.wa)
    assert client.get("/admin/").status_code == 200

    staff_member_deactivate(membership=world.wa.staff_membership, deactivated_by=world.aa)

    response = client.get(reverse("cases:workspace", args=[world.a1.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def _accounts_snapshot():
    User = get_user_model()
    return sorted(
        (u.email, u.is_active, u.is_staff, u.is_superuser, tuple(sorted(u.groups.values_list("name", flat=True))))
        for u in User.objects.all()
    ), sorted(StaffMembership.objects.values_list("user__email", "authority__slug", "role"))


def test_08_la_admin_cannot_escalate_or_reach_another_la_and_nothing_changes(client, world):
    client.force_login(world.aa)
    la_b_editors = Group.objects.get(name=editor_group_name(world.authority_b))
    before = _accounts_snapshot()

    attempts = [
        # Wagtail's own user screens (where a superuser could be made) are closed to LA admins.
        ("/admin/users/new/", {"email": "evil@x.example", "is_superuser": "on", "groups": [la_b_editors.pk]}),
        (f"/admin/users/edit/{world.aa.pk}/", {"email": world.aa.email, "groups": [la_b_editors.pk]}),
        # The portal's staff screens: a family account cannot be made staff; LA-B's worker is out of reach.
        ("/admin/staff/add/", {"email": world.p1.user.email, "first_name": "P", "last_name": "One", "role": "admin"}),
        (f"/admin/staff/{world.wb.staff_membership.pk}/", {"first_name": "Hacked", "last_name": "", "role": "admin"}),
        (f"/admin/staff/{world.wb.staff_membership.pk}/deactivate/", {}),
    ]
    for url, data in attempts:
        response = client.post(url, data)
        assert response.status_code in (200, 302, 403, 404), url
        if response.status_code == 302:
            assert not response["Location"].startswith("/admin/users/"), url
    # A crafted add with superuser fields creates, at most, an ordinary worker of the admin's own LA.
    client.post(
        "/admin/staff/add/",
        {"email": "new@la-a.example", "first_name": "N", "role": "worker", "is_superuser": "on", "authority": "2"},
    )
    created = get_user_model().objects.filter(email="new@la-a.example").first()
    if created is not None:
        assert not created.is_superuser and not created.is_staff
        assert created.staff_membership.authority == world.authority_a
        created.staff_membership.delete()
        created.delete()

    assert _accounts_snapshot() == before
    assert get_user_model().objects.get(pk=world.wb.pk).first_name == "Will"
