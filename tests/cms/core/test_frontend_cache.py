"""A CDN or caching proxy in front (issue #21): public pages say how long it may keep them, nothing
else may be kept, and publishing purges a page, and the pages that list it, on every council's site.

The purges are checked at a real HTTP server, started here, that records the PURGE requests the
portal sends (through Wagtail's frontend cache, configured from PORTAL_FRONTEND_CACHE_URL).
"""

import http.server
import importlib
import threading
import time

import pytest
from django.test import Client
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from cms.guidance.models import GuidePage
from portal.demo import builders
from portal.demo.translations import page_translate
from tests.cms.guidance.conftest import seed
from tests.conftest import authority_a_build, authority_b_build, kept_for_the_module

pytestmark = pytest.mark.django_db

HOSTS = ("localhost", "la-b.localhost")
GUIDE = "/pre-proceedings/letter-before-proceedings/"
# Where the letter guide is shown or listed on each council's site: the guide; its section, which
# lists it; the journey, which lists each stage's guide; the young people's version, which links to
# it as its "other version"; the home page, whose ways in link to it; the young people's hub, which
# lists the young people's guides (the purge goes by page type, so any guide's publish purges it).
WHERE_IT_SHOWS = (
    GUIDE,
    "/pre-proceedings/",
    "/what-happens-step-by-step/",
    "/young-people/",
    "/pre-proceedings/young-people-letter-before-proceedings/",
    "/",
)


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


@pytest.fixture
def privacy_page(authority_a):
    return builders.standard_page_get_or_build(
        home=authority_a.site.root_page, slug="privacy", title="Privacy notice", purpose="privacy", paragraphs=["Hi."]
    )


# What may be kept, and for how long ---------------------------------------------------------------


def test_a_public_page_tells_browsers_and_a_cdn_how_long_to_keep_it(client, privacy_page, settings):
    first = client.get("/privacy/")
    again = Client().get("/privacy/")  # from the portal's own cache: the same headers
    assert directives(first) == directives(again) == {"public", "max-age=0", "s-maxage=300"}
    assert "Cookie" in first["Vary"] and "Accept-Language" in first["Vary"]  # a CDN keeps one per language

    settings.PORTAL_BROWSER_CACHE_SECONDS = 60
    settings.PORTAL_SHARED_CACHE_SECONDS = 3600
    assert directives(Client().get("/privacy/")) == {"public", "max-age=60", "s-maxage=3600"}
    settings.PORTAL_PAGE_CACHE_SECONDS = 0  # the portal's own cache off: a CDN may still keep it
    assert directives(Client().get("/privacy/")) == {"public", "max-age=60", "s-maxage=3600"}


def test_nothing_private_personal_or_unfinished_may_be_kept(client, privacy_page):
    person = builders.user_get_or_build(email="someone@family.example", password="a-long-test-password")
    signed_in = Client()
    signed_in.force_login(person)
    responses = {
        "a page shown to someone signed in": signed_in.get("/privacy/"),
        "the family area": signed_in.get("/my-family/"),
        "the sign-in page": client.get("/accounts/login/"),
        "words typed into search": client.get("/search/?q=my+sons+name"),
        "a page with anything in its address after ?": client.get("/privacy/?feedback=thanks"),
        "a page that is not there": client.get("/not-a-page/"),
        "a redirect": client.get("/privacy"),
    }
    for what, response in responses.items():
        kept = directives(response)
        assert {"private", "no-store"} <= kept and "public" not in kept, (what, response.get("Cache-Control"))
        assert not any(d.startswith("s-maxage") for d in kept), what


def test_what_sets_its_own_lifetime_keeps_it(client, authority_a):
    response = client.get("/openreferral/services")
    assert response.status_code == 200
    assert directives(response) == {"public", "max-age=300"}


# Purging ---------------------------------------------------------------------------------------------


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.answer.wait()
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purger(settings, monkeypatch):
    """A purge endpoint on this machine, set up as an operator would: PORTAL_FRONTEND_CACHE_URL."""
    import portal.settings.frontend_cache as frontend_cache_settings

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged, server.answer = [], threading.Event()
    server.answer.set()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("PORTAL_FRONTEND_CACHE_URL", f"http://127.0.0.1:{server.server_port}")
    settings.WAGTAILFRONTENDCACHE = importlib.reload(frontend_cache_settings).WAGTAILFRONTENDCACHE
    yield server
    server.answer.set()
    server.shutdown()
    server.server_close()
    monkeypatch.delenv("PORTAL_FRONTEND_CACHE_URL")
    importlib.reload(frontend_cache_settings)


def purged(server):
    return set(server.purged)


def on_every_site(*paths):
    return {(host, path) for host in HOSTS for path in paths}


@pytest.fixture(scope="module")
def _national_for_the_module(django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker), django_db_blocker.unblock():
        seed(authority_a_build(), authority_b_build())
        yield


@pytest.fixture
def guide(_national_for_the_module, db):
    """The national letter guide, shown on both councils' sites through their aliases."""
    return GuidePage.objects.get(slug="letter-before-proceedings", alias_of__isnull=True)


def test_publishing_a_guide_purges_it_and_the_pages_that_list_it_on_every_site(
    purger, guide, django_capture_on_commit_callbacks
):
    for host in HOSTS:
        assert Client().get(GUIDE, HTTP_HOST=host).status_code == 200  # now in the portal's own cache
    guide.summary = "A new, clearer summary."
    with django_capture_on_commit_callbacks() as after_commit:
        guide.save_revision().publish()
        # During the publish only Wagtail's own purge of the councils' copies has gone out.
        assert purged(purger) <= on_every_site(GUIDE)
    for callback in after_commit:
        callback()

    # After the commit: everywhere it shows, on both councils' sites, and nothing else.
    assert purged(purger) == on_every_site(*WHERE_IT_SHOWS)
    # The portal's own page cache was emptied too.
    for host in HOSTS:
        assert "A new, clearer summary." in Client().get(GUIDE, HTTP_HOST=host).content.decode()


def test_unpublishing_a_guide_purges_it_on_every_site(purger, guide, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert purged(purger) == on_every_site(*WHERE_IT_SHOWS)
    assert Client().get(GUIDE).status_code == 404


def test_publishing_a_translation_purges_the_addresses_it_is_read_at(purger, guide, django_capture_on_commit_callbacks):
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    source, _ = TranslationSource.update_or_create_from_instance(guide)
    strings = {entry.msgid: f"[pl] {entry.msgid}" for entry in source.export_po()}
    with django_capture_on_commit_callbacks(execute=True):
        translated = page_translate(page=guide, locale=polish, strings=strings)
    assert translated.locale == polish and translated.get_full_url() is None  # no address of its own
    # Read at the English guide's addresses (cms/core/translation.py): those are purged.
    assert purged(purger) == on_every_site(*WHERE_IT_SHOWS)


def test_on_the_database_queue_the_purge_is_stored_with_the_publish_and_sent_by_the_worker(
    purger, guide, settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()
    assert purger.purged == []  # nothing is sent by the editor's request
    stored = list(DBTaskResult.objects.filter(task_path__endswith="purge_urls_from_cache_task"))
    for task in stored:  # what `manage.py db_worker` does with each
        task.task.call(*task.args_kwargs["args"], **task.args_kwargs["kwargs"])
    assert purged(purger) == on_every_site(*WHERE_IT_SHOWS)


def test_without_a_purge_set_up_nothing_is_sent(purger, guide, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()
    assert purger.purged == []


def test_a_purger_that_never_answers_holds_nothing_up(purger, privacy_page, settings, caplog):
    settings.WAGTAILFRONTENDCACHE["proxy-1"]["TIMEOUT"] = 0.5
    purger.answer.clear()  # it takes the connection and says nothing
    started = time.monotonic()
    privacy_page.save_revision().publish()
    assert time.monotonic() - started < 10
    assert "Could not purge http://localhost/privacy/" in caplog.text
    assert Page.objects.get(pk=privacy_page.pk).live
