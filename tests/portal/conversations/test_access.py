"""Who can see a question: the asker and the workers of the case's LA. Nobody else, not even family.

Family URLs: 200 for the asker, 404 (audited) for everyone else signed in, 302 to sign in for
anonymous people. Workspace URLs: 200 for workers of the same LA, 404 (audited) for other LAs'
workers and for staff who are not workers.
"""

import pytest
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.conversations.services import thread_reply, thread_start

pytestmark = pytest.mark.django_db

PEOPLE = ["p1", "p2", "yp", "pa2", "wa", "wb", "aa", "ea", "anonymous"]


@pytest.fixture
def threads(world):
    parent_question = thread_start(participant=world.p1, document=world.d1, body="Why did I get this letter?")
    young_question = thread_start(participant=world.yp, about_stage=True, body="Do I have to go to court?")
    return {"p1": parent_question, "yp": young_question}


def login(client, world, person):
    if person != "anonymous":
        thing = getattr(world, person)
        client.force_login(getattr(thing, "user", thing))


def family_url(world, thread):
    return reverse("family:question", args=[world.a1.public_id, thread.public_id])


def admin_url(thread):
    return reverse("questions:thread", args=[thread.public_id])


@pytest.mark.parametrize("person", PEOPLE)
def test_a_question_is_seen_only_by_the_person_who_asked_it(client, world, threads, person):
    login(client, world, person)
    for asker, thread in threads.items():
        url = family_url(world, thread)
        before = AccessLogEntry.objects.filter(outcome="denied", path=url).count()
        response = client.get(url)
        if person == "anonymous":
            assert response.status_code == 302
        elif person == asker:
            assert response.status_code == 200
            assert thread.messages.first().body in response.content.decode()
            assert "no-store" in response["Cache-Control"]
        else:
            assert response.status_code == 404, (person, asker)
            assert AccessLogEntry.objects.filter(outcome="denied", path=url).count() == before + 1


@pytest.mark.parametrize("person", PEOPLE)
def test_each_family_member_lists_only_their_own_questions(client, world, threads, person):
    login(client, world, person)
    response = client.get(reverse("family:questions", args=[world.a1.public_id]))
    if person == "anonymous":
        assert response.status_code == 302
        return
    if person not in ("p1", "p2", "yp"):
        assert response.status_code == 404
        return
    assert response.status_code == 200
    html = response.content.decode()
    assert ("Why did I get this letter?" in html) == (person == "p1")
    assert ("Do I have to go to court?" in html) == (person == "yp")


@pytest.mark.parametrize("person", ["p1", "p2", "yp", "wa"])
def test_asking_about_a_document_needs_it_to_be_shared_with_you(client, world, person):
    login(client, world, person)
    url = reverse("family:question_new", args=[world.a1.public_id]) + f"?document={world.d1.public_id}"
    expected = 200 if person == "p1" else 404
    assert client.get(url).status_code == expected
    assert client.post(url, {"body": "A question"}).status_code in ((302,) if person == "p1" else (404,))


def test_a_question_under_another_case_id_is_404(client, world, threads):
    client.force_login(world.p1.user)
    url = reverse("family:question", args=[world.a2.public_id, threads["p1"].public_id])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("person", PEOPLE)
def test_the_workspace_question_screens_are_for_the_cases_own_workers(client, world, threads, person):
    login(client, world, person)
    for thread in threads.values():
        url = admin_url(thread)
        before = AccessLogEntry.objects.filter(outcome="denied", path=url).count()
        response = client.get(url)
        if person == "anonymous":
            assert response.status_code == 302
        elif person == "wa":
            assert response.status_code == 200
            assert thread.messages.first().body in response.content.decode()
            assert "no-store" in response["Cache-Control"]
        elif person in ("wb", "aa", "ea"):
            assert response.status_code == 404, (person, url)
            assert AccessLogEntry.objects.filter(outcome="denied", path=url).count() == before + 1
        else:  # family members cannot open the Wagtail admin at all
            assert response.status_code in (302, 403, 404)
            assert thread.messages.first().body not in response.content.decode()
        # Nobody outside the LA can reply either.
        if person not in ("wa", "anonymous"):
            client.post(url, {"body": "I should not be able to say this"})
    assert not any(t.messages.filter(from_family=False).exists() for t in threads.values())


def test_the_questions_index_lists_only_the_workers_own_la(client, world, threads):
    b_question = thread_start(participant=world.pb1, body="B1 question?")
    client.force_login(world.wb)
    html = client.get(reverse("questions:index")).content.decode()
    assert "B1" in html and admin_url(b_question) in html
    assert admin_url(threads["p1"]) not in html and "The A1 family" not in html
    client.force_login(world.wa)
    html = client.get(reverse("questions:index")).content.decode()
    assert admin_url(threads["p1"]) in html and admin_url(threads["yp"]) in html
    assert admin_url(b_question) not in html


def test_answered_questions_leave_the_unanswered_list(client, world, threads):
    thread_reply(thread=threads["p1"], worker=world.wa, body="Because we are worried.")
    client.force_login(world.wa)
    html = client.get(reverse("questions:index")).content.decode()
    assert admin_url(threads["p1"]) not in html
    assert admin_url(threads["yp"]) in html


@pytest.mark.parametrize("person", ["aa", "ea", "p1"])
def test_the_questions_index_is_404_for_anyone_but_workers(client, world, person):
    login(client, world, person)
    response = client.get(reverse("questions:index"))
    assert response.status_code in ((404,) if person != "p1" else (302, 403, 404))


def test_the_menu_item_is_shown_to_workers_only(client, world):
    client.force_login(world.wa)
    assert "/admin/questions/" in client.get("/admin/").content.decode()
    client.force_login(world.ea)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "/admin/questions/" not in response.content.decode()
