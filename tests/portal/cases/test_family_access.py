"""The family area's access matrix: every family URL × every kind of person × own/other case/other LA.

Out of scope is always 404 (never 403), and every denial is written to the access log.
"""

import pytest
from django.urls import reverse

from portal.audit.models import AccessLogEntry

PEOPLE = ["p1", "p2", "yp", "wa", "wb", "ab", "ea", "anonymous"]


def _user(world, person):
    thing = getattr(world, person)
    return getattr(thing, "user", thing)  # participants carry their user


def _urls(world):
    """(label, case key, url) for each family URL and each case: own (A1), same LA (A2), other LA (B1)."""
    docs = {"a1": world.d1, "a2": world.d_a2, "b1": world.d_b1}
    urls = []
    for case_key in ("a1", "a2", "b1"):
        case = getattr(world, case_key)
        document = docs[case_key]
        urls += [
            ("case", case_key, reverse("family:case", args=[case.public_id])),
            ("document", case_key, reverse("family:document", args=[case.public_id, document.public_id])),
            ("download", case_key, reverse("family:document_download", args=[case.public_id, document.public_id])),
        ]
    return urls


def _expected(person, label, case_key):
    if person == "anonymous":
        return 302
    if case_key != "a1":
        return 404
    if person == "p1":
        return 200
    if person in ("p2", "yp"):
        # In the case, but D1 was shared with P1 only.
        return 200 if label == "case" else 404
    return 404  # staff and editors are not family members of any case


@pytest.mark.django_db
@pytest.mark.parametrize("person", PEOPLE)
def test_family_urls_access_matrix(client, world, person):
    if person != "anonymous":
        client.force_login(_user(world, person))
    for label, case_key, url in _urls(world):
        denials_before = AccessLogEntry.objects.filter(outcome="denied").count()
        response = client.get(url)
        expected = _expected(person, label, case_key)
        assert response.status_code == expected, f"{person} {label} {case_key}: {response.status_code}"
        if expected == 404:
            assert AccessLogEntry.objects.filter(outcome="denied").count() == denials_before + 1
            entry = AccessLogEntry.objects.filter(outcome="denied").first()
            assert entry.path == url
            assert entry.actor == _user(world, person)
        if expected == 200:
            assert "no-store" in response["Cache-Control"]
            assert "private" in response["Cache-Control"]


@pytest.mark.django_db
def test_family_home_sends_a_one_case_family_straight_to_their_case(client, world):
    client.force_login(world.p1.user)
    response = client.get(reverse("family:home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("family:case", args=[world.a1.public_id])


@pytest.mark.django_db
def test_staff_see_no_family_case_in_the_family_area(client, world):
    client.force_login(world.wa)
    response = client.get(reverse("family:home"))
    assert response.status_code == 200
    assert "The A1 family" not in response.content.decode()


@pytest.mark.django_db
def test_young_person_sees_only_documents_shared_with_them(client, world):
    client.force_login(world.yp.user)
    html = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    assert "Letter for Jo" in html
    assert "D1 letter" not in html


@pytest.mark.django_db
def test_removing_a_recipient_stops_the_next_download(client, world):
    from portal.documents.services import document_recipients_set

    client.force_login(world.p1.user)
    url = reverse("family:document_download", args=[world.a1.public_id, world.d1.public_id])
    assert client.get(url).status_code == 200
    document_recipients_set(document=world.d1, recipients=[world.p2], changed_by=world.wa)
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_a_deactivated_family_member_loses_access_on_the_next_request(client, world):
    client.force_login(world.p1.user)
    url = reverse("family:case", args=[world.a1.public_id])
    assert client.get(url).status_code == 200
    user = world.p1.user
    user.is_active = False
    user.save()
    assert client.get(url).status_code in (302, 404)
