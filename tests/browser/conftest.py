"""Browser tests: Debian's Chromium, driven by Playwright, against Django's live server.

- The browser is the one the OS installed (``PORTAL_CHROMIUM``, default /usr/bin/chromium), never
  one Playwright downloads. If it is missing, every browser test is skipped with a message that
  says how to install it; CI (.ci/run) installs it, so there they always run.
- Playwright starts it with a new, empty profile every time (it refuses a --user-data-dir
  argument for that reason) and with the flags this machine needs: no sandbox (tests run as
  root), no GPU, and none of Chromium's own background requests, which a closed network refuses.
- Pages are shown on a phone-sized screen (390 × 844), where most families will read them.
- Every test gets the demo data (portal/demo) through the ``demo`` fixture. The live server answers
  from another thread, so tests use transactional database access; ``serialized_rollback`` puts
  back what migrations created (Wagtail's root page, the staff groups), which the flush after each
  test removes.
- A request to anywhere but the live server fails the test: the site uses no third parties, and
  tests never touch the real network. A test that expects to leave the site (Exit this page)
  answers that address itself with ``page.route``.
- ``shot(page, "step")`` keeps a screenshot of each step in test-artifacts/screenshots/<test>/.
"""

import contextlib
import io
import os
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.management import call_command

# Playwright's sync API keeps an asyncio loop in this thread, and Django refuses ORM calls where a
# loop is running. The tests' own ORM calls are ordinary synchronous code, so allow them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    # Nothing but the live server resolves: a page asking for a third party fails at once, and no
    # test can reach the real network. (Unlike page.route, this keeps the HTTP cache working.)
    # *.localhost is the loopback too: the demo's second council answers at westmere.localhost.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE *.localhost",
]
PHONE = {"width": 390, "height": 844}
DEMO_PASSWORD = "Portal-demo-2026"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(
            f"Browser tests need Chromium at {CHROMIUM} (apt-get install chromium, or set PORTAL_CHROMIUM). "
            "They never download a browser."
        )
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session", autouse=True)
def _rollback_snapshot_for_playwrights_context(request, django_db_setup, django_db_blocker, playwright):
    """Make ``serialized_rollback`` work in browser tests whatever ran before them.

    Django keeps the database's migrated state (``_test_serialized_contents``) on the connection
    object used when the test database was made. Django's connections are per context, and
    Playwright's sync API runs an event loop that gives these tests a context (and so a connection
    object) of their own: when the database was made by an earlier, ordinary test, the browser
    tests' connection has no snapshot and the flush after the first one would wipe Wagtail's root
    page and the staff groups for good. Ordinary tests roll back, so the database is still in its
    migrated state here: snapshot it onto this context's connection.

    pytest-django makes a test database only when a collected test asks for one; a session of
    browser tests that need none (tap-to-define) has nothing to snapshot.
    """
    from django.db import connections

    if not any(item.get_closest_marker("django_db") for item in request.session.items):
        return
    connection = connections["default"]
    if not hasattr(connection, "_test_serialized_contents"):
        with django_db_blocker.unblock():
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "viewport": PHONE,
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
        "locale": "en-GB",
        "timezone_id": "Europe/London",
    }


@pytest.fixture
def offsite_allowed():
    """Addresses off the site that a test answers itself with page.route (Exit this page)."""
    return []


@pytest.fixture
def make_context(browser, browser_context_args, live_server, offsite_allowed):
    """make_context(**options): a browser context whose pages may only ask the live server for anything.

    The options replace the phone-sized defaults (pytest-playwright's own ``new_context`` cannot
    replace them, only add to them).
    """
    origins = (live_server.url, second_council_url(live_server.url))
    contexts, offsite = [], []

    def check(request):
        url = request.url
        on_site = url in origins or url.startswith((*(origin + "/" for origin in origins), "data:", "blob:"))
        if not on_site and not url.startswith(tuple(offsite_allowed)):
            offsite.append(url)

    def _make(**options):
        context = browser.new_context(**{**browser_context_args, **options})
        context.set_default_timeout(10_000)  # a missing element fails in seconds, not half a minute
        context.on("request", check)
        contexts.append(context)
        return context

    yield _make
    for context in contexts:
        # Let requests in flight finish first: the live server would otherwise still be using the
        # database while the test's own database access is being torn down.
        for open_page in context.pages:
            with contextlib.suppress(Exception):  # a page that never settles is closed anyway
                open_page.wait_for_load_state("networkidle", timeout=3000)
        context.close()
    assert not offsite, f"Pages asked for addresses outside the site: {offsite}"


@pytest.fixture
def context(make_context):
    """pytest-playwright's ``context`` (and so ``page``), with the off-site guard."""
    return make_context()


@pytest.fixture
def shot(request):
    """shot(page, "label"): keep a full-page screenshot of this step for people to look at."""
    folder = SCREENSHOTS / re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("tests/browser/")[-1])
    shutil.rmtree(folder, ignore_errors=True)
    steps = iter(range(1, 1000))

    def take(page, label):
        name = re.sub(r"[^\w-]+", "-", label)
        path = folder / f"{next(steps):02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture(scope="session")
def demo_snapshot(_rollback_snapshot_for_playwrights_context, django_db_blocker):
    """The demo data, loaded once per run and kept as a snapshot (Django's serialized form).

    Loading it takes seconds (guides, glossary, directory, families, documents); putting the
    snapshot back takes well under one, so every test gets the full demo data quickly. Once
    taken, the database goes back to its migrated state, where every test starts. Stored files
    (the documents' PDFs) stay on disk.
    """
    from django.db import connections

    connection = connections["default"]
    with django_db_blocker.unblock():
        call_command("load_demo_data", force=True, stdout=io.StringIO())
        snapshot = connection.creation.serialize_db_to_string()
        database_replace(connection, connection._test_serialized_contents)
    return snapshot


def database_replace(connection, snapshot):
    """Empty the database and load a snapshot into it (Django's serialized form).

    Sequences are left alone, so new rows never reuse a restored id.
    """
    from django.core.management.color import no_style

    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    connection.ops.execute_sql_flush(
        connection.ops.sql_flush(no_style(), tables, reset_sequences=False, allow_cascade=True)
    )
    connection.creation.deserialize_db_from_string(snapshot)


def second_council_url(base_url):
    """The live server's address for the demo's second council (Westmere), whose site's host name
    is westmere.localhost: the same server, reached by another name."""
    return base_url.replace("://localhost", "://westmere.localhost", 1)


def demo_data_restore(snapshot, base_url):
    """Put the demo data in place of the migrated state; return the addresses journeys start from."""
    from django.db import connections

    from portal.cases.models import Case

    database_replace(connections["default"], snapshot)
    taylor = Case.objects.get(reference="NB-2026-0142")
    return SimpleNamespace(
        url=base_url,
        westmere_url=second_council_url(base_url),
        password=DEMO_PASSWORD,
        taylor=taylor,
        taylor_url=f"{base_url}/my-family/{taylor.public_id}/",
    )


@pytest.fixture
def demo(live_server, demo_snapshot):
    """The demo data (`manage.py load_demo_data`) on the live server."""
    return demo_data_restore(demo_snapshot, live_server.url)


@pytest.fixture
def sign_in(demo, totp_window):
    """sign_in(page, email): sign in with the demo password, the way a person would.

    Staff must use a second factor (portal.accounts.mfa): when allauth asks for it, the code comes
    from the authenticator app the demo builders give staff accounts.
    """

    def _sign_in(page, email, password=DEMO_PASSWORD):
        page.goto(f"{demo.url}/accounts/login/")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password", exact=True).fill(password)
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in", exact=True).click()
        if "/2fa/authenticate" in page.url:
            from portal.accounts.mfa import totp_code
            from portal.demo.builders import DEMO_TOTP_SECRET

            totp_window()
            page.locator("input[name=code]").fill(totp_code(DEMO_TOTP_SECRET))
            with page.expect_navigation():
                page.locator("input[name=code]").press("Enter")
        return page

    return _sign_in


@pytest.fixture
def mailbox():
    """Django's outbox: the live server runs in this process, so its emails land here."""
    mail.outbox.clear()
    return mail.outbox


@pytest.fixture
def axe_check():
    """axe_check(page): the WCAG 2.2 A/AA violations axe-core finds on the page, as readable text.

    ``allowed`` is a list of (rule id, CSS selector fragment) pairs that are known and cannot be
    fixed here (markup Wagtail's admin renders); every other violation is reported.
    """
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def _check(page, *, allowed=()):
        results = axe.run(
            page,
            options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
        )
        problems = []
        for violation in results.response["violations"]:
            for node in violation["nodes"]:
                target = " ".join(str(part) for part in node["target"])
                if any(rule == violation["id"] and fragment in target for rule, fragment in allowed):
                    continue
                problems.append(
                    f"{page.url}: {violation['id']} ({violation['impact']}) at {target}: {violation['help']}\n"
                    f"    {node['html'][:200]}\n    {node.get('failureSummary', '')}"
                )
        return problems

    return _check


def public_pages_find(base_url):
    """(kind, address) for one live page of every page type on the demo council's site, then the
    search page with results and without, if the site has search."""
    from django.urls import NoReverseMatch, reverse
    from wagtail.models import Page, Site

    site = Site.objects.get(is_default_site=True)
    first_of_kind = {}
    for page in Page.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path").specific():
        first_of_kind.setdefault(type(page).__name__, page)
    pages = [(kind, base_url + page.get_url_parts()[2]) for kind, page in first_of_kind.items()]
    try:
        search = reverse("search")
    except NoReverseMatch:
        return pages
    return [
        *pages,
        ("search results", f"{base_url}{search}?q=court"),
        ("search without results", f"{base_url}{search}?q=zzxqv"),
    ]


@pytest.fixture
def public_pages(demo):
    return public_pages_find(demo.url)


@pytest.fixture
def demo_tools(demo_snapshot):
    """For tests that run their own server: demo_tools.load(base_url), demo_tools.public_pages(base_url)."""
    return SimpleNamespace(
        load=lambda base_url: demo_data_restore(demo_snapshot, base_url), public_pages=public_pages_find
    )
