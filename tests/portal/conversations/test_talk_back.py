"""Families talk back (#19): "I can't make this date", asking for help to take part, and being told
when to expect a reply, which each council sets for itself."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.cases.models import KeyDate
from portal.conversations.models import Thread
from portal.conversations.services import thread_reply

pytestmark = pytest.mark.django_db


@pytest.fixture
def dates(world):
    def make(case, days, kind=KeyDate.Kind.MEETING):
        return KeyDate.objects.create(
            case=case, kind=kind, title=f"Meeting in {days} days", starts_at=timezone.now() + timedelta(days=days)
        )

    return {
        "soon": make(world.a1, 5),
        "past": make(world.a1, -5),
        "hearing": make(world.a1, 9, "hearing"),
        "a2": make(world.a2, 5),
    }


def cannot_make_url(world, key_date, case=None):
    return reverse("family:date_cannot_make", args=[(case or world.a1).public_id, key_date.public_id])


def test_a_parent_says_they_cannot_make_a_date_and_the_worker_answers(client, world, dates):
    client.force_login(world.p1.user)
    page = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    assert cannot_make_url(world, dates["soon"]) in page
    response = client.post(cannot_make_url(world, dates["soon"]), {"body": "I start a new job that day"})
    thread = Thread.objects.get()
    assert (thread.topic, thread.key_date, thread.asker) == ("date", dates["soon"], world.p1)
    assert response["Location"] == reverse("family:question", args=[world.a1.public_id, thread.public_id])
    page = client.get(response["Location"]).content.decode()
    assert "Meeting in 5 days" in page and "usually replies within 2 working days" in page
    assert AccessLogEntry.objects.filter(action="date_cannot_make", actor=world.p1.user).exists()

    client.force_login(world.wa)
    for url in (reverse("questions:index"), reverse("cases:workspace", args=[world.a1.pk])):
        assert "Meeting in 5 days" in client.get(url).content.decode()
    thread_reply(thread=thread, worker=world.wa, body="We can move it to the Thursday.")
    client.force_login(world.p1.user)
    page = client.get(reverse("family:question", args=[world.a1.public_id, thread.public_id])).content.decode()
    assert "We can move it to the Thursday." in page and "usually replies within" not in page


def test_a_reason_is_needed_and_a_past_date_is_refused_plainly(client, world, dates):
    client.force_login(world.p1.user)
    response = client.post(cannot_make_url(world, dates["soon"]), {"body": "  "})
    assert "Tell your worker why you cannot make it" in response.content.decode()
    response = client.post(cannot_make_url(world, dates["past"]), {"body": "I was ill"})
    assert "This date has already passed" in response.content.decode()
    assert not Thread.objects.exists()


def test_a_hearing_says_only_the_court_can_move_it(client, world, dates):
    client.force_login(world.p1.user)
    assert "Only the court can move a hearing" in client.get(cannot_make_url(world, dates["hearing"])).content.decode()


@pytest.mark.parametrize("who", ["pa2", "pb1", "wa"])
def test_nobody_answers_for_another_familys_date(client, world, dates, who):
    thing = getattr(world, who)
    client.force_login(getattr(thing, "user", thing))
    assert client.get(cannot_make_url(world, dates["soon"])).status_code == 404
    assert client.post(cannot_make_url(world, dates["soon"]), {"body": "x"}).status_code == 404
    assert not Thread.objects.exists()


def test_a_date_of_another_case_cannot_be_reached_through_ones_own(client, world, dates):
    client.force_login(world.p1.user)
    assert client.get(cannot_make_url(world, dates["a2"])).status_code == 404


def test_the_other_parent_does_not_see_the_request(client, world, dates):
    client.force_login(world.p1.user)
    client.post(cannot_make_url(world, dates["soon"]), {"body": "Marker-reason-P1"})
    thread = Thread.objects.get()
    client.force_login(world.p2.user)
    assert client.get(reverse("family:question", args=[world.a1.public_id, thread.public_id])).status_code == 404
    assert "Marker-reason-P1" not in client.get(reverse("family:questions", args=[world.a1.public_id])).content.decode()


def test_asking_for_help_to_take_part(client, world):
    client.force_login(world.yp.user)
    url = reverse("family:help_request", args=[world.a1.public_id])
    assert "What would help you take part?" in client.get(url).content.decode()
    response = client.post(url, {"need": "interpreter", "body": ""})
    assert "Say which language you need" in response.content.decode()
    response = client.post(url, {"need": "nonsense"})
    assert "Select a valid choice" in response.content.decode()
    assert not Thread.objects.exists()
    response = client.post(url, {"need": "advocate", "body": ""})
    thread = Thread.objects.get()
    assert (thread.topic, thread.need) == ("request", "advocate")
    assert "You asked for: An advocate" in client.get(response["Location"]).content.decode()
    client.force_login(world.wa)
    assert "Asks for: An advocate" in client.get(reverse("questions:index")).content.decode()


def test_a_council_sets_how_soon_families_can_expect_a_reply(client, world):
    url = reverse("authorities_council:index")
    client.force_login(world.aa)
    form = {"contact_phone": "01632 960 000", "contact_email": "", "pre_proceedings_weeks": 16}
    response = client.post(url, {**form, "reply_working_days": 0})
    assert response.status_code == 200
    world.authority_a.refresh_from_db()
    assert world.authority_a.reply_working_days == 2
    response = client.post(url, {**form, "reply_working_days": 5})
    assert response.status_code == 302
    world.authority_a.refresh_from_db()
    assert (world.authority_a.reply_working_days, world.authority_a.contact_phone) == (5, "01632 960 000")
    assert AccessLogEntry.objects.filter(
        action="council_settings_update", detail__contains="reply_working_days"
    ).exists()
    world.authority_b.refresh_from_db()
    assert world.authority_b.reply_working_days == 2  # only the admin's own council

    client.force_login(world.p1.user)
    page = client.get(reverse("family:question_new", args=[world.a1.public_id])).content.decode()
    assert "usually replies within 5 working days" in page


@pytest.mark.parametrize("who", ["wa", "ea", "p1", "wb"])
def test_only_an_la_admin_opens_the_council_settings(client, world, who):
    thing = getattr(world, who)
    client.force_login(getattr(thing, "user", thing))
    response = client.get(reverse("authorities_council:index"))
    assert response.status_code in (404, 302)
    assert "Council settings" not in response.content.decode()
