"""Who sees which family network entry (portal/network/models.py states the rules).

Case A1 has parents P1 and P2, a young person YP and another family member OT; A2 (same council) and
B1 (another council) are other families. Each entry has a marker name; each viewer's pages are
searched for every marker, so a leak of any entry to any viewer fails by name.
"""

import pytest
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.demo import builders
from portal.network import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def net(world):
    ot = builders.participant_get_or_build(case=world.a1, email="ot@family.example", first_name="Gran", role="other")
    add = services.network_person_add
    entries = {
        "p1_private": add(participant=world.p1, name="Marker-P1-Private", connection="my sister"),
        "p1_shared": add(
            participant=world.p1, name="Marker-P1-Shared", connection="my brother", shared_with_family=True
        ),
        "p1_dnc": add(participant=world.p1, name="Marker-P1-DoNotContact", connection="ex", shared_with_family=True),
        "p1_removed": add(participant=world.p1, name="Marker-P1-Removed", connection="old friend"),
        "p2_private": add(participant=world.p2, name="Marker-P2-Private", connection="my mum"),
        "worker_private": services.network_person_worker_save(
            case=world.a1, saved_by=world.wa, name="Marker-Worker-Private", connection="aunt"
        ),
        "worker_shared": services.network_person_worker_save(
            case=world.a1, saved_by=world.wa, name="Marker-Worker-Shared", connection="uncle", shared_with_family=True
        ),
        "a2": add(participant=world.pa2, name="Marker-A2", connection="cousin", shared_with_family=True),
        "b1": add(participant=world.pb1, name="Marker-B1", connection="cousin", shared_with_family=True),
    }
    services.network_person_worker_save(
        case=world.a1,
        saved_by=world.wa,
        person=entries["p1_dnc"],
        do_not_contact=True,
        do_not_contact_reason="Marker-Reason-Workers-Only",
    )
    services.network_person_remove(participant=world.p1, person=entries["p1_removed"])
    voice = services.voice_add(participant=world.yp, kind="wish", text="Marker-YP-Words I want to stay at my school")
    return {"ot": ot, "entries": entries, "voice": voice}


MARKERS = {
    "p1_private": "Marker-P1-Private",
    "p1_shared": "Marker-P1-Shared",
    "p1_dnc": "Marker-P1-DoNotContact",
    "p1_removed": "Marker-P1-Removed",
    "p2_private": "Marker-P2-Private",
    "worker_private": "Marker-Worker-Private",
    "worker_shared": "Marker-Worker-Shared",
    "a2": "Marker-A2",
    "b1": "Marker-B1",
    "reason": "Marker-Reason-Workers-Only",
    "yp_words": "Marker-YP-Words",
}

# What each family member of A1 sees on their network page.
FAMILY_SEES = {
    "p1": {"p1_private", "p1_shared", "worker_shared"},
    "p2": {"p2_private", "p1_shared", "worker_shared"},
    "ot": {"p1_shared", "worker_shared"},
}


def user_of(world, net, who):
    thing = net["ot"] if who == "ot" else getattr(world, who)
    return getattr(thing, "user", thing)


def page_text(client, url):
    response = client.get(url, follow=True)
    return response.status_code, response.content.decode()


@pytest.mark.parametrize("who", sorted(FAMILY_SEES))
def test_each_grown_up_sees_exactly_their_entries(client, world, net, who):
    client.force_login(user_of(world, net, who))
    status, text = page_text(client, reverse("family:network", args=[world.a1.public_id]))
    assert status == 200
    seen = {key for key, marker in MARKERS.items() if marker in text}
    assert seen == FAMILY_SEES[who]


def test_the_young_person_never_sees_the_network_and_is_sent_to_their_own_page(client, world, net):
    client.force_login(world.yp.user)
    response = client.get(reverse("family:network", args=[world.a1.public_id]))
    assert response.status_code == 302
    assert response["Location"] == reverse("family:voice", args=[world.a1.public_id])
    status, text = page_text(client, reverse("family:network", args=[world.a1.public_id]))
    assert status == 200
    assert {key for key, marker in MARKERS.items() if marker in text} == {"yp_words"}


@pytest.mark.parametrize("who", ["pa2", "pb1", "wa", "wb", "aa"])
def test_nobody_outside_the_family_opens_its_network_page(client, world, net, who):
    client.force_login(user_of(world, net, who))
    before = AccessLogEntry.objects.filter(outcome="denied").count()
    assert client.get(reverse("family:network", args=[world.a1.public_id])).status_code == 404
    assert client.get(reverse("family:voice", args=[world.a1.public_id])).status_code == 404
    assert AccessLogEntry.objects.filter(outcome="denied").count() == before + 2


@pytest.mark.parametrize("who", ["p1", "p2", "ot", "pa2", "pb1"])
def test_only_the_young_person_opens_their_words(client, world, net, who):
    client.force_login(user_of(world, net, who))
    assert client.get(reverse("family:voice", args=[world.a1.public_id])).status_code == 404
    take_back = reverse("family:voice_take_back", args=[world.a1.public_id, net["voice"].public_id])
    assert client.get(take_back).status_code == 404


@pytest.mark.parametrize(
    ("who", "entry", "status"),
    [
        ("p1", "p1_private", 200),
        ("p2", "p1_private", 404),  # the other parent cannot change P1's entry
        ("p2", "p1_shared", 404),  # not even one P1 shared
        ("ot", "p1_shared", 404),
        ("yp", "p1_private", 404),
        ("p1", "p1_dnc", 404),  # hidden even from the parent who added them
        ("p1", "p1_removed", 404),
        ("p1", "worker_shared", 404),
        ("pa2", "p1_private", 404),
    ],
)
def test_changing_an_entry_is_for_the_parent_who_added_it(client, world, net, who, entry, status):
    client.force_login(user_of(world, net, who))
    person = net["entries"][entry]
    assert client.get(reverse("family:network_edit", args=[world.a1.public_id, person.public_id])).status_code == status
    remove = reverse("family:network_remove", args=[world.a1.public_id, person.public_id])
    assert client.get(remove).status_code == status


def test_an_entry_of_another_family_cannot_be_reached_through_ones_own_case(client, world, net):
    client.force_login(world.p1.user)
    other = net["entries"]["a2"]
    assert client.get(reverse("family:network_edit", args=[world.a1.public_id, other.public_id])).status_code == 404
    assert client.get(reverse("family:network_edit", args=[world.a2.public_id, other.public_id])).status_code == 404


def test_the_worker_sees_everyone_with_who_suggested_them_and_the_young_persons_words(client, world, net):
    client.force_login(world.wa)
    status, text = page_text(client, reverse("cases:workspace", args=[world.a1.pk]))
    assert status == 200
    seen = {key for key, marker in MARKERS.items() if marker in text}
    assert seen == set(MARKERS) - {"a2", "b1"}
    assert "Taken off the list by the family" in text
    assert "Not to be contacted" in text


def test_another_councils_worker_reaches_nothing(client, world, net):
    client.force_login(world.wb)
    person = net["entries"]["p1_private"]
    for url in (
        reverse("cases:workspace", args=[world.a1.pk]),
        reverse("cases:network_edit", args=[world.a1.pk, person.public_id]),
        reverse("cases:network_add", args=[world.a1.pk]),
        reverse("cases:family_meeting", args=[world.a1.pk]),
    ):
        assert client.get(url).status_code == 404
    assert client.post(reverse("cases:voice_read", args=[world.a1.pk])).status_code == 404


def test_a_worker_cannot_reach_a_person_through_another_case(client, world, net):
    client.force_login(world.wa)
    person = net["entries"]["p1_private"]
    assert client.get(reverse("cases:network_edit", args=[world.a2.pk, person.public_id])).status_code == 404
    b1_person = net["entries"]["b1"]
    assert client.get(reverse("cases:network_edit", args=[world.a1.pk, b1_person.public_id])).status_code == 404


def test_the_do_not_contact_reason_is_never_in_a_family_page(client, world, net):
    for who in ("p1", "p2", "ot", "yp"):
        client.force_login(user_of(world, net, who))
        for name in ("family:case", "family:network", "family:voice"):
            _status, text = page_text(client, reverse(name, args=[world.a1.public_id]))
            assert "Marker-Reason-Workers-Only" not in text
            assert "Marker-P1-DoNotContact" not in text
