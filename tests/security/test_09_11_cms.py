"""SECURITY-TESTS.md, CMS 9–11: editors are untrusted, and LA-A's editor gets nothing of LA-B's."""

import json
import re

import pytest
from django.apps import apps
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from cms.standard.models import StandardPage
from portal.demo import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def la_b_page(world):
    home_b = world.authority_b.site.root_page
    page = builders.standard_page_get_or_build(
        home=home_b, slug="b-contact", title="Bramley contact", purpose="contact", paragraphs=["First words."]
    )
    page.title = "Bramley contact (draft)"
    page.save_revision()
    return page


@pytest.fixture
def la_a_page(world):
    return builders.standard_page_get_or_build(
        home=world.authority_a.site.root_page, slug="a-page", title="Ashford page", purpose="other", paragraphs=["Hi."]
    )


def test_09_editor_of_la_a_is_refused_preview_compare_history_copy_and_choosers_of_la_b(client, world, la_b_page):
    client.force_login(world.ea)
    revisions = list(la_b_page.revisions.order_by("pk").values_list("pk", flat=True))
    pk = la_b_page.pk
    refused = [
        f"/admin/pages/{pk}/edit/",
        f"/admin/pages/{pk}/edit/preview/",
        f"/admin/pages/{pk}/view_draft/",
        f"/admin/pages/{pk}/history/",
        f"/admin/pages/{pk}/revisions/",
        f"/admin/pages/{pk}/revisions/compare/{revisions[0]}...{revisions[-1]}/",
        f"/admin/pages/{pk}/revisions/{revisions[0]}/view/",
        f"/admin/pages/{pk}/copy/",
        f"/admin/pages/{pk}/delete/",
        f"/admin/pages/{pk}/move/",
        f"/admin/pages/{pk}/unpublish/",
    ]
    for url in refused:
        response = client.get(url, follow=True)
        final = response.redirect_chain[-1][0] if response.redirect_chain else url
        refused_here = response.status_code in (403, 404) or not final.startswith(f"/admin/pages/{pk}/")
        assert refused_here, f"{url}: {response.status_code} at {final}"
        assert "Bramley contact (draft)" not in response.content.decode(), url
    # A copy posted anyway (into LA-A's own tree) is refused and makes nothing.
    count = Page.objects.count()
    client.post(
        f"/admin/pages/{pk}/copy/",
        {"new_title": "Stolen", "new_slug": "stolen", "new_parent_page": world.authority_a.site.root_page.pk},
    )
    assert Page.objects.count() == count
    # Choosers: LA-B's draft content is not listed to LA-A's editor.
    home_b = world.authority_b.site.root_page
    for url in (
        f"/admin/choose-page/{home_b.pk}/",
        "/admin/choose-page/search/?q=Bramley",
        "/admin/choose-page/search/?q=draft",
    ):
        response = client.get(url)
        assert "Bramley contact (draft)" not in response.content.decode(), url


def _raw_edit_post(client, page, body_json, *, action=None):
    """The edit form as a browser would post it, with the body replaced by raw StreamField data."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "purpose": page.purpose,
        "body-count": str(len(body_json)),
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    for index, block in enumerate(body_json):
        data[f"body-{index}-type"] = block["type"]
        data[f"body-{index}-id"] = f"id{index}"
        data[f"body-{index}-deleted"] = ""
        data[f"body-{index}-order"] = str(index)
        for key, value in block["fields"].items():
            data[f"body-{index}-value{key}"] = value
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def _contentstate(text, url):
    """Draftail's format: one paragraph with a link entity, as the rich text editor posts it."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1",
                    "type": "unstyled",
                    "text": text,
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": len(text), "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


def test_10_raw_posts_of_script_urls_and_injected_attributes_never_reach_the_published_page(client, world, la_a_page):
    """EA saves by a raw POST; a moderator publishes what EA saved; the public HTML has none of it."""
    client.force_login(world.ea)
    hostile = '" onmouseover="alert(1)" data-x="<script>alert(2)</script>'
    response = _raw_edit_post(
        client,
        la_a_page,
        [
            {"type": "text", "fields": {"": _contentstate("Click me", "javascript:alert(document.cookie)")}},
            {"type": "text", "fields": {"": _contentstate("Also", " JaVaScRiPt:alert(3)")}},
            {"type": "inset_text", "fields": {"": hostile}},
            {"type": "details", "fields": {"-summary": hostile, "-text": _contentstate("x", "data:text/html,<b>")}},
        ],
    )
    assert response.status_code in (200, 302)
    la_a_page.refresh_from_db()
    # Whatever the form accepted is now the latest revision: publish it as a moderator would.
    la_a_page.get_latest_revision().publish()
    html = client.get(la_a_page.url).content.decode()
    assert re.search(r"javascript\s*:", html, re.I) is None
    assert "data:text/html" not in html
    assert "onmouseover" not in html.replace("&quot; onmouseover=&quot;", "")  # only as escaped text, if at all
    assert "<script>alert" not in html
    assert re.search(r"<[^>]+\son\w+\s*=", html) is None  # no element carries an event handler attribute

    # What was stored is clean too, not only what was rendered.
    stored = json.dumps(list(StandardPage.objects.get(pk=la_a_page.pk).body.raw_data))
    assert re.search(r"javascript\s*:", stored, re.I) is None
    # (Plain-text fields keep the hostile text as text: it is escaped when rendered, as checked above.)


def test_10_raw_html_posted_instead_of_the_editors_format_is_not_stored(world, la_a_page):
    """Wagtail expects Draftail's JSON; raw HTML makes the save fail (a server error), storing nothing."""
    client = Client(raise_request_exception=False)
    client.force_login(world.ea)
    revisions = la_a_page.revisions.count()
    response = _raw_edit_post(
        client,
        la_a_page,
        [{"type": "text", "fields": {"": '<p><a href="javascript:alert(1)">x</a><table onclick="alert(1)"></table>'}}],
    )
    assert response.status_code in (200, 500)
    assert la_a_page.revisions.count() == revisions
    StandardPage.objects.get(pk=la_a_page.pk).get_latest_revision().publish()
    html = client.get(la_a_page.url).content.decode()
    assert re.search(r"javascript\s*:", html, re.I) is None
    assert "onclick" not in html


def test_11_a_case_document_cannot_be_placed_in_wagtails_document_or_image_library(client, world):
    """Family documents live in the private storage only: the libraries have nothing to pick, and no
    route copies a case document into them."""
    Document = apps.get_model("wagtaildocs", "Document")
    Image = apps.get_model("wagtailimages", "Image")
    before = (Document.objects.count(), Image.objects.count())
    version = world.d1.current_version
    for client_user in (world.ea, world.wa):
        client.force_login(client_user)
        for url in ("/admin/documents/chooser/?q=D1", "/admin/documents/?q=D1", "/admin/images/?q=D1"):
            response = client.get(url)
            assert "D1 letter" not in response.content.decode(), url
            assert version.file.name not in response.content.decode(), url
    assert (Document.objects.count(), Image.objects.count()) == before
    # The stored file is in the private storage, not where Wagtail's libraries keep files.
    assert (
        version.file.storage.location
        != apps.get_model("wagtaildocs", "Document")._meta.get_field("file").storage.location
    )
