"""Page weight and caching, measured in Chromium on the production static set-up.

Budget for the first visit to each public page type: at most 60 KB over the wire in all (HTML,
CSS, JavaScript, fonts, images, headers included) in at most 8 requests. HTML is gzipped. Nothing
comes from a third party.

A second visit must cost the HTML only. That is judged from what the portal controls, never from
one browser build's habits:
- every file the page itself refers to (stylesheets, scripts, icons, images) has a hashed name and
  is sent with far-future, ``immutable`` cache headers (checked from the response headers, whether
  or not this browser chose to fetch the file);
- on the second visit, nothing the page's own markup or scripts ask for goes over the network.
  What the browser fetches on its own account (a favicon look-up, a prefetch) has the DevTools
  initiator type "other" and is left out: a browser may do that whatever the portal sends.

"Production static set-up" means what `collectstatic` and WhiteNoise do in production: the files
are collected into a STATIC_ROOT (a temporary one here) by CompressedManifestStaticFilesStorage,
which gives them hashed names and makes Brotli and gzip copies, and WhiteNoise serves those from
inside Django, with DEBUG off. Only the project's own static files are collected (not Wagtail's
admin files), which keeps this quick; a public page that used another app's file would fail here.
Bytes are Chromium's own count (the DevTools protocol's ``encodedDataLength``: compressed body
plus headers), as it would be on a phone.
"""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from pytest_django.live_server_helper import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BUDGET_BYTES = 60 * 1024
BUDGET_REQUESTS = 8
ONE_YEAR = 365 * 24 * 3600
HASHED_NAME = re.compile(r"\.[0-9a-f]{12}\.\w+$")  # name.0123456789ab.css, as ManifestStaticFilesStorage makes
REPORT = Path(__file__).resolve().parents[2] / "test-artifacts" / "page-weight.txt"
# Every address in the page's markup that the browser loads without being asked: stylesheets,
# icons, scripts, images, preloads. (Links to other pages are not resources.)
PAGE_RESOURCES_JS = """() => [
  ...[...document.querySelectorAll('link[href]')]
     .filter(l => !['alternate', 'canonical', 'next', 'prev'].includes(l.rel)).map(l => l.href),
  ...[...document.querySelectorAll('script[src], img[src], source[src]')].map(e => e.src),
]"""


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

    def _entry(self, request_id, url=""):
        return self.requests.setdefault(request_id, {"url": url, "bytes": 0, "cached": False, "initiator": "other"})

    def _sent(self, event):
        entry = self._entry(event["requestId"], event["request"]["url"])
        entry["initiator"] = event.get("initiator", {}).get("type", "other")

    def _received(self, event):
        response = event["response"]
        entry = self._entry(event["requestId"], response["url"])
        entry["cached"] = entry["cached"] or bool(response.get("fromDiskCache") or response.get("fromPrefetchCache"))
        headers = {k.lower(): v for k, v in response["headers"].items()}
        entry["encoding"] = headers.get("content-encoding")
        entry["cache_control"] = headers.get("cache-control", "")

    def _from_cache(self, event):
        self._entry(event["requestId"])["cached"] = True

    def _finished(self, event):
        self._entry(event["requestId"])["bytes"] = event["encodedDataLength"]

    def fetched_by_the_page(self):
        """Requests the page's markup or scripts made that went over the network (not the browser's
        own requests, and not answers from its cache)."""
        return [e for e in self.requests.values() if e["initiator"] != "other" and not e["cached"]]


def cached_for_good(cache_control):
    """True if a browser may keep the response for a year without asking again."""
    directives = {part.strip().lower() for part in cache_control.split(",")}
    max_age = next((int(d.split("=", 1)[1]) for d in directives if d.startswith("max-age=")), 0)
    return "immutable" in directives and max_age >= ONE_YEAR and "no-cache" not in directives


def resource_problems(kind, page, origin):
    """Every file the page refers to is first-party, hash-named and cached for good, by its headers."""
    problems = []
    for url in sorted(set(page.evaluate(PAGE_RESOURCES_JS))):
        if not url.startswith(origin + "/"):
            problems.append(f"{kind}: the page refers to a third-party file {url}")
            continue
        path = url.removeprefix(origin)
        if not path.startswith(settings.STATIC_URL) or not HASHED_NAME.search(path):
            problems.append(f"{kind}: {path} is not a hash-named static file, so it cannot be cached for good")
            continue
        response = page.request.get(url)
        if response.status != 200:
            problems.append(f"{kind}: {path} answered {response.status}")
        elif not cached_for_good(response.headers.get("cache-control", "")):
            problems.append(f"{kind}: {path} is not cached as immutable ({response.headers.get('cache-control')!r})")
    return problems


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
        problems += resource_problems(kind, page, origin)

        log.clear()
        page.goto(url)
        page.wait_for_load_state("networkidle")
        again = [entry["url"].removeprefix(origin) for entry in log.fetched_by_the_page()]
        context.close()

        rows.append(f"{kind:<24} {len(first):>2} requests {total / 1024:6.1f} KB   again: {len(again)} request(s)")
        rows += [
            f"    {e['bytes']:>7} B  {e.get('encoding') or '-':<5} {e['initiator']:<7} {e['url'].removeprefix(origin)}"
            for e in first
        ]
        if total > BUDGET_BYTES or len(first) > BUDGET_REQUESTS:
            problems.append(f"{kind}: {len(first)} requests, {total} bytes: {[e['url'] for e in first]}")
        if html.get("encoding") != "gzip":
            problems.append(f"{kind}: HTML sent with Content-Encoding {html.get('encoding')!r}")
        problems += [f"{kind}: third-party request {e['url']}" for e in first if not e["url"].startswith(origin + "/")]
        if again:
            problems.append(f"{kind}: on a second visit the page fetched {again} again instead of using its cache")
    report = "\n".join(rows)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(report + "\n")
    print(report)
    assert not problems, "\n".join(problems)
