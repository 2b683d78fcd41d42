"""Guessing addresses is throttled and reported to the LA admin (trust issue, part 5)."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.audit.selectors import access_log_for_admin

pytestmark = pytest.mark.django_db
LIMIT = 5


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.PORTAL_PROBE_LIMIT = LIMIT


def test_a_worker_trying_case_ids_is_paused_and_the_la_admin_sees_it(client, world):
    client.force_login(world.wa)
    own_case = reverse("cases:workspace", args=[world.a1.pk])
    assert client.get(own_case).status_code == 200
    guesses = [client.get(f"/admin/cases/{world.b1.pk + n}/").status_code for n in range(LIMIT)]
    assert guesses == [404] * LIMIT
    # Now even the worker's own case waits until the window ends.
    paused = client.get(own_case)
    assert paused.status_code == 429
    assert "Please wait a few minutes" in paused.content.decode()
    assert paused["Retry-After"] == "600"
    flagged = AccessLogEntry.objects.filter(action="probing_throttled")
    assert flagged.count() == 1  # reported once, not on every request
    entry = flagged.get()
    assert entry.actor == world.wa and entry.outcome == "denied"
    membership = world.aa.staff_membership
    assert access_log_for_admin(membership=membership).filter(action="probing_throttled").exists()
    # Someone else, elsewhere, is not affected.
    other = Client(REMOTE_ADDR="192.0.2.44")
    other.force_login(world.p1.user)
    assert other.get(reverse("family:case", args=[world.a1.public_id])).status_code == 200


def test_a_family_member_guessing_document_ids_is_paused(client, world):
    client.force_login(world.p2.user)
    for _ in range(LIMIT):
        url = reverse("family:document", args=[world.a1.public_id, uuid.uuid4()])
        assert client.get(url).status_code == 404
    assert client.get(reverse("family:case", args=[world.a1.public_id])).status_code == 429


def test_public_pages_not_found_are_not_counted(client, authority_a):
    for n in range(LIMIT + 2):
        assert client.get(f"/no-such-guide-{n}/").status_code == 404
    assert client.get(reverse("account_login")).status_code == 200


def test_the_pause_page_is_in_the_persons_language(client, world, settings):
    client.force_login(world.p2.user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    for _ in range(LIMIT):
        client.get(reverse("family:document", args=[world.a1.public_id, uuid.uuid4()]))
    paused = client.get(reverse("family:case", args=[world.a1.public_id]))
    assert paused.status_code == 429
    html = paused.content.decode()
    assert 'lang="ur"' in html and 'dir="rtl"' in html and "براہ کرم چند منٹ انتظار کریں" in html
