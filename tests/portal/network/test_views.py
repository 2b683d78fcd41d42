"""The network's screens, as a parent, a young person and a worker use them: what they are told, and
that bad input gets a plain message and changes nothing."""

from datetime import date

import pytest
from django.urls import reverse

from portal.cases.models import KeyDate
from portal.network import services
from portal.network.models import FamilyMeeting, NetworkPerson, YoungVoice

pytestmark = pytest.mark.django_db


def test_a_parent_adds_changes_and_removes_someone(client, world):
    client.force_login(world.p1.user)
    page = client.get(reverse("family:network", args=[world.a1.public_id])).content.decode()
    assert "Only you and your family's workers can see the people you add" in page
    assert "This website never contacts the people you add" in page
    add = reverse("family:network_add", args=[world.a1.public_id])
    response = client.post(
        add,
        {"name": "Kim Taylor", "connection": "my sister", "offers": ["place_to_stay", "caring"], "how_to_reach": ""},
    )
    assert response.status_code == 302
    person = NetworkPerson.objects.get()
    assert person.offers == ["place_to_stay", "caring"]
    edit = reverse("family:network_edit", args=[world.a1.public_id, person.public_id])
    client.post(edit, {"name": "Kim Taylor", "connection": "my sister", "shared_with_family": "on"})
    person.refresh_from_db()
    assert person.shared_with_family and person.offers == []
    client.post(reverse("family:network_remove", args=[world.a1.public_id, person.public_id]))
    person.refresh_from_db()
    assert person.removed_at is not None
    page = client.get(reverse("family:network", args=[world.a1.public_id])).content.decode()
    assert "Kim Taylor" not in page


def test_a_parent_who_leaves_out_a_name_is_told_plainly_and_nothing_is_saved(client, world):
    client.force_login(world.p1.user)
    response = client.post(reverse("family:network_add", args=[world.a1.public_id]), {"name": "", "connection": ""})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Give their name." in page
    assert "Say how they are related or connected to your family." in page
    assert not NetworkPerson.objects.exists()


def test_other_family_members_and_young_people_cannot_add(client, world):
    client.force_login(world.yp.user)
    assert client.get(reverse("family:network_add", args=[world.a1.public_id])).status_code == 404
    assert client.post(reverse("family:network_add", args=[world.a1.public_id]), {"name": "X"}).status_code == 404
    assert not NetworkPerson.objects.exists()


def test_a_young_person_writes_to_their_worker(client, world):
    client.force_login(world.yp.user)
    page = client.get(reverse("family:voice", args=[world.a1.public_id])).content.decode()
    assert "Your parents and other family members cannot see it" in page
    assert "your worker must tell people who can help keep you safe" in page
    add = reverse("family:voice_add", args=[world.a1.public_id, "person"])
    response = client.post(add, {"name": "", "text": "She makes me laugh"})
    assert "Write their name, or what you call them." in response.content.decode()
    assert not YoungVoice.objects.exists()
    client.post(add, {"name": "Nan", "text": "She makes me laugh"})
    client.post(reverse("family:voice_add", args=[world.a1.public_id, "wish"]), {"text": "I want to stay at my school"})
    page = client.get(reverse("family:voice", args=[world.a1.public_id])).content.decode()
    assert "Nan" in page and "I want to stay at my school" in page
    assert page.count("Sent to your worker") == 2
    assert client.get(reverse("family:voice_add", args=[world.a1.public_id, "secret"])).status_code == 404


def test_the_worker_reads_the_young_persons_words_and_the_young_person_sees_it_was_read(client, world):
    services.voice_add(participant=world.yp, kind="wish", text="I want to see my dad")
    client.force_login(world.wa)
    page = client.get(reverse("cases:workspace", args=[world.a1.pk])).content.decode()
    assert "I want to see my dad" in page and "Mark all as read" in page
    client.post(reverse("cases:voice_read", args=[world.a1.pk]))
    client.force_login(world.yp.user)
    assert "Read by your worker" in client.get(reverse("family:voice", args=[world.a1.public_id])).content.decode()


def test_the_worker_records_the_meeting_and_the_family_sees_it(client, world):
    client.force_login(world.wa)
    url = reverse("cases:family_meeting", args=[world.a1.pk])
    response = client.post(url, {"offer": "offered", "accepted": "", "meeting_at": "14/12/2099 10am"})
    assert response.status_code == 200
    assert "A meeting date needs the family" in response.content.decode()
    assert not FamilyMeeting.objects.exists()
    response = client.post(
        url,
        {
            "offer": "offered",
            "accepted": "yes",
            "coordinator_name": "Chris Coordinator",
            "coordinator_phone": "01632 960 111",
            "meeting_at": "14/12/2099 10am",
            "meeting_place": "Northbrook Family Centre",
            "plan": str(world.d1.pk),
        },
    )
    assert response.status_code == 302
    meeting = FamilyMeeting.objects.get()
    assert meeting.plan == world.d1
    assert KeyDate.objects.get(case=world.a1).place == "Northbrook Family Centre"
    assert "Chris Coordinator" in client.get(url).content.decode()  # the form shows what was saved

    client.force_login(world.p1.user)
    page = client.get(reverse("family:network", args=[world.a1.public_id])).content.decode()
    assert "Chris Coordinator" in page and "private family time" in page
    assert "D1 letter" in page  # the plan, shared with P1
    client.force_login(world.p2.user)
    page = client.get(reverse("family:network", args=[world.a1.public_id])).content.decode()
    assert "Chris Coordinator" in page
    assert "D1 letter" not in page  # not shared with P2


def test_the_reason_for_not_offering_is_for_workers_only(client, world):
    services.family_meeting_save(
        case=world.a1,
        saved_by=world.wa,
        offer="not_best_interests",
        not_offered_by="Team manager",
        not_offered_on=date(2026, 11, 2),
        not_offered_reason="Marker-Why-Not",
    )
    client.force_login(world.wa)
    assert "Marker-Why-Not" in client.get(reverse("cases:workspace", args=[world.a1.pk])).content.decode()
    client.force_login(world.p1.user)
    page = client.get(reverse("family:network", args=[world.a1.public_id])).content.decode()
    assert "decided not to hold" in page and "Marker-Why-Not" not in page


def test_the_family_case_page_links_each_reader_to_their_own_page(client, world):
    client.force_login(world.p1.user)
    page = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    assert reverse("family:network", args=[world.a1.public_id]) in page
    client.force_login(world.yp.user)
    page = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    assert reverse("family:voice", args=[world.a1.public_id]) in page
    assert reverse("family:network", args=[world.a1.public_id]) not in page
