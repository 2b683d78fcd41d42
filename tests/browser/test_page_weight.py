"""Page weight, measured in Chromium on the production static set-up.

Budget for the first visit to each public page type: at most 60 KB over the wire in all (HTML,
CSS, JavaScript, fonts, images, headers included) in at most 8 requests. A second visit (a reload
in the same browser) fetches only the HTML again: CSS and JavaScript have hashed names and are
sent with far-future, immutable cache headers. HTML is gzipped. Nothing comes from a third party.

"Production static set-up" means what `collectstatic` and WhiteNoise do in production: the files
are collected into a STATIC_ROOT (a temporary one here) by CompressedManifestStaticFilesStorage,
which gives them hashed names and makes Brotli and gzip copies, and WhiteNoise serves those from
inside Django, with DEBUG off. Only the project's own static files are collected (not Wagtail's
admin files), which keeps this quick; a public page that used another app's file would fail here.
Bytes are Chromium's own count (the DevTools protocol's ``encodedDataLength``: compressed body
plus headers), as it would be on a phone.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from pytest_django.live_server_helper import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BUDGET_BYTES = 60 * 1024
BUDGET_REQUESTS = 8
REPORT = Path(__file__).resolve().parents[2] / "test-artifacts" / "page-weight.txt"


@pytest.fixture(scope="session")
def production_static(tmp_path_factory):
    """Settings for hashed, compressed static files collected once into a temporary STATIC_ROOT."""
    root = tmp_path_factory.mktemp("staticfiles")
    overrides = {
        "DEBUG": False,
        "STATIC_ROOT": root,
        "STORAGES": {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
        "STATICFILES_FINDERS": ["django.contrib.staticfiles.finders.FileSystemFinder"],
        "WHITENOISE_USE_FINDERS": False,
        "WHITENOISE_AUTOREFRESH": False,
    }
    with override_settings(**overrides):
        call_command("collectstatic", interactive=False, verbosity=0, stdout=io.StringIO())
    return overrides


@pytest.fixture
def production_server(production_static, transactional_db):
    """A live server whose static files come from WhiteNoise, as in production.

    pytest-django's own live server puts Django's development static handler in front (files
    straight from the source folders, uncompressed, with no cache headers), so this one is started
    with nothing in front of the project's middleware.
    """
    with override_settings(**production_static):
        server = LiveServer("localhost", start=False)
        server.thread.static_handler = lambda application: application
        server.start()
        yield server
        server.stop()


class NetworkLog:
    """What Chromium fetched, from the DevTools protocol's Network events."""

    def __init__(self, page):
        self.requests = {}
        self.session = page.context.new_cdp_session(page)
        self.session.on("Network.requestWillBeSent", self._sent)
        self.session.on("Network.responseReceived", self._received)
        self.session.on("Network.requestServedFromCache", self._from_cache)
        self.session.on("Network.loadingFinished", self._finished)
        self.session.send("Network.enable")

    def clear(self):
        self.requests = {}

    def _sent(self, event):
        self.requests[event["requestId"]] = {"url": event["request"]["url"], "bytes": 0, "cached": False}

    def _received(self, event):
        entry = self.requests.setdefault(event["requestId"], {"url": event["response"]["url"], "bytes": 0})
        response = event["response"]
        entry["cached"] = entry.get("cached") or response.get("fromDiskCache") or response.get("fromPrefetchCache")
        entry["encoding"] = {k.lower(): v for k, v in response["headers"].items()}.get("content-encoding")
        entry["cache_control"] = {k.lower(): v for k, v in response["headers"].items()}.get("cache-control", "")

    def _from_cache(self, event):
        self.requests.setdefault(event["requestId"], {"url": "", "bytes": 0})["cached"] = True

    def _finished(self, event):
        self.requests.setdefault(event["requestId"], {"url": "", "bytes": 0})["bytes"] = event["encodedDataLength"]

    def fetched(self):
        """Requests that went over the network (not answered from the browser's cache)."""
        return [entry for entry in self.requests.values() if not entry.get("cached")]


def test_public_pages_are_light_cached_and_first_party(browser, browser_context_args, production_server, demo_tools):
    demo = demo_tools.load(production_server.url)
    origin = production_server.url
    rows, problems = [], []
    for kind, url in demo_tools.public_pages(demo.url):
        context = browser.new_context(**browser_context_args)
        page = context.new_page()
        log = NetworkLog(page)
        page.goto(url)
        page.wait_for_load_state("networkidle")
        first = list(log.requests.values())
        total = sum(entry["bytes"] for entry in first)
        html = next(entry for entry in first if entry["url"] == url)

        log.clear()
        page.reload()
        page.wait_for_load_state("networkidle")
        again = [entry["url"] for entry in log.fetched()]
        context.close()

        rows.append(f"{kind:<24} {len(first):>2} requests {total / 1024:6.1f} KB   again: {len(again)} request(s)")
        rows += [
            f"    {entry['bytes']:>7} B  {entry.get('encoding') or '-':<5} {entry['url'].removeprefix(origin)}"
            for entry in first
        ]
        if total > BUDGET_BYTES or len(first) > BUDGET_REQUESTS:
            problems.append(f"{kind}: {len(first)} requests, {total} bytes: {[e['url'] for e in first]}")
        if html.get("encoding") != "gzip":
            problems.append(f"{kind}: HTML sent with Content-Encoding {html.get('encoding')!r}")
        for entry in first:
            if not entry["url"].startswith(origin + "/"):
                problems.append(f"{kind}: third-party request {entry['url']}")
            if entry["url"].endswith((".css", ".js")) and "immutable" not in entry.get("cache_control", ""):
                problems.append(f"{kind}: {entry['url']} is not cached as immutable ({entry.get('cache_control')!r})")
        if again != [url]:
            problems.append(f"{kind}: a second visit fetched {again}, not just the HTML")
    report = "\n".join(rows)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(report + "\n")
    print(report)
    assert not problems, "\n".join(problems)
