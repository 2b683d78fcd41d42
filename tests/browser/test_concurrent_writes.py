"""Two sendings of one form at the same moment, to a live server: one document, one audit row
(trust issue, part 4; the sequential cases are in tests/security/test_submit_once.py).

It sits with the browser tests because it needs what they have: a live server on the demo data,
restored for each test (see conftest.py). No browser is started.
"""

import http.cookiejar
import re
import threading
import urllib.error
import urllib.request

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.client import encode_multipart
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.demo.pdf import make_pdf
from portal.documents.models import SharedDocument
from portal.ops.once import FIELD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_two_simultaneous_sendings_of_one_share_make_one_document(live_server, demo):
    from django.contrib.auth import get_user_model
    from django.db import connection

    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        # Django's live server shares the test's one in-memory SQLite connection between its request
        # threads, and one connection cannot run two transactions at once: that would test the test
        # harness, not the portal. Real simultaneous connections are tested on PostgreSQL (CI always
        # runs it); on SQLite the double click is tested in tests/security/test_submit_once.py.
        pytest.skip("simultaneous requests need separate database connections (PostgreSQL run)")

    worker = get_user_model().objects.get(email="worker@northbrook.example")
    case = demo.taylor
    parent = case.participants.get(user__email="parent.one@family.example")
    share_url = reverse("cases:document_share", args=[case.pk])
    signed_in = Client()
    signed_in.force_login(worker)
    session = signed_in.cookies["sessionid"].value
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form_page = urllib.request.Request(  # noqa: S310 (the live server, on this machine)
        live_server.url + share_url + "?kind=meeting_minutes", headers={"Cookie": f"sessionid={session}"}
    )
    with opener.open(form_page, timeout=30) as response:  # noqa: S310
        html = response.read().decode()
    token = re.search(rf'name="{FIELD}" value="([^"]+)"', html)[1]
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    cookies = "; ".join([f"sessionid={session}", *(f"{c.name}={c.value}" for c in jar)])
    documents = SharedDocument.objects.count()
    shares = AccessLogEntry.objects.filter(action="document_share").count()
    start, results = threading.Barrier(2), []

    def post(url, data, opener):
        boundary = "concurrentboundary"
        request = urllib.request.Request(  # noqa: S310 (the live server, on this machine)
            live_server.url + url,
            data=encode_multipart(boundary, {"csrfmiddlewaretoken": csrf, **data}),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": cookies},
            method="POST",
        )
        return opener.open(request, timeout=30)

    # The share form is sent once: the file is checked and held, and the confirm page is shown.
    form = {
        FIELD: token,
        "title": "Minutes of the meeting",
        "what_it_is": "What was agreed.",
        "who": "choose",
        "recipients": [parent.pk],
        "file": SimpleUploadedFile("minutes.pdf", make_pdf("Minutes", ["Agreed."]), content_type="application/pdf"),
    }
    with post(share_url, form, urllib.request.build_opener(NoRedirect)) as response:  # noqa: S310
        confirm_page = response.read().decode()
    draft = re.search(r'name="draft" value="([^"]+)"', confirm_page)[1]
    assert SharedDocument.objects.count() == documents, "nothing is shared before the confirm page"
    confirm_url = reverse("cases:document_share_confirm", args=[case.pk])

    # "Share with these people", twice at the same moment.
    def send():
        start.wait()
        try:
            with post(
                confirm_url, {FIELD: token, "draft": draft, "action": "share"}, urllib.request.build_opener(NoRedirect)
            ) as response:
                results.append(response.status)
        except urllib.error.HTTPError as error:
            results.append(error.code)

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(results) == [302, 302], results
    assert SharedDocument.objects.count() == documents + 1
    assert AccessLogEntry.objects.filter(action="document_share").count() == shares + 1
