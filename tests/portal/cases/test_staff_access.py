"""The staff side of the access matrix: every workspace URL × every kind of person × own case,
another case in the same LA, and a case in another LA. Workers reach every case of their own LA
(caseloads move between colleagues); nobody else reaches any case; out of scope is 404."""

import pytest
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.cases.services import case_contact_save, key_date_save
from portal.demo import builders

# ea is an editor by group alone; em and ma are the council's editor and moderator as members of
# staff (StaffMembership roles "editor" and "moderator"): a staff membership alone opens no case.
PEOPLE = ["p1", "p2", "yp", "wa", "wb", "aa", "ab", "ea", "em", "ma", "anonymous"]


def _user(world, person):
    thing = getattr(world, person)
    return getattr(thing, "user", thing)


def _case_urls(case, document, key_date, contact):
    pk = case.pk
    return [
        reverse("cases:edit", args=[pk]),
        reverse("cases:workspace", args=[pk]),
        reverse("cases:stage", args=[pk]),
        reverse("cases:participant_add", args=[pk]),
        reverse("cases:key_date_add", args=[pk]),
        reverse("cases:key_date_edit", args=[pk, key_date.public_id]),
        reverse("cases:contact_add", args=[pk]),
        reverse("cases:contact_edit", args=[pk, contact.pk]),
        reverse("cases:workers", args=[pk]),
        reverse("cases:document_share", args=[pk]),
        reverse("cases:document_version", args=[pk, document.public_id]),
        reverse("cases:document_recipients", args=[pk, document.public_id]),
        reverse("cases:document_download", args=[pk, document.public_id, 1]),
    ]


@pytest.fixture
def staff_world(world):
    extras = {}
    for key, case in (("a1", world.a1), ("a2", world.a2), ("b1", world.b1)):
        worker = world.wb if key == "b1" else world.wa
        extras[key] = (
            key_date_save(case=case, saved_by=worker, title="Meeting", starts_at="2030-01-07T10:00:00Z"),
            case_contact_save(case=case, saved_by=worker, role="solicitor", name="A Solicitor"),
        )
    world.extras = extras
    world.em = builders.staff_get_or_build(authority=world.authority_a, email="em@la-a.example", role="editor")
    world.ma = builders.staff_get_or_build(authority=world.authority_a, email="ma@la-a.example", role="moderator")
    return world


def _expected(person, case_key):
    if person == "anonymous":
        return {302}
    if person == "wa":
        return {200} if case_key in ("a1", "a2") else {404}
    if person == "wb":
        return {200} if case_key == "b1" else {404}
    if person in ("p1", "p2", "yp"):
        # Family accounts have no admin access at all: Wagtail sends them to sign in before any lookup.
        return {302}
    return {404}  # LA admins, editors, moderators: no case access in any LA


@pytest.mark.django_db
@pytest.mark.parametrize("person", PEOPLE)
def test_workspace_urls_access_matrix(client, staff_world, person):
    world = staff_world
    if person != "anonymous":
        client.force_login(_user(world, person))
    documents = {"a1": world.d1, "a2": world.d_a2, "b1": world.d_b1}
    for case_key in ("a1", "a2", "b1"):
        case = getattr(world, case_key)
        key_date, contact = world.extras[case_key]
        for url in _case_urls(case, documents[case_key], key_date, contact):
            denials = AccessLogEntry.objects.filter(outcome="denied").count()
            response = client.get(url)
            expected = _expected(person, case_key)
            assert response.status_code in expected, f"{person} {case_key} {url}: {response.status_code}"
            if response.status_code == 404:
                assert AccessLogEntry.objects.filter(outcome="denied").count() == denials + 1, url
            if response.status_code == 200:
                assert "no-store" in response["Cache-Control"]
            if response.status_code == 302:
                assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("person", "expected"),
    [("wa", 200), ("wb", 200), ("aa", 404), ("ea", 404), ("em", 404), ("ma", 404), ("p1", 302), ("anonymous", 302)],
)
def test_case_list_shows_only_own_la(client, staff_world, person, expected):
    world = staff_world
    if person != "anonymous":
        client.force_login(_user(world, person))
    response = client.get(reverse("cases:index"))
    assert response.status_code == expected
    if expected == 200:
        html = response.content.decode()
        mine, theirs = ("The A1 family", "The B1 family") if person == "wa" else ("The B1 family", "The A1 family")
        assert mine in html
        assert theirs not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("person", "expected"),
    [("aa", 200), ("ab", 200), ("wa", 404), ("ea", 404), ("em", 404), ("ma", 404), ("p1", 302), ("anonymous", 302)],
)
def test_staff_and_log_screens_are_for_la_admins_only(client, staff_world, person, expected):
    world = staff_world
    if person != "anonymous":
        client.force_login(_user(world, person))
    for url in ("/admin/staff/", "/admin/access-log/"):
        assert client.get(url).status_code == expected, url
