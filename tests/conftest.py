import time

import pytest
from django.core.cache import cache

from portal.demo import builders


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: no page cached by an earlier test's data."""
    cache.clear()


@pytest.fixture(autouse=True)
def _force_login_completes_mfa(monkeypatch):
    """`client.force_login(user)` signs in the way a real sign-in ends, including the second factor.

    Staff must use MFA (portal.accounts.mfa), and the builders give staff an authenticator app. A
    real sign-in records the second factor in the session (allauth's "mfa" authentication record);
    this does the same for force_login when the user has an authenticator. Production code is not
    touched. `force_login(user, mfa=False)` signs in without it, to test what happens then.
    """
    from allauth.account.internal.flows.login import AUTHENTICATION_METHODS_SESSION_KEY
    from allauth.mfa.models import Authenticator
    from django.test import Client

    original = Client.force_login

    def force_login(self, user, backend=None, mfa=True):
        original(self, user, backend)
        second_factor = Authenticator.objects.filter(
            user=user, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
        ).first()
        if mfa and second_factor is not None:
            session = self.session
            record = {"method": "mfa", "at": time.time(), "id": second_factor.pk, "type": second_factor.type}
            session[AUTHENTICATION_METHODS_SESSION_KEY] = [record]
            session["account_authentication_methods_user"] = str(user.pk)
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)


def totp_window_wait():
    """A code is good for its 30-second window only: start a sign-in well inside one, or a slow
    machine can make the code in one window and have it checked in the next."""
    from allauth.mfa import app_settings as allauth_mfa_settings

    period = allauth_mfa_settings.TOTP_PERIOD
    left = period - time.time() % period
    if left < 5:
        time.sleep(left + 0.1)


@pytest.fixture
def totp_window():
    return totp_window_wait


@pytest.fixture
def sign_in_with_mfa(db):
    """A real sign-in through allauth: password, then the code from the builders' authenticator app."""
    from django.urls import reverse

    from portal.accounts.mfa import totp_code

    def sign_in(client, email, password, secret=builders.DEMO_TOTP_SECRET):
        totp_window_wait()
        response = client.post(reverse("account_login"), {"login": email, "password": password})
        if response.status_code == 302 and response["Location"].startswith(reverse("mfa_authenticate")):
            response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
        return response

    return sign_in


@pytest.fixture
def authority_a(db):
    return builders.authority_get_or_build(
        name="Ashford Test Council", slug="la-a", brand_colour="#00703c", hostname="localhost", is_default_site=True
    )


@pytest.fixture
def authority_b(db):
    return builders.authority_get_or_build(
        name="Bramley Test Council", slug="la-b", brand_colour="#4c2c92", hostname="la-b.localhost"
    )


@pytest.fixture
def world(authority_a, authority_b):
    """The hostile-case fixtures of SECURITY-TESTS.md: LA-A and LA-B, case A1 with P1, P2, YP, worker WA,
    LA admin AA, editor EA; case B1 with worker WB; document D1 in A1 shared with P1 only.

    Used by tests/security (one test per hostile case) and tests/portal/cases (the access matrices).
    """
    from types import SimpleNamespace

    from portal.authorities.services import editor_group_name

    wa = builders.staff_get_or_build(authority=authority_a, email="wa@la-a.example", role="worker", first_name="Wendy")
    wb = builders.staff_get_or_build(authority=authority_b, email="wb@la-b.example", role="worker", first_name="Will")
    aa = builders.staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin")
    ab = builders.staff_get_or_build(authority=authority_b, email="ab@la-b.example", role="admin")
    ea = builders.user_get_or_build(email="ea@la-a.example", groups=[editor_group_name(authority_a)])
    a1 = builders.case_get_or_build(authority=authority_a, reference="A1", family_name="The A1 family", worker=wa)
    a2 = builders.case_get_or_build(authority=authority_a, reference="A2", family_name="The A2 family", worker=wa)
    b1 = builders.case_get_or_build(authority=authority_b, reference="B1", family_name="The B1 family", worker=wb)
    p1 = builders.participant_get_or_build(case=a1, email="p1@family.example", first_name="Pat", role="parent")
    p2 = builders.participant_get_or_build(case=a1, email="p2@family.example", first_name="Sam", role="parent")
    yp = builders.participant_get_or_build(case=a1, email="yp@family.example", first_name="Jo", role="young_person")
    pa2 = builders.participant_get_or_build(case=a2, email="pa2@family.example", first_name="Ali", role="parent")
    pb1 = builders.participant_get_or_build(case=b1, email="pb1@family.example", first_name="Bo", role="parent")
    d1 = builders.document_get_or_build(case=a1, title="D1 letter", recipients=[p1], shared_by=wa)
    d_yp = builders.document_get_or_build(case=a1, title="Letter for Jo", recipients=[yp], shared_by=wa)
    d_a2 = builders.document_get_or_build(case=a2, title="A2 letter", recipients=[pa2], shared_by=wa)
    d_b1 = builders.document_get_or_build(case=b1, title="B1 letter", recipients=[pb1], shared_by=wb)
    return SimpleNamespace(**{k: v for k, v in locals().items() if k not in {"SimpleNamespace", "editor_group_name"}})


def pytest_collection_modifyitems(items):
    """Mark every transactional test `flushes_db`.

    Such tests empty the database when they end, taking the rows migrations made (Wagtail's root
    page, groups, content types) with them, which breaks whatever runs next in the same session.
    `make test` therefore runs them in a pytest session of their own, after the rest.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is not None and marker.kwargs.get("transaction"):
            item.add_marker(pytest.mark.flushes_db)
