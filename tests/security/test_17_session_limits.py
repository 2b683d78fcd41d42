"""SECURITY-TESTS.md 17, short sessions: staff idle 30 minutes, family idle 60 minutes, everyone 12 hours."""

import time
from types import SimpleNamespace

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from portal.accounts import sessions

pytestmark = pytest.mark.django_db
MINUTE = 60


@pytest.fixture
def clock(monkeypatch):
    now = {"t": time.time()}
    monkeypatch.setattr(sessions, "time", SimpleNamespace(time=lambda: now["t"]))

    def advance(minutes):
        now["t"] += minutes * MINUTE

    return advance


def _family_page(world):
    return reverse("family:case", args=[world.a1.public_id])


def test_a_family_member_is_signed_out_after_60_idle_minutes(client, world, clock):
    client.force_login(world.p1.user)
    clock(59)
    assert client.get(_family_page(world)).status_code == 200
    clock(59)  # active 59 minutes ago: still in
    assert client.get(_family_page(world)).status_code == 200
    clock(61)
    response = client.get(_family_page(world))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert SESSION_KEY not in client.session
    page = client.get(response["Location"])
    assert "signed out because you had not done anything for a while" in page.content.decode()


def test_staff_are_signed_out_after_30_idle_minutes(client, world, clock):
    client.force_login(world.wa)
    clock(29)
    assert client.get("/admin/").status_code == 200
    clock(31)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    # Signing in again is needed: the old session is gone, not just hidden.
    assert client.get(reverse("cases:workspace", args=[world.a1.pk])).status_code == 302


def test_everyone_is_signed_out_12_hours_after_signing_in_however_active(client, world, clock):
    client.force_login(world.p1.user)
    for _ in range(12 * 3 - 1):  # a request every 20 minutes for 11 h 40 min
        clock(20)
        assert client.get(_family_page(world)).status_code == 200
    clock(21)
    response = client.get(_family_page(world))
    assert response.status_code == 302
    assert "long time" in client.get(response["Location"]).content.decode()


def test_the_limits_come_from_settings(client, world, clock, settings):
    settings.PORTAL_FAMILY_SESSION_IDLE_MINUTES = 5
    client.force_login(world.p1.user)
    clock(6)
    assert client.get(_family_page(world)).status_code == 302
