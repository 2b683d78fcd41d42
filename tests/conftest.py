import contextlib
import copy
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import transaction

from portal.demo import builders


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: no page cached by an earlier test's data."""
    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def _private_storage_for_this_run(tmp_path_factory):
    """Family documents are stored in a folder of this test process's own, so "no file was left"
    can be checked exactly while other processes (parallel workers, a dev server) store files too."""
    from portal.documents.models import DocumentVersion

    storage = DocumentVersion._meta.get_field("file").storage
    saved = storage._location

    def reset():
        for cached in ("base_location", "location"):
            storage.__dict__.pop(cached, None)

    storage._location = str(tmp_path_factory.mktemp("private"))
    reset()
    yield storage
    storage._location = saved
    reset()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the site's default language, whatever language an earlier test in the
    same process (and so the same thread) switched to."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


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


def authority_a_build():
    return builders.authority_get_or_build(
        name="Ashford Test Council", slug="la-a", brand_colour="#00703c", hostname="localhost", is_default_site=True
    )


def authority_b_build():
    return builders.authority_get_or_build(
        name="Bramley Test Council", slug="la-b", brand_colour="#4c2c92", hostname="la-b.localhost"
    )


@pytest.fixture
def authority_a(db):
    return authority_a_build()


@pytest.fixture
def authority_b(db):
    return authority_b_build()


def world_build():
    """The hostile-case fixtures of SECURITY-TESTS.md: LA-A and LA-B, case A1 with P1, P2, YP, worker WA,
    LA admin AA, editor EA; case B1 with worker WB; document D1 in A1 shared with P1 only."""
    from portal.authorities.roles import editor_group_name

    authority_a, authority_b = authority_a_build(), authority_b_build()
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
    return SimpleNamespace(**{k: v for k, v in locals().items() if k != "editor_group_name"})


def module_runs_transactional_tests(request):
    """True if this run includes a transactional test from the requesting test's module. Such tests
    empty the database, so data kept for the whole module cannot be used there."""
    return any(
        item.module is request.module
        and item.get_closest_marker("django_db", pytest.mark.django_db).kwargs.get("transaction")
        for item in request.session.items
    )


@contextlib.contextmanager
def kept_for_the_module(django_db_blocker):
    """Data built inside this block stays for every test of the module, then is rolled back.

    The same idea as Django's ``TestCase.setUpTestData``: an outer transaction holds the data, each
    test runs in a savepoint inside it (pytest-django's own), so a test's changes are undone after
    it and the shared rows come back as they were. Nothing reaches the next module.
    """
    from django.db import connection

    if any(getattr(block, "_from_testcase", False) for block in connection.atomic_blocks):
        # A fixture that overrides one built on this (``def world(world)``) hides it from pytest's
        # ordering, so it would be built inside the test's own transaction and vanish after it.
        raise RuntimeError(
            "Module-wide data was asked for after the test's transaction began: name the module-wide "
            "fixture (for example _world_for_the_module) among the overriding fixture's arguments."
        )
    with django_db_blocker.unblock():
        block = transaction.atomic()
        block.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            block.__exit__(None, None, None)


def stored_files():
    """Every family document file in this run's private storage, with its bytes."""
    from portal.documents.models import DocumentVersion

    root = Path(DocumentVersion._meta.get_field("file").storage.location)
    return {path: path.read_bytes() for path in root.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def _world_for_the_module(request, django_db_setup, django_db_blocker):
    if module_runs_transactional_tests(request):
        yield None
        return
    with kept_for_the_module(django_db_blocker):
        with django_db_blocker.unblock():
            data = world_build()
        yield data, stored_files()


@pytest.fixture
def world(db, _world_for_the_module):
    """The hostile-case world (``world_build``): built once per module and shared, each test's changes
    undone after it; built afresh for each transactional test.

    Undone means the database (rolled back) and the documents' files: a test that deletes a case
    deletes its files too, so files the shared world had are put back. Each test gets its own copy
    of the objects, so a change one test makes in memory cannot reach the next. (Django's TestCase
    does the same for ``setUpTestData``.)
    """
    if _world_for_the_module is None:
        yield world_build()
        return
    data, files = _world_for_the_module
    yield copy.deepcopy(data)
    for path, content in files.items():
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)


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
