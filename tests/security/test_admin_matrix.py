"""The admin access matrix (issue 14, part 1): every admin address × actor × object scope.

The addresses come from the URL resolver (see admin_matrix.py), so a screen added by any app is in
the matrix the day it is installed. For each actor:

* nobody outside the admin (anonymous, a family member) gets a 2xx from any admin address except the
  few public ones (sign-in and its helpers), and nothing they post changes anything;
* staff get no 2xx from any address that points at another scope's object (another council's, the
  national team's, or objects no council owns, which only superusers manage), their posts there change
  nothing, and no answer anywhere shows another scope's marker phrases.
"""

import hashlib

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client

from tests.conftest import kept_for_the_module, module_runs_transactional_tests

from .admin_matrix import matrix_addresses
from .admin_matrix_data import MARKERS, matrix_data_build

pytestmark = pytest.mark.django_db

COUNCIL_STAFF = ("worker", "la_admin", "editor", "moderator")
# People who see figures only: a council's data role, and a family justice area's person (LA A and B).
# They may open no object of any scope, their own council's included, and see no scope's markers.
FIGURES_ONLY = ("data", "area")
STAFF = (*COUNCIL_STAFF, "national_editor", *FIGURES_ONLY)
OWN_SCOPE = {
    "worker": "A",
    "la_admin": "A",
    "editor": "A",
    "moderator": "A",
    "national_editor": "national",
    "data": None,
    "area": None,
}

# Markers each actor must see somewhere in their own scope: proof that the markers are on the screens,
# so their absence from everyone else's answers means something.
OWN_MARKERS_SEEN = {
    "worker": ["The A1 family", "D1 letter", "Ashford contact person", "Ashford meeting", "Ashford question"],
    "la_admin": ["wa@la-a.example", "Ashford evaluation"],
    "editor": ["Ashford secret draft", "Ashford organisation", "Ashford service"],
    "moderator": ["Ashford secret draft", "Ashford service"],
    "national_editor": ["National secret draft"],
    "data": [],
    "area": [],
}

# Admin addresses anyone may open: they show no data and act on nothing.
PUBLIC = {
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtail_localize:javascript_catalog",
    "wagtailadmin_sprite",
}
# Signing out ends the actor's session (and with it the rest of the matrix): never visited.
NOT_VISITED = {"wagtailadmin_logout"}

# Wagtail's deliberate error page, for checking that errors are reported.
FAILS_ON_PURPOSE = {"wagtailadmin_error_test"}

# Tables whose rows may change when someone is refused: the refusal's own audit trail, sessions.
UNWATCHED_APPS = {"audit", "sessions", "usersessions", "ops", "wagtailsearch", "contenttypes", "admin"}


def fingerprint():
    """A digest of every watched table's rows: any write outside the actor's scope changes it."""
    digests = {}
    with connection.cursor() as cursor:
        for model in apps.get_models():
            if model._meta.app_label in UNWATCHED_APPS or model._meta.proxy:
                continue
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(f"SELECT * FROM {table} ORDER BY 1")  # noqa: S608 (table names from the models)
            digests[model._meta.label] = hashlib.sha256(repr(cursor.fetchall()).encode()).hexdigest()
    return digests


@pytest.fixture(scope="module")
def _matrix_for_the_module(request, django_db_setup, django_db_blocker):
    if module_runs_transactional_tests(request):
        raise RuntimeError("The admin matrix shares its data across the module: no transactional tests here.")
    with kept_for_the_module(django_db_blocker):
        with django_db_blocker.unblock():
            data = matrix_data_build()
            patterns = matrix_addresses(data)
        yield data, patterns


@pytest.fixture
def matrix(_matrix_for_the_module):
    return _matrix_for_the_module


def _client_for(data, actor):
    client = Client(raise_request_exception=False)
    if actor != "anonymous":
        client.force_login(data.actors[actor])
    return client


def _server_error(address, response):
    return response.status_code >= 500 and address.name not in FAILS_ON_PURPOSE


def _text(response):
    body = b"" if getattr(response, "streaming", False) else response.content
    return body.decode("utf-8", "replace")


def _leaks(response, scopes):
    text = _text(response)
    return [marker for scope in scopes for marker in MARKERS[scope] if marker in text]


def _leaks_one(response, marker):
    return marker in _text(response)


def _fingerprint_difference(before, after):
    return sorted(label for label in before if before[label] != after.get(label))


def test_every_admin_pattern_is_in_the_matrix(matrix):
    data, patterns = matrix
    assert not patterns.unfillable, "\n".join(patterns.unfillable)
    # Patterns with no object in the data: only kinds this project has none of.
    assert {name for _, name in patterns.empty} <= {
        "wagtailsettings:edit",  # no setting models are registered
        "wagtailsettings:preview_on_edit",
        "wagtail_localize:submit_snippet_translation",  # no translatable snippets
        "wagtail_localize:snippets_api_listing",
        "wagtail_localize:snippets_api_detail",
    }, patterns.empty
    scopes = {address.scope for address in patterns.addresses}
    assert scopes == {None, "A", "B", "national", "shared"}


@pytest.mark.parametrize("actor", ["anonymous", "family"])
def test_people_outside_the_admin_get_nothing_from_it(matrix, actor):
    data, patterns = matrix
    client = _client_for(data, actor)
    problems = []
    before = fingerprint()
    for address in patterns.addresses:
        for method in ("get", "post"):
            if address.name in NOT_VISITED:
                continue
            response = getattr(client, method)(address.url)
            if 200 <= response.status_code < 300 and address.name not in PUBLIC or _server_error(address, response):
                problems.append(f"{method.upper()} {address.url} ({address.name}): {response.status_code}")
            if leaks := _leaks(response, ("A", "B", "national")):
                problems.append(f"{method.upper()} {address.url}: shows {leaks}")
    changed = _fingerprint_difference(before, fingerprint())
    if actor == "family":
        assert client.get("/my-family/").status_code in (200, 302), "the family member was signed out"
        assert "_auth_user_id" in client.session, "the family member was signed out during the matrix"
    assert not problems, "\n".join(problems)
    assert not changed, f"posts by {actor} changed {changed}"


@pytest.mark.parametrize("actor", STAFF)
def test_staff_stay_inside_their_own_scope(matrix, actor):
    data, patterns = matrix
    client = _client_for(data, actor)
    own = OWN_SCOPE[actor]
    others = [scope for scope in MARKERS if scope != own]
    problems = []
    outside = [a for a in patterns.addresses if a.scope not in (None, own)]
    unseen = set(OWN_MARKERS_SEEN[actor])
    for address in patterns.addresses:
        if address.name in NOT_VISITED:
            continue
        response = client.get(address.url)
        unseen -= {marker for marker in unseen if _leaks_one(response, marker)}
        # Objects no council owns (the shared image library, workflow tasks) may be looked at, not changed.
        refused = address in outside and address.scope != "shared"
        if refused and 200 <= response.status_code < 300 or _server_error(address, response):
            problems.append(f"GET {address.url} ({address.name}, {address.scope}'s): {response.status_code}")
        if leaks := _leaks(response, others):
            problems.append(f"GET {address.url} ({address.name}): shows {leaks}")
    before = fingerprint()
    for address in outside:
        if address.name in NOT_VISITED:
            continue
        response = client.post(address.url)
        if 200 <= response.status_code < 300 or _server_error(address, response):
            problems.append(f"POST {address.url} ({address.name}, {address.scope}'s): {response.status_code}")
        if leaks := _leaks(response, others):
            problems.append(f"POST {address.url} ({address.name}): shows {leaks}")
    changed = _fingerprint_difference(before, fingerprint())
    assert client.get("/admin/").status_code == 200, f"{actor} was signed out during the matrix"
    assert not unseen, f"{actor} never saw their own {sorted(unseen)}: the markers are not on the screens"
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
    assert not changed, f"posts by {actor} outside their scope changed {changed}"
